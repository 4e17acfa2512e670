"""The third stage: cues and what they introduce.

A cue is a speech verb ("said", "told reporters", "acknowledged") or "according to". For each
cue outside a direct quote this module reads its speaker phrase (see :mod:`quotekit.mentions`)
and its content: the direct quotes it introduces or closes, or the reported clause of
indirect speech. The result is a list of :class:`Frame` objects, one per attribution.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import regex
from attrs import define, field

from . import fastpath
from .annotations import Parse
from .lexicon import trie_alternation
from .lexicon.people import (
    DETERMINERS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    OBJECT_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
)
from .lexicon.verbs import (
    AS_VERBS,
    COMMON_IRREGULAR_PAST,
    CUE_FORMS,
    DIRECT_ONLY_VERBS,
    NEEDS_OBJECT,
    NOUN_LIKE_FORMS,
    OPTIONAL_PARTICLES,
    PARTICLE_ONLY_VERBS,
    PHRASAL_PARTICLES,
    STANCE_VERBS,
    TO_VERBS,
)
from .mentions import (
    BEFORE_SUBJECT_OK,
    CLAUSE_VERBS,
    NP_LINK_WORDS,
    Phrase,
    PhraseKind,
    Tok,
    _gender_of,
    _is_cap,
    _looks_like_verb,
    _past_form,
    phrase_after,
    phrase_before,
)
from .model import QuoteKind
from .tokenize import LINE_ENDS, SPACE_IN_LINE, line_end_from, line_start_before

if TYPE_CHECKING:
    from .wordscan import WordHits

__all__ = ["Frame", "find_frames"]

# Why: enum members read from their classes cost about ten times a module global in Python
# 3.11 (EnumType.__getattr__ on every read); cue finding reads them for every frame.
_PK_DESCRIPTION: Final = PhraseKind.DESCRIPTION
_PK_GROUP: Final = PhraseKind.GROUP
_PK_ORGANIZATION: Final = PhraseKind.ORGANIZATION
_PK_PERSON: Final = PhraseKind.PERSON
_PK_PRONOUN: Final = PhraseKind.PRONOUN
_QK_DIRECT: Final = QuoteKind.DIRECT
_QK_INDIRECT: Final = QuoteKind.INDIRECT
_QK_MIXED: Final = QuoteKind.MIXED

#: Fewer content words than this is no reported speech ("Kirby said so").
MIN_CONTENT_WORDS: Final = 2
#: Belief verbs ("officials believe ...") need a longer clause to count.
MIN_BELIEF_WORDS: Final = 3
#: An infinitive content needs this many words: "declined to comment" reports nothing.
MIN_INFINITIVE_WORDS: Final = 3
#: "called X “Y”" is a position only when a quote follows within this many characters.
CALL_QUOTE_WINDOW: Final = 60

ADVERBS: Final = frozenset(
    """also later previously again repeatedly then once already reportedly recently often
    publicly privately just still even further initially first earlier always simply flatly
    quickly firmly bluntly immediately separately likewise subsequently frequently almost long
    has have had will would could may might should can did does do is was were are been
    being am shall must here there perhaps since having""".split()
)
"""Words that may stand between a speaker and the cue: "Kirby has repeatedly said"."""

NEGATIONS: Final = frozenset({"not", "never", "n't", "no", "to", "cannot"})
"""A cue after "to" reports nothing ("declined to say"), nor a belief verb after the others
("won't consider"); a negated speech or stance verb still reports ("did not say whether ...",
"has not endorsed Trump"), as news corpora annotate it."""

BE_FORMS: Final = frozenset({"is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s"})
"""Before a past participle they make it passive: "he was told", "it is said"."""

TIME_WORDS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    earlier later recently again also previously repeatedly week month year morning
    afternoon evening night last this next late early""".split()
)
"""Words of a time phrase that may follow a cue before its content: "said Monday that"."""

CLAUSE_PREPOSITIONS: Final = frozenset(
    {"in", "on", "at", "during", "via", "through", "after", "before", "from", "to", "for"}
)
"""A cue's prepositional phrase ("said in a statement that") starts with one of these."""
ASIDE_OPENERS: Final = CLAUSE_PREPOSITIONS | frozenset(
    "without with again however once yet too also as".split()
)
"""Words that open an aside between commas after a cue: "claimed, without evidence, that"."""

PARTICIPLE_CONTINUATIONS: Final = frozenset(
    "adding noting saying citing arguing explaining insisting warning calling claiming".split()
)
"""A participle after a cue that carries on the same speaker: "he said, adding that ..."."""

COORDINATORS: Final = frozenset(
    {"but", "and", "while", "although", "though", "yet", "whereas", "as"}
)
"""Conjunctions that join two attributions in one sentence: "Kirby said X, but he said Y"."""

CLOSING_MARKS: Final = frozenset("\"'”’»›」』＂＇")

ADJUNCT_PREPOSITIONS: Final = frozenset(
    "in on at during via through after before from to of with by under for".split()
)
"""Prepositions of an adverbial after a cue: "said in a statement", "said on condition of
anonymity"."""
#: The longest adverbial after a cue that still ends its clause ("said at a news conference
#: in Washington on Monday").
MAX_ADJUNCT_TOKENS: Final = 12
#: The longest appositive or relative clause between a speaker and a cue.
MAX_APPOSITIVE_TOKENS: Final = 16
#: The most lower-case role words read as a title before a name ("city planner Rosa Diaz").
MAX_LOWER_TITLE_WORDS: Final = 3
PRONOUNS_SUBJECT: Final = frozenset(PRONOUNS)

LISTENER_NOUNS: Final = frozenset(
    """council committee board court jury crowd audience audiences panel hearing meeting
    gathering network newspaper station paper magazine outlet conference assembly parliament
    congress senate house interviewer host""".split()
)
"""Nouns that end the listener of "told": "told the council the budget was balanced"."""

NOT_BEFORE_CUE: Final = frozenset(
    "the a an this these those his her their its our my your all let's let’s worth".split()
)
"""Words after which a cue form is a noun or an idiom: "the said property", "all told", "Let's
say you ...", "it is worth noting that ..."."""

PREPOSITIONS_BEFORE_ADJECTIVE: Final = frozenset(
    "despite amid after with without of from for among".split()
)
"""Prepositions after which a cue's past form is an adjective: "despite repeated warnings"."""

NOT_CONTENT_START: Final = frozenset(
    "about for questions question to so nothing little anything".split()
)
"""A cue followed by these reports no content: "asked about", "said nothing", "said so"."""

DOCUMENT_NOUNS: Final = frozenset(
    """poll polls survey surveys study studies report reports analysis data results research
    investigation review audit footage records documents figures numbers statement interview
    memo letter book column op-ed post tweet filing complaint lawsuit indictment ruling
    words estimate estimates projection projections count email emails filings""".split()
)
"""Nouns of documents and findings that speak: "a poll shows", "in a statement", "in the
polls"."""

NOUN_FORM_CONTENT_OPENERS: Final = frozenset(
    """that the a an he she they it i we his her their its this these those there to
    whether if""".split()
)
"""After a cue form that is often a noun ("states", "notes", "claims") one of these must
follow for it to be a verb: "he notes that ..." but not "state lawmakers"."""

NOT_CONTENT_OPENERS: Final = frozenset(
    """in on at during after before since as while when outside inside near of with from
    by under over through""".split()
)
"""A reported clause does not start with these: "said at a rally", "said as he left"."""

CLAUSE_AFTER_CUE: Final = frozenset("who which according as in citing when while after".split())
"""After "X said," these continue the narration, not the quote: "he said, citing ..."."""
NARRATION_AFTER_CUE: Final = frozenset("where whom whose".split())
"""After "X said," these continue the narration when nothing else follows in the sentence:
"the mayor said in Boston, where she was campaigning"."""
DASHES: Final = frozenset("—–-")
WORD_RE: Final = regex.compile(r"[\p{L}\p{N}]+")


@define(slots=True)
class Frame:
    """One attribution: a cue, its speaker phrase, and what it introduces."""

    cue_start: int
    cue_end: int
    lemma: str
    strong: bool  # a speech verb rather than a belief verb
    phrase: Phrase | None
    kind: QuoteKind
    parts: list[tuple[int, int]] = field(factory=list)  # reported speech: the clause's pieces
    directs: list[int] = field(factory=list)  # direct quotes introduced (indices)
    paragraph: int = 0
    leading: bool = True  # the cue comes before its content
    coordinated: bool = False  # its subject follows "but"/"and" (cuts the previous clause)
    clause_start: int = 0  # where its own clause begins (for cutting the previous one)
    parsed: bool = False  # its content is the reported clause of a backend's parse
    # directs from this index on are quotes its content goes on into after the cue (“Q1,” he
    # said, “Q2.”): a quote's own cue claims it first
    continued_at: int = -1


def _is_mark(t: Tok) -> bool:
    return t.kind == "quote"


def _content_words(
    text: str, start: int, end: int, direct_bounds: Sequence[tuple[int, int, int]] = ()
) -> int:
    """The words of ``text[start:end]``: counted in the sentence's index of words when
    ``direct_bounds`` is a :class:`_Directs` and the range is long."""
    if isinstance(direct_bounds, _Directs) and end - start > SHORT_RANGE:
        return direct_bounds.words(start, end)
    pattern = fastpath.WORD_RE if fastpath.is_plain(text, start, end) else WORD_RE
    return len(pattern.findall(text, start, end))


#: Ranges of the text up to this long have their words counted by reading them; longer ones
#: in the sentence's index of words (see :meth:`_Directs.words`).
SHORT_RANGE: Final = 256


