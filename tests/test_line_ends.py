"""Every line end is a line end (issue 7): CRLF, CR and U+2029 give the quotes LF gives.

Pages come with "\\n", "\\r\\n", "\\r" or U+2029 between their paragraphs, with one line end
or a blank line. Whichever it is, the quotes are the same: same kinds, texts, paragraphs,
cues, speakers and titles, their offsets moved by the length of the line ends before them,
and indexing the very string passed.
"""

from __future__ import annotations

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import Analysis, Mention, Speaker, cues, fastpath, pipeline, resolve
from strategies import check_invariants, news_document

OTHER_LINE_ENDS = ["\r\n", "\r", "\u2029", "\n\n", "\r\n\r\n", "\n \n", "\u2029\u2029"]
"""What may stand where a news document has one "\\n": the other line ends, and blank lines."""


def analysis_key(analysis: Analysis, line_end: str = "\n") -> tuple[object, ...]:
    """Everything a user sees of an analysis of a text whose paragraphs are joined by
    ``line_end``, with offsets mapped to those of the same paragraphs joined by one "\\n"
    (and the line ends inside quotes, cues and names written as "\\n": in a text wrapped at a
    fixed width, a line end inside a paragraph is as good as a space)."""
    text = analysis.text
    ends: list[int] = []  # where each line end starts in ``text``
    i = text.find(line_end)
    while i >= 0:
        ends.append(i)
        i = text.find(line_end, i + len(line_end))
    shrink = len(line_end) - 1

    def at(pos: int) -> int:
        k = bisect.bisect_left(ends, pos)  # the line ends before ``pos``
        if k and pos < ends[k - 1] + len(line_end):
            return -1 - pos  # inside a line end: LF has no such place
        return pos - shrink * k

    def lf(piece: str | None) -> str | None:
        return None if piece is None else piece.replace(line_end, "\n")

    def mention(m: Mention | None) -> object:
        return None if m is None else (lf(m.text), at(m.start), at(m.end), m.kind)

    def speaker(s: Speaker | None) -> object:
        if s is None:
            return None
        return (lf(s.name), s.kind, lf(s.title), tuple(mention(m) for m in s.mentions))

    quotes = tuple(
        (
            q.kind,
            q.paragraph,
            lf(q.text),
            at(q.start),
            at(q.end),
            tuple((at(s), at(e)) for s, e in q.parts),
            None if q.cue is None else (lf(q.cue.text), at(q.cue.start), at(q.cue.end)),
            speaker(q.speaker),
            mention(q.speaker_mention),
            q.confidence,
        )
        for q in analysis.quotes
    )
    return quotes, tuple(speaker(s) for s in analysis.speakers)


def assert_same_with_line_end(lf_text: str, line_end: str) -> None:
    """The text with every "\\n" written as ``line_end`` has the analysis of the text."""
    other = lf_text.replace("\n", line_end)
    analysis = quotekit.analyze(other)
    check_invariants(other, list(analysis.quotes))
    assert analysis_key(analysis, line_end) == analysis_key(quotekit.analyze(lf_text))


@given(news_document(), st.sampled_from(OTHER_LINE_ENDS))
def test_every_line_end_gives_the_quotes_of_lf(doc: tuple[list[str], str], line_end: str) -> None:
    """News paragraphs joined by CRLF, CR, U+2029 or blank lines give the quotes of the same
    paragraphs joined by one "\\n", offsets mapped through the length of the line ends."""
    paragraphs, _ = doc
    assert_same_with_line_end("\n".join(paragraphs), line_end)


# --- each place that once knew only "\n" ---------------------------------------------------

LINE_ENDS = ["\n", "\r\n", "\r", "\u2029"]
"""One line end of each kind."""


def _seen(text: str) -> list[tuple[object, ...]]:
    """The quotes of ``text`` as (kind, paragraph, text, cue, speaker name, title)."""
    quotes = list(quotekit.extract(text))
    check_invariants(text, quotes)
    return [
        (
            q.kind.value,
            q.paragraph,
            q.text,
            None if q.cue is None else q.cue.text,
            None if q.speaker is None else q.speaker.name,
            None if q.speaker is None else q.speaker.title,
        )
        for q in quotes
    ]


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_a_quote_opening_a_paragraph_is_read_as_one(line_end: str) -> None:
    """A quote that opens its paragraph after a U+2029 opens a paragraph as after "\\n": the
    cue-less quote goes to the speaker of the paragraph before (it went to nobody)."""
    text = line_end.join(
        ["Kirby said the talks would go on.", "“We are not leaving until the work is done.”"]
    )
    assert _seen(text)[1][2:5] == ("We are not leaving until the work is done.", None, "Kirby")


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_a_quote_left_open_at_a_paragraph_start_is_kept(line_end: str) -> None:
    """A quote that opens a paragraph and never closes, after a quote with a speaker, is that
    speaker's after any line end (after U+2029 it was dropped)."""
    text = line_end.join(
        [
            "“We will stay until the end of the year,” Kirby said.",
            "“It is not over. We are not leaving.",
        ]
    )
    assert [(q[1], q[2], q[4]) for q in _seen(text)] == [
        (0, "We will stay until the end of the year,", "Kirby"),
        (1, "It is not over. We are not leaving.", "Kirby"),
    ]


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_a_dash_attribution_on_the_next_line(line_end: str) -> None:
    """A pull quote with "— Name" on the next line is that person's after any line end, and
    not across a blank line (CR and U+2029 blank lines were crossed)."""
    quote, name = "“We will stay here, all of us.”", "— Mayor Ana Ruiz"
    assert _seen(line_end.join([quote, name]))[0][3:] == ("—", "Ana Ruiz", "Mayor")
    assert _seen(line_end.join([quote, "", name]))[0][3:] == (None, None, None)


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_a_dash_attribution_stops_at_the_line_end(line_end: str) -> None:
    """The name after a quote's dash ends at the line end: the next paragraph's first word is
    not part of it ("Mayor Ana Ruiz\\rOfficials" was read after CR and U+2029)."""
    text = line_end.join(
        ["“We will stay here, all of us,” — Mayor Ana Ruiz", "Officials said the port will reopen."]
    )
    assert _seen(text)[0][3:] == ("—", "Ana Ruiz", "Mayor")


