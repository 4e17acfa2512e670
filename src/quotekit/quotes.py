"""The second stage: direct quotes, from quotation marks paired per paragraph.

Pairing keeps a stack per paragraph and decides each mark by its context (see
:func:`quotekit.tokenize.classify_marks`), so an unbalanced mark costs at most one quote,
never the document. A paragraph that opens a quote and never closes it continues in the next
paragraph when that one opens with a quotation mark, the convention of news and fiction.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Final

import regex
from attrs import define

from .tokenize import MarkFamily, MarkRole, _marks_at, mark_heads, pop_marks, pop_quote_marks

__all__ = ["DirectSpan", "find_direct_quotes"]

#: An unclosed quote that does not continue in the next paragraph is kept (to the end of its
#: paragraph) only with at least this many words: fewer are more often a stray mark (5'11")
#: than a quote whose closing mark was lost.
MIN_UNCLOSED_WORDS: Final = 4

# Why: a paragraph continues an open quote when its first visible character opens a quote
# (after any bullet or dash that page layout put there).
# Why: enum members as module constants (see quotekit.tokenize), read once a mark.
_OPEN: Final = MarkRole.OPEN
_CLOSE: Final = MarkRole.CLOSE
PARA_LEAD_RE: Final = regex.compile(r"[\s•·\-–—*]*")
WORD_RE: Final = regex.compile(r"[\p{L}\p{N}]+")


@define(slots=True)
class DirectSpan:
    """A direct quote found by its marks: the content ``start..end`` and where its marks are.

    ``open_mark`` is the position of the opening mark; ``close_mark`` that of the closing mark,
    or None when the quote runs to the end of its paragraph. ``prev_piece`` and ``next_piece``
    link the pieces of one quote that runs over several paragraphs (indices into the list
    :func:`find_direct_quotes` returns).
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    paragraph: int
    prev_piece: int | None = None
    next_piece: int | None = None
    family: MarkFamily = MarkFamily.DOUBLE

    @property
    def outer_end(self) -> int:
        """The end of the quote with its closing mark."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _first_visible(text: str, paragraph: tuple[int, int]) -> int:
    """Where a paragraph's first visible character stands, after any bullet or dash."""
    p_start, p_end = paragraph
    lead = PARA_LEAD_RE.match(text, p_start, p_end)
    return lead.end() if lead else p_start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_direct_quotes(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[DirectSpan]:
    """Every outermost direct quote of ``text``, in document order.

    Quotes nested in another quote stay part of the outer one and are not listed.
    """
    per_paragraph: list[list[DirectSpan]] = []
    leftovers: list[DirectSpan | None] = []
    # the document's marks, read once in order (see mark_heads) as the paragraphs ask for them
    heads = mark_heads(text)
    read_to = 0  # where the marks read so far end
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        if p_start < read_to:  # paragraphs out of order (not paragraph_spans'): read anew
            heads = mark_heads(text)
        read_to = p_end
        if heads and heads[0][0] < p_start:
            for _ in pop_marks(text, heads, p_start):
                pass  # marks outside every paragraph (none in paragraph_spans' paragraphs)
        if not heads or heads[0][0] >= p_end:
            # a paragraph without a quotation mark holds no quote: no closer look
            per_paragraph.append([])
            leftovers.append(None)
            continue
        # the stack of open quotes as two columns, their families and where their marks
        # stand: 16 bytes a quote, for pages of nothing but opening marks (issue 7)
        stack: list[MarkFamily] = []
        stack_pos = array("q")
        quotes: list[DirectSpan] = []
        marks = pop_quote_marks(text, heads, p_start, p_end)  # no quote needs don’t or it's
        for mark in _marks_at(text, marks, p_start, p_end):
            if mark.role is _OPEN:
                stack.append(mark.family)
                stack_pos.append(mark.pos)
            elif mark.role is _CLOSE:
                # close the innermost open quote of the mark's family (iter_marks makes a
                # mark close only when one is open) and every quote opened inside it: popped
                # from the top, so each open mark costs one step however deep the nesting
                fam, open_pos = stack.pop(), stack_pos.pop()
                while fam is not mark.family:
                    fam, open_pos = stack.pop(), stack_pos.pop()
                if not stack:  # outermost: a quote of its own
                    s, e = _trim(text, open_pos + 1, mark.pos)
                    if s == e:  # “ ”: marks with nothing between them quote nothing
                        continue
                    quotes.append(DirectSpan(s, e, open_pos, mark.pos, p_index, family=fam))
        leftover: DirectSpan | None = None
        if stack:  # the outermost open quote runs to the end of the paragraph
            fam, open_pos = stack[0], stack_pos[0]
            s, e = _trim(text, open_pos + 1, p_end)
            if e > s:
                leftover = DirectSpan(s, e, open_pos, None, p_index, family=fam)
                quotes.append(leftover)
        per_paragraph.append(quotes)
        leftovers.append(leftover)

    # link a piece left open to the next paragraph when that one opens with a quote
    links: dict[int, DirectSpan] = {}  # id(piece) -> the piece continuing it
    dropped: set[int] = set()
    followers: set[int] = set()  # pieces that continue a quote: never dropped
    for p_index, leftover in enumerate(leftovers):
        if leftover is None:
            continue
        nxt = per_paragraph[p_index + 1] if p_index + 1 < len(per_paragraph) else []
        opener = nxt[0] if nxt else None
        if (
            opener is not None
            and opener.open_mark == _first_visible(text, paragraphs[p_index + 1])
            and opener.family is leftover.family
        ):
            links[id(leftover)] = opener
            followers.add(id(opener))
        elif (
            len(WORD_RE.findall(text, leftover.start, leftover.end)) < MIN_UNCLOSED_WORDS
            and id(leftover) not in followers
        ):
            dropped.add(id(leftover))

    found = [q for quotes in per_paragraph for q in quotes if id(q) not in dropped]
    index = {id(q): i for i, q in enumerate(found)}
    for i, q in enumerate(found):
        follower = links.get(id(q))
        if follower is not None:
            q.next_piece = index[id(follower)]
            follower.prev_piece = i
    return found
