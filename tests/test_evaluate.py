"""Tests of quotekit.evaluate: the scorer on hand-worked cases, the readers, the report, the CLI.

Every expected number is worked out by hand in the test; no test needs ../shared/data.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotekit import evaluate as ev
from quotekit.errors import OptionsError, QuotekitError
from quotekit.evaluate import (
    ErrorCategory,
    GoldDocument,
    GoldFormatError,
    GoldNotFoundError,
    GoldQuote,
    PredictionsError,
    Ratio,
    SpeakerForm,
    content_positions,
    derive_kind,
    load_gold,
    names_match,
    score,
    speaker_form,
)
from quotekit.model import Mention, Quote, QuoteKind, Speaker

DATA = Path(__file__).parent / "eval_data"

# “Ban the cars,” has 10 content characters: B-a-n t-h-e c-a-r-s.
MAYOR = "“Ban the cars,” the mayor said. Traffic fell by half, officials said."

# Two quotes: a direct one by a name, an indirect one by a pronoun.
FERRY = (
    "“The ferry will run again on Friday,” said Ines Duarte, the operator’s spokeswoman. "
    "She added that tickets bought for the cancelled sailings would be refunded."
)

# A direct quote split by narration: only the two quoted parts are gold.
TALKS = "“We are close,” the negotiator said, “but not there yet.”"


def at(text: str, sub: str, nth: int = 1) -> tuple[int, int]:
    """The offsets of the nth occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def gold(
    text: str,
    sub: str,
    kind: str = "direct",
    *,
    parts: list[str] | None = None,
    speaker: str | None = None,
    mentions: list[str] | None = None,
) -> GoldQuote:
    """A gold quote over ``sub``; ``parts`` (substrings) become its spans."""
    start, end = at(text, sub)
    spans = [at(text, p) for p in parts] if parts else []
    return GoldQuote(
        start=start,
        end=end,
        text=sub,
        kind=kind,
        spans=spans,
        speaker=speaker,
        speaker_mentions=[at(text, m) for m in (mentions or [])],
    )


def mention(text: str, sub: str, nth: int = 1, kind: str = "name") -> Mention:
    """A mention of ``sub`` (its nth occurrence) in ``text``."""
    start, end = at(text, sub, nth)
    return Mention(text=sub, start=start, end=end, kind=kind)


def pred(
    text: str,
    sub: str,
    kind: str = "direct",
    *,
    nth: int = 1,
    speaker: Speaker | None = None,
    said_by: Mention | None = None,
) -> Quote:
    """A predicted quote over ``sub``."""
    start, end = at(text, sub, nth)
    return Quote(
        text=sub, start=start, end=end, kind=kind, speaker=speaker, speaker_mention=said_by
    )


def doc(text: str, *quotes: GoldQuote, doc_id: str = "d") -> GoldDocument:
    """A gold document."""
    return GoldDocument(id=doc_id, text=text, quotes=quotes)


# --------------------------------------------------------------------------------------------
# Content characters and matching


def test_content_positions_are_letters_and_digits_only() -> None:
    """Quotation marks, punctuation and spaces are not content; letters and digits are."""
    text = "“Up 5%,” he said."
    assert sorted(content_positions(text, [(0, 8)])) == [1, 2, 4]


def test_exact_prediction_scores_one() -> None:
    """A prediction equal to the only gold quote gives precision, recall and F1 of 1."""
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [[pred(MAYOR, "“Ban the cars,”")]])
    assert report.overall.precision == Ratio(1, 1)
    assert report.overall.recall == Ratio(1, 1)
    assert report.overall.f1 == 1.0
    assert report.errors == ()


def test_marks_and_trailing_comma_do_not_matter() -> None:
    """A span without its quotation marks and comma matches the gold span that has them."""
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [[pred(MAYOR, "Ban the cars")]])
    assert report.overall.recall == Ratio(1, 1)
    assert report.overall.precision == Ratio(1, 1)


@pytest.mark.parametrize(
    ("guess", "tau", "found"),
    [
        ("cars", 0.5, False),  # 4 of 10 content characters
        ("cars", 0.3, True),  # 0.4 >= 0.3
        ("Ban", 0.3, True),  # exactly 3 of 10: the threshold is inclusive
        ("Ban", 0.5, False),  # 0.3 < 0.5
        ("the cars", 0.5, True),  # 7 of 10
    ],
)
def test_recall_threshold(guess: str, tau: float, found: bool) -> None:
    """A gold quote is found when predictions cover at least τ of its content characters."""
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [[pred(MAYOR, guess)]], tau=tau)
    assert report.overall.recall == Ratio(int(found), 1)


