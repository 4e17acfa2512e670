"""quotekit's exceptions: one base class, and messages that say what to do."""

from __future__ import annotations

__all__ = [
    "BackendError",
    "InputTypeError",
    "MissingDependencyError",
    "OffsetError",
    "OptionsError",
    "QuotekitError",
]


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InputTypeError(QuotekitError, TypeError):
    """The text given to quotekit is not a ``str``."""


class OptionsError(QuotekitError, ValueError):
    """An option is unknown or has a value outside its range."""


class OffsetError(QuotekitError, ValueError):
    """Quotes were given with a text they were not found in: their offsets do not fit it."""


class MissingDependencyError(QuotekitError, ImportError):
    """An optional feature needs a package that is not installed; the message says which."""


class BackendError(QuotekitError, ValueError):
    """A backend (stanza) could not annotate the text: its models are missing, or a document
    it made does not fit the text. The message says what is missing and how to get it."""


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; else raise :class:`InputTypeError` saying what to do."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            "quotekit reads text, not bytes: decode it first, e.g. data.decode('utf-8') "
            "(or the encoding your source declares)"
        )
    if text is None:
        raise InputTypeError("quotekit needs a str to read, got None")
    if isinstance(text, (list, tuple)):
        raise InputTypeError(
            f"quotekit reads one text at a time, got a {type(text).__name__}: "
            "call extract() on each text, or use quotekit.extract_many() for many"
        )
    raise InputTypeError(f"quotekit needs a str to read, got {type(text).__name__}")
