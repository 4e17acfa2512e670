"""Texts of any size for the scaling benchmark and the hostile-input tests.

Each generator takes a size in UTF-8 bytes and returns a text of about that size (never more
than one repeated unit over it), the same text for the same size. ``NEWS`` builds
real-looking news articles, ``HOSTILE`` the pathological pages a web scrape brings: long runs
of one kind of character, quotes that never close, one paragraph with no line break.
``benchmarks/scaling.py`` times :func:`quotekit.extract` on them from 10 KB to 10 MB;
``tests/test_hostile.py`` runs them at small sizes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Final

__all__ = ["HOSTILE", "KINDS", "NEWS", "news_article", "news_text", "repeat_to"]

Generator = Callable[[int], str]


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated until the text holds ``size`` UTF-8 bytes (whole units, at least one)."""
    return unit * max(1, size // len(unit.encode("utf-8")))


# --- real-looking news --------------------------------------------------------------------

FIRST_NAMES: Final = tuple(
    """John Maria Ana Leo Rosa Tom Hugh Sarah David Elena Omar Priya Kwame Yuki Lars Ines
    Chen Fatima Pedro Grace Ivan Amara Noah Lucia Samuel Mei Rahul Clara Diego Nadia""".split()
)
"""First names of the generated people; with the surnames they give 900 people."""

SURNAMES: Final = tuple(
    """Kirby Ruiz Grant Reed Diaz Hill Okafor Nakamura Lindqvist Haddad Patel Moreau Silva
    Kowalski Mensah Novak Brennan O’Neill Castillo Weber Tanaka Abara Fischer Duarte Horvat
    Jansen Kim Rossi Ahmed Murphy""".split()
)
"""Surnames of the generated people, one with an apostrophe (O’Neill)."""

TITLES: Final = (
    "White House spokesman",
    "Sen.",
    "Mayor",
    "city planner",
    "Gov.",
    "Secretary of State",
    "police chief",
    "economist",
)
"""Titles before a first mention: capitalised, abbreviated and lower-case ones."""

ORGANIZATIONS: Final = (
    "the ministry",
    "the Port Authority",
    "the city council",
    "Reuters",
    "the World Health Organization",
)
"""Sources of "according to" and of organisation speech."""

CLAUSES: Final = (
    "more Americans were leaving the Gaza Strip",
    "the budget would be balanced by next year",
    "the talks were having an impact on the ground",
    "prices in the U.S. will rise by 1,000 dollars a year",
    "the strike at the port had cost $4.5 million since March",
    "the council’s plan would not be ready before the ’90s rules expired",
    "residents of the States’ border towns did not trust the new figures",
)
"""Reported clauses, with numbers, possessives and abbreviations."""

SENTENCES: Final = (
    "It’s still just a trickle",
    "We don’t have a number yet, and we won’t guess",
    "I think we all need to remember who they’re fighting",
    "The plan is ‘dead on arrival,’ as my colleague put it",
    "Nobody — not the mayor, not the council — saw this coming",
    "We lost. It’s over. We move on",
    "This isn’t about politics; it’s about rock ’n’ roll and the ’90s",
)
"""Sentences of direct quotes: apostrophes, a nested quote, dashes, several sentences."""

WHO_CLAUSES: Final = (
    "who spoke on condition of anonymity",
    "who has led the council since 2019",
    "whose office oversees the port",
)
"""Relative clauses between a speaker and the cue."""

NARRATION: Final = (
    "The meeting ended shortly after 9:30 p.m. on Monday.",
    "Officials visited the site in the morning and left before noon.",
    "Read more: the full budget is on the council’s website.",
    "The U.S. Department of State did not reply to a request for comment.",
    "Traffic on the bridge was light, and the ferries ran on time.",
)
"""Sentences with no quote and no cue."""


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def news_article(rng: random.Random, open_quote: bool = True) -> str:
    """One generated news article of about a dozen paragraphs, every kind of quote in it
    (with ``open_quote``, a quote that runs on into the next paragraph too)."""
    people = [(rng.choice(FIRST_NAMES), rng.choice(SURNAMES)) for _ in range(3)]
    (f1, s1), (f2, s2), (f3, s3) = people
    he, she = rng.choice(("he", "she")), rng.choice(("he", "she"))
    c = rng.choice
    paragraphs = [
        f"{c(TITLES)} {f1} {s1} said on Monday that {c(CLAUSES)}.",
        f"“{c(SENTENCES)},” {s1} said.",
        f"“{c(SENTENCES)},” {he} told reporters. “{c(SENTENCES)}.”",
        c(NARRATION),
        f"{c(TITLES)} {f2} {s2}, {c(WHO_CLAUSES)}, said: “{c(SENTENCES)}.”",
        f"{_capital(c(CLAUSES))}, {she} said.",
        f"According to {c(ORGANIZATIONS)}, {c(CLAUSES)}.",
        f"“{c(SENTENCES)}." if open_quote else f"{s2} said: “{c(SENTENCES)}.”",
        f"“{c(SENTENCES)},” {s2} added.",
        f"{s1} said the administration is “at the beginning of this conversation.”",
        f"The talks, {f3} {s3} said, are having an impact. {c(NARRATION)}",
        f"“{c(SENTENCES)}” — {f3} {s3}",
    ]
    return "\n\n".join(paragraphs)


def news_text(size: int, seed: int = 7, open_quote: bool = True) -> str:
    """Generated news articles, separated by blank lines, up to ``size`` UTF-8 bytes."""
    rng = random.Random(seed)
    articles: list[str] = []
    total = 0
    while True:
        article = news_article(rng, open_quote)
        total += len(article.encode("utf-8")) + 2
        if total > size and articles:
            break
        articles.append(article)
    return "\n\n".join(articles)


def one_paragraph(size: int) -> str:
    """The generated news with every line break made a space: one paragraph, no newline (and
    no quote left open, which would run to the end of it)."""
    return news_text(size, open_quote=False).replace("\n\n", " ")


def unclosed(size: int) -> str:
    """A quote that opens at the start and never closes, over real-looking sentences."""
    return "“" + repeat_to("the talks are having an impact, Kirby said, and ", size - 3)


def deep_nesting(size: int) -> str:
    """Quotes nested in quotes, ever deeper, then all closed: “ ‘ « ‹ ... › » ’ ”."""
    half = size // 2
    return repeat_to("“a ‘b «c ‹d ", half) + repeat_to("d› c» b’ a” ", half)


def nesting_then_pairs(size: int) -> str:
    """Guillemets that never close, then many short “pairs” inside them."""
    half = size // 2
    return repeat_to("«a ", half) + repeat_to("“b” ", half)


def _made_up_name(i: int) -> str:
    """A different made-up capitalised word for each ``i``: "Baa", "Bab", ..."""
    letters = ""
    i += 26 * 26
    while i:
        i, r = divmod(i, 26)
        letters = chr(ord("a") + r) + letters
    return letters.capitalize()


def many_organizations(size: int) -> str:
    """A different organization speaking in each sentence: "The Baa Council said ..."."""
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = f"The {_made_up_name(len(parts))} Council said the talks were over. "
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def one_surname(size: int) -> str:
    """A different person of one surname speaking in each sentence: "Baa Smith said ..."."""
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = f"{_made_up_name(len(parts))} Smith said the talks were over. "
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


HOSTILE: Final[dict[str, Generator]] = {
    "quote marks": lambda n: repeat_to('"', n),
    "curly quote marks": lambda n: repeat_to("“", n),
    "alternating marks": lambda n: repeat_to("“”", n),
    "alternating pairs": lambda n: repeat_to("“a” ", n),
    "unclosed quote": unclosed,
    "one paragraph": one_paragraph,
    "only newlines": lambda n: repeat_to("\n", n),
    "only CRLF": lambda n: repeat_to("\r\n", n),
    "capitalised words": lambda n: repeat_to("Alpha Bravo Charlie Delta Echo ", n),
    "said": lambda n: repeat_to("said ", n),
    "he said": lambda n: repeat_to("he said ", n),
    "deep nesting": deep_nesting,
    "nesting, then pairs": nesting_then_pairs,
    "apostrophes": lambda n: repeat_to("'", n),
    "curly apostrophes": lambda n: repeat_to("’", n),
    "possessives in a quote": lambda n: "‘" + repeat_to("Jones’ said ", n - 3),
    "dashes": lambda n: repeat_to("—", n),
    "hyphens": lambda n: repeat_to("-", n),
    "full stops": lambda n: repeat_to(".", n),
    "quotes and cues, one paragraph": lambda n: repeat_to(
        "“It is still a trickle,” he said. Kirby said the talks were over. ", n
    ),
    "dash attributions, one paragraph": lambda n: repeat_to("“We will stay here,” — Ana Ruiz ", n),
    "white space after a quote": lambda n: (
        "“We will stay here, all of us,” " + repeat_to(" \t", n - 60) + "— Ana Ruiz"
    ),
    "quotes after commas, one paragraph": lambda n: repeat_to("and then, “we will stay here” ", n),
    "quotes and cues, one sentence": lambda n: repeat_to("“We will stay,” he said, ", n),
    "many organizations": many_organizations,
    "many people, one surname": one_surname,
    "the official, paragraph after paragraph": lambda n: repeat_to(
        "Kirby said the talks were over.\n\n“We will stay,” the official said.\n\n", n
    ),
    "participle clauses, one sentence": lambda n: (
        "Ryan" + repeat_to(", despite admitting that the plan failed", n - 15) + ", said it."
    ),
}
"""The pathological pages, by name: what each is, at ``n`` bytes."""

NEWS: Final[dict[str, Generator]] = {"news": news_text}
"""Real-looking news text, generated (no data files needed)."""

KINDS: Final[dict[str, Generator]] = {**NEWS, **HOSTILE}
"""Every kind of text the scaling benchmark times."""
