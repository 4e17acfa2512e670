"""Seconds per MB of quotekit.extract() from 10 KB to 10 MB, on news and on hostile text.

Usage: python benchmarks/scaling.py [--sizes 10K,100K,1M,10M] [--kind NAME]... [--timeout S]
                                    [--max-memory GB] [--json]

Linear time means a flat s/MB column: the ratio column is s/MB at the largest size over s/MB
at 100 KB, and it must be at most 1.5 for every kind (issue 7). The kinds are the generated
news and the hostile pages of ``tests/hostile_texts.py`` (runs of quote marks, a quote that
never closes, one paragraph with no newline, ...), plus PolNeAR's news articles joined into
one text when ``../shared/data/polnear-train.jsonl`` exists (skipped with a message if not).

Each (kind, size) runs in a child process of its own, which builds the text and then times
``extract()`` alone (the best of up to five runs while they take under a second in all), so a
superlinear case cannot stall the others: a run over ``--timeout`` seconds is reported as such
and the kind's larger sizes are not run. A child may use at most ``--max-memory`` GB of address
space: hostile pages can make extraction take far more memory than their size, and one that
runs out of it is reported as such rather than taking the memory of everything else.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

import quotekit

ROOT: Final = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_texts import KINDS  # noqa: E402  (found through the line above)

POLNEAR: Final = ROOT.parent / "shared" / "data" / "polnear-train.jsonl"
POLNEAR_KIND: Final = "news (PolNeAR articles)"

#: The sizes of issue 7, in UTF-8 bytes.
DEFAULT_SIZES: Final = "10K,100K,1M,10M"
#: The size whose s/MB the largest size's is compared with.
REFERENCE_SIZE: Final = 100_000
#: Time per MB at the largest size may be at most this many times that at the reference.
MAX_RATIO: Final = 1.5
#: A run is repeated (the best one is reported) up to this many times while the runs so far
#: took less than ``REPEAT_BUDGET`` seconds together: small texts take milliseconds and vary.
MAX_REPEAT: Final = 5
REPEAT_BUDGET: Final = 1.0
#: A child process that runs longer than this many seconds is stopped.
DEFAULT_TIMEOUT: Final = 180.0
#: The address space a child process may use, in GB.
DEFAULT_MAX_MEMORY: Final = 8.0
#: What a child prints when it runs out of memory.
OUT_OF_MEMORY: Final = "out of memory"

_UNITS: Final = {"K": 1_000, "M": 1_000_000}


def parse_size(text: str) -> int:
    """``10K`` → 10000, ``1M`` → 1000000, ``512`` → 512."""
    text = text.strip().upper()
    if text[-1:] in _UNITS:
        return int(float(text[:-1]) * _UNITS[text[-1]])
    return int(text)


def size_label(size: int) -> str:
    """10000 → ``10 KB``, 1000000 → ``1 MB``."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:g} MB"
    return f"{size / 1_000:g} KB"