@pytest.mark.parametrize(
    ("guess", "tau", "correct"),
    [
        # 10 gold characters + "themayor" (8) = 18; 10/18 = 0.56
        ("“Ban the cars,” the mayor", 0.5, True),
        # 10 + "themayorsaid" (12) = 22; 10/22 = 0.45
        ("“Ban the cars,” the mayor said", 0.5, False),
        ("“Ban the cars,” the mayor said", 0.3, True),
    ],
)
def test_precision_threshold(guess: str, tau: float, correct: bool) -> None:
    """A prediction is correct when at least τ of its content characters lie in gold quotes."""
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [[pred(MAYOR, guess)]], tau=tau)
    assert report.overall.precision == Ratio(int(correct), 1)
    assert report.overall.recall == Ratio(1, 1)  # all 10 gold characters are covered


def test_recall_counts_the_union_of_predictions() -> None:
    """Two predictions that each cover under τ of a gold quote find it together."""
    # "Ban" 3 + "cars" 4 = 7 of 10 >= 0.5; each alone is under 0.5
    guesses = [pred(MAYOR, "Ban"), pred(MAYOR, "cars")]
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [guesses])
    assert report.overall.recall == Ratio(1, 1)
    assert report.overall.precision == Ratio(2, 2)


def test_split_quote_counts_only_its_spans() -> None:
    """Narration between a gold quote's spans is not gold: a prediction of it is spurious."""
    g = gold(TALKS, TALKS, parts=["“We are close,”", "“but not there yet.”"])
    report = score([doc(TALKS, g)], [[pred(TALKS, "the negotiator said")]])
    # "thenegotiatorsaid": 17 characters, none inside a span
    assert report.overall.precision == Ratio(0, 1)
    assert report.overall.recall == Ratio(0, 1)


@pytest.mark.parametrize(("tau", "correct"), [(0.5, True), (0.6, False)])
def test_prediction_of_a_split_quote_hull(tau: float, correct: bool) -> None:
    """A prediction of the whole hull finds the split quote; its narration lowers precision."""
    g = gold(TALKS, TALKS, parts=["“We are close,”", "“but not there yet.”"])
    report = score([doc(TALKS, g)], [[pred(TALKS, TALKS)]], tau=tau)
    # gold: "Weareclose" 10 + "butnotthereyet" 14 = 24; hull adds "thenegotiatorsaid" 17
    # -> recall 24/24; precision share 24/41 = 0.585
    assert report.overall.recall == Ratio(1, 1)
    assert report.overall.precision == Ratio(int(correct), 1)


def test_predicted_parts_are_scored_not_the_hull() -> None:
    """A predicted quote's ``parts`` are its content: narration inside the hull is left out."""
    first, second = at(TALKS, "We are close"), at(TALKS, "but not there yet")
    guess = Quote(
        text=TALKS[first[0] : second[1]],
        start=first[0],
        end=second[1],
        kind="direct",
        parts=[first, second],
    )
    g = gold(TALKS, TALKS, parts=["“We are close,”", "“but not there yet.”"])
    report = score([doc(TALKS, g)], [[guess]], tau=0.6)  # 24/24 inside gold
    assert report.overall.precision == Ratio(1, 1)


def test_empty_documents() -> None:
    """Documents with no gold quotes and no predictions leave every score undefined."""
    report = score([doc("Nothing was said."), doc("")], [[], []])
    assert report.overall.precision == Ratio(0, 0)
    assert report.overall.precision.value is None
    assert report.overall.recall.value is None
    assert report.overall.f1 is None
    assert report.documents == 2
    assert report.gold_quotes == report.predicted_quotes == 0


def test_prediction_in_a_document_without_quotes_is_spurious() -> None:
    """A prediction where the gold has no quote counts against precision; F1 is then 0."""
    text = "Nothing was said."
    report = score([doc(text)], [[pred(text, "Nothing was said")]])
    assert report.overall.precision == Ratio(0, 1)
    assert report.overall.recall.value is None
    assert report.overall.f1 == 0.0
    assert [e.category for e in report.errors] == [ErrorCategory.SPURIOUS]


def test_no_predictions_gives_zero_recall_and_f1() -> None:
    """Gold quotes and no prediction: recall 0, precision undefined, F1 0."""
    report = score([doc(MAYOR, gold(MAYOR, "“Ban the cars,”"))], [[]])
    assert report.overall.recall == Ratio(0, 1)
    assert report.overall.precision == Ratio(0, 0)  # undefined
    assert report.overall.f1 == 0.0


