"""The stanza backend: a ``stanza.Document`` as quotekit's :class:`Annotations`.

What it reads from a Document, each only where the Document has it:

- sentences: the first and last token of each sentence;
- named entities: the tokens' NER tags (BIOES, as stanza writes them, or BIO), else
  ``doc.ents``;
- the dependency parse: each word's ``head`` and ``deprel``;
- coreference: ``doc.coref`` (stanza's ``CorefChain`` objects, whose ``CorefMention``\\ s give
  a sentence and a range of its words), else each word's ``coref_chains``: the
  ``CorefAttachment`` objects, or the string (``unit-repr-id0,start-id3``) that a round trip
  through CoNLL-U leaves in the MISC column.

Offsets come from the tokens' and words' ``start_char`` and ``end_char``; a Document read
from CoNLL-U without them is aligned to the text word by word. stanza itself is imported only
inside the functions that build or run a pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from ..annotations import Annotations, EntitySpan, Word
from ..errors import BackendError, MissingDependencyError

__all__ = ["PROCESSORS", "annotate", "build_pipeline", "require_stanza", "to_annotations"]

#: The processors whose annotations quotekit uses: sentences and tokens, parts of speech and
#: lemmas (which the parser needs), the dependency parse, named entities and coreference.
PROCESSORS: Final = "tokenize,mwt,pos,lemma,depparse,ner,coref"

INSTALL_HINT: Final = (
    "pip install 'quotekit[stanza]' (install a CPU build of torch first if you have no GPU), "
    'then download its English models once with python -c "import stanza; '
    "stanza.download('en')\""
)


def require_stanza() -> Any:
    """Import stanza, or say how to install it.

    Raises:
        MissingDependencyError: stanza is not installed.
    """
    try:
        import stanza
    except ImportError as exc:
        raise MissingDependencyError(
            f"the stanza backend needs stanza, which is not installed: {INSTALL_HINT}. "
            "The default backend (backend='rules') needs neither stanza nor a model."
        ) from exc
    return stanza


def _missing_models(lang: str, exc: BaseException) -> BackendError:
    return BackendError(
        f"stanza has no models for {lang!r} on this machine ({exc}). Download them once with "
        f'stanza.download("{lang}") (or stanza.download("{lang}", processors="{PROCESSORS}")) '
        "where you can reach the internet, or point stanza at a folder that holds them "
        "(stanza.Pipeline(..., dir=...)). The default backend (backend='rules') needs no model."
    )


def build_pipeline(lang: str = "en", **kwargs: Any) -> Any:
    """A ``stanza.Pipeline`` for ``lang`` with the processors quotekit uses; never downloads.

    Build it once and pass it to every call (``extract(text, backend="stanza",
    pipeline=nlp)``): loading the models takes seconds. ``kwargs`` go to ``stanza.Pipeline``.

    Raises:
        MissingDependencyError: stanza is not installed.
        BackendError: the models are not downloaded (the message says how to get them).
    """
    stanza = require_stanza()
    options: dict[str, Any] = {"processors": PROCESSORS, "download_method": None}
    options.update(kwargs)
    try:
        return stanza.Pipeline(lang, **options)
    except FileNotFoundError as exc:  # stanza's errors for models that are not there
        raise _missing_models(lang, exc) from exc


def annotate(pipeline: Any, text: str) -> Annotations:
    """Run ``pipeline`` (a ``stanza.Pipeline``, or a language code to build one) on ``text``.

    Raises:
        MissingDependencyError: stanza is not installed.
        BackendError: the models are missing, or the Document does not fit ``text``.
    """
    require_stanza()
    if isinstance(pipeline, str):
        pipeline = build_pipeline(pipeline)
    if not callable(pipeline):
        raise BackendError(
            f"pipeline must be a stanza.Pipeline (or a language code such as 'en'), got "
            f"{type(pipeline).__name__}"
        )
    try:
        doc = pipeline(text)
    except FileNotFoundError as exc:  # a processor that loads its model on first use
        lang = getattr(pipeline, "lang", None) or "en"
        raise _missing_models(str(lang), exc) from exc
    return to_annotations(doc, text)


def to_annotations(doc: Any, text: str | None = None) -> Annotations:
    """The annotations of a ``stanza.Document``, with offsets into ``text`` (or ``doc.text``).

    Raises:
        BackendError: ``doc`` is not a Document, it has no text and none was given, its text
            differs from ``text``, or its words cannot be found in the text.
    """
    if not hasattr(doc, "sentences"):
        raise BackendError(
            f"expected a stanza.Document, got {type(doc).__name__}: pass what a "
            "stanza.Pipeline returns or what stanza.utils.conll.CoNLL.conll2doc reads"
        )
    doc_text = getattr(doc, "text", None)
    if text is None:
        if doc_text is None:
            raise BackendError(
                "this stanza.Document has no text (CoNLL.conll2doc leaves doc.text empty): pass "
                "the text it was made from, from_stanza(doc, text=original), or read the file "
                "with CoNLL.conll2doc(..., reconstruct_text=True)"
            )
        text = str(doc_text)
    elif doc_text is not None and doc_text != text:
        raise BackendError(
            "doc.text is not the text given: the Document was made from another text; pass "
            "the text the pipeline read (or leave text out to use doc.text)"
        )
    sentences = list(doc.sentences)
    token_spans = _token_spans(sentences, text)
    return _build(doc, sentences, token_spans, text)


def _token_spans(sentences: Sequence[Any], text: str) -> dict[int, tuple[int, int]]:
    """Every token's ``(start, end)`` in ``text``, by ``id(token)``: its own offsets where it
    has them, else found in the text after the previous token, across white space only."""
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    for s_index, sentence in enumerate(sentences):
        for token in sentence.tokens:
            form = token.text
            start, end = token.start_char, token.end_char
            if start is not None and end is not None:
                if text[start:end] != form:
                    raise BackendError(
                        f"sentence {s_index}: token {form!r} has start_char {start}, but the "
                        f"text there reads {text[start:end]!r}: the Document was made from "
                        "another text"
                    )
            else:
                start = pos
                while start < len(text) and text[start].isspace():
                    start += 1
                if not text.startswith(form, start):
                    raise BackendError(
                        f"sentence {s_index}: token {form!r} has no start_char and is not the "
                        f"next word of the text (at character {start} it reads "
                        f"{text[start : start + len(form) + 10]!r}): pass the text the Document "
                        "was made from, or a Document whose tokens keep start_char and end_char"
                    )
                end = start + len(form)
            spans[id(token)] = (start, end)
            pos = end
    return spans


def _word_span(word: Any, token_span: tuple[int, int], text: str, pos: int) -> tuple[int, int]:
    """A word's offsets: its own, else its place inside its token (a multi-word token such as
    "don't" → "do" "n't"), else the whole token's."""
    start, end = getattr(word, "start_char", None), getattr(word, "end_char", None)
    if start is not None and end is not None and text[start:end] == word.text:
        return int(start), int(end)
    t_start, t_end = token_span
    k = text.find(word.text, max(pos, t_start), t_end)
    if k >= 0:
        return k, k + len(word.text)
    return t_start, t_end


