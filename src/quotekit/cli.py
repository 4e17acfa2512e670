"""The command line: ``quotekit [FILE|DIR|-]...`` and ``quotekit evaluate GOLD``.

Outer ring: it uses the public API only (``extract_many``, ``to_records``, ``Options``).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final, TextIO

from ._version import __version__
from .batch import extract_many
from .errors import QuotekitError
from .frames import COLUMNS, to_records
from .model import Quote
from .options import Options

__all__ = ["main", "run"]

#: With this many documents or more, a progress bar is shown when standard error is a
#: terminal: fewer finish before a bar would tell anything.
PROGRESS_MIN_DOCS: Final = 20

#: The least time between two redraws of the progress bar, in seconds.
PROGRESS_INTERVAL: Final = 0.1

#: The field naming each quote's file in JSON lines and CSV ("<stdin>" for standard input).
FILE_FIELD: Final = "file"

STDIN_NAME: Final = "<stdin>"


class Progress:
    """A one-line progress bar on standard error: documents done, rate and time left."""

    WIDTH: Final = 24  #: characters of the bar itself

    def __init__(self, stream: TextIO, total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.drawn_done = -1  # the count last drawn
        self.shown = False

    def step(self) -> None:
        """Count one more document and redraw, at most every :data:`PROGRESS_INTERVAL`."""
        self.done += 1
        now = time.monotonic()
        if now - self.drawn_at >= PROGRESS_INTERVAL or self.done == self.total:
            self.drawn_at = now
            self.draw(now)

    def draw(self, now: float) -> None:
        """Write the bar over the current line."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        self.stream.write(
            f"\r{bar} {self.done}/{self.total} documents, {rate:,.1f}/s, "
            f"{int(left) // 60}:{int(left) % 60:02d} left\x1b[K"
        )
        self.stream.flush()
        self.drawn_done = self.done
        self.shown = True

    def clear(self) -> None:
        """Wipe the bar so that other output can use the line; the next step redraws it."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False
            self.drawn_at = 0.0

    def close(self) -> None:
        """End the bar's line, leaving the final count on screen."""
        if self.done:
            if not self.shown or self.drawn_done != self.done:
                self.draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


class Output:
    """Writes each document's quotes as JSON lines, CSV or a table."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt = fmt
        self.out = out
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=[FILE_FIELD, *COLUMNS], lineterminator="\n")
            self.csv.writeheader()

    def write(self, source: str, quotes: Sequence[Quote]) -> None:
        """Write one document's quotes."""
        if self.fmt == "table":
            _table(quotes, source, self.out)
            return
        for record in to_records(quotes):
            row = {FILE_FIELD: source, **record}
            if self.csv is not None:
                self.csv.writerow(row)
            else:
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")


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


def _workers_arg(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (every core) or more")
    return n


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
        help="text files or folders to read (folders are searched for --glob files, "
        "recursively); '-' (the default) reads standard input",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "csv", "table"),
        default="jsonl",
        help="jsonl: one JSON object per quote (default); csv: one row per quote, with a "
        "header; table: for reading",
    )
    p.add_argument("--encoding", default="utf-8", help="the files' encoding (default utf-8)")
    p.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="which files to read in folders (default '*.txt')",
    )
    p.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="leave out quotes whose confidence is below X (0..1)",
    )
    p.add_argument(
        "--workers",
        type=_workers_arg,
        default=1,
        metavar="N",
        help="processes that extract (default 1; 0 for one per core)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"show a progress bar on standard error (default: when it is a terminal and "
        f"there are {PROGRESS_MIN_DOCS} documents or more)",
    )
    p.add_argument("--version", action="version", version=f"quotekit {__version__}")
    return p


def _sources(names: Sequence[str], pattern: str) -> tuple[list[str], list[str]]:
    """The documents to read, in order: files as given, each folder's matches sorted.

    Returns the documents and the error messages for names that give none.
    """
    docs: list[str] = []
    errors: list[str] = []
    for name in names:
        if name == "-" or not os.path.isdir(name):
            docs.append(name)
            continue
        found = sorted(str(p) for p in Path(name).rglob(pattern) if p.is_file())
        if not found:
            errors.append(f"quotekit: {name}: no files matching {pattern!r} in this folder")
        docs.extend(found)
    return docs, errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    0 when every document was read, 1 when one could not be (the others are still written),
    2 for a usage error.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "evaluate":
        from .evaluate import main as evaluate_main

        return evaluate_main(args_list[1:])
    parser = _parser()
    args = parser.parse_args(args_list)
    try:
        options = Options(min_confidence=args.min_confidence)
    except QuotekitError as exc:
        parser.error(str(exc))
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(
            f"--encoding: unknown encoding {args.encoding!r}; give a Python codec name "
            "such as utf-8, latin-1, cp1252 or utf-16"
        )
    docs, errors = _sources(args.files, args.glob)
    status = 0
    for message in errors:
        print(message, file=sys.stderr)
        status = 1

    show = args.progress
    if show is None:
        show = sys.stderr.isatty() and len(docs) >= PROGRESS_MIN_DOCS
    progress = Progress(sys.stderr, len(docs)) if show else None
    # the bar and the output share a screen when both go to the terminal
    share_screen = progress is not None and sys.stdout.isatty()
    out = Output(args.format, sys.stdout)
    read: deque[str] = deque()  # the names of texts handed to extract_many, in order
    unreadable = 0

    def texts() -> Iterator[str]:
        nonlocal unreadable
        for name in docs:
            try:
                if name == "-":
                    raw = getattr(sys.stdin, "buffer", None)
                    text = raw.read().decode(args.encoding) if raw else sys.stdin.read()
                else:
                    with open(name, encoding=args.encoding) as fh:
                        text = fh.read()
            except (OSError, UnicodeDecodeError) as exc:
                if progress:
                    progress.clear()
                    progress.step()
                hint = ""
                if isinstance(exc, UnicodeDecodeError):
                    hint = (
                        f"; it is not {args.encoding}: give its encoding with --encoding "
                        "(for example --encoding cp1252 or --encoding latin-1)"
                    )
                print(f"quotekit: {name}: {exc}{hint}", file=sys.stderr)
                unreadable += 1
                continue
            read.append(STDIN_NAME if name == "-" else name)
            yield text

    workers = None if args.workers == 0 else args.workers
    try:
        for quotes in extract_many(texts(), workers=workers, options=options):
            if share_screen and progress:
                progress.clear()
            out.write(read.popleft(), quotes)
            if progress:
                progress.step()
    except QuotekitError as exc:
        print(f"quotekit: {exc}", file=sys.stderr)
        return 2
    finally:
        if progress:
            progress.close()
    return 1 if unreadable or status else 0


def run() -> None:
    """The console-script entry point: :func:`main`, quiet when the reader closes the pipe."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (head, less) stopped early: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
    except KeyboardInterrupt:
        status = 130  # the shell's code for a stop by Ctrl-C
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
