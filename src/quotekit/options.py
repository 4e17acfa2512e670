"""The one frozen options object every entry point takes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs import define, field

from .errors import OptionsError
from .model import QuoteKind

__all__ = ["Options"]

BACKENDS = ("rules", "stanza")


def _kinds(value: Iterable[QuoteKind | str] | None) -> frozenset[QuoteKind]:
    if value is None:
        return frozenset(QuoteKind)
    if isinstance(value, (str, QuoteKind)):
        value = [value]
    if not isinstance(value, Iterable) or isinstance(value, (bytes, Mapping)):
        raise OptionsError(
            f"kinds must be a kind or a collection of kinds, got {type(value).__name__}; "
            f"use any of {', '.join(k.value for k in QuoteKind)}"
        )
    try:
        return frozenset(QuoteKind(v) for v in value)
    except ValueError as exc:
        raise OptionsError(
            f"kinds: {exc}; use any of {', '.join(k.value for k in QuoteKind)}"
        ) from None


def _check_confidence(_inst: object, _attr: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise OptionsError(f"min_confidence must be a number between 0 and 1, got {value!r}")
    if not 0.0 <= value <= 1.0:
        raise OptionsError(f"min_confidence must be between 0 and 1, got {value}")


def _check_bool(_inst: object, attr: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise OptionsError(f"{attr.name} must be True or False, got {value!r}")


def _check_backend(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in BACKENDS:
        raise OptionsError(f"backend must be one of {', '.join(BACKENDS)}, got {value!r}")


@define(frozen=True, kw_only=True)
class Options:
    """How quotekit reads a text. Every field has a default; pass only what you change.

    Examples:
        >>> Options(min_confidence=0.5).min_confidence
        0.5
    """

    #: Quotes whose confidence is below this are left out.
    min_confidence: float = field(default=0.0, validator=_check_confidence)
    #: Which kinds of quote to return (all by default).
    kinds: frozenset[QuoteKind] = field(default=None, converter=_kinds)
    #: Whether to tie speaker phrases to the document's people ("he" → "John Kirby").
    resolve_speakers: bool = field(default=True, validator=_check_bool)
    #: Where tokens, entities and parses come from: "rules" (built in) or "stanza".
    backend: str = field(default="rules", validator=_check_backend)

    def replace(self, **changes: Any) -> Options:
        """A copy with ``changes`` applied; unknown names raise :class:`OptionsError`."""
        return merge_options(self, changes)


_FIELDS = frozenset(a.name for a in attrs.fields(Options))


def merge_options(options: Options | None, overrides: Mapping[str, Any]) -> Options:
    """``options`` (or the defaults) with ``overrides`` applied, checked by name."""
    if options is not None and not isinstance(options, Options):
        raise OptionsError(f"options must be a quotekit.Options, got {type(options).__name__}")
    base = options or Options()
    if not overrides:
        return base
    unknown = sorted(set(overrides) - _FIELDS)
    if unknown:
        raise OptionsError(
            f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"the options are {', '.join(sorted(_FIELDS))}"
        )
    return attrs.evolve(base, **overrides)
