"""The public API: names, entry points, options and errors."""

from __future__ import annotations

import pytest

import quotekit
from quotekit import Options, OptionsError, QuoteKind, QuotekitError

SEED_LIKE = "“It’s still just a trickle,” Kirby said. Kirby said more Americans were leaving Gaza."


def test_all_lists_every_public_name_sorted() -> None:
    """__all__ is sorted and names every public attribute of the package (and only those)."""
    assert list(quotekit.__all__) == sorted(quotekit.__all__)
    public = {
        n
        for n in dir(quotekit)
        if not n.startswith("_")
        and n not in {"annotations"}
        and not hasattr(getattr(quotekit, n), "__path__")  # submodules
        and getattr(getattr(quotekit, n), "__module__", "quotekit").startswith("quotekit")
        and not isinstance(getattr(quotekit, n), type(quotekit))
    }
    assert public <= set(quotekit.__all__)
    for name in quotekit.__all__:
        assert hasattr(quotekit, name), name


def test_extract_returns_quotes_in_document_order() -> None:
    """extract() gives Quote objects sorted by position, each with its offsets."""
    quotes = quotekit.extract(SEED_LIKE)
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT, QuoteKind.INDIRECT]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert SEED_LIKE[q.start : q.end] == q.text


def test_extract_empty_and_blank_text() -> None:
    """An empty or blank text has no quotes."""
    assert quotekit.extract("") == []
    assert quotekit.extract(" \n\n\t") == []


@pytest.mark.parametrize("bad", [b"bytes", bytearray(b"x"), None, ["a list"], 3])
def test_wrong_types_raise_quotekit_and_type_errors(bad: object) -> None:
    """Non-str input raises an error that is both a QuotekitError and a TypeError."""
    with pytest.raises(QuotekitError) as info:
        quotekit.extract(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_bytes_message_says_to_decode() -> None:
    """Passing bytes says how to decode them."""
    with pytest.raises(TypeError, match=r"decode it first, e\.g\. data\.decode\('utf-8'\)"):
        quotekit.extract(b"\xe2\x80\x9cHi,\xe2\x80\x9d he said.")  # type: ignore[arg-type]


def test_unknown_option_names_the_known_ones() -> None:
    """An unknown keyword raises OptionsError listing the real options."""
    with pytest.raises(OptionsError, match=r"unknown option min_conf.*min_confidence"):
        quotekit.extract("x", min_conf=0.5)


@pytest.mark.parametrize("value", [-0.1, 1.5, "high", True])
def test_confidence_outside_range_is_rejected(value: object) -> None:
    """min_confidence must be a number between 0 and 1."""
    with pytest.raises(OptionsError, match="min_confidence"):
        quotekit.extract("x", min_confidence=value)


def test_min_confidence_filters_weaker_quotes() -> None:
    """Quotes below min_confidence are left out; 0 keeps everything."""
    text = (
        "“We are still here and we will stay,” the crowd chanted on Monday night.\n\n"
        "“It’s over,” Kirby said."
    )
    everything = quotekit.extract(text)
    strong = quotekit.extract(text, min_confidence=0.9)
    assert strong
    assert all(q.confidence >= 0.9 for q in strong)
    assert len(strong) <= len(everything)


def test_kinds_option_selects_kinds() -> None:
    """kinds= keeps only the kinds asked for."""
    quotes = quotekit.extract(SEED_LIKE, kinds=["direct"])
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT]
    with pytest.raises(OptionsError, match="kinds"):
        quotekit.extract(SEED_LIKE, kinds=["quoted"])


def test_options_object_and_overrides_combine() -> None:
    """An Options object is used as given and keyword overrides replace its fields."""
    opts = Options(min_confidence=0.99)
    assert quotekit.extract(SEED_LIKE, options=opts) == []
    assert quotekit.extract(SEED_LIKE, options=opts, min_confidence=0.0)
    with pytest.raises(OptionsError):
        quotekit.extract(SEED_LIKE, options={"min_confidence": 1})  # type: ignore[arg-type]


