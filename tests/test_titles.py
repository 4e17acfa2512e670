"""Speakers' titles: what the text says of a person before the name, and what it does not."""

from __future__ import annotations

import pytest

import quotekit


def _speaker(text: str, name: str) -> quotekit.Speaker:
    return next(s for s in quotekit.analyze(text).speakers if s.name == name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a relative pronoun opens the clause; it is no part of the title after it
        ("The senator, whom President Obama praised, said the plan failed.", "Obama", "President"),
        # an inverted cue is no lower-case title of the name after it
        (
            "''It is old-school,'' said Gregory W. Slayton, who is now supporting Senator "
            "Marco Rubio.",
            "Gregory W. Slayton",
            None,
        ),
        # a home or an affiliation after "of" is no title
        ("Smith, 45, of Denver, said he was relieved.", "Smith", None),
        ("Jane Doe, of the ACLU, said the law was unconstitutional.", "Jane Doe", None),
        # traps: lower-case roles before a name stay its title, a cue form's noun too
        (
            "Meanwhile talk show host Ann Lee told listeners the race was close.",
            "Ann Lee",
            "talk show host",
        ),
        ("“We are open,” baker Tom Reed said.", "Tom Reed", "baker"),
        ("City planner Rosa Diaz said the plan would pass.", "Rosa Diaz", "City planner"),
    ],
)
def test_title(text: str, name: str, title: str | None) -> None:
    assert _speaker(text, name).title == title


def test_short_title_and_surname_registers_whole_names_only() -> None:
    """A short title before a full name registers no person of a first name cut short ("Sen.
    Elizabet" of "Sen. Elizabeth Warren"); before a surname alone it registers that surname."""
    text = (
        "Sen. Elizabeth Warren and Gov. Gavin Newsom met. Dr. Anthony Fauci joined them. "
        "Rep. Alexandria Ocasio-Cortez spoke. Later Dr. Fauci and Gov. Newsom’s aide left."
    )
    registry = quotekit.resolve.build_registry(text, [0])
    assert sorted(e.name for e in registry.persons) == [
        "Alexandria Ocasio-Cortez",
        "Anthony Fauci",
        "Elizabeth Warren",
        "Gavin Newsom",
    ]
