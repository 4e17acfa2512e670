"""The first stage: tokens, paragraphs, sentences and quotation marks, all as offsets.

Nothing here rewrites the text: every token, paragraph, sentence and quotation mark is a pair
of positions into the string the user passed, so ``text[start:end]`` is always the piece.
"""

from __future__ import annotations

import bisect
import enum
import heapq
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

import regex
from attrs import define

from . import fastpath
from .lexicon.abbreviations import BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL

__all__ = [
    "Mark",
    "MarkFamily",
    "MarkRole",
    "Token",
    "TokenKind",
    "classify_marks",
    "iter_marks",
    "mark_heads",
    "paragraph_spans",
    "pop_marks",
    "pop_quote_marks",
    "sentence_spans",
    "sentence_spans_from",
    "tokenize",
]


class TokenKind(str, enum.Enum):
    """What a token is."""

    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    QUOTE = "quote"  #: a quotation mark or an apostrophe standing alone

    def __str__(self) -> str:
        return self.value


@define(frozen=True, slots=True)
class Token:
    """One token: its text and its place in the source (``source[start:end] == text``)."""

    text: str
    start: int
    end: int
    kind: TokenKind


# Why: words keep their inner apostrophes and hyphens (don’t, O’Brien, cease-fire) and
# dotted abbreviations stay whole (U.S., D.C.), so a name or an abbreviation is one token.
# Numbers keep their separators (1,000.5, 9:30) and the words hyphenated to them (a
# "19-year-old man" was "19", "-", "year-old", the hyphen read as a dash before a subject
# "year-old man"). Anything else is one character.
TOKEN_RE: Final = regex.compile(
    r"""
    (?P<abbr>(?:\p{L}\.){2,})                                   # U.S.  D.C.  e.g.
  | (?P<word>[\p{L}\p{M}][\p{L}\p{M}\p{N}\u00ad]*(?:['’\-&][\p{L}\p{M}\p{N}\u00ad]+)*)
  | (?P<number>\p{N}+(?:[.,:/]\p{N}+)*(?:[\p{L}]+)?
       (?:-[\p{L}\p{N}]+(?:[.,:/]\p{N}+)*)*)                  # 1,000 9:30 19-year-old 9:30-10:30
  | (?P<quote>["'“”‘’«»‹›„‚‟‛「」『』〝〞〟＂＇])
  | (?P<punct>\S)
    """,
    regex.VERBOSE,
)

