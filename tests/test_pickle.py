"""Everything quotekit hands out pickles, so it can travel to worker processes and clusters."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import quotekit
from quotekit import (
    InputTypeError,
    MissingDependencyError,
    OffsetError,
    Options,
    OptionsError,
    QuotekitError,
)

SEED = (Path(__file__).parent.parent / "seeds" / "biden-netanyahu-kirby.txt").read_text(
    encoding="utf-8"
)

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_analysis_and_its_parts_round_trip(protocol: int) -> None:
    """An Analysis, its quotes, speakers, mentions and spans come back equal."""
    a = quotekit.analyze(SEED)
    assert pickle.loads(pickle.dumps(a, protocol)) == a
    for q in a.quotes:
        back = pickle.loads(pickle.dumps(q, protocol))
        assert back == q
        assert back.kind is q.kind
        assert back.parts == q.parts
    for s in a.speakers:
        assert pickle.loads(pickle.dumps(s, protocol)) == s


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_quote_list_keeps_its_text(protocol: int) -> None:
    """The QuoteList from extract() comes back with its quotes and its text."""
    quotes = quotekit.extract(SEED)
    back = pickle.loads(pickle.dumps(quotes, protocol))
    assert type(back) is quotekit.QuoteList
    assert back == quotes
    assert back.text == SEED


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_options_round_trip_and_still_work(protocol: int) -> None:
    """Options come back equal, frozen, and give the same extraction."""
    opts = Options(min_confidence=0.5, kinds=["direct", "mixed"], resolve_speakers=False)
    back = pickle.loads(pickle.dumps(opts, protocol))
    assert back == opts
    assert quotekit.extract(SEED, options=back) == quotekit.extract(SEED, options=opts)


@pytest.mark.parametrize(
    "error",
    [
        QuotekitError("x"),
        InputTypeError("decode it first"),
        OptionsError("unknown option"),
        OffsetError("does not fit"),
        MissingDependencyError("pip install 'quotekit[pandas]'"),
    ],
)
def test_errors_round_trip(error: QuotekitError) -> None:
    """quotekit's errors pickle with their type and message (they cross process boundaries)."""
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
