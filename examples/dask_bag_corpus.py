"""quotekit over a folder of articles with Dask: a bag of documents, one record per quote.

    pip install quotekit "dask[bag]"
    python examples/dask_bag_corpus.py ARTICLES/ OUT/

writes OUT/0.jsonl, OUT/1.jsonl, … (one file per partition, one JSON object per quote).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import dask.bag as db

import quotekit


def quotes_of(path: str, options: quotekit.Options | None = None) -> list[dict[str, Any]]:
    """The quotes of one article as flat records, each naming its file."""
    text = Path(path).read_text(encoding="utf-8")
    quotes = quotekit.extract(text, options=options)
    return [{"file": path, **record} for record in quotekit.to_records(quotes)]


def quote_bag(
    paths: list[str], options: quotekit.Options | None = None, npartitions: int | None = None
) -> db.Bag:
    """A bag of quote records: every quote of every file, in the files' order."""
    bag = db.from_sequence(paths, npartitions=npartitions)
    # the options object is pickled and sent to every worker with the function
    return bag.map(quotes_of, options=options).flatten()


def write_jsonl(folder: str, out: str, scheduler: str = "processes") -> list[str]:
    """Every quote of the .txt files under ``folder``, as JSON lines in ``out``; the files."""
    paths = sorted(str(p) for p in Path(folder).rglob("*.txt"))
    bag = quote_bag(paths, options=quotekit.Options(min_confidence=0.5))
    Path(out).mkdir(parents=True, exist_ok=True)
    # "processes" uses every core of this machine; with a dask.distributed Client
    # connected, leave scheduler out and compute() runs on its cluster instead.
    written: list[str] = bag.map(json.dumps, ensure_ascii=False).to_textfiles(
        f"{out}/*.jsonl", encoding="utf-8", last_endline=True, scheduler=scheduler
    )
    return written


if __name__ == "__main__":
    write_jsonl(sys.argv[1], sys.argv[2])
