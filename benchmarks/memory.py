"""Peak memory of quotekit.extract() per document size, and of extract_many over a corpus.

Usage: python benchmarks/memory.py [--size 10M] [--kind NAME]... [--timeout S] [--max-memory GB]
                                   [--json]

For each kind of text of ``scaling.py`` (news and the hostile pages), a child process builds
the text and then measures, around ``extract()`` alone:

- the peak of memory allocated through Python (``tracemalloc``), over the document's size in
  UTF-8 bytes: issue 7 wants it under 20 for a 10 MB document;
- the growth of the process's peak resident set (``ru_maxrss``), which also counts what the
  ``regex`` engine allocates outside Python's allocator.

Each child may use at most ``--max-memory`` GB of address space; one that runs out of it is
reported as such.

The streaming check feeds ``extract_many`` a generator of documents and drops each result:
its peak must not grow with the number of documents (it holds one at a time). It is skipped
with a message where ``quotekit.extract_many`` does not exist.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from scaling import (
    DEFAULT_MAX_MEMORY,
    OUT_OF_MEMORY,
    generators,
    limit_memory,
    parse_size,
    size_label,
)

import quotekit

#: Peak memory over document size that issue 7 allows.
MAX_RATIO: Final = 20.0
DEFAULT_SIZE: Final = "10M"
DEFAULT_TIMEOUT: Final = 600.0
#: The streaming check: documents of this size, in a short and a long corpus.
STREAM_DOC_SIZE: Final = 50_000
STREAM_COUNTS: Final = (10, 100)


def _maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB


def measure_one(kind: str, size: int) -> dict[str, float | int]:
    """In this process: build the text, then measure extract()'s peak memory on it."""
    text = generators()[kind](size)
    n_bytes = len(text.encode("utf-8"))
    gc.collect()
    rss_before = _maxrss_bytes()
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    quotes = len(quotekit.extract(text))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "bytes": n_bytes,
        "str_bytes": sys.getsizeof(text),
        "quotes": quotes,
        "peak": peak - base,
        "rss_growth": max(0, _maxrss_bytes() - rss_before),
    }


def _corpus(count: int) -> Iterator[str]:
    """``count`` generated news documents, made one at a time as they are asked for."""
    from hostile_texts import news_text

    for seed in range(count):
        yield news_text(STREAM_DOC_SIZE, seed=seed)


def measure_stream(count: int) -> dict[str, float | int]:
    """In this process: the peak memory of extract_many over ``count`` documents."""
    extract_many = quotekit.extract_many  # type: ignore[attr-defined,unused-ignore]
    tracemalloc.start()
    documents = 0
    for _quotes in extract_many(_corpus(count)):
        documents += 1
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"documents": documents, "peak": peak}


def run_child(
    args: list[str], timeout: float, max_memory: float
) -> dict[str, float | int] | str | None:
    """Run this script with ``args`` in a child process limited to ``max_memory`` GB; None when
    it runs over ``timeout``, ``OUT_OF_MEMORY`` when it runs out of memory."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args, "--max-memory", str(max_memory)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        if "MemoryError" in exc.stderr:
            return OUT_OF_MEMORY
        raise SystemExit(f"{args} failed:\n{exc.stderr}") from None
    result: dict[str, float | int] = json.loads(done.stdout)
    return result


def _mb(n: float | int) -> str:
    return f"{float(n) / 1e6:.1f}"


def main() -> None:
    """Measure every kind at one size, then the streaming check; print the tables."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--size", default=DEFAULT_SIZE, help=f"default {DEFAULT_SIZE}")
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
    ap.add_argument("--json", action="store_true", help="print JSON instead of tables")
    ap.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    ap.add_argument("--stream-child", type=int, metavar="COUNT", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        limit_memory(args.max_memory)
        print(json.dumps(measure_one(args.child[0], int(args.child[1]))))
        return
    if args.stream_child:
        limit_memory(args.max_memory)
        print(json.dumps(measure_stream(args.stream_child)))
        return
    size = parse_size(args.size)
    available = generators()
    kinds = args.kind or list(available)
    rows: list[dict[str, object]] = []
    for kind in kinds:
        result = run_child(["--child", kind, str(size)], args.timeout, args.max_memory)
        print(f"  {kind}: {result}", file=sys.stderr)
        rows.append({"kind": kind, "result": result})
    stream: list[dict[str, object]] = []
    if hasattr(quotekit, "extract_many"):
        for count in STREAM_COUNTS:
            result = run_child(["--stream-child", str(count)], args.timeout, args.max_memory)
            stream.append({"documents": count, "result": result})
    else:
        print("skipping the streaming check: quotekit.extract_many does not exist", file=sys.stderr)
    if args.json:
        print(json.dumps({"size": size, "kinds": rows, "stream": stream}, indent=1))
        return
    print(f"Peak memory of extract() on {size_label(size)} of each kind (MB; ratio to UTF-8 size)")
    print()
    print(
        "| kind | document MB | str MB | traced peak MB | peak / size | RSS growth MB | verdict |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        r = row["result"]
        if r == OUT_OF_MEMORY:
            print(f"| {row['kind']} | | | > {args.max_memory:g} GB | | | OUT OF MEMORY |")
            continue
        if not isinstance(r, dict):
            print(f"| {row['kind']} | | | > {args.timeout:g} s | | | TIME-OUT |")
            continue
        ratio = float(r["peak"]) / float(r["bytes"])
        verdict = "ok" if ratio < MAX_RATIO else "OVER"
        print(
            f"| {row['kind']} | {_mb(r['bytes'])} | {_mb(r['str_bytes'])} | {_mb(r['peak'])} "
            f"| {ratio:.1f} | {_mb(r['rss_growth'])} | {verdict} |"
        )
    if stream:
        print()
        print(f"extract_many over generated news documents of {size_label(STREAM_DOC_SIZE)}")
        print()
        print("| documents | traced peak MB |")
        print("|---|---|")
        for s in stream:
            r = s["result"]
            peak = _mb(r["peak"]) if isinstance(r, dict) else str(r or "time-out")
            print(f"| {s['documents']} | {peak} |")


if __name__ == "__main__":
    main()