_KIND_OF_GROUP: Final = {
    "abbr": TokenKind.WORD,
    "word": TokenKind.WORD,
    "number": TokenKind.NUMBER,
    "quote": TokenKind.QUOTE,
    "punct": TokenKind.PUNCT,
}


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield the tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, stop):
        group = m.lastgroup
        assert group is not None
        yield Token(m.group(), m.start(), m.end(), _KIND_OF_GROUP[group])


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens that keep their offsets.

    The text between consecutive tokens is white space only, so the input can be rebuilt
    exactly from the tokens and the gaps between them.

    >>> [t.text for t in tokenize("“It’s over,” he said.")]
    ['“', 'It’s', 'over', ',', '”', 'he', 'said', '.']
    """
    return list(iter_tokens(text))


# --- line ends ------------------------------------------------------------------------------

LINE_ENDS: Final = "\n\r\u2029"
"""The characters that end a line, and with it a paragraph (issue 7): LF, CR (alone or as the
first half of CRLF) and U+2029 PARAGRAPH SEPARATOR. Every rule that stops at a line end stops
at each of them alike, as :func:`paragraph_spans` does."""

#: A ``regex`` class of white space that ends no line: what ``[^\S\n]`` is meant to say in a
#: pattern that must not cross a line end, whichever line end it is.
SPACE_IN_LINE: Final = r"[^\S\r\n\u2029]"
#: A ``regex`` pattern of one line end, CRLF taken as one.
LINE_END: Final = r"(?:\r\n?|[\n\u2029])"

_LINE_END_CHAR_RE: Final = re.compile(f"[{LINE_ENDS}]")
_LINE_END_BACK_RE: Final = regex.compile(f"(?r)[{LINE_ENDS}]")


def line_end_from(text: str, pos: int, stop: int | None = None) -> int:
    """Where the first line end at or after ``pos`` (and before ``stop``) stands; ``stop``, or
    the text's length, when there is none.

    >>> line_end_from("One\\r\\nTwo", 0), line_end_from("One\\u2029Two", 4)
    (3, 7)
    """
    limit = len(text) if stop is None else stop
    m = _LINE_END_CHAR_RE.search(text, pos, limit)
    return limit if m is None else m.start()


def line_start_before(text: str, pos: int) -> int:
    """Where the line that holds ``pos`` starts: right after the last line end before ``pos``,
    or 0. (Read backwards from ``pos``, so it costs the length of that line only.)

    >>> line_start_before("One\\rTwo", 6), line_start_before("One\\r\\nTwo", 6)
    (4, 5)
    """
    m = _LINE_END_BACK_RE.search(text, 0, pos)
    return 0 if m is None else m.end()


# --- paragraphs -----------------------------------------------------------------------------

# Why: a blank line (possibly holding spaces) separates paragraphs in every convention; in
# news text a single newline usually does too.
BLANK_LINE_RE: Final = regex.compile(r"\n[^\S\n]*(?:\r?\n|\r)|\r[^\S\r\n]*\r|\r\n[^\S\n]*\r\n")
# The Unicode paragraph separator (U+2029) ends a paragraph wherever it stands.
LINE_RE: Final = regex.compile(r"[^\r\n\u2029]+")
# Why: the runs of lines with no blank line between them. A line's characters are read as one
# run (possessive: nothing after them could take one back), not as one alternative a character:
# seven times faster on a hard-wrapped text, the same blocks.
BLOCK_RE: Final = regex.compile(
    r"(?:[^\r\n\u2029]++|(?:\r\n|\r|\n)(?![^\S\r\n\u2029]*(?:\r\n|\r|\n|\u2029)))+"
)
# Why: a line that ends mid-sentence (no end punctuation) shows text wrapped at a fixed width,
# where only blank lines separate paragraphs.
OPEN_LINE_END_RE: Final = regex.compile(r"[\p{L}\p{N},;]\s*$")
# Why: the same two patterns for paragraph_spans' own use: LINE_RE's class of plain characters
# for the standard library's engine (several times faster there), and the line-end test read
# from the line's end (a search from its start tries every character of the line).
_LINE_FAST_RE: Final = re.compile("[^\r\n\u2029]+")
_OPEN_LINE_END_BACK_RE: Final = regex.compile(r"(?r)[\p{L}\p{N},;]\s*$")
#: Share of mid-sentence line ends above which a text with blank lines counts as hard-wrapped.
WRAPPED_SHARE: Final = 0.5


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _line_ends(gap: str) -> int:
    """How many line ends the line ends ``gap`` hold, CRLF taken as one (U+2029 not counted)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _lf_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a text whose only line end is LF, as ``_LINE_FAST_RE`` finds them."""
    # Why: each line end found by the string's own search (a memory scan), not by a class
    # test a character: the lines of an article in a third of the time
    lines = []
    start = 0
    end = text.find("\n")
    while end >= 0:
        if end > start:
            lines.append((start, end))
        start = end + 1
        end = text.find("\n", start)
    if len(text) > start:
        lines.append((start, len(text)))
    return lines


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` as ``(start, end)`` pairs, white space trimmed.

    News text comes with one paragraph a line or with blank lines between paragraphs; text
    wrapped at a fixed width (most lines ending mid-sentence) has paragraphs only at blank
    lines.

    >>> paragraph_spans("One.\\nTwo.\\n\\nThree.")
    [(0, 4), (5, 9), (11, 17)]
    """
    only_lf = "\r" not in text and "\u2029" not in text
    lines = _lf_lines(text) if only_lf else [m.span() for m in _LINE_FAST_RE.finditer(text)]
    wrapped = False
    if len(lines) > 2 and BLANK_LINE_RE.search(text):
        # count line ends that run on into a non-blank next line
        run_on = open_end = 0
        for (s, e), (ns, _ne) in itertools.pairwise(lines):
            # (between two lines stand line ends only: with LF the only one, one character)
            if ns - e == 1 if only_lf else _line_ends(text[e:ns]) == 1:
                run_on += 1
                if _OPEN_LINE_END_BACK_RE.match(text, s, e):
                    open_end += 1
        wrapped = run_on > 0 and open_end > WRAPPED_SHARE * run_on
    spans: list[tuple[int, int]] = []
    pieces = ((m.start(), m.end()) for m in BLOCK_RE.finditer(text)) if wrapped else iter(lines)
    for s, e in pieces:
        trimmed = _stripped(text, s, e)
        if trimmed:
            spans.append(trimmed)
    return spans


