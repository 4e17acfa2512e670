"""Throughput of quotekit.extract(): articles per second and MB per second on one core.

Usage: python benchmarks/throughput.py [--repeat N]

Measures the seed article, and the 84 texts of ../shared/data/polnear-dev.jsonl where that
file exists (it is skipped with a message otherwise). Each corpus is run once to warm up,
then timed over N repetitions; the best repetition is reported. The time is this process's
CPU time (time.process_time), not the wall clock: on a shared machine other jobs stretch the
wall clock but not the CPU time quotekit itself takes, and the best of N repetitions drops
what noise remains (caches, frequency changes). Compare two versions in the same minute.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import quotekit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "biden-netanyahu-kirby.txt"
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"


def measure(name: str, texts: list[str], repeat: int) -> dict[str, float | str | int]:
    """Time extract() over ``texts``; the best of ``repeat`` passes."""
    for t in texts:
        quotekit.extract(t)
    best = float("inf")
    quotes = 0
    for _ in range(repeat):
        t0 = time.process_time()
        quotes = sum(len(quotekit.extract(t)) for t in texts)
        best = min(best, time.process_time() - t0)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {
        "corpus": name,
        "documents": len(texts),
        "quotes": quotes,
        "seconds": round(best, 4),
        "articles_per_s": round(len(texts) / best, 1),
        "mb_per_s": round(size_mb / best, 3),
        "ms_per_article": round(1000 * best / len(texts), 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args()
    rows = [measure("seed article (x20)", [SEED.read_text(encoding="utf-8")] * 20, args.repeat)]
    if POLNEAR_DEV.exists():
        texts = [json.loads(line)["text"] for line in POLNEAR_DEV.open(encoding="utf-8")]
        rows.append(measure("polnear-dev", texts, args.repeat))
    else:
        print(f"skipping polnear-dev: {POLNEAR_DEV} not found")
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print(
        f"{'corpus':22} {'docs':>5} {'quotes':>6} {'articles/s':>11} {'MB/s':>7} {'ms/article':>10}"
    )
    for r in rows:
        print(
            f"{r['corpus']:22} {r['documents']:>5} {r['quotes']:>6} {r['articles_per_s']:>11} "
            f"{r['mb_per_s']:>7} {r['ms_per_article']:>10}"
        )


if __name__ == "__main__":
    main()