def _build(
    doc: Any, sentences: Sequence[Any], token_spans: dict[int, tuple[int, int]], text: str
) -> Annotations:
    sentence_spans: list[tuple[int, int]] = []
    words: list[Word] = []
    # per sentence, the document index of its first word and the spans of its words
    sentence_words: list[list[tuple[int, int]]] = []
    has_parse = False
    for sentence in sentences:
        tokens = list(sentence.tokens)
        if not tokens:
            sentence_words.append([])
            continue
        sentence_spans.append((token_spans[id(tokens[0])][0], token_spans[id(tokens[-1])][1]))
        base = len(words)
        spans: list[tuple[int, int]] = []
        for token in tokens:
            t_span = token_spans[id(token)]
            pos = t_span[0]
            for word in token.words:
                span = _word_span(word, t_span, text, pos)
                pos = span[1]
                head = word.head
                if head is not None:
                    has_parse = True
                words.append(
                    Word(
                        start=span[0],
                        end=span[1],
                        text=text[span[0] : span[1]],
                        upos=word.upos or "",
                        head=base + int(head) - 1 if head else -1,
                        deprel=word.deprel or "",
                    )
                )
                spans.append(span)
        sentence_words.append(spans)
    try:
        return Annotations(
            text=text,
            sentences=sentence_spans,
            entities=_entities(doc, sentences, token_spans),
            words=words if has_parse else None,
            coref=_coref(doc, sentences, sentence_words),
        )
    except ValueError as exc:
        raise BackendError(f"the stanza.Document does not fit the text: {exc}") from exc


