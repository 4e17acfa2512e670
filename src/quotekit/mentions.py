"""The fourth stage's reading half: speaker phrases and the names a document gives.

A speaker phrase is the noun phrase that says who speaks: the subject before a cue ("White
House National Security Council spokesman John Kirby told reporters", "he said", "a
spokeswoman for the ministry said") or after it ("said Kirby"). :func:`phrase_before` and
:func:`phrase_after` read one from a sentence's tokens; the resolver ties it to a speaker.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from sys import intern
from typing import Final, NamedTuple

import regex

from . import fastpath
from .lexicon.abbreviations import BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL
from .lexicon.first_names import gender_of_first_name
from .lexicon.people import (
    DETERMINERS,
    FEMALE_HONORIFICS,
    FEMALE_ROLES,
    GROUP_NOUNS,
    INDEFINITE,
    MALE_HONORIFICS,
    MALE_ROLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PRONOUNS,
    ROLE_ACRONYMS,
    ROLE_NOUNS,
    TITLES,
)
from .lexicon.verbs import COMMON_IRREGULAR_PAST, CUE_FORMS, NOUN_LIKE_FORMS
from .model import MentionKind
from .tokenize import TOKEN_RE

__all__ = ["Phrase", "PhraseKind", "Tok", "phrase_after", "phrase_before", "sentence_tokens"]


class Tok(NamedTuple):
    """A token of a sentence being read for attribution."""

    text: str
    start: int
    end: int
    kind: str  # the TOKEN_RE group: word, abbr, number, quote, punct
    quoted: bool  # inside a direct quote (marks included)


# Why: a full stop after an initial, a title or another abbreviation belongs to that word
# ("Mr.", "F.", "Sen."), so names read as one run of words. Titles written in full are not
# among them: "said the president." ends the sentence (the speaker was "president.").
_ABBREV_WORDS: Final = NEVER_FINAL | MAYBE_FINAL | BEFORE_NUMBER


# Why: TOKEN_RE with the white space before each token as a group of its own, so that one
# findall() call hands over every token as a tuple of strings and the offsets follow from
# their lengths: a third faster than a Match object per token on this hot path. Its groups,
# in order: the space, then TOKEN_RE's (abbr, word, number, quote, punct).
SPACED_TOKEN_RE: Final = regex.compile(r"(\s*)(?:" + TOKEN_RE.pattern + "\n)", TOKEN_RE.flags)
# Why: the white space at the end of a range, cut before SPACED_TOKEN_RE runs: a search that
# fails there would start again at every one of its characters.
TRAILING_SPACE_RE: Final = regex.compile(r"(?r)\s*")
_WHITE_SPACE: Final = fastpath.WHITE_SPACE
#: Characters that are a token of their own wherever they stand at the edge of a piece between
#: spaces, before or after a word of letters: quotation marks and punctuation (no letter,
#: mark, digit or white space), with the kind TOKEN_RE gives each.
_EDGE_KINDS: Final = {ch: "quote" if ch in "\"'“”‘’" else "punct" for ch in ",.;:!?\"'“”‘’()[]-—–…"}
_EDGE_MARKS: Final = "".join(_EDGE_KINDS)


def sentence_tokens(
    text: str, start: int, end: int, protected: Sequence[tuple[int, int]]
) -> list[Tok]:
    """The tokens of ``text[start:end]``, abbreviations with their full stop, each marked when it
    lies inside one of the sorted ``protected`` ranges (the direct quotes)."""
    toks: list[Tok] = []
    append = toks.append
    make = tuple.__new__  # skips NamedTuple's Python-level __new__: this loop is the hot path
    k = 0
    n_prot = len(protected)
    p_start, p_end = protected[0] if n_prot else (end + 1, end + 1)
    stop = end  # before the white space that ends the range (TRAILING_SPACE_RE's cut)
    while stop > start and text[stop - 1] in _WHITE_SPACE:
        stop -= 1
    pattern = fastpath.SPACED_TOKEN_RE if fastpath.is_plain(text, start, stop) else SPACED_TOKEN_RE
    # Why: most of a sentence is words of letters between single spaces. A piece between two
    # spaces that is letters only (str.isalpha: \p{L} alone, one word token, tests check) is
    # that token without the pattern; any other piece (empty, punctuation, other white space)
    # is read by the pattern: a quarter of sentence_tokens' cost (5% of an article's).
    pos = start  # where the piece starts
    for piece in text[start:stop].split(" "):
        if piece.isalpha():
            e = pos + len(piece)
            while pos >= p_end:
                k += 1
                p_start, p_end = protected[k] if k < n_prot else (end + 1, end + 1)
            append(make(Tok, (piece, pos, e, "word", p_start <= pos)))
            pos = e + 1
            continue
        if not piece:
            pos += 1
            continue
        if piece[-1] in ",." and piece[:-1].isalpha():
            # a word and the comma or full stop after it: half the other pieces
            e = pos + len(piece) - 1
            word = piece[:-1]
            while pos >= p_end:
                k += 1
                p_start, p_end = protected[k] if k < n_prot else (end + 1, end + 1)
            if piece[-1] == "." and (
                word.lower() in _ABBREV_WORDS or (len(word) == 1 and word.isupper())
            ):
                append(make(Tok, (piece, pos, e + 1, "abbr", p_start <= pos)))
            else:
                append(make(Tok, (word, pos, e, "word", p_start <= pos)))
                while e >= p_end:
                    k += 1
                    p_start, p_end = protected[k] if k < n_prot else (end + 1, end + 1)
                append(make(Tok, (piece[-1], e, e + 1, "punct", p_start <= e)))
            pos = e + 2
            continue
        lead = piece.lstrip(_EDGE_MARKS)
        core = lead.rstrip(_EDGE_MARKS)
        if core.isalpha():
            # a word between quotation marks or punctuation ("“We", "said,”", "(AP)")
            c_start = pos + len(piece) - len(lead)
            c_end = c_start + len(core)
            s = pos
            pos += len(piece)
            while s < pos:
                if s == c_start:
                    word, kind = core, "word"
                else:
                    word = text[s]
                    kind = _EDGE_KINDS[word]
                    if (
                        s == c_end
                        and word == "."
                        and (core.lower() in _ABBREV_WORDS or (len(core) == 1 and core.isupper()))
                    ):
                        s += 1  # the full stop of an abbreviation: "(Mr.”"
                        toks[-1] = make(Tok, (core + ".", c_start, s, "abbr", toks[-1][4]))
                        continue
                e = s + len(word)
                while s >= p_end:
                    k += 1
                    p_start, p_end = protected[k] if k < n_prot else (end + 1, end + 1)
                append(make(Tok, (word, s, e, kind, p_start <= s)))
                s = e
            pos += 1
            continue
        e = pos  # the end of the previous token: each match starts there
        pos += len(piece)
        for gap, abbr, word, number, quote, punct in pattern.findall(text, e, pos):
            s = e + len(gap)
            if word:
                kind = "word"
            elif punct:
                word, kind = punct, "punct"
                if word == "." and toks:
                    last = toks[-1]
                    lw = last[0]
                    if (
                        last[2] == s
                        and last[3] == "word"
                        and (lw.lower() in _ABBREV_WORDS or (len(lw) == 1 and lw.isupper()))
                    ):
                        e = s + 1
                        toks[-1] = make(Tok, (lw + ".", last[1], e, "abbr", last[4]))
                        continue
            elif quote:
                word, kind = quote, "quote"
            elif number:
                word, kind = number, "number"
            else:
                word, kind = abbr, "abbr"
            e = s + len(word)
            while s >= p_end:
                k += 1
                p_start, p_end = protected[k] if k < n_prot else (end + 1, end + 1)
            append(make(Tok, (word, s, e, kind, p_start <= s)))
        pos += 1
    return toks


class PhraseKind(enum.Enum):
    """What sort of speaker a phrase names."""

    PERSON = "person"  # a person's name, maybe with a title: "Sen. Jane Smith"
    PRONOUN = "pronoun"  # "he", "they"
    DESCRIPTION = "description"  # "the official", "a spokeswoman for the ministry"
    GROUP = "group"  # "officials", "some Democrats"
    ORGANIZATION = "organization"  # "the White House", "Hamas"


class Phrase(NamedTuple):
    """A speaker phrase: its extent, its kind and the parts the resolver needs."""

    start: int
    end: int
    kind: PhraseKind
    name: str | None = None  # the name part: "John Kirby" of "spokesman John Kirby"
    name_start: int = -1
    title: str | None = None  # "White House National Security Council spokesman"
    head: str = ""  # the head word, lower case: "official", "he", "kirby"
    definite: bool = False  # "the official" (refers back) versus "an official" (new)
    gender: str | None = None  # "male" / "female" where the phrase itself tells
    relative_start: int = -1  # "Barkley, who said": the relative pronoun standing for it
    relative_end: int = -1

    @property
    def mention_kind(self) -> MentionKind:
        """How the phrase refers: by name, by pronoun or by description."""
        # Why: a dict look-up; reading enum members from their classes cost about 0.8% of
        # extract() (Python 3.11's EnumType.__getattr__ on every read)
        return _MENTION_KIND_OF.get(self.kind, _NOMINAL)


_MENTION_KIND_OF: Final = {
    PhraseKind.PRONOUN: MentionKind.PRONOUN,
    PhraseKind.PERSON: MentionKind.NAME,
    PhraseKind.ORGANIZATION: MentionKind.NAME,
}
_NOMINAL: Final = MentionKind.NOMINAL
# Why: the members read as module constants (Python 3.11 reads an enum member from its class
# through EnumType.__getattr__: ten times a global's cost), as in cues.py and resolve.py
_PK_DESCRIPTION: Final = PhraseKind.DESCRIPTION
_PK_GROUP: Final = PhraseKind.GROUP
_PK_ORGANIZATION: Final = PhraseKind.ORGANIZATION
_PK_PERSON: Final = PhraseKind.PERSON
_PK_PRONOUN: Final = PhraseKind.PRONOUN


# Why: a capitalised word (or an all-caps acronym) can be part of a name.
CAPITALISED_RE: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}’'\-.\u00ad]*")
POSSESSIVE_RE: Final = regex.compile(r"(?i)['’]s?$")
#: The last characters of a word POSSESSIVE_RE can match in: "ſ" and "S" are an "s" to (?i),
#: and its $ also matches before a final line break.
_POSSESSIVE_ENDS: Final = frozenset("'’sSſ\n")

#: All-capital words longer than this are datelines or shouting, not acronyms (NAACP, UNICEF).
MAX_ACRONYM: Final = 6
#: The longest run of capitalised words read as a person's name; longer runs are titles and
#: organisations before the name ("White House National Security Council spokesman ...").
MAX_NAME_WORDS: Final = 4
#: How many words a description may have before its head ("a senior Biden administration
#: official" has four).
MAX_MODIFIERS: Final = 5
#: How many words a title before a name may have.
MAX_TITLE_WORDS: Final = 8

TITLE_CONNECTORS: Final = frozenset({"of", "for", "and", "the", "to", "on"})
"""Small words inside a title: "Secretary of State", "minister for foreign affairs"."""

BEFORE_SUBJECT_OK: Final = frozenset(
    """but and so yet while although though because as when after before since if with
    whereas meanwhile however instead also then where why unless until once now still later
    earlier today yesterday indeed perhaps thus hence despite without amid""".split()
)
"""Words that may stand right before a subject: "But Kirby said", "with Netanyahu saying"."""


FUNCTION_WORDS: Final = frozenset(
    """when then having after before while if as since because although though once where
    until unless whereas what who why how which whether there here now today yesterday
    tomorrow thus hence indeed perhaps maybe instead meanwhile still yet also even only just
    so but and or nor for in on at by with from to of into onto over under during without
    within about asked according being following given despite including like unlike amid
    among against let please yes no not never always sometimes often every each all both
    either neither more most many much some any few several such this that these those it
    its our their my your his her we they you he she i me us them him monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december""".split()
)
"""Capitalised at the start of a sentence, these are still not names: "When he returned"."""


def _is_cap(tok: Tok) -> bool:
    if tok.kind != "word" and tok.kind != "abbr":
        return False
    word = tok.text
    if word.isascii() and word.isalpha():
        return word[0].isupper()  # CAPITALISED_RE's answer for plain letters, without a match
    return CAPITALISED_RE.fullmatch(word) is not None


def _strip_possessive(word: str) -> str:
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word  # POSSESSIVE_RE cannot match
    return POSSESSIVE_RE.sub("", word)


def _gender_of(words: Sequence[str]) -> str | None:
    for w in words:
        lw = w.lower()
        if w in MALE_HONORIFICS or lw in MALE_ROLES:
            return "male"
        if w in FEMALE_HONORIFICS or lw in FEMALE_ROLES:
            return "female"
    return None


def _name_run_back(toks: Sequence[Tok], j: int) -> int:
    """The first index of the run of name words that ends at ``j`` (inclusive)."""
    i = j
    words = 0
    while i >= 0:
        t = toks[i]
        if _is_cap(t):
            # sentence words ("But", "The", "When") and roles ("Economist Maria Smith")
            if t.text.lower() in _NOT_NAME_WORDS:
                break
            if (
                j - i >= 2
                and t.text.endswith(("’s", "'s", "s’", "s'"))
                and toks[j].text not in ORG_WORDS
            ):
                break  # a possessor: "The Post's Dana Milbank", "The Times' Maggie Haberman"
            word = t.text
            if word in TITLES or word.rstrip(".") in TITLES or word in ORG_WORDS:
                break
            if (
                word in ROLE_ACRONYMS
                and i < j
                and (j - i >= 2 or not (i > 0 and toks[i - 1].text.lower() in ("the", "a", "an")))
            ):
                # "JPMorgan CEO Jamie Dimon", "Tesla CEO Musk", "The CEO Jamie Dimon": the name
                # starts after the role (not "The CEO Roundtable", an organisation's name)
                break
            if i > 0 and toks[i - 1].text in TITLE_CONNECTORS and toks[i - 1].text != "and":
                break  # "Secretary of State Antony Blinken": State belongs to the title
            words += 1
            if words > MAX_NAME_WORDS:
                break
            i -= 1
        elif t.text in NAME_PARTICLES and i > 0 and _is_cap(toks[i - 1]) and i < j:
            i -= 1
        else:
            break
    return i + 1


TITLE_PREMODIFIERS: Final = frozenset(
    """former then state acting deputy assistant retired late outgoing incoming freshman
    senior junior veteran longtime fellow interim ex""".split()
)
"""Lower-case words of rank that stand before a capitalised title: "former Sen.", "state Rep."."""

NOT_TITLE_MODIFIERS: Final = COMMON_IRREGULAR_PAST | frozenset(
    "and or nor but met sent gave saw heard thought felt brought bought".split()
)
"""Lower-case words before a title that are no part of it."""


def _title_back(toks: Sequence[Tok], j: int) -> int:
    """The first index of a title that ends at ``j``, or ``j + 1`` when there is none."""
    i = j
    first = j + 1
    count = 0
    while i >= 0 and count < MAX_TITLE_WORDS:
        t = toks[i]
        low = t.text.lower()
        if t.quoted:
            break
        if low in _NOT_TITLE_WORDS and low not in ROLE_NOUNS and t.text.rstrip(".") not in TITLES:
            break  # "So Gov. Dana Pike", "That is why Gov. Dana Pike": no part of the title
        if _is_cap(t) or low in ROLE_NOUNS or t.text.rstrip(".") in TITLES:
            first = i
        elif (
            low in TITLE_CONNECTORS
            and low != "and"
            and i > 0
            and (_is_cap(toks[i - 1]) or toks[i - 1].text.lower() in ROLE_NOUNS)
            # "John McCain of Arizona", "Sen. McCain of Arizona": a person's name before
            # "of", no title's word (but "Georgia Secretary of State": a title's word, whatever
            # stands before it)
            and not (
                i > 1
                and toks[i - 1].text not in TITLES
                and (
                    gender_of_first_name(toks[i - 2].text) is not None or toks[i - 2].text in TITLES
                )
            )
        ):
            pass
        elif (
            t.kind == "word"
            and t.text.islower()
            and low not in DETERMINERS
            and i < j
            and (
                (toks[i + 1].text.islower() and toks[i + 1].text in ROLE_NOUNS)
                # before a capitalised title only a word of rank: "former Sen.", "state Sen.",
                # not "At the party convention Sen. Elizabeth Warren said"
                or (toks[i + 1].text in TITLES and low in TITLE_PREMODIFIERS)
                or (first == i + 1 and toks[i + 1].text.islower())  # "primary rival Sen."
            )
            and not _looks_like_verb(low)
            and low not in NOT_TITLE_MODIFIERS
            and (low not in CUE_FORMS or low in TITLE_PREMODIFIERS)  # "state Sen."
        ):
            # a modifier of a role: "deputy press secretary", "former president"; not "and",
            # a verb or a cue ("Adams and Gov. Kathy Hochul", "Blinken met Prime Minister
            # Netanyahu", "said Ms. Gil" gave titles from before the "and", verb or cue)
            first = i
        elif low.endswith(("’s", "'s")) and i < j:
            first = i  # "the council’s spokesman"
        else:
            break
        count += 1
        i -= 1
    if first <= j and first > 0 and toks[first - 1].text.lower() in ("the", "a", "an"):
        first -= 1
    return first


def _past_form(low: str) -> bool:
    """A lower-case word that reads as a past tense: "resumed", "grew", "stalled"."""
    return low.endswith("ed") or low in COMMON_IRREGULAR_PAST


def _looks_like_verb(low: str) -> bool:
    return low.endswith(("ed", "ing")) or low in {"is", "was", "are", "were", "has", "had", "have"}


def _span_text(text: str, toks: Sequence[Tok], i: int, j: int) -> str:
    return text[toks[i].start : toks[j].end]


def _person_from(text: str, toks: Sequence[Tok], name_first: int, head: int) -> Phrase:
    title_first = _title_back(toks, name_first - 1)
    start_i = min(title_first, name_first)
    title = None
    title_words: list[str] = []
    if title_first < name_first:
        ti = title_first
        if toks[ti].text.lower() in ("the", "a", "an"):
            ti += 1
        if ti < name_first:
            title = _span_text(text, toks, ti, name_first - 1)
            title_words = [t.text for t in toks[ti:name_first]]
    # names, titles and heads repeat through a document: one string each while phrases are
    # held (issue 7)
    name = intern(_strip_possessive(_span_text(text, toks, name_first, head)))
    return Phrase(
        start=toks[start_i].start,
        end=toks[head].end,
        kind=_PK_PERSON,
        name=name,
        name_start=toks[name_first].start,
        title=None if title is None else intern(title),
        head=intern(_strip_possessive(toks[head].text).lower()),
        definite=False,
        gender=_gender_of(title_words),
    )


def _classify_capitalised(
    text: str, toks: Sequence[Tok], first: int, head: int, det: str | None
) -> Phrase:
    """A run of capitalised words as a speaker: an organization or a person."""
    words = [t.text for t in toks[first : head + 1]]
    # Why: two set tests in C, not a generator over the words (rstrip returns a word without a
    # full stop itself, making no string)
    is_org = (
        det is not None
        or not ORG_WORDS.isdisjoint(words)
        or not ORG_WORDS.isdisjoint([w.rstrip(".") for w in words])
    )
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
        is_org = True  # an acronym: NATO, FBI
    if is_org:
        start = toks[first - 1].start if det is not None else toks[first].start
        # (a person's name is read by _person_from: read here, it was read twice)
        name = intern(_strip_possessive(_span_text(text, toks, first, head)))
        return Phrase(
            start=start,
            end=toks[head].end,
            kind=_PK_ORGANIZATION,
            name=name,
            name_start=toks[first].start,
            head=words[-1].lower(),
            definite=det is not None,
        )
    return _person_from(text, toks, first, head)


def _cue_follows(toks: Sequence[Tok], j: int) -> bool:
    """Whether a lower-case speech verb or a colon follows token ``j``: "Reed said", "Fielding:"."""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.text == ":" or (nxt.text.islower() and nxt.text in CUE_FORMS)


# Why: a pronoun and an auxiliary's contraction read as one word ("he’s", "they’ve").
CONTRACTED_PRONOUN_RE: Final = regex.compile(r"(\w+)['’](?:s|d|ve|ll|re|m)")


def phrase_before(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """Read the speaker phrase that ends at token ``j`` (the word before the cue's adverbs).

    Returns None when the tokens there are not a speaker phrase.
    """
    if j < 0:
        return None
    t = toks[j]
    if t.quoted or t.kind not in ("word", "abbr"):
        return None
    low = t.text.lower()
    end = t.end
    if low not in PRONOUNS and ("’" in low or "'" in low):
        # "he’s predicted", "they’ve said": the pronoun before its auxiliary's contraction
        m = CONTRACTED_PRONOUN_RE.fullmatch(low)
        if m is not None and m[1] in PRONOUNS:
            # "it’s said" too: the pronoun, which resolves to no one before a passive
            # (quotekit.resolve.IT_PASSIVE_RE); it was a name, "It’s"
            low, end = m[1], t.start + len(m[1])
    if low in PRONOUNS:
        gender, _number = PRONOUNS[low]
        return Phrase(
            t.start,
            end,
            PhraseKind.PRONOUN,
            head=low,
            gender=gender if gender in ("male", "female") else None,
        )
    cap = _is_cap(t)
    if cap and (low in GROUP_NOUNS or low in ROLE_NOUNS) and (j == 0 or not _is_cap(toks[j - 1])):
        return _description_back(text, toks, j)  # "Officials said", "Police said"
    if cap and low not in DETERMINERS:
        if t.text in TITLES and t.text.endswith("."):
            return None
        if low in FUNCTION_WORDS:
            return None  # "When he returned", "Then Brafman": no name
        grouped = _group_of_places(text, toks, j)
        if grouped is not None:
            return grouped
        if j == 0 and low.endswith(("ing", "ed")) and not _cue_follows(toks, j):
            return None  # "Running for office, ...", "Courted by donors, ..." (not "Reed said")
        if t.text.isupper() and len(t.text) > MAX_ACRONYM:
            return None  # a dateline: "PHILADELPHIA —"
        first = _name_run_back(toks, j)
        if first > j:  # the head itself is a title or an organisation word
            first = j
            while first > 0 and _is_cap(toks[first - 1]) and not toks[first - 1].quoted:
                first -= 1
        if (
            first >= 3
            and toks[first - 1].text == "of"
            and _is_cap(toks[first - 2])
            and (
                gender_of_first_name(toks[first - 3].text) is not None
                or toks[first - 3].text in TITLES  # "Sen. Duckworth of Illinois said"
                # initials or a middle initial: "Sen. J.D. Vance of Ohio", "John Q. Public"
                or (toks[first - 3].kind == "abbr" and toks[first - 3].text[:1].isupper())
            )
        ):
            # "Sen. Tammy Duckworth of Illinois said": the person, not the place
            person = phrase_before(text, toks, first - 2)
            if person is not None and person.kind is _PK_PERSON:
                return person
        if (
            first >= 2
            and toks[first - 1].text == "of"
            and _is_cap(toks[first - 2])
            and toks[first - 2].text in ORG_WORDS
        ):
            # "The Department of Justice said", "the University of Michigan": one name (the
            # speaker was "Justice", titled "Department of")
            first -= 2
            while first > 0 and _is_cap(toks[first - 1]) and not toks[first - 1].quoted:
                first -= 1
        elif (
            first >= 2
            and toks[first - 1].text == "of"
            and toks[first - 2].text in TITLES
            and _is_cap(toks[first - 2])
            and not (
                first >= 3
                and _is_cap(toks[first - 3])
                and toks[first - 3].text.lower() not in DETERMINERS
            )
        ):
            # "The Secretary of State said": a role (the speaker was "State", titled
            # "Secretary of"), which "Secretary of State Antony Blinken" may hold
            return _role_of(text, toks, first - 2, j)
        before = toks[first - 1].text.lower() if first > 0 else ""  # (read once)
        det = before if before in DETERMINERS else None
        if before == "the":
            det = "the"
        # a single capitalised word that starts the sentence and is a common word is no name
        return _classify_capitalised(text, toks, first, j, det)
    stem = _strip_possessive(low)
    if stem in ROLE_NOUNS or stem in GROUP_NOUNS or t.text in ORG_WORDS:
        return _description_back(text, toks, j)
    return None


#: Words between a group noun and the places after it: "Residents of Gaza City", "Officials
#: in Texas and Florida", "Police in the United States".
_GROUP_PLACE_WORDS: Final = frozenset(("of", "in", "from", "across"))
_GROUP_PLACE_JOINERS: Final = frozenset(("and", "or", ",", "the"))


def _group_of_places(text: str, toks: Sequence[Tok], j: int) -> Phrase | None:
    """The group whose places end at the capitalised token ``j``: "Residents of Gaza City"
    (the speaker was "City", titled "Residents of Gaza"), "Officials in Texas and Florida"
    (it was "Florida"); None when no group noun and preposition stand before them."""
    i = j
    while i > 1:
        p = toks[i - 1]
        if p.quoted:
            return None
        low = p.text.lower()
        if low in _GROUP_PLACE_WORDS:
            group = toks[i - 2]
            if group.quoted or group.text.lower() not in GROUP_NOUNS:
                return None
            phrase = _description_back(text, toks, i - 2)
            if phrase is None:
                return None
            name = text[group.start : toks[j].end]
            return phrase._replace(end=toks[j].end, name=name, title=name)
        if not (_is_cap(p) or low in _GROUP_PLACE_JOINERS):
            return None
        i -= 1
    return None


def _role_of(text: str, toks: Sequence[Tok], i: int, j: int) -> Phrase:
    """The role named by tokens ``i..j`` ("Secretary of State", "Attorney General of Texas")
    as a description, with its determiner before it when there is one."""
    det = toks[i - 1].text.lower() if i > 0 and toks[i - 1].text.lower() in DETERMINERS else None
    name = text[toks[i].start : toks[j].end]
    return Phrase(
        start=toks[i - 1].start if det is not None else toks[i].start,
        end=toks[j].end,
        kind=_PK_DESCRIPTION,
        name=name,
        name_start=toks[i].start,
        title=name,
        head=toks[i].text.lower(),
        definite=det == "the",
        gender=_gender_of(name.split()),
    )


ORG_HEADS: Final = frozenset(
    """ministry department agency office committee campaign company administration party
    court council government military army firm group""".split()
)
"""Lower-case heads of a description that make it an organization: "the ministry said"."""


def _description_back(text: str, toks: Sequence[Tok], head: int) -> Phrase | None:
    """A description ending at ``head``: "a senior official", "a spokeswoman for the ministry"."""
    i = head - 1
    det_i = None
    mods = 0
    while i >= 0 and mods <= MAX_MODIFIERS:
        t = toks[i]
        low = t.text.lower()
        if t.quoted or t.kind not in ("word", "abbr", "number"):
            break
        if low in DETERMINERS or low in ("his", "her", "their", "its", "our", "my", "your"):
            det_i = i
            break
        if low.endswith(("’s", "'s")):
            mods += 1
            i -= 1
            continue
        if (
            _looks_like_verb(low)
            and not _is_cap(t)
            and low
            not in (
                "unnamed",
                "retired",
                "elected",
                "appointed",
                "leading",
                "ruling",
                "governing",
                "unidentified",
            )
            and low not in OFFICE_WORDS  # "the chief operating officer"
        ):
            break
        if low in BEFORE_SUBJECT_OK or low in {
            "said",
            "says",
            "told",
            "according",
            "to",
            "that",
            "who",
            "which",
        }:
            break
        mods += 1
        i -= 1
    first = det_i if det_i is not None else i + 1
    if det_i is None:
        # without a determiner only capitalised modifiers belong: "Israeli officials said"
        first = head
        while first > 0 and _is_cap(toks[first - 1]) and not toks[first - 1].quoted:
            first -= 1
        if first > 0 and toks[first - 1].text.lower() in _BEFORE_SUBJECT_OR_COMMA:
            pass
    # a prepositional phrase before: "a spokeswoman for the ministry said"
    if first >= 2 and toks[first - 1].text.lower() in ("for", "of", "at", "with", "from", "in"):
        inner = (
            phrase_before(text, toks, first - 2)
            if toks[first - 2].text.lower() in ROLE_NOUNS
            else None
        )
        if inner is not None and inner.kind in (_PK_DESCRIPTION, _PK_GROUP):
            return inner._replace(end=toks[head].end)
    head_low = _strip_possessive(toks[head].text.lower())
    det = toks[det_i].text.lower() if det_i is not None else None
    words = [t.text for t in toks[first : head + 1]]
    content_first = first + 1 if det is not None else first
    desc = _span_text(text, toks, content_first, head) if content_first <= head else toks[head].text
    plural = head_low in GROUP_NOUNS or (
        head_low.endswith("s") and head_low not in _ROLE_NOT_GROUP_NOUNS
    )
    if (toks[head].text in ORG_WORDS or head_low in ORG_HEADS) and head_low != "police":
        return Phrase(
            toks[first].start,
            toks[head].end,
            _PK_ORGANIZATION,
            name=desc,
            name_start=toks[content_first].start,
            head=head_low,
            definite=det == "the",
        )
    return Phrase(
        start=toks[first].start,
        end=toks[head].end,
        kind=_PK_GROUP if plural else _PK_DESCRIPTION,
        name=desc,
        name_start=toks[content_first].start,
        title=desc,
        head=head_low,
        definite=det in ("the", "this", "that", "these", "those", "his", "her", "their", "its"),
        gender=_gender_of(words),
    )


def _numbered_phrase(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """:func:`phrase_after` of a phrase that opens with a number before a role or a name:
    "said 9/11 widow Terry Strada", "said 3M spokeswoman Jane Doe" (the number stays in the
    phrase's extent), or a count of a group ("said 2 officials"). A number before anything
    else is no speaker ("said 200 homes", "said 200 Americans")."""
    nxt = toks[i + 1]
    if nxt.quoted or nxt.kind != "word" or nxt.text.lower() in FUNCTION_WORDS:
        return None
    inner = phrase_after(text, toks, i + 1)
    if inner is None or not (
        # a name of two words or more, or a name with its title ("said 200 Americans" is
        # a count)
        (inner.kind is _PK_PERSON and (inner.title or " " in (inner.name or "")))
        # a role, or a count of a group as in words: "said 2 officials" as "said two
        # officials"
        or (inner.kind in (_PK_DESCRIPTION, _PK_GROUP) and inner.head in _ROLE_OR_GROUP_NOUNS)
    ):
        return None
    return inner._replace(start=toks[i].start)


_ARTICLES: Final = frozenset(("a", "an", "the"))
#: Words after which an article goes on inside one noun phrase: "a spokeswoman for the
#: ministry", "the head of a group" (an article after another word starts a verb's object).
NP_LINK_WORDS: Final = frozenset(
    "of in for at from on with to by about and or than as into over under".split()
)


def phrase_after(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """Read the speaker phrase that starts at token ``i`` (after an inverted cue: "said Kirby")."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    if t.kind == "number" and not t.quoted and i + 1 < n:
        return _numbered_phrase(text, toks, i)
    if t.quoted or t.kind not in ("word", "abbr"):
        return None
    low = t.text.lower()
    if low in PRONOUNS:
        gender, _ = PRONOUNS[low]
        return Phrase(
            t.start,
            t.end,
            _PK_PRONOUN,
            head=low,
            gender=gender if gender in ("male", "female") else None,
        )
    # read forward to the end of the noun phrase, then reuse the backward reader from its head
    j = i
    while j + 1 < n:
        nt = toks[j + 1]
        nlow = nt.text.lower()
        cur_low = toks[j].text.lower()
        if (
            nlow in _ARTICLES
            and j > i + 1
            and toks[j].text.islower()
            and cur_low not in TITLE_CONNECTORS
            and cur_low not in NP_LINK_WORDS
            # a noun that can head the phrase ends it where it is ("said a Pentagon
            # spokesman the next day")
            and cur_low not in _ROLE_OR_GROUP_NOUNS
        ):
            # "the company set a new deadline": an article after a lower-case word that
            # links nothing starts the verb's object; the word before it is the verb
            j -= 1
            break
        if nt.kind == "number" and not nt.quoted and cur_low in DETERMINERS and j + 2 < n:
            j += 1  # a year or a count after the determiner: "a 2008 Clinton veteran"
            continue
        if nt.quoted or nt.kind not in ("word", "abbr"):
            break
        if (
            _is_cap(nt)
            or nlow in NAME_PARTICLES
            or nlow in NAME_SUFFIXES
            or (
                nlow in ROLE_NOUNS
                and (
                    toks[j].text.lower() in DETERMINERS
                    or _is_cap(toks[j])
                    or not _looks_like_verb(cur_low)
                )
                and cur_low not in _ROLE_OR_GROUP_NOUNS
            )
            or (
                (cur_low in DETERMINERS or (j == i and low in DETERMINERS))
                and not _looks_like_verb(nlow)
            )
            or toks[j].text.lower() in DETERMINERS
            # "the chief executive", "the chief operating officer"
            or (cur_low in ROLE_MODIFIERS and _role_ahead(toks, j + 1))
            or (cur_low in OFFICE_WORDS and nlow in ROLE_NOUNS)
            or (  # "the chief of staff"
                cur_low in ROLE_NOUNS and nlow == "of" and j + 2 < n and toks[j + 2].text == "staff"
            )
        ):
            j += 1
        elif (
            nlow in TITLE_CONNECTORS
            and j + 2 < n
            and _is_cap(toks[j + 2])
            and (
                toks[j].text in TITLES
                or toks[j].text.lower() in ROLE_NOUNS
                or (nlow == "of" and toks[j].text in ORG_WORDS)  # "the Department of Justice"
            )
        ):
            j += 1  # "Secretary of State Antony Blinken", but not "Donald Hartley of Madison"
        elif (
            not _is_cap(toks[j])
            and toks[j].text.lower() not in ROLE_NOUNS
            and nt.text.islower()
            and nlow not in BEFORE_SUBJECT_OK
            and nlow not in TITLE_CONNECTORS
            and not _looks_like_verb(nlow)
            and (nlow not in CUE_FORMS or nlow in NOUN_LIKE_FORMS)  # "The company said"
            and j - i < MAX_MODIFIERS
        ):
            j += 1  # "a senior administration official"
        else:
            break
    if low in _ANY_DETERMINERS:
        named = _name_in_apposition(text, toks, j + 1)
        if named is not None:
            # "said the chief executive, John Ferriola.": the description is his title
            first = i + 1 if low in DETERMINERS and i < j else i
            title = named.title or text[toks[first].start : toks[j].end]
            return named._replace(title=title, gender=named.gender or _gender_of(title.split()))
    phrase = phrase_before(text, toks, j)
    if phrase is not None and phrase.start < t.start:
        return phrase._replace(start=t.start)
    if phrase is None and low in _ANY_DETERMINERS:
        return _plain_description(text, toks, i)
    return phrase


ROLE_MODIFIERS: Final = frozenset({"chief", "deputy", "executive", "general", "vice"})
"""Role nouns that also stand before another role noun in one title: "the chief executive",
"the deputy director", "the executive director"."""

OFFICE_WORDS: Final = frozenset(
    "financial operating technology information medical legal marketing strategy".split()
)
"""Words between "chief" and its role noun: "the chief financial officer"."""

#: What may follow a name set off after a description: the end of the sentence or of a clause.
_APPOSITION_ENDS: Final = frozenset({".", ",", ";", "!", "?", "—", "–"})


#: How many lower-case words may stand between a role modifier and its role noun ("deputy
#: national security adviser").
ROLE_AHEAD: Final = 3


def _role_ahead(toks: Sequence[Tok], i: int) -> bool:
    """Whether a role noun comes at token ``i`` or after a few lower-case modifiers ("deputy
    press secretary", "chief financial officer", "deputy national security adviser")."""
    for t in toks[i : i + ROLE_AHEAD + 1]:
        low = t.text.lower()
        if low in ROLE_NOUNS:
            return True
        if (
            t.quoted
            or not t.text.islower()
            or low in FUNCTION_WORDS
            or low in CUE_FORMS
            or (_looks_like_verb(low) and low not in OFFICE_WORDS)
        ):
            return False
    return False


def _name_in_apposition(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """The person named after the description that ends before token ``i``, set off by a
    comma up to the end of the sentence or a clause: "said the chief executive, John
    Ferriola." (the description is then his title, which the resolver reads before his name)."""
    n = len(toks)
    if i + 1 >= n or toks[i].text != "," or not _is_cap(toks[i + 1]) or toks[i + 1].quoted:
        return None
    k = i + 1
    while (
        k + 1 < n
        and not toks[k + 1].quoted
        and (_is_cap(toks[k + 1]) or toks[k + 1].text.lower() in NAME_PARTICLES)
    ):
        k += 1
    if k + 1 < n and toks[k + 1].text not in _APPOSITION_ENDS and not toks[k + 1].quoted:
        return None  # "said the minister, Paris will ...": a clause goes on
    named = phrase_before(text, toks, k)
    if named is None or named.kind is not _PK_PERSON or named.start < toks[i + 1].start:
        return None
    return named


# the unions and differences the phrase readers test words against, made once
_NOT_NAME_WORDS: Final = BEFORE_SUBJECT_OK | DETERMINERS | FUNCTION_WORDS | ROLE_NOUNS | GROUP_NOUNS
_NOT_TITLE_WORDS: Final = (
    BEFORE_SUBJECT_OK | FUNCTION_WORDS | {"whom", "whose"}
) - TITLE_CONNECTORS
_BEFORE_SUBJECT_OR_COMMA: Final = BEFORE_SUBJECT_OK | {","}
_ROLE_NOT_GROUP_NOUNS: Final = ROLE_NOUNS - GROUP_NOUNS
_ROLE_OR_GROUP_NOUNS: Final = ROLE_NOUNS | GROUP_NOUNS

CLAUSE_VERBS: Final = frozenset(
    """would could should will can may might must shall is was are were has have had do does
    did be been""".split()
)
"""Auxiliaries that show a noun phrase is the subject of a clause, not a speaker."""

POSSESSIVE_DETERMINERS: Final = frozenset("his her my our their your its".split())
"""Determiners that open a description by relation: "said his mother"."""
_ANY_DETERMINERS: Final = DETERMINERS | POSSESSIVE_DETERMINERS
#: Verbs of seeming: a description never runs through one ("the conservatives seemed ready"
#: was a speaker).
SEEM_FORMS: Final = frozenset("seem seems seemed appear appears appeared".split())
#: The longest description read after an inverted cue ("said the old man with the basket").
MAX_PLAIN_DESCRIPTION: Final = 5


def _plain_description(text: str, toks: Sequence[Tok], i: int) -> Phrase | None:
    """Any "determiner + words" noun phrase, for a speaker after an inverted cue whose head is
    no known role: "said the parson", "answered the boy officer", "said his mother"."""
    n = len(toks)
    j = i + 1
    while (
        j < n
        and j - i <= MAX_PLAIN_DESCRIPTION
        and toks[j].kind in ("word", "abbr")
        and not toks[j].quoted
        and toks[j].text.lower() not in FUNCTION_WORDS
        and toks[j].text.lower() not in CLAUSE_VERBS
        and toks[j].text.lower() not in SEEM_FORMS
    ):
        j += 1
    if j == i + 1:
        return None
    if j < n and toks[j].text.lower() in SEEM_FORMS:
        return None  # "the court's conservatives seemed ready to say": a clause, no speaker
    if j < n and toks[j].text.lower() in CLAUSE_VERBS:
        return None  # "said the bridge would reopen": a clause, not a speaker
    if j - i >= 3 and (_past_form(toks[j - 1].text)):
        j -= 1  # "The auctioneer commenced by saying": the verb is no part of it ("the accused" is)
    head = toks[j - 1]
    det = toks[i].text.lower()
    name = text[toks[i + 1].start : head.end]
    return Phrase(
        start=toks[i].start,
        end=head.end,
        kind=_PK_GROUP if head.text.lower() in GROUP_NOUNS else _PK_DESCRIPTION,
        name=name,
        name_start=toks[i + 1].start,
        title=name,
        head=head.text.lower(),
        definite=det not in INDEFINITE,
        gender=_gender_of([t.text for t in toks[i + 1 : j]]),
    )
