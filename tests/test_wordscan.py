"""quotekit.wordscan finds in one pass exactly the words several stages' own patterns find."""

from __future__ import annotations

import pytest
import regex

import quotekit
from quotekit import cues, resolve
from quotekit.cues import HEADLINE_VERB_RE, HEADLINE_VERBS
from quotekit.wordscan import HEADLINE_WORDS, scan_words

TEXTS = [
    "“It’s over,” he said. They told reporters that Officials warned that police said so.",
    "Bellwether County Says Trump Should Win; Graham Warns GOP. She insisted that it ended.",
    "OFFICIALS said; Police, officers and the VOTERS concluded that he_said that. He Said.",
    "said_ he said-that, un-said, ‘said’ 2said said2 Heʼs they’re THEY They",
    "The ſenators and officıals sayſ; the Kelvin sign: \u212aids. Critics learned that",
    "İstanbul officials said he left.",  # lower-casing lengthens İ: the stages search alone
    "",
    "that that  that\tthat\nthat learns that, mourns that disclosed that_ x",
    # a word at the very start of the text, which no character comes before
    "he",
    "They said",
    "officials",
    "acknowledgingly said",
    "acknowledging",
    "acknowledginga",
    "saidx said",
    "Officials" + "x" * 40 + " said",
    "Officials_ said",
    # spellings with capitals: only a group noun is found in any case
    "His Support for x, ATTACKS ON y; SAID Officials, Critical of z, critical of THAT. SAYS",
]


def _expected(text: str) -> tuple[list[int], list[int], list[int], list[tuple[int, str]], list]:
    return (
        [m.start() for m in cues.CUE_WORD_RE.finditer(text)],
        cues._that_verbs(text),
        cues._confirmed(cues.HEADLINE_VERB_PREFILTER_RE, cues.HEADLINE_VERB_RE, text),
        [(m.start(), m.group()) for m in resolve.GROUP_RE.finditer(text)],
        [(m.start(), m.end(), m.group()) for m in resolve.SUBJECT_PRONOUN_RE.finditer(text)],
    )


@pytest.mark.parametrize("text", TEXTS)
def test_scan_words_matches_each_pattern(text: str) -> None:
    hits = scan_words(text)
    if hits is None:
        assert len(text.lower()) != len(text)
        return
    cue, that, headline, groups, pronouns = _expected(text)
    assert hits.cues == cue
    assert hits.that_verbs == that
    assert hits.headline_verbs == headline
    assert hits.pronouns == pronouns
    if hits.groups is not None:
        assert hits.groups == groups
    else:
        assert any(ch in text for ch in "İıſ")


STANCE_TEXTS = [
    "Her support for plans to cut taxes drew his attacks on the bill and criticism of it.",
    "Clinton’s  support for x; his attacks against\tthem, their call to arms, calls for\npeace",
    "Their plan to  go, a plan for them; Support for x, xsupport for y, support forth, views on ",
    "his attacks on attacks on the banks; the mayor's push for pushes for, stance on",
]


@pytest.mark.parametrize("text", [*TEXTS, *STANCE_TEXTS])
def test_scan_words_finds_that_and_the_stance_nouns(text: str) -> None:
    """The " that" and stance-noun places cues.THAT_RE and cues.STANCE_NOUN_RE find, and
    every place the latter can match in a piece of the text among the scan's spots."""
    hits = scan_words(text)
    if hits is None:
        return
    assert hits.thats == [m.start() for m in cues.THAT_RE.finditer(text)]
    assert hits.stance_nouns == [m.start() for m in cues.STANCE_NOUN_RE.finditer(text)]
    assert hits.stance_spots == sorted(hits.stance_spots)
    pieces = {m.start() for a in range(len(text)) for m in cues.STANCE_NOUN_RE.finditer(text, a)}
    assert set(hits.stance_spots) == pieces


def test_stance_spots_leave_the_frames_as_they_are() -> None:
    """A sentence searched for stance nouns only where the scan saw one gives the frames a
    search of every sentence gives."""
    from quotekit.mentions import sentence_tokens

    for text in STANCE_TEXTS:
        hits = scan_words(text)
        assert hits is not None
        for a in range(0, len(text), 7):
            for b in range(a + 1, len(text) + 1, 11):
                toks = sentence_tokens(text, a, b, ())
                if not toks:
                    continue
                spotted = cues.find_frames(
                    text, toks, (a, b), 0, [], stance_spots=hits.stance_spots
                )
                assert spotted == cues.find_frames(text, toks, (a, b), 0, [])


