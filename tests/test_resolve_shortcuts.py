"""Shortcuts of the resolver give what the full reading they skip gives (issue 2: the same
output, faster)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit import resolve

#: Texts with a name at the end of each: the shortcut must never say "no title" where the full
#: read of the title window finds one.
TITLE_TEXTS = [
    "The talks stalled, said John Kirby",
    "White House spokesman John Kirby",
    "the former John Kirby",
    "Secretary of State Antony Blinken",
    "minister for Jane Doe",
    "Gov. Gavin Newsom",
    "(John Kirby",
    "“John Kirby",
    "Reporters asked,\n  John Kirby",
    "met with  \t John Kirby",
    "the deputy press secretary Karine Jean-Pierre",
    "state-run John Kirby",
    "G7 John Kirby",
    "on John Kirby",
    "and John Kirby",
    "U.S. John Kirby",
    "a spokesman John Kirby",
    "x" * 70 + " said John Kirby",
    "said" + " " * 60 + "John Kirby",
    "—John Kirby",
    "",
]


def _name_starts(text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if i == len(text) or text[i].isupper()]


def _agrees(text: str) -> None:
    for start in _name_starts(text):
        if resolve._no_title_before(text, start):
            assert resolve._title_in_window(text, start) is None, (text, start)


@pytest.mark.parametrize("text", TITLE_TEXTS)
def test_no_title_shortcut_agrees_with_the_full_read(text: str) -> None:
    _agrees(text)


def test_no_title_shortcut_fires_on_plain_cases() -> None:
    text = "Officials met, said John Kirby, and (Ann Lee"
    assert resolve._no_title_before(text, text.index("John"))
    assert resolve._no_title_before(text, text.index("Ann"))
    assert not resolve._no_title_before("spokesman John Kirby", 10)
    assert not resolve._no_title_before("Secretary of John Kirby", 13)


@given(
    st.lists(
        st.sampled_from(
            [
                *"aoefs .,()\n\r\u2029\u00a0—“’-7JKG",
                *("said ", "of ", "former ", "spokesman ", "Gov. ", "Mr. ", "the ", "and "),
            ]
        ),
        max_size=20,
    )
)
def test_no_title_shortcut_agrees_on_any_text(pieces: list[str]) -> None:
    _agrees("".join(pieces) + "John Kirby")
