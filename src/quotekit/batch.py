"""Many documents on one machine: :func:`extract_many`.

Outer ring: it calls the public :func:`quotekit.extract` (in this process or in worker
processes) and nothing in the pipeline imports it.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, Final

from .api import extract
from .errors import InputTypeError, OptionsError, QuotekitError
from .model import Quote, QuoteList
from .options import Options, merge_options

__all__ = ["extract_many"]

#: Documents sent to a worker process at a time. News articles take a few milliseconds each,
#: so a chunk of this size is tens of milliseconds of work: long enough that passing it to a
#: process costs little, short enough that results keep flowing.
DEFAULT_CHUNKSIZE: Final = 16

#: Chunks in flight per worker: one being worked on and one waiting, so no worker idles while
#: the caller takes results, and memory holds at most this many chunks per worker.
CHUNKS_IN_FLIGHT_PER_WORKER: Final = 2

# What a worker sends back for one document: its quotes, or the error it raised.
_Result = tuple[Quote, ...] | QuotekitError


def _extract_chunk(texts: list[Any], options: Options) -> list[_Result]:
    """Extract from each text of a chunk in a worker process, keeping each one's error."""
    results: list[_Result] = []
    for text in texts:
        try:
            results.append(tuple(extract(text, options=options)))
        except QuotekitError as exc:
            results.append(exc)
    return results


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise OptionsError(f"{name} must be a whole number of at least 1, got {value!r}")
    return value


def extract_many(
    texts: Iterable[str],
    *,
    workers: int | None = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
    options: Options | None = None,
    pipeline: Any = None,
    **overrides: Any,
) -> Iterator[QuoteList]:
    """The quotes of many texts, yielded one list per text in the order of ``texts``.

    ``texts`` is read lazily and results are yielded as they come, so a generator over a
    folder of files is never held in memory whole: with worker processes, at most
    ``2 × workers × chunksize`` texts and their results are in flight at once. Each result is
    what :func:`quotekit.extract` returns for that text.

    With ``workers=1`` (the default) everything runs in this process. With more, chunks of
    ``chunksize`` texts go to that many processes (``concurrent.futures``); ``workers=None``
    uses every core this process may run on. As with any code that starts processes, call it
    under ``if __name__ == "__main__":`` in scripts on platforms that spawn them (macOS,
    Windows).

    Args:
        texts: the documents, each a ``str``.
        workers: how many processes extract; 1 runs in this process.
        chunksize: how many texts a worker takes at a time.
        options: an :class:`Options`; keyword ``overrides`` replace its fields, as for
            :func:`quotekit.extract`.
        pipeline: with ``backend="stanza"``, the stanza pipeline, as for
            :func:`quotekit.extract`; it stays in this process, so only with ``workers=1``.

    Yields:
        One list of quotes per text (a ``QuoteList``, as ``extract`` returns), in input order.

    Raises:
        OptionsError: an option is unknown or out of range (raised at the call).
        OptionsError: ``workers`` or ``chunksize`` is not a whole number of at least 1, or a
            ``pipeline`` is given with more than one worker.
        InputTypeError: ``texts`` is a single ``str`` (use :func:`quotekit.extract`), or one
            of the texts is not a ``str``: raised where that text's result would be, after
            the results of the texts before it.

    Examples:
        >>> texts = ["“Yes,” Kirby said.", "No quotes.", "Kirby said it was over."]
        >>> [[q.text for q in quotes] for quotes in extract_many(texts)]
        [['Yes,'], [], ['it was over']]
    """
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(
            "extract_many() takes many texts (a list, or any iterable of str), "
            "got one text: use quotekit.extract(text) for it"
        )
    opts = merge_options(options, overrides)
    n_workers = _cpu_count() if workers is None else _positive("workers", workers)
    size = _positive("chunksize", chunksize)
    if n_workers == 1:
        return (extract(text, options=opts, pipeline=pipeline) for text in texts)
    if pipeline is not None:
        # A stanza pipeline holds its models in memory: copying it into every worker would
        # cost more than it saves, and it may not pickle at all.
        raise OptionsError(
            "a pipeline= runs in this process: use workers=1 with it, or build one pipeline "
            "per worker process yourself (see the Dask and Spark recipes in the docs)"
        )
    return _in_processes(iter(texts), opts, n_workers, size)


def _chunks(texts: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(islice(texts, size)):
        yield chunk


def _in_processes(
    texts: Iterator[Any], options: Options, workers: int, chunksize: int
) -> Iterator[QuoteList]:
    """Chunks to a process pool, a bounded number in flight, results in input order."""
    in_flight = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    pending: deque[tuple[list[Any], Future[list[_Result]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for chunk in _chunks(texts, chunksize):
            pending.append((chunk, pool.submit(_extract_chunk, chunk, options)))
            if len(pending) >= in_flight:
                yield from _emit(*pending.popleft())
        while pending:
            yield from _emit(*pending.popleft())
    finally:
        # Reached also when the caller stops early: drop what has not started, wait for the
        # few chunks that have.
        pool.shutdown(wait=True, cancel_futures=True)


def _emit(chunk: list[Any], future: Future[list[_Result]]) -> Iterator[QuoteList]:
    for text, result in zip(chunk, future.result(), strict=True):
        if isinstance(result, QuotekitError):
            raise result
        # The worker sends back the quotes only; the text is already here.
        yield QuoteList(result, text=text)
