"""Abbreviations whose full stop may not end a sentence."""

from __future__ import annotations

from typing import Final

NEVER_FINAL: Final = frozenset(
    """
    mr mrs ms dr prof st mt ft rev hon sen rep gov lt gen col maj capt sgt adm cmdr pres supt
    insp det cpl pvt gov sens reps
    jan feb mar apr jun jul aug sep sept oct nov dec
    vols pp figs approx vs cf ca
    """.split()
)
"""Lower-cased words whose full stop never ends a sentence: titles before a name ("Sen.
Warren"), months before a day ("Jan. 6"), "vs."."""

BEFORE_NUMBER: Final = frozenset("no nos vol p fig ch sec art".split())
"""Abbreviations only before a number ("No. 2", "p. 5", "Art. 5"); with their full stop, these
words are also words that end sentences ("she would vote no.", "a lot of art.")."""

MAYBE_FINAL: Final = frozenset(
    """
    jr sr co corp inc ltd bros etc al est dept univ assn
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
"""Abbreviations that end a sentence only when a capitalised word that starts a new clause
follows: "said Sen. Jane Smith, D-Ore. The vote ..." ends, "Apple Inc. shares" does not."""