# --- quotation marks ------------------------------------------------------------------------


class MarkFamily(enum.IntEnum):
    """Which marks pair with which: any double mark closes any double mark, and so on."""

    DOUBLE = 1
    SINGLE = 2
    GUILLEMET = 3
    SINGLE_GUILLEMET = 4
    CORNER = 5
    WHITE_CORNER = 6


class MarkRole(enum.IntEnum):
    """What a mark does in its context."""

    OPEN = 1
    CLOSE = 2
    APOSTROPHE = 3  #: not a quotation mark: don’t, States’, ’90s
    STRAY = 4  #: a quotation mark that neither opens nor closes anything


class _Bias(enum.IntEnum):
    OPEN = 1  # always opens
    CLOSE = 2  # always closes
    OPEN_PREF = 3  # opens, unless its context says it closes („Q“)
    CLOSE_PREF = 4  # closes, unless its context says it opens (»Q«, Swedish ”Q”)
    EITHER = 5  # straight marks: the context decides


MARK_TABLE: Final[dict[str, tuple[MarkFamily, _Bias]]] = {
    '"': (MarkFamily.DOUBLE, _Bias.EITHER),
    "\N{FULLWIDTH QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.EITHER),
    "\N{LEFT DOUBLE QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.OPEN_PREF),
    "\N{RIGHT DOUBLE QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.CLOSE_PREF),
    "\N{DOUBLE LOW-9 QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.OPEN),
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.OPEN),
    "\N{REVERSED DOUBLE PRIME QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.OPEN),
    "\N{DOUBLE PRIME QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.CLOSE),
    "\N{LOW DOUBLE PRIME QUOTATION MARK}": (MarkFamily.DOUBLE, _Bias.CLOSE),
    "'": (MarkFamily.SINGLE, _Bias.EITHER),
    "\N{FULLWIDTH APOSTROPHE}": (MarkFamily.SINGLE, _Bias.EITHER),
    "\N{LEFT SINGLE QUOTATION MARK}": (MarkFamily.SINGLE, _Bias.OPEN_PREF),
    "\N{RIGHT SINGLE QUOTATION MARK}": (MarkFamily.SINGLE, _Bias.CLOSE_PREF),
    "\N{SINGLE LOW-9 QUOTATION MARK}": (MarkFamily.SINGLE, _Bias.OPEN),
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": (MarkFamily.SINGLE, _Bias.OPEN),
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": (MarkFamily.GUILLEMET, _Bias.OPEN_PREF),
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": (MarkFamily.GUILLEMET, _Bias.CLOSE_PREF),
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": (
        MarkFamily.SINGLE_GUILLEMET,
        _Bias.OPEN_PREF,
    ),
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": (
        MarkFamily.SINGLE_GUILLEMET,
        _Bias.CLOSE_PREF,
    ),
    "\N{LEFT CORNER BRACKET}": (MarkFamily.CORNER, _Bias.OPEN),
    "\N{RIGHT CORNER BRACKET}": (MarkFamily.CORNER, _Bias.CLOSE),
    "\N{LEFT WHITE CORNER BRACKET}": (MarkFamily.WHITE_CORNER, _Bias.OPEN),
    "\N{RIGHT WHITE CORNER BRACKET}": (MarkFamily.WHITE_CORNER, _Bias.CLOSE),
}
"""Every quotation mark quotekit knows, with the marks it pairs with and its usual role."""

