"""Measure quote extraction against annotated quotations.

Three parts, each usable on its own:

* **readers** – :func:`load_gold` reads gold data in the common JSONL format (one document per
  line, see ``docs/evaluate.md``) or as BRAT standoff attribution files (PolNeAR's own format: a
  folder of ``.ann`` files with the articles' ``.txt`` files);
* **the scorer** – :func:`score` compares predicted :class:`~quotekit.model.Quote` objects with
  gold quotes on *content characters* (letters, marks and digits; quotation marks, punctuation
  and white space are ignored) and returns a :class:`Report` with precision, recall, F1 and
  speaker accuracy, broken down by quote kind and by how the gold speaker is named;
  :func:`evaluate` runs an extractor (by default :func:`quotekit.extract`) and scores it;
* **the command line** – :func:`main`, run as ``quotekit evaluate GOLD`` or
  ``python -m quotekit.evaluate GOLD``.

This module is part of quotekit's outer ring: it uses the public model and nothing in the
pipeline imports it.

Example:
    >>> from quotekit.model import Quote
    >>> text = "“We will rebuild,” the mayor said."
    >>> gold = GoldDocument(id="d1", text=text, quotes=[
    ...     GoldQuote(start=0, end=18, text=text[:18], kind="direct", speaker="the mayor",
    ...               speaker_mentions=[(19, 28)])])
    >>> guess = Quote(text=text[1:16], start=1, end=16, kind="direct")
    >>> report = score([gold], [[guess]])
    >>> report.overall.recall.value, report.overall.precision.value
    (1.0, 1.0)
    >>> report.overall.speaker.value  # the guess names no speaker
    0.0
"""

from __future__ import annotations

import argparse
import enum
import functools
import importlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO, cast

import attrs
import regex
from attrs import define, field

from quotekit.errors import OptionsError, QuotekitError
from quotekit.model import Mention, Quote, QuoteKind

__all__ = [
    "DEFAULT_TAU",
    "ErrorCategory",
    "ErrorRecord",
    "EvaluationError",
    "GoldDocument",
    "GoldFormatError",
    "GoldNotFoundError",
    "GoldQuote",
    "PredictionsError",
    "Ratio",
    "Report",
    "Scores",
    "SpeakerForm",
    "content_positions",
    "derive_kind",
    "evaluate",
    "load_gold",
    "main",
    "names_match",
    "score",
    "speaker_form",
    "speaker_matches",
]

#: The share of a quote's content characters that must be matched: the README's default.
DEFAULT_TAU = 0.5

#: Characters of context shown on each side of a quote in error records.
CONTEXT_CHARS = 150

Extractor = Callable[[str], Iterable[Quote]]
Spans = tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------------------------
# Errors


class EvaluationError(QuotekitError):
    """Base class of the errors raised while evaluating."""


class GoldFormatError(EvaluationError, ValueError):
    """Gold data that cannot be read: the message names the file, line and what to fix."""


class GoldNotFoundError(EvaluationError, FileNotFoundError):
    """The gold data path does not exist."""


class PredictionsError(EvaluationError, ValueError):
    """Predictions that do not line up with the gold documents."""


# --------------------------------------------------------------------------------------------
# Word lists and patterns

PRONOUNS = frozenset(
    """
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    who whom whose which that this these those
    one someone somebody everyone everybody anyone anybody nobody
    some others another many few both all each either neither
    """.split()
)
"""Words that make a whole speaker mention a pronoun.

Personal, relative, demonstrative and indefinite pronouns, lower-cased: PolNeAR marks "who" in
"Trump, who began his speech by ..." and "some" in "some say ..." as sources. A mention is a
pronoun only when it is one of these words and nothing else ("he" yes, "his campaign" no).
"""

DETERMINERS = frozenset({"the", "a", "an"})
"""Articles skipped before deciding whether a speaker mention starts with a proper name.

"The New York Post" is a name because "New" is capitalised; "the official" is a description.
"""

TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
    president vice sen senator rep representative gov governor sec secretary
    gen general col colonel lt capt captain maj major adm admiral sgt
    judge justice mayor chancellor minister prime king queen prince princess
    pope st saint father mother brother sister uncle aunt former late
    the a an
    """.split()
)
"""Words dropped from the front of a name before its first name is compared.

Titles, honorifics and articles, lower-cased without their full stop: "Mr. Trump", "President
Barack Obama" and "the White House" are read as "Trump", "Barack Obama" and "White House", so
that "President Obama" and "Barack Obama" do not conflict on the first name.
"""

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
"""Generational and degree suffixes dropped from the end of a name: "Martin Luther King Jr."
has the surname "King"."""

# One content character: a letter, a combining mark on one, or a digit. The scorer compares
# sets of these positions, so quotation marks, punctuation and white space never count.
CONTENT_CHAR_RE = regex.compile(r"[\p{L}\p{M}\p{N}]")

# One word of a name, keeping inner apostrophes, hyphens and full stops: "O'Brien",
# "Jean-Luc", "J.D."; a trailing full stop ("Mr.") is left out.
NAME_TOKEN_RE = regex.compile(
    r"[\p{L}\p{M}\p{N}]+ (?: ['\N{RIGHT SINGLE QUOTATION MARK}.\-] [\p{L}\p{M}\p{N}]+ )*",
    regex.VERBOSE,
)

# A possessive ending on the last word of a name: "Trump’s" is "Trump".
POSSESSIVE_RE = regex.compile(r"['\N{RIGHT SINGLE QUOTATION MARK}]s$", regex.IGNORECASE)

# The double quotation marks from which PolNeAR derived its quote types (single quotes are
# left out: they are mostly apostrophes in news text).
DOUBLE_QUOTES = (
    '"'
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
DOUBLE_QUOTE_RE = regex.compile(f"[{regex.escape(DOUBLE_QUOTES)}]")

# Punctuation that may follow the closing mark of a direct quote inside its span: “...”.
# Read right to left ((?r)): tried forwards, a run of punctuation that does not end the
# string would be retried from each of its positions (quadratic).
TRAILING_PUNCT_RE = regex.compile(r"(?r)[\s.,;:!?\N{HORIZONTAL ELLIPSIS}\p{Pd}]+\Z")

# The first letter of a word, whose case tells a proper name from a description.
FIRST_LETTER_RE = regex.compile(r"\p{L}")

#: Characters that may stand between a sentence boundary and the sentence's first word.
SENTENCE_LEAD_CHARS = frozenset(DOUBLE_QUOTES + "\N{LEFT SINGLE QUOTATION MARK}([")

#: Characters after which the next word starts a sentence (so its capital says nothing).
SENTENCE_END_CHARS = frozenset(".!?:;\n")

#: Closing quotation marks that may end a sentence: “... over.” Sources said.
CLOSING_QUOTES = frozenset(DOUBLE_QUOTES + "\N{RIGHT SINGLE QUOTATION MARK}")


# --------------------------------------------------------------------------------------------
# Gold data


def _to_spans(value: Iterable[Sequence[int]] | None) -> Spans:
    if not value:
        return ()
    return tuple((int(s), int(e)) for s, e in value)


def _kind_name(value: QuoteKind | str) -> str:
    if isinstance(value, QuoteKind):
        return value.value
    name = str(value).strip().lower()
    if not name:
        raise GoldFormatError("a gold quote's type is empty; use direct, indirect or mixed")
    return name


def _to_optional_span(value: Sequence[int] | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


class SpeakerForm(str, enum.Enum):
    """How a gold quote's speaker is named where it is attributed."""

    NAME = "name"  #: starts with a capitalised proper name: "Kirby", "The New York Post"
    PRONOUN = "pronoun"  #: "he", "they", "who"
    DESCRIPTION = "description"  #: "the official", "sources", "a spokeswoman for the ministry"
    NONE = "none"  #: the gold quote has no speaker

    def __str__(self) -> str:
        return self.value


