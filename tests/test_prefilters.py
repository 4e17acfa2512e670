"""Searches that a standard-library prefilter speeds up find exactly what the pattern alone
finds (issue 2: the same output, faster)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotekit import cues, resolve, tokenize
from quotekit.mentions import sentence_tokens

HONORIFIC_TEXTS = [
    "Mr. Mrs. Smith said Ms. Jones and Miss Lee met Sir John and Dame Judi.",
    "Mr. Sir John, Mrs Dame Edna, MrX Mr Smith, XMr Jones, Mr.\nJones, Mrs.  O’Brien",
    "Ms. ms. Dames Damen Mr. 9 Missy Elliott MMrs. Smith Sir\u00a0Toby Mr.Smith",
    "",
]


def _same(text: str) -> None:
    assert [(m.span(), m.groups()) for m in resolve._honorifics(text)] == [
        (m.span(), m.groups()) for m in resolve.HONORIFIC_RE.finditer(text)
    ]


@pytest.mark.parametrize("text", HONORIFIC_TEXTS)
def test_honorifics_are_honorific_re_matches(text: str) -> None:
    _same(text)


@given(st.text(alphabet="MrsSiDameJ. \n’-xé", max_size=50))
def test_honorifics_are_honorific_re_matches_on_any_text(text: str) -> None:
    _same(text)


#: BLOCK_RE as it was, one alternative a character: the blocks it finds are the oracle.
OLD_BLOCK_RE = regex.compile(
    r"(?:[^\r\n\u2029]|(?:\r\n|\r|\n)(?![^\S\r\n\u2029]*(?:\r\n|\r|\n|\u2029)))+"
)


@given(st.text(alphabet="ab .\n\r\t\u2029\u00a0\u2028\x0b", max_size=60))
def test_blocks_are_the_blocks_of_one_alternative_a_character(text: str) -> None:
    assert [m.span() for m in tokenize.BLOCK_RE.finditer(text)] == [
        m.span() for m in OLD_BLOCK_RE.finditer(text)
    ]


@pytest.mark.parametrize("phrase", sorted(cues._POSITION_PHRASES))
def test_a_position_phrase_starts_with_a_first_word_token(phrase: str) -> None:
    """find_frames searches a sentence for POSITION_PHRASE_RE only when one of its tokens is a
    phrase's first word: every match must start on such a token, whatever surrounds it."""
    for text in (f"Sen. Roe is {phrase} the plan.", f"“We are {phrase} it,” Roe said, “{phrase}”"):
        spots = {m.start() + 1 for m in cues.POSITION_PHRASE_RE.finditer(text)}
        assert spots
        toks = sentence_tokens(text, 0, len(text), [])
        firsts = {t.start for t in toks if t.text in cues._POSITION_FIRST_WORDS}
        assert spots <= firsts
