"""Shortcuts of the resolver give what the full reading they skip gives (issue 2: the same
output, faster)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import quotekit
from quotekit import resolve

#: Texts with a name at the end of each: the shortcut must never say "no title" where the full
#: read of the title window finds one.
TITLE_TEXTS = [
    "The talks stalled, said John Kirby",
    "White House spokesman John Kirby",
    "the former John Kirby",
    "Secretary of State Antony Blinken",
    "minister for Jane Doe",
    "Gov. Gavin Newsom",
    "(John Kirby",
    "“John Kirby",
    "Reporters asked,\n  John Kirby",
    "met with  \t John Kirby",
    "the deputy press secretary Karine Jean-Pierre",
    "state-run John Kirby",
    "G7 John Kirby",
    "on John Kirby",
    "and John Kirby",
    "U.S. John Kirby",
    "a spokesman John Kirby",
    "x" * 70 + " said John Kirby",
    "said" + " " * 60 + "John Kirby",
    "—John Kirby",
    "spokesman ,John Kirby",
    "The spokesman , John Kirby",
    "",
]
#: Names after a small word of a title ("of", "to"), whose shortcut looks at the token before it.
CONNECTOR_TITLE_TEXTS = [
    "a quarter of John Kirby",
    "a spokesman for John Kirby",
    "the aide to John Kirby",
    "Secretary of John Kirby",
    "deputy secretary of the John Kirby",
    "Kirby, of John Kirby",
    "pardon \t to John Kirby",
    "pardon\nto John Kirby",
    "(pardon to John Kirby",
    "fact-check on John Kirby",
    "of John Kirby",
    "x" * 45 + " said to John Kirby",
]


def _name_starts(text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if i == len(text) or text[i].isupper()]


def _agrees(text: str) -> None:
    for start in _name_starts(text):
        if resolve._no_title_before(text, start):
            assert resolve._title_in_window(text, start) is None, (text, start)


@pytest.mark.parametrize("text", TITLE_TEXTS + CONNECTOR_TITLE_TEXTS)
def test_no_title_shortcut_agrees_with_the_full_read(text: str) -> None:
    _agrees(text)


def test_no_title_shortcut_fires_on_plain_cases() -> None:
    text = "Officials met, said John Kirby, and (Ann Lee"
    assert resolve._no_title_before(text, text.index("John"))
    assert resolve._no_title_before(text, text.index("Ann"))
    assert not resolve._no_title_before("spokesman John Kirby", 10)
    assert not resolve._no_title_before("Secretary of John Kirby", 13)
    for text in ("a quarter of John Kirby", "Asked, the John Kirby", "a pardon to John Kirby"):
        assert resolve._no_title_before(text, text.index("John")), text
    for text in ("a spokesman for John Kirby", "Secretary of John Kirby", "(pardon to John"):
        assert not resolve._no_title_before(text, text.index("John")), text


@given(
    st.lists(
        st.sampled_from(
            [
                *"aoefs .,()\n\r\u2029\u00a0—“’-7JKG",
                *("said ", "of ", "former ", "spokesman ", "Gov. ", "Mr. ", "the ", "and "),
                *("to ", "for ", "on ", "aide ", "quarter ", ", ", "\t", "State "),
            ]
        ),
        max_size=20,
    )
)
def test_no_title_shortcut_agrees_on_any_text(pieces: list[str]) -> None:
    _agrees("".join(pieces) + "John Kirby")


#: Characters of every class a name run tells apart: capitals and small letters, marks and the
#: soft hyphen (after which a capital may lie inside a word), apostrophes, hyphens, full stops,
#: numbers, every kind of space, and the name particles' letters.
RUN_ALPHABET = "AaBbDdeEJKlLnNrRsSvVÉéß\u0301\u00ad ’'-.,“”—0\n\r\t\u00a0\u2029"

RUN_TEXTS = [
    "Ludwig van Beethoven met John F. Kennedy Jr. and J. K. Rowling in New York.",
    "Ab\u0301Cd Ef and Jo\u00adHn Smith, McDonald Smith, O'Brien Kirby, Gen. Mark Milley",
    "X\u0301Y Z A\u0301 B",
    "",
]


def _multi_word_spans(
    matches: Iterable[re.Match[str] | regex.Match[str]], text: str
) -> list[tuple[int, int]]:
    return [m.span() for m in matches if len(m.group().split()) >= 2]


def _same_runs(text: str) -> None:
    plain = resolve.fastpath.is_plain(text)
    original = resolve.fastpath.NAME_RUN_RE if plain else resolve.NAME_RUN_RE
    assert _multi_word_spans(resolve._name_runs(text, plain), text) == _multi_word_spans(
        original.finditer(text), text
    )
    assert _multi_word_spans(resolve._name_runs(text, False), text) == _multi_word_spans(
        resolve.NAME_RUN_RE.finditer(text), text
    )


@pytest.mark.parametrize("text", RUN_TEXTS)
def test_multi_word_runs_are_name_run_re_matches(text: str) -> None:
    _same_runs(text)


@given(st.text(alphabet=RUN_ALPHABET, max_size=50))
def test_multi_word_runs_are_name_run_re_matches_on_any_text(text: str) -> None:
    _same_runs(text)


#: NAME_RUN_RE's twin of two words or more, without the look-ahead _NAME_RUNS_TWIN adds.
_RUNS_WITHOUT_AHEAD = re.compile(resolve._two_words_or_more(resolve.fastpath.NAME_RUN_RE.pattern))


@pytest.mark.parametrize(
    "text",
    [
        *RUN_TEXTS,
        "Kirby said. Ludwig van  Beethoven, Abu bin\u00a0Laden and J. Kirby, Kirby\tLee",
        "O'Brien Kirby-Lee Jo\u00adHn Smith; X.Y Ab cD AB Cd Ab, Cd Ab\nCd Ab\u2029Cd",
    ],
)
def test_the_second_word_look_ahead_keeps_every_run(text: str) -> None:
    spans = [m.span() for m in resolve._NAME_RUNS_TWIN.finditer(text)]
    assert spans == [m.span() for m in _RUNS_WITHOUT_AHEAD.finditer(text)]


@given(st.text(alphabet=RUN_ALPHABET + "\u2028ibo", max_size=50))
def test_the_second_word_look_ahead_keeps_every_run_on_any_text(text: str) -> None:
    test_the_second_word_look_ahead_keeps_every_run(text)


def test_a_definite_description_is_the_titled_person_named_before_it_only() -> None:
    """The people's titles are read only as far as a description needs them (those named
    before it): "the governor" before Gov. Pike is named is someone else; after, it is she."""
    text = (
        "The governor said the budget was balanced.\n\n"
        "Gov. Jane Pike toured the flooded county on Monday.\n\n"
        "The governor said the repairs would take a year.\n\n"
        "Mayor Tom Reed said the city would help."
    )
    speakers = {q.text: q.speaker.name for q in quotekit.extract(text) if q.speaker}
    assert speakers["the budget was balanced"] == "governor"
    assert speakers["the repairs would take a year"] == "Jane Pike"
    assert speakers["the city would help"] == "Tom Reed"


@given(st.text(alphabet="Js'’s\n x", max_size=8))
def test_possessive_end_re_matches_only_texts_with_a_possessive_ending(text: str) -> None:
    if resolve.POSSESSIVE_END_RE.search(text):
        assert text.endswith(resolve._POSSESSIVE_ENDS)


@pytest.mark.parametrize(
    "name", ["Mitch McConnell", "Ron DeSantis", "Conan O'Brien", "Ciara MacDonald"]
)
def test_a_capital_inside_a_name_is_part_of_it(name: str) -> None:
    """A name with a capital inside ("McConnell") is registered whole, and its surname alone
    then names the same person (it was cut at the inner capital: "Mitch McC")."""
    surname = name.split()[-1]
    text = f"{name} spoke on Monday. “We are ready,” {surname} said."
    (q,) = quotekit.extract(text)
    assert q.speaker is not None
    assert q.speaker.name == name
    assert {m.text for m in q.speaker.mentions} >= {name, surname}


@pytest.mark.parametrize(
    "args",
    [
        ("John Kirby", resolve._SK_PERSON, "text", "Kirby", "John", "spokesman", "male"),
        ("officials", resolve._SK_GROUP, "other text"),
    ],
)
def test_an_entity_made_without_init_is_as_init_makes_it(args: tuple[Any, ...]) -> None:
    """_entity sets every field of Entity (a field added later fails here) as Entity() does."""
    keywords = ("name", "kind", "text", "surname", "first", "title", "gender")
    made = resolve._entity(*args)
    expected = resolve.Entity(**dict(zip(keywords, args, strict=False)))
    for f in attrs.fields(resolve.Entity):
        assert getattr(made, f.name) == getattr(expected, f.name), f.name
    assert made.mentions is not resolve._NO_MENTIONS
    made.mentions.append(1)
    assert not resolve._NO_MENTIONS
