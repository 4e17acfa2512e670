"""Backends: other NLP libraries whose annotations quotekit's stages can use.

Each backend converts its library's documents into :class:`quotekit.annotations.Annotations`
and imports that library only when called, so ``import quotekit`` never imports it.

- :mod:`quotekit.backends.stanza`: a ``stanza.Pipeline`` or ``stanza.Document``
  (``pip install "quotekit[stanza]"``).
"""

from __future__ import annotations

__all__: list[str] = []