@define(frozen=True, kw_only=True)
class GoldQuote:
    """One annotated quotation.

    ``kind`` is ``direct``, ``indirect`` or ``mixed`` (a :class:`QuoteKind` value), or another
    label a corpus uses (CLiC's ``alternative``), which is scored in its own row.
    ``spans`` lists the parts that are really quoted (the narration between them is not);
    ``start``/``end`` is their hull. ``speaker`` is the speaker as the annotation gives it (the
    mention as written for PolNeAR, the entity's name for LitBank); ``speaker_mentions`` are the
    places in the text that refer to the speaker.
    """

    start: int
    end: int
    text: str
    kind: str = field(converter=_kind_name)
    spans: Spans = field(default=(), converter=_to_spans)
    speaker: str | None = None
    speaker_mentions: Spans = field(default=(), converter=_to_spans)
    cue: tuple[int, int] | None = field(default=None, converter=_to_optional_span)
    annotation_id: str | None = None

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise GoldFormatError(
                f"gold quote {self.start}-{self.end}: start must be >= 0 and <= end"
            )
        if len(self.text) != self.end - self.start:
            raise GoldFormatError(
                f"gold quote {self.start}-{self.end}: text has {len(self.text)} characters, "
                "not end - start"
            )
        if not self.spans:
            object.__setattr__(self, "spans", ((self.start, self.end),))
        for s, e in self.spans:
            if not self.start <= s <= e <= self.end:
                raise GoldFormatError(
                    f"gold quote {self.start}-{self.end}: span ({s}, {e}) lies outside it; "
                    "start/end must be the hull of the spans"
                )

    @property
    def has_speaker(self) -> bool:
        """Whether the annotation says who is speaking."""
        return self.speaker is not None or bool(self.speaker_mentions)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the common gold format; :meth:`from_dict` reads it back."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.kind,
            "spans": [list(s) for s in self.spans],
            "speaker": self.speaker,
            "speaker_mentions": [list(m) for m in self.speaker_mentions] or None,
            "cue": list(self.cue) if self.cue else None,
            "annotation_id": self.annotation_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], document: str | None = None) -> GoldQuote:
        """Read one quote of the common gold format.

        ``type`` (or ``kind``) defaults to ``direct``; ``text`` defaults to
        ``document[start:end]``. The speaker's mentions are ``speaker_mentions`` together with
        ``speaker_entity_mentions`` (LitBank lists every mention of the speaking entity there).
        """
        start, end = int(data["start"]), int(data["end"])
        text = data.get("text")
        if text is None:
            if document is None:
                raise GoldFormatError(f"gold quote {start}-{end} has no 'text'")
            text = document[start:end]
        mentions = [
            *(data.get("speaker_mentions") or ()),
            *(data.get("speaker_entity_mentions") or ()),
        ]
        unique_mentions = sorted({(int(s), int(e)) for s, e in mentions})
        return cls(
            start=start,
            end=end,
            text=text,
            kind=data.get("type") or data.get("kind") or QuoteKind.DIRECT,
            spans=data.get("spans") or (),
            speaker=data.get("speaker"),
            speaker_mentions=unique_mentions,
            cue=data.get("cue"),
            annotation_id=data.get("annotation_id"),
        )


