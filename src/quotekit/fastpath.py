"""Standard-library twins of the ``regex`` patterns quotekit runs over most of every text.

The ``regex`` package is needed for its Unicode classes (``\\p{L}``, ``\\p{Lu}``, ...), but on
a plain character class the standard library's engine is about twice as fast. Most news text
keeps to a small repertoire of characters: Latin letters with their accents and combining
marks, general punctuation (curly quotes, dashes, special spaces), currency, letter-like
symbols and number forms, and the CJK and full-width quotation marks. For that repertoire the
classes are worked out here, at import, from ``regex`` itself (a few thousand characters), so
each twin below matches exactly what its original matches on any text made of repertoire
characters. :func:`is_plain` says whether a piece of text is; where it is not, the callers use
the original pattern.
"""

from __future__ import annotations

import re
from contextvars import ContextVar, Token
from typing import Final

import regex

__all__ = [
    "CAP_WORD_RE",
    "NAME_RUN_RE",
    "SENTENCE_END_RE",
    "SENTENCE_FULL_STOP_RE",
    "SPACED_TOKEN_RE",
    "WHITE_SPACE",
    "WORD_RE",
    "forget_document",
    "is_plain",
    "note_document",
]

#: The code point ranges (inclusive) of the repertoire the twins are exact on.
REPERTOIRE: Final = (
    (0x0000, 0x036F),  # Basic Latin to Latin Extended-B, IPA, spacing and combining marks
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese, Welsh)
    (0x2000, 0x218F),  # general punctuation, super- and subscripts, currency, letterlike, numbers
    (0x3000, 0x303F),  # CJK symbols and punctuation (corner brackets, ideographic space)
    (0xFF00, 0xFFEF),  # half-width and full-width forms (full-width quotation marks)
)


def _ranges(chars: str) -> str:
    """``chars`` (sorted, each once) as the inside of a character class of ranges."""
    out: list[str] = []
    i = 0
    while i < len(chars):
        j = i
        while j + 1 < len(chars) and ord(chars[j + 1]) == ord(chars[j]) + 1:
            j += 1
        out.append(
            re.escape(chars[i]) if i == j else f"{re.escape(chars[i])}-{re.escape(chars[j])}"
        )
        i = j + 1
    return "".join(out)


#: Every character of the repertoire, in order.
CHARACTERS: Final = "".join(chr(c) for lo, hi in REPERTOIRE for c in range(lo, hi + 1))


def _members(prop: str) -> str:
    """The inside of a class of the repertoire's characters that ``regex`` puts in ``prop``."""
    return _ranges("".join(regex.findall(prop, CHARACTERS)))


_L: Final = _members(r"\p{L}")
_LU: Final = _members(r"\p{Lu}")
_LL: Final = _members(r"\p{Ll}")
_M: Final = _members(r"\p{M}")
_N: Final = _members(r"\p{N}")
_S: Final = _members(r"\s")
#: White space that ends no line (``quotekit.tokenize.SPACE_IN_LINE``, which imports this module).
_S_IN_LINE: Final = _members(r"[^\S\r\n\u2029]")

#: The repertoire's characters and those of their lower cases: what a text of the repertoire
#: holds once lower-cased (a few letters' lower cases lie outside the repertoire: Ω, Ⱥ).
LOWER_CHARACTERS: Final = "".join(sorted(set(CHARACTERS).union(*(ch.lower() for ch in CHARACTERS))))
#: The inside of a class of the characters of LOWER_CHARACTERS that the standard library's
#: ``\w`` matches (in a ``str`` pattern: ``str.isalnum()`` or "_").
LOWER_WORD_CHARACTERS: Final = _ranges("".join(re.findall(r"\w", LOWER_CHARACTERS)))

#: Every character ``regex`` takes for white space (``\\s``): Unicode's White_Space, none of
#: them above U+3000.
WHITE_SPACE: Final = frozenset(regex.findall(r"\s", "".join(map(chr, range(0x3001)))))

# Why: one scan of the standard library's engine says whether a text keeps to the repertoire.
_OUTSIDE_RE: Final = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in REPERTOIRE) + "]"
)


# Why: the document being analysed, when it keeps to the repertoire, so that the stages' many
# questions about pieces of it need no scan of their own (set by note_document for one run).
_PLAIN_DOCUMENT: Final[ContextVar[str | None]] = ContextVar("quotekit_plain_document", default=None)


