"""quotekit: every quotation in news text, with exact offsets, its cue and its speaker.

>>> import quotekit
>>> text = "Kirby added: “I think we all need to remember who they’re fighting.”"
>>> [(q.text, q.kind.value, q.speaker.name) for q in quotekit.extract(text)]
[('I think we all need to remember who they’re fighting.', 'direct', 'Kirby')]
"""

from __future__ import annotations

from ._version import __version__
from .api import analyze, extract
from .errors import InputTypeError, OptionsError, QuotekitError
from .model import (
    Analysis,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from .options import Options

__all__ = [
    "Analysis",
    "InputTypeError",
    "Mention",
    "MentionKind",
    "Options",
    "OptionsError",
    "Quote",
    "QuoteKind",
    "QuotekitError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "analyze",
    "extract",
]