# Why: one pass finds every candidate mark; the context of each decides its role.
# A class of plain characters: the standard library's engine runs it several times faster.
MARK_RE: Final = re.compile("[" + re.escape("".join(MARK_TABLE)) + "]")
# Why: a straight or curly single mark after an s (States’, the Joneses') may be a plural
# possessive or the close of a single-quoted phrase; a possessive is followed by a word.
POSSESSIVE_AFTER_RE: Final = regex.compile(r"[^\S\r\n]+[\p{L}\p{N}]")
# Why: a later single mark that certainly closes (after punctuation, before space or a mark)
# makes the possessive reading of an ambiguous one the better one.
SURE_SINGLE_CLOSE_RE: Final = regex.compile(r"(?<=[\p{P}\p{L}\p{N}])['’](?=[\s\p{P}]|$)")
# Why: rock ’n’ roll and ’90s use apostrophes where quotation marks would stand.
N_BETWEEN_RE: Final = regex.compile(r"['‘’]n['‘’]", regex.IGNORECASE)


class Mark(NamedTuple):
    """One quotation-mark character, its family and its role in context."""

    pos: int
    char: str
    family: MarkFamily
    role: MarkRole


# Why: no quote open, per family: copied for each paragraph (iterating the enum costs more).
_NO_OPEN_QUOTES: Final[dict[MarkFamily, int]] = dict.fromkeys(MarkFamily, 0)
# Why: NamedTuple's own __new__ is a Python function; a paragraph of dialogue has dozens of marks.
_make_mark: Final = tuple.__new__


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_punct(ch: str) -> bool:
    return ch != "" and not ch.isalnum() and not ch.isspace()


def _flanking(prev: str, nxt: str) -> tuple[bool, bool]:
    """Left- and right-flanking, as CommonMark decides them for emphasis delimiters."""
    # each side as 0 (white space or nothing: _is_space), 1 (punctuation: _is_punct) or 2
    p = 0 if prev == "" or prev.isspace() else (2 if prev.isalnum() else 1)
    n = 0 if nxt == "" or nxt.isspace() else (2 if nxt.isalnum() else 1)
    return n != 0 and (n != 1 or p != 2), p != 0 and (p != 1 or n != 2)


