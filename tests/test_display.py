"""Notebook views: short reprs, the HTML of quotes and analyses, and its escaping."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotekit
from quotekit import Analysis, Mention, OffsetError, Quote, QuoteList, Span, Speaker
from quotekit.display import PALETTE, UNATTRIBUTED_COLOUR

SEED = (Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt").read_text(
    encoding="utf-8"
)

HOSTILE = (
    "Mayor <b>Ann</b> Lee spoke.\n\n"
    "“<script>alert('x')</script> & more,” Lee said.\n\n"
    '"</mark><img src=x onerror=alert(1)>" said O\'Brien "the <i>chief</i>".'
)


class _Tags(HTMLParser):
    """Collects the tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> _Tags:
    """The tags and text of ``fragment``, with the style sheet left out."""
    parser = _Tags()
    parser.feed(re.sub(r"<style>.*?</style>", "", fragment, flags=re.S))
    return parser


def article_text(fragment: str) -> str:
    """The text shown in the article view (the qk-text block), entities decoded."""
    block = fragment.split('<div class="qk-text">', 1)[1].rsplit("</div>", 2)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", block))


def test_quote_repr_is_one_short_line() -> None:
    """repr(Quote) names kind, offsets and speaker, and cuts a long text to 60 characters."""
    text = "Kirby said " + "very " * 40 + "long."
    (q,) = quotekit.extract(text)
    r = repr(q)
    assert "\n" not in r
    assert r.startswith("Quote(kind='indirect', start=11,")
    assert "speaker='Kirby'" in r
    assert len(r) < 160
    assert "…" in r


def test_analysis_and_speaker_reprs_stay_short() -> None:
    """repr(Analysis) counts quotes and names at most five speakers; Speaker counts mentions."""
    a = quotekit.analyze(SEED)
    r = repr(a)
    assert r.startswith(f"Analysis(chars={len(SEED)}, quotes={len(a.quotes)}, speakers=[")
    assert len(r) < 200
    assert SEED[:40] not in r
    speaker = repr(a.speakers[0])
    assert speaker.startswith("Speaker(name=")
    assert "mentions=" in speaker
    many = Analysis(text="", speakers=[Speaker(name=f"S{i}") for i in range(8)])
    assert repr(many).endswith("'S4'] +3)")