def test_f1_is_the_harmonic_mean() -> None:
    """F1 from precision 1/2 and recall 1/2 is 1/2; from 1 and 1/2 it is 2/3."""
    g1, g2 = gold(FERRY, "“The ferry will run again on Friday,”"), gold(FERRY, "tickets bought")
    spurious = pred(FERRY, "the operator’s spokeswoman")
    report = score([doc(FERRY, g1, g2)], [[pred(FERRY, "The ferry will run"), spurious]])
    # "Theferrywillrun" 15 of 29 gold characters >= 0.5: found; g2 missed
    assert report.overall.precision == Ratio(1, 2)
    assert report.overall.recall == Ratio(1, 2)
    assert report.overall.f1 == pytest.approx(0.5)
    report = score([doc(FERRY, g1, g2)], [[pred(FERRY, "The ferry will run")]])
    assert report.overall.f1 == pytest.approx(2 / 3)


def test_precision_by_predicted_kind_recall_by_gold_kind() -> None:
    """Precision is broken down by the predicted quote's kind, recall by the gold quote's."""
    g = gold(MAYOR, "“Ban the cars,”", "direct")
    report = score([doc(MAYOR, g)], [[pred(MAYOR, "Ban the cars", "indirect")]])
    assert report.by_kind["indirect"].precision == Ratio(1, 1)
    assert report.by_kind["direct"].precision == Ratio(0, 0)
    assert report.by_kind["direct"].recall == Ratio(1, 1)
    assert report.by_kind["indirect"].recall == Ratio(0, 0)
    assert set(report.by_kind) == {"direct", "indirect", "mixed"}


def test_gold_kind_outside_the_model_gets_its_own_row() -> None:
    """A corpus's own kind ("alternative" in CLiC) is scored in its own row, with no precision."""
    g = gold(MAYOR, "“Ban the cars,”", "alternative")
    report = score([doc(MAYOR, g)], [[pred(MAYOR, "Ban the cars")]])
    assert report.by_kind["alternative"].recall == Ratio(1, 1)
    assert report.by_kind["alternative"].precision is None
    assert report.overall.recall == Ratio(1, 1)


# --------------------------------------------------------------------------------------------
# Speakers

DUARTE = "“The ferry will run again on Friday,”"
REFUNDS = "tickets bought for the cancelled sailings would be refunded"


def ferry_gold() -> GoldDocument:
    """FERRY with its two gold quotes and speakers."""
    return doc(
        FERRY,
        gold(FERRY, DUARTE, speaker="Ines Duarte", mentions=["Ines Duarte"]),
        gold(FERRY, REFUNDS, "indirect", speaker="She", mentions=["She"]),
    )


def test_speaker_by_mention_in_the_cue() -> None:
    """A predicted speaker mention overlapping the gold mention is the right speaker."""
    q = pred(FERRY, DUARTE, said_by=mention(FERRY, "Duarte"))
    report = score([doc(FERRY, ferry_gold().quotes[0])], [[q]])
    assert report.overall.speaker == Ratio(1, 1)


def test_pronoun_speaker_matched_through_a_resolved_mention() -> None:
    """Gold "She": a speaker whose mentions include that "She" is right, whatever its name."""
    mentions = [mention(FERRY, "Ines Duarte"), mention(FERRY, "She", kind="pronoun")]
    duarte = Speaker.from_dict({"name": "Ines Duarte", "mentions": [m.to_dict() for m in mentions]})
    q = pred(FERRY, REFUNDS, "indirect", speaker=duarte)
    report = score([doc(FERRY, ferry_gold().quotes[1])], [[q]])
    assert report.overall.speaker == Ratio(1, 1)
    assert report.by_speaker_form["pronoun"].speaker == Ratio(1, 1)


def test_pronoun_speaker_is_not_matched_by_name() -> None:
    """An unresolved "she" elsewhere does not match gold "She" just by being the same word."""
    text = FERRY + " Later she left."
    g = gold(text, REFUNDS, "indirect", speaker="She", mentions=["She"])
    q = pred(text, REFUNDS, "indirect", said_by=mention(text, "she", kind="pronoun"))
    assert q.speaker_mention is not None
    assert text[: q.speaker_mention.start].endswith("Later ")
    report = score([doc(text, g)], [[q]])
    assert report.overall.speaker == Ratio(0, 1)
    assert [e.category for e in report.errors] == [ErrorCategory.WRONG_SPEAKER]


