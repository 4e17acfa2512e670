"""The public entry points: :func:`extract` and :func:`analyze`, and their stanza variants."""

from __future__ import annotations

from typing import Any

import attrs

from .annotations import Annotations
from .errors import OptionsError, check_text
from .model import Analysis, QuoteList
from .options import Options, merge_options
from .pipeline import run

__all__ = ["analyze", "analyze_stanza", "extract", "from_stanza"]


def _annotations(text: str, opts: Options, pipeline: Any) -> Annotations | None:
    """What the chosen backend knows about ``text``: None for the rules."""
    if opts.backend == "rules":
        if pipeline is not None:
            raise OptionsError(
                "pipeline= is for the stanza backend: pass backend='stanza' with it "
                "(extract(text, backend='stanza', pipeline=nlp))"
            )
        return None
    if pipeline is None:
        raise OptionsError(
            "backend='stanza' runs your stanza pipeline: pass it as pipeline=, e.g. "
            "extract(text, backend='stanza', pipeline=nlp) with nlp = stanza.Pipeline('en', "
            "processors='tokenize,mwt,pos,lemma,depparse,ner,coref') built once, or "
            "pipeline='en' to build one per call; the default backend (backend='rules') "
            "needs no pipeline and no model"
        )
    from .backends.stanza import annotate

    return annotate(pipeline, text)


def analyze(
    text: str, *, options: Options | None = None, pipeline: Any = None, **overrides: Any
) -> Analysis:
    """Read ``text`` and return its quotes and speakers.

    Args:
        text: the document, a ``str`` (decode bytes first).
        options: an :class:`Options`; keyword ``overrides`` replace its fields.
        pipeline: with ``backend="stanza"``, the ``stanza.Pipeline`` to annotate ``text``
            with (or a language code such as ``"en"`` to build one, which takes seconds).

    Returns:
        The quotes in document order and every speaker once.

    Raises:
        InputTypeError: ``text`` is not a ``str``.
        OptionsError: an option is unknown or out of range, or ``backend="stanza"`` has no
            ``pipeline``.
        MissingDependencyError: ``backend="stanza"`` and stanza is not installed.
        BackendError: stanza's models are missing, or its Document does not fit ``text``.

    Examples:
        >>> a = analyze("“It’s still just a trickle,” Kirby said.")
        >>> [s.name for s in a.speakers]
        ['Kirby']
    """
    text = check_text(text)
    opts = merge_options(options, overrides)
    return run(text, opts, _annotations(text, opts, pipeline))


def extract(
    text: str, *, options: Options | None = None, pipeline: Any = None, **overrides: Any
) -> QuoteList:
    """Every quotation in ``text``, in document order.

    Each :class:`Quote` keeps its offsets (``text[q.start:q.end] == q.text``), its kind
    (direct, indirect or mixed), its cue and its resolved speaker. The list is a
    :class:`QuoteList`, a ``list`` that also keeps ``text`` so notebooks can show the quotes
    in the article. ``backend="stanza", pipeline=nlp`` lets a stanza pipeline supply the
    sentences, entities, parse and coreference (see :func:`analyze`).

    Examples:
        >>> [q.text for q in extract("“It’s still just a trickle,” he said.")]
        ['It’s still just a trickle,']
        >>> extract("")
        []
    """
    analysis = analyze(text, options=options, pipeline=pipeline, **overrides)
    return QuoteList(analysis.quotes, text=analysis.text)


def analyze_stanza(
    doc: Any, *, text: str | None = None, options: Options | None = None, **overrides: Any
) -> Analysis:
    """Quotes and speakers of a ``stanza.Document`` you already have.

    The Document may come fresh from a pipeline or be read back from CoNLL-U; its sentences,
    named entities, dependency parse and coreference are used where it has them.

    Args:
        doc: a ``stanza.Document``.
        text: the text it was made from, when ``doc.text`` is empty (CoNLL-U read without
            ``reconstruct_text=True``); otherwise it must equal ``doc.text``.
        options: an :class:`Options`; keyword ``overrides`` replace its fields.

    Raises:
        BackendError: ``doc`` is not a Document, has no text, or does not fit ``text``.
        OptionsError: an option is unknown or out of range.
    """
    if text is not None:
        text = check_text(text)
    opts = merge_options(options, overrides)
    if opts.backend != "stanza":
        opts = attrs.evolve(opts, backend="stanza")
    from .backends.stanza import to_annotations

    annotations = to_annotations(doc, text)
    return run(annotations.text, opts, annotations)


def from_stanza(
    doc: Any, *, text: str | None = None, options: Options | None = None, **overrides: Any
) -> QuoteList:
    """Every quotation of a ``stanza.Document`` you already have, in document order.

    The offsets point into ``doc.text`` (or ``text``); see :func:`analyze_stanza` for the
    arguments and errors.
    """
    analysis = analyze_stanza(doc, text=text, options=options, **overrides)
    return QuoteList(analysis.quotes, text=analysis.text)