@pytest.mark.parametrize("line_end", LINE_ENDS)
@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Graham: Trump Rhetoric Destroying Party Chances", "Graham"),
        ("Sanders: We will win this state in the fall.", "Sanders"),
    ],
)
def test_a_colon_after_a_name_at_a_line_start(line_end: str, line: str, speaker: str) -> None:
    """A headline or a line that opens with a name and a colon is read after any line end
    (after CR and U+2029 the line was not seen to start there)."""
    text = line_end.join(["The debate went on for an hour.", line])
    assert [(q[3], q[4]) for q in _seen(text)] == [(":", speaker)]


@pytest.mark.parametrize("line_end", LINE_ENDS)
@pytest.mark.parametrize(
    ("first", "speaker", "title"),
    [
        ("“We will stay,” said Kirby", "Smith", None),
        ("The talks were hosted by John Kirby", "Smith", "senator"),
    ],
)
def test_a_name_never_runs_over_a_line_end(
    line_end: str, first: str, speaker: str, title: str | None
) -> None:
    """A paragraph that ends with a name and one that starts with a name are two names after
    any line end ("Kirby\\rSmith" was read as one person, Kirby Smith)."""
    text = line_end.join(
        [first, f"{speaker}{', a senator,' if title else ''} said the port will reopen."]
    )
    assert _seen(text)[-1][4:] == (speaker, title)


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_a_name_wrapped_over_a_line_end_is_no_fuller(line_end: str) -> None:
    """In text wrapped at a fixed width, "Basil Hallward" written over a CRLF is the name
    already seen, not a fuller one that replaces it (two characters of line end made it
    longer than the name with a space)."""
    lines = [
        "The artist, Basil Hallward, sat in",
        "the corner of the studio for most of",
        "the day.",
        "",
        "“I hate the way you talk,” said Basil",
        "Hallward, walking to the window.",
    ]
    (quote,) = _seen(line_end.join(lines))
    assert quote[4] == "Basil Hallward"


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_patterns_stop_at_every_line_end(line_end: str) -> None:
    """The patterns that must not cross a line end stop at each kind (a white-space class
    without only "\\n" crossed CR and U+2029; regex's MULTILINE "^" knows only "\\n")."""
    assert pipeline.TRANSCRIPT_LABEL_RE.match("WALLACE: Why?")
    assert not pipeline.TRANSCRIPT_LABEL_RE.match(f"WALLACE:{line_end}Why?")
    assert [m.group(2) for m in pipeline.VOCATIVE_RE.finditer("oh, Kirby, we stay.")] == ["Kirby"]
    assert not list(pipeline.VOCATIVE_RE.finditer(f"oh,{line_end}Kirby, we stay."))
    two_names = f"Ana Ruiz{line_end}Jane Smith"
    assert resolve.NAME_RUN_RE.findall(two_names) == ["Ana Ruiz", "Jane Smith"]
    assert fastpath.NAME_RUN_RE.findall(two_names) == ["Ana Ruiz", "Jane Smith"]
    headline = f"Officials left.{line_end}Graham: Trump Loses Ground"
    start = headline.index("Graham")
    assert cues._colon_lines(headline) == [start]
    assert [m.start() for m in cues.COLON_HEADLINE_RE.finditer(headline)] == [start]
    assert [m.start() for m in cues.FIRST_COLON_RE.finditer(headline)] == [start]
    assert cues._opens_line(headline, start)


@pytest.mark.parametrize("line_end", LINE_ENDS)
def test_a_title_is_never_read_across_a_line_end(line_end: str) -> None:
    """The title before a name stops at the line end before it, whichever line end it is: the
    words ending the paragraph before ("Kirby said") are not part of "Sen. Jane Smith"'s title
    (a CI failure of the fuzz tests, with CR line ends)."""
    text = line_end.join(["“The talks go on,” Kirby said", "Sen. Jane Smith said: “They do.”"])
    smith = quotekit.extract(text)[1].speaker
    assert smith is not None
    assert (smith.name, smith.title) == ("Jane Smith", "Sen.")
