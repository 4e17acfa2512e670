"""The shortcuts of the cue readers (issue #2) give the answers of the longer ways they spare."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit import cues, extract

# letters, digits and marks of several scripts, with the spaces and punctuation between words
_CHARS = "ab Zé1٣ß中’'-.,“”\u00a0\n\u0301"


@given(
    st.text(alphabet=_CHARS, max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(0, 4),
)
def test_has_words_is_the_count_of_content_words(
    text: str, start: int, end: int, needed: int
) -> None:
    assert cues._has_words(text, start, end, needed) == (
        cues._content_words(text, start, end) >= needed
    )


@pytest.mark.parametrize(
    "text",
    [
        "The guard scored 30 points and added 10 rebounds on Friday night.",
        "The senator is said to be furious about the new spending plan.",
        "The mayor has known him for years and trusts his judgement.",
    ],
)
def test_a_cue_form_with_no_position_still_reports_nothing(text: str) -> None:
    """_no_position's one test for the cues it has no rule for leaves its rules as they were."""
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Says Bridge Will Open By Spring", "Mayor"),  # a headline's capitalised cue
        # a capitalised word of a cue's form in a name is no cue outside a headline
        ("The Plan Commission met on Monday, and Smith said the vote would wait.", "Smith"),
        ("Smith on Monday said the vote would wait until the spring.", "Smith"),
        ("Smith last week said the vote would wait until the spring.", "Smith"),
    ],
)
def test_one_attribution_each(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker
