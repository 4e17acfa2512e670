"""The fifth stage: the document's entities, and every speaker phrase tied to one of them.

A per-document registry holds the people the text names (with their variants, titles and
gender where the text tells it), the organizations and the anonymous sources. Surnames and
titled names resolve to the fullest name, pronouns to the most salient earlier person they
agree with, definite descriptions ("the White House official") to the person whose title
matches, indefinite ones ("a senior official") to an anonymous speaker of their own.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import string
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final

import regex
from attrs import define, field

from . import fastpath
from .annotations import (
    GROUP_LABELS,
    ORGANIZATION_LABELS,
    PERSON_LABELS,
    CorefIndex,
    EntitySpan,
)
from .lexicon import trie_alternation
from .lexicon.first_names import gender_of_first_name
from .lexicon.people import (
    DETERMINERS,
    GROUP_NOUNS,
    MALE_HONORIFICS,
    NAME_SUFFIXES,
    OFFICIAL_ROLES,
    ORG_WORDS,
    PRONOUNS,
    ROLE_ACRONYMS,
    ROLE_NOUNS,
    SHORT_TITLES,
    TITLES,
)
from .mentions import (
    FUNCTION_WORDS,
    TITLE_CONNECTORS,
    Phrase,
    PhraseKind,
    _gender_of,
    _title_back,
    sentence_tokens,
)
from .model import Mention, MentionKind, Speaker, SpeakerKind, _mention, _speaker

if TYPE_CHECKING:
    from .wordscan import WordHits

__all__ = ["Entity", "Registry", "build_registry"]

# Why: enum members read from their classes cost about ten times a module global in Python
# 3.11 (EnumType.__getattr__ on every read); the resolver reads them in its inner loops.
_MK_NAME: Final = MentionKind.NAME
_MK_PRONOUN: Final = MentionKind.PRONOUN
_PK_DESCRIPTION: Final = PhraseKind.DESCRIPTION
_PK_GROUP: Final = PhraseKind.GROUP
_PK_ORGANIZATION: Final = PhraseKind.ORGANIZATION
_PK_PERSON: Final = PhraseKind.PERSON
_PK_PRONOUN: Final = PhraseKind.PRONOUN
_SK_ANONYMOUS: Final = SpeakerKind.ANONYMOUS
_SK_GROUP: Final = SpeakerKind.GROUP
_SK_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_SK_PERSON: Final = SpeakerKind.PERSON

# Why: the pronoun resolver asks each candidate's first-name gender for every pronoun (seven
# thousand times for the 84 texts of polnear-dev); the table lookup folds accents each time.
_first_name_gender: Final = functools.lru_cache(maxsize=4096)(gender_of_first_name)

# Why: a run of capitalised words (with initials, particles and "Jr.") is where names are;
# one pass over the text finds them all. A capital inside a word before a lower-case letter
# belongs to it: "McConnell", "DeSantis", "O'Brien" (they were cut at it: "Mitch McC"). A run
# never crosses a line end (LF, CR or U+2029: tokenize.SPACE_IN_LINE), as a name never does.
#: One word of a name: a capital, then letters, marks, apostrophes and hyphens, ending in a
#: letter ("McConnell", "O'Brien", "Ocasio-Cortez").
_NAME_WORD: Final = r"\p{Lu}(?:[\p{Ll}\p{M}’'\-\u00ad]|\p{Lu}(?=\p{Ll}))*\p{L}\p{M}*"
#: White space inside a line.
_IN_LINE: Final = r"[^\S\r\n\u2029]"
#: The lower-case particles inside a name: "Ursula von der Leyen".
_NAME_PARTICLE: Final = r"(?:de|del|der|di|du|da|van|von|la|le|bin|al|el|ibn)"
NAME_RUN_RE: Final = regex.compile(
    rf"""
    (?:(?<=^)|(?<=[^\p{{L}}\p{{N}}’'.\-]))
    (?:{_NAME_WORD}|\p{{Lu}}\.)
    (?:{_IN_LINE}+(?:{_NAME_PARTICLE}{_IN_LINE}+)?
       (?:{_NAME_WORD}|\p{{Lu}}\.)){{0,6}}
    """,
    regex.VERBOSE,
)
# Why: an honorific before a surname tells the person's gender ("Mr. Kirby").
HONORIFIC_RE: Final = regex.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(\p{Lu}[\p{L}\p{M}’'\-\u00ad]+)"
)
# Why: where an HONORIFIC_RE match can start, for the standard library's engine to find (it
# skips to the next "M", "S" or "D" at once; HONORIFIC_RE's leading \b is tried at every
# position). No honorific holds the first letter of another past its own start, so none of
# these matches hides the start of another.
HONORIFIC_PREFILTER_RE: Final = re.compile(r"M(?:rs?|s|iss)|Sir|Dame")


def _honorifics(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``HONORIFIC_RE.finditer(text)``: each is checked where the prefilter
    finds an honorific, and one that starts inside the match before it is passed over."""
    end = 0
    for c in HONORIFIC_PREFILTER_RE.finditer(text):
        if c.start() >= end:
            m = HONORIFIC_RE.match(text, c.start())
            if m is not None:
                end = m.end()
                yield m


POSSESSIVE_END_RE: Final = regex.compile(r"['’]s?$")
#: The endings of a text POSSESSIVE_END_RE can match in ($ also matches before a final line
#: break): a text that ends otherwise ("Jones", "officials") is left as it is without a search.
_POSSESSIVE_ENDS: Final = ("'", "’", "'s", "’s", "\n")

#: The name of the speaker every narrating "I" of a text stands for.
NARRATOR: Final = "the narrator"

#: How many paragraphs back a pronoun may look for its person.
PRONOUN_WINDOW_PARAGRAPHS: Final = 4
#: How many of the nearest earlier speaker events, and of the nearest earlier name mentions,
#: a pronoun (or a cue-less quote) looks at in its window of paragraphs: however long a
#: paragraph, resolving one costs at most this much (issue 7).
RECENT_EVENTS: Final = 200
_POS: Final = operator.itemgetter(0)  # an event's position

SENTENCE_START_WORDS: Final = frozenset(
    """The A An He She It They We I But And Yet So In On At For This That These Those There
    Here When While After Before If As Some Many Most No Still Meanwhile However Also Asked
    According Other What Who Why How Read More Facebook Twitter Said Says Added Replied
    Until Unless Since Because Although Though Whereas Once Whether Where Then Now Even Only
    Thus Hence Indeed Perhaps Instead Despite Unlike Amid Among Against Without Within During
    Into To Your My Our Their His Its Later Earlier Separately Recently Previously Afterward
    Afterwards Finally Initially Ultimately Eventually Subsequently Additionally Similarly
    Today Yesterday Tonight""".split()
)
"""Capitalised words at the start of a run that are not part of a name."""

NOT_NAME_WORDS: Final = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Gaza Strip Israel Israeli
    American Americans Palestinian Palestinians United States Middle East God""".split()
)
"""Capitalised words that do not end a person's name."""


#: Months that are surnames too, after a first name.
MONTH_SURNAMES: Final = frozenset("May March April June August".split())

RUN_PRONOUNS: Final = frozenset("He She It They We You I".split())
"""Pronouns that end a run of capitalised words: no name goes on past one."""

RUN_ENDS: Final = RUN_PRONOUNS | {"The"}
"""Words that end a run of capitalised words, the pronouns and "The": a sentence with no full
stop before it ("said Kirby The talks ...") names no person "Kirby The", whose surname would
make every sentence that opens with "The" a mention of him."""

PLACE_ENDS: Final = frozenset("Park Street Road Avenue Square Manor Abbey Castle Station".split())
"""Last words of place names, never of a person's: "Netherfield Park", "Baker Street"."""


@define(slots=True, eq=False)
class Entity:
    """A speaker candidate of one document, built up as the document is read."""

    name: str
    kind: SpeakerKind
    surname: str = ""
    first: str = ""
    _title: str | None = field(default=None, alias="title")
    _gender: str | None = field(default=None, alias="gender")
    # its mentions as start, end and kind (an index of _MENTION_KINDS), three machine ints each
    # (issue 7: a tuple and an int object a mention before): a Mention object is built only
    # for the entities that turn out to speak (see speaker()), since most entities a text
    # names never do
    mentions: array[int] = field(factory=lambda: array("q"))
    positions: list[int] = field(factory=list)  # starts of its name mentions, sorted
    quoted: bool = False  # it speaks in the document

    @property
    def name_gender(self) -> str | None:
        """What the first name alone suggests (quotekit.lexicon.first_names), for people the
        text never says more of; None for a lone surname, a unisex or an unlisted name."""
        return _first_name_gender(self.first) if self.first else None

    # where full names of it stand, to read its title from lazily ("spokesman John Kirby"):
    # most people a text names never speak, and reading titles is the registry's costly part
    title_text: str = ""
    title_sites: list[int] = field(factory=list)
    text: str = field(default="", repr=False)  # the document its mentions are read from

    def _read_title(self) -> None:
        sites, self.title_sites = self.title_sites, []
        for pos in sites:
            title = _title_before(self.title_text, pos)
            if title:
                self._title = title
                if self._gender is None:
                    self._gender = _gender_of(title.split())
                return

    @property
    def title(self) -> str | None:
        """The role or title the text gives this entity, read on first use."""
        if self._title is None and self.title_sites:
            self._read_title()
        return self._title

    @title.setter
    def title(self, value: str | None) -> None:
        self._title = value

    @property
    def gender(self) -> str | None:
        """ "male" or "female" where the text tells (honorific, role word, pronoun), else None."""
        if self._gender is None and self.title_sites:
            self._read_title()
        return self._gender

    @gender.setter
    def gender(self, value: str | None) -> None:
        self._gender = value

    def add_mention(self, start: int, end: int, kind: MentionKind) -> None:
        """Note ``text[start:end]`` as a mention of this entity."""
        self.mentions.extend((start, end, _MENTION_CODES[kind]))

    def speaker(self, mention: Callable[[int, int, MentionKind], Mention] | None = None) -> Speaker:
        """The public :class:`Speaker` of this entity; ``mention`` makes each of its mentions
        (the pipeline's shares them with the quotes)."""
        text = self.text
        seen: set[tuple[int, int]] = set()
        mentions = []
        # Why: the flat array read three ints at a time by zip, not a tuple built by Python
        # code for each mention; the stable sort keeps the first kind given to each span
        codes = iter(self.mentions)
        for start, end, code in sorted(zip(codes, codes, codes, strict=True), key=_START_END):
            if (start, end) not in seen:
                seen.add((start, end))
                kind = _MENTION_KINDS[code]
                mentions.append(
                    _mention(text[start:end], start, end, kind)
                    if mention is None
                    else mention(start, end, kind)
                )
        return _speaker(self.name, self.kind, self.title, tuple(mentions))


#: An empty mention array, copied for each new entity; never changed itself.
_NO_MENTIONS: Final = array("q")


def _entity(
    name: str,
    kind: SpeakerKind,
    text: str,
    surname: str = "",
    first: str = "",
    title: str | None = None,
    gender: str | None = None,
) -> Entity:
    """A new :class:`Entity` of the registry, as ``Entity(...)`` makes it. Why: built
    without attrs' __init__ (a dozen keyword arguments bound, a factory called for each
    container: three times the cost), for the two dozen entities of an article."""
    ent: Entity = _new_object(Entity)
    ent.name = name
    ent.kind = kind
    ent.surname = surname
    ent.first = first
    ent._title = title
    ent._gender = gender
    ent.mentions = _NO_MENTIONS[:]  # a slice: half the cost of array("q")
    ent.positions = []
    ent.quoted = False
    ent.title_text = ""
    ent.title_sites = []
    ent.text = text
    return ent


_new_object: Final = object.__new__


def _split_name(name: str) -> tuple[str, str]:
    words = name.split()
    if not NAME_SUFFIXES.isdisjoint(words):
        words = [w for w in words if w not in NAME_SUFFIXES]
    if not words:
        return "", ""
    surname = words[-1]
    if surname.endswith(_POSSESSIVE_ENDS):
        surname = POSSESSIVE_END_RE.sub("", surname)  # else it cannot match
    first = words[0] if len(words) > 1 else ""
    return first, surname


def _spoken_length(name: str) -> int:
    """The length of ``name`` with each run of white space counted as one space: "Basil
    Hallward" written over a CRLF line end is no fuller a name than with a space (issue 7)."""
    words = name.split()
    return sum(map(len, words)) + len(words) - 1


def _compatible_first(a: str, b: str) -> bool:
    if not a or not b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


#: The people of one surname that Registry.person reads one by one; more are indexed by their
#: first names (see _Namesakes), which costs memory a surname.
NAMESAKES_READ: Final = 8


class _Namesakes:
    """The persons of one surname by their first names, so that the first of them (in the
    order made) whose first name fits a name is found in a few look-ups rather than by
    reading all of them (issue 7: a text naming hundreds of people of one surname read every
    one of them for each name)."""

    __slots__ = ("by_first", "by_initial", "no_first", "order")

    def __init__(self) -> None:
        self.order: dict[Entity, int] = {}  # its place in Registry.by_surname's list
        self.no_first: list[Entity] = []  # no first name known: any first name fits
        # by the first name without its final stops ("J." is "J"), and by its first letter
        self.by_first: dict[str, list[Entity]] = {}
        self.by_initial: dict[str, list[Entity]] = {}

    def _buckets(self, first: str) -> list[list[Entity]]:
        if not first:
            return [self.no_first]
        key = first.rstrip(".")
        buckets = [self.by_first.setdefault(key, [])]
        if key:
            buckets.append(self.by_initial.setdefault(key[0], []))
        return buckets

    def add(self, ent: Entity) -> None:
        """File ``ent`` (made last) under its first name."""
        self.order[ent] = len(self.order)
        for bucket in self._buckets(ent.first):
            bucket.append(ent)

    def refile(self, ent: Entity, old_first: str) -> None:
        """File ``ent`` under its new first name, no longer under ``old_first``."""
        for bucket in self._buckets(old_first):
            bucket.remove(ent)
        for bucket in self._buckets(ent.first):
            bisect.insort(bucket, ent, key=self.order.__getitem__)

    def fitting(self, first: str) -> Entity | None:
        """The first person made whose first name fits ``first`` (as _compatible_first
        tells), or None."""
        if not first:  # any first name fits: the first made
            return next(iter(self.order), None)
        key = first.rstrip(".")
        heads = [self.no_first[:1], self.by_first.get(key, [])[:1]]
        if len(key) == 1:  # an initial fits every first name it starts
            heads.append(self.by_initial.get(key, [])[:1])
        if key:  # a first name fits an initial it starts with
            heads.append(self.by_first.get(key[0], [])[:1])
        found = [h[0] for h in heads if h]
        return min(found, key=self.order.__getitem__, default=None)

    def named(self, first: str) -> Entity | None:
        """The first person made whose first name (without final stops) is ``first``."""
        bucket = self.by_first.get(first)
        return bucket[0] if bucket else None


_START_END: Final = operator.itemgetter(0, 1)  # a mention's (start, end)
#: The kinds of mention by the code :attr:`Entity.mentions` holds for them.
_MENTION_KINDS: Final = tuple(MentionKind)
_MENTION_CODES: Final = {kind: code for code, kind in enumerate(_MENTION_KINDS)}
_NAME_CODE: Final = _MENTION_CODES[_MK_NAME]

#: The prefix of each kind's keys in :attr:`Registry.others` ("group:officials").
_KIND_KEYS: Final = {kind: f"{kind.value}:" for kind in SpeakerKind}


@define(slots=True)
class Registry:
    """The people, organizations and anonymous sources of one document."""

    text: str
    persons: list[Entity] = field(factory=list)
    others: dict[str, Entity] = field(factory=dict)  # organizations, groups, anonymous
    by_surname: dict[str, list[Entity]] = field(factory=dict)
    # salience: (position, entity, whether the name starts a clause, paragraph) in document
    # order; the third is None until opens_clause() is asked for it
    events: list[tuple[int, Entity, bool | None, int]] = field(factory=list)
    group_mentions: list[tuple[int, Entity]] = field(factory=list)  # "officials", "police"
    # the first anonymous source made for each last word of a description ("official")
    anonymous_heads: dict[str, Entity] = field(factory=dict)
    titled: list[Entity] = field(factory=list)  # people given a title after they were made
    # by_surname's lists of more than NAMESAKES_READ people, by first names
    namesakes: dict[str, _Namesakes] = field(factory=dict)
    # organizations by the last word of their name, lower case, and anonymous sources by the
    # last word of theirs, in the order made: looked up, not every entity read, for each
    # phrase (issue 7: a text naming many organizations was quadratic)
    organizations_by_last: dict[str, list[Entity]] = field(factory=dict)
    anonymous_by_last: dict[str, list[Entity]] = field(factory=dict)

    def person(self, name: str, title: str | None = None, gender: str | None = None) -> Entity:
        """The person entity of ``name``, created when new; a fuller name replaces a shorter."""
        first, surname = _split_name(name)
        candidates = self.by_surname.get(surname, [])
        namesakes = self.namesakes.get(surname)
        ent = None
        if namesakes is not None:
            ent = namesakes.fitting(first)
        else:
            for e in candidates:
                if _compatible_first(first, e.first):
                    ent = e
                    break
        if ent is not None:
            # Why: most names come again as they were (the same name is no fuller)
            if first and name != ent.name and _spoken_length(name) > _spoken_length(ent.name):
                old_first = ent.first
                ent.name, ent.first = name, first
                if namesakes is not None and first != old_first:
                    namesakes.refile(ent, old_first)
            if title and not ent.title:
                ent.title = title
                self.titled.append(ent)
            if gender and not ent.gender:
                ent.gender = gender
            return ent
        ent = _entity(name, _SK_PERSON, self.text, surname, first, title, gender)
        self.persons.append(ent)
        candidates.append(ent)
        if len(candidates) == 1:
            self.by_surname[surname] = candidates
        if namesakes is not None:
            namesakes.add(ent)
        elif len(candidates) > NAMESAKES_READ:
            # many people of one surname: indexed by first name from here on
            namesakes = self.namesakes[surname] = _Namesakes()
            for e in candidates:
                namesakes.add(e)
        return ent

    def opens_clause(self, i: int) -> bool:
        """Whether the name of ``events[i]`` starts a clause (:func:`_at_clause_start`),
        worked out at the first asking. Why: the resolver asks it of fewer than half of
        the names, and reading the words before a name cost about 1% of an article's time."""
        pos, ent, subject, para = self.events[i]
        if subject is None:
            subject = _at_clause_start(self.text, pos)
            self.events[i] = (pos, ent, subject, para)
        return subject

    def other(self, name: str, kind: SpeakerKind, title: str | None = None) -> Entity:
        """The organization, group or anonymous source called ``name``."""
        key = _KIND_KEYS[kind] + name.lower()
        ent = self.others.get(key)
        if ent is None:
            ent = _entity(name, kind, self.text, title=title)
            self.others[key] = ent
            words = name.split()
            if kind is _SK_ANONYMOUS and words:
                self.anonymous_heads.setdefault(words[-1], ent)
                self.anonymous_by_last.setdefault(words[-1], []).append(ent)
            elif kind is _SK_ORGANIZATION and words:
                self.organizations_by_last.setdefault(words[-1].lower(), []).append(ent)
        return ent


def build_registry(
    text: str,
    paragraph_starts: Sequence[int],
    entities: Sequence[EntitySpan] | None = None,
    words: WordHits | None = None,
) -> Registry:
    """Read every person name of ``text`` into a registry.

    Without ``entities`` the names come from one pass over capitalised runs; with a backend's
    named entities they come from its PERSON spans instead (and its ORG, GPE and NORP spans
    become organizations and groups), so a capitalised run the backend marks as an
    organization ("Goldman Sachs") is never a person. ``words`` are the text's words as
    :func:`quotekit.wordscan.scan_words` found them, when the caller has them.
    """
    reg = Registry(text)
    plain = fastpath.is_plain(text)
    if entities is not None:
        _register_entities(reg, entities)
    else:
        _register_name_runs(reg, plain)
        _register_titled_surnames(reg, words)
    _finish_registry(reg, paragraph_starts, words, plain)
    return reg


def _register_entities(reg: Registry, entities: Sequence[EntitySpan]) -> None:
    """Persons from PERSON spans (the fullest name per surname, as for capitalised runs),
    organizations and groups from the other labels."""
    text = reg.text
    for span in entities:
        words = text[span.start : span.end].split()
        start = span.start
        if span.label in PERSON_LABELS:
            # a title or honorific inside the span is the title, not the name: "Mr. Kirby"
            while words and (words[0] in TITLES or words[0].rstrip(".") in TITLES):
                start = text.index(words[0], start) + len(words[0])
                words = words[1:]
                while start < span.end and text[start].isspace():
                    start += 1
            name = POSSESSIVE_END_RE.sub("", " ".join(words))
            if not name or not name[0].isupper():
                continue
            ent = reg.person(name)
            if len(ent.title_sites) < TITLE_SITES and ent._title is None:
                ent.title_text = text
                ent.title_sites.append(start)
            continue
        if words and words[0].lower() in DETERMINERS:
            words = words[1:]
        name = POSSESSIVE_END_RE.sub("", " ".join(words))
        if not name:
            continue
        if span.label in ORGANIZATION_LABELS:
            reg.other(name, _SK_ORGANIZATION).positions.append(start)
        elif span.label in GROUP_LABELS:
            reg.other(name, _SK_GROUP).positions.append(start)


#: The words a name run drops from its start (sentence-start words, titles, organisation words
#: and words that end no name), as one set.
_LEAD_WORDS: Final = SENTENCE_START_WORDS | TITLES | ORG_WORDS | NOT_NAME_WORDS


def _two_words_or_more(pattern: str) -> str:
    """A name-run pattern (``NAME_RUN_RE`` or its twin) that asks for two words or more."""
    assert pattern.count("){0,6}") == 1
    return pattern.replace("){0,6}", "){1,6}")


# Why: the runs of two words or more, which are all _register_name_runs keeps: three runs in
# four are one word, and a match object for each cost more than the search. A run of two words
# or more is found where NAME_RUN_RE finds it, and one word NAME_RUN_RE would match is passed
# over (see _name_runs for the one case where the two differ).
NAME_RUNS_RE: Final = regex.compile(_two_words_or_more(NAME_RUN_RE.pattern), regex.VERBOSE)


#: How many characters of a word the look-ahead of _NAME_RUNS_TWIN reads at most: past that it
#: leaves the word to the pattern (a bound, so that a run of capitals and marks with no space
#: is read in linear time).
_AHEAD_REACH: Final = 40


def _second_word_ahead(pattern: str) -> str:
    """fastpath's NAME_RUN_RE twin (of two words or more) with a look-ahead after its first
    capital: the rest of the word, white space in the line, maybe a lower-case particle, and
    a capital (or a word too long to look through). Why: most capitals start a word no other
    follows, which the look-ahead's plain runs of one class pass over at once; the pattern's
    own word, an alternation repeated a character at a time, was matched and given back
    character by character there."""
    behind = pattern.index("].)") + len("].)")  # the end of the look-behind after the capital
    space = f"[{fastpath._S_IN_LINE}]+"
    word = f"[{fastpath._L}{fastpath._M}’'\\-\u00ad.]"  # every character of a name's word
    ahead = f"(?={word}{{0,{_AHEAD_REACH}}}+(?:{word}|{space}(?:[a-z]+{space})?[{fastpath._LU}]))"
    return pattern[:behind] + ahead + pattern[behind:]


_NAME_RUNS_TWIN: Final = re.compile(
    _second_word_ahead(_two_words_or_more(fastpath.NAME_RUN_RE.pattern))
)


def _name_runs(text: str, plain: bool) -> Sequence[re.Match[str] | regex.Match[str]]:
    """The matches of NAME_RUN_RE (its twin where ``plain``) in ``text`` of two words or more
    (with maybe some of one word)."""
    found: list[re.Match[str] | regex.Match[str]] = []
    white = fastpath.WHITE_SPACE
    for m in (_NAME_RUNS_TWIN if plain else NAME_RUNS_RE).finditer(text):
        s = m.start()
        c = text[s - 1] if s else " "
        if not (c.isascii() or c in white or c in _WORD_BREAKS):
            # after a mark or a soft hyphen, a capital may be inside a word of one that
            # NAME_RUN_RE matched whole (and went on after): only its own search tells
            return list((fastpath.NAME_RUN_RE if plain else NAME_RUN_RE).finditer(text))
        found.append(m)
    return found


#: Characters that end every word before them, beside the white space and ASCII.
_WORD_BREAKS: Final = frozenset("“”‘’«»—–―…„")


#: Title words that also open company, brand or place names ("General Electric", "Cardinal
#: Health", "Bishop Auckland", "Chief Executive") or are first names ("Dean Baker"): before
#: one capitalised word they make no person of it ("Mayor Smith" and "Prime Minister Modi"
#: do).
AMBIGUOUS_TITLES: Final = frozenset(
    """General Cardinal Bishop Dean Major Marshal Officer Chief Private Agent Chef Acting
    Former former Vice Deputy Assistant Brother""".split()
)


#: Words that open a clause before its subject: alone after one, a capitalised word may be a
#: person's name ("Then Amory", "But Henry").
CLAUSE_LEAD_WORDS: Final = frozenset(
    "then but and so yet when while as if though although because once now still".split()
)


def _titled_surname(word: str) -> bool:
    """Whether ``word``, alone after a person's title, can be a surname ("Mayor Smith", not
    "Mayor PA", "Mayor Monday" or "Professor Emeritus")."""
    return (
        len(word) > 1
        and not word.isupper()
        and word not in NOT_NAME_WORDS
        and word not in _LEAD_WORDS
        and word not in PLACE_ENDS
        and word not in NAME_SUFFIXES
        and word.lower() not in FUNCTION_WORDS
        and word not in ("Executive", "Emeritus")
    )


#: The short titles (lexicon.people.SHORT_TITLES), longest first, for the patterns below.
ABBREVIATED_TITLES: Final = tuple(sorted(SHORT_TITLES, key=lambda t: (-len(t), t)))
# Why: a run of capitalised words ends at a full stop, so "Sen. Warren" is two runs of one
# word each and NAME_RUNS_RE (two words or more) sees neither. The surname must be the
# last word of its run: "Sen. Elizabeth Warren" is a run of its own.
TITLE_SURNAME_RE: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.’'\-])(?:{'|'.join(ABBREVIATED_TITLES)})\.{_IN_LINE}+({_NAME_WORD})"
    # the whole word (never a first name cut short: "Sen. Elizabet" of "Sen. Elizabeth Warren")
    rf"(?![\p{{L}}\p{{M}}’'\-\u00ad])"
    rf"(?!{_IN_LINE}+(?:{_NAME_PARTICLE}{_IN_LINE}+)?\p{{Lu}})"
)
#: Where a TITLE_SURNAME_RE match can start, for the standard library's engine to find (where
#: there is no word scan: quotekit.wordscan finds them with the other words).
TITLE_SURNAME_PREFILTER_RE: Final = re.compile(rf"(?:{'|'.join(ABBREVIATED_TITLES)})\.\s")


def _register_titled_surnames(reg: Registry, words: WordHits | None = None) -> None:
    """Persons named by a short title and a surname alone ("Gov. Newsom spoke first. “We are
    ready,” he said."): the same person as a fuller name of that surname elsewhere. ``words``:
    the text's words as :func:`quotekit.wordscan.scan_words` found them, when the caller has
    them (they hold the short titles)."""
    text = reg.text
    starts = (
        words.short_titles
        if words is not None
        else [c.start() for c in TITLE_SURNAME_PREFILTER_RE.finditer(text)]
    )
    for start in starts:
        m = TITLE_SURNAME_RE.match(text, start)
        if m is None:
            continue
        name = m.group(1)
        if name.endswith(_POSSESSIVE_ENDS):
            name = POSSESSIVE_END_RE.sub("", name)
        if not _titled_surname(name):
            continue
        ent = reg.person(name)
        if len(ent.title_sites) < TITLE_SITES and ent._title is None:
            ent.title_text = text
            ent.title_sites.append(m.start(1))


def _register_name_runs(reg: Registry, plain: bool = False) -> None:
    """Persons and organizations from runs of capitalised words: the rule-based registry.
    ``plain``: the text keeps to :mod:`quotekit.fastpath`'s repertoire."""
    text = reg.text
    for m in _name_runs(text, plain):
        words = m.group().split()
        if len(words) < 2:
            # most runs are one capitalised word, which the rules below never keep: a lead
            # word is dropped, an organisation word needs a word before it, a name two words
            continue
        start = m.start()
        # drop leading sentence-start words and titles: "The", "President", "Sen."
        titled = False
        while words and (
            words[0] in _LEAD_WORDS
            or words[0].rstrip(".") in TITLES
            or words[0].lower() in FUNCTION_WORDS  # "With Merrick Garland": no name's word
            # a role before a first name and a surname: "Columnist George Will" (not "Baker
            # Mayfield", "Workers World Party", "Woman Steps Forward")
            or (
                len(words) >= 3
                and words[0].lower() in ROLE_NOUNS
                and _first_name_gender(words[1]) is not None
            )
        ):
            bare = words[0].rstrip(".")
            if (bare in TITLES and bare not in AMBIGUOUS_TITLES) or (
                bare.lower() in CLAUSE_LEAD_WORDS
            ):
                # a person's title ("Mayor Smith", "President Biden") or a clause's opening
                # word before its subject ("Then Amory", "But Henry"); not a preposition
                # before a place ("In Iowa") nor an article ("The Smiths")
                titled = True
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < m.end() and text[start].isspace():
                start += 1
        # "Secretary of State Antony Blinken": the word after "of" belongs to the title; not
        # a run that opens with an article or names an organization ("an editor for The New
        # York Times" was "York Times")
        if (
            len(words) >= 3
            and text[max(0, m.start() - 4) : m.start()] in (" of ", "for ")
            and start == m.start()
            and ORG_WORDS.isdisjoint(words)
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if not ROLE_ACRONYMS.isdisjoint(words):
            # "JPMorgan CEO Jamie Dimon": the name is the words after the role (two or more:
            # "The CEO Roundtable" names no person "Roundtable")
            k = max(i for i, w in enumerate(words) if w in ROLE_ACRONYMS) + 1
            if k == len(words) or (
                k == len(words) - 1 and m.group().split(None, 1)[0].lower() in ("the", "a", "an")
            ):
                continue  # "The CEO Roundtable": an organisation's name
            start = text.index(words[k], start)
            words = words[k:]
            titled = True
        # names do not run through an organisation word: "White House National ..."
        if not ORG_WORDS.isdisjoint(words):
            if words and words[-1] in ORG_WORDS:
                reg.other(" ".join(words), _SK_ORGANIZATION).positions.append(start)
            continue
        # a pronoun or "The" ends the name before it ("CHAPTER I. She"): "She" is no surname
        if not RUN_ENDS.isdisjoint(words):
            words = words[: next(k for k, w in enumerate(words) if w in RUN_ENDS)]
        # "Mayor Smith spoke first. “We will rebuild,” she said.": a title and a surname name
        # a person ("Elizabeth Warren", named later, is the same one)
        one_titled = len(words) == 1 and titled
        if one_titled and not _titled_surname(words[0]):
            continue
        if not one_titled and (
            len(words) < 2
            or (
                words[-1] in NOT_NAME_WORDS
                # a month after a first name is a surname: "Theresa May", "Brian May"
                and not (words[-1] in MONTH_SURNAMES and _first_name_gender(words[-2]))
            )
            or words[-1].isupper()
            or words[-1] in PLACE_ENDS
            or (words[-1] in NAME_SUFFIXES and len(words) < 3)
        ):
            continue
        name = " ".join(words)
        if name.endswith(_POSSESSIVE_ENDS):
            name = POSSESSIVE_END_RE.sub("", name)  # else it cannot match
        ent = reg.person(name)
        if len(ent.title_sites) < TITLE_SITES and ent._title is None:
            ent.title_text = text
            ent.title_sites.append(start)


def _finish_registry(
    reg: Registry,
    paragraph_starts: Sequence[int],
    words: WordHits | None = None,
    plain: bool = False,
) -> None:
    """Genders from honorifics, every name mention of each person, and the group words."""
    text = reg.text
    for m in _honorifics(text):
        hon, surname = m.group(1), m.group(2)
        for ent in reg.by_surname.get(surname, []):
            if ent.gender is None:
                ent.gender = (
                    "male" if hon in MALE_HONORIFICS or hon + "." in MALE_HONORIFICS else "female"
                )
    # every mention of each person: full names and bare surnames
    _collect_name_mentions(reg, paragraph_starts, plain)
    groups = (
        words.groups
        if words is not None and words.groups is not None
        else [(gm.start(), gm.group()) for gm in GROUP_RE.finditer(text)]
    )
    for pos, word in groups:
        ent = reg.other(word[0].lower() + word[1:], _SK_GROUP)
        reg.group_mentions.append((pos, ent))


# How well a person's gender fits a pronoun, best first: the text says it (an honorific, a
# role word, an earlier pronoun); nothing is known; only the first name agrees or differs.
# The first name breaks ties between candidates and never rules one out.
GENDER_TOLD: Final = 3
GENDER_NAME_AGREES: Final = 2
GENDER_UNKNOWN: Final = 1
GENDER_NAME_DIFFERS: Final = 0

# Why: subject pronouns of the narration, to tie to the speakers they stand for. The
# lookahead for their first letters lets the engine pass most positions at once.
SUBJECT_PRONOUN_RE: Final = re.compile(r"(?=[HhSsTt])\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")

# Why: "they" may point back at a group the text named ("Officials visited ... they said").
# The standard library's engine, as for cue words (see quotekit.cues.CUE_WORD_RE): a
# trie-shaped alternation of plain words, four times faster there than in regex. The
# lookahead for the words' first letters makes the engine skip most positions at once (a
# third faster than the bare alternation under IGNORECASE).
GROUP_RE: Final = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in GROUP_NOUNS})) + r"])"
    r"(?:" + trie_alternation(GROUP_NOUNS) + r")\b",
    re.IGNORECASE,
)


# Why: the words right before a person's first mention are the title the article gives:
# "White House National Security Council spokesman John Kirby", "Gov. Gavin Newsom".
TITLE_WINDOW_RE: Final = regex.compile(r"(?r)[^\r\n\u2029.;:!?“”\"]{0,90}")


# Why: a title window that stops at the full stop of an abbreviation ("Gov.") starts again
# before its word. Compiled once here: compiled at its first use, the pattern was part of
# the first text's memory (issue 7).
TITLE_ABBREVIATION_RE: Final = regex.compile(r"(?r)[\p{L}]+\.?[^\r\n\u2029;:!?“”\"]{0,60}")

#: How many full-name mentions of a person are searched for a title.
TITLE_SITES: Final = 2


#: Characters that are a token of their own (punctuation, quotation marks, dashes) and never
#: part of a title: the full stop is not one, as it ends abbreviations ("Gov.").
_NOT_TITLE_ENDS: Final = frozenset(string.punctuation.replace(".", "") + "‘’«»—–―…“”„")
#: How far before a name :func:`_no_title_before` looks: well inside the title windows.
_NO_TITLE_REACH: Final = 50


def _no_title_before(text: str, start: int) -> bool:
    """Whether :func:`_title_before` surely finds no title before ``start``, told from the
    token right before it alone: a line end, a mark of punctuation or a lower-case word that
    is no role, title or connector ("said John Kirby", "(John Kirby"). False when unsure."""
    white = fastpath.WHITE_SPACE
    i = start - 1
    while i >= 0 and text[i] in white:
        if text[i] in "\r\n\u2029":
            return True  # the title window stops at the line end: no token in it
        if start - i > _NO_TITLE_REACH:
            return False  # a long gap: left to the full read
        i -= 1
    if i < 0:
        return True  # nothing but white space before: no token
    c = text[i]
    if c == "," and _role_before_comma(text, i):
        return False  # "The company’s chief executive, Mary Barra": read it
    if c in _NOT_TITLE_ENDS:
        return start - i <= _NO_TITLE_REACH
    if "a" <= c <= "z":
        b = i
        while b > 0 and "a" <= text[b - 1] <= "z":
            b -= 1
        if b > 0 and text[b - 1] in white and start - b <= _NO_TITLE_REACH:
            # a token of its own (white space before it); _title_back stops at it unless
            # it is a role noun, a title ("former") or a connector ("of"; not "and" there)
            word = text[b : i + 1]
            if word in TITLE_CONNECTORS and word != "and":
                return _no_title_through(text, b, start)
            return word not in ROLE_NOUNS and word not in TITLES
    return False


def _no_title_through(text: str, connector: int, start: int) -> bool:
    """Whether no title runs back through the small word of a title ("of", "the": see
    TITLE_CONNECTORS) at ``connector``, the token right before a name at ``start``: the
    token before the small word, a comma or a lower-case word that is no role noun ("a
    quarter of John Kirby", "a pardon to John Kirby"), is none a title goes on through
    (mentions._title_back's test for a connector). False when unsure."""
    i = connector - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or i == connector - 1:
        return False  # the start of the text, or no space: left to the full read
    if text[i] == ",":
        return True
    b = i + 1
    while b > 0 and "a" <= text[b - 1] <= "z":
        b -= 1
    return (
        b <= i
        and (b == 0 or text[b - 1] in " \t\n")
        and start - b <= _NO_TITLE_REACH
        and text[b : i + 1] not in ROLE_NOUNS
    )


def _title_before(text: str, start: int) -> str | None:
    """The title or role that stands right before the name starting at ``start``."""
    if _no_title_before(text, start):
        return None  # Why: most names have none; reading the window's tokens costs far more
    return _title_in_window(text, start)


def _role_before_comma(text: str, comma: int) -> bool:
    """Whether a lower-case role noun ends right before the comma at ``comma``, white space
    between them ("spokesman ,", a token of its own all the same)."""
    e = comma
    while e > 0 and text[e - 1] in fastpath.WHITE_SPACE:
        e -= 1
    b = e
    while b > 0 and "a" <= text[b - 1] <= "z":
        b -= 1
    return b < e and text[b:e] in ROLE_NOUNS


def _title_in_window(text: str, start: int) -> str | None:
    """:func:`_title_before` read from the tokens of the title window, without the shortcut."""
    window = TITLE_WINDOW_RE.match(text, 0, start)
    w_start = window.start() if window else start
    # keep the full stop of a title abbreviation ("Gov.") that the window stops at
    while w_start > 0 and text[w_start - 1] == "." and w_start >= 2 and text[w_start - 2].isalpha():
        back = TITLE_ABBREVIATION_RE.match(text, 0, start)
        w_start = back.start() if back else w_start
        break
    toks = sentence_tokens(text, w_start, start, ())
    if not toks:
        return None
    if len(toks) >= 2 and toks[-1].text == "," and toks[-2].text in ROLE_NOUNS:
        # a description set off before the name, opening the sentence: "The company’s chief
        # executive, Mary Barra," (not "Unlike her opponent, Mary Barra", "Asked by a
        # reporter, Mary Barra")
        first = _title_back(toks, len(toks) - 2)
        if first != 0:
            return None
        if toks[first].text.lower() in ("the", "a", "an"):
            first += 1
        if first >= len(toks) - 1:
            return None
        return text[toks[first].start : toks[-2].end]
    first = _title_back(toks, len(toks) - 1)
    if first > len(toks) - 1:
        return None
    if toks[first].text.lower() in ("the", "a", "an"):
        first += 1
    if first > len(toks) - 1:
        return None
    title = text[toks[first].start : toks[-1].end]
    if title in SENTENCE_START_WORDS:
        return None
    return title


# Why: a capitalised word is a surname mention when a registered person has that surname.
CAP_WORD_RE: Final = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}’'\-\u00ad]*\p{L}\p{M}*")


def _collect_name_mentions(
    reg: Registry, paragraph_starts: Sequence[int], plain: bool = False
) -> None:
    text = reg.text
    by_surname = reg.by_surname
    if not by_surname:
        return
    events = reg.events
    for m in (fastpath.CAP_WORD_RE if plain else CAP_WORD_RE).finditer(text):
        word = m[0]
        # POSSESSIVE_END_RE's cut, spelled out: this runs for every capitalised word, and a
        # match ends with a letter, so only "'s" or "’s" can be cut. Why: two character tests,
        # not endswith (whose arguments are parsed from a format string at every call)
        if word[-1] == "s" and word[-2] in "'’":
            word = word[:-2]
        if word not in by_surname:
            continue
        if word in MONTH_SURNAMES and _a_date(text, m.start(), m.end()):
            continue  # "in May", "May 5": the month, not Theresa May
        ents = by_surname[word]
        # extend back over a first name / initials of the same person
        start = m.start()
        end = start + len(word)
        ent = ents[0]
        if len(ents) > 1:
            prev = text[max(0, start - 30) : start].split()
            prev_word = prev[-1] if prev else ""
            namesakes = reg.namesakes.get(word)
            prev_first = prev_word.rstrip(".")
            if namesakes is not None:
                named = namesakes.named(prev_first)
            else:
                named = next(
                    (e for e in ents if e.first and prev_first == e.first.rstrip(".")), None
                )
            ent = named if named is not None else _most_recent(ents, start)
        first = ent.first
        # Why: the first name looked for only where it stands (an "in" test costs a tenth of
        # rfind's, whose arguments are parsed from a format string): most mentions are bare
        if first and first in text[max(0, start - len(ent.name) - 2) : start]:
            fs = text.rfind(first, max(0, start - len(ent.name) - 2), start)
            if fs >= 0 and (
                text[fs + len(first) : start].strip(" .") == "" or text[fs:end] == ent.name
            ):
                start = fs
        ent.mentions.extend((start, end, _NAME_CODE))  # add_mention's, without the call
        ent.positions.append(start)
        para = bisect.bisect_right(paragraph_starts, start) - 1
        events.append((start, ent, None, para))  # whether it starts a clause: on demand


#: Words before a month that make it a date: "in May", "since March", "early June".
_DATE_LEADS: Final = frozenset(
    "in on since until from last next early late mid this through".split()
)


def _a_date(text: str, start: int, end: int) -> bool:
    """Whether the month name at ``start..end`` is a date: a number after it ("May 5") or a
    preposition or time word before it ("in May", "last March")."""
    after = text[end : end + 3].lstrip(" ")
    if after[:1].isdigit():
        return True
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _DATE_LEADS


#: Words after which a name starts a clause: "But Kirby said", "with Kirby saying".
_CLAUSE_OPENERS: Final = frozenset(("but", "and", "while", "with", "as", "when", "that"))


def _at_clause_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos].rstrip()
    if not before or before[-1] in '.!?\n:;”"':
        return True
    last = before.rsplit(None, 1)[-1]  # its last word: ``before`` ends with one
    if last in TITLES:
        return True
    low = last.lower()
    return low in ROLE_NOUNS or low in _CLAUSE_OPENERS


def _most_recent(ents: Sequence[Entity], pos: int) -> Entity:
    best = ents[0]
    best_pos = -1
    for e in ents:
        i = bisect.bisect_left(e.positions, pos) - 1
        if i >= 0 and e.positions[i] > best_pos:
            best, best_pos = e, e.positions[i]
    return best


TITLE_EQUIVALENTS: Final = {
    "gov.": "governor",
    "gov": "governor",
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "rep": "representative",
    "gen.": "general",
    "dr.": "doctor",
    "prof.": "professor",
    "pres.": "president",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "maj.": "major",
    "adm.": "admiral",
    "sgt.": "sergeant",
    "secretary": "secretary",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
}
"""Title abbreviations and variants and the role word each stands for: "Gov." is "the governor"."""


def _title_keys(t_words: Sequence[str]) -> set[str]:
    """The words of a title as a description's head is compared with them: lower case, each
    abbreviation or variant as the role word it stands for."""
    return {TITLE_EQUIVALENTS.get(w.lower(), w.lower()) for w in t_words}


#: The key under which :class:`TitleIndex` files every title with an official role in it.
ANY_OFFICIAL: Final = "<official>"


class TitleIndex:
    """People by the words of their titles: whose title a definite description's head may fit
    (see :func:`_title_matches`), without testing everyone's (issue 7)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Entity]] = {}
        self.filed: set[Entity] = set()  # those filed under their title (never again)

    def add(self, ent: Entity) -> None:
        """File ``ent`` under its title's words, if it has a title and is not filed yet."""
        title = ent.title
        if not title or ent in self.filed:
            return
        self.filed.add(ent)
        keys = _title_keys(title.replace("’s", "").replace("'s", "").split())
        if keys & OFFICIAL_ROLES:
            keys.add(ANY_OFFICIAL)
        for key in keys:
            self.by_key.setdefault(key, []).append(ent)

    def candidates(self, head: str) -> list[Entity]:
        """Everyone whose title a description headed by ``head`` may fit (and maybe more)."""
        head = TITLE_EQUIVALENTS.get(head, head)
        found = self.by_key.get(head, [])
        if head in OFFICIAL_ROLES:
            found = found + self.by_key.get(ANY_OFFICIAL, [])
        return found


def _title_matches(desc_words: Sequence[str], head: str, title: str | None) -> bool:
    """Whether a definite description ("the White House official", "the governor") fits a
    person's title ("White House National Security Council spokesman", "Gov.")."""
    if not title:
        return False
    t_words = title.replace("’s", "").replace("'s", "").split()
    t_low = _title_keys(t_words)
    head = TITLE_EQUIVALENTS.get(head, head)
    desc_low = [w.lower() for w in desc_words]
    if head == "lady" and "first" in desc_low:
        return "lady" in t_low and "first" in t_low
    if head not in t_low and not (head in OFFICIAL_ROLES and t_low & OFFICIAL_ROLES):
        return False
    caps = [w for w in desc_words if w[:1].isupper()]
    return all(w in t_words for w in caps)


def _head_in_title(head: str, title: str | None) -> bool:
    """Whether a description's head word itself (or its equivalent) is in ``title``, not only
    a word of the same family of official roles."""
    if not title:
        return False
    keys = _title_keys(title.replace("’s", "").replace("'s", "").split())
    return TITLE_EQUIVALENTS.get(head, head) in keys


def _maybe_company(ent: Entity) -> bool:
    """Whether a person entity could as well be a company that "it" points at: a one-word
    name ("Microsoft") with no first name, gender or title."""
    return (
        ent.kind is _SK_PERSON
        and not ent.first
        and " " not in ent.name
        and ent._gender is None
        and ent._title is None
        and not ent.title_sites
    )


