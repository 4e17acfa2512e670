"""extract() from many threads at once gives what it gives one call at a time (issue 7).

quotekit keeps no module-level mutable state: every call builds its own tokens, registry and
resolver. These tests run calls from 8 threads at once, with different options, switching
threads as often as the interpreter allows, and check that the package's module-level tables
are as they were after many calls.
"""

from __future__ import annotations

import ast
import collections
import copy
import importlib
import pkgutil
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Final

import pytest

import quotekit
from hostile_texts import KINDS, news_text
from quotekit import Options, Quote, QuoteKind

THREADS: Final = 8
#: Each thread reads every text this many times, each thread in its own order.
ROUNDS: Final = 3
#: Seconds between thread switches while the threads run: as often as the interpreter allows.
SWITCH_INTERVAL: Final = 1e-6

SEED: Final = Path(__file__).resolve().parent.parent / "seeds" / "biden-netanyahu-kirby.txt"

OPTIONS: Final = [
    Options(),
    Options(min_confidence=0.8),
    Options(kinds=[QuoteKind.DIRECT]),
    Options(resolve_speakers=False),
]
"""Each thread uses one of these, so options that leaked from one call to another would show."""


def _texts() -> list[str]:
    texts = [news_text(8_000, seed=s) for s in range(3)]
    texts += [KINDS[k](2_000) for k in ("unclosed quote", "alternating pairs", "deep nesting")]
    texts.append("“It’s still just a trickle,” Kirby said.\r\n\r\nHe said it was “not enough.”")
    texts.append("")
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Make the interpreter switch threads as often as it can while the test runs."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


@pytest.mark.usefixtures("busy_switching")
def test_eight_threads_give_the_results_of_one_at_a_time() -> None:
    """8 threads extracting at once, each with its own options and order of texts, get exactly
    the quotes that one call at a time gives."""
    texts = _texts()
    expected = {
        (i, o): list(quotekit.extract(t, options=opts))
        for i, t in enumerate(texts)
        for o, opts in enumerate(OPTIONS)
    }
    start = threading.Barrier(THREADS)

    def work(thread: int) -> list[tuple[int, int, list[Quote]]]:
        o = thread % len(OPTIONS)
        order = [(thread + k) % len(texts) for k in range(len(texts))]
        start.wait()
        return [
            (i, o, list(quotekit.extract(texts[i], options=OPTIONS[o])))
            for _ in range(ROUNDS)
            for i in order
        ]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = [r for rs in pool.map(work, range(THREADS)) for r in rs]
    assert len(results) == THREADS * ROUNDS * len(texts)
    for i, o, quotes in results:
        assert quotes == expected[(i, o)], f"text {i} with options {OPTIONS[o]}"


@pytest.mark.usefixtures("busy_switching")
def test_analyze_from_threads_gives_the_same_speakers() -> None:
    """analyze() from 8 threads at once gives each text the speakers one call gives it."""
    texts = _texts()
    expected = [quotekit.analyze(t) for t in texts]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(quotekit.analyze, texts * THREADS))
    assert results == expected * THREADS


MUTABLE: Final = (list, dict, set, bytearray, collections.deque)


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(quotekit.__path__, "quotekit."):
        if not info.name.endswith("__main__"):  # importing it runs the command line
            yield importlib.import_module(info.name)


def _module_state() -> dict[str, Any]:
    """A deep copy of every mutable container at the top level of a quotekit module or of a
    class defined there (not the enum and named-tuple machinery's own tables)."""
    state: dict[str, Any] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, MUTABLE) and not name.startswith("__"):
                state[f"{module.__name__}.{name}"] = copy.deepcopy(value)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, attr_value in vars(value).items():
                    if isinstance(attr_value, MUTABLE) and not attr.startswith("_"):
                        state[f"{module.__name__}.{name}.{attr}"] = copy.deepcopy(attr_value)
    return state


def test_extraction_changes_no_module_level_table() -> None:
    """After extracting from many texts with every option, every list, dict and set at the top
    level of quotekit's modules (and of their classes) is as it was."""
    before = _module_state()
    assert before, "the word tables should be seen"
    for text in _texts():
        for opts in OPTIONS:
            quotekit.analyze(text, options=opts)
    assert _module_state() == before


def test_no_function_rebinds_a_module_global() -> None:
    """No code in the package uses the ``global`` statement: module state is never replaced."""
    package = Path(quotekit.__file__).parent
    offenders = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in sorted(package.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Global)
    ]
    assert offenders == []