def test_candidates_are_the_same_with_and_without_the_scan() -> None:
    for text in [*TEXTS, *STANCE_TEXTS]:
        assert cues.cue_candidates(text, scan_words(text)) == cues.cue_candidates(text)


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "a:b\n\nc:d:e\r\nx:y\n",
        "a:b\r\rc:d:e\u2029x:y\r",
        "Officials left.\rGraham: Trump Loses\u2029Read more: here\r\n:",
        ":",
        "\n:",
        "Graham: Trump Loses\nRead more: here",
        "pollpoll polls poll_ statementstudy interviews In a survey, study:",
    ],
)
def test_colon_lines_and_document_words_match_their_patterns(text: str) -> None:
    assert cues._colon_lines(text) == [m.start() for m in cues.FIRST_COLON_RE.finditer(text)]
    assert sorted(cues._document_words(text)) == cues._confirmed(
        cues.DOCUMENT_WORD_PREFILTER_RE, cues.DOCUMENT_WORD_RE, text
    )


def test_headline_verbs_are_plain_words() -> None:
    """wordscan splits HEADLINE_VERBS at "|": a regex operator in it ("Shows?") would be a
    word no text holds, and that headline would be lost on the fast path only."""
    assert all(regex.fullmatch(r"\p{Lu}\p{Ll}+", w) for w in HEADLINE_VERBS.split("|"))
    assert set(HEADLINE_WORDS) == set(HEADLINE_VERBS.split("|"))


def test_the_scan_finds_what_the_headline_pattern_finds() -> None:
    """Every headline verb the pattern matches is among the scan's headline hits."""
    text = "\n".join(f"New Poll {w} Large Gap Emerging" for w in HEADLINE_VERBS.split("|"))
    hits = scan_words(text)
    assert hits is not None
    assert hits.headline_verbs == [m.start() for m in HEADLINE_VERB_RE.finditer(text)]


def test_a_headline_verb_with_and_without_s_attributes() -> None:
    """ "Survey Shows ..." and "Polls Show ..." are headlines with a source either way."""
    for verb in ("Shows", "Show"):
        quotes = quotekit.extract(f"New Polls {verb} Double-Digit Gaps in Republican Contest")
        assert [q.text for q in quotes] == ["Double-Digit Gaps in Republican Contest"]


def test_the_spellings_the_scan_plans_for_are_ascii() -> None:
    """scan_words takes a hit's group noun from the lower case of its spelling: that of its
    place in the lower-cased text only for a word of ASCII letters (not "Σ", whose lower case
    depends on the letter after it)."""
    from quotekit.wordscan import _PLANS

    assert all(word.isascii() for word in _PLANS)


SHORT_TITLE_TEXTS = [
    "Sen. Warren spoke. Dr. Fauci and Gov. Gavin Newsom; Lt. Gen. Harris, Rep.\tJones",
    "xSen. Warren, -Dr. Fauci, ’Gov. Newsom, MDr. Who, Sen.Warren, Sen., Dr.\nPepper, sen. x",
    "Prof. Capt. Cmdr. Pres. Adm. Col. Maj. Rev. Sgt. Mr. Smith Mrs. Lee Ms. Ray DR. X",
]


@pytest.mark.parametrize("text", [*TEXTS, *SHORT_TITLE_TEXTS])
def test_scan_finds_the_short_titles_the_registry_reads(text: str) -> None:
    """The short titles the scan hands the registry give the persons its own prefilter finds:
    the same matches of TITLE_SURNAME_RE (the scan's hits differ only where that pattern's
    look-behind turns a hit away)."""
    hits = scan_words(text)
    if hits is None:
        return
    own = [c.start() for c in resolve.TITLE_SURNAME_PREFILTER_RE.finditer(text)]
    assert [s for s in hits.short_titles if resolve.TITLE_SURNAME_RE.match(text, s)] == [
        s for s in own if resolve.TITLE_SURNAME_RE.match(text, s)
    ]
    assert hits.short_titles == sorted(hits.short_titles)
