"""Hostile input: no crash, linear work, bounded memory, nothing lost, clear errors (issue 7).

Speed itself is measured by ``benchmarks/scaling.py`` only; these tests measure work and
memory in ways that do not depend on the machine:

- the lines of Python that :func:`quotekit.extract` runs per byte of a text of 2 KB and of
  8 KB of the same kind: it may grow at most :data:`MAX_GROWTH` times (quadratic work grows
  4 times);
- every compiled pattern of the package, scanned over long runs of each kind of character
  (or matched at their start, for patterns the code only anchors), under a hang guard of
  :data:`GUARD_SECONDS`: a linear scan of a run takes milliseconds, a backtracking one
  minutes, so the guard only tells the two apart and is no speed measurement;
- the peak memory allocated through Python (``tracemalloc``) per byte of text, and that of
  ``extract_many`` over a short and a long corpus.

Kinds of text and patterns that are still superlinear are strict xfails naming the code at
fault, so the fix is noticed.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import random
import re
import signal
import sys
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, Final

import pytest
import regex

import quotekit
from hostile_texts import KINDS, news_text
from strategies import check_invariants

# --- no crash on any hostile page ---------------------------------------------------------

#: Size of the hostile pages that are checked for invariants, in UTF-8 bytes.
INVARIANT_SIZE: Final = 3_000


@pytest.mark.parametrize("kind", list(KINDS))
def test_hostile_text_keeps_every_invariant(kind: str) -> None:
    """Each hostile page is read without an exception, and its quotes keep the invariants."""
    text = KINDS[kind](INVARIANT_SIZE)
    check_invariants(text, list(quotekit.extract(text)))
    analysis = quotekit.analyze(text)
    check_invariants(text, list(analysis.quotes))


@pytest.mark.parametrize("text", ["“ ” Kirby said.", '"" Kirby said.', "Kirby said: “”"])
def test_empty_quotation_marks_give_no_quote(text: str) -> None:
    """A pair of quotation marks with nothing but white space between them is no quote."""
    assert [q.text for q in quotekit.extract(text)] == []


# --- work linear in the input -------------------------------------------------------------

#: The two sizes whose work is compared, in UTF-8 bytes.
SMALL: Final = 2_000
LARGE: Final = 8_000
#: The most the lines run per byte may grow from SMALL to LARGE: linear work stays flat (or
#: falls, as fixed costs spread); quadratic work grows with the size, 4 times here.
MAX_GROWTH: Final = 1.25
#: Kinds whose quadratic part is small next to their linear part at 2 KB: compared at 8 KB
#: and 32 KB instead.
LARGER_SIZES: Final = {"the official, paragraph after paragraph": (8_000, 32_000)}


def lines_run(function: Callable[[], object]) -> int:
    """How many lines of Python ``function()`` runs: work counted the same on any machine."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        return local

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


SUPERLINEAR_KINDS: Final[dict[str, str]] = {}
"""Kinds of text on which extract() still does superlinear work, and the code at fault."""


def _lines_per_byte(text: str) -> float:
    return lines_run(lambda: quotekit.extract(text)) / len(text.encode("utf-8"))


def _kind_params(known_failures: dict[str, str]) -> list[Any]:
    """Every kind of hostile page, those in ``known_failures`` as strict xfails with their
    reason."""
    params = []
    for kind in KINDS:
        reason = known_failures.get(kind)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(kind, marks=marks, id=kind))
    return params


@pytest.mark.parametrize("kind", _kind_params(SUPERLINEAR_KINDS))
def test_work_grows_linearly_with_the_text(kind: str) -> None:
    """Four times as much text of one kind costs at most MAX_GROWTH times the lines of Python
    per byte."""
    small_size, large_size = LARGER_SIZES.get(kind, (SMALL, LARGE))
    small, large = KINDS[kind](small_size), KINDS[kind](large_size)
    quotekit.extract(small)  # first-call set-up does not count
    growth = _lines_per_byte(large) / max(_lines_per_byte(small), 1e-9)
    assert growth <= MAX_GROWTH, f"{kind}: lines per byte grew {growth:.1f} times"


# --- the string's own searches scan linearly in the input --------------------------------


