"""The typed results: :class:`Quote`, :class:`Speaker`, :class:`Mention`, :class:`Analysis`.

Every model is a frozen, keyword-only attrs class whose positions are validated, with a
``to_dict()`` that gives JSON-ready data and a ``from_dict()`` that reads it back, a short
``repr()``, and (for :class:`Quote`, :class:`Analysis` and :class:`QuoteList`) an HTML view that
notebooks show. This module imports nothing of the pipeline's stages; the HTML and data-frame
hooks import the outer ring (``quotekit.display``, ``quotekit.frames``) only when called.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import define, field

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Analysis",
    "Mention",
    "MentionKind",
    "Quote",
    "QuoteKind",
    "QuoteList",
    "Span",
    "Speaker",
    "SpeakerKind",
]


class QuoteKind(str, enum.Enum):
    """How a quote reports speech."""

    #: The speaker's words between quotation marks: ``“It’s still just a trickle,” he said.``
    DIRECT = "direct"
    #: Reported speech with no quotation marks: ``Kirby said more Americans were leaving.``
    INDIRECT = "indirect"
    #: Reported speech holding a partial direct quote: ``Kirby said it was “not enough”.``
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class MentionKind(str, enum.Enum):
    """How a piece of text refers to a speaker."""

    NAME = "name"  #: "John Kirby", "Kirby", "the White House"
    PRONOUN = "pronoun"  #: "he", "she", "they", "I", "we"
    NOMINAL = "nominal"  #: a description: "the official", "a spokeswoman for the ministry"

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, enum.Enum):
    """What sort of source a speaker is."""

    PERSON = "person"  #: a named person
    ORGANIZATION = "organization"  #: "the White House", "the ministry", "Hamas"
    GROUP = "group"  #: several people: "officials", "critics", "some Democrats"
    ANONYMOUS = "anonymous"  #: a person described but never named: "a senior official"

    def __str__(self) -> str:
        return self.value


#: How many characters of a quote's text ``repr()`` shows before cutting it with "…".
REPR_TEXT_WIDTH: Final = 60


def _short(text: str, width: int = REPR_TEXT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_extent(inst: Any) -> None:
    if inst.end < inst.start:
        raise ValueError(f"end ({inst.end}) is before start ({inst.start})")
    if len(inst.text) != inst.end - inst.start:
        raise ValueError(
            f"text has {len(inst.text)} characters but start..end spans {inst.end - inst.start}"
        )


@define(frozen=True, kw_only=True)
class Span:
    """A piece of the source text: ``source[start:end] == text``."""

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        _check_extent(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Rebuild a span from :meth:`to_dict`'s output."""
        return cls(text=data["text"], start=data["start"], end=data["end"])


