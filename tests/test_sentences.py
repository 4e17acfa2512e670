"""Sentence splitting: which full stops end a sentence."""

from __future__ import annotations

import pytest

from quotekit.tokenize import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in sentence_spans(text, 0, len(text), [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations that only stand before a number end a sentence elsewhere
        ("She would vote no. She said so.", ["She would vote no.", "She said so."]),
        ("He ranks No. 2 in the party. We agree.", ["He ranks No. 2 in the party.", "We agree."]),
        ("See p. 5 of the report. It is clear.", ["See p. 5 of the report.", "It is clear."]),
        (
            "It was a work of art. The crowd cheered.",
            ["It was a work of art.", "The crowd cheered."],
        ),
        # titles, months and initials never end one
        ("Sen. Warren spoke. We left.", ["Sen. Warren spoke.", "We left."]),
        ("On Jan. 6 they met. It rained.", ["On Jan. 6 they met.", "It rained."]),
        ("Kenneth P. Cohen wrote it. He agreed.", ["Kenneth P. Cohen wrote it.", "He agreed."]),
    ],
)
def test_full_stops_that_end_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
