"""Any Unicode: no crash, and offsets always index the string the user passed (issue 7).

quotekit never normalises, re-encodes or cleans the text: offsets are Python string (code
point) offsets into the very ``str`` given, whatever line ends, controls, lone surrogates,
combining marks, bidirectional controls, emoji or full-width marks it holds.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import Analysis, QuoteKind
from strategies import check_invariants, news_document

BASE = "“It’s still just a trickle,” Kirby said.\n\nKirby said more Americans were leaving Gaza."
"""A direct quote and a reported one, in two paragraphs."""

EXPECTED = [
    (QuoteKind.DIRECT, "It’s still just a trickle,", "Kirby"),
    (QuoteKind.INDIRECT, "more Americans were leaving Gaza", "Kirby"),
]


def _seen(text: str) -> list[tuple[QuoteKind, str, str | None]]:
    """The quotes of ``text`` as (kind, text, speaker name), after checking every invariant."""
    quotes = list(quotekit.extract(text))
    check_invariants(text, quotes)
    return [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quotes]


ODD_TEXTS = {
    "CRLF": BASE.replace("\n", "\r\n"),
    "CR": BASE.replace("\n", "\r"),
    "NUL": "“It’s still\x00 just a trickle,” Kirby\x00 said.\x00\n\n\x00",
    "lone surrogates": "\ud800“It’s still \udfff just a trickle,” Kirby said.\udbff",
    "combining marks": "“Ça va tre\u0300s bien,” said Jose\u0301 Marti\u0301nez.\u0301",
    "a combining mark on a quote mark": "“\u0301It’s still just a trickle,\u0301” Kirby said.",
    "right to left": "\u200f“שלום עליכם,” Kirby said.\u200f «مرحبا» \u202eKirby said it.\u202c",
    "emoji": "“We 👍🏽 this 👨‍👩‍👧 plan 🇺🇸,” Kirby said. 🎉",
    "zero-width joiners": "“It\u200d’s still\u200b just a trickle,” Kirby\u2060 said.",
    "full-width marks": "＂It is still just a trickle,＂ Kirby said.",
    "byte order mark": "\ufeff“It’s still just a trickle,” Kirby said.",
    "line and paragraph separators": "“It’s still,” Kirby said.\u2028Kirby said more.\u2029“Yes.”",
    "NEL, VT and FF": "“It’s still just a trickle,” Kirby said.\x85\x0b\x0cKirby said more.",
    "no-break and ideographic spaces": "“It’s still\xa0just a trickle,”\u3000Kirby\xa0said.",
    "only marks and controls": "\u0301\u200d\ufeff\ud800\x00\u202e“\u0301”\r\u2029",
    "astral letters": "“𝐈𝐭 𝐢𝐬 𝐨𝐯𝐞𝐫,” Kirby said. 𝕂𝕚𝕣𝕓𝕪 said 𝔱𝔥𝔢 𝔱𝔞𝔩𝔨𝔰 𝔢𝔫𝔡𝔢𝔡.",
}
"""Texts with the characters scraped pages hold, by what they hold."""


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_characters_keep_every_invariant(name: str) -> None:
    """Each odd text is read without an exception; offsets index it, and analyze() round-trips
    through JSON (lone surrogates included, as JSON escapes)."""
    text = ODD_TEXTS[name]
    _seen(text)
    analysis = quotekit.analyze(text)
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_give_the_quotes_of_lf(line_end: str) -> None:
    """CRLF and CR line ends give the quotes LF gives, with offsets into the text as passed."""
    assert _seen(BASE.replace("\n", line_end)) == EXPECTED == _seen(BASE)


def test_offsets_are_code_points_of_the_string_passed() -> None:
    """Offsets count Python code points (an emoji is one, a combining mark is one), never bytes
    or UTF-16 units, so they index the string as given."""
    text = "Ce\u0301sar 👍🏽. “It’s 𝐨𝐯𝐞𝐫,” Kirby said."
    (quote,) = quotekit.extract(text)
    assert (quote.start, quote.end) == (text.index("It"), text.index("”"))
    assert text[quote.start : quote.end] == "It’s 𝐨𝐯𝐞𝐫,"


def test_nfd_text_keeps_its_own_offsets() -> None:
    """Decomposed (NFD) input gives the quotes of composed (NFC) input, with offsets and texts
    taken from the NFD string itself, not from a normalised copy."""
    nfc = "“Nous restons ici, c’est décidé,” Émile Ørsted said. Ørsted said the port reopens."
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc)
    from_nfd = quotekit.extract(nfd)
    for q in from_nfd:
        assert nfd[q.start : q.end] == q.text
        assert unicodedata.is_normalized("NFD", q.text)
    composed = [
        (k, unicodedata.normalize("NFC", t), unicodedata.normalize("NFC", s) if s else None)
        for k, t, s in _seen(nfd)
    ]
    assert composed == _seen(nfc)
    assert composed[0][2] == "Émile Ørsted"


ACCENTED_NAMES = ["Émile Ørsted", "Łukasz Wałęsa", "Ana Muñoz", "Jürgen Müller", "Çelik Öztürk"]
"""Names with accented letters, none at the end of a word: the test below has those."""


@given(news_document(max_paragraphs=4), st.sampled_from(ACCENTED_NAMES))
def test_nfc_and_nfd_give_the_same_quotes(doc: tuple[list[str], str], name: str) -> None:
    """News text with accented names gives the same quotes composed and decomposed, each with
    offsets into its own string."""
    paragraphs, line_end = doc
    text = line_end.join(p.replace("Ana Ruiz", name) for p in paragraphs)
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    composed = [
        (k, unicodedata.normalize("NFC", t), unicodedata.normalize("NFC", s) if s else None)
        for k, t, s in _seen(nfd)
    ]
    assert composed == _seen(nfc)


@pytest.mark.parametrize("name", ["José Martínez", "Zoë Brontë"])
def test_nfd_names_ending_in_an_accented_letter(name: str) -> None:
    """A name whose words end in an accented letter is read whole from NFD text too."""
    nfc = f"According to {name}, the port will reopen in the spring."
    nfd = unicodedata.normalize("NFD", nfc)
    (quote,) = quotekit.extract(nfd)
    assert quote.speaker is not None
    assert unicodedata.normalize("NFC", quote.speaker.name) == name


ODD_CHARACTERS = [
    *"\x00\u0301\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2060\ufeff\u2028\u2029\x85\x0b\x0c",
    *"\xa0\u3000\r＂＇「」『』〝〞‟‛\U0001d400",
    "\ud800",
    "\udfff",
    "👍🏽",
    "🇺🇸",
    "👨‍👩‍👧",
    "\r\n",
]
"""Characters a scraped page may hold anywhere, one surrogate half included."""


@st.composite
def _sprinkled(draw: st.DrawFn) -> str:
    """A news-like document with odd characters put in at random places."""
    paragraphs, line_end = draw(news_document(max_paragraphs=4))
    text = line_end.join(paragraphs)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD_CHARACTERS)) + text[at:]
    return text


@given(_sprinkled())
def test_odd_characters_anywhere_keep_every_invariant(text: str) -> None:
    """Controls, surrogates, joiners, bidirectional marks and emoji anywhere in news text: no
    exception, and every offset indexes the text as passed."""
    _seen(text)


@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=200))
def test_any_code_points_keep_every_invariant(text: str) -> None:
    """Any code points at all, surrogates and unassigned ones included: no exception."""
    _seen(text)


def test_full_width_quotes_in_two_sentences() -> None:
    """Full-width quotation marks (＂) are read as their ASCII counterparts are."""
    ascii_text = '"It is still just a trickle," Kirby said. "Yes, we will," he said.'
    assert _seen(ascii_text.replace('"', "＂")) == _seen(ascii_text)


def test_soft_hyphens_inside_words() -> None:
    """Soft hyphens (U+00AD), which pages put in long words as hyphenation hints, change no
    quote but the text of the quote that holds them."""
    plain = "“It’s still just a trickle,” John Kirby said. Kirby said the talks were over."
    soft = plain.replace("Kirby", "Kir\xadby").replace("trickle", "trick\xadle")
    assert [(k, s) for k, _t, s in _seen(soft)] == [
        (k, s.replace("Kirby", "Kir\xadby") if s else s) for k, _t, s in _seen(plain)
    ]


def test_paragraph_separator_separates_paragraphs() -> None:
    """U+2029 PARAGRAPH SEPARATOR separates paragraphs as a blank line does."""
    blank_lines = [(q.kind, q.text, q.paragraph) for q in quotekit.extract(BASE)]
    separator = [
        (q.kind, q.text, q.paragraph) for q in quotekit.extract(BASE.replace("\n\n", "\u2029"))
    ]
    assert separator == blank_lines