def _entities(
    doc: Any, sentences: Sequence[Any], token_spans: dict[int, tuple[int, int]]
) -> list[EntitySpan] | None:
    """Entities from the tokens' NER tags, else from ``doc.ents``; None when neither is there."""
    tagged = [(token, token.ner) for s in sentences for token in s.tokens]
    if any(tag for _, tag in tagged):
        found: list[EntitySpan] = []
        current: list[Any] = []  # [start, end, label] of the entity being read

        def close() -> None:
            if current:
                found.append(EntitySpan(start=current[0], end=current[1], label=current[2]))
                current.clear()

        for token, tag in tagged:
            start, end = token_spans[id(token)]
            prefix, _, label = (tag or "O").partition("-")
            if prefix not in ("B", "I", "E", "S") or not label:
                close()
                continue
            if prefix in ("B", "S") or not current or current[2] != label:
                close()
                current.extend([start, end, label])
            current[1] = end
            if prefix in ("E", "S"):
                close()
        close()
        return found
    ents = list(getattr(doc, "ents", None) or ())
    if not ents:
        return None
    spans = []
    for ent in ents:
        tokens = list(ent.tokens)
        if tokens and id(tokens[0]) in token_spans:
            spans.append(
                EntitySpan(
                    start=token_spans[id(tokens[0])][0],
                    end=token_spans[id(tokens[-1])][1],
                    label=str(ent.type),
                )
            )
    return spans


# Why: a CoNLL-U round trip leaves each word's chains as text in the MISC column:
# "unit-repr-id0" (a one-word mention, the chain's representative), "start-id3" ... "end-id3"
# (the first and last words of a longer mention), "middle-id3" (the words between).
COREF_ITEM_RE: Final = re.compile(r"(?P<place>unit|start|middle|end)-(?:repr-)?id(?P<chain>\d+)")


def _coref(
    doc: Any, sentences: Sequence[Any], sentence_words: Sequence[Sequence[tuple[int, int]]]
) -> list[list[tuple[int, int]]] | None:
    """Coreference chains as the spans of their mentions; None when the Document has none."""
    chains = list(getattr(doc, "coref", None) or ())
    if chains:
        found = []
        for chain in chains:
            mentions = []
            for m in chain.mentions:
                if isinstance(m.start_word, tuple):
                    continue  # a zero anaphor (a dropped pronoun) has no words in the text
                spans = sentence_words[m.sentence]
                if 0 <= m.start_word < m.end_word <= len(spans):
                    mentions.append((spans[m.start_word][0], spans[m.end_word - 1][1]))
            if mentions:
                found.append(mentions)
        return found
    # the words' own record: CorefAttachment objects, or the CoNLL-U string form
    by_chain: dict[int, list[tuple[int, int]]] = {}
    open_at: dict[int, list[int]] = {}  # chain -> starts of its mentions still open
    seen = False
    for sentence, spans in zip(sentences, sentence_words, strict=True):
        for word, (start, end) in zip(sentence.words, spans, strict=True):
            record = getattr(word, "coref_chains", None)
            if record is None:
                continue
            seen = True
            for place, chain in _coref_items(record):
                if place in ("unit", "start"):
                    open_at.setdefault(chain, []).append(start)
                if place in ("unit", "end") and open_at.get(chain):
                    by_chain.setdefault(chain, []).append((open_at[chain].pop(), end))
    if not seen:
        return None
    return [sorted(by_chain[k]) for k in sorted(by_chain)]


def _coref_items(record: Any) -> list[tuple[str, int]]:
    """``(place, chain)`` pairs of one word's coreference record, string or attachments."""
    if isinstance(record, str):
        return [(m["place"], int(m["chain"])) for m in COREF_ITEM_RE.finditer(record)]
    items = []
    for att in record:
        start, end = bool(att.is_start), bool(att.is_end)
        place = "unit" if start and end else "start" if start else "end" if end else "middle"
        items.append((place, int(att.chain.index)))
    return items