@define(frozen=True, kw_only=True)
class Mention:
    """A place in the text that names or points at a speaker."""

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    kind: MentionKind = field(converter=MentionKind)

    def __attrs_post_init__(self) -> None:
        _check_extent(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back."""
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Mention:
        """Rebuild a mention from :meth:`to_dict`'s output."""
        return cls(text=data["text"], start=data["start"], end=data["end"], kind=data["kind"])


def _mention_tuple(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


@define(frozen=True, kw_only=True)
class Speaker:
    """One source of the document, with every mention of it.

    ``name`` is the fullest name the document gives ("John Kirby", not "Kirby"); for an
    anonymous source it is the description ("senior administration official").
    """

    name: str
    kind: SpeakerKind = field(converter=SpeakerKind, default=SpeakerKind.PERSON)
    title: str | None = None
    mentions: tuple[Mention, ...] = field(default=(), converter=_mention_tuple)

    def __repr__(self) -> str:
        """One short line: the name, kind and how many mentions (not the mentions).

        >>> Speaker(name="John Kirby", title="spokesman")
        Speaker(name='John Kirby', kind='person', title='spokesman', mentions=0)
        """
        title = f", title={self.title!r}" if self.title else ""
        return (
            f"Speaker(name={self.name!r}, kind={self.kind.value!r}{title}, "
            f"mentions={len(self.mentions)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "title": self.title,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        """Rebuild a speaker from :meth:`to_dict`'s output."""
        return cls(
            name=data["name"],
            kind=data.get("kind", SpeakerKind.PERSON),
            title=data.get("title"),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
        )


def _confidence(_inst: object, _attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be between 0 and 1, got {value}")


def _to_parts(value: Any) -> tuple[tuple[int, int], ...]:
    # a pair that is already a tuple of two ints is kept, not copied: one tuple less a quote
    return tuple(
        p
        if type(p) is tuple and len(p) == 2 and type(p[0]) is int and type(p[1]) is int
        else (int(p[0]), int(p[1]))
        for p in value
    )


@define(frozen=True, kw_only=True)
class Quote:
    """One quotation: what was said, where, how it was introduced, and by whom.

    ``source[start:end] == text`` always holds. For a direct quote the span is the words between
    the quotation marks; for reported speech it is the reported clause. ``parts`` lists the
    pieces that are really quoted when narration interrupts the quote (``“Q1,” he said, “Q2”``
    across paragraphs, or ``The talks, Kirby said, are having an impact``); otherwise it holds
    the one piece ``(start, end)``.
    """

    text: str
    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    kind: QuoteKind = field(converter=QuoteKind)
    cue: Span | None = None
    speaker: Speaker | None = None
    speaker_mention: Mention | None = None
    confidence: float = field(default=1.0, validator=_confidence)
    paragraph: int = field(default=0, validator=_non_negative)
    parts: tuple[tuple[int, int], ...] = field(default=(), converter=_to_parts)

    def __repr__(self) -> str:
        """One short line: kind, offsets, speaker's name and the text cut to 60 characters.

        >>> Quote(text="It’s still just a trickle,", start=1, end=27, kind="direct")
        Quote(kind='direct', start=1, end=27, speaker=None, text='It’s still just a trickle,')
        """
        speaker = self.speaker.name if self.speaker else None
        return (
            f"Quote(kind={self.kind.value!r}, start={self.start}, end={self.end}, "
            f"speaker={speaker!r}, text={_short(self.text)!r})"
        )

    def _repr_html_(self) -> str:
        """The quote as HTML for notebooks: its text coloured, its speaker, kind and cue."""
        from .display import to_html

        return to_html(self)

    def __attrs_post_init__(self) -> None:
        _check_extent(self)
        if not self.parts:
            object.__setattr__(self, "parts", ((self.start, self.end),))
        for s, e in self.parts:
            if not self.start <= s <= e <= self.end:
                raise ValueError(
                    f"part ({s}, {e}) lies outside the quote ({self.start}, {self.end})"
                )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
            "parts": [list(p) for p in self.parts],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict`'s output."""
        cue = data.get("cue")
        speaker = data.get("speaker")
        mention = data.get("speaker_mention")
        return cls(
            text=data["text"],
            start=data["start"],
            end=data["end"],
            kind=data["kind"],
            cue=Span.from_dict(cue) if cue else None,
            speaker=Speaker.from_dict(speaker) if speaker else None,
            speaker_mention=Mention.from_dict(mention) if mention else None,
            confidence=data.get("confidence", 1.0),
            paragraph=data.get("paragraph", 0),
            parts=data.get("parts") or (),
        )


# --- the pipeline's own constructors ---------------------------------------------------------
# Why: the pipeline builds thousands of these per second from offsets it has just cut out of
# the text, so they hold by construction what the validators check (``source[start:end] ==
# text``, non-negative offsets, parts inside the quote, a confidence in 0..1, enum members).
# Setting the slots directly skips the converters, validators and post-init checks, a fifth of
# the cost of building the results; objects built by users always go through ``__init__``.

_new: Final = object.__new__


def _setters(cls: type, *names: str) -> tuple[Callable[[object, object], None], ...]:
    """The setters of ``cls``'s slots ``names`` (their member descriptors' ``__set__``)."""
    return tuple(cls.__dict__[name].__set__ for name in names)


# Why: each slot set by its own descriptor, which object.__setattr__ would look up by name
# first: a field costs two thirds as much.
_SPAN_SETTERS: Final = _setters(Span, "text", "start", "end")
_MENTION_SETTERS: Final = _setters(Mention, "text", "start", "end", "kind")
_SPEAKER_SETTERS: Final = _setters(Speaker, "name", "kind", "title", "mentions")
_QUOTE_SETTERS: Final = _setters(
    Quote,
    "text",
    "start",
    "end",
    "kind",
    "cue",
    "speaker",
    "speaker_mention",
    "confidence",
    "paragraph",
    "parts",
)


def _span(text: str, start: int, end: int) -> Span:
    """A :class:`Span` of checked offsets, built without ``__init__``'s checks."""
    span: Span = _new(Span)
    set_text, set_start, set_end = _SPAN_SETTERS
    set_text(span, text)
    set_start(span, start)
    set_end(span, end)
    return span


def _mention(text: str, start: int, end: int, kind: MentionKind) -> Mention:
    """A :class:`Mention` of checked offsets, built without ``__init__``'s checks."""
    mention: Mention = _new(Mention)
    set_text, set_start, set_end, set_kind = _MENTION_SETTERS
    set_text(mention, text)
    set_start(mention, start)
    set_end(mention, end)
    set_kind(mention, kind)
    return mention


def _speaker(
    name: str, kind: SpeakerKind, title: str | None, mentions: tuple[Mention, ...]
) -> Speaker:
    """A :class:`Speaker` built without ``__init__``'s conversions."""
    speaker: Speaker = _new(Speaker)
    set_name, set_kind, set_title, set_mentions = _SPEAKER_SETTERS
    set_name(speaker, name)
    set_kind(speaker, kind)
    set_title(speaker, title)
    set_mentions(speaker, mentions)
    return speaker


def _quote(
    text: str,
    start: int,
    end: int,
    kind: QuoteKind,
    cue: Span | None,
    speaker: Speaker | None,
    speaker_mention: Mention | None,
    confidence: float,
    paragraph: int,
    parts: tuple[tuple[int, int], ...],
) -> Quote:
    """A :class:`Quote` of checked offsets and parts, built without ``__init__``'s checks."""
    quote: Quote = _new(Quote)
    (
        set_text,
        set_start,
        set_end,
        set_kind,
        set_cue,
        set_speaker,
        set_mention,
        set_confidence,
        set_paragraph,
        set_parts,
    ) = _QUOTE_SETTERS
    set_text(quote, text)
    set_start(quote, start)
    set_end(quote, end)
    set_kind(quote, kind)
    set_cue(quote, cue)
    set_speaker(quote, speaker)
    set_mention(quote, speaker_mention)
    set_confidence(quote, confidence)
    set_paragraph(quote, paragraph)
    set_parts(quote, parts or ((start, end),))
    return quote


#: How many speakers' names ``repr(analysis)`` lists before "+N more".
REPR_SPEAKERS: Final = 5


class QuoteList(list[Quote]):
    """A list of quotes that remembers the text they came from, as :func:`quotekit.extract` returns.

    It is a plain ``list`` in every other way (it compares equal to a list of the same quotes);
    ``text`` lets a notebook show the quotes highlighted in the article. Slicing or filtering
    gives an ordinary list; wrap it again to keep the view:
    ``QuoteList([q for q in quotes if q.speaker], text=quotes.text)``.

    Examples:
        >>> quotes = QuoteList([], text="Nothing was said.")
        >>> quotes == [], quotes.text
        (True, 'Nothing was said.')
    """

    def __init__(self, quotes: Iterable[Quote] = (), *, text: str | None = None) -> None:
        super().__init__(quotes)
        #: The text the quotes' offsets point into, or None when it is not known.
        self.text = text

    def _repr_html_(self) -> str:
        """The quotes as HTML for notebooks: in the article when ``text`` is known, else a table."""
        from .display import to_html

        return to_html(self)


def _quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _speaker_tuple(value: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(value)


@define(frozen=True, kw_only=True)
class Analysis:
    """Everything quotekit found in one document: its quotes and its speakers."""

    text: str
    quotes: tuple[Quote, ...] = field(default=(), converter=_quote_tuple)
    speakers: tuple[Speaker, ...] = field(default=(), converter=_speaker_tuple)

    def __repr__(self) -> str:
        """One short line: the text's length, how many quotes, and the speakers' names.

        >>> Analysis(text="No quotes here.")
        Analysis(chars=15, quotes=0, speakers=[])
        """
        names = [s.name for s in self.speakers]
        shown = names[:REPR_SPEAKERS]
        more = f" +{len(names) - len(shown)}" if len(names) > len(shown) else ""
        return (
            f"Analysis(chars={len(self.text)}, quotes={len(self.quotes)}, speakers={shown!r}{more})"
        )

    def _repr_html_(self) -> str:
        """The article as HTML for notebooks, each quote coloured by speaker, with a summary."""
        from .display import to_html

        return to_html(self)

    def to_pandas(self) -> pandas.DataFrame:
        """The quotes as a pandas ``DataFrame``, one row per quote (see ``quotekit.to_frame``).

        Raises:
            MissingDependencyError: pandas is not installed (``pip install 'quotekit[pandas]'``).
        """
        from .frames import to_frame

        return to_frame(self)

    def quotes_by(self, speaker: Speaker | str) -> list[Quote]:
        """The quotes attributed to ``speaker`` (a :class:`Speaker` or its name)."""
        name = speaker if isinstance(speaker, str) else speaker.name
        return [q for q in self.quotes if q.speaker is not None and q.speaker.name == name]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data; :meth:`from_dict` reads it back."""
        return {
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Analysis:
        """Rebuild an analysis from :meth:`to_dict`'s output."""
        return cls(
            text=data["text"],
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
        )