@pytest.mark.parametrize(
    ("name", "right"),
    [
        ("Duarte", True),  # same surname, no first name to conflict
        ("Ms. Duarte", True),  # a title is not a first name
        ("I. Duarte", True),  # an initial agrees with Ines
        ("Ines Duarte", True),
        ("Rui Duarte", False),  # conflicting first name
        ("Ines Costa", False),  # another surname
    ],
)
def test_speaker_by_name(name: str, right: bool) -> None:
    """With no overlapping mention, the speaker's name must match the gold name by surname."""
    q = pred(FERRY, DUARTE, speaker=Speaker(name=name))
    report = score([doc(FERRY, ferry_gold().quotes[0])], [[q]])
    assert report.overall.speaker == Ratio(int(right), 1)


def test_quote_without_speaker_prediction_is_wrong_speaker() -> None:
    """A found gold quote with a speaker, predicted with none, counts as a wrong speaker."""
    report = score([ferry_gold()], [[pred(FERRY, DUARTE), pred(FERRY, REFUNDS, "indirect")]])
    assert report.overall.speaker == Ratio(0, 2)
    details = [e.detail for e in report.errors]
    assert all("has no speaker" in d for d in details)


def test_gold_quote_without_speaker_is_left_out_of_speaker_accuracy() -> None:
    """A gold quote with no speaker counts for recall (form "none") but not speaker accuracy."""
    g = gold(MAYOR, "“Ban the cars,”")
    report = score([doc(MAYOR, g)], [[pred(MAYOR, "Ban the cars")]])
    assert report.overall.speaker == Ratio(0, 0)
    assert report.by_speaker_form["none"].recall == Ratio(1, 1)
    assert report.by_speaker_form["none"].speaker.value is None


def test_missed_quote_is_left_out_of_speaker_accuracy() -> None:
    """Speaker accuracy is over found gold quotes only."""
    q = pred(FERRY, DUARTE, said_by=mention(FERRY, "Ines Duarte"))
    report = score([ferry_gold()], [[q]])
    assert report.overall.recall == Ratio(1, 2)
    assert report.overall.speaker == Ratio(1, 1)


def test_the_most_overlapping_prediction_decides_the_speaker() -> None:
    """Of two predictions over a gold quote, the one sharing more characters is judged."""
    right = pred(FERRY, "The ferry", said_by=mention(FERRY, "Ines Duarte"))  # 8 characters
    wrong = pred(FERRY, "will run again on Friday", speaker=Speaker(name="Rui Costa"))  # 19
    report = score([doc(FERRY, ferry_gold().quotes[0])], [[right, wrong]])
    assert report.overall.speaker == Ratio(0, 1)
    (error,) = report.errors
    assert error.predicted_speaker == "Rui Costa"
    assert error.gold_speaker == "Ines Duarte"


def test_litbank_entity_mentions_count_as_speaker_mentions() -> None:
    """LitBank's ``speaker_entity_mentions``: any mention of the entity matches."""
    text = "Anna smiled. “Good night,” she said."
    data = {
        "start": 13,
        "end": 26,
        "type": "direct",
        "speaker": "Anna",
        "speaker_mentions": None,
        "speaker_entity_mentions": [[0, 4], [27, 30]],
    }
    g = GoldQuote.from_dict(data, text)
    assert g.text == "“Good night,”"
    assert g.speaker_mentions == ((0, 4), (27, 30))
    q = pred(text, "Good night", said_by=mention(text, "Anna"))
    assert score([doc(text, g)], [[q]]).overall.speaker == Ratio(1, 1)


@pytest.mark.parametrize(
    ("predicted", "gold_name", "same"),
    [
        ("Kirby", "John Kirby", True),
        ("JOHN KIRBY", "John Kirby", True),
        ("President Barack Obama", "Barack Obama", True),
        ("Mr. Obama", "President Obama", True),
        ("Martin Luther King Jr.", "King", True),
        ("Trump’s", "Donald Trump", True),
        ("Melania Trump", "Donald Trump", False),
        ("the White House", "White House", True),
        ("he", "he", False),
        ("Kirby", "he", False),
        ("", "Kirby", False),
    ],
)
def test_names_match(predicted: str, gold_name: str, same: bool) -> None:
    """Names match on surname with no conflicting first name; pronouns never match by name."""
    assert names_match(predicted, gold_name) is same


@pytest.mark.parametrize(
    ("speaker", "form"),
    [
        ("Ines Duarte", SpeakerForm.NAME),
        ("The New York Post", SpeakerForm.NAME),
        ("WALLACE", SpeakerForm.NAME),
        ("She", SpeakerForm.PRONOUN),
        ("who", SpeakerForm.PRONOUN),
        ("the official", SpeakerForm.DESCRIPTION),
        ("A source", SpeakerForm.DESCRIPTION),
        ("longtime pollster Pat Caddell", SpeakerForm.DESCRIPTION),
        (None, SpeakerForm.NONE),
        ("  ", SpeakerForm.NONE),
    ],
)
def test_speaker_form(speaker: str | None, form: SpeakerForm) -> None:
    """The gold speaker's form: pronoun list, capitalised proper name, else description."""
    assert speaker_form(speaker) is form


def test_sentence_initial_common_noun_is_a_description() -> None:
    """A capital that only marks a sentence start does not make "Sources" a name."""
    text = "The plan failed. Sources said the sources were wrong."
    assert speaker_form("Sources", text, text.index("Sources")) is SpeakerForm.DESCRIPTION
    text = "The plan failed. Reyes said it would work."
    assert speaker_form("Reyes", text, text.index("Reyes")) is SpeakerForm.NAME
    text = "It rained. Ragged Dick said it was fine, though ragged."
    assert speaker_form("Ragged Dick", text, text.index("Ragged")) is SpeakerForm.NAME


def test_breakdown_by_speaker_form() -> None:
    """Recall and speaker accuracy are broken down by how the gold speaker is named."""
    q1 = pred(FERRY, DUARTE, said_by=mention(FERRY, "Ines Duarte"))
    report = score([ferry_gold()], [[q1]])
    forms = report.by_speaker_form
    assert forms["name"].recall == Ratio(1, 1)
    assert forms["name"].speaker == Ratio(1, 1)
    assert forms["pronoun"].recall == Ratio(0, 1)
    assert forms["description"].recall == Ratio(0, 0)
    assert all(s.precision is None for s in forms.values())


def test_speaker_accuracy_by_form_hand_worked() -> None:
    """Three found quotes, one per form, two right: name 1/1, pronoun 0/1, description 1/1,
    2/3 overall; and the table prints the three rows."""
    text = (
        "“Rates stay,” Ines Duarte said. She added that fees would fall. "
        "“Not soon,” the treasurer said."
    )
    g_name = gold(text, "“Rates stay,”", speaker="Ines Duarte", mentions=["Ines Duarte"])
    g_pron = gold(text, "fees would fall", "indirect", speaker="She", mentions=["She"])
    g_desc = gold(text, "“Not soon,”", speaker="the treasurer", mentions=["the treasurer"])
    preds = [
        pred(text, "“Rates stay,”", said_by=mention(text, "Ines Duarte")),
        pred(text, "fees would fall", "indirect", said_by=mention(text, "treasurer")),
        pred(text, "“Not soon,”", said_by=mention(text, "the treasurer")),
    ]
    report = score([doc(text, g_name, g_pron, g_desc)], [preds])
    forms = report.by_speaker_form
    assert forms["name"].speaker == Ratio(1, 1)
    assert forms["pronoun"].speaker == Ratio(0, 1)
    assert forms["description"].speaker == Ratio(1, 1)
    assert report.overall.speaker == Ratio(2, 3)
    table = report.format_table()
    assert "by gold speaker" in table
    for row in ("  name", "  pronoun", "  description"):
        assert row in table


# --------------------------------------------------------------------------------------------
# Errors and the report


def test_error_records_carry_place_text_and_context() -> None:
    """Each error has its category, document, offsets, quote text and ±150 characters around."""
    long_text = "x" * 200 + " " + MAYOR + " " + "y" * 200
    g = gold(long_text, "“Ban the cars,”")
    report = score(
        [doc(long_text, g, doc_id="long")], [[pred(long_text, "officials said", "indirect")]]
    )
    by_category = {e.category: e for e in report.errors}
    missed = by_category[ErrorCategory.MISSED]
    assert (missed.doc_id, missed.start, missed.end) == ("long", 201, 216)
    assert missed.text == "“Ban the cars,”"
    assert missed.before == long_text[51:201]
    assert len(missed.after) == 150
    spurious = by_category[ErrorCategory.SPURIOUS]
    assert spurious.text == "officials said"
    assert spurious.kind == "indirect"
    assert [e.category for e in report.errors] == [ErrorCategory.MISSED, ErrorCategory.SPURIOUS]


def test_write_errors_as_text_grouped_by_category(tmp_path: Path) -> None:
    """The plain-text error list has one heading per category with its count."""
    report = score([ferry_gold()], [[pred(FERRY, DUARTE), pred(FERRY, "the operator’s")]])
    out = tmp_path / "errors.txt"
    report.write_errors(out)
    written = out.read_text(encoding="utf-8")
    assert "=== missed gold quotes: 1 ===" in written
    assert "=== spurious predictions: 1 ===" in written
    assert "=== wrong speakers: 1 ===" in written
    assert "⟦“The ferry will run again on Friday,”⟧ said Ines Duarte" in written


def test_write_errors_as_json_lines(tmp_path: Path) -> None:
    """An error file ending in .jsonl gets one JSON object per error."""
    report = score([ferry_gold()], [[]])
    out = tmp_path / "errors.jsonl"
    report.write_errors(out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["category"] for r in records] == ["missed", "missed"]
    assert records[1]["text"] == REFUNDS
    assert records[1]["gold_speaker"] == "She"


def test_report_to_dict_is_json_ready() -> None:
    """to_dict() gives plain JSON data with the counts behind each ratio."""
    report = score([ferry_gold()], [[pred(FERRY, DUARTE)]])
    data = json.loads(json.dumps(report.to_dict(errors=True)))
    assert data["overall"]["recall"] == {"value": 0.5, "hits": 1, "total": 2}
    assert data["by_kind"]["direct"]["precision"]["value"] == 1.0
    assert data["by_speaker_form"]["pronoun"]["precision"] is None
    assert data["error_counts"] == {"missed": 1, "spurious": 0, "wrong_speaker": 1}
    assert len(data["errors"]) == 2
    assert "errors" not in report.to_dict()


def test_format_table_lists_every_row() -> None:
    """The table has the overall row and one row per kind and per speaker form."""
    table = score([ferry_gold()], [[pred(FERRY, DUARTE)]]).format_table()
    for label in ("all", "direct", "indirect", "mixed", "name", "pronoun", "description", "none"):
        assert f"\n  {label} " in table or f"\n{label} " in table
    assert "0.500 (1/2)" in table
    assert "1 missed, 0 spurious, 1 wrong speaker" in table


def test_score_rejects_predictions_that_do_not_line_up() -> None:
    """One list of predictions per gold document, or a PredictionsError that says so."""
    with pytest.raises(PredictionsError, match="one list of quotes per gold document"):
        score([ferry_gold()], [])


@pytest.mark.parametrize("tau", [0.0, -0.1, 1.5])
def test_tau_out_of_range(tau: float) -> None:
    """τ must be above 0 and at most 1."""
    with pytest.raises(OptionsError, match="tau"):
        score([ferry_gold()], [[]], tau=tau)


def test_evaluate_runs_the_extractor_and_times_it() -> None:
    """evaluate() calls the extractor on each text, scores it, and records the time."""
    seen: list[str] = []

    def extract(text: str) -> list[Quote]:
        seen.append(text)
        return [pred(text, DUARTE)] if text == FERRY else []

    progress: list[tuple[int, int]] = []
    report = ev.evaluate(
        [ferry_gold(), doc("Quiet.")],
        extract,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert seen == [FERRY, "Quiet."]
    assert report.overall.recall == Ratio(1, 2)
    assert report.seconds is not None
    assert report.seconds >= 0
    assert progress == [(1, 2), (2, 2)]


def test_evaluate_names_the_document_an_extractor_failed_on() -> None:
    """An extractor's exception is re-raised as an EvaluationError naming the document."""

    def broken(text: str) -> list[Quote]:
        raise RuntimeError("boom")

    with pytest.raises(ev.EvaluationError, match="'ferry-doc'"):
        ev.evaluate([doc(FERRY, doc_id="ferry-doc")], broken)


# --------------------------------------------------------------------------------------------
# Readers


def test_gold_document_checks_offsets() -> None:
    """A gold quote whose text is not at its offsets is refused with a message saying why."""
    bad = GoldQuote(start=0, end=3, text="Ban", kind="direct")
    with pytest.raises(GoldFormatError, match="code-point offsets"):
        GoldDocument(id="d", text=MAYOR, quotes=[bad])


def test_load_jsonl_fixture() -> None:
    """The JSONL reader keeps ids, splits, spans, speakers and their mentions."""
    docs = load_gold(DATA / "gold.jsonl")
    assert [(d.id, d.split, len(d.quotes)) for d in docs] == [
        ("ferry", "dev", 2),
        ("quiet", "dev", 0),
        ("talks", "train", 2),
    ]
    split_quote, sign = docs[2].quotes
    assert split_quote.spans == ((0, 15), (37, 57))
    assert split_quote.speaker == "the negotiator"
    assert split_quote.speaker_mentions == ((16, 30),)
    assert split_quote.cue == (31, 35)
    assert sign.speaker is None
    assert not sign.has_speaker
    assert sign.spans == ((82, 101),)


def test_load_jsonl_by_split() -> None:
    """--split keeps the documents of that split only."""
    assert [d.id for d in load_gold(DATA / "gold.jsonl", split="dev")] == ["ferry", "quiet"]


def test_unknown_split_is_an_error_listing_the_splits() -> None:
    """Asking for a split the file lacks says which splits it has."""
    with pytest.raises(GoldFormatError, match="splits there: dev, train"):
        load_gold(DATA / "gold.jsonl", split="test")


def test_missing_gold_path() -> None:
    """A path that does not exist gives GoldNotFoundError, a FileNotFoundError."""
    with pytest.raises(GoldNotFoundError, match="no gold data"):
        load_gold(DATA / "absent.jsonl")
    assert issubclass(GoldNotFoundError, FileNotFoundError)
    assert issubclass(GoldNotFoundError, QuotekitError)


def test_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    """A line that is not JSON is reported with its line number."""
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "", "quotes": []}\n{"id": \n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 2: not valid JSON"):
        load_gold(path)


def test_jsonl_with_wrong_offsets(tmp_path: Path) -> None:
    """A quote whose offsets do not give its text is reported with the line and document."""
    line = {"id": "a", "text": "He said “no”.", "quotes": [{"start": 0, "end": 2, "text": "no"}]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"line 1: document 'a'"):
        load_gold(path)


def test_jsonl_defaults(tmp_path: Path) -> None:
    """Without ``text`` or ``type``, a quote takes its text from the offsets and is direct."""
    line = {"text": "He said “no”.", "quotes": [{"start": 8, "end": 12}]}
    path = tmp_path / "mine.json"  # not .jsonl: recognised by its opening brace
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (d,) = load_gold(path)
    assert d.id == "mine:1"
    assert d.quotes[0].text == "“no”"
    assert d.quotes[0].kind == "direct"


def test_polnear_folder_by_split() -> None:
    """A PolNeAR data folder: --split picks the compartment; text/ and attributions/ are read."""
    (d,) = load_gold(DATA / "polnear", split="dev")
    assert d.id == "mayor-budget"
    assert d.split == "dev"
    summary = [(q.annotation_id, q.kind, q.speaker) for q in d.quotes]
    assert summary == [
        ("E1", "indirect", "Reyes"),  # the headline "Reyes: Budget Will Balance"
        ("E2", "indirect", "Mayor Ana Reyes"),
        ("E3", "direct", "she"),
        ("E4", "direct", "Tom Okafor"),
        ("E5", "indirect", None),  # Attribution-no-source
    ]


def test_polnear_folder_reads_every_core_split() -> None:
    """Without --split, a PolNeAR data folder gives the train, dev and test compartments."""
    docs = load_gold(DATA / "polnear")
    assert [(d.id, d.split) for d in docs] == [("port-strike", "train"), ("mayor-budget", "dev")]


def test_polnear_first_annotator_is_kept() -> None:
    """Of several annotators' files for one article, the first in name order is read."""
    (d,) = load_gold(DATA / "polnear" / "dev")
    assert len(d.quotes) == 5  # aa11's file; bb22's has one attribution
    (only,) = load_gold(DATA / "polnear" / "dev" / "attributions" / "mayor-budget_bb22.ann")
    assert len(only.quotes) == 1


def test_polnear_discontinuous_content_and_offsets() -> None:
    """A Content of two fragments gives a quote with two spans; source and cue keep offsets."""
    (d,) = load_gold(DATA / "polnear", split="dev")
    okafor = d.quotes[3]
    assert [d.text[s:e] for s, e in okafor.spans] == [
        "“The numbers do not add up,”",
        "“Somebody has to pay.”",
    ]
    assert okafor.text.startswith("“The numbers")
    assert okafor.text.endswith("pay.”")
    assert [d.text[s:e] for s, e in okafor.speaker_mentions] == ["Tom Okafor"]
    assert okafor.cue is not None
    assert d.text[okafor.cue[0] : okafor.cue[1]] == "said"


def test_flat_brat_folder_with_relations() -> None:
    """ARTICLE.ann beside ARTICLE.txt; relations meeting at a Content make one quote."""
    (d,) = load_gold(DATA / "brat")
    assert d.id == "harbour"
    berg, fishermen = d.quotes
    assert berg.speaker == "Captain Lise Berg"
    assert berg.cue is not None
    assert d.text[berg.cue[0] : berg.cue[1]] == "said"
    assert fishermen.speaker == "she"
    assert fishermen.kind == "indirect"
    assert [d.text[s:e] for s, e in fishermen.spans] == ["Fishermen", "should wait for the dredger"]
    assert fishermen.cue is not None
    assert d.text[fishermen.cue[0] : fishermen.cue[1]] == "added"


def test_brat_text_mismatch_is_reported(tmp_path: Path) -> None:
    """An .ann whose text does not match the article says which annotation and what to check."""
    (tmp_path / "a.txt").write_text("Kim said no.", encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tSource 0 3\tLee\nT2\tContent 9 11\tno\nE1\tAttribution:T2 Source:T1 Content:T2\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match="T1 says 'Lee'"):
        load_gold(tmp_path)


def test_brat_missing_article(tmp_path: Path) -> None:
    """An .ann with no .txt beside it (or in ../text/) is reported with where to put it."""
    (tmp_path / "lonely.ann").write_text("T1\tContent 0 2\tno\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"put lonely\.txt next to it"):
        load_gold(tmp_path)


def test_brat_offsets_count_carriage_returns(tmp_path: Path) -> None:
    """BRAT offsets count a file's characters as they are, CRLF line ends included."""
    (tmp_path / "a.txt").write_bytes("Intro.\r\nKim said “no”.".encode())
    (tmp_path / "a.ann").write_text(
        "T1\tSource 8 11\tKim\nT2\tCue 12 16\tsaid\nT3\tContent 17 21\t“no”\n"
        "E1\tAttribution:T2 Source:T1 Content:T3\n",
        encoding="utf-8",
    )
    (d,) = load_gold(tmp_path)
    assert d.quotes[0].text == "“no”"
    assert d.quotes[0].kind == "direct"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“We will win,”", QuoteKind.DIRECT),
        ('"We will win."', QuoteKind.DIRECT),
        ("“We will win”.", QuoteKind.DIRECT),
        ("that they would “win big”", QuoteKind.MIXED),
        ("that they would win", QuoteKind.INDIRECT),
        ("the team’s ‘plan’", QuoteKind.INDIRECT),  # single quotes are not counted
    ],
)
def test_derive_kind(text: str, kind: QuoteKind) -> None:
    """BRAT quotes get their kind from double quotation marks, as PolNeAR's types were."""
    assert derive_kind(text) is kind


# --------------------------------------------------------------------------------------------
# Command line


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's default extractor find the ferry quote by Duarte and nothing else."""

    def extract(text: str) -> list[Quote]:
        if DUARTE in text:
            return [pred(text, DUARTE, said_by=mention(text, "Ines Duarte"))]
        return []

    monkeypatch.setattr(ev, "_default_extract", lambda: extract)


@pytest.mark.usefixtures("fake_extract")
def test_cli_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    """`quotekit evaluate GOLD --split dev` prints the score table and exits 0."""
    assert ev.main([str(DATA / "gold.jsonl"), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "gold.jsonl (dev) · 2 documents · τ = 0.5" in out
    # 1 of the 2 dev gold quotes found; the one prediction is correct; its speaker is right
    assert "1.000 (1/1)" in out
    assert "0.500 (1/2)" in out


@pytest.mark.usefixtures("fake_extract")
def test_cli_json_and_limit(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints the report as JSON; --limit keeps the first N documents."""
    assert ev.main([str(DATA / "gold.jsonl"), "--json", "--limit", "1", "--tau", "0.3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1
    assert data["tau"] == 0.3
    assert data["overall"]["recall"]["total"] == 2


@pytest.mark.usefixtures("fake_extract")
def test_cli_writes_the_error_file(tmp_path: Path) -> None:
    """--errors FILE writes the error list (JSON lines for .jsonl)."""
    out = tmp_path / "errors.jsonl"
    assert ev.main([str(DATA / "gold.jsonl"), "--errors", str(out)]) == 0
    categories = [json.loads(line)["category"] for line in out.read_text("utf-8").splitlines()]
    # missed: the refunds quote, the split "talks" quote and the sign
    assert categories == ["missed", "missed", "missed"]


def test_cli_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A gold path that does not exist is an error message and exit status 1."""
    assert ev.main([str(DATA / "absent.jsonl")]) == 1
    assert "no gold data" in capsys.readouterr().err


def test_cli_rejects_a_bad_tau(capsys: pytest.CaptureFixture[str]) -> None:
    """--tau outside (0, 1] is a usage error (exit status 2)."""
    with pytest.raises(SystemExit) as exited:
        ev.main([str(DATA / "gold.jsonl"), "--tau", "2"])
    assert exited.value.code == 2
    assert "must be above 0 and at most 1" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_only_on_a_terminal() -> None:
    """The progress bar writes to a terminal and stays silent on a pipe or file."""
    pipe = io.StringIO()
    ev.ProgressBar(pipe)(1, 2)
    assert pipe.getvalue() == ""
    tty = _Terminal()
    bar = ev.ProgressBar(tty)
    bar(1, 2)
    bar(2, 2)
    assert "1/2 documents" in tty.getvalue()
    assert tty.getvalue().endswith("2/2 documents\n")