def _has_words(text: str, start: int, end: int, needed: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``needed`` words: ``_content_words(text,
    start, end) >= needed``."""
    # Why: a content is checked for the one to three words it needs; counting all of them
    # made a string of every word in it (findall), or an index of the sentence's words. Each
    # search starts where the last word ended, so it finds findall's next word.
    pattern = fastpath.WORD_RE if fastpath.is_plain(text, start, end) else WORD_RE
    search = pattern.search
    for _ in range(needed):
        m = search(text, start, end)
        if m is None:
            return False
        start = m.end()
    return True


class _Directs(list[tuple[int, int, int]]):
    """The direct quotes of one sentence as ``(index, open_mark, outer_end)``, in text order
    (so their marks and ends are sorted, quotes never overlapping), with what the frames of a
    long sentence look up in them built on first need: a frame then costs the few quotes and
    words it is about, not every quote and word of its sentence (issue 7: a sentence of
    “Q,” he said, ... read every quote and counted every word again for each of its cues).
    """

    __slots__ = (
        "_covered",
        "_ends",
        "_opens",
        "_runs",
        "end",
        "last_stop",
        "quoted",
        "start",
        "subject",
        "text",
    )

    def __init__(
        self, text: str, sentence: tuple[int, int], bounds: Sequence[tuple[int, int, int]]
    ) -> None:
        super().__init__(bounds)
        self.text = text
        self.start, self.end = sentence
        self._opens: list[int] | None = None
        self._ends: list[int] = []
        self._covered: list[int] = []  # words in the quotes before each one
        self._runs: tuple[array[int], array[int]] | None = None
        self.quoted: bool | None = None  # whether a token of the sentence is quoted
        self.last_stop: int | None = None  # the index of its last quoted or "that" token
        # where its subject starts, the last token that reading looked at, the phrase there
        self.subject: tuple[int, int, Phrase | None] | None = None

    def _index(self) -> list[int]:
        if self._opens is None:
            self._opens = [o for _, o, _ in self]
            self._ends = [e for _, _, e in self]
            covered = [0]
            text = self.text
            for _, o, e in self:
                pattern = fastpath.WORD_RE if fastpath.is_plain(text, o, e) else WORD_RE
                covered.append(covered[-1] + len(pattern.findall(text, o, e)))
            self._covered = covered
        return self._opens

    def words(self, start: int, end: int) -> int:
        """``len(WORD_RE.findall(text, start, end))``, from the words of the sentence: the
        runs that overlap ``start..end``, each cut to it, are the words findall finds."""
        if end <= start:
            return 0
        if not (self.start <= start and end <= self.end):
            return len(WORD_RE.findall(self.text, start, end))
        if self._runs is None:
            starts, ends = array("q"), array("q")
            for m in WORD_RE.finditer(self.text, self.start, self.end):
                starts.append(m.start())
                ends.append(m.end())
            self._runs = (starts, ends)
        starts, ends = self._runs
        return max(0, bisect.bisect_left(starts, end) - bisect.bisect_right(ends, start))

    def inside(self, parts: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
        """The quotes that one of ``parts`` holds (``ps <= open_mark + 1`` and ``outer_end - 1
        <= pe``) as sorted, disjoint ranges of indices, and the words in them."""
        opens = self._index()
        ranges = []
        for ps, pe in parts:
            lo = bisect.bisect_left(opens, ps - 1)
            hi = bisect.bisect_right(self._ends, pe + 1)
            if lo < hi:
                ranges.append((lo, hi))
        ranges.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in ranges:
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        covered = sum(self._covered[hi] - self._covered[lo] for lo, hi in merged)
        return merged, covered

    def opens_in(self, start: int, end: int) -> bool:
        """Whether a quote opens at ``start <= open_mark < end``."""
        opens = self._index()
        i = bisect.bisect_left(opens, start)
        return i < len(opens) and opens[i] < end

    def around(self, pos: int) -> bool:
        """Whether ``pos`` lies strictly inside a quote (``open_mark < pos < outer_end``):
        only the last quote that opens before it can hold it."""
        i = bisect.bisect_left(self._index(), pos) - 1
        return i >= 0 and pos < self._ends[i]


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space, a leading "that" and trailing punctuation outside quote marks, and a
    closing bracket whose opening one is not in the content ("(her campaign later disclosed
    that she has pneumonia)")."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-•·*"):
        start += 1
    while end > start:
        c = text[end - 1]
        if not (c.isspace() or c in ".,;:!?—–-…" or _unopened(text, start, end, c)):
            break
        end -= 1
    return start, end


def _unopened(text: str, start: int, end: int, c: str) -> bool:
    """Whether ``c`` is a closing bracket with more of its kind in ``text[start:end]`` than
    of the opening one."""
    opening = _CLOSING_BRACKETS.get(c)
    return opening is not None and text.count(opening, start, end) < text.count(c, start, end)


#: Each closing bracket with its opening one.
_CLOSING_BRACKETS: Final = {")": "(", "]": "["}


WEEKDAYS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
"""Days that may stand between a subject and its cue: "Christie on Sunday defended ..."."""
LAST_THIS: Final = frozenset({"last", "this"})
ASPECT_VERBS: Final = frozenset(
    "began begins begin started starts start kept keeps keep stopped stops".split()
)
"""Verbs before a participle cue that leave its subject theirs: "began attacking"."""
CONTINUING_VERBS: Final = frozenset("continued continues continue began begins".split())
"""Verbs before "to say" that leave the saying said: "Lewandowski continued to say ..."."""


ANONYMITY_VERBS: Final = frozenset("declined asked requested refused".split())
NAMED_WORDS: Final = frozenset("named identified quoted".split())


def _not_named(toks: Sequence[Tok], k: int, cue_end_i: int) -> bool:
    """Whether the cue at ``k`` only asks for anonymity: "declined to be named", "asked not
    to be identified"."""
    if toks[k].text.lower() not in ANONYMITY_VERBS:
        return False
    i = cue_end_i + 1
    if i < len(toks) and toks[i].text.lower() == "not":
        i += 1
    if (
        i + 2 < len(toks)
        and toks[i].text.lower() == "to"
        and toks[i + 1].text.lower() == "be"
        and toks[i + 2].text.lower() in NAMED_WORDS
    ):
        return True
    # "asked that her last name not be used", "asked that his name be withheld"
    words = [t.text.lower() for t in toks[i : i + ANONYMITY_REACH]]
    return (
        bool(words)
        and words[0] == "that"
        and "name" in words
        and any(w in ANONYMITY_ENDS for w in words)
    )


#: How far an anonymity request reaches ("that her last name not be used").
ANONYMITY_REACH: Final = 8
#: The verbs that end one: "used", "withheld", "published", "printed".
ANONYMITY_ENDS: Final = frozenset("used withheld published printed disclosed revealed".split())


def _before_anonymity(toks: Sequence[Tok], j: int) -> int:
    """The index before a relative clause of anonymity that ends at ``j``: "A shop owner who
    declined to be named said" reads the subject from "owner"; else ``j``."""
    if j < 3 or toks[j].text.lower() not in NAMED_WORDS:
        return j
    end = j - 1 if toks[j].text == "," else j
    for w in range(end - 3, max(-1, end - 8), -1):
        if toks[w].text.lower() == "who":
            if w + 1 < len(toks) and _not_named(toks, w + 1, w + 1):
                return w - 1
            return j
    return j


def _skip_adverbs_back(toks: Sequence[Tok], k: int) -> tuple[int, bool]:
    """The index of the word before the cue's adverbs and auxiliaries, and whether one negates."""
    j = k - 1
    negated = False
    while j >= 0:
        low = toks[j].text.lower()
        if low not in _SKIPPED_BACK and not low.endswith(_SKIPPED_BACK_ENDINGS):
            break  # Why: most words before a cue are its subject; one test turns them away
        if low in ASPECT_VERBS and toks[k].text.lower().endswith("ing"):
            j -= 1  # "Mr. Trump began attacking Heidi Cruz"
            continue
        if low == "to" and j > 0:
            # "went on to say", "continued to insist", "was quick to add": the cue stands
            before = toks[j - 1].text.lower()
            if before in CONTINUING_VERBS:
                j -= 2
                continue
            if j > 1 and (
                (before == "on" and toks[j - 2].text.lower() in ("went", "goes", "go"))
                or (before in ("quick", "likely", "eager") and toks[j - 2].text.lower() in BE_FORMS)
            ):
                j -= 3
                continue
        if low in WEEKDAYS and j > 0 and toks[j - 1].text.lower() == "on":
            j -= 2  # "Sanders on Saturday criticized the accord"
            continue
        if low in WEEKDAYS:
            j -= 1  # "Kirby Monday said"
            continue
        if low in ("week", "month", "year") and j > 0 and toks[j - 1].text.lower() in LAST_THIS:
            j -= 2  # "Trump last week said"
            continue
        if low in NEGATIONS or low.endswith(("n't", "n’t")):
            negated = True
            j -= 1
        elif (low in ADVERBS and (low not in NAME_MODALS or toks[j].text.islower())) or (
            low.endswith("ly") and toks[j].text.islower() and len(low) > 4 and not _ly_noun(toks, j)
        ):
            j -= 1  # (a capitalised "May" or "Will" before the cue is a name: "Theresa May said")
        elif low in FLOATING_WORDS and j > 0 and toks[j - 1].text.lower() in FLOAT_AFTER:
            j -= 1  # "Bush and Scott have both supported", "Trump has not yet responded" (#4)
        elif low in PRE_CUE_ADVERBS and toks[j].text.islower():
            j -= 1  # "Congress only voted for", "Sanders now says" (#4)
        else:
            break
    return j, negated


NAME_MODALS: Final = frozenset({"may", "will", "can"})
"""Auxiliaries that are names too when capitalised: "Theresa May", "Will", "Can"."""

LY_NOUNS: Final = frozenset(
    """family families ally assembly supply monopoly anomaly homily folly""".split()
)
"""Nouns ending in "-ly", which are no adverbs before a cue: "the family said" gave the
speaker "The", its "family" read as an adverb ("the newly elected" keeps its adverb)."""


def _ly_noun(toks: Sequence[Tok], j: int) -> bool:
    """Whether the "-ly" word at ``j`` is one of :data:`LY_NOUNS`."""
    return toks[j].text.lower() in LY_NOUNS


PRE_CUE_ADVERBS: Final = frozenset("only now".split())
"""Adverbs between a subject and its cue that :data:`ADVERBS` leaves out (issue #4)."""
FLOATING_WORDS: Final = frozenset("both all yet".split())
"""Words that float between an auxiliary (or "not") and the cue (issue #4)."""
FLOAT_AFTER: Final = frozenset("has have had will would could can did do does are were not".split())
# Why: every word :func:`_skip_adverbs_back` may step over, and the endings of the others
# ("n't", an adverb's "-ly"): a word with neither ends its walk at once (a word it learns to
# step over is added here).
_SKIPPED_BACK: Final = (
    ASPECT_VERBS
    | WEEKDAYS
    | NEGATIONS
    | ADVERBS
    | FLOATING_WORDS
    | PRE_CUE_ADVERBS
    | {"to", "week", "month", "year"}
)
_SKIPPED_BACK_ENDINGS: Final = ("n't", "n’t", "ly")


QUESTION_WORDS: Final = frozenset("whether if what how why who whom when where which".split())
"""Words that open the question after "asked": "asked whether the deal would hold"."""
#: The most words a name after "asked" may have ("asked Hillary Clinton whether").
MAX_NAME_WORDS: Final = 4


def _noun_after_her(toks: Sequence[Tok], i: int) -> str | None:
    """What "her" before ``i`` is when a listener noun stands at ``i`` or after one modifier:
    "listener" ("told her supporters that", "told her cheering supporters,"), "subject" when a
    verb follows the noun ("told her aides were wrong"), None when no such noun follows ("told
    her the plan would fail": "her" is the listener)."""
    for m in range(i, min(len(toks), i + 2)):
        t = toks[m]
        if t.quoted or t.kind != "word" or not t.text.islower():
            return None
        low = t.text
        if low in ROLE_NOUNS or low in GROUP_NOUNS or low in LISTENER_NOUNS:
            verb = m + 1 < len(toks) and toks[m + 1].text.lower() in CLAUSE_VERBS
            return "subject" if verb else "listener"
    return None


#: Prepositions of a place or occasion between a listener and "that": "told investors on a
#: call that".
_OCCASION_PREPOSITIONS: Final = frozenset("on at in during over by via".split())


def _listener_then_that(toks: Sequence[Tok], i: int) -> int:
    """After the plural listener at ``i`` ("investors"), the index of the "that" that opens the
    content, past one phrase of place or occasion ("on a conference call"); ``i`` itself when
    the words after the listener are no such phrase (then the content starts at the
    listener, as before: "told voters they would win")."""
    n = len(toks)
    j = i + 1
    if j < n and toks[j].text.lower() in _OCCASION_PREPOSITIONS:
        j += 1
        stop = min(n, j + MAX_NAME_WORDS + 1)
        while j < stop and toks[j].kind == "word" and not toks[j].quoted:
            low = toks[j].text.lower()
            if low == "that" or low in BE_FORMS or low in CLAUSE_AUXILIARIES:
                break
            j += 1
    if j < n and toks[j].text.lower() == "that" and not toks[j].quoted:
        return j
    return i


#: Prepositions of a place or date after a cue and its listener ("told reporters aboard Air
#: Force One that ...").
PLACE_PREPOSITIONS: Final = frozenset(("in", "at", "on", "aboard"))


def _skip_after_cue(text: str, toks: Sequence[Tok], i: int, lemma: str) -> int:
    """Skip the listener and time phrase between a cue and its content ("told reporters on
    Monday"), and a prepositional phrase that a "that" follows ("said in a statement that")."""
    n = len(toks)
    if (
        i + 3 < n
        and toks[i].text == ","
        and (toks[i + 1].text.lower() in ASIDE_OPENERS or toks[i + 1].text.endswith("ly"))
    ):
        # an aside between commas before "that": "claimed, without evidence, that ...",
        # "said, falsely, that ..."
        for j in range(i + 2, min(n - 1, i + MAX_ADJUNCT_TOKENS)):
            if toks[j].quoted or toks[j].text in ";:":
                break
            if toks[j].text == ",":
                if toks[j + 1].text.lower() == "that":
                    return j + 1
                break
    if lemma == "ask" and i < n and not toks[i].quoted:
        # "asked Obama what he thought", "asked her whether": the listener before the question
        m = i + 1 if toks[i].text.lower() in OBJECT_PRONOUNS else i
        if toks[i].text.lower() in ("the", "a", "an"):
            m = i + 1
            while m < n and m - i <= MAX_NAME_WORDS and toks[m].text.lower() not in QUESTION_WORDS:
                if toks[m].quoted or toks[m].kind != "word":
                    break
                m += 1  # "asked the senator what", "asked a city official whether"
        while m < n and m - i < MAX_NAME_WORDS and _is_cap(toks[m]) and not toks[m].quoted:
            m += 1
        if i < m < n and toks[m].text.lower() in QUESTION_WORDS:
            return m
    if lemma in NEEDS_OBJECT and i < n and (not toks[i].quoted or toks[i].kind == "quote"):
        t = toks[i]
        low = t.text.lower()
        her = _noun_after_her(toks, i + 1) if low == "her" else None
        if t.quoted:
            title_end = _quoted_title_end(toks, i)
            if title_end is not None:
                i = title_end  # "told “60 Minutes” that ...": the programme is the listener
        elif her == "subject":
            pass  # "told her aides were wrong": the reported clause starts at "her"
        elif low in OBJECT_PRONOUNS and her is None:
            i += 1
        elif _is_cap(t) and low not in PRONOUNS:
            # "told The Star-Ledger of Newark", "told CNN"
            while (
                i < n
                and not toks[i].quoted
                and (
                    _is_cap(toks[i])
                    or (toks[i].text == "of" and i + 1 < n and _is_cap(toks[i + 1]))
                )
            ):
                i += 1
        elif _plural_noun(t) and low not in ROLE_NOUNS and low not in GROUP_NOUNS:
            # "told investors that ...", "told investors on a conference call that ...": a
            # plural listener, and a place or occasion before "that"
            i = _listener_then_that(toks, i)
        elif (
            low in ("the", "a", "an", "his", "her", "their", "its")
            or low in ROLE_NOUNS
            or low in GROUP_NOUNS
        ):
            # the listener ends at its first noun: "the council", "a crowd of supporters"
            j = i + (1 if low in ("the", "a", "an", "his", "her", "their", "its") else 0)
            end = j + 1
            for m in range(j, min(n, j + 4)):
                ml = toks[m].text.lower()
                if toks[m].quoted or toks[m].kind != "word":
                    break
                listener = ml in ROLE_NOUNS or ml in GROUP_NOUNS or ml in LISTENER_NOUNS
                if m > j and not listener and _is_cap(toks[m - 1]) and not _is_cap(toks[m]):
                    break  # "told the Times her son had ...": the name ends the listener
                if listener:
                    end = m + 1
                    if m + 1 < n and toks[m + 1].text.lower() == "of":
                        continue
                    if m + 1 < n and toks[m + 1].text.lower() in LISTENER_NOUNS:
                        continue  # "told a Senate panel"
                    break
                if _is_cap(toks[m]):
                    end = m + 1
            if not (end < n and toks[end].text in CLAUSE_AUXILIARIES):
                # (but "warn the virus could return": the noun is the clause's subject)
                i = min(end, n)
    elif i + 1 < n and toks[i].text.lower() == "to" and not toks[i].quoted:
        # "said to reporters", "explained to the committee"
        nxt = toks[i + 1].text.lower()
        if (
            nxt in ("reporters", "journalists", "the", "a", "an")
            or nxt in OBJECT_PRONOUNS
            or _is_cap(toks[i + 1])
        ):
            j = i + 2
            while (
                j < n
                and j < i + 6
                and toks[j].kind == "word"
                and not toks[j].quoted
                and (toks[j - 1].text.lower() in ("the", "a", "an") or _is_cap(toks[j]))
            ):
                j += 1
            i = j
    # the lower case of the token at i ("" past the end), read once for each i
    low = toks[i].text.lower() if i < n else ""
    while (
        low in TIME_WORDS or (low in ("here", "there") and i + 1 < n and toks[i + 1].text == "that")
    ) and not toks[i].quoted:
        i += 1  # "told reporters Monday that", "told delegates here that"
        low = toks[i].text.lower() if i < n else ""
    # a place or date: "in Washington", "at the White House", "on Friday", "in February",
    # "aboard Air Force One"
    while i + 1 < n and low in PLACE_PREPOSITIONS and not toks[i].quoted:
        j = i + 1
        if toks[j].text.lower() == "the" and j + 1 < n:
            j += 1
        title_end = _quoted_title_end(toks, j)
        if title_end is None and (not _is_cap(toks[j]) or toks[j].quoted):
            break
        while j < n and _is_cap(toks[j]) and not toks[j].quoted:
            j += 1
        # a programme or publication in quotation marks: "said on “Meet the Press” that",
        # "said on CNN’s “State of the Union,” that" (after a possessive only: "said on Sunday
        # “We Will Win”" is a quote)
        if title_end is None and (
            toks[j - 1].text.endswith(("’s", "'s"))
            # a network's name: "on CBS “Face the Nation”" (not "at the RNC “…”")
            or (low == "on" and toks[j - 1].text.isupper() and len(toks[j - 1].text) > 1)
        ):
            title_end = _quoted_title_end(toks, j)
        if title_end is not None:
            j = title_end
        if (
            j + 1 < n
            and toks[j].text == ","
            and not toks[j + 1].quoted
            and (_is_cap(toks[j + 1]) or toks[j + 1].text in CLAUSE_PREPOSITIONS)
        ):
            # "in Salem, New Hampshire", "on Tuesday, in a statement, that" (not "said on
            # Saturday, killing ...": the comma there goes back to the content before the cue)
            j += 1
            while j < n and _is_cap(toks[j]) and not toks[j].quoted:
                j += 1
        while j < n and toks[j].text.lower() in TIME_WORDS and not toks[j].quoted:
            j += 1
        i = j
        low = toks[i].text.lower() if i < n else ""
    infinitive = lemma in TO_VERBS and low == "to"
    if low in CLAUSE_PREPOSITIONS and not toks[i].quoted:
        if infinitive:
            return i  # "wants to use the platform, and ...": an infinitive, not an adverbial
        for j in range(i + 1, min(n, i + MAX_ADJUNCT_TOKENS)):
            if toks[j].quoted or toks[j].text in ";:":
                break
            if toks[j].text == ",":
                return j + 1 if j + 1 < n else i
            if j == i + 1 and toks[j].text.endswith("ing") and toks[j].text in CUE_FORMS:
                return n  # "said after noting that ...": the "that" is the participle's
            if (
                j > i + 1
                and toks[j].text.lower() in NOMINATIVE_PRONOUNS
                and j + 1 < n
                and toks[j + 1].text.islower()
                and toks[j + 1].kind == "word"
                and toks[j - 1].text.lower() not in _NOT_BEFORE_CONTENT  # "when asked if he"
                # no relative clause of the adjunct's noun: "in a letter she sent to lawmakers
                # (that ...)", "in a speech he gave at Harvard"
                and not _relative_without_that(toks, j, i + MAX_ADJUNCT_TOKENS)
                # the adjunct holds no verb of its own ("after Pagliano failed to show up at
                # the hearing he was called to")
                and not any(
                    t.text.islower() and (t.text in CLAUSE_AUXILIARIES or _past_form(t.text))
                    for t in toks[i + 1 : j]
                )
            ):
                return j  # "said in an interview he was relieved": the clause's subject
            if toks[j].text.lower() == "that":
                # "said on Tuesday, in a statement that was posted online, that taxes would
                # fall": a relative clause's "that" (a verb right after it), when ", that"
                # follows (not "said in a statement that taxes would fall, that ...")
                relative = _adjunct_relative_that(toks, j)
                for m in range(j + 1, min(n - 1, j + MAX_ADJUNCT_TOKENS) if relative else j):
                    if toks[m].quoted or toks[m].text in ";:":
                        break
                    if toks[m].text == "," and toks[m + 1].text.lower() == "that":
                        return m + 1
                return j
    return i


#: The most words a title in quotation marks runs to ("State of the Union", "60 Minutes").
MAX_QUOTED_TITLE: Final = 6
#: What a title in quotation marks may be named as right after it: “The Daily” podcast.
MEDIA_NOUNS: Final = frozenset(
    "podcast program programme show broadcast newspaper magazine column documentary".split()
)
#: Small words a title's words may hold in lower case.
TITLE_SMALL_WORDS: Final = frozenset("the of and a an in on for to with at".split())


def _quoted_title_end(toks: Sequence[Tok], j: int) -> int | None:
    """Where a short title in quotation marks that opens at token ``j`` ends (the index after
    its closing mark and a comma inside it: “Meet the Press,”), or None where no such title
    opens there. Its words are capitalised or numbers, maybe with small words between."""
    n = len(toks)
    if j >= n or toks[j].kind != "quote" or not toks[j].quoted:
        return None
    k = j + 1
    while k < n and k <= j + MAX_QUOTED_TITLE and toks[k].kind in ("word", "number"):
        t = toks[k]
        if not (_is_cap(t) or t.kind == "number" or (k > j + 1 and t.text in TITLE_SMALL_WORDS)):
            return None
        k += 1
    if k == j + 1 or k >= n:
        return None
    if toks[k].text == "," and k + 1 < n and toks[k + 1].kind == "quote":
        k += 1
    if toks[k].kind != "quote" or toks[k - 1].text in TITLE_SMALL_WORDS:
        return None
    words = [t for t in toks[j + 1 : k] if t.kind == "word"]
    if len(words) > 1 and all(t.text.isupper() and len(t.text) > 1 for t in words):
        return None  # "WITCH HUNT", "FAKE NEWS": a slogan in capitals, no title ("GMA" is)
    if k + 1 < n and toks[k + 1].text.lower() in MEDIA_NOUNS:
        return k + 2  # “The Daily” podcast
    return k + 1


def _title_open_before(toks: Sequence[Tok], close: int) -> int | None:
    """The index of the opening mark of the quoted title (:func:`_quoted_title_end`) whose
    closing mark is token ``close``, or None."""
    for o in range(close - 2, max(-1, close - MAX_QUOTED_TITLE - 3), -1):
        if toks[o].kind == "quote":
            return o if _quoted_title_end(toks, o) == close + 1 else None
    return None


SOURCELESS_FORMS: Final = frozenset("seem seems seemed appear appears appeared expected".split())
"""Verbs of appearance and expectation: "Trump’s supporters seemed unperturbed", "the sale
is expected to close". News corpora count the whole clause as an attribution with no
source, or its subject; quotekit reports a person or organization that seems or appears as the
speaker, with a low confidence, and the rest with no speaker."""

SOURCELESS_SUBJECTS: Final = frozenset({_PK_PERSON, _PK_PRONOUN, _PK_ORGANIZATION})
"""Subjects of "seemed"/"appears" taken as its source: a name or a pronoun."""


# Why: one cheap pass finds the sentences worth reading closely (those with a cue word).
# The standard library's engine runs this trie-shaped alternation of plain lower-case words
# four times faster than the regex package (measured: 0.11 against 0.33 ms for a 5 KB
# article) and needs none of its Unicode classes here: \b is Unicode-aware for str.
CUE_WORD_RE: Final = re.compile(
    r"\b(?:" + trie_alternation({*CUE_FORMS, *SOURCELESS_FORMS, "according"}) + r")\b"
)


FRAME_WORDS: Final = frozenset({"in", "according", "put", "puts", *SOURCELESS_FORMS, *CUE_FORMS})
"""The words :func:`find_frames` looks at closely; any other word only before "that"."""


# Why: a verb outside the lexicon before "that" ("concluded that") may still attribute.
# Searched for as its plain " that" first (see _that_verbs): trying the verb at every word
# start cost eight times as long.
THAT_RE: Final = re.compile(r" that\b")
THAT_VERB_RE: Final = re.compile(r"[a-z]+(?:ed|es|ns|ts|ds|ls|ks|rs|ws)")


def _that_verbs(text: str) -> list[int]:
    """The starts of the lower-case words ending like a verb right before " that": the matches
    of ``\\b[a-z]+(?:ed|es|ns|ts|ds|ls|ks|rs|ws) that\\b``, found from each " that"."""
    found = []
    for m in THAT_RE.finditer(text):
        end = start = m.start()
        # back to the start of the word (\w: alphanumeric or "_", as the re module has it)
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if THAT_VERB_RE.fullmatch(text, start, end):
            found.append(start)
    return found


THAT_PHRASE_NOUNS: Final = frozenset(
    """claim case point argument hope hopes concern concerns confidence optimism frustration
    fear fears worry worries belief view doubts""".split()
)
"""Nouns whose "that" clause is what a source made or expressed: "made the case that ...",
"expressed hope that ..." (issue #4)."""
THAT_PHRASE_ADJECTIVES: Final = frozenset(
    """clear confident convinced adamant optimistic hopeful certain sure worried concerned
    insistent""".split()
)
"""Adjectives whose "that" clause is the source's view: "was confident that ...", "made it
clear that ..." (issue #4)."""
THAT_PHRASE_WORDS: Final = THAT_PHRASE_NOUNS | THAT_PHRASE_ADJECTIVES
MAKE_FORMS: Final = frozenset("make makes made making".split())
EXPRESS_FORMS: Final = frozenset(
    "express expresses expressed expressing voice voices voiced voicing".split()
)
LINKING_FORMS: Final = BE_FORMS | frozenset("remain remains remained seemed seems 're".split())
ADJECTIVE_FILLERS: Final = frozenset("very quite also so more increasingly not".split())
EXPLETIVES: Final = frozenset("it this that there what which".split())
THAT_PHRASE_FILLERS: Final = frozenset(
    "it the a an his her their its our my very quite also so more increasingly".split()
)


#: How far back from "clear that" its verb is looked for in the text ("made it very").
THAT_PHRASE_LOOK_BACK: Final = 40
#: The longest word of :data:`THAT_PHRASE_WORDS` and its space.
MAX_THAT_PHRASE_WORD: Final = 14
THAT_PHRASE_VERBS: Final = MAKE_FORMS | EXPRESS_FORMS | LINKING_FORMS


def _that_phrases(text: str, thats: Sequence[int] | None = None) -> list[int]:
    """The starts of the words of :data:`THAT_PHRASE_WORDS` right before " that". ``thats``:
    where THAT_RE matches, when the caller has them (:func:`quotekit.wordscan.scan_words`)."""
    found = []
    for end in (m.start() for m in THAT_RE.finditer(text)) if thats is None else thats:
        start = text.rfind(" ", max(0, end - MAX_THAT_PHRASE_WORD), end) + 1
        if text[start:end] not in THAT_PHRASE_WORDS:
            continue
        # only after the verbs that make them cues: each candidate costs its sentence a read
        before = text[max(0, start - THAT_PHRASE_LOOK_BACK) : start].lower().split()
        if any(w in THAT_PHRASE_VERBS for w in before[-4:]):
            found.append(start)
    return found


STANCE_NOUN: Final = "<stance-noun>"
STANCE_NOUNS: Final[dict[str, frozenset[str]]] = {
    "attacks": frozenset({"on", "against"}),
    "support": frozenset({"for", "of"}),
    "criticism": frozenset({"of"}),
    "opposition": frozenset({"to"}),
    "calls": frozenset({"for"}),
    "call": frozenset({"for", "to"}),
    "plan": frozenset({"to", "for"}),
    "plans": frozenset({"to", "for"}),
    "proposal": frozenset({"to", "for"}),
    "proposals": frozenset({"to", "for"}),
    "promise": frozenset({"to"}),
    "pledge": frozenset({"to"}),
    "attack": frozenset({"on"}),
    "decision": frozenset({"to"}),
    "refusal": frozenset({"to"}),
    "commitment": frozenset({"to"}),
    "comments": frozenset({"about", "on"}),
    "remarks": frozenset({"about"}),
    "concerns": frozenset({"about"}),
    "criticisms": frozenset({"of"}),
    "desire": frozenset({"to"}),
    "focus": frozenset({"on"}),
    "vision": frozenset({"for"}),
    "push": frozenset({"for"}),
    "embrace": frozenset({"of"}),
    "claims": frozenset({"about", "of"}),
    "questions": frozenset({"about"}),
    "endorsement": frozenset({"of"}),
    "views": frozenset({"on"}),
    "stance": frozenset({"on"}),
    "position": frozenset({"on"}),
    "praise": frozenset({"of", "for"}),
    "defense": frozenset({"of"}),
    "response": frozenset({"to"}),
    "reply": frozenset({"to"}),
    "rejection": frozenset({"of"}),
    "mention": frozenset({"of"}),
    "positions": frozenset({"on"}),
}
"""Nouns of a stated position and the preposition of what it is about: after a possessive
("his attacks on the banks", "Clinton’s support for the bill") the object is a position the
possessor holds, as news corpora annotate it (issue #4)."""
# Why: one search of the text for every stance noun and its preposition (lower-case words, as
# written after a possessive), instead of one search a phrase.
STANCE_NOUN_RE: Final = re.compile(
    r" (?:"
    + "|".join(f"{w} (?:{'|'.join(sorted(ps))})" for w, ps in sorted(STANCE_NOUNS.items()))
    + r") "
)
POSSESSIVE_PRONOUNS: Final[dict[str, tuple[str, str | None]]] = {
    "his": ("he", "male"),
    "her": ("she", "female"),
    "their": ("they", None),
}
#: The most words of a stance noun's object ("support for a bill to raise the minimum wage").
MAX_STANCE_OBJECT: Final = 24
STANCE_OBJECT_STOPS: Final = BE_FORMS | frozenset(
    """has have had will would could can may might should did does do that which who while
    but and because as when""".split()
)


#: How far back from a stance noun its possessive is looked for in the text ("his repeated").
STANCE_LOOK_BACK: Final = 40


def _stance_nouns(text: str, matches: Sequence[int] | None = None) -> list[int]:
    """The starts of the stance nouns of :data:`STANCE_NOUNS` before their preposition.
    ``matches``: where STANCE_NOUN_RE matches, when the caller has them
    (:func:`quotekit.wordscan.scan_words`)."""
    found = []
    for ms in (m.start() for m in STANCE_NOUN_RE.finditer(text)) if matches is None else matches:
        # only after a possessive, with at most one word between: most "support for" and
        # "plan to" in news are not, and each candidate costs its sentence a full read
        before = text[max(0, ms - STANCE_LOOK_BACK) : ms].split()[-2:]
        if any(w.lower() in POSSESSIVE_PRONOUNS or w.endswith(("’s", "'s")) for w in before):
            found.append(ms + 1)
    return found


def _unpossessed(word: str | None) -> str | None:
    """``word`` without its possessive ending: "mayor's" → "mayor"."""
    if word is not None and word.endswith(("’s", "'s")):
        return word[:-2]
    return word


def _stance_noun_frames(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> list[Frame]:
    """ "his attacks on the banks", "Clinton’s support for the bill": the possessor's position
    (issue #4)."""
    frames: list[Frame] = []
    n = len(toks)
    for m in STANCE_NOUN_RE.finditer(text, sentence[0], sentence[1]):
        k = _index_of(toks, m.start() + 1)
        if not 0 < k < n - 2 or toks[k].start != m.start() + 1:
            continue
        t = toks[k]
        preps = STANCE_NOUNS.get(t.text)
        if preps is None or t.quoted or toks[k + 1].text not in preps:
            continue
        p = k - 1
        if (
            toks[p].text.islower()
            and toks[p].text not in POSSESSIVE_PRONOUNS
            and not toks[p].text.endswith(("’s", "'s"))
            and p > 0
        ):
            p -= 1  # one adjective: "his repeated attacks on"
        owner = toks[p]
        low = owner.text.lower()
        phrase: Phrase | None = None
        if owner.text in POSSESSIVE_PRONOUNS or (low in POSSESSIVE_PRONOUNS and p == 0):
            head, gender = POSSESSIVE_PRONOUNS[low]
            phrase = Phrase(owner.start, owner.end, _PK_PRONOUN, head=head, gender=gender)
        elif owner.text.endswith(("’s", "'s")) and len(owner.text) > 2:
            found = phrase_before(text, toks, p)
            if found is not None and found.kind is not _PK_PRONOUN:
                phrase = found._replace(
                    end=owner.end - 2,
                    name=_unpossessed(found.name),
                    title=_unpossessed(found.title),
                    head=_unpossessed(found.head) or found.head,
                )
        if phrase is None:
            continue
        start_i = k + 2
        end_i = start_i
        while end_i < n and end_i - start_i < MAX_STANCE_OBJECT:
            e = toks[end_i]
            if not e.quoted and (
                e.kind == "punct"
                or e.text.lower() in STANCE_OBJECT_STOPS
                or (
                    end_i > start_i
                    and e.text.islower()
                    and e.text.endswith("ed")
                    and "-" not in e.text
                    and toks[end_i - 1].text.lower() not in DETERMINERS
                )
            ):
                break  # "their plan to strike in March surprised ...": the main verb
            end_i += 1
        if end_i == start_i:
            continue
        frame = _leading(
            text,
            toks,
            t.start,
            toks[k + 1].end,
            STANCE_NOUN,
            False,
            paragraph,
            direct_bounds,
            phrase,
            start_i,
            toks[end_i - 1].end,
            phrase.start,
        )
        if frame is not None:
            frames.append(frame)
    return frames


STANCE_ADJECTIVE: Final = "<stance-adjective>"
STANCE_ADJECTIVES: Final[dict[str, frozenset[str]]] = {
    "critical": frozenset({"of"}),
    "supportive": frozenset({"of"}),
    "skeptical": frozenset({"of", "about"}),
    "sceptical": frozenset({"of", "about"}),
    "wary": frozenset({"of"}),
    "dismissive": frozenset({"of"}),
    "suspicious": frozenset({"of"}),
    "worried": frozenset({"about"}),
    "concerned": frozenset({"about"}),
    "optimistic": frozenset({"about"}),
    "pessimistic": frozenset({"about"}),
    "enthusiastic": frozenset({"about"}),
    "confident": frozenset({"in", "about"}),
    "opposed": frozenset({"to"}),
    "proud": frozenset({"of"}),
    "angry": frozenset({"about", "with", "at"}),
    "interested": frozenset({"in"}),
    "happy": frozenset({"with"}),
    "unhappy": frozenset({"with"}),
    "pleased": frozenset({"with"}),
    "satisfied": frozenset({"with"}),
    "frustrated": frozenset({"with", "by"}),
    "upset": frozenset({"with", "about"}),
    "excited": frozenset({"about"}),
    "nervous": frozenset({"about"}),
    "fearful": frozenset({"of"}),
    "hopeful": frozenset({"about"}),
    "disappointed": frozenset({"in", "with", "by"}),
    "comfortable": frozenset({"with"}),
    "uncomfortable": frozenset({"with"}),
    "committed": frozenset({"to"}),
    "sympathetic": frozenset({"to"}),
    "hostile": frozenset({"to"}),
    "receptive": frozenset({"to"}),
}
"""Adjectives of a stance and the preposition of what it is about: "Republicans have been
critical of the deal", "she is skeptical of free trade": the object is the subject's position,
as news corpora annotate it (issue #4). Only after a form of "be" and its adverbs ("has long
been deeply skeptical of"), so "as opposed to" and "a book critical of" are none."""
STANCE_ADJECTIVE_RE: Final = re.compile(
    r" (?:"
    + "|".join(f"{w} (?:{'|'.join(sorted(ps))})" for w, ps in sorted(STANCE_ADJECTIVES.items()))
    + r") "
)
STANCE_ADJECTIVE_ADVERBS: Final = frozenset(
    """very so too also more less most deeply highly increasingly openly sharply long always
    often still particularly especially generally fiercely strongly extremely equally
    somewhat quite not never""".split()
)


def _stance_adjective_frames(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    earlier: Sequence[Frame],
) -> list[Frame]:
    """ "Republicans have been critical of the deal": the subject's position (issue #4)."""
    frames: list[Frame] = []
    n = len(toks)
    for m in STANCE_ADJECTIVE_RE.finditer(text, sentence[0], sentence[1]):
        k = _index_of(toks, m.start() + 1)
        if not 0 < k < n - 2 or toks[k].start != m.start() + 1 or toks[k].quoted:
            continue
        preps = STANCE_ADJECTIVES.get(toks[k].text)
        if preps is None or toks[k + 1].text not in preps:
            continue
        b = k - 1
        while b > 0 and (
            toks[b].text.lower() in STANCE_ADJECTIVE_ADVERBS
            or (toks[b].text.islower() and toks[b].text.endswith("ly") and len(toks[b].text) > 4)
        ):
            b -= 1
        if toks[b].text.lower() not in BE_FORMS or toks[b].quoted:
            continue  # "a book critical of", "as opposed to", "Republicans, concerned about"
        frame = _position_frame(
            text, toks, k, k + 1, STANCE_ADJECTIVE, sentence, paragraph, direct_bounds, earlier
        )
        if frame is not None:
            frames.append(frame)
    return frames


def _position_frame(
    text: str,
    toks: Sequence[Tok],
    v: int,
    last: int,
    lemma: str,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    earlier: Sequence[Frame],
) -> Frame | None:
    """The frame of a position word at ``v`` whose phrase ends at ``last`` ("critical of",
    "raised questions about"), its object cut where the noun phrase ends."""
    frame = _verb_frame(
        text, toks, v, last, lemma, False, sentence, paragraph, direct_bounds, earlier
    )
    return _position_object(text, toks, frame, last) if frame is not None else None


LIGHT_STANCE_NOUNS: Final[dict[str, frozenset[str]]] = {
    "questions": frozenset({"about"}),
    "question": frozenset({"about"}),
    "concerns": frozenset({"about"}),
    "doubts": frozenset({"about"}),
    "call": frozenset({"for"}),
    "calls": frozenset({"for"}),
    "support": frozenset({"for", "of"}),
    "opposition": frozenset({"to"}),
    "attention": frozenset({"to"}),
    "mention": frozenset({"of"}),
    "criticism": frozenset({"of"}),
    "supporter": frozenset({"of"}),
    "advocate": frozenset({"for", "of"}),
    "proponent": frozenset({"of"}),
    "critic": frozenset({"of"}),
    "opponent": frozenset({"of"}),
    "backer": frozenset({"of"}),
    "champion": frozenset({"of"}),
    "favor": frozenset({"of"}),
    "aim": frozenset({"at"}),
    "swipe": frozenset({"at"}),
    "swipes": frozenset({"at"}),
    "shots": frozenset({"at"}),
    "jabs": frozenset({"at"}),
    "issue": frozenset({"with"}),
    "fun": frozenset({"of"}),
    "case": frozenset({"for"}),
    "reference": frozenset({"to"}),
}
"""Nouns of a position after a verb that makes it the subject's (issue #4): "Trump has raised
questions about her health", "Ramos made an impassioned call for calm", "Graham came out in
support of Cruz", "Kaine is a strong supporter of the bill". See :data:`LIGHT_VERBS`."""
LIGHT_STANCE_RE: Final = re.compile(
    r" (?:"
    + "|".join(f"{w} (?:{'|'.join(sorted(ps))})" for w, ps in sorted(LIGHT_STANCE_NOUNS.items()))
    + r") "
)
_POSITION_PHRASES: Final = frozenset(
    f"{w} {p}"
    for table in (STANCE_ADJECTIVES, LIGHT_STANCE_NOUNS)
    for w, ps in table.items()
    for p in ps
)
# Why: cue_candidates and find_frames look for either table's phrases with one search, a
# trie-shaped alternation behind a lookahead for the phrases' first letters: as a plain
# alternation a pass over an article cost 2% of its whole analysis, this way half of that.
POSITION_PHRASE_RE: Final = re.compile(
    " (?=["
    + "".join(sorted({w[0] for w in _POSITION_PHRASES}))
    + "])(?:"
    + trie_alternation(_POSITION_PHRASES)
    + ") "
)
#: The first words of those phrases: a sentence without one as a token holds no match.
_POSITION_FIRST_WORDS: Final = frozenset(p.split(" ")[0] for p in _POSITION_PHRASES)
#: What find_frames' sweep over a sentence's tokens looks for (lower-cased).
_LOOK_WORDS: Final = FRAME_WORDS | {"that"} | _POSITION_FIRST_WORDS
LIGHT_VERBS: Final = frozenset(
    """raise raised raises raising make made makes making renew renewed renews renewing
    draw drew drawn draws drawing pay paid pays paying sow sowed sown sows sowing level
    leveled levelled levels leveling lend lent lends lending throw threw thrown throws
    throwing take took taken takes taking""".split()
)
"""Verbs whose object noun of :data:`LIGHT_STANCE_NOUNS` is their subject's position: "raised
questions about", "drew attention to", "made no mention of", "took aim at", "took issue
with", "made the case for"."""
HOLDER_NOUNS: Final = frozenset(
    "supporter advocate proponent critic opponent backer champion".split()
)
"""Nouns that name their subject as a position's holder after "be": "Kaine is a strong
supporter of Roe v. Wade"."""
#: The most words between a light verb and its noun ("raised new and serious questions").
LIGHT_GAP: Final = 3
LIGHT_FILLERS: Final = frozenset(
    """a an the no new fresh serious renewed repeated sharp harsh strong fierce vocal
    outspoken longtime early staunch impassioned loud growing any further""".split()
)


def _light_stance_frames(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    earlier: Sequence[Frame],
) -> list[Frame]:
    """ "raised questions about X", "came out in support of X", "is a supporter of X": X is
    the position of the verb's subject (issue #4)."""
    frames: list[Frame] = []
    n = len(toks)
    for m in LIGHT_STANCE_RE.finditer(text, sentence[0], sentence[1]):
        k = _index_of(toks, m.start() + 1)
        if not 0 < k < n - 2 or toks[k].start != m.start() + 1 or toks[k].quoted:
            continue
        noun = toks[k].text
        if toks[k + 1].text not in LIGHT_STANCE_NOUNS.get(noun, ()):
            continue
        v = -1
        if noun in ("support", "favor") and toks[k - 1].text == "in":
            # "came out in support of", "voted in favor of", "is in favor of"
            b = k - 2
            if b >= 0 and toks[b].text == "out":
                b -= 1
            if b >= 0 and toks[b].text.islower() and not toks[b].quoted:
                v = b
        elif noun != "favor" and toks[k + 1].text + noun != "ofsupport":
            b = k - 1
            while b > 0 and k - b <= LIGHT_GAP and toks[b].text.lower() in LIGHT_FILLERS:
                b -= 1
            low = toks[b].text.lower()
            if noun in HOLDER_NOUNS:
                if low in BE_FORMS and toks[b + 1].text.lower() in ("a", "an"):
                    v = b  # "Kaine is a strong supporter of"
            elif low in LIGHT_VERBS and toks[b].text.islower():
                v = b
        if v < 1 or toks[v].quoted:
            continue
        frame = _position_frame(
            text, toks, v, k + 1, STANCE_NOUN, sentence, paragraph, direct_bounds, earlier
        )
        if frame is not None:
            frames.append(frame)
    return frames


def _that_phrase_verb(toks: Sequence[Tok], k: int) -> int | None:
    """The verb that makes the noun or adjective at ``k`` a cue before its "that": "made" in
    "made it clear that", "expressed" in "expressed hope that"; for an adjective after "is" or
    "remains", the adjective itself ("was confident that"). None for "the fact that" and the
    like (issue #4)."""
    low = toks[k].text.lower()
    i = k - 1
    while i >= 0 and i >= k - 3 and toks[i].text.lower() in THAT_PHRASE_FILLERS:
        i -= 1
    if i < 0:
        return None
    v = toks[i].text.lower()
    if low in THAT_PHRASE_ADJECTIVES:
        if v in MAKE_FORMS and low == "clear":
            return i
        if (
            v in LINKING_FORMS
            and all(t.text.lower() in ADJECTIVE_FILLERS for t in toks[i + 1 : k])
            and not (i > 0 and toks[i - 1].text.lower() in EXPLETIVES)
        ):
            return k  # "aides are confident that", but not "it is clear that"
        return None
    if v in EXPRESS_FORMS or (v in MAKE_FORMS and low in ("claim", "case", "point", "argument")):
        return i
    return None


def _confirmed(prefilter: re.Pattern[str], pattern: regex.Pattern[str], text: str) -> list[int]:
    """The starts of ``pattern``'s matches, where ``prefilter`` (the standard library's engine,
    much faster on plain words) finds every place one may start and ``pattern`` checks each.
    Right for patterns whose matches cannot overlap a candidate that fails the check."""
    return [m.start() for m in prefilter.finditer(text) if pattern.match(text, m.start())]


INLINE_LABEL_RE: Final = re.compile(r"[.!?][\"”’]?[ \t]+([A-Z][\w’'.-]*):[ \t]*[\"“]")
"""A name and a colon that open a sentence inside a paragraph, before a quote."""


def cue_candidates(text: str, words: WordHits | None = None) -> list[int]:
    """The positions of every word that may be a cue ("said", "according"), in order.

    ``words`` are the text's words as :func:`quotekit.wordscan.scan_words` found them, when
    the caller has them: the cue words, the verbs before "that" and the headline verbs.
    """
    if words is not None:
        found = list(words.cues)
        found.extend(words.that_verbs)
        extra = list(words.headline_verbs)
    else:
        found = [m.start() for m in CUE_WORD_RE.finditer(text)]
        found.extend(_that_verbs(text))
        extra = _confirmed(HEADLINE_VERB_PREFILTER_RE, HEADLINE_VERB_RE, text)
    # a line can match COLON_HEADLINE_RE only at its first colon: find those first
    colon_lines = _colon_line_spans(text)
    extra.extend(ls for ls, _ in colon_lines if COLON_HEADLINE_RE.match(text, ls))
    i = text.find("According")
    while i >= 0:  # "According to X, ..." opens a sentence
        extra.append(i)
        i = text.find("According", i + 1)
    i = text.find("Asked ")
    while i >= 0:  # "Asked whether he would run, Johnson demurred."
        extra.append(i)
        i = text.find("Asked ", i + 1)
    for phrase in (" put it", " puts it"):
        i = text.find(phrase)
        while i >= 0:  # "As Dana Milbank puts it, ...", "..., as a memo put it."
            extra.append(i + 1)
            i = text.find(phrase, i + 1)
    # a speaker's turn inside a paragraph: "... defeat ISIS." Bush: “The mission is ...”
    # (searched for in the lines that hold a colon only: a match ends at a colon, and none of
    # its characters ends a line)
    for ls, le in colon_lines:
        extra.extend(m.start(1) for m in INLINE_LABEL_RE.finditer(text, ls, le))
    extra.extend(_that_phrases(text, words.thats if words is not None else None))
    extra.extend(_stance_nouns(text, words.stance_nouns if words is not None else None))
    if words is not None:
        extra.extend(words.positions)
    else:
        extra.extend(m.start() + 1 for m in POSITION_PHRASE_RE.finditer(text))
    for pos in _document_words(text):
        back = max(0, pos - IN_DOCUMENT_REACH)
        k = max(text.rfind(" in ", back, pos), text.rfind("In ", back, pos))
        if k >= 0:
            extra.append(k + 1 if text[k] == " " else k)
    found.extend(extra)
    found.sort()  # the passes interleave; run() bisects this list
    return found


def _colon_lines(text: str) -> list[int]:
    """The starts of the lines (after any line end) that hold a colon: where FIRST_COLON_RE
    matches, found by the string's own searches (a line is passed at the speed of a memory
    scan)."""
    return [start for start, _ in _colon_line_spans(text)]


def _colon_line_spans(text: str) -> list[tuple[int, int]]:
    """The lines of :func:`_colon_lines` as ``(start, end)`` pairs (the end at the line end)."""
    spans = []
    i = text.find(":")
    while i >= 0:
        nl = line_end_from(text, i)
        spans.append((line_start_before(text, i), nl))
        if nl == len(text):
            break
        i = text.find(":", nl)
    return spans


def _document_words(text: str) -> list[int]:
    """Where DOCUMENT_WORD_RE matches: each of its words looked for by the string's own search,
    then checked (a match is a whole word, so no candidate that fails hides one)."""
    found = []
    for word in DOCUMENT_STEMS:
        i = text.find(word)
        while i >= 0:
            if DOCUMENT_WORD_RE.match(text, i):
                found.append(i)
            i = text.find(word, i + len(word))
    return found


#: How far before "poll" or "statement" its "in" may stand ("in an NBC News/Wall Street
#: Journal poll").
IN_DOCUMENT_REACH: Final = 80
# Why: cues the lower-case word pass cannot see. A title-case headline's verb ("Bellwether
# County Says ..."); the colon of a headline that names its source ("Graham: ..."), anchored
# at a line start so it costs one look per line; the document nouns that "in" may introduce.
# Plain words joined by "|" (quotekit.wordscan splits them): no other regex syntax.
HEADLINE_VERBS: Final = (
    "Says|Said|Tells|Told|Warns|Claims|Calls|Urges|Vows|Admits|Insists"
    "|Suggests|Predicts|Denies|Defends|Praises|Slams|Blasts|Rips|Accuses|Knocks"
    "|Supports|Support|Backs|Denounces|Promises|Reveals|Reveal|Shows|Show|Finds|Endorses"
    "|Criticizes|Pledges"
    "|Asks|Wants|Plans"
)
HEADLINE_VERB_RE: Final = regex.compile(rf"(?<=\p{{L}}\s)(?:{HEADLINE_VERBS})(?=\s)")
# (A line starts after any line end: regex's MULTILINE "^" knows only "\n", issue 7.)
COLON_HEADLINE_RE: Final = regex.compile(
    rf"(?:^|(?<=[{LINE_ENDS}])){SPACE_IN_LINE}*\p{{Lu}}[^{LINE_ENDS}:]{{0,40}}:(?=\s)"
)
DOCUMENT_WORDS: Final = "polls?|surveys?|study|statement|interview"
DOCUMENT_WORD_RE: Final = regex.compile(rf"\b(?:{DOCUMENT_WORDS})\b")
# Why: the plain words of HEADLINE_VERB_RE and DOCUMENT_WORD_RE, for the standard library's
# engine to find (see _confirmed). Their matches are whole words of letters, so a candidate
# that fails the check never hides a match that overlaps it.
HEADLINE_VERB_PREFILTER_RE: Final = re.compile(HEADLINE_VERBS)
# Why: each line up to its first colon, where alone a COLON_HEADLINE_RE match can end (what
# comes before it holds no colon); the standard library's engine passes the rest of the line.
FIRST_COLON_RE: Final = re.compile(f"(?:^|(?<=[{LINE_ENDS}]))[^{LINE_ENDS}:]*:")
DOCUMENT_WORD_PREFILTER_RE: Final = re.compile(DOCUMENT_WORDS)
#: What every word of DOCUMENT_WORDS starts with, for _document_words to search.
DOCUMENT_STEMS: Final = ("poll", "survey", "study", "statement", "interview")


def find_frames(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    *,
    parse: Parse | None = None,
    stance_spots: Sequence[int] | None = None,
) -> list[Frame]:
    """The attributions of one sentence.

    ``direct_bounds`` lists the direct quotes that lie in the sentence as ``(index, open_mark,
    outer_end)``. With a backend's dependency ``parse``, a speech verb's subject and reported
    clause come from the parse where it has them (see :func:`_apply_parse`).
    ``stance_spots``: the sorted places where STANCE_NOUN_RE can match, when the caller has
    them (:attr:`quotekit.wordscan.WordHits.stance_spots`): a sentence without one is not
    searched for stance nouns.
    """
    frames: list[Frame] = []
    n = len(toks)
    direct_bounds = _Directs(text, sentence, direct_bounds)
    # Why: whether the sentence is a title-case headline is worked out on first need (it read
    # up to every token of every sentence): here only when a colon stands among the tokens
    # _colon_headline looks at (without one it finds nothing), later only for a capitalised
    # cue word inside the sentence.
    headline: bool | None = None
    if n and text.find(":", toks[0].start, toks[min(n, MAX_HEADLINE_SOURCE + 2) - 1].end) >= 0:
        headline = _is_headline(toks)
        if headline or (
            n > 3
            and (_opens_line(text, toks[0].start) or _quote_after_label(text, toks))
            and _labelled_line(toks)
        ):
            # "Graham: Trump’s Rhetoric Destroying GOP’s Chance", "Trump: My plans aren't set
            # in stone.", a transcript's "MATTHEWS: Well, speculation is bad."
            frame = _colon_headline(text, toks, sentence, paragraph, direct_bounds)
            if frame is not None:
                return [frame]
    # the words a frame can start on, found in one sweep: most words of a sentence need no look
    # Why: the sweep tests only each token's lower-case text, against the frame words, "that"
    # and the first words of POSITION_PHRASE_RE at once; the few it finds are checked for
    # kind and quotes afterwards (testing every token's kind, quotes and next token cost a
    # fifth more), and a sentence without a first word is not searched for the phrases
    looks: list[int] = []
    position_word = False
    for i in [i for i, t in enumerate(toks) if t.text.lower() in _LOOK_WORDS]:
        t = toks[i]
        if t.text in _POSITION_FIRST_WORDS:
            position_word = True
        if t.text == "that" and i > 0:  # a word before "that"
            before = toks[i - 1]
            if before.kind == "word" and not before.quoted and (not looks or looks[-1] != i - 1):
                looks.append(i - 1)
        if t.kind == "word" and not t.quoted and t.text.lower() in FRAME_WORDS:
            looks.append(i)
    after = 0  # the first token not yet read: a cue read may cover the next candidates
    sourceless: Frame | None = None  # a "seems" clause: it gives way to a cue after it
    for k in looks:
        if k < after:
            continue
        after = k + 1
        t = toks[k]
        low = t.text.lower()
        if low in _SPECIAL_LOOKS:  # Why: one test for the five words below, most looks are none
            if low == "in" and k + 2 < n:
                frame = _in_document(text, toks, k, sentence, paragraph, direct_bounds)
                if frame is not None:
                    frames.append(frame)
                    continue
            if low in SOURCELESS_FORMS and not frames and k > 0:
                frame = _sourceless(text, toks, k, sentence, paragraph, direct_bounds)
                if frame is not None:
                    frames.append(frame)
                    sourceless = frame
                    continue
            elif low in SOURCELESS_FORMS and k > 0 and _after_be(toks, k):
                # "According to X, the deal is expected to close": inside another report, a
                # passive "is expected" is no attribution of its own (it made "the deal" one)
                continue
            if low == "according" and k + 1 < n and toks[k + 1].text.lower() == "to":
                frame = _according_to(text, toks, k, sentence, paragraph, direct_bounds)
                if frame is not None:
                    frames.append(frame)
                after = k + 2
                continue
            if low in ("put", "puts"):
                frame = _as_put_it(text, toks, k, sentence, paragraph, direct_bounds)
                if frame is not None:
                    frames.append(frame)
                    after = k + 3
                continue
            if low in AS_BY_FORMS and _as_by_opens(toks, k):
                # "As reported by the Journal, the firm ...": the agent reports the rest (#4)
                frame = _as_reported_by(text, toks, k, sentence, paragraph, direct_bounds)
                if frame is not None:
                    frames.append(frame)
                    after = k + 2
                    continue
        lower_case = t.text.islower()
        entry = CUE_FORMS.get(low)
        if entry is not None and not (lower_case or k == 0):
            # a capitalised cue word inside the sentence is one only in a headline (worked out
            # here for a cue word alone: the other capitalised words it looks at are no cue)
            if headline is None:
                headline = _is_headline(toks)
            if not headline:
                entry = None
        if (
            entry is None
            and k + 1 < n
            and toks[k + 1].text == "that"
            and lower_case
            and low.endswith(THAT_VERB_ENDINGS)
            and low not in NOT_THAT_VERBS
            and not _relative_that(toks, k + 2)
        ):
            entry = (THAT_VERB, False)  # "the report concluded that ...", "she realized that"
        v = (
            _that_phrase_verb(toks, k)
            if low in THAT_PHRASE_WORDS and k + 1 < n and toks[k + 1].text == "that"
            else None
        )
        if v is not None:
            # "made it clear that", "expressed hope that", "was confident that" (issue #4)
            frame = _verb_frame(
                text, toks, v, k, THAT_VERB, False, sentence, paragraph, direct_bounds, frames
            )
            if frame is not None:
                frames.append(frame)
            after = k + 1
            continue
        if entry is None:
            continue
        lemma, strong = entry
        cue_end_i = k
        particle = PHRASAL_PARTICLES.get(lemma)
        if particle is not None:
            if k + 1 < n and toks[k + 1].text.lower() == particle:
                cue_end_i = k + 1
            else:
                continue
        optional = OPTIONAL_PARTICLES.get(lemma)
        if optional is not None and k + 1 < n and toks[k + 1].text.lower() in optional:
            cue_end_i = k + 1  # "called for an inquiry", "talked about immigration"
        elif (
            optional is not None
            and k + 2 < n
            and toks[k + 1].text.lower() == "out"
            and toks[k + 2].text.lower() in optional
        ):
            cue_end_i = k + 2  # "spoke out against the ban", "lashed out at the press" (#4)
        elif lemma in PARTICLE_ONLY_VERBS or (lemma in AS_VERBS and not _as_follows(toks, k + 1)):
            k += 1
            continue
        frame = _verb_frame(
            text, toks, k, cue_end_i, lemma, strong, sentence, paragraph, direct_bounds, frames
        )
        if frame is not None and cue_end_i > k and lemma in POSITION_PARTICLE_VERBS:
            frame = _position_object(text, toks, frame, cue_end_i)
        if frame is not None:
            if parse is not None:
                _apply_parse(text, toks, k, frame, parse, sentence, direct_bounds)
            frames.append(frame)
        after = cue_end_i + 1
    if sourceless is not None and len(frames) > 1:
        # "It seems the plan will fail, Smith said": the "seems" clause ends before a later
        # attribution's speaker (issue #4)
        s0, e0 = sourceless.parts[-1]
        cut = min(
            (
                f.phrase.start
                for f in frames
                if f is not sourceless and f.phrase is not None and s0 < f.phrase.start < e0
            ),
            default=e0,
        )
        if cut < e0:
            sourceless.parts[-1] = _trim_content(text, s0, cut)
    if stance_spots is None or _holds_spot(stance_spots, sentence):
        frames.extend(_stance_noun_frames(text, toks, sentence, paragraph, direct_bounds))
    if position_word and POSITION_PHRASE_RE.search(text, sentence[0], sentence[1]) is not None:
        # one search a sentence for both tables: most sentences hold neither
        frames.extend(
            _stance_adjective_frames(text, toks, sentence, paragraph, direct_bounds, frames)
        )
        frames.extend(_light_stance_frames(text, toks, sentence, paragraph, direct_bounds, frames))
    if len(frames) > 1:
        frames = _not_nested(text, frames)
        _cut_coordinated(text, frames, direct_bounds)  # (it pairs frames: one has nothing to cut)
    return frames


AS_BY_FORMS: Final = frozenset("reported noted detailed revealed".split())
"""Participles of "As reported by X, ..." whose agent is the source of the clause after the
comma (issue #4)."""
_SPECIAL_LOOKS: Final = frozenset(
    {"in", "according", "put", "puts", *SOURCELESS_FORMS, *AS_BY_FORMS}
)
"""The words :func:`find_frames` reads with a rule of their own before any cue (a rule for
another word adds it here)."""
#: The longest agent of "As reported by X," before its comma.
MAX_AS_BY_AGENT: Final = 12


def _as_by_opens(toks: Sequence[Tok], k: int) -> bool:
    """Whether "As <participle> by" opens the sentence at ``k - 1`` (after "But" or "And" at
    most)."""
    n = len(toks)
    if k < 1 or k + 2 >= n or toks[k - 1].text.lower() != "as" or toks[k + 1].text != "by":
        return False
    return k == 1 or (k == 2 and toks[0].text in ("But", "And"))


def _as_reported_by(
    text: str,
    toks: Sequence[Tok],
    k: int,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """The frame of "As reported by Western Journalism, investigators found ...": the agent
    before the comma is the source of the clause after it (issue #4)."""
    n = len(toks)
    agent_i = k + 2
    comma = next(
        (
            m
            for m in range(agent_i + 1, min(n, agent_i + MAX_AS_BY_AGENT + 1))
            if toks[m].text == "," and not toks[m].quoted
        ),
        None,
    )
    if comma is None or comma + 1 >= n or toks[agent_i].quoted:
        return None
    agent = phrase_after(text, toks, agent_i) or _source_until_comma(text, toks, agent_i)
    if agent is None or agent.end > toks[comma].start:
        return None
    cs, ce = _trim_content(text, toks[comma + 1].start, sentence[1])
    if _content_words(text, cs, ce, direct_bounds) < MIN_BELIEF_WORDS:
        return None
    kind, _directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is _QK_DIRECT:
        return None
    return Frame(
        toks[k].start,
        toks[k + 1].end,
        "report",
        True,
        agent,
        kind,
        [(cs, ce)],
        [],
        paragraph,
        True,
        False,
        toks[k - 1].start,
    )


def _holds_spot(spots: Sequence[int], sentence: tuple[int, int]) -> bool:
    """Whether one of the sorted ``spots`` lies in ``sentence``."""
    i = bisect.bisect_left(spots, sentence[0])
    return i < len(spots) and spots[i] < sentence[1]


POSITION_PARTICLE_VERBS: Final = frozenset({"vote", "focus", "respond", "agree"})
"""Verbs whose particle's object is the position itself (issue #4): "Republicans voted for
the bill", "Trump has focused on trade", "Carson responded to Trump's attacks". The object
ends where its noun phrase does (a comma, a clause word, a time phrase), not at the sentence's
end. News corpora count a study's or a lawsuit's focus too ("the lawsuit focuses on ..."), so
the subject is not limited to people."""
MODALS: Final = frozenset("would will could can should might may must did does do".split())
"""Before a noun-like form they make it a verb: "27 percent would vote for Trump"."""
NO_POSITION_OBJECTS: Final = frozenset(
    """request requests attempts attempt calls call messages message emails email inquiries
    inquiry phone questions comment""".split()
)
"""Objects of "did not respond to" that ask for a comment, not a position: "did not respond to
a request for comment", "did not respond to emailed questions"."""
POSITION_OBJECT_STOPS: Final = (STANCE_OBJECT_STOPS - {"and"}) | frozenset(
    "because after before since until despite amid during".split()
)
"""Words that end a position's object; "and" only before a new predicate (see
:func:`_opens_predicate`): "voted for the bill and said ..." but "birthplace and religion"."""


def _opens_predicate(t: Tok) -> bool:
    """Whether ``t`` after "and" starts a new predicate or clause: a subject pronoun, a cue
    form, or a past-tense-looking lower-case verb."""
    low = t.text.lower()
    return t.text.islower() and (
        low in PRONOUNS_SUBJECT or low in CUE_FORMS or (low.endswith("ed") and len(low) > 4)
    )


TIME_ADJUNCT_WORDS: Final = WEEKDAYS | frozenset(
    """recent week weeks month months year years morning afternoon evening night tonight
    january february march april may june july august september october november december
    the""".split()
)
"""Words after "on", "in", "last", "this" or "during" that make a time phrase ("in recent
weeks", "on Tuesday", "last year"); "the" only before a time noun ("in the past week")."""
PAST_TIME_NOUNS: Final = frozenset("past last week weeks month months year years days day".split())


def _time_adjunct(toks: Sequence[Tok], i: int) -> bool:
    """Whether a time phrase starts at ``i``: "on Tuesday", "in recent weeks", "in 2008",
    "last year", "in the past week"."""
    low = toks[i].text.lower()
    if low not in ("on", "in", "last", "this", "during", "earlier", "later") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1].text
    nl = nxt.lower()
    if nl == "the":
        return i + 2 < len(toks) and toks[i + 2].text.lower() in PAST_TIME_NOUNS
    return nl in TIME_ADJUNCT_WORDS or (len(nxt) == 4 and nxt.isdigit())


def _position_object(text: str, toks: Sequence[Tok], frame: Frame, cue_end_i: int) -> Frame | None:
    """A frame of :data:`POSITION_PARTICLE_VERBS` with its object cut where the noun phrase
    ends ("voted for Clinton, while ..." → "Clinton"), or None for no position."""
    phrase = frame.phrase
    if frame.kind is not _QK_INDIRECT or not frame.parts:
        return frame  # "responded to the charge: “Q”": the quote decides
    if phrase is None:
        return None
    if frame.lemma == "focus" and toks[cue_end_i - 1].text.endswith("ed"):
        pi = _index_of(toks, phrase.start)
        if (
            pi > 0
            and toks[pi - 1].text == ","
            and text[phrase.start : phrase.start + 2] in ("a ", "an")
        ):
            return None  # "Henry Realty, a firm focused on real estate": a participle
        if (
            toks[cue_end_i - 2].text.lower() in BE_FORMS
            and phrase.kind
            not in (
                _PK_PERSON,
                _PK_PRONOUN,
                _PK_ORGANIZATION,
                _PK_GROUP,
            )
            and phrase.head not in ROLE_NOUNS
            and phrase.head not in GROUP_NOUNS
        ):
            return None  # "national attention was focused on": no one's position
    n = len(toks)
    start_i = cue_end_i + 1
    end_i = start_i
    # "focus on what she would do": a question clause keeps its verbs
    clause = start_i < n and toks[start_i].text.lower() in QUESTION_WORDS
    while end_i < n and end_i - start_i < MAX_STANCE_OBJECT:
        e = toks[end_i]
        if not e.quoted and (
            e.kind == "punct"
            or (e.text.lower() in POSITION_OBJECT_STOPS and not clause)
            or (end_i > start_i and _time_adjunct(toks, end_i))
            or (e.text == "and" and end_i + 1 < n and _opens_predicate(toks[end_i + 1]))
        ):
            break
        end_i += 1
    if end_i == start_i:
        return None
    if frame.lemma == "respond" and any(
        t.text.lower() in NO_POSITION_OBJECTS for t in toks[start_i:end_i]
    ):
        return None  # "did not respond to a request for comment"
    s0, e0 = frame.parts[0]
    if len(frame.parts) == 1 and s0 <= toks[start_i].start:
        frame.parts[0] = _trim_content(text, s0, min(e0, toks[end_i - 1].end))
    return frame


def _speech_verb(t: Tok) -> bool:
    """Whether ``t`` is a lower-case verb of saying that is no noun-like form ("said",
    "told"): the main clause's verb after a relative clause ("Republicans who opposed it said
    ...")."""
    return (
        t.text.islower()
        and not t.quoted
        and t.text not in NOUN_LIKE_FORMS
        and CUE_FORMS.get(t.text, ("", False))[1]
    )


def _relative_that(toks: Sequence[Tok], i: int) -> bool:
    """Whether the "that" before token ``i`` is a relative pronoun with its verb right after
    it: "emissions rules that could lead to ...", "several other mines that were closed",
    "restrictions on operations that temporarily forced ..." (issue #4). A reported clause
    after "concluded that" has its subject first."""
    n = len(toks)
    while i < n and toks[i].text.endswith("ly") and toks[i].text.islower():
        i += 1  # "that temporarily forced"
    if i >= n or toks[i].quoted:
        return False
    low = toks[i].text.lower()
    return low in MAIN_VERB_STARTS or (
        toks[i].text.islower() and low.endswith("ed") and len(low) > 4
    )


def _not_nested(text: str, frames: list[Frame]) -> list[Frame]:
    """The frames less those of :data:`NOT_NESTED_VERBS` whose cue lies in another frame's
    content: in "Kirby said the leaders agreed to speak again" the agreement is Kirby's report,
    not a second quote (issue #4). One whose own content holds another cue ends at the comma
    before it: "backed a new tax, which she said would pay for the bridge"."""
    kept = []
    for f in frames:
        if f.lemma in NOT_NESTED_VERBS:
            if any(g is not f and any(s <= f.cue_start < e for s, e in g.parts) for g in frames):
                continue
            for g in frames:
                if g is f or not f.parts:
                    continue
                s0, e0 = f.parts[-1]
                if s0 < g.cue_start < e0:
                    comma = text.rfind(",", s0, g.cue_start)
                    if comma > s0:
                        f.parts[-1] = _trim_content(text, s0, comma)
        kept.append(f)
    return kept


#: The longest object between "see" and its "as": "voters see the former secretary of state as
#: the stronger candidate".
MAX_AS_OBJECT: Final = 10


def _as_follows(toks: Sequence[Tok], i: int) -> bool:
    """Whether an "as" follows the object that starts at ``i`` (issue #4)."""
    for t in toks[i : i + MAX_AS_OBJECT + 1]:
        low = t.text.lower()
        if low == "as":
            return t is not toks[i]
        if t.quoted or low in ",;:—–()" or low in ("that", "and", "but", "which", "who"):
            return False
    return False


#: A sentence whose words are capitalised at least this often is a title-case headline
#: ("Bellwether County Says Trump Should Win GOP Nomination").
HEADLINE_CAPITALISED: Final = 0.7
#: The longest speaker before a headline's colon ("NY Daily News: ...").
MAX_HEADLINE_SOURCE: Final = 4
#: The most words between "in" and the document it names ("in an NBC News/Wall Street
#: Journal poll released Monday").
MAX_DOCUMENT_PHRASE: Final = 9

FURNITURE_LABELS: Final = frozenset(
    """read more photo photos video videos update updated note editor’s editor's source
    sources related watch listen advertisement correction disclosure transcript caption
    credit image via see also share follow subscribe tags topics filed clarification
    clarifications corrections""".split()
)
"""Labels before a colon that introduce page furniture, not a source: "Read more: ..."."""
KICKER_LABELS: Final = frozenset(
    """breaking exclusive latest wow boom bombshell leaked contributing contributors paid
    sponsored revealed busted watch update updated developing video photos live alert
    analysis opinion editorial""".split()
)
"""Kickers and credit lines before a headline's colon, not its source: "Breaking: Senate
Passes Budget", "The Latest: ...", "Contributing: Jane Roe" (issue #4)."""

FINDING_VERBS: Final = frozenset("find show report estimate".split())
"""Stance verbs that may close a sentence as its cue: "..., a Fox poll found."."""

SPEECH_DOCUMENTS: Final = frozenset(
    "statement interview tweet post letter memo email emails".split()
)
"""Documents whose author is named next, not sources of their own: "In a statement, the
senator said ..."."""

POLL_NOUNS: Final = frozenset("poll polls survey surveys study".split())
"""Documents that may close a sentence as its source: "Trump leads in the polls"."""


#: The fewest commas of a list of names after a colon ("Iowa: Tim Albrecht, Brad Anderson,
#: Rob Barron, ...").
MIN_ROSTER_COMMAS: Final = 3


def _is_roster(toks: Sequence[Tok], i: int) -> bool:
    """Whether the tokens from ``i`` are a list of names ("Tim Albrecht, Brad Anderson, Rob
    Barron, ..."): a roster under a label, not a headline that quotes its source (issue #4)."""
    commas = 0
    for t in toks[i:]:
        if t.text == ",":
            commas += 1
        elif t.text[:1].isalpha() and not _is_cap(t) and t.text != "and":
            return False
    return commas >= MIN_ROSTER_COMMAS


def _is_headline(toks: Sequence[Tok]) -> bool:
    """A title-case line: most of its words capitalised."""
    words = caps = 0
    # this runs for every sentence read: stop as soon as its lower-case words outnumber what
    # even a sentence of words only could hold (words <= len(toks)), as most sentences do early
    lower_limit = (1 - HEADLINE_CAPITALISED) * len(toks)
    for t in toks:
        if t.kind in ("word", "abbr") and not t.quoted:
            words += 1
            if t.text[:1].isupper():
                caps += 1
            elif words - caps > lower_limit:
                return False
    if words < 3:
        return False
    return caps >= HEADLINE_CAPITALISED * words


def _opens_line(text: str, pos: int) -> bool:
    """Whether only white space stands between ``pos`` and the start of its line."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in LINE_ENDS


#: How far back the name of an inline label is looked for (see :func:`_quote_after_label`).
LABEL_NAME_REACH: Final = 20_000


def _quote_after_label(text: str, toks: Sequence[Tok]) -> bool:
    """A sentence inside a paragraph that opens with a name, a colon and a direct quote:
    "Bush: “The mission is to destroy ISIS.”" (a transcript's turn), where the name was
    used before ("Jeb Bush"); not "Answer: “...”"."""
    if not (
        len(toks) > 3
        and toks[1].text == ":"
        and _is_cap(toks[0])
        and not toks[0].quoted
        and _quote_follows(toks, 1)
    ):
        return False
    name = toks[0]
    return text.find(name.text, max(0, name.start - LABEL_NAME_REACH), name.start) >= 0


def _labelled_line(toks: Sequence[Tok]) -> bool:
    """A line that opens with a speaker's name and a colon ("Sanders: ..."), not with a
    heading ("The Latest: ...") or a tally ("Clinton: 547.")."""
    colon = next((i for i in range(min(len(toks), 4)) if toks[i].text == ":"), None)
    if colon is None or colon == 0 or colon + 3 >= len(toks):
        return False
    if toks[0].text.lower() in ("the", "a", "an") or toks[colon + 1].kind == "number":
        return False
    return not toks[colon - 1].text.lower().endswith(("’s", "'s"))


def _colon_headline(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """A headline that names its source before a colon: "Graham: Trump’s Rhetoric Destroying
    GOP’s Chance"."""
    n = len(toks)
    colon = next((i for i in range(min(n, MAX_HEADLINE_SOURCE + 2)) if toks[i].text == ":"), None)
    if colon is None or colon == 0 or colon + 2 >= n:
        return None
    if any(t.text.lower() in FURNITURE_LABELS for t in toks[:colon]):
        return None
    if any(t.text.lower() in KICKER_LABELS for t in toks[:colon]):
        return None
    if not all(_is_cap(t) or t.text in ".’'" for t in toks[:colon]):
        return None
    if _is_roster(toks, colon + 1):
        return None
    phrase = phrase_before(text, toks, colon - 1) or _generic_subject(text, toks, colon - 1)
    if phrase is None:
        return None
    cs, ce = _trim_content(text, toks[colon].end, sentence[1])
    if _content_words(text, cs, ce, direct_bounds) < MIN_CONTENT_WORDS + 1:
        return None
    kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is _QK_DIRECT:
        return Frame(
            toks[colon].start,
            toks[colon].end,
            ":",
            True,
            phrase,
            kind,
            [],
            directs,
            paragraph,
            leading=True,
        )
    return Frame(
        toks[colon].start,
        toks[colon].end,
        ":",
        True,
        phrase,
        kind,
        [(cs, ce)],
        [],
        paragraph,
        leading=True,
    )


DOCUMENT_PHRASE_BREAKS: Final = frozenset(
    """of in to that where which who when after before because going and or but by
    — –""".split()
)
"""Words that end the phrase "in" opens before a closing poll could head it: "in the wake of
polls", "in a row that the poll has shown", "in five states going to the polls", "in part by
giving them a case study" (issue #4); "of" after DOCUMENT_OF_HEADS continues it ("in the
RealClearPolitics average of recent polls")."""


DOCUMENT_OF_HEADS: Final = frozenset(
    "average one two three some many most all both each several series number majority".split()
)
"""Words that "of" continues into the document's phrase: "in one of the first polls"."""


def _breaks_document_phrase(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` ends the phrase after "in" (see DOCUMENT_PHRASE_BREAKS)."""
    low = toks[i].text
    if low not in DOCUMENT_PHRASE_BREAKS:
        return False
    return not (low == "of" and toks[i - 1].text.lower() in DOCUMENT_OF_HEADS)


DOCUMENT_CLAUSE_VERBS: Final = frozenset(
    """said say says were was is are has have had would will could approved held show shows
    showed found find finds and but""".split()
)
"""Words after a closing document that make it the subject of a clause of its own, not the
source of what came before: "... in the polls would never translate", "in the poll were
undecided", "in the polls and fight to retain" (issue #4)."""


def _document_has_verb(toks: Sequence[Tok], end: int) -> bool:
    """Whether the document noun at token ``end`` goes on as a clause's subject."""
    return end + 1 < len(toks) and toks[end + 1].text in DOCUMENT_CLAUSE_VERBS


def _in_document(
    text: str,
    toks: Sequence[Tok],
    k: int,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """A poll, survey or statement as the source: "In a CNN poll, Clinton led ...", "Trump
    has a decisive lead in the polls."."""
    n = len(toks)
    end = None
    for i in range(k + 1, min(n, k + 2 + MAX_DOCUMENT_PHRASE)):
        t = toks[i]
        if t.quoted or t.text in ",.;:!?":
            break
        if t.text.lower() in DOCUMENT_NOUNS:
            end = i
    if end is None:
        return None
    doc_head = toks[end].text.lower()
    if doc_head in SPEECH_DOCUMENTS:
        return None
    if doc_head == "words" and toks[end - 1].text.lower() == "other":
        return None  # "In other words, ...": an idiom, no document
    after = end + 1
    # "released Monday", "conducted by Edison Research": the document's own modifiers
    while after < n and not toks[after].quoted and toks[after].text not in ",.;:!?":
        after += 1
    first = toks[k + 1]
    det = first.text.lower() in ("a", "an", "the")
    name_start = toks[k + 2].start if det else first.start
    phrase = Phrase(
        start=first.start,
        end=toks[after - 1].end,
        kind=_PK_DESCRIPTION,
        name=text[name_start : toks[after - 1].end],
        name_start=name_start,
        title=text[name_start : toks[after - 1].end],
        head=doc_head,
        definite=first.text.lower() == "the",
    )
    cue_start, cue_end = toks[k].start, toks[k].end
    if (k == 0 or _opens_clause(toks[k - 1])) and after < n and toks[after].text == ",":
        # "In a widely read column, two speechwriters implored ...": they are the source
        if doc_head not in POLL_NOUNS:
            phrase = _own_speaker(text, toks, after + 1) or phrase
        return _leading(
            text,
            toks,
            cue_start,
            cue_end,
            "in",
            False,
            paragraph,
            direct_bounds,
            phrase,
            after + 1,
            sentence[1],
            cue_start,
        )
    at_end = after >= n or (toks[after].text in ".!?" and after == n - 1)
    if (
        k > 0
        and at_end
        and doc_head in POLL_NOUNS
        and not _document_has_verb(toks, end)
        and not any(_breaks_document_phrase(toks, i) for i in range(k + 1, end))
    ):
        return _trailing(
            text,
            toks,
            cue_start,
            cue_end,
            "in",
            False,
            paragraph,
            direct_bounds,
            phrase,
            sentence[0],
            cue_start,
        )
    return None


def _own_speaker(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """The speaker that opens the clause at token ``i`` with its verb of saying ("two
    Democratic speechwriters implored", "Trump has portrayed"): a document before it ("In a
    widely read column, ...") is then where they spoke, not the source."""
    phrase = phrase_after(text, toks, i)
    if phrase is None or phrase.head in DOCUMENT_NOUNS:
        return None
    j = next((m for m in range(i, len(toks)) if toks[m].start >= phrase.end), None)
    if j is None:
        return None
    # a verb of saying or thinking ("implored", "told"), with its auxiliaries ("has said")
    while j + 1 < len(toks) and toks[j].text in BE_FORMS | {"has", "have", "had"}:
        j += 1
    verb = toks[j].text
    return phrase if verb in CUE_FORMS or (verb.islower() and verb.endswith("ed")) else None


THAT_VERB: Final = "<verb> that"
"""The lemma given to a verb outside the lexicon that takes a that-clause."""
THAT_VERB_ENDINGS: Final = ("ed", "es", "ns", "ts", "ds", "ls", "ks", "rs", "ws")
"""Endings of the past and third-person forms such verbs are read in: "warned", "learns"."""
NOT_THAT_VERBS: Final = frozenset(
    """means showed shows is was has does ensured provided assumed given needed meaning
    required requires ensures provides excepts expects hopes considered""".split()
)
"""Verbs before "that" that do not attribute the clause to their subject ("it means that")."""


SOURCELESS_OPENERS: Final = frozenset(
    """if when whenever while although though because since unless once until after before
    despite during in at on under as with for amid indeed even but and so yet still
    meanwhile however also then now instead later earlier recently ultimately finally
    eventually lately""".split()
)
"""Words that open an adverbial before the clause that seems: "Though he trails, Kasich
appears to ...", "In the meantime, however, the approach seems to ..."."""
SOURCELESS_TAIL: Final = frozenset("according despite".split())
"""Words after a comma that close the clause that seems: "..., according to three polls"."""


def _sourceless_clause(
    text: str, toks: Sequence[Tok], k: int, sentence: tuple[int, int]
) -> tuple[int, int]:
    """The clause of "seems"/"appeared" at token ``k``: the sentence less the adverbials that
    open it before a comma ("Though he trails in Iowa, Kasich appears to ...") and less what
    follows a comma before "according to" or "despite" (issue #4)."""
    n = len(toks)
    start_i = 0
    while start_i < k and toks[start_i].text.lower() in SOURCELESS_OPENERS:
        comma = next(
            (m for m in range(start_i + 1, k) if toks[m].text == "," and not toks[m].quoted), None
        )
        if comma is None or comma + 1 >= k:
            break
        start_i = comma + 1
    end = sentence[1]
    for m in range(k + 1, n):
        t = toks[m]
        if t.quoted:
            continue
        if t.text == "," and m + 1 < n and toks[m + 1].text.lower() in SOURCELESS_TAIL:
            end = t.start
            break
    start = toks[start_i].start if start_i > 0 else sentence[0]
    return _trim_content(text, start, end)


def _sourceless(
    text: str,
    toks: Sequence[Tok],
    k: int,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """The clause around "seemed"/"appears"/"is expected to" as a quote with no speaker."""
    low = toks[k].text.lower()
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if low == "expected" and not (toks[k - 1].text.lower() in BE_FORMS and nxt == "to"):
        return None
    if low != "expected" and nxt in (",", ".", ""):
        return None
    if low.startswith("appear") and nxt in ADJUNCT_PREPOSITIONS - {"to"}:
        return None  # "appeared on MSNBC", "appears in the film": being seen, not seeming
    if _any_quoted(toks, direct_bounds):
        return None
    cs, ce = _sourceless_clause(text, toks, k, sentence)
    if _content_words(text, cs, ce, direct_bounds) < MIN_BELIEF_WORDS:
        return None
    # whoever seems or appears is the source news corpora give ("Obama appeared to rule out
    # ..."): the sentence's subject, where it names or stands for someone; not "the sale" of
    # "the sale is expected to", nor "Trump's supporters seemed unperturbed"
    subject = None
    if k > 0 and low != "expected":
        # the sentence's subject, else the noun phrase right before the verb ("Before the
        # Paris attacks, Rubio seemed ...")
        subject = _sentence_subject(text, toks, k, direct_bounds) or phrase_before(
            text, toks, k - 1
        )
    if subject is not None and (
        subject.kind not in SOURCELESS_SUBJECTS
        # a day is no one: "Monday’s vote appeared ..." gave "Monday"; nor a month alone
        # ("March’s jobs report"), though it may be a name ("Theresa May", "Mrs. May")
        or subject.head in WEEKDAYS
        or (
            subject.head in MONTHS
            and not subject.title
            and " " not in (subject.name or subject.head)
            # a possessive ("March’s report"), never "May appeared"
            and (
                text.startswith(("’s", "'s"), subject.end)
                or text.endswith(("’s", "'s"), subject.start, subject.end)
            )
        )
    ):
        subject = None
    return Frame(
        toks[k].start,
        toks[k].end,
        low,
        False,
        subject,
        _QK_INDIRECT,
        [(cs, ce)],
        [],
        paragraph,
        leading=False,
    )


def _closes_quote(t: Tok | None) -> bool:
    """A closing quotation mark of a direct quote (the last token inside its range)."""
    return t is not None and t.kind == "quote" and t.quoted


def _opens_clause(t: Tok | None) -> bool:
    """Whether a speaker phrase may follow ``t``: a clause boundary or a conjunction."""
    if t is None:
        return True
    low = t.text.lower()
    return (
        low in BEFORE_SUBJECT_OK
        or t.text in ",;:(—–-•"
        or _closes_quote(t)
        or low in ("that", "whose")  # "Trump, whose attorneys argued that ..."
        or (t.kind == "punct" and not t.quoted)
    )


def _rest_is_adjunct(toks: Sequence[Tok], i: int) -> bool:
    """True when tokens ``i..`` are only an adverbial ("in a statement", "on Monday") or nothing."""
    n = len(toks)
    if i >= n:
        return True
    j = i
    low = toks[j].text.lower()  # (each token's lower case read once: "" past the end)
    while (low in TIME_WORDS or low in ("yet", "already")) and not toks[j].quoted:
        # "He has not decided yet.": no content ("yet" was it)
        j += 1
        low = toks[j].text.lower() if j < n else ""
    if low == "at" and j + 1 < n and toks[j + 1].text in ("least", "most"):
        return False  # "said at least 200 homes were threatened": a quantity, no place
    if low in ADJUNCT_PREPOSITIONS:
        limit = j + MAX_ADJUNCT_TOKENS
        while j < n and j < limit:
            t = toks[j]
            low = t.text.lower()
            if t.quoted or low == "that" or low in PRONOUNS_SUBJECT:
                return False
            if t.kind == "punct":
                break
            j += 1
    return (
        j >= n
        or (toks[j].kind == "punct" and toks[j].text in ".!?;" and not toks[j].quoted)
        or (j + 1 >= n and toks[j].kind == "punct")
    )


PARTY_TAG_RE: Final = regex.compile(r"[RDI]-[A-Z][\w.]*|[RDI]\.?-[A-Z][a-z]*\.?")
"""A party and state tag after a legislator's name: "R-Utah", "D-Mass."."""


def _subject_before(
    text: str, toks: Sequence[Tok], j: int, *, speech: bool = True
) -> Phrase | None:
    """The speaker phrase that ends at token ``j``, through appositives, relative clauses and
    party tags: "John Kirby, the council’s spokesman,", "the company’s founder, Leo Grant,",
    "a senior official, who spoke on condition of anonymity,", "Christopher Harvey, an
    African-American delegate from Houston, Texas,", "Sen. Elizabeth Warren (D-MA)".

    A relative clause may hold verbs of its own ("Bamberg, who is 28, said"); before a verb
    that is not a ``speech`` verb, not a cue ("Barkley, who said he votes for Democrats,
    praised the governor": the relative clause is the attribution)."""
    if j < 0:
        return None
    if toks[j].text == ")":
        # a party tag or aside: "Sen. Elizabeth Warren (D-MA) said"
        for i in range(j - 1, max(-1, j - MAX_APPOSITIVE_TOKENS), -1):
            if toks[i].text == "(":
                return _subject_before(text, toks, i - 1)
        return None
    if toks[j].text in DASHES and j > 0:
        # an aside between dashes: "Joyce — who is listed as an attorney — told ...",
        # "insiders in the next two states — Nevada and South Carolina — said"
        for i in range(j - 1, max(0, j - 2 * MAX_APPOSITIVE_TOKENS), -1):
            if toks[i].quoted or toks[i].text in ";:":
                return None
            if toks[i].text == toks[j].text:
                if i == 0:
                    return None
                phrase = _subject_before(text, toks, i - 1, speech=speech)
                if phrase is None and toks[i - 1].text != ",":
                    phrase = _generic_subject(text, toks, i - 1) or (
                        _loose_subject(text, toks, i - 1) if speech else None
                    )
                return phrase
        return None
    # the opening mark of a quoted title being passed over (j + 1: none): a comma inside a
    # title's closing mark ends a set-off piece as well ("speaking on “Meet the Press,” said")
    title_open = j + 1
    if toks[j].kind == "quote" and toks[j - 1].text == "," and toks[j].quoted:
        opened = _title_open_before(toks, j)
        title_open = j + 1 if opened is None else opened
    if toks[j].text != "," and title_open > j:
        phrase = phrase_before(text, toks, j)
        if phrase is None:
            return None
        if phrase.kind is _PK_PERSON:
            phrase = _lowercase_title(text, toks, phrase)
        return phrase
    if j > 0 and toks[j - 1].text == ")":
        # "Gov. John Kasich (R-OH), said": the comma closes the party tag's phrase
        tagged = _subject_before(text, toks, j - 1, speech=speech)
        if tagged is not None and tagged.kind is _PK_PERSON:
            ti = _index_of(toks, tagged.start)
            if ti == 0 or _opens_clause(toks[ti - 1]):
                return tagged
    # walk back over comma-separated pieces to the noun phrase they describe
    relative = False
    clause = False  # the piece read so far holds a verb: a clause, unless it is relative
    for c in range(j - 1, max(0, j - 2 * MAX_APPOSITIVE_TOKENS), -1):
        if c >= title_open:
            continue
        t = toks[c]
        low = t.text.lower()
        if t.quoted and t.kind == "quote":
            # "The senator, speaking on “Meet the Press,” said": a programme's title in the
            # set-off piece is no quote
            opened = _title_open_before(toks, c)
            if opened is not None:
                title_open = opened
                continue
        if t.quoted or t.text in ";:":
            return None
        if low in RELATIVE_OPENERS and c > 0:
            relative = True  # "Bamberg, who is 28, said": the verbs before were its own
        elif (
            low in GERUND_OPENERS
            and c > 0
            and toks[c - 1].text == ","
            and toks[c + 1].text.islower()
            and toks[c + 1].text.endswith("ing")
        ):
            relative = True  # "Ryan, despite admitting that ..., said": the same
        elif (
            c > 0
            and toks[c - 1].text == ","
            and t.text.islower()
            and low.endswith(("ed", "ing"))
            and low not in ("said", "saying")
        ):
            relative = True  # "The report, released Tuesday, found": a reduced relative
        if low in BE_FORMS or (
            low in CUE_FORMS
            and t.text.islower()
            and low not in NOUN_LIKE_FORMS
            and CUE_FORMS[low][0] not in PARTICLE_ONLY_VERBS  # "speaking on condition ..."
        ):
            clause = True  # "a senator from the state of Vermont" holds no verb, only a noun
            if not speech and not relative and low in CUE_FORMS:
                return None
        if t.text != ",":
            continue
        if clause and not relative:
            return None  # a clause, not an appositive
        outer = (
            _subject_before(text, toks, c - 1)
            if c > 0 and toks[c - 1].text == ")"
            else (phrase_before(text, toks, c - 1) if c > 0 else None)
        )
        if outer is not None and outer.kind is _PK_PERSON:
            outer = _lowercase_title(text, toks, outer)
        oi = _index_of(toks, outer.start) if outer is not None else 0
        if (outer is None or (oi > 0 and not _opens_clause(toks[oi - 1]))) and c > 0:
            # any noun phrase from the clause's start: "Several candidates, including Trump,",
            # "The director of the centre, Ina Kirsch,"
            outer = _generic_subject(text, toks, c - 1) if toks[c - 1].text != "," else None
            oi = _index_of(toks, outer.start) if outer is not None else 0
        if outer is not None and outer.head[:1].isdigit():
            outer = None  # an age: "Lance Beebe, 49, a Navy veteran who ..., said"
        if outer is None:
            piece_end = next(k for k in range(c + 1, j + 1) if toks[k].text == "," or k == j)
            inner = phrase_before(text, toks, piece_end - 1) if piece_end > c + 1 else None
            if (
                piece_end == j
                and not relative
                and inner is not None
                and inner.kind in (_PK_PERSON, _PK_ORGANIZATION)
                and inner.start == toks[c + 1].start
            ):
                return inner  # "One of them, UnitedHealth Group, has threatened ..."
            continue
        if oi > 0 and not _opens_clause(toks[oi - 1]):
            continue
        piece_end = next(k for k in range(c + 1, j + 1) if toks[k].text == "," or k == j)
        if piece_end == c + 2 and toks[c + 1].kind == "number" and piece_end < j:
            # an age before the appositive: "Smith, 62, a retired teacher from Ohio, said"
            c = piece_end
            piece_end = next(k for k in range(c + 1, j + 1) if toks[k].text == "," or k == j)
        piece = text[toks[c + 1].start : toks[piece_end - 1].end] if piece_end > c + 1 else ""
        if relative or toks[c + 1].text.lower() in ("including", "like", "among", "such"):
            return outer  # "Several candidates, including Trump, said": Trump is one of them
        if PARTY_TAG_RE.fullmatch(piece):
            return outer  # "Rep. Jason Chaffetz, R-Utah, said"
        inner = phrase_before(text, toks, piece_end - 1) if piece_end > c + 1 else None
        if outer.kind is _PK_PERSON:
            if (
                inner is not None
                and inner.kind is _PK_PERSON
                and inner.start <= toks[c + 1].start
                and inner.name_start <= toks[c + 1].start
            ):
                if outer.title is None:
                    continue  # "Joe Biden, Jill Biden, said": a list, not an apposition
                if piece_end == j:
                    # "the director of the Federal Bureau of Investigation, James B. Comey,"
                    return inner._replace(start=outer.start, title=text[outer.start : outer.end])
            opener = toks[c + 1].text
            if toks[c + 1].kind == "number" and piece_end == c + 2:
                return outer  # "Smith, 62, said": an age, no title
            if (
                opener.lower() in OPENING_ADJUNCT_WORDS
                or opener == "of"  # "Smith, 45, of Denver, said": a home, no title
                or (opener.islower() and _looks_like_verb(opener))
            ):
                # "Trump, in a post on Truth Social, called": an aside, no title
                return outer
            title = piece[4:] if piece.lower().startswith("the ") else piece
            if title[:2].lower() in ("a ",):
                title = title[2:]
            elif title[:3].lower() == "an ":
                title = title[3:]
            if title.lower() in ("the", "a", "an"):
                title = ""  # "Smith, the, said": no title
            return outer._replace(title=outer.title or title or None)
        if (
            inner is not None
            and inner.kind is _PK_PERSON
            and piece_end == j
            # the piece is the name ("The company’s founder, Leo Grant,") or names it ("a
            # retired pastor named Ed Ross"), not an aside that ends with one ("The company,
            # based in Seattle,")
            and (inner.start <= toks[c + 1].start or _named_by(toks, inner.start, c + 1))
        ):
            desc = outer.name or text[outer.start : outer.end]
            return inner._replace(
                start=outer.start, title=inner.title or desc, gender=inner.gender or outer.gender
            )
        if piece_end == j:
            return outer  # "a senior official, speaking on condition of anonymity, said"
    return None


def _named_by(toks: Sequence[Tok], start: int, piece: int) -> bool:
    """Whether the name at ``start`` is introduced as a name of the appositive that starts at
    token ``piece``: "a retired pastor named Ed Ross", "identified as Ed Ross"; not a name of
    a noun inside it ("a friend of a man named Ed Ross")."""
    i = _index_of(toks, start)
    if i < 1:
        return False
    before = toks[i - 1].text.lower()
    if before == "as" and i >= 2 and toks[i - 2].text.lower() in ("identified", "known"):
        i -= 1
    elif before not in ("named", "called"):
        return False
    # the noun before "named" is the object of "of", "to", "with" or "for": "a friend of a
    # man named Ed Ross" (but "a retired teacher from Ohio named Ed Ross" is Ed Ross)
    m = i - 2
    if m > piece and toks[m - 1].text.lower() in ("a", "an", "the"):
        m -= 1
    return not (m > piece and toks[m - 1].text.lower() in ("of", "to", "with", "for"))


RELATIVE_OPENERS: Final = frozenset("who which whose whom who’s who's".split())
"""Words that open a relative clause inside a subject ("Williams, who’s running to be an
alternate, added")."""

QUANTIFIER_SOURCES: Final = frozenset("some many most others several few both".split())
"""Pronouns of quantity that speak as a group before a noun-like cue form and "that": "But
some note that ..."."""

SUBJECT_STOP: Final = frozenset(
    """that which who whom whose what whatever where when why how if whether than because
    is was were are be been being am has have had do does did will would shall should can
    could may might must not never to of in on at for with by from into about as also
    him her them me us it its this these those""".split()
)
"""Words that cannot end a subject noun phrase, or that show a clause inside it."""
#: The longest noun phrase read as a subject when no speaker pattern fits ("three-quarters
#: of the voters in both states").
MAX_GENERIC_SUBJECT: Final = 10
PREPOSITIONS_IN_NP: Final = frozenset("of in for at from on with".split())
"""Prepositions a subject noun phrase may hold: "an earlier report in a New Hampshire paper"."""
_SUBJECT_STOP_OUTSIDE_NP: Final = SUBJECT_STOP - PREPOSITIONS_IN_NP
_SUBJECT_STOP_BUT_DEMONSTRATIVES: Final = SUBJECT_STOP - {"this", "these", "those"}
LEADING_ADVERBIALS: Final = frozenset(
    "but and so yet still meanwhile however also then now instead later earlier".split()
)
"""Words before a sentence's subject that are not part of it: "But Wilson said"."""


TIME_DETERMINERS: Final = frozenset("last this next earlier later".split())
TIME_NOUNS: Final = frozenset(
    """week month year weekend summer winter spring fall autumn morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
"""A time that opens a sentence before its subject: "Last week", "This year", "Earlier Monday"."""


OPENING_ADJUNCT_WORDS: Final = frozenset(
    """in at on during after before since here there with without for from under amid
    despite moreover as""".split()
)
"""Words that open an adjunct before a sentence's subject: "In Iowa, ...", "As part of ...,"."""
#: Words that open a clause of time, reason or condition before a sentence's subject.
SUBORDINATE_OPENERS: Final = frozenset(
    "when whenever while if because although though until unless".split()
)
#: The longest opening adjunct skipped to reach the subject, in tokens.
MAX_OPENING_ADJUNCT: Final = 12


def _sentence_subject(
    text: str, toks: Sequence[Tok], k: int, direct_bounds: Sequence[tuple[int, int, int]] = ()
) -> Phrase | None:
    """The subject at the start of the sentence, for a verb sharing it: "Wilson praised Rubio
    and said ...", "Sanders denounced them, saying ...", "closed the meeting by saying".

    With the sentence's :class:`_Directs`, the subject is read once for all the verbs of the
    sentence that come after every token the reading looked at (issue 7: "but but ... and
    said and said" read its opening words again for every verb).
    """
    if isinstance(direct_bounds, _Directs):
        if direct_bounds.subject is None:
            i, looked = _subject_start(toks, len(toks))
            first = phrase_after(text, toks, i) if i < len(toks) and not toks[i].quoted else None
            direct_bounds.subject = (i, looked, first)
        i, looked, phrase = direct_bounds.subject
        if k <= looked:
            i, _ = _subject_start(toks, k)
            phrase = None if i >= k or toks[i].quoted else phrase_after(text, toks, i)
        elif i >= k:
            return None
    else:
        i, _ = _subject_start(toks, k)
        phrase = None if i >= k or toks[i].quoted else phrase_after(text, toks, i)
    if phrase is None or phrase.end > toks[k].start:
        return None
    return phrase


SENTENCE_ADVERBS: Final = frozenset(
    """recently initially ultimately separately additionally finally previously originally
    currently similarly importantly unfortunately fortunately surprisingly notably
    interestingly ironically apparently reportedly publicly privately specifically
    eventually subsequently increasingly lately""".split()
)
"""Adverbs that open a sentence before a comma, ahead of its subject: "Recently, the group
issued a paper and said ..."."""


#: How many opening adjuncts ("Here in Columbia, ...") are skipped to reach a subject.
MAX_OPENING_ADJUNCTS: Final = 4


#: Units of time before "ago" or "later": "Eight years ago", "Minutes later".
TIME_UNITS: Final = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade "
    "decades moment moments night nights".split()
)
#: Words that open a span of time: "a week", "two days", "several hours", "minutes".
TIME_QUANTIFIERS: Final = frozenset(
    """a an one two three four five six seven eight nine ten several few some many the just
    only nearly about almost barely mere within""".split()
)
#: The longest time before "ago" or "later" that opens a sentence, in tokens.
MAX_TIME_AGO: Final = 4


def _after_be(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` follows a form of "be", maybe with one adverb between: "is
    expected", "is widely expected", "is now expected"."""
    prev = toks[k - 1].text.lower()
    if prev in BE_FORMS:
        return True
    return (
        k > 1
        and toks[k - 2].text.lower() in BE_FORMS
        and (prev.endswith("ly") or prev in ("now", "also", "still"))
    )


#: Irregular past forms a relative clause's verb often takes: "a letter she sent".
RELATIVE_PAST_FORMS: Final = frozenset("sent wrote gave held".split())


def _objectless_clause(toks: Sequence[Tok], p: int) -> bool:
    """Whether a subject pronoun at token ``p`` and a past verb with no object after it make a
    relative clause of the noun before them: "a letter she sent to lawmakers", "a tweet he
    later deleted", "a filing she submitted last week" (not "that she regretted the
    decision", a report)."""
    n = len(toks)
    if p >= n or toks[p].text.lower() not in NOMINATIVE_PRONOUNS:
        return False
    k = p + 1
    if k < n and toks[k].text.islower() and toks[k].text.endswith("ly"):
        k += 1  # "a tweet he later deleted"
    if k >= n:
        return False
    verb = toks[k].text
    if not (verb.islower() and (_past_form(verb) or verb in RELATIVE_PAST_FORMS)):
        return False
    return k + 1 >= n or toks[k + 1].text.lower() in _AFTER_OBJECTLESS_VERB


def _relative_without_that(toks: Sequence[Tok], j: int, limit: int) -> bool:
    """Whether the subject pronoun at token ``j`` opens a relative clause of the noun before
    it rather than a report: a "that" follows before ``limit`` ("in a statement they
    released that ..."), or its verb has no object (:func:`_objectless_clause`)."""
    for m in range(j + 1, min(len(toks), limit)):
        if toks[m].quoted or toks[m].text in ";:":
            break
        if toks[m].text.lower() == "that":
            return True
    return _objectless_clause(toks, j)


def _adjunct_relative_that(toks: Sequence[Tok], j: int) -> bool:
    """Whether the "that" at token ``j`` opens a relative clause: its verb right after it ("a
    statement that was posted", :func:`_relative_that`), or a pronoun and a past verb with no
    object ("a letter that she sent to lawmakers,", :func:`_objectless_clause`)."""
    return _relative_that(toks, j + 1) or _objectless_clause(toks, j + 1)


def _report_goes_on(toks: Sequence[Tok], i: int) -> bool:
    """Whether the report goes on after the phrase that starts at token ``i``: its first comma
    is followed by an auxiliary ("The economy, she said, a year after the crash, is growing
    again": the phrase was inside the report, after its subject)."""
    for m in range(i, len(toks) - 1):
        if toks[m].text == "," and not toks[m].quoted:
            # an auxiliary or an irregular past ("grew"); a past form in -ed there is as often
            # a participle of the narration ("hours after a gunman, armed with a rifle, ...")
            nxt = toks[m + 1].text
            return nxt in CLAUSE_AUXILIARIES or nxt in COMMON_IRREGULAR_PAST
    return False


def _time_after(toks: Sequence[Tok], i: int) -> bool:
    """Whether a time relative to an event opens at token ``i``: "a week after the collapse",
    "two days before the vote", "hours after"."""
    if i >= len(toks):
        return False
    first = toks[i]
    if not (
        first.kind == "number"
        or first.text.lower() in TIME_QUANTIFIERS
        or first.text.lower() in TIME_UNITS
    ):
        return False  # "but a year after the election they will fall": a clause of its own
    for m in range(i + 1, min(len(toks) - 1, i + MAX_TIME_AGO + 1)):
        low = toks[m].text.lower()
        if low in ("after", "before"):
            return toks[m - 1].text.lower() in TIME_UNITS
        if toks[m].kind == "punct" or toks[m].quoted:
            return False
    return False


def _time_ago_end(toks: Sequence[Tok], i: int, k: int) -> int | None:
    """The index after the comma of a time that opens a sentence at token ``i`` and ends in
    "ago", "later" or "earlier" ("Eight years ago,", "Minutes later,", "A week earlier,"), or
    None (before token ``k``)."""
    for m in range(i + 1, min(k - 1, i + MAX_TIME_AGO + 1)):
        t = toks[m]
        if t.quoted or t.kind == "punct":
            return None
        if t.text in ("ago", "later", "earlier"):
            if toks[m + 1].text == "," and toks[m - 1].text.lower() in TIME_UNITS:
                return m + 2
            return None
    return None


def _subject_start(toks: Sequence[Tok], k: int) -> tuple[int, int]:
    """Where the sentence's subject starts, before token ``k``: past its opening adverbials,
    times and adjuncts ("But", "Last month,", "Here in Columbia,"); and the last index the
    reading looked at."""
    i = 0
    looked = -1
    adjuncts = 0  # Why: a bound, so that each call is short (a hostile run of ", despite X")
    while i < k:
        looked = max(looked, i)
        low = toks[i].text.lower()
        if low in LEADING_ADVERBIALS or toks[i].text in ",—–-•":
            i += 1
        elif low in SENTENCE_ADVERBS and i + 1 < k and toks[i + 1].text == ",":
            looked = max(looked, i + 1)
            i += 2  # "Recently, however, it issued ...": an adverb before its comma
        elif low in TIME_DETERMINERS and i + 1 < k and toks[i + 1].text.lower() in TIME_NOUNS:
            looked = max(looked, i + 1)
            i += 2  # "Last month, FBI Director James Comey said": a time, not a subject
        elif (ago := _time_ago_end(toks, i, k)) is not None:
            looked = max(looked, ago - 1)
            i = ago  # "Eight years ago, he said ...", "Minutes later, she wrote ..."
        elif not toks[i].quoted and (
            low in OPENING_ADJUNCT_WORDS or low in SUBORDINATE_OPENERS or _time_after(toks, i)
        ):
            # up to its comma: an adjunct ("Here in Columbia, Sanders stepped up ..."), a
            # clause of time, reason or condition ("When Wallace died in 1998, President
            # Clinton released ...": its subject is not the sentence's) or a time ("A month
            # before the vote, the court's liberals ...")
            stop = min(k, i + MAX_OPENING_ADJUNCT)
            comma = next((m for m in range(i + 1, stop) if toks[m].text == ","), None)
            looked = max(looked, (comma if comma is not None else stop - 1))
            adjuncts += 1
            if (
                comma is None
                or adjuncts > MAX_OPENING_ADJUNCTS
                or (
                    low in SUBORDINATE_OPENERS
                    and comma > i + 1
                    and comma + 1 < k
                    and toks[comma + 1].text.lower() in NAME_APPOSITIVE_OPENERS
                    and all(_is_cap(t) for t in toks[i + 1 : comma])
                )
            ):
                # "When Robert Lane, the governor's chief of staff, was asked ...": after the
                # opener a bare name and its comma, then its appositive or relative clause; the
                # clause goes on (not "When the storm hit Texas, the governor was blunt:")
                break
            i = comma + 1
        else:
            if low in TIME_DETERMINERS and i + 1 < k:
                looked = max(looked, i + 1)
            break
    return i, looked


def _shared_subject(
    text: str, toks: Sequence[Tok], j: int, direct_bounds: Sequence[tuple[int, int, int]] = ()
) -> Phrase | None:
    """The subject of a verb with none of its own: a coordinated verb ("... and said") takes
    the sentence's subject; a relative one ("Barkley, who said") its antecedent."""
    if j < 0:
        return None
    low = toks[j].text.lower()
    if low in ("and", "but", "then") and j > 0:
        return (
            _subordinate_subject(text, toks, j)
            or _sentence_subject(text, toks, j, direct_bounds)
            or _clause_subject(text, toks, j)
        )
    if low in ("who", "which") and j >= 3 and toks[j - 1].text.lower() in COORDINATORS:
        # "Slayton, whom Bush appointed, and who is now supporting Rubio": the antecedent
        # of the relative clause before ("and" was the speaker)
        for r in range(j - 2, max(0, j - 2 - 2 * MAX_APPOSITIVE_TOKENS), -1):
            if toks[r].quoted or toks[r].text in ";:":
                return None
            if toks[r].text.lower() in RELATIVE_OPENERS:
                if r >= 2 and toks[r - 1].text.lower() in PREPOSITIONS_IN_NP | {"in"}:
                    r -= 1  # "in which Blocher played a role, and which supported"
                antecedent = (
                    (_subject_before(text, toks, r - 2) if r >= 2 else None)
                    if toks[r - 1].text == ","
                    # "features a veteran who served ... and who says": the noun itself
                    else _bare_noun(text, toks, r - 1) or _generic_subject(text, toks, r - 1)
                )
                if antecedent is None:
                    return None
                return antecedent._replace(relative_start=toks[j].start, relative_end=toks[j].end)
        return None
    if low in ("who", "which", "that") and j >= 1:
        # the relative pronoun is the mention in the cue; its antecedent is the speaker:
        # "voters who said", "the lawsuit, which challenges", "polls that showed"
        # set off by a comma or a dash: "the lawsuit, which ...", "The memo — which ..."
        comma = j >= 2 and (toks[j - 1].text == "," or toks[j - 1].text in DASHES)
        if low == "that" and (comma or _bare_noun(text, toks, j - 1) is None):
            return None  # "he said that showed": a pronoun, or a complementizer
        antecedent = (
            _subject_before(text, toks, j - 2)
            if comma
            else _generic_subject(text, toks, j - 1) or _bare_noun(text, toks, j - 1)
        )
        if antecedent is None and comma:
            antecedent = _bare_noun(text, toks, j - 2)  # "opponents on the left, who accused"
        if antecedent is None:
            return None
        return antecedent._replace(relative_start=toks[j].start, relative_end=toks[j].end)
    return None


QUANTITY_MODIFIERS: Final = frozenset("about over under nearly almost roughly around than".split())
"""Words before a number in a subject: "About 4 in 10 voters", "More than half"."""
QUANTITY_WORDS: Final = frozenset(
    """half third thirds quarter quarters two-thirds three-quarters one-third one-quarter
    majority one two three four five six seven eight nine ten dozen hundred""".split()
)


def _is_quantity(t: Tok) -> bool:
    return t.kind == "number" or t.text.lower() in QUANTITY_WORDS or t.text[:1].isdigit()


def _opens_reported_clause(toks: Sequence[Tok], i: int) -> bool:
    """Whether a reported clause plainly starts at token ``i``: "that", or a subject pronoun
    and a word after it ("candidates promise they will ...")."""
    if i >= len(toks) or toks[i].quoted:
        return False
    low = toks[i].text.lower()
    return low == "that" or (low in PRONOUNS_SUBJECT and low != "it" and i + 1 < len(toks))


def _plural_noun(t: Tok) -> bool:
    """A lower-case word that looks like a plural noun ("voters", "records")."""
    low = t.text.lower()
    return (
        t.kind == "word"
        and t.text.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and low not in SUBJECT_STOP
        and low not in CUE_FORMS
        and low not in ADVERBS
    )


MAIN_VERB_STARTS: Final = BE_FORMS | frozenset(
    "will would can could may might should must has have had do does did".split()
)
"""Words that start a main clause's verb after a restrictive relative clause."""


def _bare_noun(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """The noun a restrictive relative clause hangs on, with its determiner: "among
    the respondents who support Sanders", "those who said"."""
    if j < 0:
        return None
    t = toks[j]
    low = t.text.lower()
    if t.quoted or t.kind != "word" or low in CUE_FORMS or _looks_like_verb(low):
        return None
    if low in SUBJECT_STOP and low not in ("those", "these"):
        return None
    if (t.text.islower() and low.endswith("ly")) or low in ADVERBS:
        return None
    if low in NOT_BEFORE_CUE - {"those", "these"}:
        return None
    i = j
    if j > 0 and toks[j - 1].text.lower() in ("the", "a", "an", "those", "these", "many"):
        i = j - 1
    return Phrase(
        start=toks[i].start,
        end=t.end,
        kind=_PK_GROUP if low.endswith("s") else _PK_DESCRIPTION,
        name=t.text,
        name_start=t.start,
        title=t.text,
        head=low,
        definite=toks[i].text.lower() in ("the", "those", "these"),
    )


#: The pronouns that may open a clause whose verb a conjunction shares ("it" is too often a
#: dummy subject: "said it was too early but added ...").
PERSONAL_SUBJECTS: Final = frozenset("i we he she they".split())


#: How far back from a conjunction a subordinate clause's opening word is looked for.
MAX_SUBORDINATE_REACH: Final = 16
SUBORDINATORS: Final = frozenset(
    "if when whenever while although though because since unless once until after before".split()
)
"""Conjunctions that open a subordinate clause."""
#: Words after which a subject pronoun inside the cue's adjunct opens no report: "in an
#: interview when asked if he had met Trump", "in his speech as he did".
_NOT_BEFORE_CONTENT: Final = (
    SUBORDINATORS
    | COORDINATORS
    | {
        "that",
        "whether",
        "where",
        "which",
        "who",
        "whom",
        "whose",
    }
)
#: What follows a verb with no object of its own in a relative clause: "a letter she sent to
#: lawmakers", "a hearing they held behind closed doors", "a filing she submitted last week".
_AFTER_OBJECTLESS_VERB: Final = (
    CLAUSE_PREPOSITIONS
    | TIME_WORDS
    | frozenset("behind with by about over under into across there here , . ; :".split())
)
SUBORDINATE_WORDS: Final = SUBORDINATORS | {"as"}
"""Words that open a subordinate clause: "The crowd cheered when Trump spotted a sign and
asked ...": the verb after "and" is Trump's, not the crowd's."""


def _subordinate_subject(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """The person who is the subject of the subordinate clause that the conjunction at ``j``
    continues: "cheered when Trump spotted a sign and asked" gives Trump."""
    for w in range(j - 1, max(-1, j - MAX_SUBORDINATE_REACH), -1):
        t = toks[w]
        if t.quoted or t.text in ",;:()" or t.kind == "quote":
            return None
        if t.text in SUBORDINATE_WORDS:
            phrase = phrase_after(text, toks, w + 1)
            if (
                phrase is not None
                and phrase.kind in (_PK_PERSON, _PK_PRONOUN)
                and _index_of(toks, phrase.end) + 2 <= j
            ):
                # a clause of its own before the conjunction, not "after Obama spoke and said"
                return phrase
            return None
    return None


def _clause_subject(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """The pronoun that opens the clause a conjunction at ``j`` ends, when the sentence's
    subject is out of reach: "..., while driving on the highway, I laughed and said" (the
    words from the clause's start to the conjunction are no speaker)."""
    i = j
    while i > 0 and not _opens_clause(toks[i - 1]) and j - i < MAX_GENERIC_SUBJECT:
        i -= 1
    if i >= j - 1 or not _opens_clause(toks[i - 1] if i > 0 else None):
        return None
    phrase = phrase_after(text, toks, i)
    return phrase if phrase is not None and phrase.head in PERSONAL_SUBJECTS else None


#: Cue forms that are also nouns for people ("advocate", "advocates"): they head subjects.
PEOPLE_FORMS: Final = CUE_FORMS.keys() & (ROLE_NOUNS | GROUP_NOUNS)


def _generic_subject(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """Any plain noun phrase from a clause boundary up to the cue, as a description:
    "Twenty-four percent said", "An earlier report in a New Hampshire paper said"."""
    if j < 0:
        return None
    head = toks[j]
    h_low = head.text.lower()
    percent = head.text == "%" and j > 0 and toks[j - 1].kind == "number"  # "26% say"
    if head.quoted or (head.kind not in ("word", "abbr", "number") and not percent):
        return None
    if (
        h_low in SUBJECT_STOP
        or (h_low.endswith("ly") and not _ly_noun(toks, j))
        or (
            h_low in CUE_FORMS
            and h_low not in PEOPLE_FORMS
            # after a determiner a document's form is a noun: "The report, released
            # Tuesday, found"
            and not (
                h_low in DOCUMENT_NOUNS and j > 0 and toks[j - 1].text.lower() in NOT_BEFORE_CUE
            )
        )
    ):
        return None  # (but "advocates" heads "Wall Street reform advocates believe")
    i = j
    while i > 0:
        t = toks[i - 1]
        low = t.text.lower()
        if _opens_clause(t) and low not in PREPOSITIONS_IN_NP and t.text != "%":
            break
        if j - i >= MAX_GENERIC_SUBJECT or t.quoted:
            return None
        if low in QUANTITY_MODIFIERS and _is_quantity(toks[i]):
            i -= 1  # "About three-quarters", "More than half of the respondents"
            continue
        if (
            low in ("that", "this", "these", "those")
            and i >= 2
            and toks[i - 2].text.lower() in PREPOSITIONS_IN_NP
        ):
            i -= 1  # "One of the authors of that report": a determiner
            continue
        if low in _SUBJECT_STOP_OUTSIDE_NP or low in CUE_FORMS or low in BE_FORMS:
            return None
        i -= 1
    first = toks[i]
    f_low = first.text.lower()
    if f_low in LEADING_ADVERBIALS and i < j and i == 0:
        i += 1  # "Now the government hopes that ...": the adverb opens the sentence
        first = toks[i]
        f_low = first.text.lower()
    if (f_low in SUBJECT_STOP and f_low not in QUANTITY_MODIFIERS) or f_low in LEADING_ADVERBIALS:
        return None
    if first.text.islower() and f_low.endswith("ing") and i < j:
        # a participle's object, not the participle, is the noun phrase: "..., cutting off a
        # reporter who asked" is "a reporter"
        det_i = next(
            (k for k in range(i + 1, j) if toks[k].text.lower() in ("a", "an", "the")), None
        )
        if det_i is not None:
            i = det_i
            first = toks[i]
            f_low = first.text.lower()
    if (
        i >= 2
        and toks[i - 1].text.lower() in ("that", "which", "who")
        and first.text.islower()
        and f_low.endswith(("s", "ed"))
        and f_low not in DETERMINERS
    ):
        # "The head of the agency that runs the program said": the relative clause
        # ("runs the program") is no speaker; the noun phrase it belongs to is
        outer = _generic_subject(text, toks, i - 2)
        if outer is not None:
            # "the head of the agency" names "the head", as a parse would give it
            of = next(
                (k for k in range(i - 2) if toks[k].start >= outer.start and toks[k].text == "of"),
                None,
            )
            if of is not None and of >= 1 and toks[of - 1].start >= outer.name_start:
                head = toks[of - 1]
                name = text[outer.name_start : head.end]
                return outer._replace(name=name, title=name, head=head.text.lower())
            return outer
    det = f_low in ("the", "a", "an", "this", "that", "these", "those")
    name_start = toks[i + 1].start if det and i < j else first.start
    name = text[name_start : head.end]
    plural = h_low.endswith("s") or head.kind == "number"
    return Phrase(
        start=first.start,
        end=head.end,
        kind=_PK_GROUP if plural else _PK_DESCRIPTION,
        name=name,
        name_start=name_start,
        title=name,
        head=h_low,
        definite=f_low in ("the", "this", "that", "these", "those"),
    )


#: The longest subject with its own modifiers read before a speech verb ("Majorities of
#: Democrats in five states going to the polls Tuesday say").
MAX_LOOSE_SUBJECT: Final = 14
RELATIVE_WORDS: Final = frozenset("who whose whom which that".split())
LOOSE_SUBJECT_BREAKS: Final = frozenset(
    """but and or so yet while although though because as when after before since if
    whereas that than""".split()
)
"""Words a subject read by :func:`_loose_subject` does not reach across."""
POSTMODIFIER_OPENERS: Final = frozenset(
    """of in for at from on with who whose whom which that close familiar involved
    surveyed polled interviewed asked""".split()
)
"""Words after a subject's head: "people familiar with her thinking", "those surveyed"."""


def _loose_subject(
    text: str, toks: Sequence[Tok], j: int, *, after_verb: bool = True
) -> Phrase | None:
    """A subject noun phrase with modifiers of its own, read back from a speech verb to the
    clause's start: "people familiar with her thinking say", "Democrats in Iowa who watched
    the debate said", "The state officials whose laws have been struck down say". Unless
    ``after_verb``, it must start at a clause boundary, not after a verb (a participle's
    subject: "a reporter suggesting" after "pushed back on a question from")."""
    if j < 0:
        return None
    last = toks[j]
    if last.quoted or last.kind not in ("word", "abbr", "number"):
        return None
    object_after_preposition = (  # "a source close to him said", "voters who watched it said"
        last.text.lower() in OBJECT_PRONOUNS
        and j > 0
        and (
            toks[j - 1].text.lower() in ADJUNCT_PREPOSITIONS
            or any(t.text.lower() in RELATIVE_WORDS for t in toks[max(0, j - 4) : j - 1])
        )
    )
    if (
        last.text.lower() in SUBJECT_STOP or last.text.lower() in PRONOUNS_SUBJECT
    ) and not object_after_preposition:
        return None
    if (
        last.text.islower()
        and last.text in CUE_FORMS
        and last.text not in NOUN_LIKE_FORMS
        and not (j > 0 and toks[j - 1].text.lower() in NOT_BEFORE_CUE)
    ):
        # "said said": a verb heads no subject; but after a determiner the form is a noun:
        # "a person familiar with the planning says"
        return None
    i = j
    while i > 0 and j - i < MAX_LOOSE_SUBJECT:
        t = toks[i - 1]
        low = t.text.lower()
        if t.quoted or t.kind in ("punct", "quote") or low in LOOSE_SUBJECT_BREAKS:
            break
        if (
            low in CUE_FORMS
            and t.text.islower()
            and low not in NOUN_LIKE_FORMS
            and not (i >= 2 and toks[i - 2].text.lower() in ("to", "who", "that", "which"))
            # after a determiner the form is a noun: "familiar with the planning for ..."
            and not (i >= 2 and toks[i - 2].text.lower() in NOT_BEFORE_CUE)
        ):
            # (an infinitive or a relative clause's verb is part of the subject's modifier:
            # "an official who spoke anonymously to discuss internal strategy said")
            if not after_verb:
                return None  # "pushed back on a question from a reporter suggesting ..."
            break  # "he thinks voters say": the subject starts after the first verb
        i -= 1
    else:
        if i > 0:
            return None  # too long to be a subject
    # a verb before the first relative word ends a clause that is not the subject
    rel = next((m for m in range(i, j + 1) if toks[m].text.lower() in RELATIVE_WORDS), j + 1)
    for m in range(rel - 1, i - 1, -1):
        if toks[m].text.lower() in BE_FORMS or toks[m].text.lower() in ("has", "have", "had"):
            i = m + 1
            break
    if i > j or i >= rel:
        return None
    first = toks[i]
    f_low = first.text.lower()
    if f_low in _SUBJECT_STOP_BUT_DEMONSTRATIVES or f_low in LEADING_ADVERBIALS:
        return None
    if first.text.islower() and _looks_like_verb(f_low) and f_low not in ("leading",):
        return None
    head_i = i
    while head_i < j and toks[head_i + 1].text.lower() not in POSTMODIFIER_OPENERS:
        head_i += 1
    head = toks[head_i]
    h_low = head.text.lower()
    det = f_low in ("the", "a", "an", "this", "that", "these", "those")
    name_start = toks[i + 1].start if det and i < j else first.start
    name_end = toks[max(rel - 1, head_i)].end  # without a relative clause
    return Phrase(
        start=first.start,
        end=last.end,
        kind=_PK_GROUP if h_low.endswith("s") else _PK_DESCRIPTION,
        name=text[name_start:name_end],
        name_start=name_start,
        title=text[name_start:name_end],
        head=h_low,
        definite=f_low in ("the", "this", "that", "these", "those"),
    )


def _lowercase_title(text: str, toks: Sequence[Tok], phrase: Phrase) -> Phrase:
    """Extend a name over lower-case role words after a clause boundary: "“Q,” baker Tom Reed
    said", "city planner Rosa Diaz said"."""
    i = _index_of(toks, phrase.start)
    first = i
    while first > 0 and i - first < MAX_LOWER_TITLE_WORDS:
        t = toks[first - 1]
        if (
            t.quoted
            or t.kind != "word"
            or not t.text.islower()
            or t.text in BEFORE_SUBJECT_OK
            or t.text in ADVERBS
            # an inverted cue ("said Gregory Slayton"), not a noun ("talk show host")
            or (t.text in CUE_FORMS and t.text not in NOUN_LIKE_FORMS)
        ):
            break
        first -= 1
    if first == i:
        return phrase
    if first > 0 and not _opens_clause(toks[first - 1]):
        return phrase
    title = text[toks[first].start : toks[i - 1].end]
    if toks[first].text in RELATIVE_WORDS:
        # "The senator, whom President Obama praised": the relative pronoun opens the
        # clause and is no part of the title
        if first + 1 >= i:
            return phrase._replace(start=toks[first].start)
        title = text[toks[first + 1].start : toks[i - 1].end]
    elif toks[first].text in ("the", "a", "an"):
        if first + 1 >= i:
            return phrase
        title = text[toks[first + 1].start : toks[i - 1].end]
    full_title = f"{title} {phrase.title}" if phrase.title else title
    return phrase._replace(
        start=toks[first].start, title=full_title, gender=phrase.gender or _gender_of(title.split())
    )


def _after_content_start(toks: Sequence[Tok], i: int) -> int:
    """Skip the ",", ":" and "that" between a cue and its content."""
    n = len(toks)
    if i < n and toks[i].text in ",:" and not toks[i].quoted:
        i += 1
    if (
        i < n
        and toks[i].text.lower() == "that"
        and not toks[i].quoted
        and not (i + 1 < n and toks[i + 1].text.lower() in MAIN_VERB_STARTS)
    ):
        i += 1  # but "said that was a lie": "that" is the clause's subject
    return i


NOMINATIVE_PRONOUNS: Final = frozenset("he she they we i".split())
"""Pronouns that can only be subjects: after any word they start the cue's clause ("the wall,
which he said Mexico would pay for", "names he said would be released")."""

PREPOSITIONS_AFTER_CUE: Final = frozenset("of on in at to about for with from via".split())
"""Prepositions right after a cue verb: what follows is no inverted speaker."""


NOT_POSITION_OBJECTS: Final[dict[str, frozenset[str]]] = {
    "pledge": frozenset({"delegates", "delegate"}),
    "find": frozenset(
        "itself himself herself themselves myself ourselves yourself ways way time".split()
    ),
    "seek": frozenset("comment nomination presidency re-election reelection office".split()),
    "back": frozenset("away down off out up into onto to from in".split()),
    "add": frozenset({"up"}),  # "the promises add up to $8.5 million"
    "show": frozenset({"up"}),  # "whichever Trump shows up"
    "write": frozenset({"off"}),  # "was written off as a fringe candidate"
    # "who requested anonymity to discuss the plans": a condition of speaking, no content
    "request": frozenset({"anonymity"}),
    "demand": frozenset({"anonymity"}),
    "ask": frozenset({"anonymity"}),  # "who asked for anonymity"
    # "who answered the phone", "answered the door"
    "answer": frozenset("phone door doorbell bell call calls knock".split()),
}
"""Objects after which a stance verb reports no position (issue #4): "758 pledged delegates",
"the campaign found itself in a fight", "found ways to press his agenda", "calls seeking
comment", "rivals seeking the nomination", "requested anonymity", "asked for anonymity",
"answered the phone"; "pledged to", "a poll found that" still report."""
KNOWN_REACH: Final = 6
NOT_PURPOSE_BEFORE: Final = frozenset(
    """used going have has had ought able need needs needed trying tried try want wants wanted
    refused declined refuse decline seemed seem seems appeared like likes liked hard easy
    chance time not never""".split()
)
"""Words before "to say that" that make it no purpose clause: "used to say that", "had to
admit that", "declined to say that" (issue #4)."""
NOT_NESTED_VERBS: Final = frozenset(
    """agree decide discuss advocate favor prefer see view regard back vote focus
    <stance-noun> <stance-adjective>""".split()
)
"""Verbs whose position inside another source's reported clause is no quote of its own."""


def _no_position(toks: Sequence[Tok], k: int, after: int, lemma: str, low: str) -> bool:
    """Whether the cue form at ``k`` is a stance verb's non-reporting use (issue #4)."""
    if lemma not in _NO_POSITION_LEMMAS and low not in _NO_POSITION_FORMS:
        return False  # Why: one test for the many cues no rule below is about
    n = len(toks)
    objects = NOT_POSITION_OBJECTS.get(lemma)
    if objects is not None and after < n:
        first = toks[after].text.lower()
        # the article before the object, or the "for" of "asked for anonymity"
        i = after + 1 if first in ("the", "a", "his", "her", "their") else after
        if lemma == "ask" and first == "for":
            i = after + 1
        if i < n and toks[i].text.lower() in objects:
            return True
        if (
            lemma == "seek"
            and i + 1 < n
            and toks[i].text == "White"
            and toks[i + 1].text == "House"
        ):
            return True  # "Republicans seeking the White House"
    if lemma == "express" and after + 1 < n and toks[after].text.lower() in THAT_PHRASE_NOUNS:
        return toks[after + 1].text == "that"  # "expressed hope that": the clause is the view
    if lemma == "charge" and k > 0 and toks[k - 1].text.lower().endswith("ly"):
        return True  # "a politically charged visit", "racially charged remarks"
    if (
        lemma in ("charge", "maintain")
        and after < n
        and (toks[after].text.lower() in ("a", "an") or toks[after].text.startswith("$"))
    ):
        return True  # "charged a $100,000 fee", "maintains a wide lead", "maintained an office"
    if (
        low == "said"
        and after < n
        and toks[after].text.lower() == "that"
        and after + 1 < n
        and toks[after + 1].text == ","
        and k > 0
        and toks[k - 1].text.lower() == "having"
    ):
        return True  # "Having said that, ...": an idiom, nothing reported
    if (
        lemma == "report"
        and after + 1 < n
        and toks[after].text.lower() == "from"
        and _is_cap(toks[after + 1])
    ):
        return True  # a credit line: "Jane Roe reported from Kabul, and John Doe from ..."
    if (
        low in ("said", "reported", "rumored", "believed")
        and after + 1 < n
        and toks[after].text == "to"
        and toks[after + 1].text in ("be", "have")
        and any(t.text.lower() in BE_OR_WITH for t in toks[max(0, k - 4) : k])
    ):
        # "He is said to have left", "With Trump said to be furious, ...": reportedly, no
        # one's words (but "She said to be careful" is an instruction reported)
        return True
    if lemma == "add" and after < n:
        a = after
        if toks[a].text.lower() in APPROXIMATORS and a + 1 < n:
            a += 1  # "would add roughly $95 billion", "added about 200 jobs"
        if _counts_something(toks[a]) and not _verb_follows(toks, a + 1):
            # "scored 30 points and added 10 rebounds", "added $5 million to it"; but "added
            # about 200 people had signed up" reports
            return True
    if low == "known":
        # "has known him for years", "had I known": knowing a person or a fact without a
        # clause reports nothing; "it has been known for some time that ..." does
        return not any(t.text.lower() == "that" for t in toks[after : after + KNOWN_REACH])
    return False


def _verb_follows(toks: Sequence[Tok], i: int) -> bool:
    """Whether the quantity's noun phrase from ``i`` on ends at once in an auxiliary or a form
    of "be" ("200 people had signed up", "40% of voters were undecided"): the quantity is a
    reported clause's subject. Not across "and", a relative pronoun or a preposition ("200
    jobs and was hiring", "200 workers who had been laid off")."""
    for t in toks[i : i + QUANTITY_SUBJECT_REACH]:
        low = t.text.lower()
        if t.text == "%" or low in ("of", "the", "a", "an", "his", "her", "their", "its"):
            continue  # "40% of the voters"
        if t.kind != "word" or t.quoted:
            return False
        if low in MAIN_VERB_STARTS or low in CLAUSE_AUXILIARIES:
            return True
        if low in SUBJECT_STOP or low in COORDINATORS:
            return False
    return False


#: How many tokens after a quantity its subject's verb may come ("40% of the voters were").
QUANTITY_SUBJECT_REACH: Final = 5


APPROXIMATORS: Final = frozenset("roughly about nearly almost around some approximately".split())
"""Words before a quantity that leave it a quantity: "added roughly $95 billion"."""

BE_OR_WITH: Final = BE_FORMS | {"with"}
"""Words before "said to be" that make it "reportedly": "is said to be", "with X said to be"."""
_NO_POSITION_LEMMAS: Final = frozenset(
    {*NOT_POSITION_OBJECTS, "express", "charge", "maintain", "report", "add"}
)
"""The lemmas :func:`_no_position` has a rule for (a rule for another lemma adds it here)."""
_NO_POSITION_FORMS: Final = frozenset({"said", "reported", "rumored", "believed", "known"})
"""The forms :func:`_no_position` has a rule for, whatever their lemma (a rule for another
form adds it here)."""

COUNT_WORDS: Final = frozenset(
    "another more several dozens hundreds thousands millions billions".split()
)
"""Words beside :data:`QUANTITY_WORDS` that open a quantity after "add": what is added is
counted, not said ("added another goal")."""


def _counts_something(t: Tok) -> bool:
    """Whether a quantity opens at token ``t`` ("10 rebounds", "$5 million", "two runs",
    "half of", "another goal"): :func:`_is_quantity` with money and :data:`COUNT_WORDS`, but
    not "one", which is as often a pronoun ("added one thing", "about one of his rivals")."""
    low = t.text.lower()
    return (
        not t.quoted
        and low != "one"
        and (_is_quantity(t) or t.text[:1] in "$€£" or low in COUNT_WORDS)
    )


FINDING_SUBJECT_NOUNS: Final = DOCUMENT_NOUNS | frozenset(
    """polling video videos footage photo photos slide chart map average tally review reviews
    analysis documents""".split()
)
"""Heads of a subject whose "shows" or "finds" reports a finding (issue #4)."""
#: How far back from a finding verb its document noun may stand ("A review by the Ledger
#: of the mayor's travel shows").
DOCUMENT_SUBJECT_REACH: Final = 8


NOUN_OBJECT_STANCES: Final = frozenset({"want", "support", "advocate"})
"""Noun-like stance verbs whose plain noun object is the position (issue #4): after a name, a
pronoun or a plural noun, "Murphy wants more funding for schools", "Millennials support
background checks", "she wants voters to know that ..."."""
NOT_STANCE_OBJECT_WORDS: Final = (
    BE_FORMS | PREPOSITIONS_AFTER_CUE | frozenset("and or but than as so because when if".split())
)


def _noun_object_stance(toks: Sequence[Tok], lemma: str, pj: Tok, nxt_i: int) -> bool:
    """Whether the noun-like form of :data:`NOUN_OBJECT_STANCES` before ``nxt`` is a verb
    with its object: its subject ``pj`` is a pronoun, a name or a plural noun and a
    lower-case word (no preposition, verb "be" or conjunction) follows."""
    nxt = toks[nxt_i]
    if lemma not in NOUN_OBJECT_STANCES or nxt.kind != "word" or not nxt.text.islower():
        return False
    if nxt.text in NOT_STANCE_OBJECT_WORDS:
        return False
    if nxt.text in CUE_FORMS and nxt.text not in NOUN_LIKE_FORMS:
        return False  # "Immigration advocates said ...": the verb comes after the noun
    pl = pj.text.lower()
    if toks[nxt_i - 1].text.endswith("s"):  # "Murphy wants", "she supports"
        return pl in ("he", "she", "it") or (_is_cap(pj) and not pl.endswith("s"))
    # the base form needs a plural subject: "Trump support remains strong" is a noun
    return pl in ("they", "we", "i", "you") or (
        pl.endswith("s") and not pl.endswith("ss") and (_is_cap(pj) or _plural_noun(pj))
    )


PLURAL_BELIEF_FORMS: Final = frozenset("hope fear worry doubt suspect".split())
"""Base forms of noun-like belief verbs that are verbs after a plural subject and before a
clause's subject (issue #4): "American officials hope the technology can help", "Dems hope
Trump's behavior will help them"."""
CLAUSE_DETERMINERS: Final = frozenset(
    "the a an his her their its this these those our my your".split()
)


def _plural_belief(toks: Sequence[Tok], low: str, pj: Tok, after: int) -> bool:
    """Whether the base form ``low`` of :data:`PLURAL_BELIEF_FORMS` after the plural
    subject ``pj`` ("officials", "Republicans") opens a reported clause or object at
    ``after``: a determiner or a capitalised word."""
    if low not in PLURAL_BELIEF_FORMS or after >= len(toks) or toks[after].quoted:
        return False
    pl = pj.text.lower()
    if not (
        _plural_noun(pj)
        or (_is_cap(pj) and pl.endswith("s") and not pl.endswith(("ss", "'s", "’s")))
    ):
        return False
    nxt = toks[after]
    nl = nxt.text.lower()
    return nl in CLAUSE_DETERMINERS or _is_cap(nxt)


def _document_subject(toks: Sequence[Tok], j: int) -> bool:
    """Whether the clause before ``j`` names a document or finding ("A video of the meeting",
    "Recent polling", "A review by the Ledger") as the subject of a finding verb."""
    for i in range(j, max(-1, j - DOCUMENT_SUBJECT_REACH), -1):
        t = toks[i]
        if t.quoted or t.text in ",;:—–.!?":
            return False
        if t.text.lower() in FINDING_SUBJECT_NOUNS:
            return True
    return False


FOUND_AS_ESTABLISH: Final = frozenset("help helped helps helping to".split())
"""Words before "found" that make it "establish": "helped found the group"."""


GERUND_OPENERS: Final = frozenset("by before after while when in since upon despite".split())
"""Words before a gerund cue whose speaker is the sentence's subject: "closed the meeting by
saying ...", "was the most aggressive in denouncing the media" (issue #4: "in", "since"), "despite
admitting that ..." (not "without": "without saying that ..." says nothing)."""


#: Words that end an appositive's title: "a spokesman who ...", "the mayor and a Democrat".
APPOSITIVE_TITLE_ENDS: Final = frozenset("who whom whose which that and or but".split())


def _with_appositive_title(text: str, toks: Sequence[Tok], phrase: Phrase, i: int) -> Phrase:
    """``phrase`` with the role that the appositive at token ``i`` gives it as its title: "the
    White House press secretary", "a spokesman for the council" (without the article); as it
    was when the appositive names no role ("said Smith, 45", "said Smith, a Democrat")."""
    n = len(toks)
    first = i + 1 if toks[i].text.lower() in ("the", "a", "an") else i
    j = first
    role = False
    while j < n and j - first < MAX_APPOSITIVE_TOKENS:
        t = toks[j]
        low = t.text.lower()
        if (
            t.quoted
            or t.kind not in ("word", "abbr")
            or low in APPOSITIVE_TITLE_ENDS
            # a participle after the role ends it ("a spokesman reached by phone"); before
            # it, one is part of it ("a retired teacher", "the acting director")
            or (role and t.text.islower() and _looks_like_verb(low))
        ):
            break
        role = role or low in ROLE_NOUNS or t.text in TITLES
        j += 1
    if not role:
        return phrase
    title = text[toks[first].start : toks[j - 1].end]
    return phrase._replace(title=title, gender=phrase.gender or _gender_of(title.split()))


def _right_after_cue(text: str, frame: Frame, pos: int) -> bool:
    """Whether ``pos`` comes right after the speech verb of ``frame`` (a comma at most between
    them), whose speaker is known: "the official said, before adding ..."."""
    return (
        frame.strong
        and frame.phrase is not None
        and frame.cue_end <= pos
        and not text[frame.cue_end : pos].strip(" ,")
    )


def _after_opening_adjunct(toks: Sequence[Tok], phrase: Phrase, pi: int) -> bool:
    """Whether a capitalised name at token ``pi`` follows an opening adjunct that no comma
    ends: "On Monday Sen. Elizabeth Warren said", "At the party convention Sen. Elizabeth
    Warren said" (the adjunct holds no verb; the name's capital marks where it ends)."""
    if (
        pi > MAX_OPENING_ADJUNCT
        or phrase.kind not in (_PK_PERSON, _PK_ORGANIZATION)
        or toks[0].text.lower() not in OPENING_ADJUNCT_WORDS
        or not toks[pi].text[:1].isupper()
    ):
        return False
    last = _index_of(toks, phrase.end) - 1
    if toks[last].text.endswith(("'s", "’s")):
        return False  # "In Mrs. Clinton's favor, ...": a possessor, no subject
    for t in toks[1:pi]:
        low = t.text.lower()
        if (
            t.quoted
            or t.kind not in ("word", "abbr", "number")
            or (low in CUE_FORMS and low not in NOUN_LIKE_FORMS)  # but "the state convention"
            or low in CLAUSE_AUXILIARIES
            or low in SUBJECT_PRONOUNS_LOW
            or (t.text.islower() and _looks_like_verb(low))
        ):
            return False
    return True


#: Subject pronouns: an adjunct that holds one holds a clause ("When he left Sen. X said").
SUBJECT_PRONOUNS_LOW: Final = NOMINATIVE_PRONOUNS | {"it", "you"}


#: Words before "to say" after which the infinitive is no purpose: "is expected to say he".
NOT_PURPOSE_SUBJECT_BEFORE: Final = frozenset(
    """expected likely set scheduled poised due able unable supposed sure certain ready
    willing prepared about""".split()
)


def _purpose_clause_subject(toks: Sequence[Tok], k: int, i: int) -> bool:
    """Whether a pronoun subject opens the clause after a purpose's "to say" at ``k``, with no
    "that": "stood up at the event to say he was leaning toward Trump"."""
    return (
        i + 1 < len(toks)
        and toks[i].text.lower() in NOMINATIVE_PRONOUNS
        and toks[k - 2].text.lower() not in NOT_PURPOSE_SUBJECT_BEFORE
    )


#: Verbs that show a verb phrase where a subject noun phrase was read, beside the past forms
#: of :func:`quotekit.mentions._past_form`: forms of "be" and "have", more irregular pasts.
PHRASE_VERBS: Final = frozenset(
    "spent had has have was were is are been gave sent held led paid built".split()
)


def _holds_verb(toks: Sequence[Tok], phrase: Phrase) -> bool:
    """Whether the tokens of ``phrase`` hold a lower-case finite verb ("spent nearly all of
    her time", "local reporters and made several statements")."""
    first, stop = _index_of(toks, phrase.start), _index_of(toks, phrase.end)
    for i in range(first, stop):
        t = toks[i]
        if t.text.islower() and (t.text in PHRASE_VERBS or _past_form(t.text)):
            return True
        if (
            i > first + 1
            and t.text in ("a", "an", "the")
            and toks[i - 1].text.islower()
            and toks[i - 1].text not in NP_LINK_WORDS
        ):
            return True  # "the company set a new deadline": a verb before the object
    return False


def _split_subject(
    text: str, toks: Sequence[Tok], start: int, end: int, nxt: Tok
) -> tuple[int, int] | None:
    """The one-word subject of a clause that a cue in the middle splits ("Prices, she said,
    will rise": "Prices"), as a range of the text; None when the word before the cue is an
    adverbial ("Instead, Trump told CNN, his policy would ...") or no auxiliary follows the
    cue (a past tense alone, "Prices, she said, rose", is not read)."""
    if nxt.text.lower() not in CLAUSE_AUXILIARIES:
        return None
    words = [t for t in toks[_index_of(toks, start) :] if t.end <= end]
    if len(words) != 1 or words[0].quoted or words[0].kind != "word":
        return None
    low = words[0].text.lower()
    if low in LEADING_ADVERBIALS or low in SENTENCE_ADVERBS:
        return None
    if low.endswith("ly") and low not in LY_NOUNS:
        return None  # "Clearly, she said, ...", but "Family, she said, will come first"
    return words[0].start, words[0].end


def _cue_after(toks: Sequence[Tok], k: int) -> bool:
    """Whether a verb of saying comes after token ``k`` in the sentence, outside quotes."""
    return any(_speech_verb(t) for t in toks[k + 1 :])


def _named_with_appositive(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Whether the sentence opens with a person's name and an appositive or aside that end at
    the comma before the cue ``k``: "Smith, the mayor, said the plan works", "Smith, speaking
    at a rally, said ..." (the words after the cue are then what Smith said, not an inverted
    speaker "the plan works")."""
    phrase = _subject_before(text, toks, k - 1)
    if phrase is None or phrase.kind is not _PK_PERSON or phrase.start != toks[0].start:
        return False
    if phrase.title is not None:
        return True  # "Jen Psaki, the White House press secretary,", "his manager, Corey Lee,"
    c = _index_of(toks, phrase.end)  # the token after the name: the comma that opens an aside
    return c < k - 2 and toks[c].text == ","


def _verb_frame(
    text: str,
    toks: Sequence[Tok],
    k: int,
    cue_end_i: int,
    lemma: str,
    strong: bool,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    earlier: Sequence[Frame],
) -> Frame | None:
    n = len(toks)
    low = toks[k].text.lower()
    s_start, s_end = sentence
    # a cue after its content reports what follows the attribution before it in the sentence
    # when that one's content came before its cue too: “Q1,” he said, “Q2,” she said. (issue
    # 7: each such cue reported the sentence from its start again, a quote of all before it)
    t_start = _after_attribution(earlier, s_start)
    prev = toks[k - 1] if k > 0 else None
    gerund = low.endswith("ing")
    # "the said property", "insurance claims": a determiner before a noun-like form
    if prev is not None and prev.text.lower() in NOT_BEFORE_CUE:
        return None
    if gerund and prev is not None and prev.text.lower() == "without":
        return None  # "left without saying that ...": nothing said
    if (
        low.endswith("ed")
        and prev is not None
        and prev.text.lower() in PREPOSITIONS_BEFORE_ADJECTIVE
    ):
        return None  # "despite repeated warnings", "amid renewed calls": an adjective
    if low == "found" and prev is not None and prev.text.lower() in FOUND_AS_ESTABLISH:
        return None  # "helped found the group", "to found a party": to establish, not to find
    cue_start, cue_end = toks[k].start, toks[cue_end_i].end
    if low in ANONYMITY_VERBS and _not_named(toks, k, cue_end_i):
        return None  # "who declined to be named": no words reported (issue #4)
    j, negated = _skip_adverbs_back(toks, k)
    if j >= 3 and toks[j].text in NAMED_WORDS:
        j = _before_anonymity(toks, j)
    after_to = cue_end_i + 1
    # (read only for a negated speech verb, below)
    purpose_that = (
        strong and negated and after_to + 1 < len(toks) and toks[after_to].text.lower() == "that"
    )
    if (
        strong
        and negated
        and k >= 2
        and toks[k - 1].text.lower() == "to"
        and (purpose_that or _purpose_clause_subject(toks, k, after_to))
        and toks[k - 2].text.lower() not in CUE_FORMS
        and toks[k - 2].text.lower() not in NOT_PURPOSE_BEFORE
        and not toks[k - 2].quoted
    ):
        # a purpose: "used the hearing to argue that ...", "came to Iowa to say that ..."
        # (issue #4): the sentence's subject says it
        subject = _sentence_subject(text, toks, k, direct_bounds)
        if subject is None or subject.start >= toks[k].start:
            return None
        start_i = _after_content_start(toks, after_to + 1 if purpose_that else after_to)
        return _leading(
            text,
            toks,
            toks[k].start,
            toks[cue_end_i].end,
            lemma,
            strong,
            paragraph,
            direct_bounds,
            subject,
            start_i,
            s_end,
            subject.start,
        )
    if (
        negated
        and k >= 2
        and toks[k - 1].text.lower() == "to"
        and (strong or lemma in STANCE_VERBS)
        and lemma not in NOT_INFINITIVE_LEMMAS
        and not gerund
    ):
        # "Ramos used his speech to call for ...", "voters were more likely to say ...": the
        # sentence's subject holds the position (issue #4)
        return _subject_infinitive(
            text, toks, k, cue_end_i, lemma, strong, sentence, paragraph, direct_bounds
        )
    if negated and (
        k == 0 or toks[k - 1].text.lower() == "to" or not (strong or lemma in STANCE_VERBS)
    ):
        # "declined to say", "won't consider": nothing reported; but "did not mention the
        # wall" and "has not endorsed Trump" report a position, as news corpora count them
        return None
    after = cue_end_i + 1
    if not gerund and j >= 0 and toks[j].text.lower() in BE_FORMS:
        return None  # passive: "he was told", "it is widely expected"
    if _no_position(toks, k, after, lemma, low):
        return None
    if (
        not gerund
        and (lemma in STANCE_VERBS or (strong and lemma not in NEEDS_OBJECT and lemma != "ask"))
        and after + 1 < n
        and toks[after].text.lower() == "by"
        and any(t.text.lower() in BE_FORMS for t in toks[j + 1 : k])
    ):
        # "His views were echoed by a number of experts": the agent holds the view
        return _passive_by(text, toks, k, cue_end_i, lemma, j, after + 1, paragraph)
    args = (text, toks, cue_start, cue_end, lemma, strong, paragraph, direct_bounds)

    # inverted: “Q,” said Kirby. / ..., said the official, a spokesman.
    if (
        strong
        and not gerund
        and (prev is None or prev.text in "," or _closes_quote(prev) or prev.text in DASHES)
        # "said of RT", "said on Twitter", "told The Huffington Post", "said that": a topic,
        # a medium, a listener or the content follows, not the speaker
        and not (after < n and toks[after].text.lower() in PREPOSITIONS_AFTER_CUE)
        and not (after < n and toks[after].text.lower() == "that")
        and lemma != "tell"
        and not (prev is not None and prev.text == "," and _named_with_appositive(text, toks, k))
    ):
        phrase = phrase_after(text, toks, after)
        if phrase is not None and any(
            t.text.lower() in CLAUSE_AUXILIARIES or t.text.endswith("ing") or t.text == "by"
            for t in toks[after : _index_of(toks, phrase.start)]
        ):
            # "..., states unnecessarily would become middle men, Jolly said": the noun read
            # from words that are no speaker's name ends elsewhere (issue #4)
            phrase = None
        if (phrase is not None and phrase.kind is not _PK_PRONOUN) or (
            phrase is not None and prev is not None and prev.text == ","
        ):
            assert phrase is not None
            pe = _index_of(toks, phrase.end)
            pronoun = phrase.kind is _PK_PRONOUN
            if pe + 1 < n and toks[pe].text.lower() == "and" and not pronoun:
                # "said Kirby and Blinken", "said lobbyist and strategist Charlie Black"
                second = phrase_after(text, toks, pe + 1)
                if second is not None:
                    if second.kind is _PK_PERSON and phrase.kind is not _PK_PERSON:
                        phrase = second._replace(start=phrase.start)
                    pe = _index_of(toks, second.end)
            if pe + 1 < n and toks[pe].text == "," and _continues_speaker(toks[pe + 1]):
                pe = n  # "“Q,” said Reed, explaining that ...": the participle is his
            elif pe < n and toks[pe].text == ",":
                if _rest_is_appositive(toks, pe + 1, direct_bounds):
                    if phrase.kind is _PK_PERSON and phrase.title is None:
                        # "said Jen Psaki, the White House press secretary."
                        phrase = _with_appositive_title(text, toks, phrase, pe + 1)
                    pe = n
            elif pe < n and toks[pe].text.lower() == "who":
                pe = n  # "..., said an official who was briefed on the talks."
            if _rest_is_adjunct(toks, pe):
                if prev is None and not direct_bounds:
                    return None
                return _trailing(*args, phrase, t_start, _content_end_before(prev, s_start))
            mid = prev is not None and prev.text == ","
            tail = _predicate_after_speaker(toks, pe) if mid else None
            if tail is not None:
                # in the middle: "The contrast, said Doyle, would be clear": both sides
                frame = _trailing(*args, phrase, t_start, prev.start if prev else s_start)
                if frame is not None and frame.kind is not _QK_DIRECT:
                    tail_s, tail_e = _trim_content(text, toks[tail].start, s_end)
                    if tail_e > tail_s:
                        frame.parts.append((tail_s, tail_e))
                        frame.kind, _ = _kind_of(text, frame.parts, direct_bounds)
                        return frame
    # a perfect participle: "having said", "having earlier insisted" (the auxiliary and
    # its adverbs are skipped back over, as "has said"'s are)
    between = [toks[m].text.lower() for m in range(j + 1, k)] if not gerund else []
    if "having" in between and "been" in between:
        return None  # "having been warned that ...": the subject heard it, from someone else
    perfect = "having" in between
    if perfect and j < 0:
        # "Having said that the tax was too low, Okafor left": a perfect participle opening
        # the sentence, whose speaker is the main clause's subject (issue #4)
        return _opening_participle(*args, after, s_end)
    if (
        gerund and strong and (prev is None or (k == 1 and prev.text.lower() in GERUND_OPENERS))
    ) or (
        # "Despite having said that the plan would fail, the mayor voted for it"
        perfect and j == 0 and toks[0].text.lower() in GERUND_OPENERS
    ):
        # "Noting that only one senator voted with them, Tester added: ...": the participle's
        # subject is the main clause's, after the comma
        return _opening_participle_subject(args, after, s_end)
    # a participle that carries on the previous speaker: “Q,” he said, adding that ...
    # ("..., forcefully denouncing the regime"), or a perfect one: "Clinton misjudged
    # Assad, having referred to him as ..."
    if (gerund or perfect) and j >= 0 and toks[j].text == ",":
        speaker = earlier[-1].phrase if earlier else _sentence_subject(text, toks, k, direct_bounds)
        if speaker is None and j >= 2:
            # "“Q,” said Skelly, explaining ...": the inverted speaker just before the comma
            inverted = phrase_before(text, toks, j - 1)
            si = _index_of(toks, inverted.start) if inverted is not None else 0
            if inverted is not None and si > 0 and CUE_FORMS.get(toks[si - 1].text, ("", False))[1]:
                speaker = inverted
        if speaker is None:
            return None
        start_i = _after_content_start(toks, _skip_after_cue(text, toks, after, lemma))
        # "The senator, citing its cost, said she would ...": the clause set off after the
        # subject ends before the subject's own verb
        set_off = j > 0 and speaker.end == toks[j - 1].end
        end = _set_off_end(toks, start_i, s_end) if set_off else s_end
        return _leading(*args, speaker, start_i, end, toks[j].start, coordinated=True)
    # "closed the meeting by saying: ...", "after having criticised ...": the sentence's
    # subject speaks
    opener = k - 1 if gerund else j  # the word before the participle and its auxiliary
    if (gerund or perfect) and opener >= 0 and toks[opener].text.lower() in GERUND_OPENERS:
        phrase = _sentence_subject(text, toks, k, direct_bounds)
        if phrase is None and earlier and _right_after_cue(text, earlier[-1], toks[opener].start):
            # "“Q,” the official said, before adding that ...": the cue's speaker goes on
            phrase = earlier[-1].phrase
        if phrase is None and opener == 0 and not (after < n and toks[after].text.lower() == "to"):
            # "Despite challenging the leader’s account, Cruz said ...": the main clause's
            # subject, after the comma (not "While declining to go into specifics, ...")
            return _opening_participle_subject(args, after, s_end)
        if phrase is None:
            return None
        start_i = _after_content_start(toks, _skip_after_cue(text, toks, after, lemma))
        # "Ryan, despite admitting that he had concerns, said ...": the clause set off by
        # commas ends before the subject's own verb (or the next such clause)
        set_off = opener >= 2 and toks[opener - 1].text == ","
        end = _set_off_end(toks, start_i, s_end) if set_off else s_end
        return _leading(*args, phrase, start_i, end, phrase.start)
    if lemma == "ask" and (
        (prev is not None and prev.text.lower() in ASKED_OPENERS)
        or (prev is None and low == "asked")  # "Asked whether he would run, Johnson demurred"
    ):
        return _asked_question(*args, after, s_end)
    progressive = gerund and prev is not None and prev.text.lower() in BE_FORMS
    if low in NOUN_LIKE_FORMS and not progressive:  # "Trump is warning voters that ..."
        pj = toks[j] if j >= 0 else None
        if pj is None or not (
            pj.text.lower() in PRONOUNS
            or _is_cap(pj)
            or pj.text == ","
            or pj.text.lower() in DOCUMENT_NOUNS
            or (lemma in STANCE_VERBS and _is_quantity(pj))  # "About three-quarters support"
            or (lemma in POSITION_PARTICLE_VERBS and toks[k - 1].text.lower() in MODALS)
            or (lemma in STANCE_VERBS and _plural_noun(pj))  # "public records show"
            or (lemma in FINDING_VERBS and _document_subject(toks, j))
            or (_plural_noun(pj) and _opens_reported_clause(toks, after))  # "voters fear they"
            or _plural_belief(toks, low, pj, after)  # "officials hope the plan ..." (#4)
            or pj.text.lower() in ("who", "which", "that")  # "those who support Sanders"
            or (  # "some note that ...", "many claim that ..."
                pj.text.lower() in QUANTIFIER_SOURCES
                and after < n
                and toks[after].text.lower() == "that"
            )
            or (  # "the government hopes that ...", "the campaign worries that ..."
                after < n
                and toks[after].text.lower() == "that"
                and pj.text.islower()
                and j > 0
                and toks[j - 1].text.lower() in ("the", "a", "an", "his", "her", "their", "its")
                and pj.text.lower() not in SUBJECT_STOP
            )
        ):
            return None
        if pj.text.lower().endswith(("’s", "'s")):
            return None  # "Editor’s note", "Clinton’s remarks"
        if (
            after + 1 < n
            and toks[after].text.lower() == "that"
            and toks[after + 1].text.lower() in MAIN_VERB_STARTS
        ):
            return None  # "the claims that were filed": a relative clause on a noun
        nxt = toks[after] if after < n else None
        nl = nxt.text.lower() if nxt is not None else ""
        if nxt is not None and not (
            nxt.quoted
            or nl in NOUN_FORM_CONTENT_OPENERS
            or nxt.text in ":,."
            or (lemma in STANCE_VERBS and _is_cap(nxt))  # "voters support Clinton"
            or nl in OBJECT_PRONOUNS
            or nl in REFLEXIVES  # "Sanders calls himself a democratic socialist"
            or (lemma in STANCE_VERBS and nxt.text.islower() and nl.endswith("ing"))
            or (lemma in FINDING_VERBS and pj.text.lower() in DOCUMENT_NOUNS)  # "a poll shows"
            or (lemma in FINDING_VERBS and _document_subject(toks, j))  # "a video of it shows"
            or pj.text.lower() in ("who", "which")  # "the lawsuit, which challenges ..."
            or _plural_belief(toks, low, pj, after)
            or _noun_object_stance(toks, lemma, pj, after)  # "Murphy wants more funding" (#4)
            # "He talks about immigration", "Clinton will focus on what ...": with its
            # particle after a pronoun or a name (not an opening adjective: "New talks
            # about trade resumed") the form is a verb (issue #4)
            or (
                cue_end_i > k
                and lemma in STANCE_VERBS
                and nxt.kind == "word"
                and (
                    pj.text.lower() in PRONOUNS
                    or ((_is_cap(pj) or _plural_noun(pj)) and (j > 0 or j + 1 < k))
                )
            )
        ):
            return None  # "state lawmakers", "the claims process"
        if j == 0 and cue_end_i > k and _is_cap(pj) and _verb_after_object(toks, after):
            return None  # "New talks about the budget resumed": an adjective, then the noun
    phrase = _subject_before(text, toks, j, speech=strong)
    if (gerund or perfect) and (phrase is None or phrase.kind not in (_PK_PERSON, _PK_PRONOUN)):
        # "with dozens of teachers saying", "With Smith having said that"
        phrase = _absolute_subject(text, toks, j) or phrase
    pi = _index_of(toks, phrase.start) if phrase is not None else 0
    nominative = phrase is not None and phrase.head in NOMINATIVE_PRONOUNS
    if phrase is None or (
        pi > 0
        and not _opens_clause(toks[pi - 1])
        and not nominative
        and not _after_opening_adjunct(toks, phrase, pi)
    ):
        # "Wilson praised Rubio and said ...", "Barkley, who said ...", or any noun phrase
        # from the clause's start: "Twenty-four percent said", "A news report said"
        shared = _shared_subject(text, toks, j, direct_bounds)
        phrase = shared or _generic_subject(text, toks, j)
        if phrase is None and (strong or lemma in FINDING_VERBS):
            phrase = _loose_subject(text, toks, j, after_verb=not gerund)
        if phrase is not None and gerund and _holds_verb(toks, phrase):
            # "Ayotte has spent nearly all of her time responding to ...": the words before
            # the participle are a verb phrase, not its subject; the sentence's subject is
            subject = _sentence_subject(text, toks, k, direct_bounds)
            if subject is None and j > 0 and toks[j].text.islower() and _past_form(toks[j].text):
                # "A report emerged suggesting that ...": the subject of the verb before
                jj, _ = _skip_adverbs_back(toks, j)  # "are left wondering"
                subject = (
                    _subject_before(text, toks, jj, speech=strong)
                    or _generic_subject(text, toks, jj)
                    or _loose_subject(text, toks, jj, after_verb=False)
                )
                if subject is not None and _holds_verb(toks, subject):
                    subject = None
                if subject is None:
                    return None  # no subject to read: not the verb phrase ("video surfaced")
            if subject is not None:
                phrase, shared = subject, None
        if phrase is None:
            return None
        pi = _index_of(toks, phrase.start)
        if shared is not None and toks[j].text.lower() in COORDINATORS:
            # "Graham called X “crazy” and said ...": the first clause ends at "and"
            return _coordinated_verb(
                text,
                toks,
                k,
                cue_end_i,
                lemma,
                strong,
                sentence,
                paragraph,
                direct_bounds,
                shared,
                j,
            )
    before = toks[pi - 1] if pi > 0 else None
    if (
        before is not None
        and before.text.lower() in ("and", "or")
        and phrase.kind is not _PK_PRONOUN
        and pi >= 2
        and (_plural_noun(toks[pi - 2]) or _is_cap(toks[pi - 2]))
    ):
        # "..., teachers and union officials told POLITICO": one subject of two nouns
        first = _generic_subject(text, toks, pi - 2)
        fi = _index_of(toks, first.start) if first is not None else 0
        if first is not None and (fi == 0 or toks[fi - 1].text in ",—–"):
            phrase = phrase._replace(start=first.start)
            pi = fi
            before = toks[pi - 1] if pi > 0 else None
    coordinated = before is not None and before.text.lower() in COORDINATORS
    clause_start = phrase.start
    if coordinated and before is not None:
        clause_start = toks[pi - 2].start if pi >= 2 and toks[pi - 2].text == "," else before.start
    elif before is not None and before.text in (",", ";"):
        # "Courted by donors, Adelson said ...", "Critics say A; supporters say B": a new clause
        clause_start = before.start
        coordinated = True
    start_i = _skip_after_cue(text, toks, after, lemma)
    # a relative clause reports what follows it, never the words before its antecedent:
    # "“Q,” he said, cutting off a reporter who asked about finances"
    trailing_ok = (
        before is not None
        and (before.text in ",—–-" or _closes_quote(before))
        and phrase.relative_start < 0
    )
    content_end = _content_end_before(before, s_start)
    closes_quote_before = (
        _closes_quote(before)
        or (before is not None and before.text == "," and pi >= 2 and _closes_quote(toks[pi - 2]))
    ) and (
        # a relative clause's verb does not close the quote before its antecedent: "“Q,”
        # Cohen, who pleaded guilty last year, told the committee" is told's
        phrase.relative_start < 0 or not _cue_after(toks, k)
    )
    rest = toks[start_i] if start_i < n else None
    clause_like = rest is not None and (
        rest.text.lower() in NOUN_FORM_CONTENT_OPENERS or (_is_cap(rest) and not rest.quoted)
    )
    if clause_like and _place_goes_on(toks, after, start_i):
        # “Q,” Ortega said at a rally in Evansville, Indiana, last month: the state goes on
        # the adverbial's place, no clause follows (issue #4)
        clause_like = False
    if (
        clause_like
        and rest is not None
        and rest.text.lower() in ("the", "a", "an")
        and start_i - 1 > after
        and toks[start_i - 1].text == ","
    ):
        # “Q,” she said in an interview with the Ledger, the first of her campaign: an
        # appositive of the adverbial, not a reported clause (issue #4)
        clause_like = False
    if (
        closes_quote_before
        and strong
        and not clause_like
        and not (
            rest is not None and rest.text in ",:" and start_i + 1 < n and toks[start_i + 1].quoted
        )
    ):
        # “Q,” Clinton said on Thursday during a speech at ...: what follows is narration
        return _trailing(*args, phrase, t_start, content_end)
    infinitive = lemma in TO_VERBS and start_i < n and toks[start_i].text.lower() == "to"
    topic = lemma in ABOUT_VERBS and start_i < n and toks[start_i].text.lower() in ("of", "for")
    adjunct = _rest_is_adjunct(toks, start_i) or (
        after != start_i
        and _rest_is_adjunct(toks, after)
        # "said on Monday taxes would rise": a day skipped before the clause
        and toks[start_i - 1].text.lower() not in WEEKDAYS
    )
    if not infinitive and not topic and adjunct:
        if not trailing_ok or not (strong or lemma in FINDING_VERBS):
            return None
        return _trailing(*args, phrase, t_start, content_end)
    # "..., Kirby said, adding ..." or a cue in the middle: "The talks, Kirby said, are ..."
    if trailing_ok and start_i < n and toks[start_i].text == ",":
        nxt = toks[start_i + 1] if start_i + 1 < n else None
        frame = _trailing(*args, phrase, t_start, content_end)
        if frame is None and nxt is not None:
            # "Instead, Trump told CNN, his policy would ...": nothing before, content after
            frame = _leading(
                *args, phrase, _after_content_start(toks, start_i), s_end, clause_start
            )
            split = _split_subject(text, toks, t_start, content_end, nxt)
            if frame is not None and split is not None and frame.kind is not _QK_DIRECT:
                # "Prices, she said, will rise": the subject before the cue is the clause's
                frame.parts.insert(0, split)
                frame.kind, _ = _kind_of(text, frame.parts, direct_bounds)
            return frame
        if frame is None or nxt is None:
            return frame
        if nxt.text.lower() in PARTICIPLE_CONTINUATIONS or nxt.text.lower() in CLAUSE_AFTER_CUE:
            return frame
        if (
            nxt.text.lower() in NARRATION_AFTER_CUE
            or _time_ago_end(toks, start_i + 1, n) is not None
            or _time_after(toks, start_i + 1)
        ) and not _report_goes_on(toks, start_i + 1):
            # "Taxes will fall, the mayor said in Boston, where she was campaigning", "...,
            # the mayor said, a week after the collapse": the narration's, unless the report
            # goes on after it ("The economy, she said, a year after the crash, is growing")
            return frame
        if frame.kind is _QK_DIRECT:
            if nxt.quoted:  # “Q1,” he said, “Q2.”: both quotes are his
                frame.continued_at = len(frame.directs)
                frame.directs.extend(_quotes_going_on(text, direct_bounds, toks[start_i].end))
            return frame
        tail_s, tail_e = _trim_content(text, toks[start_i].end, s_end)
        if tail_e > tail_s:
            frame.parts.append((tail_s, tail_e))
            frame.kind, _ = _kind_of(text, frame.parts, direct_bounds)
            if frame.kind is _QK_DIRECT:
                frame.kind = _QK_MIXED
        return frame
    start_i = _after_content_start(toks, start_i)
    if start_i >= n:
        return None
    frame = _leading(*args, phrase, start_i, s_end, clause_start, coordinated)
    if frame is not None and frame.parts and phrase.relative_start >= 0:
        # "Barkley, who said he votes for Democrats, praised ...": the clause closes at its comma
        # (at its dash after a dash: "The memo — which said X — was leaked")
        rel_mark = toks[_index_of(toks, phrase.relative_start) - 1].text
        closer = rel_mark if rel_mark in DASHES else ","
        comma = next(
            (toks[c] for c in range(start_i, n) if toks[c].text == closer and not toks[c].quoted),
            None,
        )
        restrictive = rel_mark != "," and rel_mark not in DASHES
        if (
            lemma in STANCE_VERBS
            and comma is None
            and restrictive
            and toks[start_i - 1].text.lower() != "that"
        ):
            # "respondents who support Sanders are in college": a stance verb's object ends
            # where the main clause's verb comes
            comma = next(
                (
                    toks[c]
                    for c in range(start_i + 1, n)
                    if toks[c].text.lower() in MAIN_VERB_STARTS or _speech_verb(toks[c])
                ),
                None,
            )
        if comma is not None:
            s0, _e0 = frame.parts[-1]
            frame.parts[-1] = _trim_content(text, s0, comma.start)
            frame.kind, _ = _kind_of(text, frame.parts, direct_bounds)
    if frame is None and trailing_ok and strong:
        # "Prices will rise, the minister said at a news conference in the capital."
        return _trailing(*args, phrase, t_start, content_end)
    return frame


NOT_INFINITIVE_BEFORE: Final = frozenset(
    """refused refuse refuses refusing declined decline declines declining unwilling
    reluctant hesitant failed fail fails unable how whether what where when why which who
    whom not never ought him her them us me you it used have has had going need needs
    needed authorized permitted allowed""".split()
)
"""Words before "to" after which an infinitive cue reports no position of the sentence's
subject: "declined to say", "how to answer", "urged them to vote" (the object's), habitual
"used to say" and "had to admit" (as :data:`NOT_PURPOSE_BEFORE`)."""
CAUSE_VERBS: Final = frozenset(
    """forced force forces forcing prompted prompting prompt prompts allowed allowing allow
    allows asked asking ask asks invited inviting pressed pressing pressured pressuring
    persuaded convinced led leading encouraged encouraging got getting get gets made
    making expected expects expect""".split()
)
"""Verbs whose object, not subject, does the infinitive: "forced Trump to respond to"."""
NOT_INFINITIVE_LEMMAS: Final = frozenset({"see", "find", "show", "call", "know"})
"""Cues too common after "to" in other senses: "to see the show", "to find a job"."""
#: How far back from "to" a governing cue or causing verb is looked for.
INFINITIVE_REACH: Final = 4


INFINITIVE_ADJECTIVES: Final = frozenset(
    "likely unlikely able ready quick eager willing free determined careful keen".split()
)
"""Adjectives whose subject does the infinitive after them: "voters were more likely to say"."""


def _verb_before_to(t: Tok) -> bool:
    """Whether ``t`` before "to" is a verb or adjective whose subject does the infinitive
    ("struggled to", "trying to", "likely to")."""
    low = t.text.lower()
    return t.text.islower() and (low.endswith(("ed", "ing")) or low in INFINITIVE_ADJECTIVES)


def _infinitive_holder(text: str, toks: Sequence[Tok], k: int) -> Phrase | None:
    """Who does the infinitive at ``k`` (after its "to"), where the words just before tell:
    the name after "for" ("an opening for Clinton to highlight"), or the subject of the verb
    or adjective right before "to" ("Mr. Trump has plainly struggled to respond", "voters were
    more likely to say"). None where an object or a place stands before "to" ("went on This
    Week to defend", "the first member of Congress to endorse"): who holds it is unclear."""
    g = k - 2
    t = toks[g]
    if _is_cap(t):
        found = phrase_before(text, toks, g)
        if found is None or found.kind not in (_PK_PERSON, _PK_ORGANIZATION):
            return None
        f = _index_of(toks, found.start)
        if toks[f].text == "for" and f + 1 < g + 1:
            # the reader took "for" for a lower-case title word: "for Senator Diaz"
            title = found.title[4:] if found.title and found.title.startswith("for ") else None
            return found._replace(start=toks[f + 1].start, title=title or None)
        if f > 0 and toks[f - 1].text.lower() == "for":
            return found
        return None
    if not _verb_before_to(t):
        return None
    j, _ = _skip_adverbs_back(toks, g)
    while j > 0 and toks[j].text.lower() in ("more", "less", "most", "so", "too", "very"):
        j -= 1
    if j >= 0 and toks[j].text.lower() in BE_FORMS:
        j, _ = _skip_adverbs_back(toks, j)
    if j < 0 or toks[j].quoted:
        return None
    return _subject_before(text, toks, j, speech=False)


def _subject_infinitive(
    text: str,
    toks: Sequence[Tok],
    k: int,
    cue_end_i: int,
    lemma: str,
    strong: bool,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """A cue after "to" whose subject is the sentence's ("Clinton took to Twitter to say
    thanks", "Massie used to support Paul"), where no other cue or causing verb governs the
    infinitive ("declined to say", "wants to endorse", "asked voters to support"): None else."""
    before = toks[k - 2]
    if before.quoted or before.text.lower() in NOT_INFINITIVE_BEFORE:
        return None
    for t in toks[max(0, k - 1 - INFINITIVE_REACH) : k - 1]:
        low = t.text.lower()
        if low in CUE_FORMS or low in CAUSE_VERBS or t.quoted:
            return None
    subject = _infinitive_holder(text, toks, k)
    if subject is None or subject.start >= toks[k].start:
        return None
    start_i = _after_content_start(toks, _skip_after_cue(text, toks, cue_end_i + 1, lemma))
    if start_i >= len(toks):
        return None
    frame = _leading(
        text,
        toks,
        toks[k].start,
        toks[cue_end_i].end,
        lemma,
        strong,
        paragraph,
        direct_bounds,
        subject,
        start_i,
        sentence[1],
        subject.start,
    )
    if frame is not None and not strong and start_i == cue_end_i + 1:
        # a stance verb's object, not a clause: "tried to defend his remarks, ..." ends at
        # the comma, as a position verb's does
        frame = _position_object(text, toks, frame, cue_end_i)
    return frame


def _place_goes_on(toks: Sequence[Tok], after: int, start_i: int) -> bool:
    """Whether the capitalised words at ``start_i``, after an adverbial skipped from ``after``
    up to a comma, end the adverbial's place: "in Plymouth, N.H., this week", "in Port
    Washington, N.Y., accompanied by ...", "in Evansville, Indiana." (issue #4)."""
    n = len(toks)
    if start_i <= after or toks[start_i - 1].text != ",":
        return False
    j = start_i
    while j < n and j - start_i < MAX_NAME_WORDS and _is_cap(toks[j]) and not toks[j].quoted:
        j += 1
    if j == start_i:
        return False
    if j >= n or toks[j].text in ".!?;":
        return True
    if toks[j].text != ",":
        return False
    nxt = toks[j + 1] if j + 1 < n else None
    return (
        nxt is None
        or _rest_is_adjunct(toks, j + 1)
        or (nxt.text.islower() and nxt.text.endswith(("ing", "ed")))
    )


def _coordinated_verb(
    text: str,
    toks: Sequence[Tok],
    k: int,
    cue_end_i: int,
    lemma: str,
    strong: bool,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    phrase: Phrase,
    conj_i: int,
) -> Frame | None:
    """A cue verb sharing the sentence's subject through "and"/"but": its clause starts at the
    conjunction, so an earlier attribution of the sentence ends there."""
    start_i = _after_content_start(toks, _skip_after_cue(text, toks, cue_end_i + 1, lemma))
    frame = _leading(
        text,
        toks,
        toks[k].start,
        toks[cue_end_i].end,
        lemma,
        strong,
        paragraph,
        direct_bounds,
        phrase,
        start_i,
        sentence[1],
        toks[conj_i].start,
        coordinated=True,
    )
    return frame


ASKED_OPENERS: Final = frozenset("when after if once before".split())
"""Words before a bare "asked" that make it a clause of its own: "when asked whether ..."."""


def _asked_question(
    text: str,
    toks: Sequence[Tok],
    cue_start: int,
    cue_end: int,
    lemma: str,
    strong: bool,
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    i: int,
    s_end: int,
) -> Frame | None:
    """The question of "When asked (by a reporter) whether the deal would hold, she said ...",
    up to the clause's comma, asked by someone the sentence does not name."""
    n = len(toks)
    if i < n and toks[i].text.lower() == "by":
        while i < n and toks[i].text.lower() not in QUESTION_WORDS and toks[i].text not in ",:":
            i += 1  # the asker: "by a reporter", "by CNN's Jake Tapper"
    if i < n and toks[i].text.lower() in ADJUNCT_PREPOSITIONS - {"about", "by"}:
        # "Asked during a January debate why he trailed ...": a time or place first
        m = i + 1
        while m < n and m - i <= MAX_ADJUNCT_TOKENS and toks[m].text.lower() not in QUESTION_WORDS:
            if toks[m].quoted or toks[m].text in ",:;":
                return None
            m += 1
        i = m
    if i >= n or toks[i].quoted:
        return None
    first = toks[i].text.lower()
    if first == "about":
        i += 1
    elif first not in QUESTION_WORDS:
        return None
    end = next((t.start for t in toks[i:] if t.text in ",:;" and not t.quoted), s_end)
    if i >= n or end <= toks[i].start:
        return None
    cs, ce = _trim_content(text, toks[i].start, end)
    if _content_words(text, cs, ce) < MIN_CONTENT_WORDS:
        return None
    kind, _directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is _QK_DIRECT:
        return None
    return Frame(
        cue_start, cue_end, lemma, strong, None, kind, [(cs, ce)], [], paragraph, True, False, cs
    )


#: The longest subject of "with X saying" read back from the participle.
MAX_ABSOLUTE_SUBJECT: Final = 8


def _absolute_subject(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """The subject of a participle after "with": "with nearly 140 House members blasting the
    raids", "with the mayor saying ..."."""
    for w in range(j - 1, max(-1, j - MAX_ABSOLUTE_SUBJECT - 1), -1):
        t = toks[w]
        low = t.text.lower()
        if t.quoted or t.kind == "punct" or low in _SUBJECT_STOP_OUTSIDE_NP:
            return None
        if low == "with":
            if w == j - 1:
                return None
            return _phrase_over(text, toks, toks[w + 1].start, toks[j].end, toks[j].text)
    return None


def _continues_speaker(t: Tok) -> bool:
    """A participle after "said X," that carries on the same speaker: "adding", "explaining"."""
    low = t.text.lower()
    return not t.quoted and (
        low in PARTICIPLE_CONTINUATIONS
        or (low.endswith("ing") and CUE_FORMS.get(low, ("", False))[1])
    )


def _opening_participle_subject(
    args: tuple[str, Sequence[Tok], int, int, str, bool, int, Sequence[tuple[int, int, int]]],
    after: int,
    s_end: int,
) -> Frame | None:
    """:func:`_opening_participle`'s frame, unless the main clause's subject it read holds
    the clause's verb ("Despite warning that prices would rise, the bank put rates up")."""
    frame = _opening_participle(*args, after, s_end)
    if frame is not None and frame.phrase is not None and _holds_verb(args[1], frame.phrase):
        return None
    return frame


def _set_off_end(toks: Sequence[Tok], start_i: int, s_end: int) -> int:
    """Where the content of a clause set off by commas from ``start_i`` ends: before the
    subject's own verb after a comma (:func:`_main_verb_after_comma`), else at ``s_end``."""
    verb = _main_verb_after_comma(toks, start_i)
    return toks[verb - 1].start if verb is not None else s_end


def _main_verb_after_comma(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the verb that follows a comma from ``i`` on, outside quotes and within
    reach, where a subject's predicate goes on after a clause set off by commas ("Ryan,
    despite admitting that he had concerns, said / returned / would back ..."), or of the
    next clause of the kind ("..., while insisting that ..."). A past participle whose phrase
    closes with a comma soon after is an aside of the content ("the bill, passed in haste,
    would fail"); an auxiliary ends the content only when the content is one clause with a
    verb of its own ("he had concerns, would back the bill")."""
    n = len(toks)
    for c in range(i, min(n - 1, i + 2 * MAX_APPOSITIVE_TOKENS)):
        if toks[c].text != ",":
            continue
        nxt = toks[c + 1]
        low = nxt.text
        if nxt.quoted or nxt.kind != "word" or not low.islower():
            continue
        if low in CUE_FORMS and low not in NOUN_LIKE_FORMS:
            return c + 1
        if _past_form(low) and low not in MAIN_VERB_STARTS:
            if _closes_soon(toks, c + 2):
                continue  # ", passed in haste,": an aside
            return c + 1
        if (low in MAIN_VERB_STARTS or low in CLAUSE_AUXILIARIES) and _one_clause(toks, i, c):
            return c + 1
        if low in GERUND_OPENERS and c + 2 < n and toks[c + 2].text.endswith("ing"):
            return c + 1  # the next clause of its kind: ", while insisting that ..."
    return None


#: How many tokens an aside after a comma may hold before its closing comma.
ASIDE_REACH: Final = 5


def _closes_soon(toks: Sequence[Tok], i: int) -> bool:
    """Whether a comma follows within :data:`ASIDE_REACH` tokens from ``i``, before any other
    mark."""
    for t in toks[i : i + ASIDE_REACH]:
        if t.text == ",":
            return True
        if t.kind != "word" or t.quoted:
            return False
    return False


def _one_clause(toks: Sequence[Tok], i: int, c: int) -> bool:
    """Whether ``toks[i:c]`` is one clause with a verb of its own: no comma, and an auxiliary,
    a form of "be" or a past tense in it ("he had concerns")."""
    has_verb = False
    for t in toks[i:c]:
        if t.text == ",":
            return False
        low = t.text
        if low in MAIN_VERB_STARTS or low in CLAUSE_AUXILIARIES or _past_form(low):
            has_verb = True
    return has_verb


def _predicate_after_speaker(toks: Sequence[Tok], i: int) -> int | None:
    """After an inverted cue's speaker ("..., said Doyle and others,"), the index where the
    sentence's own predicate goes on after a comma ("would be clear ..."), if it does: the
    speaker's appositives may stand before it, a relative clause or a quote may not."""
    n = len(toks)
    for c in range(i, min(n - 1, i + 2 * MAX_APPOSITIVE_TOKENS)):
        t = toks[c]
        low = t.text.lower()
        if t.quoted or t.text in ";:" or low in ("who", "which", "whose", "that"):
            return None
        if low in BE_FORMS or (low in CUE_FORMS and t.text.islower() and c > i):
            return None  # a clause of the speaker's own
        if t.text != ",":
            continue
        nxt = toks[c + 1]
        nl = nxt.text.lower()
        if nxt.kind == "word" and nxt.text.islower() and nl in MAIN_VERB_STARTS:
            return c + 1
    return None


def _opening_participle(
    text: str,
    toks: Sequence[Tok],
    cue_start: int,
    cue_end: int,
    lemma: str,
    strong: bool,
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    i: int,
    s_end: int,
) -> Frame | None:
    """A sentence that opens with a speech participle: its content runs to the comma, its
    speaker is the main clause's subject right after it."""
    n = len(toks)
    start_i = _after_content_start(toks, i)
    if start_i < n and toks[start_i].text.lower() in NOT_CONTENT_OPENERS:
        # "After suggesting on Wednesday that he regretted ...": the clause after "that"
        that = next(
            (
                m
                for m in range(start_i, min(n, start_i + MAX_ADJUNCT_TOKENS))
                if toks[m].text.lower() == "that" and not toks[m].quoted
            ),
            None,
        )
        if that is not None:
            start_i = that + 1
    comma = next((m for m in range(start_i, n) if toks[m].text == "," and not toks[m].quoted), None)
    if comma is None or comma + 1 >= n or start_i >= comma:
        return None
    speaker = phrase_after(text, toks, comma + 1)
    if speaker is None:
        return None
    cs, ce = _trim_content(text, toks[start_i].start, toks[comma].start)
    if _content_words(text, cs, ce) < MIN_CONTENT_WORDS:
        return None
    kind, _directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is _QK_DIRECT:
        return None
    return Frame(
        cue_start, cue_end, lemma, strong, speaker, kind, [(cs, ce)], [], paragraph, True, False, cs
    )


def _passive_by(
    text: str,
    toks: Sequence[Tok],
    k: int,
    cue_end_i: int,
    lemma: str,
    subject_end: int,
    agent_i: int,
    paragraph: int,
) -> Frame | None:
    """A stance verb in the passive with its agent: "Clinton's plan was criticized by
    economists" reports the economists' view of the plan (the subject)."""
    if toks[agent_i].quoted:
        return None
    agent = phrase_after(text, toks, agent_i) or _source_until_comma(text, toks, agent_i)
    if agent is None or subject_end < 0:
        return None
    subject = (
        _subject_before(text, toks, subject_end)
        or _generic_subject(text, toks, subject_end)
        or _loose_subject(text, toks, subject_end)
    )
    if subject is None:
        return None
    si = _index_of(toks, subject.start)
    if si > 0 and not _opens_clause(toks[si - 1]):
        return None
    cs, ce = _trim_content(text, subject.start, toks[subject_end].end)
    if _content_words(text, cs, ce) < 1:
        return None
    return Frame(
        toks[k].start,
        toks[cue_end_i].end,
        lemma,
        False,
        agent,
        _QK_INDIRECT,
        [(cs, ce)],
        [],
        paragraph,
        leading=False,
    )


APPOSITIVE_OPENERS: Final = frozenset("a an the who another one his her their its our".split())
"""Words that open an appositive after an inverted speaker: "said Kirby, a spokesman", "said
David Gilbert, its president" (issue #4: "its" and "our" were missing)."""
NAME_APPOSITIVE_OPENERS: Final = APPOSITIVE_OPENERS | {"whom", "whose", "which"}
"""Words that open an appositive or a relative clause after a name and its comma."""


def _rest_is_appositive(
    toks: Sequence[Tok], i: int, direct_bounds: Sequence[tuple[int, int, int]] = ()
) -> bool:
    """After "said Kirby,": an appositive that runs to the end ("a spokesman for the council.")."""
    if i >= len(toks):
        return False
    first = toks[i]
    opens = (
        first.text.lower() in APPOSITIVE_OPENERS
        or first.text.lower() in ROLE_NOUNS
        or _is_cap(first)
        or first.kind == "number"  # an age: "says Maria Lopez, 72."
    )
    if not opens or _predicate_after_speaker(toks, i) is not None:
        return False  # "..., said Kofman, an expert, would read this as ...": it goes on
    for k in range(i, min(len(toks), i + 2 * MAX_APPOSITIVE_TOKENS)):
        t = toks[k]
        if t.quoted or t.text.lower() == "that":
            return False
        if t.text.lower() == "who":
            return True  # "..., said Tom Reed, a baker, who notes that ...": his, not quoted
    if isinstance(direct_bounds, _Directs):
        # the last quoted or "that" token of the sentence, found once for all its cues
        if direct_bounds.last_stop is None:
            direct_bounds.last_stop = next(
                (
                    k
                    for k in range(len(toks) - 1, -1, -1)
                    if toks[k].quoted or toks[k].text.lower() == "that"
                ),
                -1,
            )
        return direct_bounds.last_stop < i
    return not any(t.quoted or t.text.lower() == "that" for t in toks[i:])


def _content_end_before(before: Tok | None, s_start: int) -> int:
    """Where the content ends when the cue's clause starts after ``before``: a closing mark
    stays with the quote, a comma or dash does not."""
    if before is None:
        return s_start
    if _closes_quote(before):
        return before.end
    return before.start


def _index_of(toks: Sequence[Tok], pos: int) -> int:
    """The index of the first token that starts at or after ``pos`` (``len(toks)`` if none),
    by bisection: the tokens are in text order, and a scan from the sentence's start for every
    cue was quadratic in a long sentence (issue 7)."""
    return bisect.bisect_left(toks, pos, key=_START)


_index_after = _index_of
_START: Final = operator.itemgetter(1)  # a Tok's start


def _kind_of(
    text: str, parts: Sequence[tuple[int, int]], direct_bounds: Sequence[tuple[int, int, int]]
) -> tuple[QuoteKind, list[int]]:
    """Direct when the content is one or more direct quotes and nothing else; mixed when it holds
    one; indirect otherwise."""
    if not direct_bounds:
        return _QK_INDIRECT, []
    if not isinstance(direct_bounds, _Directs):
        direct_bounds = _Directs(text, (0, len(text)), direct_bounds)
    ranges, covered = direct_bounds.inside(parts)
    if not ranges:
        return _QK_INDIRECT, []
    total = sum(_content_words(text, ps, pe, direct_bounds) for ps, pe in parts)
    if covered >= total:
        return _QK_DIRECT, [direct_bounds[i][0] for lo, hi in ranges for i in range(lo, hi)]
    return _QK_MIXED, []


def _inside_a_direct(direct_bounds: Sequence[tuple[int, int, int]], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of the direct quotes."""
    if isinstance(direct_bounds, _Directs):
        return direct_bounds.around(pos)
    return any(o < pos < e for _, o, e in direct_bounds)


def _a_direct_opens(direct_bounds: Sequence[tuple[int, int, int]], start: int, end: int) -> bool:
    """Whether one of the direct quotes opens at ``start <= open_mark < end``."""
    if isinstance(direct_bounds, _Directs):
        return direct_bounds.opens_in(start, end)
    return any(start <= o < end for _, o, _ in direct_bounds)


def _any_quoted(toks: Sequence[Tok], direct_bounds: Sequence[tuple[int, int, int]]) -> bool:
    """Whether a token of the sentence lies inside a direct quote: worked out once a sentence."""
    if not isinstance(direct_bounds, _Directs):
        return any(t.quoted for t in toks)
    if direct_bounds.quoted is None:
        direct_bounds.quoted = any(t.quoted for t in toks)
    return direct_bounds.quoted


def _quotes_going_on(
    text: str, direct_bounds: Sequence[tuple[int, int, int]], start: int
) -> list[int]:
    """The direct quotes from ``start`` on that follow one another with no word between them:
    those a cue before them goes on into (“Q1,” he said, “Q2,” “Q3.”); the first quote after
    narration has a cue of its own or none (issue 7: every quote to the sentence's end was
    taken, for each cue of a sentence of “Q,” he said, ...)."""
    found: list[int] = []
    if isinstance(direct_bounds, _Directs):
        first = bisect.bisect_left(direct_bounds._index(), start)
    else:
        first = next(
            (i for i, (_, o, _e) in enumerate(direct_bounds) if o >= start), len(direct_bounds)
        )
    end = start
    for i in range(first, len(direct_bounds)):  # (islice would step over the first ones)
        idx, o, e = direct_bounds[i]
        if WORD_RE.search(text, end, o) is not None:
            break
        found.append(idx)
        end = e
    return found


def _after_attribution(earlier: Sequence[Frame], s_start: int) -> int:
    """Where the content of a cue after its content may start: after the sentence's last
    attribution (its cue and speaker) when that one's content came before its cue, else at
    the sentence's start."""
    if not earlier or earlier[-1].leading:
        return s_start
    last = earlier[-1]
    end = last.cue_end if last.phrase is None else max(last.cue_end, last.phrase.end)
    return max(s_start, end)


def _trailing(
    text: str,
    toks: Sequence[Tok],
    cue_start: int,
    cue_end: int,
    lemma: str,
    strong: bool,
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    phrase: Phrase | None,
    s_start: int,
    content_end: int,
) -> Frame | None:
    """A cue after its content: “Q,” he said. / Prices will rise, the ministry said."""
    cs, ce = _trim_content(text, s_start, content_end)
    if ce <= cs:
        return None
    kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is _QK_DIRECT:
        return Frame(
            cue_start, cue_end, lemma, strong, phrase, kind, [], directs, paragraph, leading=False
        )
    if lemma in DIRECT_ONLY_VERBS and kind is _QK_INDIRECT:
        return None
    if lemma == "read":
        return None  # "read “The Grapes of Wrath” twice": a title, not a sign's words
    if not _has_words(text, cs, ce, MIN_CONTENT_WORDS):
        return None
    if _inside_a_direct(direct_bounds, cs):
        return None
    if (
        phrase is not None
        and ce <= phrase.start < cue_start  # "In a 1963 speech, he declared."
        and _only_an_adverbial(toks, cs, ce, cue_end)
    ):
        return None
    return Frame(
        cue_start, cue_end, lemma, strong, phrase, kind, [(cs, ce)], [], paragraph, leading=False
    )


OPENING_ADVERBIAL_WORDS: Final = frozenset(
    """in since before after when as during at on with while for from by under amid despite
    once until upon""".split()
)
"""Words that open an adverbial before a clause's subject: "In a 1963 speech, he declared"."""
ADVERBIAL_TAILS: Final = frozenset("however though too meanwhile".split())


#: Words after an opening past participle that make it an adjunct: "Asked if ...", "Pressed
#: on Brexit", "Questioned about the memo".
PARTICIPLE_ADJUNCT_NEXT: Final = frozenset(
    "if whether about why how what when on for over during after in at".split()
)


def _opening_participle_adjunct(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Whether tokens ``i..end`` are a past participle's adjunct that opens the sentence
    ("Asked if she regretted it", "Pressed on Brexit"), no report of the cue after them."""
    if i != 0 or end - i > MAX_OPENING_ADJUNCT or i + 1 >= end:
        return False
    first = toks[i].text
    return (
        first[:1].isupper()
        and first[1:].islower()
        and first.endswith("ed")
        and len(first) > 4
        and toks[i + 1].text in PARTICIPLE_ADJUNCT_NEXT
    )


def _only_an_adverbial(toks: Sequence[Tok], cs: int, ce: int, cue_end: int) -> bool:
    """Whether the words before a cue's subject are one adverbial and no reported clause:
    "In a speech last July, Kirby said", "When asked why, Sembler responded", "Since then,
    Germany has responded" (issue #4). A comma inside ends the adverbial and something
    else follows ("In March, Cruz had 38 percent, a poll found"), unless only a connective
    does ("At day's end, however, ..."); a cue with more after its comma or colon reports
    the adverbial with what follows ("At times, aides said, the mere mention ...")."""
    i = _index_of(toks, cs)
    if i >= len(toks):
        return False
    end = _index_of(toks, ce)
    if _opening_participle_adjunct(toks, i, end):
        return True  # "Asked if she regretted it, Smith said no.", "Pressed on Brexit, ..."
    time_ago = _time_ago_end(toks, i, len(toks)) == end + 1  # "Minutes later, she wrote"
    if not time_ago and toks[i].text.lower() not in OPENING_ADVERBIAL_WORDS:
        return False
    if end - i > MAX_OPENING_ADJUNCT:
        return False  # "After he took over the jet in 2011 he made a number of changes"
    after = _index_of(toks, cue_end)
    participle = i + 1 < end and toks[i + 1].text.islower() and toks[i + 1].text.endswith("ing")
    if time_ago and after + 1 < len(toks) and toks[after].text in ",:" and toks[after + 1].quoted:
        return True  # "Minutes later, she wrote, “done.”": when, not what
    if not participle and after < len(toks) and (toks[after].text in ",:" or toks[after].quoted):
        # "At times last year, aides said, the mere mention ...": it goes on; but "After
        # winning Ohio, Kasich said, “…”" is when he said it, whatever follows
        return False
    if time_ago:
        return True
    for m in range(i + 1, end):
        t = toks[m]
        if t.quoted:
            return False
        low = t.text.lower()
        if (
            low in CLAUSE_AUXILIARIES
            or low in NOMINATIVE_PRONOUNS
            or (m > i + 1 and low.endswith("ed") and t.text.islower())
        ):
            return False  # a clause of its own: "In the end the council backed down"
        if t.text in ",;:—–(" and not (
            t.text == "," and m + 1 < end and toks[m + 1].text.lower() in ADVERBIAL_TAILS
        ):
            return False
    return True


REFLEXIVES: Final = frozenset("himself herself themselves itself myself ourselves".split())
NOT_CALL_COMPLEMENT: Final = ADJUNCT_PREPOSITIONS | frozenset(
    "and or but to back again up out off later today yesterday while after".split()
)
"""Words after "called X" that make it a phone call or a summons: "called Rubio on Monday"."""


CALL_VERBS: Final = frozenset({"call", "label", "brand", "dub"})
"""Verbs that report a position only as "called X Y" or before a quote: "dubbed Rubio “the
little senator”", not "called Rubio" (a phone call) or "the brand"."""


def _predicative_call(toks: Sequence[Tok], i: int) -> bool:
    """An object (a pronoun or a name) and what it is called: "called him competent", "calls
    North Carolina her home state", "called himself pro-choice"."""
    n = len(toks)
    if i >= n or toks[i].quoted:
        return False
    low = toks[i].text.lower()
    if low in OBJECT_PRONOUNS or low in REFLEXIVES or low == "it":
        i += 1
    elif _is_cap(toks[i]):
        while i < n and _is_cap(toks[i]) and not toks[i].quoted:
            i += 1
    else:
        # "called climate change a hoax": a plain object, then an indefinite complement
        for m in range(i, min(n, i + MAX_NAME_WORDS + 1)):
            ml = toks[m].text.lower()
            if ml in ("a", "an") and m > i:
                return True
            if toks[m].quoted or toks[m].kind != "word" or ml in NOT_CALL_COMPLEMENT:
                return False
            if m == i and ml in ("the", "his", "her", "their", "its"):
                continue  # "called the tax plan a giveaway"
            if ml in SUBJECT_STOP or ml in ("the", "a", "an"):
                return False
        return False
    return (
        i < n
        and toks[i].kind in ("word", "quote")
        and toks[i].text.lower() not in NOT_CALL_COMPLEMENT
        and (toks[i].kind == "quote" or not _is_cap(toks[i]) or toks[i].text == "I")
    )


ABOUT_VERBS: Final = frozenset({"ask", "write", "complain", "joke", "warn", "plead"})
"""Verbs whose "about" or "for" phrase is what they report: "asked about the merger",
"wrote about the race", "pleaded for calm"."""
TOPIC_PREPOSITIONS: Final = frozenset({"of", "about", "for"})


def _leading(
    text: str,
    toks: Sequence[Tok],
    cue_start: int,
    cue_end: int,
    lemma: str,
    strong: bool,
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    phrase: Phrase | None,
    start_i: int,
    s_end: int,
    clause_start: int,
    coordinated: bool = False,
) -> Frame | None:
    """A cue before its content: Kirby said (that) ... / Kirby added: “Q”."""
    if start_i >= len(toks):
        return None
    first_low = toks[start_i].text.lower()
    topic = lemma in ABOUT_VERBS and first_low in TOPIC_PREPOSITIONS and not toks[start_i].quoted
    if topic and start_i + 1 < len(toks):
        start_i += 1  # "asked about the merger": the topic without its preposition
    cs, ce = _trim_content(text, toks[start_i].start, s_end)
    if ce <= cs:
        return None
    for aside in EDITORIAL_ASIDE_RE.finditer(text, cs, ce):
        # the first that ends the content ("…, and 80 were hurt" goes on), outside quotes,
        # with a word of checking before any comma of its own ("…, a figure that could not
        # be verified by Reuters, the AP or the BBC")
        comma = text.find(",", aside.end(), ce)
        checked = WRITERS_WORD_RE.search(text, aside.end(), ce if comma < 0 else comma)
        if (
            checked is not None
            and (comma < 0 or not CLAUSE_AFTER_COMMA_RE.match(text, comma))
            and not _inside_a_direct(direct_bounds, aside.start())
        ):
            ce = aside.start()  # "40 people had died, a figure that could not be verified"
            break
    if lemma in CANDIDATE_VERBS:
        participle = text[cue_start:cue_end].lower().endswith("ing")
        object_end = _name_object_end(toks, start_i, participle=participle)
        if object_end is not None and object_end < ce:
            ce = object_end
    after_that = start_i > 0 and toks[start_i - 1].text.lower() == "that"
    if first_low in NOT_CONTENT_START and not (
        (first_low == "to" and lemma in TO_VERBS)
        or topic
        or after_that
        or (  # "said about half of the shortfall came from ..."
            first_low == "about"
            and start_i + 1 < len(toks)
            and _counts_something(toks[start_i + 1])
        )
    ):
        return None  # "said nothing", "asked for", but "saying that about 5,500 troops ..."
    opener = first_low in NOT_CONTENT_OPENERS and not toks[start_i - (1 if topic else 0)].quoted
    if (
        opener
        and first_low == "at"
        and start_i + 1 < len(toks)
        and toks[start_i + 1].text in ("least", "most")
    ):
        opener = False  # "said at least 200 homes were threatened": a quantity, no place
    if opener and not after_that and not topic:
        quote_at = _quote_after_adjunct(toks, start_i)
        if quote_at is None:
            return None  # "said at a rally", but "said that on a trip to Kosovo he would ..."
        # "said of the episode, “I don't like it.”", "said in a statement: “…”" (issue #4)
        start_i = quote_at
        cs, ce = _trim_content(text, toks[start_i].start, s_end)
        if ce <= cs:
            return None
    if lemma in CALL_VERBS and not (
        text[cue_start:cue_end].lower().endswith((" for", " on"))
        or _a_direct_opens(direct_bounds, cs, cs + CALL_QUOTE_WINDOW)
        or _predicative_call(toks, start_i)
    ):
        return None  # "called Rubio" is a phone call; "called it “crazy”" is a position
    if lemma == THAT_VERB:
        needed = MIN_BELIEF_WORDS
    elif first_low == "to":
        needed = MIN_INFINITIVE_WORDS  # "declined to say whether ...", not "declined to comment"
    elif lemma in STANCE_VERBS or lemma in (STANCE_NOUN, STANCE_ADJECTIVE):
        needed = 1
    elif strong:
        needed = MIN_CONTENT_WORDS
    else:
        needed = MIN_BELIEF_WORDS
    kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is not _QK_DIRECT and not _has_words(text, cs, ce, needed):
        return None  # a direct quote needs no length: Kirby said: “Enough.”
    if (
        lemma in DIRECT_ONLY_VERBS
        and kind is _QK_INDIRECT
        and (not after_that or lemma == "continue")
    ):
        # "“Q,” he continued" is speech, "the borrowing continued" is not; "joked that ..."
        # and "boasted that ..." report what was said
        return None
    if lemma == "read" and kind is not _QK_DIRECT:
        return None  # "read “The Grapes of Wrath” twice": a title, not a sign's words
    if kind is _QK_DIRECT:
        return Frame(
            cue_start,
            cue_end,
            lemma,
            strong,
            phrase,
            kind,
            [],
            directs,
            paragraph,
            True,
            coordinated,
            clause_start,
        )
    return Frame(
        cue_start,
        cue_end,
        lemma,
        strong,
        phrase,
        kind,
        [(cs, ce)],
        [],
        paragraph,
        True,
        coordinated,
        clause_start,
    )


# Why: news follows a reported figure or claim with its own word on it, set off by a comma:
# "The ministry said 40 people had died, a figure that could not be independently verified",
# "..., a claim the office disputes". That aside is the writer's, not the source's.
EDITORIAL_ASIDE_RE: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:figure|number|toll|tally|estimate|claim|assertion|allegation)s?"
    r"\s+(?:that|which|not|the|his|her|its|their)\b"
)
#: What marks such an aside as the writer's: a check of the source's words ("could not be
#: independently verified", "the office disputes", "not recognized internationally"). Without
#: one the aside may be the source's own ("…, a number that includes 200 in Ohio").
WRITERS_WORD_RE: Final = re.compile(
    r"\b(?:verif|confirm|disput|den(?:y|ies|ied)|contest|reject|recogni[sz]|questioned|"
    r"challeng|refut|debunk|false|baseless|unfounded|unsubstantiated|no evidence|"
    r"not supported|not true|untrue|misleading)"
)
#: A comma after an aside that a clause of the report goes on after: ", and 80 were hurt".
CLAUSE_AFTER_COMMA_RE: Final = re.compile(r",\s+(?:and|but|or|while|although|though)\b")


def _quote_after_adjunct(toks: Sequence[Tok], i: int) -> int | None:
    """The index of the quotation mark that opens a direct quote after an adverbial starting
    at ``i`` and its comma or colon ("of the episode, “…”", "in a statement: “…”"), or None."""
    n = len(toks)
    for m in range(i, min(n - 1, i + MAX_ADJUNCT_TOKENS)):
        t = toks[m]
        if t.quoted:
            return None
        if t.text in ",:":
            return m + 1 if _quote_follows(toks, m) else None
        if t.kind == "punct":
            return None
    return None


#: How far after a noun-like form's particle a finite verb shows the form was a noun.
OBJECT_VERB_REACH: Final = 8
#: Words that open a clause inside the object, whose verbs are the clause's own: "talks about
#: how the budget was cut".
OBJECT_CLAUSE_OPENERS: Final = frozenset(
    "how what why whether when where who which that if".split()
)


def _verb_after_object(toks: Sequence[Tok], i: int) -> bool:
    """Whether a finite verb follows the noun phrase that starts at token ``i`` (the object
    of a particle: "about the budget resumed", "for a ceasefire grew"), before any
    punctuation or clause of its own: the word before the particle was then a noun, the
    sentence's subject, not a verb ("Renewed calls for a ceasefire grew louder")."""
    for t in toks[i : i + OBJECT_VERB_REACH]:
        low = t.text.lower()
        if t.quoted or t.kind != "word" or low in OBJECT_CLAUSE_OPENERS:
            return False
        if t is not toks[i] and t.text.islower() and (low in CLAUSE_AUXILIARIES or _past_form(low)):
            return True
    return False


CLAUSE_AUXILIARIES: Final = BE_FORMS | frozenset(
    "has have had will would could should can may might must does did do".split()
)
"""Verbs that show a clause, not a speaker's name, after an inverted cue's place: with a
participle ("proposed enforcing a no-fly zone"), they are read over before the noun that the
speaker reader takes for a name."""

CANDIDATE_VERBS: Final = frozenset("endorse support back oppose".split())
"""Stance verbs whose object is who or what is backed: "Christie endorsed Trump last week"
reports the endorsement of Trump, not the week (issue #4)."""
MONTHS: Final = frozenset(
    """january february march april may june july august september october november december
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.""".split()
)
NAME_PREMODIFIERS: Final = frozenset("former fellow rival presumptive then".split())
"""Lower-case words that may open a named object: "endorsed former Gov. Jeb Bush"."""
MAX_OBJECT_NAME: Final = 8
OBJECT_PRONOUN_ENDS: Final = frozenset("him them".split())
OBJECT_END_WORDS: Final = frozenset(
    """last this next early earlier late during after before until since despite
    but because when while is are was were has have had will would could should can may might
    yesterday""".split()
)
"""Words after a named object that start something else: a time ("endorsed Cruz last week",
"in early June"), a clause ("until he dropped out") or the main verb of a subject the
participle modifies ("Democrats supporting Mrs. Clinton have pointed to ...")."""
NOT_MAIN_VERBS_AFTER_OBJECT: Final = frozenset(
    """of in on at for from with by to as over against into about after before during
    and or nor but who whom whose which that than like until since despite because while
    when where if though although so the a an this these those his her their its""".split()
)
"""Words after a participle's named object that go on its phrase, not a main verb."""
TIME_STARTS: Final = frozenset("early late mid last this".split())
"""Words that open a time after "in"/"on": "in early June", "in late May"."""
OBJECT_END_VERBS: Final = frozenset(
    "is are was were has have had will would also then later".split()
)
"""Words after "and" that open a second predicate: "endorsed Trump and has appeared ..."."""


def _is_date(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` is a month with its day after it ("May 3"): a bare "May" may be a
    name ("Theresa May")."""
    return toks[i].text.lower() in MONTHS and i + 1 < len(toks) and toks[i + 1].kind == "number"


def _name_object_end(toks: Sequence[Tok], i: int, *, participle: bool = False) -> int | None:
    """Where the named object of an endorsement that starts at token ``i`` ends, when words
    that are not part of it follow: "Cruz" in "endorsed Cruz on Wednesday and ...", "him" in
    "backed him, and the party ...". None when the object is not a plain name or pronoun, or
    nothing follows it ("backed Marco Rubio’s bid for the nomination" keeps its phrase)."""
    n = len(toks)
    j = i
    while j < n and toks[j].text.islower() and toks[j].text.lower() in NAME_PREMODIFIERS:
        j += 1  # "former", "fellow"
    if j >= n or toks[j].quoted:
        return None
    low = toks[j].text.lower()
    if j == i and low in OBJECT_PRONOUN_ENDS:
        last = j
    elif _is_cap(toks[j]) and low not in WEEKDAYS and low not in MONTHS:
        last = j
        while last + 1 < n and last - i < MAX_OBJECT_NAME:
            nt = toks[last + 1]
            nlow = nt.text.lower()
            if nt.quoted or nlow in WEEKDAYS or _is_date(toks, last + 1):
                break
            if _is_cap(nt) or nt.text in NAME_PARTICLES:
                last += 1
            elif (
                nlow in ROLE_NOUNS
                and last + 2 < n
                and _is_cap(toks[last + 2])
                and not toks[last + 2].quoted
            ):
                last += 2  # "former Florida governor Jeb Bush"
            elif (
                nlow in ("and", "or")
                and last + 2 < n
                and _is_cap(toks[last + 2])
                and not toks[last + 2].quoted
                and toks[last + 2].text.lower() not in WEEKDAYS
                and not _is_date(toks, last + 2)
            ):
                last += 2  # "endorsed Clinton and Kaine"
            else:
                break
        if toks[last].text.endswith(("’s", "'s", "’")):
            return None  # "Marco Rubio’s campaign for ...": a longer phrase
    else:
        return None
    if last + 1 >= n or toks[last + 1].quoted:
        return None
    nxt = toks[last + 1]
    nlow = nxt.text.lower()
    after = toks[last + 2] if last + 2 < n else None
    alow = after.text.lower() if after is not None else ""
    if nlow == "and":
        cut = alow in OBJECT_END_VERBS  # "endorsed Trump and has appeared ..."
    elif nlow == ",":
        # "backed him, but ...", "a super PAC backing Jeb Bush, has been relentless"
        cut = alow == "but" or (participle and alow in MAIN_VERB_STARTS)
    elif nlow in ("in", "on"):
        # "endorsed Cruz in November", "on Tuesday", but "endorsed Clinton in the race"
        cut = after is not None and (
            alow in WEEKDAYS or alow in MONTHS or alow in TIME_STARTS or after.kind == "number"
        )
    else:
        cut = (
            nlow in OBJECT_END_WORDS
            or nlow in WEEKDAYS
            or _is_date(toks, last + 1)
            # "A super PAC backing Brennan spent $2 million": after a participle that
            # modifies a noun, a word other than a preposition or a conjunction is the main
            # verb
            or (
                participle
                and nxt.kind == "word"
                and nxt.text.islower()
                and nlow not in NOT_MAIN_VERBS_AFTER_OBJECT
            )
        )
    if not cut:
        return None
    return toks[last].end


def _according_to(
    text: str,
    toks: Sequence[Tok],
    k: int,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    n = len(toks)
    s_start, s_end = sentence
    phrase = phrase_after(text, toks, k + 2) or _source_until_comma(text, toks, k + 2)
    if phrase is None:
        return None
    cue_start, cue_end = toks[k].start, toks[k + 1].end
    pe = _index_after(toks, phrase.end)
    if pe < n and toks[pe].text not in ",.;!?":
        # the phrase reader stopped early: "according to a new poll by the institute"
        longer = _source_until_comma(text, toks, k + 2)
        if longer is not None:
            phrase = longer
            pe = _index_after(toks, phrase.end)
    if k == 0 or toks[k - 1].text.lower() in BEFORE_SUBJECT_OK or toks[k - 1].text in ";:—–(":
        # leading: "According to X, CONTENT.", "According to HuffPost: “Q”"
        if pe < n and (toks[pe].text == "," or (toks[pe].text == ":" and _quote_follows(toks, pe))):
            return _leading(
                text,
                toks,
                cue_start,
                cue_end,
                "according to",
                True,
                paragraph,
                direct_bounds,
                phrase,
                pe + 1,
                s_end,
                toks[k].start,
            )
        return None
    if k > 0 and (toks[k - 1].text == "," or _closes_quote(toks[k - 1])):
        # "CONTENT, according to X" and “Q,” according to X (the comma inside the quote)
        content_end = toks[k - 1].start if toks[k - 1].text == "," else toks[k - 1].end
        frame = _trailing(
            text,
            toks,
            cue_start,
            cue_end,
            "according to",
            True,
            paragraph,
            direct_bounds,
            phrase,
            s_start,
            content_end,
        )
        if (
            frame is not None
            and pe < n
            and toks[pe].text == ","
            and pe + 1 < n
            # not a clause about the source: "..., according to officials, who spoke on
            # condition of anonymity" (it was reported as the officials' words); a
            # participle may go on with the content ("..., becoming its owner")
            and toks[pe + 1].text.lower() not in RELATIVE_OPENERS
            and toks[pe + 1].text != "speaking"
        ):
            tail_s, tail_e = _trim_content(text, toks[pe].end, s_end)
            if tail_e > tail_s and frame.kind is not _QK_DIRECT:
                frame.parts.append((tail_s, tail_e))
        return frame
    return None


def _as_put_it(
    text: str,
    toks: Sequence[Tok],
    k: int,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    """ "As Dana Milbank puts it, CONTENT": the subject after an opening "As" said what follows
    the comma (issue #4)."""
    n = len(toks)
    if not (k + 1 < n and toks[k + 1].text.lower() == "it"):
        return None
    # the comma or colon after "put it", past an adverbial: "put it in a statement to ..."
    comma = next(
        (
            m
            for m in range(k + 2, min(n, k + 2 + MAX_ADJUNCT_TOKENS))
            if toks[m].text in ",:." or toks[m].quoted
        ),
        None,
    )
    if comma is None or toks[comma].quoted:
        return None
    if comma > k + 2 and toks[k + 2].text.lower() not in ADJUNCT_PREPOSITIONS:
        return None  # "As he put it down, ...": no words reported
    j, negated = _skip_adverbs_back(toks, k)
    if negated:
        return None
    phrase = _subject_before(text, toks, j) or _generic_subject(text, toks, j)
    if phrase is None:
        return None
    pi = _index_of(toks, phrase.start)
    if pi == 0 or toks[pi - 1].text.lower() != "as":
        return None
    opener = pi - 1
    if toks[comma].text == "." and opener > 0 and toks[opener - 1].text == ",":
        # "CONTENT, as a Homeland Security memo put it."
        return _trailing(
            text,
            toks,
            toks[k].start,
            toks[k].end,
            "put it",
            True,
            paragraph,
            direct_bounds,
            phrase,
            sentence[0],
            toks[opener - 1].start,
        )
    if toks[comma].text == "." or (
        opener > 0 and toks[opener - 1].text.lower() not in LEADING_ADVERBIALS
    ):
        return None  # "The plan, as Smith put it, is dead": not an opening
    start_i = _after_content_start(toks, comma)
    if start_i >= n:
        return None
    return _leading(
        text,
        toks,
        toks[k].start,
        toks[k].end,
        "put it",
        True,
        paragraph,
        direct_bounds,
        phrase,
        start_i,
        sentence[1],
        toks[opener].start,
    )


def _quote_follows(toks: Sequence[Tok], i: int) -> bool:
    """Whether a direct quote opens right after token ``i``."""
    return i + 1 < len(toks) and toks[i + 1].kind == "quote" and toks[i + 1].quoted


def _source_until_comma(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """The source of "according to": everything up to the next comma or the sentence's end
    ("according to early results of exit polls conducted for The Associated Press")."""
    n = len(toks)
    if i >= n or toks[i].quoted:
        return None
    j = i
    while j + 1 < n and not toks[j + 1].quoted and toks[j + 1].text not in ",.;:!?":
        j += 1
    if j - i >= MAX_GENERIC_SUBJECT * 2:
        return None
    first = toks[i]
    det = first.text.lower() in ("the", "a", "an")
    name_start = toks[i + 1].start if det and i < j else first.start
    name = text[name_start : toks[j].end]
    return Phrase(
        start=first.start,
        end=toks[j].end,
        kind=_PK_DESCRIPTION,
        name=name,
        name_start=name_start,
        title=name,
        head=toks[j].text.lower(),
        definite=first.text.lower() == "the",
    )


PARTICIPLE_LEAD_RE: Final = re.compile(
    r",\s*(?:(?:while|before|after|when|by|also|then)\s+){0,2}\Z"
)
"""A comma and at most two small words before a participial cue: ", while arguing"."""


def _cut_coordinated(
    text: str, frames: list[Frame], direct_bounds: Sequence[tuple[int, int, int]]
) -> None:
    """End a leading clause where the next attribution of its sentence begins: "X said A, but
    he said B", and "Biden reiterated A, Kirby said" (A ends before the trailing cue)."""
    for a, b in itertools.pairwise(frames):
        if a.parsed:
            continue  # the parse said where its clause ends
        if a.leading and a.parts and not b.leading and b.parts and a.parts[-1][1] > b.parts[-1][1]:
            s, e = a.parts[-1]
            a.parts[-1] = _trim_content(text, s, b.parts[-1][1])
            a.kind, _ = _kind_of(text, a.parts, direct_bounds)
        elif (
            a.leading
            and a.parts
            and b.phrase is not None
            and (not b.leading or b.kind is _QK_DIRECT)
            and a.parts[-1][0] < b.phrase.start < b.cue_start < a.parts[-1][1]
        ):
            # "he was encouraging violence, Trump replied, “Well, maybe so.”": a clause ends
            # before the next attribution's speaker and cue, whatever that one reports
            s, e = a.parts[-1]
            a.parts[-1] = _trim_content(text, s, b.phrase.start)
            a.kind, _ = _kind_of(text, a.parts, direct_bounds)
        if a.leading and a.parts and b.phrase is not None and b.phrase.relative_start >= 0:
            # "disclosed them to the AP, which first reported the story": the relative clause
            # after a comma is the AP's attribution, not part of the first clause
            s, e = a.parts[-1]
            rs = b.phrase.relative_start
            comma = text.rfind(",", s, rs)
            if s < comma and rs < e and not text[comma + 1 : rs].strip():
                a.parts[-1] = _trim_content(text, s, comma)
                a.kind, _ = _kind_of(text, a.parts, direct_bounds)
        if (
            a.leading
            and a.parts
            and b.phrase is not None
            and a.phrase is not None
            and b.phrase.start == a.phrase.start
            and text[b.cue_start : b.cue_end].lower().endswith("ing")
        ):
            # "Clinton said the plan would fail, while arguing that ...": a participle after a
            # comma is the subject's second report, not part of the first (issue #4)
            s, e = a.parts[-1]
            if s < b.cue_start < e:
                m = PARTICIPLE_LEAD_RE.search(text, s, b.cue_start)
                if m is not None:
                    a.parts[-1] = _trim_content(text, s, m.start())
                    a.kind, _ = _kind_of(text, a.parts, direct_bounds)
        if a.leading and a.parts and b.coordinated:
            s, e = a.parts[-1]
            if s < b.clause_start < e and not _holds(text, s, b):
                a.parts[-1] = _trim_content(text, s, b.clause_start)
                a.kind, _ = _kind_of(text, a.parts, direct_bounds)


#: The most words before "and" that make one noun phrase with what follows it: "Jacobs said
#: he and other leaders are planning ...", "noted that both Sanders and Trump were ...".
MAX_FIRST_CONJUNCT: Final = 3

ADVERBIAL_OPENERS: Final = SUBORDINATORS | frozenset("despite during in at on under".split())
"""Words that open an adverbial before a clause's subject: "noted that in 1972, he ...",
"worried that if the state held up the deal, Patriot could ..."."""


def _holds(text: str, start: int, b: Frame) -> bool:
    """Whether the clause of an earlier frame, which begins at ``start``, holds ``b`` rather
    than ends where ``b``'s clause begins: when ``b``'s subject is the second half of a
    subject that begins at ``start`` ("X said he and other leaders are planning ..."), or the
    subject of the clause after an adverbial that opens it ("X noted that at his first
    meeting, in 1972, he supported ...")."""
    ph = b.phrase
    if ph is None or ph.start <= b.clause_start:
        return False  # a verb sharing the sentence's subject: "... and said"
    first = text[start : b.clause_start]
    if text.startswith(("and ", "or "), b.clause_start):
        return "," not in first and len(WORD_RE.findall(first)) <= MAX_FIRST_CONJUNCT
    opener = WORD_RE.match(text, start)
    return (
        text[b.clause_start] == ","
        and not text[b.clause_start + 1 : ph.start].strip()
        and opener is not None
        and opener.group().lower() in ADVERBIAL_OPENERS
    )


# --- a backend's dependency parse -----------------------------------------------------------

RELATIVE_PRONOUNS: Final = frozenset("who whom which that".split())
"""A subject that is a relative pronoun stands for its antecedent, which the rules find:
"Barkley, who said ..."."""


def _apply_parse(
    text: str,
    toks: Sequence[Tok],
    k: int,
    frame: Frame,
    parse: Parse,
    sentence: tuple[int, int],
    direct_bounds: Sequence[tuple[int, int, int]],
) -> None:
    """Let the dependency parse correct the speaker and the reported clause of ``frame``.

    The speaker: the cue verb's ``nsubj`` (a coordinated verb's is its first conjunct's; a
    passive ``nsubj:pass`` never counts), read as a speaker phrase over the subject's noun
    phrase without appositives and relative clauses. It replaces the rules' phrase when that
    phrase does not hold the subject's head word. The content of reported speech: the verb's
    ``ccomp`` (without a "that"), or, for a verb that is itself a ``parataxis`` of its
    clause ("Prices will rise, he said"), that clause without the verb's own words, kept
    inside ``sentence``. A clause that is a direct quote and nothing else is left to the rules.
    """
    w = parse.word_at(toks[k].start, toks[k].end)
    if w is None:
        return
    verb = parse.words[w]
    subjects = parse.dependents(w, "nsubj")
    if not subjects and verb.deprel.split(":", 1)[0] == "conj" and verb.head >= 0:
        subjects = parse.dependents(verb.head, "nsubj")  # "Wilson praised Rubio and said ..."
    if subjects and parse.words[subjects[0]].text.lower() not in RELATIVE_PRONOUNS:
        head = parse.words[subjects[0]]
        current = frame.phrase
        if current is None or not current.start <= head.start < current.end:
            phrase = _phrase_over(text, toks, *parse.core(subjects[0]), head.text)
            if phrase is not None:
                frame.phrase = phrase
    if frame.kind is _QK_DIRECT:
        return
    parts: list[tuple[int, int]] = []
    clauses = parse.dependents(w, "ccomp")
    if clauses:
        c = clauses[0]
        that = [m for m in parse.dependents(c, "mark") if parse.words[m].text.lower() == "that"]
        keep = [i for i in parse.subtree(c) if i not in that]
        parts = [_trim_content(text, parse.words[keep[0]].start, parse.words[keep[-1]].end)]
    elif verb.deprel == "parataxis" and verb.head >= 0:
        pieces = parse.pieces(parse.subtree(verb.head), parse.subtree(w))
        parts = [_trim_content(text, s, e) for s, e in pieces]
    s_start, s_end = sentence
    parts = [_trim_content(text, max(s, s_start), min(e, s_end)) for s, e in parts]
    parts = [(s, e) for s, e in parts if e > s and _content_words(text, s, e, direct_bounds) > 0]
    if not parts:
        return
    kind, _directs = _kind_of(text, parts, direct_bounds)
    if kind is _QK_DIRECT:
        return
    frame.parts = parts
    frame.kind = kind
    frame.parsed = True


def _phrase_over(text: str, toks: Sequence[Tok], start: int, end: int, head: str) -> Phrase | None:
    """The speaker phrase that spans ``text[start:end]`` (a subject's noun phrase): the one
    the rules read back from its last word when it starts there, else a description headed
    by ``head`` ("the head of the agency")."""
    first = _index_of(toks, start)
    last = first
    while last + 1 < len(toks) and toks[last + 1].end <= end:
        last += 1
    if first >= len(toks) or toks[last].end > end or any(t.quoted for t in toks[first : last + 1]):
        return None
    phrase = phrase_before(text, toks, last)
    if phrase is not None and phrase.start == toks[first].start:
        return phrase
    f_low = toks[first].text.lower()
    det = f_low in ("the", "a", "an", "this", "that", "these", "those") and first < last
    name_start = toks[first + 1].start if det else toks[first].start
    name = text[name_start : toks[last].end]
    h_low = head.lower()
    return Phrase(
        start=toks[first].start,
        end=toks[last].end,
        kind=_PK_GROUP if h_low.endswith("s") else _PK_DESCRIPTION,
        name=name,
        name_start=name_start,
        title=name,
        head=h_low,
        definite=f_low in ("the", "this", "that", "these", "those"),
    )
