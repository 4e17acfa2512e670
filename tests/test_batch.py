"""extract_many(): many texts, in this process or in worker processes, in input order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import quotekit
from quotekit import InputTypeError, OptionsError, QuoteList
from quotekit.batch import CHUNKS_IN_FLIGHT_PER_WORKER

SEED = (Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt").read_text(
    encoding="utf-8"
)

TEXTS = [
    "“It’s still just a trickle,” Kirby said.",
    "Nothing to report.",
    SEED,
    "Blinken said the talks would go on.",
    "",
    "“We are hopeful,” she said. “Very hopeful.”",
] * 5


def numbered(n: int) -> list[str]:
    """``n`` different short texts, each with one quote naming its number."""
    return [f"“Number {i} is here,” Kirby said." for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_match_extract_in_input_order(workers: int) -> None:
    """Each result equals extract() of the text at the same position, with that text kept."""
    results = list(quotekit.extract_many(TEXTS, workers=workers, chunksize=4))
    assert len(results) == len(TEXTS)
    for text, quotes in zip(TEXTS, results, strict=True):
        assert isinstance(quotes, QuoteList)
        assert quotes == quotekit.extract(text)
        assert quotes.text == text


def test_order_holds_across_many_small_chunks() -> None:
    """With chunks of one text and two workers, the nth result is still the nth text's."""
    texts = numbered(40)
    results = quotekit.extract_many(texts, workers=2, chunksize=1)
    assert [q[0].text for q in results] == [f"Number {i} is here," for i in range(40)]


@pytest.mark.parametrize("workers", [1, 2])
def test_options_apply_to_every_text(workers: int) -> None:
    """Keyword overrides and an Options object reach every worker."""
    results = quotekit.extract_many(TEXTS[:6], workers=workers, kinds=["direct"])
    assert all(q.kind.value == "direct" for quotes in results for q in quotes)
    opts = quotekit.Options(min_confidence=0.99)
    assert all(not r for r in quotekit.extract_many(TEXTS[:6], workers=workers, options=opts))


def test_input_is_read_lazily_with_bounded_work_in_flight() -> None:
    """Workers never run more than two chunks each ahead of the results taken."""
    consumed = 0

    def texts() -> Iterator[str]:
        nonlocal consumed
        for text in numbered(1000):
            consumed += 1
            yield text

    workers, chunksize = 2, 5
    results = quotekit.extract_many(texts(), workers=workers, chunksize=chunksize)
    bound = workers * CHUNKS_IN_FLIGHT_PER_WORKER * chunksize
    for taken in range(1, 60):
        next(results)
        assert consumed <= taken + bound
    results.close()  # type: ignore[attr-defined]
    assert consumed < 1000


def test_in_process_run_is_lazy_too() -> None:
    """With one worker, a text is read only when its result is asked for."""
    consumed = 0

    def texts() -> Iterator[str]:
        nonlocal consumed
        for text in numbered(10):
            consumed += 1
            yield text

    results = quotekit.extract_many(texts())
    assert consumed == 0
    next(results)
    assert consumed == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_a_bad_text_raises_at_its_position(workers: int) -> None:
    """The results before a non-str text come out, then its InputTypeError is raised."""
    texts: list[object] = [*numbered(5), b"bytes", *numbered(3)]
    results = quotekit.extract_many(texts, workers=workers, chunksize=4)  # type: ignore[arg-type]
    got = [next(results) for _ in range(5)]
    assert [q[0].text for q in got] == [f"Number {i} is here," for i in range(5)]
    with pytest.raises(InputTypeError, match="decode it first"):
        next(results)


def test_arguments_are_checked_at_the_call() -> None:
    """Bad options, workers or chunk sizes raise before any text is read; so does one str."""
    with pytest.raises(OptionsError, match="unknown option"):
        quotekit.extract_many(TEXTS, min_conf=1)
    with pytest.raises(OptionsError, match="workers must be a whole number of at least 1"):
        quotekit.extract_many(TEXTS, workers=0)
    with pytest.raises(OptionsError, match="chunksize"):
        quotekit.extract_many(TEXTS, chunksize=0)
    with pytest.raises(InputTypeError, match=r"use quotekit.extract\(text\)"):
        quotekit.extract_many(SEED)


def test_workers_none_uses_every_core() -> None:
    """workers=None runs on every available core and gives the same results."""
    assert list(quotekit.extract_many(TEXTS[:6], workers=None)) == [
        quotekit.extract(t) for t in TEXTS[:6]
    ]


def test_no_texts_gives_no_results() -> None:
    """An empty input yields nothing, with or without workers."""
    assert list(quotekit.extract_many([])) == []
    assert list(quotekit.extract_many(iter([]), workers=2)) == []


def test_a_pipeline_is_passed_on_in_process_and_refused_with_workers() -> None:
    """pipeline= reaches extract() with one worker; with more, it is an OptionsError at once."""
    results = quotekit.extract_many(["“Yes,” Kirby said."], pipeline=object())
    with pytest.raises(OptionsError, match="pipeline= is for the stanza backend"):
        next(results)
    with pytest.raises(OptionsError, match="use workers=1 with it"):
        quotekit.extract_many(TEXTS, workers=2, backend="stanza", pipeline=object())
