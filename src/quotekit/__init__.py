"""quotekit: every quotation in news text, with exact offsets, its cue and its speaker.

>>> import quotekit
>>> text = "Kirby added: “I think we all need to remember who they’re fighting.”"
>>> [(q.text, q.kind.value, q.speaker.name) for q in quotekit.extract(text)]
[('I think we all need to remember who they’re fighting.', 'direct', 'Kirby')]
"""

from __future__ import annotations

from ._version import __version__
from .api import analyze, analyze_stanza, extract, from_stanza
from .batch import extract_many
from .display import to_html
from .errors import (
    BackendError,
    InputTypeError,
    MissingDependencyError,
    OffsetError,
    OptionsError,
    QuotekitError,
)
from .frames import to_frame, to_records
from .model import (
    Analysis,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    QuoteList,
    Span,
    Speaker,
    SpeakerKind,
)
from .options import Options

__all__ = [
    "Analysis",
    "BackendError",
    "InputTypeError",
    "Mention",
    "MentionKind",
    "MissingDependencyError",
    "OffsetError",
    "Options",
    "OptionsError",
    "Quote",
    "QuoteKind",
    "QuoteList",
    "QuotekitError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "analyze",
    "analyze_stanza",
    "extract",
    "extract_many",
    "from_stanza",
    "to_frame",
    "to_html",
    "to_records",
]
