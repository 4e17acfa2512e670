"""Hypothesis strategies for news-like text, and the invariants every extraction keeps.

Random strings rarely hold a quote with a speaker; these strategies build sentences the way
news writes them (“Q,” Kirby said. / Kirby said that ... / According to the ministry, ...)
from quotation marks, names, speech verbs, pronouns and punctuation, then join them into
paragraphs with every kind of line end, so Hypothesis explores the attribution code and not
only the tokenizer.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

import quotekit
from quotekit import Quote, QuoteKind

__all__ = [
    "MARKS",
    "UNRELATED_PARAGRAPHS",
    "WORDS",
    "any_text",
    "check_invariants",
    "cued_in_its_paragraph",
    "extract_checked",
    "news_document",
    "news_like",
    "news_paragraph",
    "quote_key",
]

# --- word soup: the first news-like strategy ----------------------------------------------

MARKS = [*"\"'“”‘’«»‹›„‚「」", "’s", "n’t", " — "]
"""Quotation marks, apostrophes and a dash, as tokens of the word soup."""

WORDS = [
    "Kirby",
    "said",
    "told",
    "he",
    "she",
    "they",
    "according",
    "to",
    "that",
    "the",
    "official",
    "Mr.",
    "John",
    "added:",
    "reporters",
    "U.S.",
    "not",
    ",",
    ".",
    "\n",
    "\n\n",
    "It’s",
    "States’",
    "’90s",
    "a",
    "White",
    "House",
    "—",
    "said,",
    "says",
    "warned",
]
"""Words of the word soup: names, cues, pronouns, punctuation and line breaks."""

news_like = st.lists(st.sampled_from(WORDS + MARKS), max_size=60).map(" ".join)
"""Up to 60 news words and marks in any order."""

any_text = st.text(max_size=300) | news_like
"""Any string at all, or the word soup."""

# --- sentences as news writes them --------------------------------------------------------

SPEAKERS = [
    "Kirby",
    "John Kirby",
    "Ana Ruiz",
    "Mr. Reed",
    "Sen. Jane Smith",
    "White House spokesman John Kirby",
    "city planner Rosa Diaz",
    "O’Neill",
    "the official",
    "a spokeswoman for the ministry",
    "Officials",
    "the White House",
    "Hamas",
]
"""Speaker phrases: names, titled names, descriptions, groups and organisations."""

PRONOUNS = ["he", "she", "they", "it", "I", "we"]
"""Pronouns, resolved or not."""

VERBS = ["said", "says", "told reporters", "added", "warned", "acknowledged", "wrote", "believes"]
"""Cues: speech verbs, one with a listener, one belief verb."""

OPEN_CLOSE = [
    ("“", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("'", "'"),
    ("« ", " »"),
    ("„", "“"),
    ("「", "」"),
]
"""Pairs of quotation marks as they open and close a quote."""

CONTENT_WORDS = [
    "the",
    "talks",
    "are",
    "having",
    "an",
    "impact",
    "It’s",
    "still",
    "just",
    "a",
    "trickle",
    "we",
    "don’t",
    "know",
    "States’",
    "’90s",
    "rock ’n’ roll",
    "1,000",
    "U.S.",
    "9:30",
    "—",
    ",",
    "not",
    "enough",
    "Gaza",
]
"""Words of what is said, with apostrophes, numbers and abbreviations."""

STRAY = ["“", "”", '"', "'", "’", "«", "»", "—", "-", "…", "(", ")", ":", ";", "5'11\""]
"""Odd marks that a page may hold anywhere."""

content = st.lists(st.sampled_from(CONTENT_WORDS), min_size=1, max_size=10).map(" ".join)
speaker = st.sampled_from(SPEAKERS) | st.sampled_from(PRONOUNS)
verb = st.sampled_from(VERBS)
marks = st.sampled_from(OPEN_CLOSE)
end = st.sampled_from([".", ".", "!", "?", "…", ""])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    """One sentence in one of the shapes news uses for speech, or plain narration."""
    o, c = draw(marks)
    q, s, v, e = draw(content), draw(speaker), draw(verb), draw(end)
    shape = draw(st.integers(0, 9))
    if shape == 0:
        return f"{o}{q},{c} {s} {v}{e}"  # “Q,” Kirby said.
    if shape == 1:
        return f"{o}{q},{c} {v} {s}{e}"  # “Q,” said Kirby.
    if shape == 2:
        return f"{s} {v}: {o}{q}.{c}"  # Kirby added: “Q.”
    if shape == 3:
        return f"{s} {v} that {q}{e}"  # Kirby said that Q.
    if shape == 4:
        return f"{q.capitalize()}, {s} {v}{e}"  # Q, Kirby said.
    if shape == 5:
        return f"According to {s}, {q}{e}"
    if shape == 6:
        return f"{s} {v} {q} {o}{draw(content)}{c}{e}"  # mixed
    if shape == 7:
        return f"{o}{q}{e}"  # a quote with no cue, or one that never closes
    if shape == 8:
        return f"{o}{q},{c} {s} {v}, {o}{draw(content)}{e}{c}"  # “Q1,” he said, “Q2.”
    return f"{q.capitalize()} {draw(st.sampled_from(STRAY))} {draw(content)}{e}"  # narration


news_paragraph = st.lists(_sentence(), min_size=1, max_size=4).map(" ".join)
"""A paragraph of one to four news sentences."""

LINE_ENDS = ["\n\n", "\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\u2029"]
"""How pages separate paragraphs: blank lines, single newlines, CRLF, CR, U+2029."""


@st.composite
def news_document(draw: st.DrawFn, max_paragraphs: int = 8) -> tuple[list[str], str]:
    """A news-like document: its paragraphs and the one line end that separates them."""
    paragraphs = draw(st.lists(news_paragraph, min_size=1, max_size=max_paragraphs))
    return paragraphs, draw(st.sampled_from(LINE_ENDS))


UNRELATED_PARAGRAPHS = [
    "The weather stayed mild all week.",
    "Traffic on the bridge was light, and the ferries ran on time.",
    "The museum reopened after repairs to its roof.",
]
"""Paragraphs with no quotation mark, no cue, no name and no pronoun."""

# --- invariants ---------------------------------------------------------------------------


def check_invariants(text: str, quotes: list[Quote]) -> None:
    """The model's invariants: offsets index ``text``, spans in bounds and in order, confidence
    in 0..1, parts inside their quote, every cue and mention where it says, JSON round trip."""
    last = (-1, -1)
    for q in quotes:
        assert isinstance(q.kind, QuoteKind)
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert (q.start, q.end) >= last
        last = (q.start, q.end)
        assert 0.0 <= q.confidence <= 1.0
        assert q.paragraph >= 0
        previous_end = q.start
        for s, e in q.parts:
            assert previous_end <= s <= e <= q.end
            previous_end = e
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start : m.end] == m.text
        if q.speaker is not None:
            for m in q.speaker.mentions:
                assert text[m.start : m.end] == m.text
        assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q


def quote_key(
    q: Quote, shift_from: int = -1, shift: int = 0, attribution: bool = True
) -> tuple[object, ...]:
    """Everything a user sees of a quote, with offsets at or after ``shift_from`` moved by
    ``shift`` and the paragraph number of a quote there moved by one (to compare the quotes
    of a text with those of the same text with a paragraph put in at ``shift_from``). Without
    ``attribution``: only the quote itself, not its cue, speaker and confidence."""

    def at(pos: int) -> int:
        return pos + shift if shift_from >= 0 and pos >= shift_from else pos

    quote = (
        q.kind,
        q.paragraph + (1 if shift_from >= 0 and q.start >= shift_from else 0),
        q.text,
        at(q.start),
        at(q.end),
        tuple((at(s), at(e)) for s, e in q.parts),
    )
    if not attribution:
        return quote
    return (
        *quote,
        None if q.cue is None else (q.cue.text, at(q.cue.start)),
        None if q.speaker is None else (q.speaker.name, q.speaker.kind, q.speaker.title),
        None
        if q.speaker_mention is None
        else (q.speaker_mention.text, at(q.speaker_mention.start)),
        q.confidence,
    )


def cued_in_its_paragraph(text: str, q: Quote) -> bool:
    """Whether the quote's cue stands in the quote's own paragraph (not in an earlier one, as
    for a quote that continues the previous speaker's)."""
    if q.cue is None:
        return False
    between = text[min(q.cue.start, q.start) : max(q.cue.end, q.end)]
    return not any(line_end in between for line_end in "\n\r\u2029")


def extract_checked(text: str) -> list[Quote]:
    """:func:`quotekit.extract` with every invariant checked on its result."""
    quotes = list(quotekit.extract(text))
    check_invariants(text, quotes)
    return quotes
