"""Invariants on any input, checked with Hypothesis."""

from __future__ import annotations

from hypothesis import given

import quotekit
from quotekit.tokenize import tokenize
from strategies import any_text


def _check_invariants(text: str) -> None:
    quotes = quotekit.extract(text)
    last = (-1, -1)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert (q.start, q.end) >= last
        last = (q.start, q.end)
        assert 0.0 <= q.confidence <= 1.0
        for s, e in q.parts:
            assert q.start <= s <= e <= q.end
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start : m.end] == m.text
        if q.speaker is not None:
            for m in q.speaker.mentions:
                assert text[m.start : m.end] == m.text


@given(any_text)
def test_any_text_keeps_every_invariant(text: str) -> None:
    """For any string: no exception, spans in bounds and in order, offsets index the input."""
    _check_invariants(text)


@given(any_text)
def test_extraction_is_deterministic(text: str) -> None:
    """The same text gives the same quotes twice."""
    assert quotekit.extract(text) == quotekit.extract(text)


@given(any_text)
def test_tokenizer_rebuilds_its_input(text: str) -> None:
    """Tokens keep their offsets and only white space lies between them."""
    pos = 0
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
        assert text[pos : tok.start].strip() == ""
        pos = tok.end
    assert text[pos:].strip() == ""
