"""quotekit.fastpath's twins match exactly what the regex patterns they stand for match, on any
text of the repertoire they are used on; is_plain turns away every other text."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from quotekit import cues, fastpath, mentions, resolve, tokenize

#: Characters of every class the patterns tell apart: letters of each case, marks, numbers
#: (superscripts, fractions, Roman numerals), every kind of space, the quotation marks,
#: apostrophes and hyphens, abbreviation dots and the name particles' letters.
ALPHABET = (
    "aAbBdeEKlLnNrsSvVzZ ÀéÉßøŁıſǅʼ\u0301\u0308 0129²½Ⅻ .,:;/&-–—’'‘“”\"«»‹›„「」＂＇"
    "\n\r\t\x0b\x0c\x1c\x85\u00a0\u00ad\u2003\u2028\u2029\u202f\u3000(_)#"
)
texts = st.text(alphabet=ALPHABET, max_size=60)
repertoire_chars = st.text(
    alphabet=st.sampled_from(fastpath.CHARACTERS),
    max_size=40,
)

PAIRS = [
    (fastpath.SPACED_TOKEN_RE, mentions.SPACED_TOKEN_RE),
    (fastpath.NAME_RUN_RE, resolve.NAME_RUN_RE),
    (fastpath.CAP_WORD_RE, resolve.CAP_WORD_RE),
    (fastpath.WORD_RE, cues.WORD_RE),
    (fastpath.SENTENCE_END_RE, tokenize.SENTENCE_END_RE),
]


def _same(text: str) -> None:
    assert fastpath.is_plain(text)
    for twin, original in PAIRS:
        assert [(m.span(), m.groups()) for m in twin.finditer(text)] == [
            (m.span(), m.groups()) for m in original.finditer(text)
        ], original.pattern


@given(texts)
def test_twins_match_as_the_originals(text: str) -> None:
    _same(text)


@given(repertoire_chars)
def test_twins_match_as_the_originals_over_the_whole_repertoire(text: str) -> None:
    _same(text)


def test_twins_match_as_the_originals_on_abbreviations_and_joined_words() -> None:
    """The token twin tries an abbreviation only where a letter and a full stop start it and
    keeps a word's joined parts possessively: the same tokens either way."""
    for text in (
        "U.S. e.g. A.B a.b.c. Ä.Ö. x.y.z U. S. A.B.C.D.E.F.",
        "O’Brien-Smith rock-’n’-roll don't x-y- A&B&C a--b a-’b 'tis co-op-",
        "9/11 1,000.5th 3rd 4.5.6 7: U.S.-led a.-b.",
    ):
        _same(text)


def test_every_repertoire_character_is_classed_as_regex_classes_it() -> None:
    for ch in fastpath.CHARACTERS:
        assert bool(fastpath.WORD_RE.fullmatch(ch)) == bool(regex.fullmatch(r"[\p{L}\p{N}]", ch))
        assert bool(fastpath.CAP_WORD_RE.match(ch + "a")) == bool(
            resolve.CAP_WORD_RE.match(ch + "a")
        )


def test_is_plain() -> None:
    assert fastpath.is_plain("“It’s over,” Kirby said — at 9:30 p.m.\n")
    assert fastpath.is_plain("")
    for odd in ("Мария", "東京", "😀", "\U0001d400", "\u0600", "\u1680"):
        assert not fastpath.is_plain(f"She said {odd}.")
    text = "Мария said “yes”."
    assert fastpath.is_plain(text, 6)
    assert not fastpath.is_plain(text, 0, 6)


@given(st.text(alphabet="Ab1. !?…”’)\n\u00a0\u2003“(-", max_size=40), st.integers(0, 40))
def test_sentence_spans_are_the_same_with_and_without_the_twin(text: str, start: int) -> None:
    start = min(start, len(text))
    fast = tokenize.sentence_spans(text, start, len(text))
    real = fastpath.is_plain
    try:
        fastpath.is_plain = lambda *_: False  # type: ignore[assignment]
        assert tokenize.sentence_spans(text, start, len(text)) == fast
    finally:
        fastpath.is_plain = real  # type: ignore[assignment]


def test_a_noted_document_is_plain_in_every_piece_until_forgotten() -> None:
    plain = "Kirby said “no”."
    odd = "Мария said “yes”."
    token = fastpath.note_document(plain)
    try:
        assert fastpath.is_plain(plain, 3, 9)
        assert not fastpath.is_plain(odd)  # another text is still scanned
    finally:
        fastpath.forget_document(token)
    token = fastpath.note_document(odd)
    try:
        assert not fastpath.is_plain(odd)
        assert fastpath.is_plain(odd, 6)
    finally:
        fastpath.forget_document(token)


def test_white_space_is_every_character_regex_takes_for_it() -> None:
    everything = "".join(map(chr, range(0x110000)))
    assert frozenset(regex.findall(r"\s", everything)) == fastpath.WHITE_SPACE
