"""The command line: ``quotekit [FILE|-]...`` and ``quotekit evaluate GOLD``.

Outer ring: it uses the public API only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ._version import __version__
from .api import extract
from .errors import QuotekitError
from .model import Quote

__all__ = ["main"]


def _record(quote: Quote, source: str) -> dict[str, object]:
    """A flat, JSON-ready record of one quote for the JSON-lines output."""
    return {
        "file": source,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind.value,
        "text": quote.text,
        "speaker": quote.speaker.name if quote.speaker else None,
        "speaker_kind": quote.speaker.kind.value if quote.speaker else None,
        "speaker_mention": quote.speaker_mention.text if quote.speaker_mention else None,
        "cue": quote.cue.text if quote.cue else None,
        "confidence": quote.confidence,
        "paragraph": quote.paragraph,
    }


def _shorten(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _table(quotes: Sequence[Quote], source: str, out: TextIO) -> None:
    out.write(f"{source}: {len(quotes)} quotes\n")
    out.write(f"{'kind':8} {'speaker':22} {'cue':14} {'conf':>4}  text\n")
    for q in quotes:
        speaker = q.speaker.name if q.speaker else "–"
        cue = q.cue.text if q.cue else "–"
        out.write(
            f"{q.kind.value:8} {_shorten(speaker, 22):22} {_shorten(cue, 14):14} "
            f"{q.confidence:4.2f}  {_shorten(q.text, 80)}\n"
        )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quotekit",
        description="Print every quotation in news text files, with speaker and cue. "
        "Use 'quotekit evaluate GOLD.jsonl' to score against annotated data.",
    )
    p.add_argument(
        "files",
        nargs="*",
        default=["-"],
        metavar="FILE",
        help="text files to read; '-' (the default) reads standard input",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="jsonl: one JSON object per quote (default); table: for reading",
    )
    p.add_argument("--encoding", default="utf-8", help="the files' encoding (default utf-8)")
    p.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="leave out quotes whose confidence is below X (0..1)",
    )
    p.add_argument("--version", action="version", version=f"quotekit {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 when every file was read)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "evaluate":
        from .evaluate import main as evaluate_main

        return evaluate_main(args_list[1:])
    args = _parser().parse_args(args_list)
    out = sys.stdout
    status = 0
    for name in args.files:
        try:
            if name == "-":
                text = sys.stdin.read()
            else:
                with open(name, encoding=args.encoding) as fh:
                    text = fh.read()
        except (OSError, UnicodeDecodeError, LookupError) as exc:
            print(f"quotekit: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        try:
            quotes = extract(text, min_confidence=args.min_confidence)
        except QuotekitError as exc:
            print(f"quotekit: {exc}", file=sys.stderr)
            return 2
        source = "<stdin>" if name == "-" else name
        if args.format == "table":
            _table(quotes, source, out)
        else:
            for q in quotes:
                out.write(json.dumps(_record(q, source), ensure_ascii=False) + "\n")
    return status


def run() -> None:
    """The console-script entry point: :func:`main`, quiet when the reader closes the pipe."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (head, less) stopped early: not an error of ours
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