def polnear_text(size: int) -> str:
    """PolNeAR's training articles, separated by blank lines, repeated up to ``size`` bytes."""
    articles = [json.loads(line)["text"] for line in POLNEAR.open(encoding="utf-8")]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        article = articles[i % len(articles)]
        parts.append(article)
        total += len(article.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def generators() -> dict[str, Callable[[int], str]]:
    """Every kind of text to time, by name."""
    found: dict[str, Callable[[int], str]] = dict(KINDS)
    if POLNEAR.exists():
        found = {POLNEAR_KIND: polnear_text, **found}
    return found


def limit_memory(gigabytes: float) -> None:
    """Limit this process's address space to ``gigabytes`` (where the platform allows)."""
    limit = int(gigabytes * 1e9)
    with contextlib.suppress(ValueError, OSError):  # not allowed here: run without a limit
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def time_one(kind: str, size: int) -> dict[str, float | int]:
    """In this process: build the text, then time ``extract()`` on it (best of a few)."""
    text = generators()[kind](size)
    best = float("inf")
    spent = 0.0
    quotes = 0
    for _ in range(MAX_REPEAT):
        gc.collect()
        t0 = time.perf_counter()
        quotes = len(quotekit.extract(text))
        elapsed = time.perf_counter() - t0
        best = min(best, elapsed)
        spent += elapsed
        if spent >= REPEAT_BUDGET:
            break
    return {"seconds": best, "bytes": len(text.encode("utf-8")), "quotes": quotes}


Cell = dict[str, float | int] | str | None
"""A measurement: seconds, bytes and quotes; ``OUT_OF_MEMORY``; None past the time limit."""


def run_child(kind: str, size: int, timeout: float, max_memory: float) -> Cell:
    """Time one (kind, size) in a child process limited to ``max_memory`` GB."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, str(size)]
    cmd += ["--max-memory", str(max_memory)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        if "MemoryError" in exc.stderr:
            return OUT_OF_MEMORY
        raise SystemExit(f"{kind} at {size_label(size)} failed:\n{exc.stderr}") from None
    result: dict[str, float | int] = json.loads(done.stdout)
    return result


def measure(
    kinds: list[str], sizes: list[int], timeout: float, max_memory: float
) -> list[dict[str, object]]:
    """One row per kind: seconds and s/MB at each size; after a time-out or running out of
    memory, the larger sizes are not run."""
    rows: list[dict[str, object]] = []
    for kind in kinds:
        cells: dict[int, Cell] = {}
        stopped = False
        for size in sizes:
            if stopped:
                cells[size] = "not run"
            else:
                cells[size] = run_child(kind, size, timeout, max_memory)
                stopped = not isinstance(cells[size], dict)
            print(f"  {kind} at {size_label(size)}: {_cell(cells[size], timeout)}", file=sys.stderr)
        rows.append({"kind": kind, "cells": cells, "ratio": _ratio(cells, sizes)})
    return rows


def _s_per_mb(cell: dict[str, float | int]) -> float:
    return float(cell["seconds"]) / (float(cell["bytes"]) / 1e6)


def _ratio(cells: dict[int, Cell], sizes: list[int]) -> float | None:
    ref = cells.get(REFERENCE_SIZE)
    last = cells.get(sizes[-1])
    if not isinstance(ref, dict) or not isinstance(last, dict) or sizes[-1] <= REFERENCE_SIZE:
        return None
    return _s_per_mb(last) / _s_per_mb(ref)


def _cell(cell: Cell, timeout: float) -> str:
    if cell is None:
        return f"> {timeout:g} s"
    if isinstance(cell, str):
        return cell
    return f"{float(cell['seconds']):.3f} s, {_s_per_mb(cell):.2f} s/MB"


def markdown(rows: list[dict[str, object]], sizes: list[int], timeout: float) -> str:
    """The table: seconds and s/MB per size, the ratio and a verdict."""
    head = ["kind"]
    for size in sizes:
        head += [f"{size_label(size)} s", "s/MB"]
    head += [f"{size_label(sizes[-1])}/{size_label(REFERENCE_SIZE)}", "verdict"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = row["cells"]
        assert isinstance(cells, dict)
        out = [str(row["kind"])]
        failure = ""
        for size in sizes:
            cell = cells[size]
            if isinstance(cell, dict):
                out += [f"{float(cell['seconds']):.3f}", f"{_s_per_mb(cell):.2f}"]
            else:
                out += [_cell(cell, timeout), ""]
                failure = failure or ("TIME-OUT" if cell is None else str(cell).upper())
        ratio = row["ratio"]
        if isinstance(ratio, float):
            out += [f"{ratio:.2f}", "linear" if ratio <= MAX_RATIO else "SUPERLINEAR"]
        else:
            out += ["–", failure or "–"]
        lines.append("| " + " | ".join(out) + " |")
    return "\n".join(lines)


def main() -> None:
    """Run the benchmark and print its table."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help=f"default {DEFAULT_SIZES}")
    ap.add_argument(
        "--kind", action="append", default=[], help="a kind to run, by name (default: all)"
    )
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per run")
    ap.add_argument(
        "--max-memory",
        type=float,
        default=DEFAULT_MAX_MEMORY,
        metavar="GB",
        help=f"address space per run (default {DEFAULT_MAX_MEMORY:g})",
    )
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--list", action="store_true", help="list the kinds and stop")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        limit_memory(args.max_memory)
        print(json.dumps(time_one(args.child[0], int(args.child[1]))))
        return
    available = generators()
    if not POLNEAR.exists():
        print(f"skipping {POLNEAR_KIND}: {POLNEAR} not found", file=sys.stderr)
    if args.list:
        print("\n".join(available))
        return
    kinds = args.kind or list(available)
    unknown = [k for k in kinds if k not in available]
    if unknown:
        ap.error(f"unknown kinds {unknown}; see --list")
    sizes = sorted(parse_size(s) for s in args.sizes.split(","))
    rows = measure(kinds, sizes, args.timeout, args.max_memory)
    if args.json:
        print(json.dumps(rows, indent=1, default=str))
    else:
        print(markdown(rows, sizes, args.timeout))


if __name__ == "__main__":
    main()
