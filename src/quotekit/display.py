"""HTML views of quotes for notebooks and reports: :func:`to_html`.

Outer ring: it reads the public models only, and nothing in the pipeline imports it. Notebooks
call it through ``Quote._repr_html_``, ``Analysis._repr_html_`` and ``QuoteList._repr_html_``.

The article view shows the text as written (line breaks kept), each quoted piece coloured by
its speaker, the cue underlined and the phrase naming the speaker in bold; hovering over a
quote names its speaker, kind, cue and confidence. A summary above it counts each speaker's
quotes and quoted words. Every piece of text, the speakers' names included, is escaped: a
quote containing ``<script>`` shows as text.

>>> import quotekit
>>> html = quotekit.to_html(quotekit.analyze("“Hi <there>,” Kirby said."))
>>> "&lt;there&gt;" in html and "<there>" not in html
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Final

from attrs import define

from .errors import InputTypeError, OffsetError
from .model import Analysis, Quote, QuoteList, Speaker

__all__ = ["to_html"]

#: Background colours given to speakers in order of their first quote: light enough for
#: black text to stay readable, far enough apart to tell neighbours apart. After the last one
#: the palette starts again.
PALETTE: Final = (
    "#aec7e8",  # blue
    "#ffbb78",  # orange
    "#98df8a",  # green
    "#ff9896",  # red
    "#c5b0d5",  # purple
    "#f7b6d2",  # pink
    "#dbdb8d",  # olive
    "#9edae5",  # cyan
    "#c49c94",  # brown
)

#: The colour of quotes with no speaker.
UNATTRIBUTED_COLOUR: Final = "#e0e0e0"

#: What the summary calls quotes that have no speaker.
UNATTRIBUTED: Final = "(no speaker)"

# The view's style, scoped to its own classes so it changes nothing else in a notebook. Text
# on the coloured marks is black whatever the notebook's theme.
STYLE: Final = """<style>
.quotekit{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.6;
max-width:60em}
.quotekit .qk-head{font-weight:600;margin:.2em 0 .4em}
.quotekit table.qk-table{border-collapse:collapse;margin:0 0 1em;font-size:.9em}
.quotekit table.qk-table th,.quotekit table.qk-table td{padding:.15em .6em;text-align:left;
border-bottom:1px solid #ccc;vertical-align:top}
.quotekit table.qk-table td.qk-num{text-align:right}
.quotekit .qk-swatch{display:inline-block;width:.9em;height:.9em;border-radius:.2em;
margin-right:.4em;vertical-align:-.1em;border:1px solid #0003}
.quotekit .qk-text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;
font-size:1.02em}
.quotekit mark.qk-q{color:#000;border-radius:.15em;padding:0 .05em}
.quotekit mark.qk-nested{border-bottom:.2em solid var(--qk-outer)}
.quotekit .qk-cue{text-decoration:underline;text-decoration-thickness:.15em;
text-underline-offset:.15em}
.quotekit .qk-who{font-weight:700}
.quotekit blockquote{margin:.3em 0;padding:.2em .8em;border-left:.3em solid #999}
.quotekit .qk-meta{font-size:.9em;color:inherit;opacity:.85}
</style>"""


@define(frozen=True)
class _Layer:
    """A piece of text to mark: [start, end), the quote it belongs to, and its role."""

    start: int
    end: int
    quote: int
    role: str  # "quote", "cue" or "who"


def _e(text: str) -> str:
    """``text`` escaped for HTML, quotes included (safe in text and in attribute values)."""
    return html.escape(text, quote=True)


def _speaker_key(quote: Quote) -> str:
    return quote.speaker.name if quote.speaker else UNATTRIBUTED


def _colours(quotes: Sequence[Quote]) -> dict[str, str]:
    """Each speaker's colour, given in order of the speaker's first quote."""
    colours: dict[str, str] = {}
    for q in quotes:
        key = _speaker_key(q)
        if key not in colours:
            if q.speaker is None:
                colours[key] = UNATTRIBUTED_COLOUR
            else:
                named = sum(1 for k in colours if k != UNATTRIBUTED)
                colours[key] = PALETTE[named % len(PALETTE)]
    return colours


def _pieces(quote: Quote) -> list[str]:
    """The quoted pieces of ``quote``: its parts, without the narration between them."""
    return [quote.text[s - quote.start : e - quote.start] for s, e in quote.parts]


def _words(quote: Quote) -> int:
    return sum(len(piece.split()) for piece in _pieces(quote))


def _describe(quote: Quote) -> str:
    """One line about a quote, for hover text: who, kind, cue, confidence."""
    who = quote.speaker.name if quote.speaker else "no speaker"
    if quote.speaker and quote.speaker.kind.value != "person":
        who += f" ({quote.speaker.kind.value})"
    cue = f", cue “{quote.cue.text}”" if quote.cue else ""
    return f"{who}: {quote.kind.value} quote{cue}, confidence {quote.confidence:.2f}"


def _summary(quotes: Sequence[Quote], colours: dict[str, str]) -> str:
    """A table of speakers: colour, name, kind, title, quotes, words quoted."""
    rows: dict[str, tuple[Speaker | None, int, int]] = {}
    for q in quotes:
        key = _speaker_key(q)
        speaker, n, words = rows.get(key, (q.speaker, 0, 0))
        rows[key] = (speaker, n + 1, words + _words(q))
    total_words = sum(words for _, _, words in rows.values()) or 1
    order = sorted(rows, key=lambda k: (k == UNATTRIBUTED, -rows[k][1], -rows[k][2]))
    out = [
        '<table class="qk-table qk-summary"><thead><tr><th>speaker</th><th>kind</th>'
        "<th>title</th><th>quotes</th><th>words quoted</th><th>share</th></tr></thead><tbody>"
    ]
    for key in order:
        speaker, n, words = rows[key]
        kind = speaker.kind.value if speaker else ""
        title = speaker.title or "" if speaker else ""
        out.append(
            f'<tr><td><span class="qk-swatch" style="background:{colours[key]}"></span>'
            f"{_e(key)}</td><td>{_e(kind)}</td><td>{_e(title)}</td>"
            f'<td class="qk-num">{n}</td><td class="qk-num">{words}</td>'
            f'<td class="qk-num">{100 * words / total_words:.0f}%</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _head(quotes: Sequence[Quote], text: str | None) -> str:
    speakers = len({_speaker_key(q) for q in quotes if q.speaker})
    parts = [
        f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}",
        f"{speakers} speaker{'s' if speakers != 1 else ''}",
    ]
    if text is not None:
        parts.append(f"{len(text):,} characters")
    return f'<div class="qk-head">quotekit: {" · ".join(parts)}</div>'


def _check_offsets(quotes: Sequence[Quote], text: str) -> None:
    for i, q in enumerate(quotes):
        spans = [(q.start, q.end, q.text)]
        if q.cue:
            spans.append((q.cue.start, q.cue.end, q.cue.text))
        if q.speaker_mention:
            m = q.speaker_mention
            spans.append((m.start, m.end, m.text))
        for s, e, piece in spans:
            if text[s:e] != piece:
                raise OffsetError(
                    f"quote {i} ({q.start}..{q.end}) does not fit the text it was shown with: "
                    f"text[{s}:{e}] is {text[s:e]!r}, not {piece!r}; pass the text the quotes "
                    "were extracted from"
                )


def _article(quotes: Sequence[Quote], text: str, colours: dict[str, str]) -> str:
    """The text with every quoted piece, cue and speaker phrase marked, as HTML."""
    layers: list[_Layer] = []
    for i, q in enumerate(quotes):
        layers.extend(_Layer(s, e, i, "quote") for s, e in q.parts if e > s)
        if q.cue and q.cue.end > q.cue.start:
            layers.append(_Layer(q.cue.start, q.cue.end, i, "cue"))
        if q.speaker_mention and q.speaker_mention.end > q.speaker_mention.start:
            m = q.speaker_mention
            layers.append(_Layer(m.start, m.end, i, "who"))
    # Cut the text at every layer's edge; each piece between two cuts lies wholly inside or
    # outside each layer, so the marks never overlap however the quotes nest.
    cuts = sorted({0, len(text), *(x.start for x in layers), *(x.end for x in layers)})
    starting: dict[int, list[_Layer]] = {}
    for x in layers:
        starting.setdefault(x.start, []).append(x)
    active: list[_Layer] = []
    out = ['<div class="qk-text">']
    for a, b in pairwise(cuts):
        active = [x for x in active if x.end > a] + starting.get(a, [])
        piece = _e(text[a:b])
        if not active:
            out.append(piece)
            continue
        in_quotes = sorted(
            (x for x in active if x.role == "quote"), key=lambda x: (x.end - x.start, x.quote)
        )
        cues = [x for x in active if x.role == "cue"]
        whos = [x for x in active if x.role == "who"]
        if cues or whos:
            role, cls = ("cue", "qk-cue") if cues else ("who", "qk-who")
            owners = cues or whos
            what = "cue" if role == "cue" else "speaker phrase"
            # one line per speaker: a cue shared by several quotes of one speaker says it once
            title = "\n".join(
                dict.fromkeys(
                    f"{what} of the quote by {_e(_speaker_key(quotes[x.quote]))}" for x in owners
                )
            )
            colour = colours[_speaker_key(quotes[owners[0].quote])]
            piece = (
                f'<span class="{cls}" style="text-decoration-color:{colour}" '
                f'title="{title}">{piece}</span>'
            )
        if in_quotes:
            inner = quotes[in_quotes[0].quote]
            title = "\n".join(_e(_describe(quotes[x.quote])) for x in in_quotes)
            style = f"background:{colours[_speaker_key(inner)]}"
            cls = "qk-q"
            if len(in_quotes) > 1:
                outer = quotes[in_quotes[-1].quote]
                style += f";--qk-outer:{colours[_speaker_key(outer)]}"
                cls += " qk-nested"
            piece = f'<mark class="{cls}" style="{style}" title="{title}">{piece}</mark>'
        out.append(piece)
    out.append("</div>")
    return "".join(out)


def _table(quotes: Sequence[Quote], colours: dict[str, str]) -> str:
    """The quotes as a table: speaker, kind, cue, confidence, text."""
    out = [
        '<table class="qk-table qk-quotes"><thead><tr><th>#</th><th>speaker</th><th>kind</th>'
        "<th>cue</th><th>confidence</th><th>text</th></tr></thead><tbody>"
    ]
    for i, q in enumerate(quotes):
        colour = colours[_speaker_key(q)]
        out.append(
            f'<tr><td class="qk-num">{i}</td><td><span class="qk-swatch" '
            f'style="background:{colour}"></span>{_e(_speaker_key(q))}</td>'
            f"<td>{q.kind.value}</td><td>{_e(q.cue.text) if q.cue else ''}</td>"
            f'<td class="qk-num">{q.confidence:.2f}</td><td>{_quote_text(q, colour)}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _quote_text(quote: Quote, colour: str) -> str:
    """The quote's text with its quoted parts marked and the narration between them plain."""
    out: list[str] = []
    at = quote.start
    title = _e(_describe(quote))
    for s, e in quote.parts:
        out.append(_e(quote.text[at - quote.start : s - quote.start]))
        out.append(
            f'<mark class="qk-q" style="background:{colour}" title="{title}">'
            f"{_e(quote.text[s - quote.start : e - quote.start])}</mark>"
        )
        at = e
    out.append(_e(quote.text[at - quote.start :]))
    return "".join(out)


def _one(quote: Quote) -> str:
    colour = PALETTE[0] if quote.speaker else UNATTRIBUTED_COLOUR
    who = "no speaker"
    if quote.speaker:
        who = f"<b>{_e(quote.speaker.name)}</b>"
        if quote.speaker.title:
            who += f", {_e(quote.speaker.title)}"
        if quote.speaker.kind.value != "person":
            who += f" ({quote.speaker.kind.value})"
    meta = [f"— {who}", f"{quote.kind.value} quote"]
    if quote.speaker_mention:
        meta.append(f"named as “{_e(quote.speaker_mention.text)}”")
    if quote.cue:
        meta.append(f'cue <span class="qk-cue">{_e(quote.cue.text)}</span>')
    meta.append(f"confidence {quote.confidence:.2f}")
    meta.append(f"characters {quote.start}–{quote.end}")
    return (
        f'<div class="quotekit qk-one">{STYLE}<blockquote>{_quote_text(quote, colour)}'
        f'</blockquote><div class="qk-meta">{" · ".join(meta)}</div></div>'
    )


def _page(body: str, title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title></head><body>\n{body}\n</body></html>\n"
    )


def to_html(
    obj: Quote | Analysis | Iterable[Quote],
    *,
    text: str | None = None,
    page: bool = False,
) -> str:
    """An HTML view of quotes: what notebooks show for quotekit's objects.

    - An :class:`Analysis`, or a :class:`QuoteList` from :func:`quotekit.extract` (it knows
      its text): the article with each quote coloured by speaker, its cue underlined and the
      phrase naming the speaker in bold; hovering names the speaker. Above it, each speaker's
      number of quotes and of words quoted.
    - Any other list of quotes: the same summary and a table of the quotes; give ``text`` (the
      text they were extracted from) to see them in the article instead.
    - One :class:`Quote`: its text, speaker, kind, cue and confidence.

    Args:
        obj: a ``Quote``, an ``Analysis`` or an iterable of ``Quote``.
        text: the text the quotes came from, for an iterable of quotes that does not carry it.
        page: return a whole HTML page (``<!DOCTYPE html>`` …) to save as a file, rather than a
            fragment to embed.

    Returns:
        HTML in which all text from the document is escaped.

    Raises:
        InputTypeError: ``obj`` is none of the above.
        OffsetError: ``text`` is not the text the quotes were found in.

    Examples:
        >>> import quotekit
        >>> quotes = quotekit.extract("“It’s still just a trickle,” Kirby said.")
        >>> html = to_html(quotes)
        >>> 'title="Kirby: direct quote, cue “said”, confidence 0.95"' in html
        True
        >>> to_html(quotes[0]).count("<blockquote>")
        1
    """
    if isinstance(obj, Quote):
        body = _one(obj)
        title = f"quotekit: {obj.speaker.name if obj.speaker else 'quote'}"
        return _page(body, title) if page else body
    if isinstance(obj, Analysis):
        quotes: Sequence[Quote] = obj.quotes
        text = obj.text if text is None else text
    elif isinstance(obj, (str, bytes)) or not isinstance(obj, Iterable):
        raise InputTypeError(
            "to_html() takes a Quote, an Analysis or a list of quotes, "
            f"got {type(obj).__name__}; for a text, use to_html(quotekit.analyze(text))"
        )
    else:
        if text is None and isinstance(obj, QuoteList):
            text = obj.text
        quotes = list(obj)
        for q in quotes:
            if not isinstance(q, Quote):
                raise InputTypeError(
                    f"to_html() takes quotes, but the list holds a {type(q).__name__}"
                )
    colours = _colours(quotes)
    parts = [f'<div class="quotekit">{STYLE}', _head(quotes, text)]
    if quotes:
        parts.append(_summary(quotes, colours))
    if text is not None:
        _check_offsets(quotes, text)
        parts.append(_article(quotes, text, colours))
    elif quotes:
        parts.append(_table(quotes, colours))
    parts.append("</div>")
    body = "".join(parts)
    return _page(body, "quotekit") if page else body
