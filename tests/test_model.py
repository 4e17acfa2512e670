"""The typed models: validation and to_dict/from_dict round trips."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import Analysis, Mention, MentionKind, Quote, QuoteKind, Span, Speaker, SpeakerKind


@st.composite
def spans_in(draw: st.DrawFn, source: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(source)))
    end = draw(st.integers(start, len(source)))
    return start, end


@st.composite
def quotes(draw: st.DrawFn) -> tuple[str, Quote]:
    source = draw(st.text(min_size=1, max_size=60))
    s, e = draw(spans_in(source))
    ms, me = draw(spans_in(source))
    mention = Mention(text=source[ms:me], start=ms, end=me, kind=draw(st.sampled_from(MentionKind)))
    speaker = draw(
        st.none()
        | st.builds(
            Speaker,
            name=st.text(max_size=20),
            kind=st.sampled_from(SpeakerKind),
            title=st.none() | st.text(max_size=20),
            mentions=st.just((mention,)),
        )
    )
    cs, ce = draw(spans_in(source))
    quote = Quote(
        text=source[s:e],
        start=s,
        end=e,
        kind=draw(st.sampled_from(QuoteKind)),
        cue=draw(st.none() | st.just(Span(text=source[cs:ce], start=cs, end=ce))),
        speaker=speaker,
        speaker_mention=draw(st.none() | st.just(mention)),
        confidence=draw(st.floats(0, 1)),
        paragraph=draw(st.integers(0, 50)),
    )
    return source, quote


@given(quotes())
def test_quote_round_trips_through_json(pair: tuple[str, Quote]) -> None:
    """Quote.from_dict(to_dict()) gives an equal quote, also through JSON text."""
    _source, quote = pair
    data = quote.to_dict()
    assert Quote.from_dict(data) == quote
    assert Quote.from_dict(json.loads(json.dumps(data))) == quote


def test_analysis_of_seed_round_trips() -> None:
    """A real analysis survives to_dict/from_dict unchanged."""
    text = (
        "White House spokesman John Kirby spoke. “It’s a trickle,” he said. "
        "Kirby said aid was slow."
    )
    a = quotekit.analyze(text)
    assert Analysis.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_quote_rejects_inconsistent_offsets() -> None:
    """A quote whose text does not fit its offsets, or runs backwards, is refused."""
    with pytest.raises(ValueError, match="spans"):
        Quote(text="abc", start=0, end=5, kind="direct")
    with pytest.raises(ValueError, match="before start"):
        Quote(text="", start=5, end=3, kind="direct")
    with pytest.raises(ValueError, match=">= 0"):
        Span(text="", start=-1, end=-1)


def test_quote_rejects_confidence_out_of_range_and_bad_kind() -> None:
    """Confidence must lie in 0..1 and kind must be a QuoteKind."""
    with pytest.raises(ValueError, match="confidence"):
        Quote(text="a", start=0, end=1, kind="direct", confidence=1.5)
    with pytest.raises(ValueError, match="'quoted' is not a valid QuoteKind"):
        Quote(text="a", start=0, end=1, kind="quoted")


def test_models_are_frozen() -> None:
    """Models cannot be changed after creation."""
    q = Quote(text="a", start=0, end=1, kind="direct")
    with pytest.raises(AttributeError):
        q.start = 3  # type: ignore[misc]


def test_parts_default_to_the_whole_quote_and_must_lie_inside() -> None:
    """parts defaults to ((start, end),) and a part outside the quote is refused."""
    q = Quote(text="ab", start=2, end=4, kind="indirect")
    assert q.parts == ((2, 4),)
    with pytest.raises(ValueError, match="outside"):
        Quote(text="ab", start=2, end=4, kind="indirect", parts=[(0, 3)])


def test_enums_are_strings() -> None:
    """Kinds compare equal to their string values, for JSON and data frames."""
    assert QuoteKind.DIRECT == "direct"
    assert str(QuoteKind.MIXED) == "mixed"
    assert SpeakerKind("anonymous") is SpeakerKind.ANONYMOUS
