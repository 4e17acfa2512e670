"""Quotes as flat records and data frames: :func:`to_records` and :func:`to_frame`.

Outer ring: it reads the public models only. pandas is optional (``pip install
'quotekit[pandas]'``) and imported only by :func:`to_frame`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from .errors import InputTypeError, MissingDependencyError
from .model import Analysis, Quote

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "to_frame", "to_records"]

#: The fields of a record, in order. ``doc`` comes first when the input names documents.
COLUMNS: Final = (
    "start",
    "end",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "speaker_title",
    "speaker_mention",
    "cue",
    "confidence",
    "paragraph",
)

#: The column that names each quote's document when :func:`to_records` is given a mapping.
DOC_COLUMN: Final = "doc"

#: What the record functions take: quotes, an analysis, or documents mapped to either.
Quotes: TypeAlias = Analysis | Iterable[Quote] | Mapping[Hashable, Analysis | Iterable[Quote]]


def _record(quote: Quote) -> dict[str, Any]:
    """One quote as a flat, JSON-ready record with the fields of :data:`COLUMNS`."""
    speaker = quote.speaker
    return {
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind.value,
        "text": quote.text,
        "speaker": speaker.name if speaker else None,
        "speaker_kind": speaker.kind.value if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_mention": quote.speaker_mention.text if quote.speaker_mention else None,
        "cue": quote.cue.text if quote.cue else None,
        "confidence": quote.confidence,
        "paragraph": quote.paragraph,
    }


def _quotes_of(value: object, what: str) -> Iterable[Quote]:
    if isinstance(value, Analysis):
        return value.quotes
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InputTypeError(
            f"{what} must be quotes or an Analysis, got {type(value).__name__}; "
            "extract the quotes first, e.g. quotekit.extract(text)"
        )
    return value


def _checked(quotes: Iterable[object]) -> Iterable[Quote]:
    for q in quotes:
        if not isinstance(q, Quote):
            raise InputTypeError(f"expected Quote objects, got a {type(q).__name__}")
        yield q


def to_records(quotes: Quotes) -> list[dict[str, Any]]:
    """Quotes as plain dicts, one per quote, ready for ``csv``, ``json`` or a data frame.

    Each record has the fields of :data:`COLUMNS`: offsets, kind, text, the speaker's name,
    kind and title, the phrase naming the speaker, the cue, the confidence and the paragraph.
    For everything else (mentions, parts) use ``Quote.to_dict()``.

    Args:
        quotes: a list of quotes, an :class:`Analysis`, or a mapping from document names (or
            any key) to either; for a mapping each record starts with a ``doc`` field holding
            the key.

    Returns:
        One record per quote, in order.

    Raises:
        InputTypeError: ``quotes`` is not one of the above.

    Examples:
        >>> import quotekit
        >>> quotes = quotekit.extract("“It’s still just a trickle,” Kirby said.")
        >>> record = to_records(quotes)[0]
        >>> record["speaker"], record["cue"], record["start"]
        ('Kirby', 'said', 1)
        >>> [r["doc"] for r in to_records({"a.txt": quotes, "b.txt": quotes})]
        ['a.txt', 'b.txt']
    """
    if isinstance(quotes, Mapping):
        return [
            {DOC_COLUMN: doc, **_record(q)}
            for doc, value in quotes.items()
            for q in _checked(_quotes_of(value, f"the value for {doc!r}"))
        ]
    return [_record(q) for q in _checked(_quotes_of(quotes, "to_records()'s argument"))]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError(
            "quotekit.to_frame() needs pandas, which is not installed: "
            "pip install 'quotekit[pandas]' (or pip install pandas)"
        ) from None
    return pandas


def to_frame(quotes: Quotes) -> pandas.DataFrame:
    """Quotes as a pandas ``DataFrame``, one row per quote, with the columns of :data:`COLUMNS`.

    Takes what :func:`to_records` takes; a mapping of documents adds a first column ``doc``.
    The columns are there even when there are no quotes. ``Analysis.to_pandas()`` is the same
    for one document.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'quotekit[pandas]'``).
        InputTypeError: ``quotes`` is not quotes, an analysis or a mapping of them.

    Examples:
        >>> import quotekit
        >>> texts = {"a": "“Yes,” Kirby said.", "b": "Blinken said talks would go on."}
        >>> df = to_frame({name: quotekit.extract(t) for name, t in texts.items()})
        >>> df[["doc", "speaker", "kind"]].values.tolist()
        [['a', 'Kirby', 'direct'], ['b', 'Blinken', 'indirect']]
    """
    pd = _pandas()
    records = to_records(quotes)
    columns = ([DOC_COLUMN] if isinstance(quotes, Mapping) else []) + list(COLUMNS)
    frame = pd.DataFrame.from_records(records, columns=columns)
    return frame.astype({"start": "int64", "end": "int64", "paragraph": "int64"}).astype(
        {"confidence": "float64"}
    )
