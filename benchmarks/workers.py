"""Throughput of quotekit.extract_many() with 1, 2, … worker processes: articles per second.

Usage: python benchmarks/workers.py [--workers 1 2] [--passes 10] [--chunksize 16] [--repeat 3]

Reads the 84 texts of ../shared/data/polnear-dev.jsonl at run time (skips with a message where
the file is absent; the texts are never copied into the repository) and runs the corpus
``--passes`` times over as one stream of documents, so that the numbers are not only the cost
of starting processes. Each timing is wall-clock from the call to the last result, pool start
included; the best of ``--repeat`` runs is reported, and every run's results are checked
against the in-process ones. Beside it, the CPU time spent per article by this process and its
workers together (on Unix): unlike wall-clock time it does not depend on what else the machine
is running, and its growth from 1 to N workers is the cost of sending texts and quotes
between processes.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import quotekit

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev.jsonl"


def stream(texts: list[str], passes: int) -> Iterator[str]:
    """The corpus ``passes`` times over, read lazily as a real folder would be."""
    for _ in range(passes):
        yield from texts


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (0 where unknown)."""
    try:
        import resource
    except ImportError:  # not on Unix
        return 0.0
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(texts: list[str], passes: int, workers: int, chunksize: int) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds for one extract_many() run, and the quotes it found."""
    t0, c0 = time.perf_counter(), cpu_seconds()
    quotes = 0
    for result in quotekit.extract_many(
        stream(texts, passes), workers=workers, chunksize=chunksize
    ):
        quotes += len(result)
    # the pool has shut down and its workers are waited for: their CPU time is counted
    return time.perf_counter() - t0, cpu_seconds() - c0, quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--passes", type=int, default=10, help="times through the corpus")
    ap.add_argument("--chunksize", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args()
    if not POLNEAR_DEV.exists():
        print(f"skipping: {POLNEAR_DEV} not found")
        return
    texts = [json.loads(line)["text"] for line in POLNEAR_DEV.open(encoding="utf-8")]
    docs = len(texts) * args.passes
    expected = sum(len(quotekit.extract(t)) for t in texts) * args.passes  # also warms up
    rows = []
    for workers in args.workers:
        best, best_cpu = float("inf"), float("inf")
        for _ in range(args.repeat):
            seconds, cpu, quotes = timed(texts, args.passes, workers, args.chunksize)
            if quotes != expected:
                raise SystemExit(f"{workers} workers found {quotes} quotes, not {expected}")
            best, best_cpu = min(best, seconds), min(best_cpu, cpu)
        rows.append(
            {
                "workers": workers,
                "documents": docs,
                "seconds": round(best, 3),
                "articles_per_s": round(docs / best, 1),
                "cpu_ms_per_article": round(1000 * best_cpu / docs, 2),
            }
        )
    base = rows[0]["articles_per_s"]
    for r in rows:
        r["speedup"] = round(r["articles_per_s"] / base, 2)
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"polnear-dev: {len(texts)} texts × {args.passes} passes, chunksize {args.chunksize}, "
        f"{cores} cores, best of {args.repeat}"
    )
    print(
        f"{'workers':>7} {'documents':>9} {'seconds':>8} {'articles/s':>11} {'speedup':>8} "
        f"{'CPU ms/article':>15}"
    )
    for r in rows:
        print(
            f"{r['workers']:>7} {r['documents']:>9} {r['seconds']:>8} {r['articles_per_s']:>11} "
            f"{r['speedup']:>8} {r['cpu_ms_per_article']:>15}"
        )


if __name__ == "__main__":
    main()