def test_seed_article_page_shows_every_quote_by_speaker(tmp_path: Path) -> None:
    """The seed article's HTML colours each speaker's quotes, names them on hover, sums them up.

    The page is written to the test's temporary folder (run with ``--basetemp`` to keep it)
    for a look in a browser.
    """
    a = quotekit.analyze(SEED)
    page = quotekit.to_html(a, page=True)
    (tmp_path / "seed.html").write_text(page, encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    fragment = a._repr_html_()
    assert fragment in page
    # the article is all there, unchanged
    assert article_text(fragment) == SEED
    tags = parse(fragment)
    marks = [attrs for tag, attrs in tags.tags if tag == "mark"]
    assert marks
    kirby_colour = PALETTE[[s.name for s in a.speakers].index("John Kirby")]
    kirby_marks = [m for m in marks if f"background:{kirby_colour}" in (m.get("style") or "")]
    assert kirby_marks
    assert all((m.get("title") or "").startswith("John Kirby") for m in kirby_marks)
    # cues are underlined, and so marked for each quote that has one
    cues = [attrs for tag, attrs in tags.tags if tag == "span" and attrs.get("class") == "qk-cue"]
    assert len(cues) >= len({q.cue.start for q in a.quotes if q.cue})
    # the summary: one row per speaker with quotes and words quoted
    rows = re.findall(r"<tr><td><span class=\"qk-swatch\".*?</tr>", fragment)
    assert len(rows) == len({q.speaker.name for q in a.quotes if q.speaker})
    kirby_row = next(r for r in rows if "John Kirby" in r)
    cells = re.findall(r'<td class="qk-num">([^<]*)</td>', kirby_row)
    assert int(cells[0]) == len(a.quotes_by("John Kirby"))
    assert int(cells[1]) > 100


def test_nested_quotes_show_the_inner_speaker_with_the_outer_underneath() -> None:
    """A quote inside another takes its own speaker's colour and the outer one's border."""
    text = "Kirby said Biden reiterated support for Israel."
    kirby, biden = Speaker(name="Kirby"), Speaker(name="Biden")
    outer = Quote(text=text[11:46], start=11, end=46, kind="indirect", speaker=kirby)
    inner = Quote(text=text[28:46], start=28, end=46, kind="indirect", speaker=biden)
    fragment = quotekit.to_html(QuoteList([outer, inner], text=text))
    marks = [attrs for tag, attrs in parse(fragment).tags if tag == "mark"]
    assert [m.get("class") for m in marks] == ["qk-q", "qk-q qk-nested"]
    nested = marks[1]
    assert f"background:{PALETTE[1]}" in (nested.get("style") or "")
    assert f"--qk-outer:{PALETTE[0]}" in (nested.get("style") or "")
    title = nested.get("title") or ""
    assert title.index("Biden") < title.index("Kirby")
    assert article_text(fragment) == text


def test_script_in_a_quote_renders_as_text(tmp_path: Path) -> None:
    """Quotes, speakers and text holding HTML come out escaped: no tag of theirs survives.

    The page is written to the test's temporary folder, to look at in a browser.
    """
    a = quotekit.analyze(HOSTILE)
    (tmp_path / "hostile.html").write_text(quotekit.to_html(a, page=True), encoding="utf-8")
    assert any("<script>" in q.text for q in a.quotes)
    for fragment in (
        quotekit.to_html(a),
        quotekit.to_html(list(a.quotes)),
        a.quotes[0]._repr_html_(),
    ):
        tags = {tag for tag, _ in parse(fragment).tags}
        assert tags <= {
            "div",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "span",
            "mark",
            "b",
            "u",
            "blockquote",
        }
        assert "<script" not in fragment
        assert "<img" not in fragment
    fragment = quotekit.to_html(a)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more," in fragment
    assert article_text(fragment) == HOSTILE


def test_speaker_names_are_escaped_in_attributes() -> None:
    """A speaker name with quotes and angle brackets cannot break out of a title attribute."""
    text = "“Fine,” he said."
    bad = Speaker(name='"><script>x()</script>', title="<i>t</i>")
    q = Quote(
        text="Fine,",
        start=1,
        end=6,
        kind="direct",
        speaker=bad,
        cue=Span(text="said", start=11, end=15),
        speaker_mention=Mention(text="he", start=8, end=10, kind="pronoun"),
    )
    for fragment in (quotekit.to_html(QuoteList([q], text=text)), quotekit.to_html(q)):
        assert "<script" not in fragment
        titles = [a.get("title") or "" for _, a in parse(fragment).tags]
        assert any('"><script>x()</script>' in t for t in titles) or "&lt;script&gt;" in fragment


def test_extract_returns_a_list_that_shows_the_article() -> None:
    """extract() gives a QuoteList: equal to a plain list, with the text for its HTML view."""
    quotes = quotekit.extract(SEED)
    assert isinstance(quotes, QuoteList)
    assert isinstance(quotes, list)
    assert quotes == list(quotekit.analyze(SEED).quotes)
    assert quotes.text == SEED
    assert article_text(quotes._repr_html_()) == SEED


def test_a_list_without_its_text_shows_a_table() -> None:
    """Quotes with no text to place them in are shown as a table, one row per quote."""
    quotes = quotekit.extract(SEED)[:3]
    fragment = quotekit.to_html(quotes)
    assert 'class="qk-text"' not in fragment
    assert len(re.findall(r'<tr><td class="qk-num">', fragment)) == 3
    assert article_text(quotekit.to_html(quotes, text=SEED)) == SEED


def test_unattributed_quotes_are_grey_and_counted_apart() -> None:
    """A quote with no speaker gets the grey mark and a '(no speaker)' row, listed last."""
    text = "“We are still here and we will stay forever,” the banner read.\n\n“Yes,” Kirby said."
    quotes = quotekit.extract(text, resolve_speakers=False)
    assert any(q.speaker is None for q in quotes)
    fragment = quotekit.to_html(quotes)
    assert f"background:{UNATTRIBUTED_COLOUR}" in fragment
    assert "(no speaker)" in fragment


def test_one_quote_shows_speaker_kind_cue_and_confidence() -> None:
    """A Quote's HTML gives its text, speaker, title, kind, cue and confidence."""
    text = "White House spokesman John Kirby spoke.\n\n“It’s still just a trickle,” he said."
    q = quotekit.extract(text)[-1]
    fragment = q._repr_html_()
    shown = html.unescape(
        re.sub(r"<[^>]+>", "", re.sub(r"<style>.*?</style>", "", fragment, flags=re.S))
    )
    for piece in (
        "It’s still just a trickle,",
        "John Kirby",
        "White House spokesman",
        "direct",
        "said",
        f"{q.confidence:.2f}",
        "“he”",
    ):
        assert piece in shown, piece


def test_empty_input_renders() -> None:
    """No quotes still gives a view: the article alone, or just the heading."""
    assert "0 quotes" in quotekit.to_html(quotekit.analyze("Nothing here."))
    assert "0 quotes" in quotekit.extract("")._repr_html_()
    assert "0 quotes" in quotekit.to_html([])


def test_wrong_text_or_type_raises_quotekit_errors() -> None:
    """Quotes shown with another text raise OffsetError; a str or number is refused."""
    quotes = quotekit.extract(SEED)
    with pytest.raises(OffsetError, match="pass the text the quotes were extracted from"):
        quotekit.to_html(quotes, text=SEED.upper())
    with pytest.raises(quotekit.InputTypeError, match=r"to_html\(quotekit.analyze\(text\)\)"):
        quotekit.to_html(SEED)  # type: ignore[arg-type]
    with pytest.raises(quotekit.InputTypeError, match="holds a int"):
        quotekit.to_html([1, 2])  # type: ignore[list-item]


def test_a_cue_shared_by_quotes_of_one_speaker_names_them_once() -> None:
    """Two quotes on one cue by the same speaker give the cue a one-line hover text."""
    text = "Kirby said prices rose and wages fell."
    kirby = Speaker(name="Kirby")
    cue = Span(text="said", start=6, end=10)
    quotes = QuoteList(
        [
            Quote(text=text[11:22], start=11, end=22, kind="indirect", speaker=kirby, cue=cue),
            Quote(text=text[27:37], start=27, end=37, kind="indirect", speaker=kirby, cue=cue),
        ],
        text=text,
    )
    (span,) = [a for t, a in parse(quotekit.to_html(quotes)).tags if a.get("class") == "qk-cue"]
    assert span.get("title") == "cue of the quote by Kirby"
