"""The command line with files it cannot read: report each, process the others (issue 7).

Each test calls :func:`quotekit.cli.main` with files in a temporary folder and reads what it
wrote to standard output (one JSON line per quote) and standard error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotekit.cli import main

QUOTE = "“It’s still just a trickle,” Kirby said.\n"
REPORTED = "Kirby said more Americans were leaving Gaza.\n"
LATIN_1 = '"The café will reopen in the spring," Renée Dupré said.\n'
"""A text whose accented letters are one byte each in Latin-1, and invalid UTF-8 there."""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """Files to read, by role: two good ones, one in Latin-1, a binary one, an empty one and
    one that does not exist; the values are the paths as the command line is given them."""
    (tmp_path / "a.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(REPORTED, encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(LATIN_1.encode("latin-1"))
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8")
    (tmp_path / "empty.txt").write_bytes(b"")
    names = ("a", "c", "latin", "image", "empty", "missing")
    return {name: str(tmp_path / f"{name}.txt") for name in names}


Records = list[dict[str, object]]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Records, str]:
    """Run the command line: its status, the JSON records it wrote, its standard error."""
    status = main(args)
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    return status, records, err


def test_an_unreadable_file_is_reported_and_the_others_are_read(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file among good ones: it is named on standard error, the others' quotes are
    all written, and the exit status is not 0."""
    status, records, err = _run([files["a"], files["missing"], files["c"]], capsys)
    assert status != 0
    assert files["missing"] in err
    assert [(r["file"], r["text"]) for r in records] == [
        (files["a"], "It’s still just a trickle,"),
        (files["c"], "more Americans were leaving Gaza"),
    ]


@pytest.mark.parametrize("bad", ["latin", "image"])
def test_a_file_that_is_not_utf8_is_reported_and_the_others_are_read(
    bad: str, files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A Latin-1 or binary file among UTF-8 ones: it is named on standard error, the others'
    quotes are written, and the exit status is not 0."""
    status, records, err = _run([files["a"], files[bad], files["c"]], capsys)
    assert status != 0
    assert files[bad] in err
    assert [r["file"] for r in records] == [files["a"], files["c"]]


def test_every_bad_file_is_reported_once(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Several bad files: each is named once on standard error, in the order given."""
    status, records, err = _run(
        [files["latin"], files["a"], files["missing"], files["image"], files["empty"]], capsys
    )
    assert status != 0
    lines = err.strip().splitlines()
    assert [n for n in (files["latin"], files["missing"], files["image"]) if n in err] == [
        files["latin"],
        files["missing"],
        files["image"],
    ]
    assert len(lines) == 3, err
    assert [r["file"] for r in records] == [files["a"]]


def test_encoding_option_reads_latin1(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--encoding latin-1 reads the Latin-1 file: its quote keeps its accents, and the exit
    status is 0."""
    status, records, err = _run(["--encoding", "latin-1", files["latin"]], capsys)
    assert (status, err) == (0, "")
    assert [(r["text"], r["speaker"]) for r in records] == [
        ("The café will reopen in the spring,", "Renée Dupré")
    ]


def test_good_and_empty_files_exit_zero(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Only readable files (an empty one among them): nothing on standard error, status 0."""
    status, records, err = _run([files["a"], files["empty"], files["c"]], capsys)
    assert (status, err) == (0, "")
    assert len(records) == 2


def test_a_file_that_is_not_utf8_says_to_use_encoding(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The message for a file that is not UTF-8 says how to read it: with --encoding."""
    _status, _records, err = _run([files["latin"]], capsys)
    assert "--encoding" in err


def test_an_unknown_encoding_is_one_usage_error(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--encoding with a name Python does not know is a usage error (status 2) naming the
    option, said once, before any file is read."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--encoding", "no-such-codec", files["a"], files["c"]])
    _out, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert "--encoding" in err
    assert err.count("no-such-codec") == 1
