"""The public entry points: :func:`extract` and :func:`analyze`."""

from __future__ import annotations

from typing import Any

from .errors import check_text
from .model import Analysis, QuoteList
from .options import Options, merge_options
from .pipeline import run

__all__ = ["analyze", "extract"]


def analyze(text: str, *, options: Options | None = None, **overrides: Any) -> Analysis:
    """Read ``text`` and return its quotes and speakers.

    Args:
        text: the document, a ``str`` (decode bytes first).
        options: an :class:`Options`; keyword ``overrides`` replace its fields.

    Returns:
        The quotes in document order and every speaker once.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        OptionsError: an option is unknown or out of range.

    Examples:
        >>> a = analyze("“It’s still just a trickle,” Kirby said.")
        >>> [s.name for s in a.speakers]
        ['Kirby']
    """
    text = check_text(text)
    opts = merge_options(options, overrides)
    return run(text, opts)


def extract(text: str, *, options: Options | None = None, **overrides: Any) -> QuoteList:
    """Every quotation in ``text``, in document order.

    Each :class:`Quote` keeps its offsets (``text[q.start:q.end] == q.text``), its kind
    (direct, indirect or mixed), its cue and its resolved speaker. The list is a
    :class:`QuoteList`, a ``list`` that also keeps ``text`` so notebooks can show the quotes
    in the article.

    Examples:
        >>> [q.text for q in extract("“It’s still just a trickle,” he said.")]
        ['It’s still just a trickle,']
        >>> extract("")
        []
    """
    analysis = analyze(text, options=options, **overrides)
    return QuoteList(analysis.quotes, text=analysis.text)
