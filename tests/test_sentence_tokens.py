"""sentence_tokens() against the plain one-Match-per-token reading it replaces for speed."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from hypothesis import given
from hypothesis import strategies as st

from quotekit.mentions import _ABBREV_WORDS, _EDGE_KINDS, Tok, sentence_tokens
from quotekit.tokenize import TOKEN_RE

#: Characters that exercise every token kind, abbreviations, apostrophes and white space.
ALPHABET = "aAbMrSU.,'’“”\"-&1 9:/\n\t\u00a0\u2003\x1c\u0301éΩж\u208f"


def reference_tokens(
    text: str, start: int, end: int, protected: Sequence[tuple[int, int]]
) -> list[Tok]:
    """The straightforward reading: one TOKEN_RE match per token."""
    toks: list[Tok] = []
    k = 0
    p_start, p_end = protected[0] if protected else (end + 1, end + 1)
    for m in TOKEN_RE.finditer(text, start, end):
        s, e = m.span()
        kind = m.lastgroup
        assert kind is not None
        word = m.group()
        if kind == "punct" and word == "." and toks:
            last = toks[-1]
            if (
                last.end == s
                and last.kind == "word"
                and (
                    last.text.lower() in _ABBREV_WORDS
                    or (len(last.text) == 1 and last.text.isupper())
                )
            ):
                toks[-1] = Tok(last.text + ".", last.start, e, "abbr", last.quoted)
                continue
        while s >= p_end:
            k += 1
            p_start, p_end = protected[k] if k < len(protected) else (end + 1, end + 1)
        toks.append(Tok(word, s, e, kind, p_start <= s))
    return toks


@given(st.text(alphabet=ALPHABET, max_size=60), st.data())
def test_sentence_tokens_match_one_match_per_token(text: str, data: st.DataObject) -> None:
    """Any range of any text, with any sorted protected ranges, gives the same tokens."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    protected = list(zip(cuts[::2], cuts[1::2], strict=False))
    assert sentence_tokens(text, start, end, protected) == reference_tokens(
        text, start, end, protected
    )


def test_isalpha_pieces_are_one_word_token() -> None:
    """sentence_tokens takes a piece between spaces that str.isalpha() accepts for one word
    token without the pattern: that holds while every such character is a \\p{L} of regex."""
    letters = "".join(ch for ch in map(chr, range(0x110000)) if ch.isalpha())
    assert regex.fullmatch(r"\p{L}*", letters) is not None
    text = "The  U.S. envoy’s  talks, Mr. Kirby said \u00a0Ωмир  ж\u208f."
    assert sentence_tokens(text, 0, len(text), [(4, 20)]) == reference_tokens(
        text, 0, len(text), [(4, 20)]
    )


def test_words_between_quotation_marks_and_punctuation() -> None:
    """Pieces of one word with marks or punctuation around it, read without the pattern, give
    the pattern's tokens: an abbreviation keeps its full stop, the rest stand alone."""
    for ch, kind in _EDGE_KINDS.items():  # each is one token of its kind, in any company
        assert [(m.group(), m.lastgroup) for m in TOKEN_RE.finditer(f"a{ch}{ch}a")] == [
            ("a", "word"),
            (ch, kind),
            (ch, kind),
            ("a", "word"),
        ]
    text = "“We (Mr. Kirby’s aides) said.” “Gen.” ‘No—’ (A.) said,” Kirby’ ‘n’ ...(yes!?) O'Neil’s"
    for protected in ([], [(0, 31), (32, 38)], [(5, 9), (40, 70)]):
        assert sentence_tokens(text, 0, len(text), protected) == reference_tokens(
            text, 0, len(text), protected
        )
    toks = sentence_tokens(text, 0, len(text), [])
    assert [t.text for t in toks[:5]] == ["“", "We", "(", "Mr.", "Kirby’s"]
    assert [(t.text, t.kind) for t in toks if t.text in ("Gen.", "A.", "”")] == [
        ("”", "quote"),
        ("Gen.", "abbr"),
        ("”", "quote"),
        ("A.", "abbr"),
        ("”", "quote"),
    ]


def test_number_keeps_words_hyphenated_to_it() -> None:
    """A "19-year-old" and a "3-2" are one number token: a hyphen after a number is no dash (a
    "19-year-old man" read "year-old man" as a subject after a dash)."""
    text = "A 19-year-old man won 3-2, then 45-year-old Ann - a nurse - spoke 7:30-8:30, 4.5-6.5."
    toks = sentence_tokens(text, 0, len(text), [])
    assert toks == reference_tokens(text, 0, len(text), [])
    assert [(t.text, t.kind) for t in toks if t.text[:1].isdigit()] == [
        ("19-year-old", "number"),
        ("3-2", "number"),
        ("45-year-old", "number"),
        ("7:30-8:30", "number"),
        ("4.5-6.5", "number"),
    ]
    assert [t.text for t in toks].count("-") == 2  # the spaced dashes stay marks of their own
