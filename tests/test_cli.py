"""The command line: files, folders and standard input; JSON lines, CSV and tables; workers."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit import cli
from quotekit.frames import COLUMNS

SEED_PATH = Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")

DOCS = {
    "a.txt": "“It’s still just a trickle,” Kirby said.",
    "b.txt": "Nothing to report.",
    "sub/c.txt": "Blinken said the talks would go on.",
    "sub/deeper/d.txt": "“We are hopeful,” she said.",
    "notes.md": "“Not a text file,” Kirby said.",
}


class TTY(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Always a terminal."""
        return True


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of small articles, two levels deep, with one file that is not .txt."""
    for name, text in DOCS.items():
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "corpus"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command line in this process; the status, standard output and error."""
    status = cli.main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_has_one_record_per_quote_with_its_file(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each line is a JSON object: the file, then the fields of quotekit.to_records()."""
    status, out, err = run([str(corpus / "a.txt")], capsys)
    assert (status, err) == (0, "")
    (line,) = out.splitlines()
    record = json.loads(line)
    assert list(record) == ["file", *COLUMNS]
    assert record["file"] == str(corpus / "a.txt")
    expected = quotekit.to_records(quotekit.extract(DOCS["a.txt"]))[0]
    assert {k: v for k, v in record.items() if k != "file"} == expected


def test_folders_are_searched_recursively_in_sorted_order(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder gives its *.txt files, sub-folders included, sorted by path."""
    status, out, _ = run([str(corpus)], capsys)
    assert status == 0
    files = [json.loads(line)["file"] for line in out.splitlines()]
    assert files == [str(corpus / n) for n in ("a.txt", "sub/c.txt", "sub/deeper/d.txt")]
    _, out, _ = run([str(corpus), "--glob", "*.md"], capsys)
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(corpus / "notes.md")]


def test_standard_input_is_read_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' (and no argument at all) reads standard input, named <stdin> in the output."""
    for args in (["-"], []):
        monkeypatch.setattr(sys, "stdin", io.StringIO(DOCS["a.txt"]))
        status, out, _ = run(args, capsys)
        assert status == 0
        assert json.loads(out)["file"] == "<stdin>"


def test_csv_has_a_header_and_a_row_per_quote(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format csv writes one header, then one row per quote of every file."""
    status, out, _ = run(["--format", "csv", str(corpus)], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["file", *COLUMNS]
    assert [r["speaker"] for r in rows] == ["Kirby", "Blinken", ""]
    assert out.count("file,start,end") == 1


def test_table_is_for_reading(capsys: pytest.CaptureFixture[str]) -> None:
    """--format table prints each file's count of quotes and a line per quote."""
    status, out, _ = run(["--format", "table", str(SEED_PATH)], capsys)
    assert status == 0
    assert out.startswith(f"{SEED_PATH}: {len(quotekit.extract(SEED))} quotes\n")
    assert "John Kirby" in out


def test_workers_give_the_same_output(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 2 (and 0, every core) prints exactly what one worker prints."""
    args = [str(corpus), str(SEED_PATH), str(corpus / "a.txt")]
    _, one, _ = run(args, capsys)
    for n in ("2", "0"):
        status, many, _ = run([*args, "--workers", n], capsys)
        assert status == 0
        assert many == one


def test_an_unreadable_file_is_reported_and_the_rest_still_run(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing or undecodable file is named on stderr, the others are written, status is 1."""
    (corpus / "latin1.txt").write_bytes('"Olé," Kirby said.'.encode("latin-1"))
    args = [str(corpus / "missing.txt"), str(corpus / "latin1.txt"), str(corpus / "a.txt")]
    status, out, err = run([*args, "--workers", "2"], capsys)
    assert status == 1
    assert "missing.txt" in err
    assert "latin1.txt" in err
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(corpus / "a.txt")]
    status, out, _ = run([str(corpus / "latin1.txt"), "--encoding", "latin-1"], capsys)
    assert status == 0
    assert json.loads(out)["text"] == "Olé,"


def test_an_empty_folder_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder with no matching files says so and exits 1."""
    status, out, err = run([str(tmp_path)], capsys)
    assert (status, out) == (1, "")
    assert "no files matching '*.txt'" in err


def test_bad_options_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """An out-of-range confidence or a negative worker count exits 2 with the reason."""
    for args in (["--min-confidence", "3"], ["--workers", "-1"], ["--format", "xml"]):
        with pytest.raises(SystemExit) as info:
            cli.main(args)
        assert info.value.code == 2
    err = capsys.readouterr().err
    assert "min_confidence must be between 0 and 1" in err
    assert "must be 0 (every core) or more" in err


def test_progress_bar_on_a_terminal_with_many_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, 20 documents or more draw a bar on stderr that ends at n/n."""
    for i in range(cli.PROGRESS_MIN_DOCS):
        (tmp_path / f"{i:02d}.txt").write_text(f"“Number {i},” Kirby said.", encoding="utf-8")
    err = TTY()
    monkeypatch.setattr(sys, "stderr", err)
    status, out, _ = run([str(tmp_path)], capsys)
    assert status == 0
    assert len(out.splitlines()) == cli.PROGRESS_MIN_DOCS
    bar = err.getvalue()
    assert bar.startswith("\r")
    assert bar.endswith("\n")
    last = bar.rstrip("\n").rsplit("\r", 1)[-1]
    n = cli.PROGRESS_MIN_DOCS
    assert last.startswith("█" * cli.Progress.WIDTH + f" {n}/{n} documents, ")
    assert last.endswith("/s, 0:00 left\x1b[K")


def test_no_progress_bar_for_few_documents_or_when_not_a_terminal(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Few documents, --no-progress or a non-terminal stderr draw nothing; --progress forces it."""
    err = TTY()
    monkeypatch.setattr(sys, "stderr", err)
    run([str(corpus)], capsys)
    assert err.getvalue() == ""
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    run([str(corpus), "--progress"], capsys)
    assert "4/4 documents" in sys.stderr.getvalue()  # type: ignore[attr-defined]


def test_python_dash_m_runs_the_command_line() -> None:
    """`python -m quotekit` reads a file and prints JSON lines, and `--version` works."""
    done = subprocess.run(
        [sys.executable, "-m", "quotekit", "--format", "jsonl", str(SEED_PATH)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert len(done.stdout.splitlines()) == len(quotekit.extract(SEED))
    version = subprocess.run(
        [sys.executable, "-m", "quotekit", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"quotekit {quotekit.__version__}"
