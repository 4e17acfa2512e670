"""The corpus recipes of docs/corpus.md (examples/), run as written: Dask for real, Spark's part."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import quotekit

EXAMPLES = Path(__file__).parent.parent / "examples"
SEED = Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt"

ARTICLES = {
    "a.txt": "“It’s still just a trickle,” Kirby said.",
    "b.txt": "Nothing to report.",
    "c.txt": "Blinken said the talks would go on.\n\n“We are hopeful,” he said.",
    "more/d.txt": "“We will keep pushing,” the minister told reporters.",
}


def recipe(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import examples/NAME.py as a module that worker processes can import too."""
    monkeypatch.syspath_prepend(str(EXAMPLES))  # spawned workers inherit sys.path
    monkeypatch.delitem(sys.modules, name, raising=False)
    return importlib.import_module(name)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of articles, the seed among them, one in a sub-folder."""
    root = tmp_path / "articles"
    for name, text in {**ARTICLES, "seed.txt": SEED.read_text(encoding="utf-8")}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def expected_records(folder: Path) -> list[dict[str, object]]:
    """What the recipes must produce: every quote of confidence ≥ 0.5, file by file."""
    records = []
    for path in sorted(str(p) for p in folder.rglob("*.txt")):
        text = Path(path).read_text(encoding="utf-8")
        quotes = quotekit.extract(text, min_confidence=0.5)
        records.extend({"file": path, **r} for r in quotekit.to_records(quotes))
    return records


def test_dask_recipe_runs_on_the_local_process_scheduler(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Dask bag recipe, on worker processes, writes every quote as JSON lines in order."""
    pytest.importorskip("dask.bag", reason="dask[bag] is not installed")
    dask_recipe = recipe("dask_bag_corpus", monkeypatch)
    out = tmp_path / "quotes"
    written = dask_recipe.write_jsonl(str(folder), str(out), scheduler="processes")
    assert written
    # one file per partition, in order; a partition with no quotes writes an empty line
    lines = [line for path in written for line in Path(path).read_text("utf-8").splitlines()]
    assert [json.loads(line) for line in lines if line] == expected_records(folder)


def test_dask_bag_in_threads_matches_extract_many(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recipe's bag on the threaded scheduler gives the same quotes as extract_many()."""
    pytest.importorskip("dask.bag", reason="dask[bag] is not installed")
    dask_recipe = recipe("dask_bag_corpus", monkeypatch)
    paths = sorted(str(p) for p in folder.rglob("*.txt"))
    got = dask_recipe.quote_bag(paths, npartitions=2).compute(scheduler="threads")
    texts = (Path(p).read_text(encoding="utf-8") for p in paths)
    want = [
        {"file": path, **r}
        for path, quotes in zip(paths, quotekit.extract_many(texts, workers=2), strict=True)
        for r in quotekit.to_records(quotes)
    ]
    assert got == want


def test_spark_partition_function_yields_each_quote_with_its_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The function the Spark recipe maps over partitions works on any iterator of pairs."""
    spark_recipe = recipe("spark_corpus", monkeypatch)
    pairs = iter(ARTICLES.items())
    options = quotekit.Options(min_confidence=0.5)
    records = list(spark_recipe.quotes_of_partition(pairs, options))
    assert records == [
        {"doc": name, **r}
        for name, text in ARTICLES.items()
        for r in quotekit.to_records(quotekit.extract(text, options=options))
    ]
    columns = [c.split()[0] for c in spark_recipe.SCHEMA.split(", ")]
    assert all(list(r) == columns for r in records)
