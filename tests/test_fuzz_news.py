"""Properties of extraction on news-like documents, explored by Hypothesis (issue 7).

The documents come from ``tests/strategies.py``: sentences shaped as news writes speech, in
paragraphs joined by every kind of line end. CI runs a bounded number of examples (the "ci"
profile of ``tests/conftest.py``).
"""

from __future__ import annotations

import json

import regex
from hypothesis import assume, given
from hypothesis import strategies as st

import quotekit
from quotekit import Analysis, QuoteKind
from strategies import (
    UNRELATED_PARAGRAPHS,
    check_invariants,
    cued_in_its_paragraph,
    extract_checked,
    news_document,
    quote_key,
)

# Why: a paragraph that opens with a quotation mark may continue the quote of the one before,
# so a paragraph put in before it is not unrelated.
OPENS_RE = regex.compile(r"[\s\p{Pd}•]*[\p{Pi}\p{Ps}\p{Pf}\"'«»„‚「『＂＇]")


#: Documents of the between-paragraphs property have at most this many paragraphs: a pronoun
#: looks back this many paragraphs for its person, so one more paragraph between them may
#: change what it resolves to (a known violation, pinned below).
PRONOUN_WINDOW = 4


def _join(doc: tuple[list[str], str]) -> str:
    paragraphs, line_end = doc
    return line_end.join(paragraphs)


@given(news_document())
def test_news_documents_keep_every_invariant(doc: tuple[list[str], str]) -> None:
    """On news-like text: no exception, offsets index the input, spans in bounds and in order."""
    extract_checked(_join(doc))


@given(news_document())
def test_analyze_and_extract_agree(doc: tuple[list[str], str]) -> None:
    """analyze() gives the quotes extract() gives, its speakers are theirs, and it round-trips."""
    text = _join(doc)
    analysis = quotekit.analyze(text)
    assert list(analysis.quotes) == list(quotekit.extract(text))
    check_invariants(text, list(analysis.quotes))
    speakers = {q.speaker.name for q in analysis.quotes if q.speaker is not None}
    assert {s.name for s in analysis.speakers} == speakers
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis


@given(news_document(), st.sampled_from([0.0, 0.4, 0.6, 0.85, 0.95, 1.0]))
def test_min_confidence_only_filters(doc: tuple[list[str], str], threshold: float) -> None:
    """min_confidence keeps exactly the quotes at or above it, unchanged."""
    text = _join(doc)
    everything = quotekit.extract(text)
    kept = quotekit.extract(text, min_confidence=threshold)
    assert list(kept) == [q for q in everything if q.confidence >= threshold]


@given(news_document(), st.sets(st.sampled_from(list(QuoteKind)), min_size=1))
def test_kinds_only_filters(doc: tuple[list[str], str], kinds: set[QuoteKind]) -> None:
    """kinds keeps exactly the quotes of those kinds, unchanged."""
    text = _join(doc)
    everything = quotekit.extract(text)
    assert list(quotekit.extract(text, kinds=kinds)) == [q for q in everything if q.kind in kinds]


def _with_paragraph(
    paragraphs: list[str], line_end: str, unrelated: str, at: int
) -> tuple[str, str, int, int]:
    """The text, the text with ``unrelated`` put in as paragraph ``at``, and where and by how
    much the offsets after it move (``-1`` when it is appended and nothing moves)."""
    text = line_end.join(paragraphs)
    longer = line_end.join([*paragraphs[:at], unrelated, *paragraphs[at:]])
    if at == len(paragraphs):
        return text, longer, -1, 0
    shift_from = len(line_end.join(paragraphs[:at])) + (len(line_end) if at else 0)
    return text, longer, shift_from, len(unrelated) + len(line_end)


def _same_quotes_with_paragraph(
    paragraphs: list[str], line_end: str, unrelated: str, at: int, context: bool = True
) -> None:
    """The quotes of the paragraphs are those of the paragraphs with ``unrelated`` put in as
    paragraph ``at``. Without ``context``, the attribution of a quote whose cue is in an
    earlier paragraph (one that continues a speaker, or takes a turn in dialogue) may change:
    those rules read the order of paragraphs by design."""
    text, longer, shift_from, shift = _with_paragraph(paragraphs, line_end, unrelated, at)
    before = [
        quote_key(q, shift_from, shift, context or cued_in_its_paragraph(text, q))
        for q in quotekit.extract(text)
    ]
    after = [
        quote_key(q, attribution=context or cued_in_its_paragraph(longer, q))
        for q in extract_checked(longer)
    ]
    assert after == before


