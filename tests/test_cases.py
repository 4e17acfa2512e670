"""Golden cases: tests/cases/*.json, each a labelled text with every quote it must yield."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotekit

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = []
            if case.get("expect", "pass") == "fail":
                marks.append(
                    pytest.mark.xfail(strict=True, reason=case.get("why", "known failure"))
                )
            params.append(pytest.param(case, id=f"{path.stem}:{case['label']}", marks=marks))
    return params


def _describe(quotes: list[quotekit.Quote]) -> str:
    return "\n".join(
        f"  {q.kind.value:8} {q.text!r} speaker={q.speaker.name if q.speaker else None!r} "
        f"cue={q.cue.text if q.cue else None!r}"
        for q in quotes
    )


@pytest.mark.parametrize("case", _load())
def test_golden_case(case: dict[str, Any]) -> None:
    """Each golden case yields exactly its expected quotes, kinds, speakers and cues."""
    text = case["text"]
    got = quotekit.extract(text)
    for q in got:
        assert text[q.start : q.end] == q.text
    want = case["quotes"]
    problems = []
    remaining = list(got)
    for w in want:
        match = next(
            (q for q in remaining if q.text == w["text"] and q.kind.value == w["kind"]), None
        )
        if match is None:
            problems.append(f"missing {w['kind']} {w['text']!r}")
            continue
        remaining.remove(match)
        if "speaker" in w:
            name = match.speaker.name if match.speaker else None
            if name != w["speaker"]:
                problems.append(f"{w['text'][:40]!r}: speaker {name!r}, want {w['speaker']!r}")
        if "cue" in w:
            cue = match.cue.text if match.cue else None
            if cue != w["cue"]:
                problems.append(f"{w['text'][:40]!r}: cue {cue!r}, want {w['cue']!r}")
    for q in remaining:
        problems.append(f"unexpected {q.kind.value} {q.text!r}")
    assert not problems, "\n".join(problems) + "\ngot:\n" + _describe(got)