def classify_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Decide the role of every quotation mark in one paragraph ``text[start:end]``.

    Roles come from the characters on each side of a mark (as CommonMark decides left- and
    right-flanking delimiters) and from which quotes are open at that point, never from the
    mark's position in a count, so one odd mark cannot turn every later quote inside out.
    """
    return list(iter_marks(text, start, end))


def iter_marks(text: str, start: int = 0, end: int | None = None) -> Iterator[Mark]:
    """The marks of :func:`classify_marks` one at a time, as they are decided: a paragraph of
    ten thousand apostrophes is read without holding a Mark for each (issue 7)."""
    stop = len(text) if end is None else end
    return _marks_at(text, (m.start() for m in MARK_RE.finditer(text, start, stop)), start, stop)


#: The quotation marks a text of ASCII characters only can hold.
_ASCII_MARKS: Final = tuple(ch for ch in MARK_TABLE if ch.isascii())
#: Every quotation-mark character.
_ALL_MARKS: Final = tuple(MARK_TABLE)


def mark_heads(text: str) -> list[tuple[int, str]]:
    """Where each quotation-mark character of ``text`` first stands, as a heap of ``(position,
    mark)`` pairs, for :func:`pop_marks` to read the marks in order from."""
    # Why: each mark character is looked for by the string's own search (a memory scan, a few
    # times faster than a character class tried at every character), and only the two an
    # ASCII text can hold (str.isascii() is a flag of the string, not a scan)
    heads = []
    for ch in _ASCII_MARKS if text.isascii() else _ALL_MARKS:
        i = text.find(ch)
        if i >= 0:
            heads.append((i, ch))
    heapq.heapify(heads)
    return heads


def pop_marks(text: str, heads: list[tuple[int, str]], stop: int) -> Iterator[int]:
    """The positions of the marks before ``stop``, in order, taken from ``heads`` (a heap from
    :func:`mark_heads`, left at the first mark from ``stop`` on)."""
    while heads and heads[0][0] < stop:
        pos, ch = heads[0]
        nxt = text.find(ch, pos + 1)  # each character's searches pass over the text once
        if nxt >= 0:
            heapq.heapreplace(heads, (nxt, ch))
        else:
            heapq.heappop(heads)
        yield pos


#: The marks :func:`_marks_at` makes an apostrophe whatever comes before them when they stand
#: between two letters (don’t, O’Brien): those of the single family but "‚" and "‛".
_LETTER_APOSTROPHES: Final = frozenset(
    ch for ch, (family, _) in MARK_TABLE.items() if family is MarkFamily.SINGLE and ch not in "‚‛"
)


def pop_quote_marks(
    text: str, heads: list[tuple[int, str]], start: int, stop: int
) -> Iterator[int]:
    """:func:`pop_marks` for the paragraph ``text[start:stop]``, without the apostrophes between
    two letters: they open and close no quote, and :func:`_marks_at` decides every other mark
    of the paragraph as it would with them (its roles depend on the quotes open, which an
    apostrophe leaves as they are, and on the characters around each mark)."""
    # Why: a news paragraph has as many of them as it has quotation marks ("Trump’s", "don't")
    while heads and heads[0][0] < stop:
        pos, ch = heads[0]
        nxt = text.find(ch, pos + 1)
        if nxt >= 0:
            heapq.heapreplace(heads, (nxt, ch))
        else:
            heapq.heappop(heads)
        if (
            ch in _LETTER_APOSTROPHES
            and start < pos < stop - 1
            and text[pos - 1].isalpha()
            and text[pos + 1].isalpha()
        ):
            continue
        yield pos


# Why: enum members as module constants: reading one from its class goes through the enum
# class's __getattr__ hook, ten times the cost of a global (Python 3.11), several times a mark.
_SINGLE: Final = MarkFamily.SINGLE
_OPEN: Final = MarkRole.OPEN
_CLOSE: Final = MarkRole.CLOSE
_APOSTROPHE: Final = MarkRole.APOSTROPHE
_STRAY: Final = MarkRole.STRAY
_BIAS_OPEN: Final = _Bias.OPEN
_BIAS_CLOSE: Final = _Bias.CLOSE
_BIAS_OPEN_PREF: Final = _Bias.OPEN_PREF
_BIAS_CLOSE_PREF: Final = _Bias.CLOSE_PREF


def _marks_at(text: str, positions: Iterable[int], start: int, stop: int) -> Iterator[Mark]:
    """The marks of :func:`iter_marks` for the paragraph ``text[start:stop]``, whose marks
    stand at ``positions`` (in order)."""
    open_families: list[MarkFamily] = []  # the stack of quotes open at this point
    # how many quotes of each family the stack holds: "is one open" in one look, not a scan
    # of the stack (as deep as the text nests its quotes, issue 7)
    open_count: dict[MarkFamily, int] = _NO_OPEN_QUOTES.copy()
    last_sure_close = -1  # where the paragraph's last sure closing single mark stands
    sure_closes_found = False  # computed on first need
    for pos in positions:
        ch = text[pos]
        family, bias = MARK_TABLE[ch]
        prev = text[pos - 1] if pos > start else ""
        nxt = text[pos + 1] if pos + 1 < stop else ""
        left, right = _flanking(prev, nxt)
        is_open = open_count[family] > 0
        role: MarkRole
        if family is _SINGLE and ch != "‚" and ch != "‛":
            # apostrophes first: don’t, O’Brien, ’90s, rock ’n’ roll
            if (
                (prev.isalpha() and nxt.isalpha())  # don’t, O’Brien
                or (nxt.isdigit() and not prev.isalnum())  # ’90s
                or N_BETWEEN_RE.match(text, pos - 2 if prev.lower() == "n" else pos, stop)
            ):
                role = _APOSTROPHE
            elif right and not left:
                if prev in "sSzZ" and is_open and POSSESSIVE_AFTER_RE.match(text, pos + 1, stop):
                    if not sure_closes_found:
                        sure_closes_found = True
                        for c in SURE_SINGLE_CLOSE_RE.finditer(text, start, stop):
                            last_sure_close = c.start()
                    later = last_sure_close > pos  # a sure close after this mark
                    role = _APOSTROPHE if later else _CLOSE
                elif is_open:
                    role = _CLOSE
                else:
                    role = _APOSTROPHE  # States’ support, goin’
            elif left and not right:
                role = _APOSTROPHE if ch == "’" else _OPEN
            elif left and right:
                role = _CLOSE if is_open else _APOSTROPHE
            else:
                role = _STRAY
        elif bias is _BIAS_OPEN:
            role = _OPEN
        elif bias is _BIAS_CLOSE:
            role = _CLOSE if is_open else _STRAY
        elif bias is _BIAS_OPEN_PREF:
            role = _CLOSE if (right and not left and is_open) else _OPEN
        elif bias is _BIAS_CLOSE_PREF:
            role = (
                _OPEN if (left and not right and not is_open) else (_CLOSE if is_open else _STRAY)
            )
        elif left and not right:
            role = _OPEN
        elif right and not left:
            role = _CLOSE if is_open else _STRAY
        elif left and right:
            role = _CLOSE if is_open else _OPEN
        else:
            role = _STRAY
        if role is _OPEN:
            open_families.append(family)
            open_count[family] += 1
        elif role is _CLOSE:
            # close the innermost quote of this family; quotes opened inside it stay unclosed
            while True:
                closed = open_families.pop()
                open_count[closed] -= 1
                if closed is family:
                    break
        yield _make_mark(Mark, (pos, ch, family, role))


# --- sentences ------------------------------------------------------------------------------

# Why: a sentence ends at . ! ? or … (possibly repeated), possibly followed by closing quotes
# or brackets, then white space and something that can start a sentence. It starts only at
# the first stop of a run and never gives back what it read, so a run of n dots costs n
# steps, not n² (issue 7).
SENTENCE_END_RE: Final = regex.compile(
    r"""
    (?:\G|(?<![.!?…]))
    (?P<stop>[.!?…]++)
    (?P<closers>["'”’»›」』〞〟＂＇)\]]*+)
    (?P<space>\s++)
    (?=[\p{Lu}\p{N}"'“‘«‹„‚〝＂＇(\[¿¡•\-–—])
    """,
    regex.VERBOSE,
)
# Why: the word before a full stop decides whether it is an abbreviation.
WORD_BEFORE_RE: Final = regex.compile(r"(?r)[\p{L}.]+")
# Why: a capitalised word right after an ambiguous abbreviation starts a new sentence only if
# it is one of the words sentences usually start with.
SENTENCE_STARTERS: Final = frozenset(
    """The A An He She It They We I You His Her Its Their Our But And Yet So In On At For
    This That These Those There Here When While After Before If As Some Many Most No One
    Two Three Still Meanwhile However Also Asked According Other Officials""".split()
)
NEXT_WORD_RE: Final = regex.compile(r"\p{L}+")


def _abbreviation_blocks(text: str, stop_pos: int, next_pos: int) -> bool:
    """True when the full stop at ``stop_pos`` belongs to an abbreviation, not a sentence end."""
    m = WORD_BEFORE_RE.match(text, 0, stop_pos)
    if m is None:
        return False
    word = m.group()
    low = word.lower().strip(".")
    if low in NEVER_FINAL:
        return True
    if len(word) == 1 and word.isupper():
        return True  # an initial: John F. Kirby
    if low in BEFORE_NUMBER:
        return text[next_pos : next_pos + 1].isdigit()  # "No. 2", but "she voted no. She"
    if low in MAYBE_FINAL or "." in word:
        nw = NEXT_WORD_RE.match(text, next_pos)
        return nw is None or nw.group() not in SENTENCE_STARTERS
    return False


#: The longest paragraph (characters) that :func:`sentence_spans` copies to see whether the full
#: stop is its only sentence stop: a longer one is read with the pattern of every stop.
_SHORT_PIECE: Final = 5_000


def sentence_spans(
    text: str,
    start: int,
    end: int,
    protected: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``text[start:end]``.

    ``protected`` lists sorted ``(start, end)`` ranges, the direct quotes with their marks,
    inside which no sentence ends: ``“We lost. It’s over,” he said.`` is one sentence, the
    one that carries the attribution. A quote that ends a sentence (``“It’s over.” He ...``)
    still ends it.
    """
    spans: list[tuple[int, int]] = []
    sent_start = start
    k = 0  # index into protected
    plain = fastpath.is_plain(text, start, end) and (start == 0 or text[start - 1] not in ".!?…")
    pattern: regex.Pattern[str] | re.Pattern[str] = SENTENCE_END_RE
    if plain:
        piece = text[start:end] if end - start <= _SHORT_PIECE else None
        pattern = (
            fastpath.SENTENCE_FULL_STOP_RE
            if piece is not None and "?" not in piece and "!" not in piece and "…" not in piece
            else fastpath.SENTENCE_END_RE
        )
    for m in pattern.finditer(text, start, end):
        stop_pos = m.start()
        space_pos = m.start("space")
        while k < len(protected) and protected[k][1] <= stop_pos:
            k += 1
        inside = k < len(protected) and protected[k][0] <= stop_pos < protected[k][1]
        # inside a quote: ends the sentence only if the quote itself closes here
        if inside and not (m.start("closers") < protected[k][1] <= space_pos):
            continue
        if m.group("stop") == "." and _abbreviation_blocks(text, stop_pos, m.end()):
            continue
        spans.append((sent_start, space_pos))
        sent_start = m.end()
    if sent_start < end:
        spans.append((sent_start, end))
    return spans


def sentence_spans_from(
    text: str,
    start: int,
    end: int,
    sentence_starts: Sequence[int],
    protected: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``text[start:end]`` where a backend says they start.

    ``sentence_starts`` are the sorted starts of the backend's sentences in the whole text.
    Each one inside the paragraph starts a sentence, unless it falls inside one of the sorted
    ``protected`` ranges (the direct quotes with their marks): a quote keeps its sentences
    together with the attribution, as :func:`sentence_spans` does. A paragraph break always
    ends a sentence, whatever the backend says.

    >>> text = "“We lost. It’s over,” he said. Then he left."
    >>> sentence_spans_from(text, 0, len(text), [0, 10, 31], [(0, 21)])
    [(0, 30), (31, 44)]
    """
    cuts = [start]
    # where the paragraph's last visible character ends: a cut before it has text after it
    # (found once, not by stripping the rest of the paragraph at every cut, issue 7)
    visible_end = end
    while visible_end > start and text[visible_end - 1].isspace():
        visible_end -= 1
    k = 0  # index into protected
    i = bisect.bisect_right(sentence_starts, start)
    while i < len(sentence_starts) and sentence_starts[i] < end:
        cut = sentence_starts[i]
        i += 1
        while k < len(protected) and protected[k][1] <= cut:
            k += 1
        if k < len(protected) and protected[k][0] < cut:
            continue  # inside a quote: "“We lost. It’s over,” he said." is one sentence
        if cut < visible_end and cut > cuts[-1]:
            cuts.append(cut)
    spans: list[tuple[int, int]] = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans
