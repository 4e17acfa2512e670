"""Verbs and phrases that introduce speech (cues), with their inflections.

Each set is the rule and its examples; :data:`CUE_FORMS` maps every inflected form to its lemma
and strength, so the cue finder needs one dictionary look-up per candidate word.
"""

from __future__ import annotations

from typing import Final

SPEECH_VERBS: Final = frozenset(
    """
    say tell add acknowledge ask argue claim note explain insist warn write tweet declare
    announce reply respond continue recall concede admit caution emphasize emphasise stress
    confirm deny suggest report predict promise vow urge complain contend assert maintain
    observe remark comment testify allege reiterate repeat conclude counter boast joke quip
    charge accuse agree disagree point indicate reveal disclose concur estimate complain
    lament acknowledge mention answer wonder tout hint admit underscore highlight propose
    threaten pledge demand recommend advise inform assure reassure signal acknowledge predict
    speculate contend posit theorize object protest plead shout yell scream whisper mutter
    exclaim cry sigh muse retort snap state remind chant interject scoff gripe brag read shoot
    fire hit chime""".split()
)
"""Verbs whose subject is a source and whose complement is what the source said.

Rule: "X <verb> (that) CLAUSE" or "“Q,” X <verb>" reports X's words. Example: "Kirby
acknowledged there’s “not enough” of either". ``speak`` and ``talk`` are left out on purpose:
"Biden spoke by phone with Netanyahu" reports a conversation, not its content; with a particle
they are stance verbs ("spoke about the economy", see :data:`OPTIONAL_PARTICLES`).
"""

BELIEF_VERBS: Final = frozenset(
    """
    believe think feel fear hope expect know worry doubt suspect consider""".split()
)
"""Verbs of belief and position: "X believes CLAUSE" attributes a view, not words.

Rule: only reported speech (never a direct quote's cue) and at a lower confidence. Example:
"Officials believe the talks are having an impact".
"""

STANCE_VERBS: Final = frozenset(
    """
    describe endorse criticize criticise defend praise support oppose cite want plan seek
    refuse dismiss reject blame welcome condemn slam blast decline pledge offer show find
    call refer applaud hail denounce question challenge mock ridicule tout express push talk
    rail attack assail decry echo laud speak voice see view regard decide discuss
    advocate favor prefer back request encourage herald characterize characterise portray
    label brand dub vote focus thank congratulate rebuke lambaste liken trumpet recount
    reference retweet detail apologize touch lash chide reaffirm downplay repudiate deride
    rebut imply order bemoan invoke relish clarify credit remember realize convince
    contradict foresee affirm contemplate articulate outline forecast recognize learn list appoint
    envision block ignore
    identify""".split()
)
"""Verbs that report a source's position or finding rather than its words.

Rule: "X endorsed Cruz", "a poll shows Sanders ahead", "X declined to say whether ...":
reported speech in the broad sense news corpora annotate (PolNeAR counts them), at a lower
confidence than speech verbs, and never as the cue of a direct quote by themselves.
"""

DIRECT_ONLY_VERBS: Final = frozenset(
    """continue shout yell scream whisper mutter exclaim cry sigh muse retort snap joke quip
    laugh boast chant interject scoff read shoot fire hit chime""".split()
)
"""Verbs that introduce speech only around a direct quote: "“Q,” he continued." is speech,
"the borrowing continued" is not."""

TO_VERBS: Final = frozenset(
    """want plan seek refuse decline pledge offer promise vow threaten hope expect urge claim
    agree decide""".split()
)
"""Verbs whose content may be an infinitive: "declined to say whether", "plans to run"."""

COMMON_IRREGULAR_PAST: Final = frozenset(
    "grew fell rose broke began came went took made got left kept ran won lost drew".split()
)
"""Irregular past tenses that follow a subject noun phrase in news ("the talks broke down",
"the market fell"): with the "-ed" forms, the words that show a clause, not a noun phrase."""