#: How far after a quote's end a pronoun may stand to be its cue's ("”, he said", "”, said
#: he", "”, replied she"), with no sentence's end between them.
QUOTE_CUE_REACH: Final = 16


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a full stop, question or exclamation mark stands in ``text[start:end]``."""
    piece = text[start:end]
    return "." in piece or "?" in piece or "!" in piece


#: Participles that "it’s" makes a passive report of ("it’s said that", "it’s believed"):
#: "it’s told airlines" and "it’s warned" are "it has told", "it has warned".
REPORT_PARTICIPLES: Final = (
    "said|believed|thought|expected|reported|rumou?red|understood|known|alleged|feared|"
    "estimated|claimed|argued|hoped|suspected|assumed"
)
#: A past participle after a form of "be": one ending in -ed, or a common irregular one.
_PARTICIPLE: Final = (
    r"(?:[a-z]+ed|said|told|thought|known|shown|seen|given|made|held|found|written|heard|"
    r"felt|understood|taken|put|set)\b"
)
#: An adverb between "it", its auxiliaries and the participle: "it is also believed",
#: "it was later reported", "it is widely expected".
_ADVERB: Final = r"(?:\w+ly|also|now|later|still|already|long|often|since|even|not|never)"
# Why: an "it" before a passive ("it is said that", "it was reported", "it has been claimed",
# "it’s said") stands for no one; "it is warning", "it was quick to say" are active. After
# "it’d" only "been"/"be" makes a passive ("it’d said" is "it had said").
IT_PASSIVE_RE: Final = regex.compile(
    # not "it’s since said", "it’s repeatedly said": "it has"
    r"['’]s\s+(?:(?:often|also|widely|commonly|generally|sometimes|usually|frequently)\s+)?"
    rf"(?:{REPORT_PARTICIPLES})\b"
    rf"|['’][sd]\s+(?:{_ADVERB}\s+)?be(?:en|ing)?\s+(?:{_ADVERB}\s+)?{_PARTICIPLE}"
    r"|\s+(?:(?:is|was|has|had|have|will|would|may|might|could|must|should)\s+)?"
    rf"(?:{_ADVERB}\s+)?(?:been|be|being|is|was)\s+(?:{_ADVERB}\s+)?{_PARTICIPLE}"
)


#: Heads of a description that name a business: "the company" is the business that spoke last.
COMPANY_HEADS: Final = frozenset(
    """company firm corporation retailer automaker carmaker airline startup manufacturer
    chipmaker conglomerate lender insurer publisher broadcaster""".split()
)
#: Words that make a bank a public body, no company: "World Bank", "European Central Bank".
PUBLIC_BANK_WORDS: Final = frozenset(
    "World Central Federal Reserve Development Investment European Asian".split()
)
#: Last words of a business's name, lower case and without a full stop: what "the company"
#: can be ("Boeing Co.", "Acme Corp.", "Delta Air Lines"). An agency, a newsroom, a party or a
#: union ("the FAA", "CNN", "the GOP") never is, though its name may not say so.
COMPANY_NAME_ENDS: Final = frozenset(
    """inc corp co ltd llc plc ag sa nv gmbh group company corporation holdings airlines
    airways lines motors industries technologies partners bank electric dynamics""".split()
)


class Resolver:
    """Resolves speaker phrases in document order, keeping the salience history."""

    def __init__(
        self,
        registry: Registry,
        paragraph_starts: Sequence[int],
        *,
        entities: Sequence[EntitySpan] | None = None,
        coref: CorefIndex | None = None,
        paragraph_rank: Sequence[int] | None = None,
        quotes: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.reg = registry
        self.paragraph_starts = paragraph_starts
        # for each paragraph, how many paragraphs up to it hold a mark, a cue, a name or a
        # pronoun: the windows that look back a number of paragraphs count only those, so a
        # paragraph about nothing (the weather) pushes no speaker out of reach. None: count
        # every paragraph.
        self.paragraph_rank = paragraph_rank
        self.speaker_events: list[tuple[int, Entity, int]] = []  # (pos, entity, paragraph)
        # (position, index) of each of speaker_events, sorted: bisected without a key function
        self._by_pos: list[tuple[int, int]] = []
        # the indices of the speaker events that stand before every later one, and their
        # positions (both increasing): the last event before a position is one of them
        self._lowest: list[int] = []
        self._lowest_pos: list[int] = []
        # each person that speaks: (its last position, the first event there)
        self._speaking: dict[Entity, tuple[int, int]] = {}
        # speaking people by title word; every person of the registry by title word (made
        # when first needed) with their places in the registry's list
        self._speaking_titles = TitleIndex()
        self._person_titles: TitleIndex | None = None
        self._person_order: dict[Entity, int] = {}
        # (where first named, place in the registry's list) of the persons the registry
        # found named, sorted (made when first needed), and how many of them are filed
        self._first_named: list[tuple[int, int]] = []
        self._first_named_filed = 0
        self._titled_seen = 0  # how many of the registry's late titles the indexes have seen
        # a backend's organizations and groups, to retype a capitalised "person" phrase
        self.non_persons: list[EntitySpan] | None = (
            None
            if entities is None
            else sorted(
                (e for e in entities if e.label in ORGANIZATION_LABELS | GROUP_LABELS),
                key=lambda e: (e.start, e.end),
            )
        )
        self.coref = coref
        self._named: list[tuple[int, Entity]] | None = None  # (name position, person), sorted
        self._named_starts: list[int] = []
        self._by_first: dict[str, list[Entity]] = {}  # first name -> persons, for vocatives
        self._by_first_of: list[Entity] = []  # the persons _by_first was built from
        # the direct quotes' extents (``quotes``: open marks and outer ends, sorted): a name
        # inside one is what somebody said, not who speaks (see :meth:`quote_end_at`)
        self.quote_opens: list[int] = [o for o, _ in quotes]
        self.quote_ends: list[int] = [e for _, e in quotes]

    def _para(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def quote_end_at(self, pos: int) -> int:
        """The end of the direct quote (of :attr:`quote_opens`) that ``pos`` lies inside, or
        -1."""
        k = bisect.bisect_right(self.quote_opens, pos) - 1
        if k < 0 or pos >= self.quote_ends[k]:
            return -1
        return self.quote_ends[k]

    def resolve(self, phrase: Phrase) -> Entity | None:
        """The entity ``phrase`` refers to, or None (an unresolvable pronoun)."""
        ent = self._resolve(phrase)
        if ent is not None:
            text = self.reg.text
            kind = phrase.mention_kind
            ms, me = phrase.start, phrase.end
            if phrase.kind is _PK_PERSON and phrase.name_start >= 0:
                ms = phrase.name_start
            me_text = text[ms:me]
            if me_text.endswith(_POSSESSIVE_ENDS):
                me_text = POSSESSIVE_END_RE.sub("", me_text)  # else it cannot match
            if len(me_text) != me - ms:
                me = ms + len(me_text)
            ent.add_mention(ms, me, kind)
            ent.quoted = True
            if phrase.gender and not ent.gender and ent.kind is _SK_PERSON:
                ent.gender = phrase.gender
            self._add_speaker_event(phrase.start, ent)
        return ent

    def _add_speaker_event(self, pos: int, ent: Entity) -> None:
        idx = len(self.speaker_events)
        self.speaker_events.append((pos, ent, self._para(pos)))
        by_pos = self._by_pos
        if by_pos and by_pos[-1][0] > pos:
            bisect.insort(by_pos, (pos, idx))
        else:
            by_pos.append((pos, idx))  # in document order, as events mostly come: insort's place
        while self._lowest_pos and self._lowest_pos[-1] >= pos:
            self._lowest.pop()
            self._lowest_pos.pop()
        self._lowest.append(idx)
        self._lowest_pos.append(pos)
        if ent.kind is _SK_PERSON:
            last = self._speaking.get(ent)
            if last is None or pos > last[0]:
                self._speaking[ent] = (pos, idx)
            if last is None:
                self._speaking_titles.add(ent)

    def _catch_up_titles(self) -> None:
        """File the people given a title since the last look in the title indexes."""
        titled = self.reg.titled
        while self._titled_seen < len(titled):
            ent = titled[self._titled_seen]
            self._titled_seen += 1
            if ent in self._speaking:
                self._speaking_titles.add(ent)
            if self._person_titles is not None and ent in self._person_order:
                self._person_titles.add(ent)

    def _all_person_titles(self, before: int) -> TitleIndex:
        """The persons of the registry by title word: at least every one named before
        ``before`` (the others fit no description there), each filed at the first look that
        needs it. Why: reading a title costs, and most people are named once, late or never
        described; the persons the resolver makes are never named (their positions are the
        registry's scan's), so never fit."""
        index = self._person_titles
        persons = self.reg.persons
        if index is None:
            index = self._person_titles = TitleIndex()
            self._first_named = sorted(
                (ent.positions[0], i) for i, ent in enumerate(persons) if ent.positions
            )
        firsts = self._first_named
        order = self._person_order
        k = self._first_named_filed
        while k < len(firsts) and firsts[k][0] < before:
            i = firsts[k][1]
            order[persons[i]] = i
            index.add(persons[i])
            k += 1
        self._first_named_filed = k
        return index

    def _window_start(self, para: int, paragraphs_back: int, ranked: bool = False) -> int:
        """Where paragraph ``para - paragraphs_back`` starts: events before it are too far back
        (-1 when every event is near enough). ``ranked``: paragraphs about nothing are not
        counted."""
        rank = self.paragraph_rank if ranked else None
        if rank is None:
            first = para - paragraphs_back
        else:
            lowest = rank[para] - paragraphs_back
            first = bisect.bisect_left(rank, lowest) if lowest > 0 else -1
        return self.paragraph_starts[first] if first >= 0 else -1

    def _paragraphs_between(self, earlier: int, para: int) -> int:
        """How many paragraphs ``para`` lies after ``earlier``, those about nothing not
        counted (for pronouns: a cue-less quote's guess counts every paragraph)."""
        rank = self.paragraph_rank
        return para - earlier if rank is None else rank[para] - rank[earlier]

    def _last_event_before(self, pos: int) -> int:
        """The index of the last speaker event (in the order they were added) that stands
        before ``pos``, or -1."""
        i = bisect.bisect_left(self._lowest_pos, pos) - 1
        return self._lowest[i] if i >= 0 else -1

    def _resolve(self, phrase: Phrase) -> Entity | None:
        reg = self.reg
        if self.non_persons is not None and phrase.kind is _PK_PERSON and phrase.name:
            span = self._non_person_at(phrase.name_start, phrase.name_start + len(phrase.name))
            if span is not None:
                return self._entity_of_span(span, phrase.start)
        if phrase.kind is _PK_PERSON and phrase.name:
            return (
                reg.person(phrase.name, title=phrase.title, gender=phrase.gender)
                if " " in phrase.name
                else self._surname(phrase)
            )
        if phrase.kind is _PK_ORGANIZATION and phrase.name:
            name = phrase.name
            first_word = name.split()[0].lower() if name.split() else ""
            if first_word in DETERMINERS:
                name = name.split(" ", 1)[1] if " " in name else name
            return self._organization(name, phrase.start)
        if phrase.kind is _PK_PRONOUN:
            if phrase.head == "it" and IT_PASSIVE_RE.match(reg.text, phrase.end):
                return None  # "It is said that ...": no one, not the company named before
            return self._pronoun(phrase)
        if phrase.kind is _PK_GROUP:
            name = phrase.name or phrase.head
            first_word = name.split()[0]
            if (
                first_word.lower() in GROUP_NOUNS
                or first_word.lower() in ROLE_NOUNS
                or first_word.lower() in DETERMINERS
            ):
                name = name[0].lower() + name[1:]
            return reg.other(name, _SK_GROUP)
        if phrase.kind is _PK_DESCRIPTION:
            return self._description(phrase)
        return None

    def _non_person_at(self, start: int, end: int) -> EntitySpan | None:
        """The backend's organization or group entity that covers ``text[start:end]``."""
        for span in self.non_persons or ():
            if span.start <= start and end <= span.end:
                return span
            if span.start > start:
                break
        return None

    def _entity_of_span(self, span: EntitySpan, pos: int) -> Entity:
        """The organization or group a backend's entity span names."""
        words = self.reg.text[span.start : span.end].split()
        if words and words[0].lower() in DETERMINERS:
            words = words[1:]
        name = POSSESSIVE_END_RE.sub("", " ".join(words))
        if span.label in GROUP_LABELS:
            return self.reg.other(name, _SK_GROUP)
        return self._organization(name, pos)

    def _coref_person(self, phrase: Phrase) -> Entity | None:
        """The named person of the coreference chain that holds ``phrase``'s head word.

        The person named most often among the chain's other mentions wins; on a tie, the one
        named nearest before the phrase. None when no chain holds the phrase or none of its
        mentions names a person of the registry.
        """
        if self.coref is None:
            return None
        hit = self.coref.chain_at(phrase.end - 1)
        if hit is None:
            return None
        chain, own = hit
        if self._named is None:
            # the registry's name mentions are complete once resolution starts
            self._named = sorted(
                ((p, ent) for ent in self.reg.persons for p in ent.positions), key=lambda x: x[0]
            )
            self._named_starts = [p for p, _ in self._named]
        starts = self._named_starts
        tally: dict[int, tuple[int, int, Entity]] = {}  # id -> (count, nearness, entity)
        for ms, me in self.coref.chains[chain]:
            if (ms, me) == own:
                continue
            for k in range(bisect.bisect_left(starts, ms), bisect.bisect_left(starts, me)):
                p, ent = self._named[k]
                count, near, _ = tally.get(id(ent), (0, -len(self.reg.text), ent))
                nearness = p if p < phrase.start else -p
                tally[id(ent)] = (count + 1, max(near, nearness), ent)
        if not tally:
            return None
        return max(tally.values(), key=lambda t: (t[0], t[1]))[2]

    def _organization(self, name: str, pos: int) -> Entity:
        """An organization; a short form ("the ministry") is the named one it heads."""
        low = name.lower()
        same = self.reg.others.get(_KIND_KEYS[_SK_ORGANIZATION] + low)
        if same is not None:
            return same
        if " " not in low:
            # the last one made whose name ends in the word and that is named before pos
            for ent in reversed(self.reg.organizations_by_last.get(low, ())):
                if ent.positions and ent.positions[0] < pos:
                    return ent
            if low in COMPANY_HEADS:
                company = self._company_speaking(pos)
                if company is not None:
                    return company
        return self.reg.other(name, _SK_ORGANIZATION)

    def link_pronouns(
        self, opens: Sequence[int], ends: Sequence[int], words: WordHits | None = None
    ) -> None:
        """Tie every "he"/"she"/"they" of the narration to the speaker it most likely means,
        as a mention of that speaker, so that ``Speaker.mentions`` lists the pronouns too.

        Only speakers get them (nobody else is reported), and pronouns inside direct quotes
        are left alone: there "he" is someone the speaker talks about. The direct quotes are
        given as where their marks open (``opens``, sorted) and where they end, closing mark
        included (``ends``).
        """
        text = self.reg.text
        pronouns = (
            words.pronouns
            if words is not None
            else [(m.start(), m.end(), m.group()) for m in SUBJECT_PRONOUN_RE.finditer(text)]
        )
        for pos, end, word in pronouns:
            i = bisect.bisect_right(opens, pos) - 1
            if i >= 0 and pos < ends[i]:
                continue
            low = word.lower()
            gender, _number = PRONOUNS[low]
            wanted = gender if gender in ("male", "female") else None
            # Why: the phrase only for a backend's coreference chains; most runs have none
            phrase = (
                None
                if self.coref is None
                else Phrase(pos, end, _PK_PRONOUN, head=low, gender=wanted)
            )
            ent = self._pronoun_at(low, pos, wanted, False, phrase)
            if ent is not None and ent.quoted:
                ent.add_mention(pos, end, _MK_PRONOUN)

    def salient_person(self, pos: int, paragraphs_back: int) -> Entity | None:
        """The person most recently speaking or named as a subject before ``pos``, within
        ``paragraphs_back`` paragraphs: whom a cue-less quoted paragraph is most likely from."""
        para = self._para(pos)
        best: tuple[int, Entity] | None = None
        # the speaker event added last among those before pos in the window: found among the
        # nearest ones by position (issue 7: a walk over every event was quadratic)
        lo = self._window_start(para, paragraphs_back)
        by_pos = self._by_pos
        last = bisect.bisect_left(by_pos, (pos, -1)) - 1
        latest = -1
        for k in range(last, max(-1, last - RECENT_EVENTS), -1):
            s_pos, idx = by_pos[k]
            if s_pos < lo:
                break
            latest = max(latest, idx)
        if latest >= 0:
            s_pos, ent, _ = self.speaker_events[latest]
            if ent.kind is _SK_PERSON:
                best = (s_pos, ent)
        events = self.reg.events
        last = bisect.bisect_left(events, pos, key=_POS) - 1
        for i in range(last, max(-1, last - RECENT_EVENTS), -1):
            e_pos, ent, subject, e_para = events[i]
            if para - e_para > paragraphs_back:
                break
            if (best is None or e_pos > best[0]) and (
                subject if subject is not None else self.reg.opens_clause(i)
            ):
                best = (e_pos, ent)
                break
        return best[1] if best is not None else None

    def named(self, word: str, honorific: str | None, pos: int) -> Entity | None:
        """The person of the registry called ``word`` (a surname or a first name) near ``pos``,
        told apart by an honorific's gender; None when the text names no one so."""
        if len(self._by_first_of) != len(self.reg.persons):
            # persons are only ever added: index their first names again when some were
            self._by_first_of = list(self.reg.persons)
            self._by_first = {}
            for e in self._by_first_of:
                if e.first:
                    self._by_first.setdefault(e.first, []).append(e)
        ents = self.reg.by_surname.get(word) or self._by_first.get(word, [])
        if honorific:
            male = honorific in MALE_HONORIFICS or honorific + "." in MALE_HONORIFICS
            gendered = [e for e in ents if e.gender == ("male" if male else "female")]
            ents = gendered or ents
        if not ents:
            return None
        return ents[0] if len(ents) == 1 else _most_recent(ents, pos)

    def has_speaker_called(self, head: str) -> bool:
        """Whether someone described by ``head`` already speaks ("said the parson" makes
        "the parson" of the narration a person)."""
        return any(ent.quoted for ent in self.reg.anonymous_by_last.get(head, ()))

    def _surname(self, phrase: Phrase) -> Entity:
        assert phrase.name is not None
        name = phrase.name
        ents = self.reg.by_surname.get(name, [])
        if phrase.title and len(ents) > 1:
            titled = [
                e
                for e in ents
                if e.title
                and _title_matches(phrase.title.split(), phrase.title.split()[-1].lower(), e.title)
            ]
            ents = titled or ents
        if phrase.gender:
            gendered = [e for e in ents if e.gender == phrase.gender]
            ents = gendered or ents
        if len(ents) == 1:
            return ents[0]
        if ents:
            # prefer the one already speaking, then the one named most recently
            speaking = [e for e in ents if e.quoted]
            return _most_recent(speaking or ents, phrase.start)
        if name in ORG_WORDS:
            return self.reg.other(name, _SK_ORGANIZATION)
        return self.reg.person(name, title=phrase.title, gender=phrase.gender)

    def _pronoun(self, phrase: Phrase, learn: bool = True) -> Entity | None:
        return self._pronoun_at(phrase.head, phrase.start, phrase.gender, learn, phrase)

    def _pronoun_at(
        self, head: str, pos: int, wanted: str | None, learn: bool, phrase: Phrase | None
    ) -> Entity | None:
        """:meth:`_pronoun` of the pronoun ``head`` at ``pos`` that tells the gender
        ``wanted``; ``phrase`` is needed only where there are coreference chains."""
        para = self._para(pos)
        if head == "i":
            # the narrator: first-person fiction, a columnist's "I asked him"
            return self.reg.other(NARRATOR, _SK_ANONYMOUS)
        if head == "we":
            return None
        want_person = head in ("he", "she")
        if want_person and self.coref is not None and phrase is not None:
            # a backend's coreference chain names the person: it goes before salience
            chained = self._coref_person(phrase)
            if chained is not None:
                if learn and not chained.gender and wanted:
                    chained.gender = wanted
                return chained

        # Candidates, best first by (how well the gender fits, salience, position): speakers
        # of earlier cues (salience 2), people named earlier (1 as a clause's subject, else 0)
        # and, for "they", the last group named. Each kind is read from the nearest back,
        # stopping at the first that nothing further back can beat, and at RECENT_EVENTS
        # (issue 7: every earlier event of a long paragraph was scored for every pronoun).
        def grade(ent: Entity) -> int | None:
            if want_person:
                if ent.kind is not _SK_PERSON:
                    return None
                gender = ent._gender
                if gender is None and ent.title_sites:
                    gender = ent.gender  # read from its title now
                if gender is not None and gender != wanted:
                    return None
                if gender == wanted:
                    return GENDER_TOLD
                name_gender = ent.name_gender
                if name_gender is None:
                    return GENDER_UNKNOWN
                # only the first name speaks: a tie-breaker, never a veto
                return GENDER_NAME_AGREES if name_gender == wanted else GENDER_NAME_DIFFERS
            if head == "they" and ent.kind not in (_SK_GROUP, _SK_ORGANIZATION):
                return None
            if head == "it" and ent.kind is not _SK_ORGANIZATION:
                # a one-word name that no first name, gender or title ever went with is more
                # likely a company than a person ("Microsoft announced ... it said"): a
                # fallback below any organization
                return 0 if _maybe_company(ent) else None
            return 1

        top = GENDER_TOLD if want_person else 1
        best: tuple[int, int, int] | None = None
        best_ent = None
        lo = self._window_start(para, PRONOUN_WINDOW_PARAGRAPHS, ranked=True)
        # the speaker events the walk back over them (in the order they were added) reaches
        # before the first one that is too far back: those added after it
        reached = self._last_event_before(lo) if lo >= 0 else -1
        by_pos = self._by_pos
        events = self.speaker_events
        for k in self._events_back(pos):
            s_pos, idx = by_pos[k]
            if s_pos < lo:
                break
            ent = events[idx][1]
            if idx <= reached:
                continue
            g = grade(ent)
            if g is not None and (best is None or (g, 2, s_pos) > best):
                best, best_ent = (g, 2, s_pos), ent
                if g == top:
                    break  # the nearest of the best grade: no earlier event beats it
        if best is None or best[0] < top:
            named = self.reg.events
            last = bisect.bisect_left(named, pos, key=_POS) - 1
            # _paragraphs_between(e_para, para) > PRONOUN_WINDOW_PARAGRAPHS, without a call
            rank = self.paragraph_rank
            too_far = (para if rank is None else rank[para]) - PRONOUN_WINDOW_PARAGRAPHS
            for i in range(last, max(-1, last - RECENT_EVENTS), -1):
                e_pos, ent, subject, e_para = named[i]
                if (e_para if rank is None else rank[e_para]) < too_far:
                    break
                q_end = self.quote_end_at(e_pos) if e_para == para and self.quote_opens else -1
                if 0 <= pos - q_end <= QUOTE_CUE_REACH and not _ends_sentence(
                    self.reg.text, q_end, pos
                ):
                    # "“John Brown lied to us,” he said": a name the quote this pronoun
                    # attributes speaks of, never who speaks it
                    continue
                g = grade(ent)
                if g is None:
                    continue
                if q_end >= 0:
                    # a name inside another quote of the paragraph ("“John Brown lied,” Reed
                    # said. He said ..."): no first-name guess for it, and below every name
                    # outside quotes; it wins only when the text tells its gender or nothing
                    # else fits ("“Mary Jones lied,” John Reed said. She said ...")
                    g = min(g, GENDER_UNKNOWN)
                    score = (g, -1, e_pos)
                else:
                    if subject is None and (best is None or (g, 1, e_pos) > best):
                        subject = self.reg.opens_clause(i)  # else it cannot beat best anyway
                    score = (g, 1 if subject else 0, e_pos)
                if best is None or score > best:
                    best, best_ent = score, ent
                    if g == top and subject:
                        break
        if head == "they":
            groups = self.reg.group_mentions
            j = bisect.bisect_left(groups, pos, key=_POS) - 1
            if j >= 0:
                g_pos, g_ent = groups[j]
                g = grade(g_ent)
                if g is not None and (best is None or (g, 1, g_pos) > best):
                    best, best_ent = (g, 1, g_pos), g_ent
        if learn and best_ent is not None and want_person and not best_ent.gender:
            best_ent.gender = wanted
        if best_ent is not None and head == "it" and best_ent.kind is _SK_PERSON:
            best_ent.kind = _SK_ORGANIZATION  # "it" says what it is
        return best_ent

    def _events_back(self, pos: int) -> range:
        """The indices into ``_by_pos`` of the speaker events before ``pos``, nearest first, at
        most RECENT_EVENTS of them (issue 7: a long text's every event was read)."""
        last = bisect.bisect_left(self._by_pos, (pos, -1)) - 1
        return range(last, max(-1, last - RECENT_EVENTS), -1)

    def _company_speaking(self, pos: int) -> Entity | None:
        """The business that spoke last before ``pos`` in reach, for "the company" and its kin
        ("Acme Corp. said ... The company said ..."): an organization whose name says it is a
        business (COMPANY_NAME_ENDS); or None."""
        lo = self._window_start(self._para(pos), PRONOUN_WINDOW_PARAGRAPHS, ranked=True)
        for k in self._events_back(pos):
            s_pos, idx = self._by_pos[k]
            if s_pos < lo:
                break
            ent = self.speaker_events[idx][1]
            words = ent.name.split()
            if (
                ent.kind is _SK_ORGANIZATION
                and words[-1][:1].isupper()  # a name, not a description ("advocacy group")
                and words[-1].lower().rstrip(".") in COMPANY_NAME_ENDS
                # a public bank: "World Bank", "Federal Reserve Bank" (not "Federal Express")
                and not (words[-1] == "Bank" and not PUBLIC_BANK_WORDS.isdisjoint(words))
            ):
                return ent
        return None

    def _description(self, phrase: Phrase) -> Entity:
        desc = phrase.name or phrase.head
        words = desc.split()
        if phrase.definite and self.coref is not None:
            chained = self._coref_person(phrase)
            if chained is not None:
                return chained
        if phrase.definite:
            # whether each entity's title fits, worked out once per entity: the events below
            # name the same few speakers over and over, and long texts have thousands
            fits: dict[int, bool] = {}

            def title_fits(ent: Entity) -> bool:
                fit = fits.get(id(ent))
                if fit is None:
                    fit = fits[id(ent)] = _title_matches(words, phrase.head, ent.title)
                return fit

            # a person whose title matches, most recently speaking (of two at one position,
            # the one that spoke there first) or named first; each speaking person is looked
            # at once, not at each of its cues (issue 7)
            self._catch_up_titles()
            # a title with the description's own head beats one of the same family ("the
            # spokesman" is the spokesman's, not the press secretary's who spoke since)
            best = None
            best_at = (False, -1, 0)
            for ent in self._speaking_titles.candidates(phrase.head):
                s_pos, first_idx = self._speaking[ent]
                at = (_head_in_title(phrase.head, ent.title), s_pos, -first_idx)
                if at > best_at and title_fits(ent):
                    best, best_at = ent, at
            if best is None:
                # the last one in the registry's list named before the phrase
                persons = self._all_person_titles(phrase.start)
                best_order = (False, -1)
                for ent in persons.candidates(phrase.head):
                    order = (_head_in_title(phrase.head, ent.title), self._person_order[ent])
                    if (
                        order > best_order
                        and title_fits(ent)
                        and ent.positions
                        and ent.positions[0] < phrase.start
                    ):
                        best, best_order = ent, order
            if best is not None:
                return best
            anonymous = self.reg.anonymous_heads.get(phrase.head)
            if anonymous is not None:
                return anonymous
        kind = _SK_GROUP if phrase.head in GROUP_NOUNS else _SK_ANONYMOUS
        return self.reg.other(desc, kind, title=desc)