def _to_quotes(value: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(value)


@define(frozen=True, kw_only=True)
class GoldDocument:
    """One annotated document: its text and its gold quotes, whose offsets are checked."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = field(default=(), converter=_to_quotes)
    split: str | None = None
    genre: str | None = None
    source: str | None = None

    def __attrs_post_init__(self) -> None:
        for q in self.quotes:
            if q.end > len(self.text) or self.text[q.start : q.end] != q.text:
                found = self.text[q.start : q.end]
                raise GoldFormatError(
                    f"document {self.id!r}: the quote at {q.start}-{q.end} reads "
                    f"{q.text[:40]!r} but the text there is {found[:40]!r}; offsets must be "
                    "Python code-point offsets into the document's text"
                )
            for s, e in q.speaker_mentions:
                if not 0 <= s <= e <= len(self.text):
                    raise GoldFormatError(
                        f"document {self.id!r}: speaker mention ({s}, {e}) of the quote at "
                        f"{q.start}-{q.end} lies outside the text ({len(self.text)} characters)"
                    )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: one line of the common gold format."""
        return {
            "id": self.id,
            "source": self.source,
            "split": self.split,
            "genre": self.genre,
            "text": self.text,
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: str = "") -> GoldDocument:
        """Read one document (one JSONL line) of the common gold format."""
        text = data.get("text")
        if not isinstance(text, str):
            raise GoldFormatError("a gold document needs its 'text' as a string")
        quotes = data.get("quotes") or []
        if not isinstance(quotes, list):
            raise GoldFormatError("a gold document's 'quotes' must be a list")
        return cls(
            id=str(data.get("id") or default_id),
            text=text,
            quotes=[GoldQuote.from_dict(q, text) for q in quotes],
            split=data.get("split"),
            genre=data.get("genre"),
            source=data.get("source"),
        )


def derive_kind(quote_text: str) -> QuoteKind:
    """The kind of a quote from its quotation marks, as PolNeAR's types were derived.

    Direct when the span opens with a double quotation mark and (before trailing punctuation)
    closes with one; mixed when it holds a double quotation mark elsewhere; indirect otherwise.

    >>> derive_kind("“It is over,”"), derive_kind("that it was “over”"), derive_kind("it was")
    (<QuoteKind.DIRECT: 'direct'>, <QuoteKind.MIXED: 'mixed'>, <QuoteKind.INDIRECT: 'indirect'>)
    """
    stripped = quote_text.strip()
    tail = TRAILING_PUNCT_RE.search(stripped)
    trimmed = stripped[: tail.start()] if tail else stripped
    if (
        stripped
        and DOUBLE_QUOTE_RE.match(stripped)
        and trimmed
        and DOUBLE_QUOTE_RE.match(trimmed[-1])
    ):
        return QuoteKind.DIRECT
    if DOUBLE_QUOTE_RE.search(stripped):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


# --------------------------------------------------------------------------------------------
# Readers


def load_gold(path: str | Path, split: str | None = None) -> list[GoldDocument]:
    """Read gold documents from a JSONL file or a folder of BRAT attribution files.

    Args:
        path: a ``.jsonl`` file of the common format (see ``docs/evaluate.md``; any file whose
            first non-blank character is ``{`` is read as JSONL too); a folder of BRAT ``.ann``
            files with their ``.txt`` articles, either side by side or PolNeAR's layout
            (``text/`` and ``attributions/`` folders, optionally inside ``train/``, ``dev/``,
            ``test/``); or a single ``.ann`` file.
        split: keep only the documents of this split (``"train"``, ``"dev"``, ``"test"``). For
            a PolNeAR data folder it picks the sub-folder; without it, every core split found.

    Returns:
        The documents, in file order.

    Raises:
        GoldNotFoundError: ``path`` does not exist.
        GoldFormatError: the data cannot be read, or no document has the split asked for.
    """
    p = Path(path)
    if not p.exists():
        raise GoldNotFoundError(
            f"no gold data at {p}: give a .jsonl file of the common format, or a folder of "
            "BRAT .ann files with their .txt articles"
        )
    if p.is_dir():
        return _read_brat_folder(p, split)
    if p.suffix == ".ann":
        docs = [_read_brat_document(p, _find_article(p))]
    elif p.suffix in {".jsonl", ".ndjson"} or _starts_with_brace(p):
        docs = _read_jsonl(p)
    else:
        raise GoldFormatError(
            f"{p}: not a gold format quotekit reads; use a .jsonl file (one JSON document per "
            "line) or a folder of BRAT .ann files"
        )
    return _filter_split(docs, split, p)


def _starts_with_brace(path: Path) -> bool:
    with path.open(encoding="utf-8") as handle:
        head = handle.read(4096).lstrip("\ufeff \t\r\n")
    return head.startswith("{")


def _filter_split(docs: list[GoldDocument], split: str | None, where: Path) -> list[GoldDocument]:
    if split is None:
        return docs
    kept = [d for d in docs if d.split == split]
    if docs and not kept:
        found = sorted({str(d.split) for d in docs})
        raise GoldFormatError(
            f"{where}: no document has split {split!r} (splits there: {', '.join(found)}); "
            "drop --split or give one of those"
        )
    return kept


def _read_jsonl(path: Path) -> list[GoldDocument]:
    docs: list[GoldDocument] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(
                    f"{path}, line {lineno}: not valid JSON ({exc.msg}); each line must hold "
                    "one whole JSON document"
                ) from exc
            if not isinstance(data, dict):
                raise GoldFormatError(f"{path}, line {lineno}: expected a JSON object")
            try:
                docs.append(GoldDocument.from_dict(data, default_id=f"{path.stem}:{lineno}"))
            except GoldFormatError as exc:
                raise GoldFormatError(f"{path}, line {lineno}: {exc}") from exc
            except (KeyError, TypeError, ValueError) as exc:
                raise GoldFormatError(
                    f"{path}, line {lineno}: a quote is malformed ({exc!r}); every quote needs "
                    "integer 'start' and 'end', and 'spans'/'speaker_mentions'/'cue' hold "
                    "[start, end] pairs"
                ) from exc
    return docs


#: PolNeAR's core compartments, read in this order when no split is asked for.
CORE_SPLITS = ("train", "dev", "test")


def _read_brat_folder(folder: Path, split: str | None) -> list[GoldDocument]:
    if split is not None and (folder / split).is_dir():
        return _read_brat_compartment(folder / split, split)
    compartments = [folder / s for s in CORE_SPLITS if (folder / s).is_dir()]
    if compartments and not _has_ann_files(folder):
        if split is not None:
            raise GoldFormatError(
                f"{folder}: no {split!r} folder (there are: "
                f"{', '.join(c.name for c in compartments)})"
            )
        return [doc for c in compartments for doc in _read_brat_compartment(c, c.name)]
    name = folder.name if folder.name in CORE_SPLITS else None
    return _filter_split(_read_brat_compartment(folder, name), split, folder)


def _has_ann_files(folder: Path) -> bool:
    return any(folder.glob("*.ann")) or any((folder / "attributions").glob("*.ann"))


def _read_brat_compartment(folder: Path, split: str | None) -> list[GoldDocument]:
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    chosen: dict[Path, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        article = _find_article(ann)
        # Several annotators may have annotated one article (PolNeAR names their files
        # ARTICLE_ANNOTATOR.ann): keep the first in name order.
        chosen.setdefault(article, ann)
    if not chosen:
        raise GoldFormatError(
            f"{folder}: no .ann files found (looked in {ann_dir}); a BRAT gold folder holds "
            "ARTICLE.ann files and their ARTICLE.txt texts"
        )
    return [_read_brat_document(ann, article, split) for article, ann in chosen.items()]


def _find_article(ann: Path) -> Path:
    stems = [ann.stem]
    if "_" in ann.stem:
        stems.append(ann.stem.rsplit("_", 1)[0])  # PolNeAR: ARTICLE_ANNOTATOR.ann
    folders = [ann.parent, ann.parent.parent / "text"]
    for stem in stems:
        for folder in folders:
            candidate = folder / f"{stem}.txt"
            if candidate.is_file():
                return candidate
    raise GoldFormatError(
        f"{ann}: no article text found; put {stems[-1]}.txt next to it or in ../text/"
    )


@define(frozen=True)
class _TextBound:
    type: str
    spans: Spans
    text: str


def _read_brat_document(ann: Path, article: Path, split: str | None = None) -> GoldDocument:
    # BRAT offsets count characters of the file as it is, so no newline translation.
    with article.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    bounds: dict[str, _TextBound] = {}
    links: list[tuple[str, list[tuple[str, str]]]] = []
    with ann.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            try:
                _parse_brat_line(line, bounds, links)
            except (ValueError, IndexError) as exc:
                raise GoldFormatError(
                    f"{ann}, line {lineno}: not a BRAT standoff line ({line[:60]!r}); "
                    "expected e.g. 'T1<TAB>Content 10 42<TAB>text'"
                ) from exc
    for tid, bound in bounds.items():
        _check_bound(ann, tid, bound, text)
    quotes = [
        q
        for annotation_id, roles in _group_attributions(links, bounds, ann)
        if (q := _attribution_quote(annotation_id, roles, bounds, text)) is not None
    ]
    quotes.sort(key=lambda q: (q.start, q.end))
    return GoldDocument(
        id=article.stem,
        text=text,
        quotes=quotes,
        split=split,
        genre="news",
        source=f"BRAT standoff ({ann.name})",
    )


def _parse_brat_line(
    line: str, bounds: dict[str, _TextBound], links: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    fields = line.split("\t")
    ident = fields[0]
    if ident.startswith("T"):
        kind, _, offsets = fields[1].partition(" ")
        spans = tuple((int(s), int(e)) for s, e in (piece.split() for piece in offsets.split(";")))
        bounds[ident] = _TextBound(kind, spans, fields[2] if len(fields) > 2 else "")
    elif ident.startswith("E"):
        # "Attribution:T4 Content:T3 Cue:T2 Source:T1": the first pair is the trigger.
        pairs = [arg.partition(":") for arg in fields[1].split()]
        if any(not sep or not target for _, sep, target in pairs):
            raise ValueError("an event argument lacks ROLE:ID")
        trigger = ("trigger", pairs[0][2])
        links.append((ident, [trigger, *((role, target) for role, _, target in pairs[1:])]))
    elif ident.startswith("R"):
        # "Attribution Arg1:T1 Arg2:T3": roles come from the arguments' own types.
        args = [arg.split(":", 1)[1] for arg in fields[1].split()[1:]]
        links.append((ident, [("", target) for target in args]))
    # A (attributes), N (normalisations), # (notes) and * (equivalences) carry nothing scored.


def _check_bound(ann: Path, tid: str, bound: _TextBound, text: str) -> None:
    for s, e in bound.spans:
        if not 0 <= s <= e <= len(text):
            raise GoldFormatError(
                f"{ann}: {tid} ({s}-{e}) lies outside the article ({len(text)} characters); "
                "is the .txt the one this .ann was made on?"
            )
    in_text = " ".join(text[s:e] for s, e in bound.spans)
    if bound.text and in_text.split() != bound.text.split():
        s, e = bound.spans[0]
        raise GoldFormatError(
            f"{ann}: {tid} says {bound.text[:40]!r} but the article has {in_text[:40]!r} at "
            f"{s}-{e}; is the .txt the one this .ann was made on (same encoding and line "
            "endings)?"
        )


def _role(name: str) -> str:
    return name.rstrip("0123456789").lower()


def _group_attributions(
    links: list[tuple[str, list[tuple[str, str]]]], bounds: Mapping[str, _TextBound], ann: Path
) -> list[tuple[str, dict[str, list[str]]]]:
    """Resolve each link's arguments to roles and merge the links that share a Content.

    A BRAT event carries a whole attribution; with relations, one attribution may be spread
    over several (Source→Content, Cue→Content), so links meeting at a Content are one quote.
    """
    groups: list[tuple[str, dict[str, list[str]]]] = []
    owner: dict[str, int] = {}
    for ident, args in links:
        roles: dict[str, list[str]] = {"source": [], "cue": [], "content": [], "trigger": []}
        for role, target in args:
            bound = bounds.get(target)
            if bound is None:
                raise GoldFormatError(
                    f"{ann}: {ident} points at {target}, which is not in the file; "
                    "every argument must be a text-bound annotation (T...)"
                )
            key = _role(role) if role else _role(bound.type)
            if key in roles and target not in roles[key]:
                roles[key].append(target)
        index = next((owner[c] for c in roles["content"] if c in owner), None)
        if index is None:
            groups.append((ident, roles))
            index = len(groups) - 1
        else:
            merged = groups[index][1]
            for key, targets in roles.items():
                merged[key].extend(t for t in targets if t not in merged[key])
        for c in roles["content"]:
            owner[c] = index
    return groups


def _attribution_quote(
    annotation_id: str, roles: Mapping[str, list[str]], bounds: Mapping[str, _TextBound], text: str
) -> GoldQuote | None:
    if not roles["content"]:
        return None
    spans = sorted(span for t in roles["content"] for span in bounds[t].spans)
    start, end = spans[0][0], max(e for _, e in spans)
    sources = [bounds[t] for t in roles["source"]]
    speaker = " ".join(text[s:e] for s, e in sources[0].spans) if sources else None
    mentions = sorted(span for b in sources for span in b.spans)
    cue: tuple[int, int] | None = None
    cues = roles["cue"] or roles["trigger"]  # an event's trigger is its cue unless one is marked
    if cues:
        cue_spans = bounds[cues[0]].spans
        cue = (cue_spans[0][0], max(e for _, e in cue_spans))
    return GoldQuote(
        start=start,
        end=end,
        text=text[start:end],
        kind=derive_kind(text[start:end]),
        spans=spans,
        speaker=speaker,
        speaker_mentions=mentions,
        cue=cue,
        annotation_id=annotation_id,
    )


# --------------------------------------------------------------------------------------------
# Speakers


def _name_parts(name: str) -> tuple[str | None, str | None]:
    """The first name (if the name has a capitalised one) and the surname, lower-cased."""
    tokens = [POSSESSIVE_RE.sub("", t) for t in NAME_TOKEN_RE.findall(name)]
    while len(tokens) > 1 and tokens[0].lower() in TITLES:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].lower().replace(".", "") in NAME_SUFFIXES:
        tokens.pop()
    if not tokens:
        return None, None
    first = tokens[0] if len(tokens) > 1 and tokens[0][:1].isupper() else None
    return (first.lower() if first else None), tokens[-1].lower()


def _is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


def names_match(predicted: str, gold: str) -> bool:
    """Whether two speaker names are the same person by the README's rule.

    Same surname (last word, case-insensitive, after dropping titles, suffixes and a
    possessive), and no conflicting first name when both have one (an initial agrees with a
    name it begins). Pronouns never match by name: they match through mention offsets only.

    >>> names_match("Kirby", "John Kirby"), names_match("Mr. Kirby", "J. Kirby")
    (True, True)
    >>> names_match("Melania Trump", "Donald Trump"), names_match("he", "he")
    (False, False)
    """
    if _is_pronoun(predicted) or _is_pronoun(gold):
        return False
    first_a, last_a = _name_parts(predicted)
    first_b, last_b = _name_parts(gold)
    if last_a is None or last_a != last_b:
        return False
    if first_a is None or first_b is None or first_a == first_b:
        return True
    initials = [n.rstrip(".") for n in (first_a, first_b) if len(n.rstrip(".")) == 1]
    return bool(initials) and first_a[0] == first_b[0]


def _sentence_initial(document: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, so that its capital says nothing."""
    i = start - 1
    while i >= 0 and (document[i] in SENTENCE_LEAD_CHARS or document[i].isspace()):
        if document[i] == "\n":
            return True
        i -= 1
    if i < 0 or document[i] in SENTENCE_END_CHARS:
        return True
    # a closing quotation mark after a full stop: “... over.” Sources said
    return document[i] in CLOSING_QUOTES and i > 0 and document[i - 1] in SENTENCE_END_CHARS


@functools.lru_cache(maxsize=16)
def _lowercase_words(document: str) -> frozenset[str]:
    return frozenset(w for w in NAME_TOKEN_RE.findall(document) if w.islower())


def speaker_form(
    speaker: str | None, document: str | None = None, start: int | None = None
) -> SpeakerForm:
    """Classify how a gold speaker is named: name, pronoun, description or none.

    A pronoun is a mention that is one word of :data:`PRONOUNS`; a name starts (after an
    article) with a capitalised word; anything else is a description. When the document and
    the mention's offset are given, a capitalised first word that starts a sentence, is not
    followed by another capitalised word, and also occurs in lower case in the document
    ("Sources said ...", "... the sources") counts as a description.

    >>> [str(speaker_form(s)) for s in ("Kirby", "he", "the official", "The Post", None)]
    ['name', 'pronoun', 'description', 'name', 'none']
    """
    if speaker is None or not speaker.strip():
        return SpeakerForm.NONE
    if _is_pronoun(speaker):
        return SpeakerForm.PRONOUN
    words = speaker.split()
    index = 1 if len(words) > 1 and words[0].lower() in DETERMINERS else 0
    letter = FIRST_LETTER_RE.search(words[index])
    if letter is None or not letter.group().isupper():
        return SpeakerForm.DESCRIPTION
    if index == 0 and document is not None and start is not None:
        word = NAME_TOKEN_RE.search(words[0])
        next_letter = FIRST_LETTER_RE.search(words[1]) if len(words) > 1 else None
        if (
            word is not None
            and not (next_letter is not None and next_letter.group().isupper())
            and _sentence_initial(document, start)
            and word.group().lower() in _lowercase_words(document)
        ):
            return SpeakerForm.DESCRIPTION
    return SpeakerForm.NAME


def _gold_speaker_form(quote: GoldQuote, document: str) -> SpeakerForm:
    if not quote.has_speaker:
        return SpeakerForm.NONE
    if quote.speaker is None:
        s, e = quote.speaker_mentions[0]
        return speaker_form(document[s:e], document, s)
    start = next((s for s, e in quote.speaker_mentions if document[s:e] == quote.speaker), None)
    return speaker_form(quote.speaker, document, start)


def _predicted_mentions(quote: Quote) -> list[Mention]:
    mentions = [quote.speaker_mention] if quote.speaker_mention else []
    if quote.speaker is not None:
        mentions.extend(quote.speaker.mentions)
    return mentions


def _predicted_name(quote: Quote) -> str | None:
    if quote.speaker is not None:
        return str(quote.speaker.name)
    if quote.speaker_mention is not None:
        return str(quote.speaker_mention.text)
    return None


def speaker_matches(predicted: Quote, gold: GoldQuote) -> bool:
    """Whether a predicted quote points at the gold quote's speaker.

    True when one of the predicted speaker's mentions (``speaker_mention`` or any of
    ``speaker.mentions``) overlaps a gold speaker mention, or when the predicted speaker's name
    (``speaker.name``, else the mention's text) matches the gold name by :func:`names_match`.
    """
    for m in _predicted_mentions(predicted):
        if any(m.start < e and s < m.end for s, e in gold.speaker_mentions):
            return True
    name = _predicted_name(predicted)
    return name is not None and gold.speaker is not None and names_match(name, gold.speaker)


# --------------------------------------------------------------------------------------------
# Results


@define(frozen=True)
class Ratio:
    """A count of successes out of a total; ``value`` is ``None`` when the total is 0."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """``hits / total``, or ``None`` when there is nothing to count."""
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: value, hits and total."""
        return {"value": self.value, "hits": self.hits, "total": self.total}

    def __str__(self) -> str:
        value = self.value
        return "–" if value is None else f"{value:.3f} ({self.hits}/{self.total})"


@define(frozen=True, kw_only=True)
class Scores:
    """Precision, recall, F1 and speaker accuracy for one slice of the data.

    ``precision`` is ``None`` for slices that predictions cannot be sorted into (the gold
    speaker's form).
    """

    precision: Ratio | None = field(factory=Ratio)
    recall: Ratio = field(factory=Ratio)
    speaker: Ratio = field(factory=Ratio)

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall (an undefined one counts as 0)."""
        if self.precision is None:
            return None
        p, r = self.precision.value, self.recall.value
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "precision": self.precision.to_dict() if self.precision else None,
            "recall": self.recall.to_dict(),
            "f1": self.f1,
            "speaker_accuracy": self.speaker.to_dict(),
        }


class ErrorCategory(str, enum.Enum):
    """What went wrong with one quote."""

    MISSED = "missed"  #: a gold quote that was not found
    SPURIOUS = "spurious"  #: a predicted quote that is not correct
    WRONG_SPEAKER = "wrong_speaker"  #: a found gold quote whose best prediction has another speaker

    def __str__(self) -> str:
        return self.value


#: How each category is headed in the plain-text error list.
ERROR_HEADINGS = {
    ErrorCategory.MISSED: "missed gold quotes",
    ErrorCategory.SPURIOUS: "spurious predictions",
    ErrorCategory.WRONG_SPEAKER: "wrong speakers",
}


@define(frozen=True, kw_only=True)
class ErrorRecord:
    """One error, with where it is and the text around it.

    ``start``/``end``/``text``/``kind`` are the gold quote's for ``missed`` and
    ``wrong_speaker``, the predicted quote's for ``spurious``; ``before`` and ``after`` are up
    to 150 characters of the document on each side.
    """

    category: ErrorCategory = field(converter=ErrorCategory)
    doc_id: str
    start: int
    end: int
    text: str
    kind: str = field(converter=_kind_name)
    before: str = ""
    after: str = ""
    detail: str = ""
    gold_speaker: str | None = None
    predicted_speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (one line of a ``.jsonl`` error file)."""
        return {
            "category": self.category.value,
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
            "before": self.before,
            "after": self.after,
            "detail": self.detail,
            "gold_speaker": self.gold_speaker,
            "predicted_speaker": self.predicted_speaker,
        }

    def format(self) -> str:
        """A few lines for a developer: where, why, the quote, and its context."""

        def flat(s: str) -> str:
            return s.replace("\r", "").replace("\n", " ⏎ ")

        lines = [f"{self.doc_id} {self.start}-{self.end} [{self.kind}] {self.detail}"]
        lines.append(f"  quote:   {flat(self.text)}")
        lines.append(f"  context: …{flat(self.before)}⟦{flat(self.text)}⟧{flat(self.after)}…")
        return "\n".join(lines)


KINDS = tuple(k.value for k in QuoteKind)
FORMS = tuple(f.value for f in SpeakerForm)


@define(frozen=True, kw_only=True)
class Report:
    """The result of :func:`score`: the scores, their breakdowns, and every error.

    ``by_kind`` is keyed by quote kind (``direct``, ``indirect``, ``mixed``, then any other kind
    the gold data uses): recall and speaker accuracy by the gold quote's kind, precision by the
    predicted quote's. ``by_speaker_form``
    is keyed by how the gold speaker is named (``name``, ``pronoun``, ``description``,
    ``none``) and has no precision.
    """

    tau: float
    documents: int
    gold_quotes: int
    predicted_quotes: int
    overall: Scores
    by_kind: Mapping[str, Scores]
    by_speaker_form: Mapping[str, Scores]
    errors: tuple[ErrorRecord, ...] = ()
    label: str = ""
    seconds: float | None = None

    @property
    def docs_per_second(self) -> float | None:
        """Documents extracted per second, where :func:`evaluate` timed the extraction."""
        if self.seconds is None or self.seconds <= 0:
            return None
        return self.documents / self.seconds

    def error_counts(self) -> dict[str, int]:
        """How many errors of each category."""
        counts = {c.value: 0 for c in ErrorCategory}
        for e in self.errors:
            counts[e.category.value] += 1
        return counts

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """JSON-ready data; with ``errors=True`` every error record too."""
        data: dict[str, Any] = {
            "label": self.label,
            "tau": self.tau,
            "documents": self.documents,
            "gold_quotes": self.gold_quotes,
            "predicted_quotes": self.predicted_quotes,
            "seconds": self.seconds,
            "docs_per_second": self.docs_per_second,
            "overall": self.overall.to_dict(),
            "by_kind": {k: s.to_dict() for k, s in self.by_kind.items()},
            "by_speaker_form": {k: s.to_dict() for k, s in self.by_speaker_form.items()},
            "error_counts": self.error_counts(),
        }
        if errors:
            data["errors"] = [e.to_dict() for e in self.errors]
        return data

    def format_table(self) -> str:
        """The scores as a plain-text table."""
        title = f"quotekit evaluate · {self.label}" if self.label else "quotekit evaluate"
        lines = [
            f"{title} · {self.documents} documents · τ = {self.tau:g}",
            f"{self.gold_quotes} gold quotes, {self.predicted_quotes} predicted"
            + (f" · {self.docs_per_second:.1f} documents/s" if self.docs_per_second else ""),
            "",
            f"{'':<16}{'precision':<22}{'recall':<22}{'F1':<8}speaker accuracy",
        ]

        def row(name: str, s: Scores) -> str:
            p = "–" if s.precision is None else str(s.precision)
            f1 = "–" if s.f1 is None else f"{s.f1:.3f}"
            return f"{name:<16}{p:<22}{s.recall!s:<22}{f1:<8}{s.speaker}"

        lines.append(row("all", self.overall))
        lines.append("by kind")
        lines.extend(row(f"  {k}", s) for k, s in self.by_kind.items())
        lines.append("by gold speaker")
        lines.extend(row(f"  {k}", s) for k, s in self.by_speaker_form.items())
        counts = self.error_counts()
        lines.append("")
        lines.append(
            f"errors: {counts['missed']} missed, {counts['spurious']} spurious, "
            f"{counts['wrong_speaker']} wrong speaker"
        )
        return "\n".join(lines)

    def format_errors(self) -> str:
        """Every error as plain text, grouped by category."""
        title = f"errors of {self.label}" if self.label else "errors"
        out = [f"quotekit evaluate: {title} (τ = {self.tau:g})"]
        for category in ErrorCategory:
            records = [e for e in self.errors if e.category is category]
            out.append("")
            out.append(f"=== {ERROR_HEADINGS[category]}: {len(records)} ===")
            for record in records:
                out.append("")
                out.append(record.format())
        return "\n".join(out) + "\n"

    def write_errors(self, path: str | Path) -> None:
        """Write the errors to ``path``: JSON lines if it ends in ``.jsonl``, else plain text."""
        p = Path(path)
        with p.open("w", encoding="utf-8") as handle:
            if p.suffix == ".jsonl":
                for e in self.errors:
                    handle.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            else:
                handle.write(self.format_errors())


# --------------------------------------------------------------------------------------------
# Scoring


def _content_mask(text: str) -> bytearray:
    mask = bytearray(len(text))
    for m in CONTENT_CHAR_RE.finditer(text):
        mask[m.start()] = 1
    return mask


def _positions(text: str, mask: bytearray, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    ranges = [range(max(s, 0), min(e, len(text))) for s, e in spans]
    found = frozenset(i for r in ranges for i in r if mask[i])
    if not found:
        # A quote with no letter or digit ("—", "…"): fall back to its visible characters.
        found = frozenset(i for r in ranges for i in r if not text[i].isspace())
    return found


def content_positions(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The positions of content characters (letters, marks, digits) of ``text`` in ``spans``.

    Quotation marks, punctuation and white space are left out, so a span with or without its
    quotation marks or final comma has the same content. A span with no letter or digit falls
    back to its non-space characters.

    >>> sorted(content_positions("“Go!” he said", [(0, 5)]))
    [1, 2]
    """
    return _positions(text, _content_mask(text), spans)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


def _share(part: frozenset[int], whole: frozenset[int]) -> float:
    return len(part & whole) / len(whole) if whole else 0.0


@define
class _Tally:
    """Mutable counters while scoring; turned into a frozen :class:`Report` at the end."""

    precision: dict[str, Ratio] = field(factory=lambda: dict.fromkeys(KINDS, Ratio()))
    recall_kind: dict[str, Ratio] = field(factory=lambda: dict.fromkeys(KINDS, Ratio()))
    speaker_kind: dict[str, Ratio] = field(factory=lambda: dict.fromkeys(KINDS, Ratio()))
    extra_kinds: set[str] = field(factory=set)
    recall_form: dict[str, Ratio] = field(factory=lambda: dict.fromkeys(FORMS, Ratio()))
    speaker_form: dict[str, Ratio] = field(factory=lambda: dict.fromkeys(FORMS, Ratio()))
    errors: list[ErrorRecord] = field(factory=list)


def _check_tau(tau: float) -> float:
    if not 0.0 < tau <= 1.0:
        raise OptionsError(f"tau must be above 0 and at most 1, got {tau}; 0.5 is the default")
    return float(tau)


def score(
    gold_docs: Sequence[GoldDocument],
    predictions: Sequence[Sequence[Quote]],
    tau: float = DEFAULT_TAU,
) -> Report:
    """Score predicted quotes against gold quotes, as ``../shared/data/README.md`` defines it.

    A gold quote is *found* when the document's predicted quotes cover at least ``tau`` of
    its content characters (inside its ``spans``); a predicted quote is *correct* when at least
    ``tau`` of its content characters (inside its ``parts``) lie in gold quotes. Precision is
    correct / predicted, recall found / gold. Speaker accuracy is taken over found gold quotes
    that have speaker information: the predicted quote overlapping the gold one most (the
    earliest on a tie) must satisfy :func:`speaker_matches`.

    Args:
        gold_docs: the gold documents.
        predictions: one sequence of predicted quotes per gold document, in the same order.
        tau: the share of content characters that must match, above 0 and at most 1.

    Returns:
        A :class:`Report` with every missed, spurious and wrong-speaker quote in ``errors``.

    Raises:
        PredictionsError: ``predictions`` has not one entry per gold document.
        quotekit.errors.OptionsError: ``tau`` is out of range.
    """
    tau = _check_tau(tau)
    if len(predictions) != len(gold_docs):
        raise PredictionsError(
            f"got predictions for {len(predictions)} documents but {len(gold_docs)} gold "
            "documents; give one list of quotes per gold document, in the same order "
            "(an empty list where nothing was found)"
        )
    tally = _Tally()
    n_pred = 0
    for doc, preds in zip(gold_docs, predictions, strict=True):
        n_pred += len(preds)
        _score_document(doc, list(preds), tau, tally)

    def merged(table: Mapping[str, Ratio]) -> Ratio:
        return sum(table.values(), Ratio())

    overall = Scores(
        precision=merged(tally.precision),
        recall=merged(tally.recall_kind),
        speaker=merged(tally.speaker_kind),
    )
    by_kind = {
        k: Scores(
            precision=tally.precision[k], recall=tally.recall_kind[k], speaker=tally.speaker_kind[k]
        )
        for k in KINDS
    }
    # kinds only the gold data has (CLiC's "alternative"): no prediction can have them
    by_kind.update(
        (k, Scores(precision=None, recall=tally.recall_kind[k], speaker=tally.speaker_kind[k]))
        for k in sorted(tally.extra_kinds)
    )
    by_form = {
        f: Scores(precision=None, recall=tally.recall_form[f], speaker=tally.speaker_form[f])
        for f in FORMS
    }
    order = {c: i for i, c in enumerate(ErrorCategory)}
    errors = sorted(tally.errors, key=lambda e: order[e.category])  # stable: documents in order
    return Report(
        tau=tau,
        documents=len(gold_docs),
        gold_quotes=sum(len(d.quotes) for d in gold_docs),
        predicted_quotes=n_pred,
        overall=overall,
        by_kind=by_kind,
        by_speaker_form=by_form,
        errors=tuple(errors),
    )


def _score_document(doc: GoldDocument, preds: list[Quote], tau: float, tally: _Tally) -> None:
    text = doc.text
    mask = _content_mask(text)
    gold_sets = [_positions(text, mask, g.spans) for g in doc.quotes]
    pred_sets = [_positions(text, mask, p.parts) for p in preds]
    gold_union = frozenset().union(*gold_sets)
    pred_union = frozenset().union(*pred_sets)

    for p, ps in zip(preds, pred_sets, strict=True):
        inside = _share(gold_union, ps)
        correct = bool(ps) and inside >= tau
        kind = p.kind.value
        tally.precision[kind] += Ratio(int(correct), 1)
        if not correct:
            before, after = _context(text, p.start, p.end)
            tally.errors.append(
                ErrorRecord(
                    category=ErrorCategory.SPURIOUS,
                    doc_id=doc.id,
                    start=p.start,
                    end=p.end,
                    text=p.text,
                    kind=p.kind,
                    before=before,
                    after=after,
                    detail=f"{inside:.0%} of its content characters lie in gold quotes",
                    predicted_speaker=_predicted_name(p),
                )
            )

    for g, gs in zip(doc.quotes, gold_sets, strict=True):
        covered = _share(pred_union, gs)
        found = bool(gs) and covered >= tau
        kind, form = g.kind, _gold_speaker_form(g, text).value
        if kind not in tally.recall_kind:
            tally.extra_kinds.add(kind)
            tally.recall_kind[kind] = tally.speaker_kind[kind] = Ratio()
        tally.recall_kind[kind] += Ratio(int(found), 1)
        tally.recall_form[form] += Ratio(int(found), 1)
        before, after = _context(text, g.start, g.end)
        if not found:
            tally.errors.append(
                ErrorRecord(
                    category=ErrorCategory.MISSED,
                    doc_id=doc.id,
                    start=g.start,
                    end=g.end,
                    text=g.text,
                    kind=g.kind,
                    before=before,
                    after=after,
                    detail=f"{covered:.0%} of its content characters predicted",
                    gold_speaker=g.speaker,
                )
            )
            continue
        if not g.has_speaker:
            continue
        best = max(range(len(preds)), key=lambda i: (len(gs & pred_sets[i]), -preds[i].start, -i))
        right = speaker_matches(preds[best], g)
        tally.speaker_kind[kind] += Ratio(int(right), 1)
        tally.speaker_form[form] += Ratio(int(right), 1)
        if not right:
            tally.errors.append(
                ErrorRecord(
                    category=ErrorCategory.WRONG_SPEAKER,
                    doc_id=doc.id,
                    start=g.start,
                    end=g.end,
                    text=g.text,
                    kind=g.kind,
                    before=before,
                    after=after,
                    detail=_speaker_detail(preds[best], g),
                    gold_speaker=g.speaker,
                    predicted_speaker=_predicted_name(preds[best]),
                )
            )


#: Gold speaker mentions listed in a wrong-speaker record (LitBank lists dozens per entity).
DETAIL_MENTIONS = 3


def _speaker_detail(pred: Quote, gold: GoldQuote) -> str:
    shown = [f"{s}-{e}" for s, e in gold.speaker_mentions[:DETAIL_MENTIONS]]
    if len(gold.speaker_mentions) > DETAIL_MENTIONS:
        shown.append(f"… {len(gold.speaker_mentions)} in all")
    said = f"gold speaker {gold.speaker!r} ({', '.join(shown) or 'no offsets'}); "
    name = _predicted_name(pred)
    if name is None:
        return said + f"the prediction {pred.start}-{pred.end} has no speaker"
    mentions = dict.fromkeys(f"{m.text!r} {m.start}-{m.end}" for m in _predicted_mentions(pred))
    listed = f" (mentions {', '.join(mentions)})" if mentions else ""
    return said + f"predicted {name!r}{listed}"


# --------------------------------------------------------------------------------------------
# Running an extractor


def _default_extract() -> Extractor:
    try:
        module = importlib.import_module("quotekit")
        return cast(Extractor, module.extract)
    except (ImportError, AttributeError) as exc:
        raise EvaluationError(
            "quotekit.extract is not available in this installation; pass extract=your_function"
        ) from exc


def evaluate(
    gold_docs: Sequence[GoldDocument],
    extract: Extractor | None = None,
    tau: float = DEFAULT_TAU,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Run ``extract`` on every gold document's text and :func:`score` what it finds.

    Args:
        gold_docs: the gold documents, e.g. from :func:`load_gold`.
        extract: a function from text to quotes; :func:`quotekit.extract` by default.
        tau: the matching threshold, see :func:`score`.
        progress: called as ``progress(done, total)`` after each document.

    Returns:
        The :class:`Report`, with ``seconds`` the time spent extracting.

    Raises:
        EvaluationError: ``extract`` failed on a document (the message names it).
    """
    tau = _check_tau(tau)
    run = extract if extract is not None else _default_extract()
    predictions: list[list[Quote]] = []
    elapsed = 0.0
    for i, doc in enumerate(gold_docs):
        started = time.perf_counter()
        try:
            predictions.append(list(run(doc.text)))
        except Exception as exc:
            raise EvaluationError(f"extraction failed on document {doc.id!r}: {exc!r}") from exc
        elapsed += time.perf_counter() - started
        if progress is not None:
            progress(i + 1, len(gold_docs))
    return attrs.evolve(score(gold_docs, predictions, tau), seconds=elapsed)


# --------------------------------------------------------------------------------------------
# Command line


class ProgressBar:
    """A one-line progress bar on a terminal stream; silent when the stream is not a tty."""

    WIDTH = 30  #: characters of the bar itself

    def __init__(self, stream: TextIO, label: str = "documents") -> None:
        self.stream = stream
        self.label = label
        self.active = stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        """Redraw the bar for ``done`` of ``total``."""
        if not self.active or total <= 0:
            return
        filled = self.WIDTH * done // total
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(f"\r{bar} {done}/{total} {self.label}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _tau_arg(value: str) -> float:
    try:
        tau = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 < tau <= 1.0:
        raise argparse.ArgumentTypeError("must be above 0 and at most 1")
    return tau


def _limit_arg(value: str) -> int:
    try:
        limit = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if limit < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return limit


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotekit evaluate",
        description="Score quotekit's quotes against annotated gold quotes (precision, recall, "
        "F1 and speaker accuracy on content characters).",
    )
    parser.add_argument(
        "gold", metavar="GOLD", help="a .jsonl gold file, or a folder of BRAT .ann files (PolNeAR)"
    )
    parser.add_argument("--split", help="only the documents of this split (train, dev, test)")
    parser.add_argument(
        "--tau",
        type=_tau_arg,
        default=DEFAULT_TAU,
        help="share of a quote's content characters that must match (default 0.5; 0.3 is lenient)",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="write every missed, spurious and wrong-speaker quote to FILE "
        "(JSON lines if it ends in .jsonl)",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--limit", type=_limit_arg, metavar="N", help="only the first N documents")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``quotekit evaluate``; return the exit status (0 ok, 1 error, 2 bad usage)."""
    args = _parser().parse_args(argv)
    try:
        docs = load_gold(args.gold, split=args.split)
        if args.limit is not None:
            docs = docs[: args.limit]
        report = evaluate(docs, tau=args.tau, progress=ProgressBar(sys.stderr))
    except QuotekitError as exc:
        print(f"quotekit evaluate: error: {exc}", file=sys.stderr)
        return 1
    label = Path(args.gold).name + (f" ({args.split})" if args.split else "")
    report = attrs.evolve(report, label=label)
    if args.errors:
        report.write_errors(args.errors)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(report.format_table())
        if args.errors:
            print(f"error list written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