def is_plain(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` keeps to the repertoire the twins are exact on."""
    if text.isascii() or text is _PLAIN_DOCUMENT.get():
        return True
    return _OUTSIDE_RE.search(text, start, len(text) if end is None else end) is None


def note_document(text: str) -> Token[str | None]:
    """Scan ``text`` once, so that :func:`is_plain` answers for any piece of it at once in this
    context until :func:`forget_document` is given the returned token."""
    return _PLAIN_DOCUMENT.set(text if is_plain(text) else None)


def forget_document(token: Token[str | None]) -> None:
    """Undo :func:`note_document` (the document is no longer kept)."""
    _PLAIN_DOCUMENT.reset(token)


#: The twin of ``quotekit.mentions.SPACED_TOKEN_RE`` (the same groups in the same order).
#: Two changes that leave every match as it was make it a tenth faster: the abbreviation is
#: tried only where a letter and a full stop start it (a group repeated {2,} costs the engine
#: an allocation each time it is entered, at every word), and a word's joined parts are
#: possessive (nothing after them in the pattern could make it give one back).
SPACED_TOKEN_RE: Final = re.compile(
    f"([{_S}]*)(?:"
    rf"((?=[{_L}]\.)(?:[{_L}]\.){{2,}})"
    rf"|([{_L}{_M}][{_L}{_M}{_N}\u00ad]*(?:['’\-&][{_L}{_M}{_N}\u00ad]+)*+)"
    rf"|([{_N}]+(?:[.,:/][{_N}]+)*(?:[{_L}]+)?(?:-[{_L}{_N}]+(?:[.,:/][{_N}]+)*)*)"
    r"|([\"'“”‘’«»‹›„‚‟‛「」『』〝〞〟＂＇])"
    f"|([^{_S}]))"
)

# Why: the twins below start with the capital letter and look behind it afterwards, so that the
# engine can skip to the next capital at once (a look-behind first is tried at every position).
_NAME_WORD: Final = (
    rf"(?:[{_LU}](?:[{_LL}{_M}’'\-\u00ad]|[{_LU}](?=[{_LL}]))*[{_L}][{_M}]*|[{_LU}]\.)"
)
#: The twin of ``quotekit.resolve.NAME_RUN_RE``.
NAME_RUN_RE: Final = re.compile(
    rf"[{_LU}](?<![{_L}{_N}’'.\-].)(?:(?:[{_LL}{_M}’'\-\u00ad]|[{_LU}](?=[{_LL}]))*[{_L}][{_M}]*|\.)"
    rf"(?:[{_S_IN_LINE}]+(?:(?:de|del|der|di|du|da|van|von|la|le|bin|al|el|ibn)[{_S_IN_LINE}]+)?"
    + _NAME_WORD
    + "){0,6}"
)

#: The twin of ``quotekit.resolve.CAP_WORD_RE``.
CAP_WORD_RE: Final = re.compile(rf"[{_LU}](?<![{_L}{_N}].)[{_L}{_M}’'\-\u00ad]*[{_L}][{_M}]*")

#: The twin of ``quotekit.cues.WORD_RE`` and ``quotekit.quotes.WORD_RE``.
WORD_RE: Final = re.compile(f"[{_L}{_N}]+")

#: The twin of ``quotekit.tokenize.SENTENCE_END_RE`` (the same named groups) for a search that
#: starts after a character other than a sentence stop: there the original's \\G (a stop run
#: right at the search's start) adds nothing to its look-behind.
SENTENCE_END_RE: Final = re.compile(
    r"(?P<stop>[.!?…](?<![.!?…].)[.!?…]*+)"  # the stop first, so the engine can skip to it
    r"(?P<closers>[\"'”’»›」』〞〟＂＇)\]]*+)"
    f"(?P<space>[{_S}]++)"
    rf"(?=[{_LU}{_N}\"'“‘«‹„‚〝＂＇(\[¿¡•\-–—])"
)

#: :data:`SENTENCE_END_RE` for a piece of text whose only sentence stop is the full stop: it
#: starts with that character, which the engine looks for with a plain comparison a character
#: instead of a class test (the scan over a paragraph costs a tenth).
SENTENCE_FULL_STOP_RE: Final = re.compile(
    r"(?P<stop>\.(?<![.!?…].)[.!?…]*+)"
    + SENTENCE_END_RE.pattern[SENTENCE_END_RE.pattern.index("(?P<closers>") :]
)