class Watched(str):
    """A text that counts the characters its own searches (find, rfind, index, rindex, count,
    ``in``) pass over: work done in C, which the lines of Python do not see (a search from
    every dash to the end of one long line runs one line of Python, and reads the line)."""

    scanned = 0

    def _range(self, start: int | None, end: int | None) -> tuple[int, int]:
        return slice(start, end).indices(len(self))[:2]

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        s, e = self._range(start, end)
        found = str.find(self, sub, s, e)
        Watched.scanned += found + len(sub) - s if found >= 0 else max(0, e - s)
        return found

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        s, e = self._range(start, end)
        found = str.rfind(self, sub, s, e)
        Watched.scanned += e - found if found >= 0 else max(0, e - s)
        return found

    def index(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        found = self.find(sub, start, end)
        if found < 0:
            raise ValueError("substring not found")
        return found

    def rindex(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        found = self.rfind(sub, start, end)
        if found < 0:
            raise ValueError("substring not found")
        return found

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        s, e = self._range(start, end)
        Watched.scanned += max(0, e - s)
        return str.count(self, sub, s, e)

    def __contains__(self, sub: object) -> bool:
        Watched.scanned += len(self)
        return str.__contains__(self, sub)  # type: ignore[operator]


def _scanned_per_byte(text: str) -> float:
    Watched.scanned = 0
    quotekit.extract(Watched(text))
    return Watched.scanned / len(text.encode("utf-8"))


@pytest.mark.parametrize("kind", list(KINDS))
def test_string_searches_grow_linearly_with_the_text(kind: str) -> None:
    """Four times as much text of one kind makes the text's own searches pass over at most
    MAX_GROWTH times as many characters per byte (issue 7: the end of the line after each
    dash attribution was searched for from the dash, over one long line again and again)."""
    small_size, large_size = LARGER_SIZES.get(kind, (SMALL, LARGE))
    small = _scanned_per_byte(KINDS[kind](small_size))
    growth = _scanned_per_byte(KINDS[kind](large_size)) / max(small, 1e-9)
    assert growth <= MAX_GROWTH, f"{kind}: characters searched per byte grew {growth:.1f} times"


def test_a_watched_text_gives_the_same_quotes() -> None:
    """The counting text is read like any str: the same quotes, so the count is of real work."""
    text = KINDS["dash attributions, one paragraph"](2_000) + "\n\n" + news_text(2_000)
    assert quotekit.extract(Watched(text)) == quotekit.extract(text)


# --- the quotes found grow linearly with the text -------------------------------------------

QUADRATIC_OUTPUT: Final[dict[str, str]] = {
    "he said": "each “he said” of “he said he said ...” (one sentence) is a cue whose reported "
    "clause runs to the sentence's end, holding the cues after it, as “Kirby said Smith said "
    "the talks failed” reports both clauses: the quotes' texts are the square of the sentence",
}
"""Kinds of text whose quotes' texts together grow faster than the text, and why."""


def _quoted_per_char(text: str) -> float:
    return sum(len(q.text) for q in quotekit.extract(text)) / len(text)


@pytest.mark.parametrize("kind", _kind_params(QUADRATIC_OUTPUT))
def test_quoted_text_grows_linearly_with_the_text(kind: str) -> None:
    """Four times as much text of one kind gives at most MAX_GROWTH times the quoted
    characters per character (issue 7: in one sentence of “Q,” he said, ... each cue's quote
    ran from the sentence's start, a quote of everything before it)."""
    small_size, large_size = LARGER_SIZES.get(kind, (SMALL, LARGE))
    small = _quoted_per_char(KINDS[kind](small_size))
    large = _quoted_per_char(KINDS[kind](large_size))
    assert large <= MAX_GROWTH * small or large == small == 0, (
        f"{kind}: quoted characters per character grew from {small:.2f} to {large:.2f}"
    )


# --- no backtracking pattern --------------------------------------------------------------

#: Characters in a run that a pattern is scanned over.
RUN_LENGTH: Final = 50_000
#: The hang guard: a linear scan of RUN_LENGTH characters takes milliseconds.
GUARD_SECONDS: Final = 2.0

RUN_UNITS: Final = [
    # one character of each class the patterns use
    *"aAé1 \t\n\r\xa0\u2029.,;:!?…-–—'’‘\"“”«»„「＂()[•*/&$\u200d",
    "e\u0301",
    # the pairs and words that patterns alternate over
    "\r\n",
    "a.",
    "A.",
    "a ",
    "A ",
    "Aa ",
    ". ",
    ".\n",
    " .",
    "\n ",
    " \n",
    "’s",
    "'s",
    "s’ ",
    "1,",
    "1.",
    "a-",
    "a’",
    ": ",
    ", ",
    "” ",
    " “",
    "—A",
    "Mr. ",
    "said ",
    "he said ",
]
"""What the runs are made of: each repeated to RUN_LENGTH characters."""

#: What ends each run: a character that no pattern expects there, so a pattern that read the
#: run must give up on it.
END: Final = "\x00"

# Why: how the package's code calls a pattern by name, to tell patterns it scans text with
# (finditer, search, ...) from patterns it only tries at one place (match, fullmatch).
USE_RE: Final = regex.compile(r"\b(?P<name>[A-Z][A-Z0-9_]*_RE)\.(?P<method>\w+)\(")
ANCHORED: Final = frozenset({"match", "fullmatch"})

PACKAGE_DIR: Final = Path(quotekit.__file__).parent


def _patterns() -> dict[str, tuple[re.Pattern[str] | regex.Pattern[str], bool]]:
    """Every compiled pattern at the top level of quotekit's modules, by ``module.NAME``, and
    whether the code only anchors it (calls nothing but match or fullmatch on it)."""
    methods: dict[str, set[str]] = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        for m in USE_RE.finditer(path.read_text(encoding="utf-8")):
            methods.setdefault(m["name"], set()).add(m["method"])
    found: dict[str, tuple[re.Pattern[str] | regex.Pattern[str], bool]] = {}
    for info in pkgutil.walk_packages(quotekit.__path__, "quotekit."):
        if info.name.endswith("__main__"):
            continue  # importing it runs the command line
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        for name, value in vars(module).items():
            defined_here = regex.search(rf"(?m)^{name}\b[^=\n]*=", source)
            if isinstance(value, (re.Pattern, regex.Pattern)) and defined_here:
                uses = methods.get(name, set())
                found[f"{info.name.removeprefix('quotekit.')}.{name}"] = (
                    value,
                    bool(uses) and uses <= ANCHORED,
                )
    return found


PATTERNS: Final = _patterns()

BACKTRACKING: Final[dict[str, str]] = {}
"""Patterns that still backtrack on long runs, and how."""


class Backtracked(Exception):
    """A pattern ran past the hang guard."""


@contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Raise :class:`Backtracked` in the block after ``seconds`` (where SIGALRM exists)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Backtracked

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _pattern_params() -> list[Any]:
    params = []
    for name in PATTERNS:
        reason = BACKTRACKING.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


def _reverse(pattern: re.Pattern[str] | regex.Pattern[str]) -> bool:
    return isinstance(pattern, regex.Pattern) and bool(pattern.flags & regex.REVERSE)


@pytest.mark.parametrize("name", _pattern_params())
def test_no_pattern_backtracks_on_long_runs(name: str) -> None:
    """Each pattern reads a long run of any character in linear time: scanned over the run
    (where the code scans with it), or matched at the run's start (where it only anchors)."""
    pattern, anchored = PATTERNS[name]
    for unit in RUN_UNITS:
        run = END + unit * (RUN_LENGTH // len(unit)) + END
        try:
            with hang_guard(GUARD_SECONDS):
                if not anchored:
                    for _ in pattern.finditer(run):
                        pass
                elif _reverse(pattern):
                    pattern.match(run, 0, len(run) - 1)
                else:
                    pattern.match(run, 1)
        except Backtracked:
            pytest.fail(f"{name} backtracks on a run of {unit!r}")


def test_every_pattern_is_found() -> None:
    """The pattern scan sees the patterns of the tokenizer, the cues and the resolver."""
    assert {"tokenize.SENTENCE_END_RE", "tokenize.TOKEN_RE", "pipeline.DASH_AFTER_QUOTE_RE"} <= (
        set(PATTERNS)
    )
    assert PATTERNS["pipeline.DASH_AFTER_QUOTE_RE"][1], "the dash pattern is only anchored"
    assert not PATTERNS["tokenize.SENTENCE_END_RE"][1], "the sentence-end pattern scans"


# --- regressions: the pages that were quadratic and are linear now ------------------------


def test_a_run_of_full_stops_is_one_sentence_end() -> None:
    """A long run of stops then a capital ends one sentence, and is read once: the sentence
    pattern used to retry the run from every stop (n² steps, hours for a megabyte)."""
    text = "It was over" + "." * 200_000 + " Then it began."
    with hang_guard(GUARD_SECONDS * 5):
        spans = quotekit.tokenize.sentence_spans(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["It was over" + "." * 200_000, "Then it began."]


def test_white_space_after_a_quote_is_read_once() -> None:
    """A quote followed by a long run of spaces, then its dash attribution, is attributed:
    the dash pattern used to split the run n ways (n² steps per quote)."""
    text = "“We will stay here, all of us,”" + " " * 100_000 + "— Mayor Ana Ruiz"
    with hang_guard(GUARD_SECONDS * 5):
        quotes = quotekit.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will stay here, all of us,", "Ana Ruiz")
    ]


def test_namesakes_are_found_as_by_reading_them_all() -> None:
    """The registry's look-up of a person by first name among the people of a surname gives
    the person that reading all of them in the order made gave (the first whose first name
    fits: equal, an initial of it, or none known), fuller names replacing shorter ones."""
    rng = random.Random(7)
    firsts = ["", "J.", "J", "John", "Jane", "Jo", "A.", "Ann", "Anna", "B"]
    reg = quotekit.resolve.Registry(text="")
    model: list[list[str]] = []  # [first, name] of each person made, in order
    for _ in range(400):
        first = rng.choice(firsts)
        name = f"{first} Smith".strip()
        ent = reg.person(name)
        fit = next((m for m in model if quotekit.resolve._compatible_first(first, m[0])), None)
        if fit is None:
            fit = [first, name]
            model.append(fit)
        elif len(name) > len(fit[1]) and first:
            fit[:] = [first, name]
        assert (ent.first, ent.name) == (fit[0], fit[1])
        assert reg.persons.index(ent) == model.index(fit)


# --- memory ---------------------------------------------------------------------------------

#: Size of the texts whose peak memory is measured, in UTF-8 bytes; the ratio of peak memory
#: to size is about the same from 10 KB to 1 MB (benchmarks/memory.py measures 10 MB).
MEMORY_SIZE: Final = 10_000
#: Peak memory allocated while extracting, over the text's UTF-8 size: issue 7's limit.
MAX_MEMORY_RATIO: Final = 20.0

OVER_MEMORY: Final = {
    "alternating pairs": "about 52 times: a DirectSpan and its tuples for every four bytes",
    "unclosed quote": "about 71 times: one sentence's tokens, each a Tok tuple with a str and "
    "two int objects of its own (about 200 bytes a token)",
    "capitalised words": "about 26 times: a registry event, a mention and a position "
    "for every name run (the tokens of a name run and its entity)",
    "said": "about 74 times: a cue candidate and a Tok for every word of one long sentence",
    "he said": "growing with the square of the sentence (730 times at 10 KB): the quotes "
    "themselves are, each cue's clause holding every cue after it (QUADRATIC_OUTPUT)",
    "possessives in a quote": "about 71 times: a Tok for every word of one long sentence",
    "participle clauses, one sentence": "about 48 times: a Tok for every word of one long "
    "sentence, and a frame for each of its clauses",
    "quotes and cues, one paragraph": "about 40 times: the quotes alone take 26 (a quote every "
    "35 bytes), and each has a Frame, a Phrase and speaker events",
    "dash attributions, one paragraph": "about 43 times: the quotes alone take 26 (a quote every "
    "33 bytes), and each has a DirectSpan, a Frame and a Phrase",
    "quotes and cues, one sentence": "about 120 times: a quote every 29 bytes, each with a "
    "Frame, a DirectSpan and a speaker event (it grew with the square of the sentence before each "
    "cue's quote started after the cue before it)",
    "many people, one surname": "about 55 times: a quote, a Frame with its Phrase and an "
    "Entity with its lists for each sentence of 40 bytes",
    "many organizations": "about 39 times: a quote, a Frame with its Phrase, and an Entity with "
    "its lists, its key and a Speaker for every sentence of 48 bytes",
    "the official, paragraph after paragraph": "about 35 times: the quotes alone take 23 (a "
    "quote every 36 bytes), and each has a DirectSpan, a Frame and a Phrase",
}
"""Kinds of text whose peak memory is over the limit, and what takes it."""


def peak_memory(function: Callable[[], object]) -> int:
    """The most memory allocated through Python at once while ``function()`` runs, in bytes."""
    gc.collect()
    tracemalloc.start()
    try:
        base, _ = tracemalloc.get_traced_memory()
        function()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - base


@pytest.mark.parametrize("kind", _kind_params(OVER_MEMORY))
def test_peak_memory_is_under_twenty_times_the_text(kind: str) -> None:
    """Extracting from a text takes at most MAX_MEMORY_RATIO times its UTF-8 size in memory."""
    text = KINDS[kind](MEMORY_SIZE)
    quotekit.extract(KINDS["news"](2_000))  # first-call set-up does not count
    ratio = peak_memory(lambda: quotekit.extract(text)) / len(text.encode("utf-8"))
    assert ratio <= MAX_MEMORY_RATIO, f"{kind}: peak memory {ratio:.0f} times the text"


# --- many documents: extract_many streams, loses nothing --------------------------------------

extract_many: Callable[..., Iterator[Sequence[quotekit.Quote]]] | None = getattr(
    quotekit, "extract_many", None
)
needs_extract_many = pytest.mark.skipif(
    extract_many is None, reason="quotekit.extract_many does not exist yet"
)


@needs_extract_many
def test_extract_many_reads_one_document_at_a_time() -> None:
    """extract_many (in this process) takes the next text only when the next result is asked
    for, so a generator over a corpus is never read ahead."""
    assert extract_many is not None
    taken = 0

    def corpus() -> Iterator[str]:
        nonlocal taken
        for seed in range(5):
            taken += 1
            yield news_text(2_000, seed=seed)

    results = extract_many(corpus())
    for i, _quotes in enumerate(results, start=1):
        assert taken == i


@needs_extract_many
def test_extract_many_memory_does_not_grow_with_the_corpus() -> None:
    """The peak memory of extract_many over 30 documents is about that over 3: it holds one
    document and its quotes at a time."""
    assert extract_many is not None
    many = extract_many

    def consume(count: int) -> None:
        for _quotes in many(news_text(10_000, seed=seed) for seed in range(count)):
            pass

    consume(1)  # first-call set-up does not count
    few, lots = peak_memory(lambda: consume(3)), peak_memory(lambda: consume(30))
    assert lots <= 1.5 * few, f"3 documents: {few} bytes at most; 30: {lots}"


@needs_extract_many
@pytest.mark.parametrize("workers", [1, 2])
def test_extract_many_gives_every_document_its_result(workers: int) -> None:
    """One result per text, in order, hostile pages and empty texts included: nothing is
    dropped, and each result is what extract() gives that text."""
    assert extract_many is not None
    texts = ["", *(KINDS[k](1_000) for k in KINDS), "   ", news_text(3_000, seed=1)]
    results = [list(r) for r in extract_many(texts, workers=workers, chunksize=3)]
    assert results == [list(quotekit.extract(t)) for t in texts]


# --- clear errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "advice"),
    [
        (b"\xe2\x80\x9cHi,\xe2\x80\x9d he said.", "decode"),
        (bytearray(b"x"), "decode"),
        (memoryview(b"x"), "decode"),
        (None, "str"),
        (["one text", "another"], "extract_many"),
        (("a tuple",), "extract_many"),
        (42, "str"),
        (iter(["x"]), "str"),
    ],
)
@pytest.mark.parametrize("entry", [quotekit.extract, quotekit.analyze])
def test_a_wrong_type_says_what_to_do(
    entry: Callable[..., object], bad: object, advice: str
) -> None:
    """Bytes, None, a list or anything but a str raise InputTypeError (a QuotekitError and a
    TypeError) whose message says what to pass instead."""
    with pytest.raises(quotekit.InputTypeError) as info:
        entry(bad)
    assert isinstance(info.value, quotekit.QuotekitError)
    assert isinstance(info.value, TypeError)
    assert advice in str(info.value)


@pytest.mark.parametrize(
    ("options", "advice"),
    [
        ({"min_conf": 0.5}, "min_confidence"),
        ({"confidence": 0.5}, "min_confidence"),
        ({"min_confidence": -0.1}, "between 0 and 1"),
        ({"min_confidence": 1.5}, "between 0 and 1"),
        ({"min_confidence": float("nan")}, "between 0 and 1"),
        ({"min_confidence": "0.5"}, "number"),
        ({"min_confidence": None}, "number"),
        ({"kinds": ["direct", "quoted"]}, "direct, indirect, mixed"),
        ({"backend": "spacy"}, "rules"),
        ({"options": {"min_confidence": 0.5}}, "quotekit.Options"),
    ],
)
def test_an_invalid_option_says_what_to_do(options: dict[str, Any], advice: str) -> None:
    """Unknown keywords and values out of range raise OptionsError (a QuotekitError and a
    ValueError) whose message names what is allowed."""
    with pytest.raises(quotekit.OptionsError) as info:
        quotekit.extract("“Yes,” Kirby said.", **options)
    assert isinstance(info.value, quotekit.QuotekitError)
    assert advice in str(info.value)


def test_kinds_that_are_not_a_collection_raise_options_error() -> None:
    """kinds=5 raises OptionsError naming the kinds, not a bare TypeError."""
    with pytest.raises(quotekit.OptionsError, match="direct, indirect, mixed"):
        quotekit.extract("“Yes,” Kirby said.", kinds=5)


def test_a_flag_that_is_not_a_bool_raises_options_error() -> None:
    """resolve_speakers='no' raises OptionsError instead of being read as true."""
    with pytest.raises(quotekit.OptionsError, match="resolve_speakers"):
        quotekit.extract("“Yes,” Kirby said.", resolve_speakers="no")


# --- tokens alive at once ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["unclosed quote", "one paragraph", "said"])
def test_a_huge_sentence_is_read_for_frames_in_pieces(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence of megabytes (a quote that never closes, a page with no full stop) is read for
    its frames a piece at a time, never tokenized whole: all its tokens alive at once made each
    full garbage collection walk them (Tok is a tuple subclass, which CPython never stops
    tracking), and the time per MB grew with the text (2.5 times from 100 KB to 10 MB)."""
    from quotekit import pipeline

    longest = 0
    tokenize = pipeline.sentence_tokens

    def counting(text: str, start: int, end: int, protected: Any) -> Any:
        nonlocal longest
        longest = max(longest, end - start)
        return tokenize(text, start, end, protected)

    monkeypatch.setattr(pipeline, "sentence_tokens", counting)
    text = KINDS[kind](5 * pipeline.MAX_FRAME_SENTENCE)
    check_invariants(text, quotekit.extract(text))
    assert 0 < longest <= pipeline.MAX_FRAME_SENTENCE


def test_frame_windows_cover_each_sentence_cut_at_spaces() -> None:
    """The pieces of a long sentence follow each other with no gap, each at most
    MAX_FRAME_SENTENCE long, each cut at a space where the piece has one; short sentences are
    kept whole."""
    from quotekit.pipeline import MAX_FRAME_SENTENCE, _frame_windows

    rng = random.Random(7)
    words = "".join(rng.choice(["a ", "said ", "“Kirby ", "x" * 30, " "]) for _ in range(20_000))
    text = words + "z" * (3 * MAX_FRAME_SENTENCE)  # a tail with no space at all
    sentences = [(0, 10), (10, len(text))]
    pieces = list(_frame_windows(text, sentences))
    assert pieces[0] == (0, 10)
    assert [p[0] for p in pieces[2:]] == [p[1] for p in pieces[1:-1]]
    assert pieces[-1][1] == len(text)
    assert all(0 < e - s <= MAX_FRAME_SENTENCE for s, e in pieces)
    assert all(text[e] == " " for _, e in pieces[1:-1] if e < len(words))
