"""The user's seed article (seeds/biden-netanyahu-kirby.txt) and what it must yield."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotekit

SEED = (Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt").read_text(
    encoding="utf-8"
)

# (text that must lie inside a quote, how many times it occurs, kind, speaker)
EXPECTED = [
    ("Biden continuing to push for a humanitarian pause", 2, "indirect", "White House official"),
    ("a whole range of issues", 2, "mixed", "John Kirby"),
    ("at the beginning of this conversation", 2, "mixed", "John Kirby"),
    ("more Americans were leaving the Gaza Strip on Monday", 2, "indirect", "John Kirby"),
    ("unfolding as we speak", 2, "mixed", "John Kirby"),
    ("Biden reiterated the United States’ support for Israel", 1, "indirect", "John Kirby"),
    ("the two leaders agreed to speak again", 1, "indirect", "John Kirby"),
    (
        "he won’t consider a pause until Hamas releases hostages",
        1,
        "indirect",
        "Benjamin Netanyahu",
    ),
    ("We still believe that these are conversations worth having,", 1, "direct", "John Kirby"),
    ("And we're going to continue to have them", 1, "direct", "John Kirby"),
    ("talks are having an impact", 1, "indirect", "John Kirby"),
    ("not enough", 1, "mixed", "John Kirby"),
    ("It’s still just a trickle,", 1, "direct", "John Kirby"),
    ("More than 300 Americans have evacuated", 1, "indirect", "John Kirby"),
    ("We have seen some indications", 1, "direct", "John Kirby"),
    ("many, many thousands of innocent people killed", 1, "direct", "John Kirby"),
    ("They are up against a wily foe", 1, "direct", "John Kirby"),
    ("I think we all need to remember who they’re fighting.", 1, "direct", "John Kirby"),
    ("That's the brutality that they're up against.", 1, "direct", "John Kirby"),
]


@pytest.fixture(scope="module")
def quotes() -> list[quotekit.Quote]:
    return quotekit.extract(SEED)


def _occurrences(sub: str) -> list[int]:
    out, i = [], SEED.find(sub)
    while i >= 0:
        out.append(i)
        i = SEED.find(sub, i + 1)
    return out


@pytest.mark.parametrize(
    ("sub", "count", "kind", "speaker"), EXPECTED, ids=[e[0][:30] for e in EXPECTED]
)
def test_seed_expectation(
    quotes: list[quotekit.Quote], sub: str, count: int, kind: str, speaker: str
) -> None:
    """Each expected passage lies inside a quote of its kind spoken by its speaker."""
    hits = _occurrences(sub)
    assert len(hits) == count
    for i in hits:
        inside = [q for q in quotes if q.start <= i and i + len(sub) <= q.end]
        assert any(
            q.speaker is not None and q.speaker.name == speaker and q.kind.value == kind
            for q in inside
        ), [(q.kind.value, q.speaker and q.speaker.name) for q in inside]


@pytest.mark.parametrize("sub", ["Facebook Twitter", "What You Need To Know"])
def test_seed_page_furniture_is_no_quote(quotes: list[quotekit.Quote], sub: str) -> None:
    """Headings and share buttons are not speech."""
    i = SEED.find(sub)
    assert not [q for q in quotes if q.start <= i < q.end]


def test_seed_reporters_word_is_not_kirbys(quotes: list[quotekit.Quote]) -> None:
    """“sway” comes from a reporter's question, not from Kirby."""
    i = SEED.find("sway")
    assert not [
        q for q in quotes if q.start <= i < q.end and q.speaker and q.speaker.name == "John Kirby"
    ]


def test_seed_direct_quotes_are_the_words_between_the_marks(quotes: list[quotekit.Quote]) -> None:
    """A direct quote's span is exactly the text between its quotation marks."""
    for q in quotes:
        if q.kind is quotekit.QuoteKind.DIRECT:
            assert SEED[q.start - 1] in '“"', q.text[:30]


def test_seed_analysis_lists_kirby_once_with_all_his_mentions() -> None:
    """analyze() has one John Kirby, with his name, surname, pronoun and description mentions."""
    a = quotekit.analyze(SEED)
    kirbys = [s for s in a.speakers if s.name == "John Kirby"]
    assert len(kirbys) == 1
    texts = {m.text for m in kirbys[0].mentions}
    assert {"John Kirby", "Kirby", "he", "He", "The White House official"} <= texts
    assert kirbys[0].title == "White House National Security Council spokesman"