def test_analyze_lists_each_speaker_once_with_mentions() -> None:
    """analyze() gives every resolved speaker once, with its name mentions."""
    text = (
        "White House spokesman John Kirby spoke on Monday. “It’s a trickle,” Kirby said.\n\n"
        "“We will keep pushing,” he said."
    )
    a = quotekit.analyze(text)
    assert [s.name for s in a.speakers] == ["John Kirby"]
    kirby = a.speakers[0]
    assert {m.text for m in kirby.mentions} >= {"John Kirby", "Kirby", "he"}
    assert all(text[m.start : m.end] == m.text for m in kirby.mentions)
    assert kirby.title == "White House spokesman"
    assert len(a.quotes_by(kirby)) == 2
    assert a.quotes_by("John Kirby") == a.quotes_by(kirby)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "“We have no comment,” said Jen Psaki, the White House press secretary.",
            "Jen Psaki",
            "White House press secretary",
        ),
        (
            "“It is done,” said John Lee, a spokesman for the council, who declined to elaborate.",
            "John Lee",
            "spokesman for the council",
        ),
        (
            "“It is over,” said Maria Lopez, the council’s spokeswoman.",
            "Maria Lopez",
            "council’s spokeswoman",
        ),
        # an appositive that names no role gives no title
        ("“It is over,” said Tom Reed, 45.", "Tom Reed", None),
        ("“It is over,” said Tom Reed, a Democrat from Ohio.", "Tom Reed", None),
        # an age is no title; the appositive after it is
        ("“It is over,” Tom Reed, 62, said.", "Tom Reed", None),
        ("Tom Reed, 62, a retired teacher, said he would vote.", "Tom Reed", "retired teacher"),
        # a participle before the role is part of it; an opening adjunct gives no title
        ("The plan works well enough, said Smith, a retired teacher.", "Smith", "retired teacher"),
        ("Unlike her opponent, Mary Barra said the plan works.", "Mary Barra", None),
        ("Smith, the, said the plan works well enough.", "Smith", None),
        # an aside after the name is no title
        ("Smith, in a post on social media, called the ruling “a disgrace.”", "Smith", None),
        # a name in apposition after the description: the description is the title
        (
            "“We will not stop,” the chief executive, John Ferriola, said.",
            "John Ferriola",
            "chief executive",
        ),
    ],
)
def test_speaker_title_from_an_appositive(text: str, name: str, title: str | None) -> None:
    """An appositive after an inverted cue's speaker gives the speaker's title."""
    (q,) = quotekit.extract(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a title ends at "and", a verb or a cue before it
        (
            "Mayor Eric Adams and Gov. Kathy Hochul spoke. “We will rebuild,” Hochul said.",
            "Kathy Hochul",
            "Gov.",
        ),
        (
            "Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu. "
            "Netanyahu said Israel would press on.",
            "Benjamin Netanyahu",
            "Prime Minister",
        ),
        ("“It is over,” said Congresswoman Maxine Waters.", "Maxine Waters", "Congresswoman"),
        ("“It is over,” said deputy press secretary Ann Lee.", "Ann Lee", "deputy press secretary"),
        # a chain of modifiers before a title, and a word of rank before a capitalised one
        (
            "Trump’s GOP primary rival Sen. Marco Rubio said Trump is unelectable.",
            "Marco Rubio",
            "Trump’s GOP primary rival Sen.",
        ),
        ("“It’s a fantasy,” said state Sen. Tom Reed.", "Tom Reed", "state Sen."),
        # a description set off before the name
        (
            "The company’s chief executive, Mary Barra, spoke. “We are confident,” Barra said.",
            "Mary Barra",
            "company’s chief executive",
        ),
        # a place after the name belongs to neither
        ("Sen. Tammy Duckworth of Illinois said the race was over.", "Tammy Duckworth", "Sen."),
        # a place that is also a first name before a title with "of"; a role in capitals
        ("“No,” said Georgia Secretary of State Ann Lee.", "Ann Lee", "Georgia Secretary of State"),
        ("“No,” JPMorgan CEO Jamie Dimon said.", "Jamie Dimon", "JPMorgan CEO"),
        # a hyphenated title is the title, not part of the name
        ("“No,” said U.N. Secretary-General Ann Lee.", "Ann Lee", "U.N. Secretary-General"),
        # a place before a role noun: both are the title ("Texas" was the speaker)
        ("“No,” Texas delegate Bill Eastland said.", "Bill Eastland", "Texas delegate"),
        # a title written short before a surname alone, read where a pronoun's person is found
        ("Dr. Fauci spoke on Monday. “We are not out of the woods,” he said.", "Fauci", "Dr."),
    ],
)
def test_speaker_title_before_a_name(text: str, name: str, title: str) -> None:
    """The title read before a name is that name's own."""
    (q,) = quotekit.extract(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Department of Justice said it would appeal the ruling.", "Department of Justice"),
        ("“We will appeal,” said the University of Michigan.", "University of Michigan"),
        ("The U.S. Department of Justice said it would appeal.", "U.S. Department of Justice"),
    ],
)
def test_organization_named_with_of(text: str, name: str) -> None:
    """An organization's name with "of" is one name, not a place titled "Department of"."""
    (q,) = quotekit.extract(text)
    assert q.speaker is not None
    assert (q.speaker.name, q.speaker.kind.value) == (name, "organization")


def test_it_names_a_one_word_company() -> None:
    """ "it said" after a one-word name that no first name or title went with names it, and
    makes it an organization."""
    text = (
        "Microsoft announced layoffs on Tuesday. "
        "“We are making hard choices,” it said in a statement."
    )
    a = quotekit.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in a.quotes] == ["Microsoft"] * 2
    assert [(s.name, s.kind.value) for s in a.speakers] == [("Microsoft", "organization")]


def test_it_does_not_name_a_person() -> None:
    """A person with a first name is never "it"."""
    text = "Maria Lopez announced her plan. “It is over,” it said."
    quotes = quotekit.extract(text)
    assert quotes[-1].speaker is None


def test_speaker_mention_points_at_the_cue_phrase() -> None:
    """speaker_mention is the phrase in the cue; speaker is the resolved person."""
    text = "Secretary of State Antony Blinken arrived. “We are hopeful,” he said."
    (q,) = quotekit.extract(text)
    assert q.speaker is not None
    assert q.speaker.name == "Antony Blinken"
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "he"
    assert q.speaker_mention.kind is quotekit.MentionKind.PRONOUN
    assert q.cue is not None
    assert (q.cue.text, text[q.cue.start : q.cue.end]) == ("said", "said")


def test_resolve_speakers_off_keeps_mentions_only() -> None:
    """resolve_speakers=False leaves speakers unresolved but keeps the cue's mention."""
    (q,) = quotekit.extract("“Fine,” he said.", resolve_speakers=False)
    assert q.speaker is None
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "he"
