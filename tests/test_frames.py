"""Quotes as records and data frames: to_records(), to_frame(), Analysis.to_pandas()."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest

import quotekit
from quotekit import InputTypeError, MissingDependencyError, QuotekitError
from quotekit.frames import COLUMNS

TEXT = (
    "White House spokesman John Kirby spoke on Monday.\n\n"
    "“It’s still just a trickle,” he said.\n\n"
    "Kirby said more Americans were leaving Gaza."
)


def test_records_are_flat_and_json_ready() -> None:
    """Each record has the documented fields, in order, with plain values only."""
    records = quotekit.to_records(quotekit.extract(TEXT))
    assert len(records) == 2
    for record in records:
        assert tuple(record) == COLUMNS
        assert json.loads(json.dumps(record)) == record
    first = records[0]
    assert first["kind"] == "direct"
    assert first["speaker"] == "John Kirby"
    assert first["speaker_kind"] == "person"
    assert first["speaker_title"] == "White House spokesman"
    assert first["speaker_mention"] == "he"
    assert first["cue"] == "said"
    assert TEXT[first["start"] : first["end"]] == first["text"]


def test_records_from_an_analysis_equal_those_from_its_quotes() -> None:
    """An Analysis gives the same records as its list of quotes."""
    a = quotekit.analyze(TEXT)
    assert quotekit.to_records(a) == quotekit.to_records(a.quotes)


def test_a_mapping_adds_the_document_column() -> None:
    """A mapping of documents to quotes gives each record a leading 'doc' field."""
    records = quotekit.to_records({"a.txt": quotekit.extract(TEXT), 7: quotekit.analyze(TEXT)})
    assert [r["doc"] for r in records] == ["a.txt", "a.txt", 7, 7]
    assert list(records[0]) == ["doc", *COLUMNS]


def test_records_write_as_csv() -> None:
    """Records go straight into csv.DictWriter."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(quotekit.to_records(quotekit.extract(TEXT)))
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert [r["speaker"] for r in rows] == ["John Kirby", "John Kirby"]


def test_wrong_input_says_what_to_pass() -> None:
    """A text or a list of other things raises InputTypeError naming what to do."""
    with pytest.raises(InputTypeError, match=r"quotekit.extract\(text\)"):
        quotekit.to_records(TEXT)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="expected Quote objects, got a dict"):
        quotekit.to_records([{"text": "x"}])  # type: ignore[list-item]
    with pytest.raises(InputTypeError, match="the value for 'a'"):
        quotekit.to_records({"a": 3})  # type: ignore[dict-item]


def test_frame_has_typed_columns() -> None:
    """to_frame() gives one row per quote with integer offsets and float confidence."""
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    df = quotekit.to_frame(quotekit.extract(TEXT))
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == 2
    assert str(df["start"].dtype) == "int64"
    assert str(df["confidence"].dtype) == "float64"
    assert df["speaker"].tolist() == ["John Kirby", "John Kirby"]


def test_empty_frame_keeps_its_columns() -> None:
    """No quotes gives an empty frame that still has every column, for concatenation."""
    pytest.importorskip("pandas", reason="pandas is not installed")
    df = quotekit.to_frame([])
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == 0
    assert list(quotekit.to_frame({}).columns) == ["doc", *COLUMNS]


def test_analysis_to_pandas_is_to_frame() -> None:
    """Analysis.to_pandas() equals to_frame() of the analysis."""
    pytest.importorskip("pandas", reason="pandas is not installed")
    a = quotekit.analyze(TEXT)
    assert a.to_pandas().equals(quotekit.to_frame(a))


def test_corpus_frame_from_extract_many() -> None:
    """Documents run with extract_many() become one frame with a doc column."""
    pytest.importorskip("pandas", reason="pandas is not installed")
    names = ["one", "two", "three"]
    texts = [TEXT, "No quotes.", "“Yes,” Kirby said."]
    df = quotekit.to_frame(dict(zip(names, quotekit.extract_many(texts), strict=True)))
    assert df.groupby("doc", sort=False).size().to_dict() == {"one": 2, "three": 1}


def test_without_pandas_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """With pandas missing, to_frame() raises MissingDependencyError naming the extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotekit\[pandas\]'") as info:
        quotekit.to_frame(quotekit.extract(TEXT))
    assert isinstance(info.value, QuotekitError)
    assert isinstance(info.value, ImportError)
    with pytest.raises(MissingDependencyError):
        quotekit.analyze(TEXT).to_pandas()
    # records need nothing
    assert quotekit.to_records(quotekit.extract(TEXT))