IRREGULAR_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "seek": ("seek", "seeks", "sought", "seeking"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "plan": ("plan", "plans", "planned", "planning"),
    "refer": ("refer", "refers", "referred", "referring"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "commit": ("commit", "commits", "committed", "committing"),
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "cry": ("cry", "cries", "cried", "crying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "theorize": ("theorize", "theorizes", "theorized", "theorizing"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "underscore": ("underscore", "underscores", "underscored", "underscoring"),
    "signal": ("signal", "signals", "signaled", "signalled", "signaling", "signalling"),
    "counter": ("counter", "counters", "countered", "countering"),
    "answer": ("answer", "answers", "answered", "answering"),
    "wonder": ("wonder", "wonders", "wondered", "wondering"),
    "mutter": ("mutter", "mutters", "muttered", "muttering"),
    "whisper": ("whisper", "whispers", "whispered", "whispering"),
    "worry": ("worry", "worries", "worried", "worrying"),
    "point": ("point", "points", "pointed", "pointing"),
    "sigh": ("sigh", "sighs", "sighed", "sighing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "back": ("backs", "backed", "backing"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "read": ("read", "reads", "reading"),
    "shoot": ("shoot", "shoots", "shot", "shooting"),
    "hit": ("hit", "hits", "hitting"),
    "focus": ("focus", "focuses", "focused", "focusing", "focussed", "focussing"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "lash": ("lash", "lashes", "lashed", "lashing"),
    "touch": ("touch", "touches", "touched", "touching"),
    "prefer": ("prefer", "prefers", "preferred", "preferring"),
    "concur": ("concur", "concurs", "concurred", "concurring"),
    "label": ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
}
"""Inflections the regular rules below would get wrong (say → said, admit → admitted)."""

NOUN_LIKE_FORMS: Final = frozenset(
    """
    claim claims note notes report reports comment comments answer answers tweet tweets
    charge charges estimate estimates promise promises demand demands concern protest
    protests object objects counter point points signal signals cry cries joke jokes
    repeat answer state states post posts warning warnings hope hopes fear fears doubt
    doubts suspect suspects worry worries sigh quip quips snap continue support supports
    plan plans offer offers show shows find finds call calls cite cites want wants
    question questions challenge challenges blast blasts slam slams praise welcome
    refuse defend state states remark remarks comment comments talk talks push pushes
    rail rails attack attacks echo echoes voice voices view views chant chants gripe gripes
    vote votes focus credit credits order orders forecast forecasts outline outlines list
    lists block blocks advocate advocates
    """.split()
)
"""Forms that are more often nouns or other words than speech verbs.

Rule: such a form is a cue only right after a subject pronoun or a name and before "that",
a colon or the content, never after a determiner: "the claims" and "insurance claims" are
not cues, "he claims that ..." is.
"""

PHRASAL_PARTICLES: Final[dict[str, str]] = {
    "refer": "to",
    "shoot": "back",
    "fire": "back",
    "hit": "back",
    "chime": "in",
}
"""Verbs that are cues only with their particle: "referred to", "shot back: “…”", "chimed in"."""

OPTIONAL_PARTICLES: Final[dict[str, frozenset[str]]] = {
    "call": frozenset({"for", "on"}),
    "point": frozenset({"out", "to"}),
    "speak": frozenset({"about", "of", "against"}),
    "push": frozenset({"for"}),
    "talk": frozenset({"about"}),
    "rail": frozenset({"against"}),
    "vote": frozenset({"for", "against"}),
    "focus": frozenset({"on"}),
    "respond": frozenset({"to"}),
    "apologize": frozenset({"for", "to"}),
    "touch": frozenset({"on", "upon"}),
    "lash": frozenset({"at", "against"}),
    "agree": frozenset({"with"}),
}
"""Particles that belong to the cue when they follow it, its content coming after them:
"called for an investigation", "called on Congress to act", "talked about immigration",
"pointed out that", "pointed to the polls". ``point``, ``talk``, ``push``, ``rail`` and
``speak`` are cues only with theirs (see :data:`PARTICLE_ONLY_VERBS`)."""

PARTICLE_ONLY_VERBS: Final = frozenset(
    {"push", "talk", "rail", "point", "speak", "vote", "focus", "apologize", "touch", "lash"}
)
"""Verbs that report a position only with their particle: "pushed for a recount" but not
"pushed the cart"."""

AS_VERBS: Final = frozenset(
    {"see", "view", "regard", "herald", "characterize", "characterise", "portray"}
)
"""Verbs that report a view only as "X sees Y as Z" (issue #4): "voters see Clinton as the
stronger candidate", "Merkel heralded the deal as a breakthrough", but not "we saw a rise in
turnout" or "in my view"."""

NEEDS_OBJECT: Final = frozenset(
    {"tell", "inform", "assure", "reassure", "advise", "remind", "warn", "caution", "promise"}
)
"""Verbs whose listener stands between verb and content: "told reporters (that) ..."."""


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """The base, -s, -ed and -ing forms of a regular English verb."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return (lemma, third, past, ing)


def _build_forms() -> dict[str, tuple[str, bool]]:
    forms: dict[str, tuple[str, bool]] = {}
    for verbs, strong in ((STANCE_VERBS, False), (BELIEF_VERBS, False), (SPEECH_VERBS, True)):
        for lemma in verbs:
            for form in IRREGULAR_FORMS.get(lemma) or _regular_forms(lemma):
                forms[form] = (lemma, strong)
    return forms


CUE_FORMS: Final[dict[str, tuple[str, bool]]] = _build_forms()
"""Every inflected cue verb (lower case) → (lemma, is a speech verb rather than a belief verb)."""
