"""The string checks that spare the pipeline a call into ``regex`` say no only where the
pattern they stand before cannot match."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from quotekit import extract, pipeline

# the characters that decide the patterns: spaces and line ends, dashes, capitals, a colon
_PIECES = " \t\u00a0\u3000\r\n\u2029—–―-AZÉaz:.,’'\""


def test_the_dash_check_lets_every_dash_attribution_through() -> None:
    for n in range(5):
        for chars in itertools.product(_PIECES, repeat=n):
            text = "".join(chars)
            if pipeline.DASH_AFTER_QUOTE_RE.match(text, 0):
                assert pipeline._may_dash_after(text, 0), repr(text)


@given(st.text(alphabet=_PIECES, max_size=12), st.integers(0, 12))
def test_the_dash_check_agrees_with_the_pattern(text: str, pos: int) -> None:
    if pipeline.DASH_AFTER_QUOTE_RE.match(text, pos):
        assert pipeline._may_dash_after(text, pos)


def test_the_dash_check_rules_out_a_cue_after_the_quote() -> None:
    assert not pipeline._may_dash_after("“We will win,” she said.", 14)
    assert not pipeline._may_dash_after("“We will win.”", 14)
    assert pipeline._may_dash_after("“We will win.” — Mayor Ana Ruiz", 14)
    assert pipeline._may_dash_after("“We will win.”\n— Mayor Ana Ruiz", 14)


def test_dash_and_transcript_attributions_still_come() -> None:
    text = (
        "“We will rebuild the bridge by spring.” — Mayor Ana Ruiz\n\n"
        "“RUIZ: The money is there. HOLT: Is it?” the transcript reads."
    )
    quotes = extract(text)
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Ana Ruiz"
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "—"
    assert quotes[1].cue is not None
    assert quotes[1].cue.text == ":"
    assert quotes[1].speaker_mention is not None
    assert quotes[1].speaker_mention.text == "RUIZ"
