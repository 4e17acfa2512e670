"""quotekit.wordscan finds in one pass the words several stages' own patterns find."""

from __future__ import annotations

import regex

import quotekit
from quotekit.cues import HEADLINE_VERB_RE, HEADLINE_VERBS
from quotekit.wordscan import HEADLINE_WORDS, scan_words


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