@given(news_document(), st.sampled_from(UNRELATED_PARAGRAPHS))
def test_an_unrelated_paragraph_at_the_end_changes_no_quote(
    doc: tuple[list[str], str], unrelated: str
) -> None:
    """A paragraph with no mark, cue, name or pronoun, added at the end, changes no quote."""
    paragraphs, line_end = doc
    _same_quotes_with_paragraph(paragraphs, line_end, unrelated, len(paragraphs))


@given(
    news_document(max_paragraphs=PRONOUN_WINDOW), st.sampled_from(UNRELATED_PARAGRAPHS), st.data()
)
def test_an_unrelated_paragraph_between_others_changes_no_quote(
    doc: tuple[list[str], str], unrelated: str, data: st.DataObject
) -> None:
    """A paragraph with no mark, cue, name or pronoun, put in between two others, leaves every
    quote of the others as it was, its offsets moved by the paragraph's length, and the
    attribution of every quote whose cue is in its own paragraph. (Not before a paragraph that
    opens with a quotation mark: that one may continue the quote before it. At most four
    paragraphs, as pronouns look back four: the two tests below put a paragraph about nothing
    between a speaker and a later quote.)"""
    paragraphs, line_end = doc
    places = [i for i in range(1, len(paragraphs)) if not OPENS_RE.match(paragraphs[i])]
    assume(places)
    at = data.draw(st.sampled_from(places), label="insert at")
    _same_quotes_with_paragraph(paragraphs, line_end, unrelated, at, context=False)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@given(st.lists(st.text(max_size=80), min_size=1, max_size=6), st.sampled_from(["\r\n", "\r"]))
def test_line_ends_do_not_change_the_quotes(paragraphs: list[str], line_end: str) -> None:
    """The same lines joined by CRLF or CR instead of LF give the same quotes (a quote that
    runs over a line end holds that line end)."""
    lines = [p.replace("\r", " ").replace("\n", " ") for p in paragraphs]
    lf = [(q.kind, q.text) for q in quotekit.extract("\n".join(lines))]
    other = [(q.kind, _lf(q.text)) for q in extract_checked(line_end.join(lines))]
    assert other == lf


def test_an_unrelated_paragraph_does_not_push_a_speaker_out_of_reach() -> None:
    """A paragraph with no mark, cue, name or pronoun, put between a speaker and the pronoun
    that refers to it, does not change whom the pronoun's quote is attributed to."""
    paragraphs = [
        "“We will go on,” the White House said.",
        *["“We will stay,” Kirby said."] * 3,
        "they said: “We are here.”",
    ]
    _same_quotes_with_paragraph(paragraphs, "\n\n", UNRELATED_PARAGRAPHS[0], 4)


def test_an_unrelated_paragraph_between_two_speakers_changes_no_quote() -> None:
    """A paragraph with no mark, cue, name or pronoun, put between two speakers' quotes, does
    not change whom the cue-less quote after them is attributed to."""
    paragraphs = [
        "“We will go on,” Kirby said.",
        "“We will stay,” Ana Ruiz said.",
        "“We are not leaving.”",
    ]
    _same_quotes_with_paragraph(paragraphs, "\n\n", UNRELATED_PARAGRAPHS[0], 1)


@given(news_document(max_paragraphs=PRONOUN_WINDOW), st.sampled_from(UNRELATED_PARAGRAPHS))
def test_an_unrelated_first_paragraph_changes_no_quote(
    doc: tuple[list[str], str], unrelated: str
) -> None:
    """A paragraph with no mark, cue, name or pronoun put before the others changes no quote
    but its offsets and paragraph number."""
    paragraphs, line_end = doc
    _same_quotes_with_paragraph(paragraphs, line_end, unrelated, 0)


def test_a_first_paragraph_keeps_a_one_word_quote() -> None:
    """A one-word quote after "Kirby said:" is the same quote in the first paragraph and after
    an unrelated one (it once was dropped in the first)."""
    _same_quotes_with_paragraph(["Kirby said: “Enough.”"], "\n\n", UNRELATED_PARAGRAPHS[0], 0)


def test_an_unrelated_first_paragraph_opening_with_the() -> None:
    """A run of capitals that goes on into a sentence with no full stop before it ("said Kirby
    The talks") names no person "Kirby The": his surname "The" made the unrelated paragraph
    "The weather ..." a mention of him, and the pronoun before it his (a fuzz failure)."""
    paragraph = "“We will stay,” he said. “We are here,” said Kirby The, Kirby said."
    assert "Kirby The" not in {s.name for s in quotekit.analyze(paragraph).speakers}
    _same_quotes_with_paragraph([paragraph], "\n\n", UNRELATED_PARAGRAPHS[0], 0)
