"""One pass over a document for the plain words that several stages look for.

The cue words ("said", "according"), the verbs before " that", the title-case headline verbs
("Says"), the group nouns ("officials", any case) and the subject pronouns ("he", "They") are
all whole words of the standard library's ``\\w``. Each stage used to search the text for its
own; :func:`scan_words` finds them all with one search of the lower-cased text and sorts them
out by the original spelling, giving each stage exactly the positions its own pattern finds
(``cues.CUE_WORD_RE``, ``cues.THAT_RE``, ``cues.HEADLINE_VERB_RE``, ``resolve.GROUP_RE``,
``resolve.SUBJECT_PRONOUN_RE``), in a third of the time.

Why the lower-cased text gives the same words: ``str.lower()`` keeps every character a word
character or not (checked over all of Unicode), and keeps each character one character except
for "İ" (U+0130), which makes the text longer; such a text is left to the stages' own patterns.
A group noun matches in any case, as ``re.IGNORECASE`` has it: that equals lower-casing except
for "İ", "ı" and "ſ", which also match "i" and "s"; a text holding one of them has its group
nouns found by ``resolve.GROUP_RE``.
"""

from __future__ import annotations

import itertools
import re
from typing import Final, NamedTuple

from . import fastpath
from .cues import (
    _POSITION_PHRASES,
    HEADLINE_VERB_RE,
    HEADLINE_VERBS,
    SOURCELESS_FORMS,
    STANCE_NOUNS,
    THAT_VERB_RE,
)
from .lexicon import trie_alternation
from .lexicon.people import GROUP_NOUNS, SHORT_TITLES
from .lexicon.verbs import CUE_FORMS

__all__ = ["WordHits", "scan_words"]

#: The words ``cues.CUE_WORD_RE`` finds, exactly as spelled.
CUE_WORDS: Final = frozenset({*CUE_FORMS, *SOURCELESS_FORMS, "according"})
#: The headline verbs of ``cues.HEADLINE_VERB_RE``, exactly as spelled.
HEADLINE_WORDS: Final = frozenset(HEADLINE_VERBS.split("|"))
#: The spellings ``resolve.SUBJECT_PRONOUN_RE`` finds.
PRONOUN_WORDS: Final = frozenset({"he", "He", "she", "She", "they", "They"})
#: Each pronoun's spelling to itself: the hits hold these strings, not one string a hit
#: (issue 7).
_PRONOUN_SPELLINGS: Final = {w: w for w in PRONOUN_WORDS}

#: Each stance noun of ``cues.STANCE_NOUN_RE`` with the prepositions after it (and their space),
#: in the pattern's order.
_STANCE_PREPOSITIONS: Final = {
    w: tuple(f"{p} " for p in sorted(ps)) for w, ps in STANCE_NOUNS.items()
}

#: The first word of each phrase of ``cues.POSITION_PHRASE_RE`` with the rest of its phrases
#: (and the space after them): "critical" -> ("of ",).
_POSITION_RESTS: Final = {
    w: tuple(sorted(p.partition(" ")[2] + " " for p in _POSITION_PHRASES if p.startswith(w + " ")))
    for w in {p.partition(" ")[0] for p in _POSITION_PHRASES}
}

_ALL_WORDS: Final = frozenset(
    {
        *(t.lower() for t in SHORT_TITLES),
        *CUE_WORDS,
        *_POSITION_RESTS,
        *(w.lower() for w in HEADLINE_WORDS),
        *GROUP_NOUNS,
        *STANCE_NOUNS,
        "he",
        "she",
        "they",
        "that",
    }
)
# Why: one search for every word above in the lower-cased text. Each is a run of \w, so a match
# between two \b is a whole word. Each is found from the character before it, a non-word
# character (\W), which the engine looks for with one class test a character: a pattern that
# starts with \b or a lookahead is tried whole at every letter, an eighth slower. A word at the
# very start of the text, with no character before it, is matched after a space put before it.
ALL_WORDS_RE: Final = re.compile(r"\W(?:" + trie_alternation(_ALL_WORDS) + r")\b")
# Why: ALL_WORDS_RE for a text of fastpath's repertoire, its \W and \b spelled out as classes of
# the word characters a lower-cased text of the repertoire can hold: the engine tests a class
# with a table look-up, where \W and \b ask Unicode's database about each character (a sixth
# fewer instructions for the search).
_W: Final = fastpath.LOWER_WORD_CHARACTERS
ALL_WORDS_PLAIN_RE: Final = re.compile(
    f"[^{_W}](?:" + trie_alternation(_ALL_WORDS) + f")(?![{_W}])"
)
#: The longest word of the search: a word at the start of the text is matched in this many
#: characters and the one after it (for its \b).
_LONGEST_WORD: Final = max(map(len, _ALL_WORDS))
#: Characters that ``re.IGNORECASE`` matches with an ASCII letter their lower case is not.
_FOLDS_TO_ASCII: Final = ("İ", "ı", "ſ")


#: What :func:`scan_words` does with a word, by its kind (the first test it passes, in this
#: order): a cue word, a subject pronoun, "that", a headline verb, a short title, none of them.
_CUE, _PRONOUN, _THAT, _HEADLINE, _SHORT_TITLE, _OTHER = range(6)


def _plan(word: str) -> tuple[int, bool, tuple[str, ...] | None, tuple[str, ...] | None]:
    """What :func:`scan_words` does with a hit spelled ``word``: its kind, whether it is a group
    noun, the prepositions after it as a stance noun and the rests of its position phrases."""
    if word in CUE_WORDS:
        kind = _CUE
    elif word in PRONOUN_WORDS:
        kind = _PRONOUN
    elif word == "that":
        kind = _THAT
    elif word in HEADLINE_WORDS:
        kind = _HEADLINE
    elif word in SHORT_TITLES:
        kind = _SHORT_TITLE
    else:
        kind = _OTHER
    return (
        kind,
        word.lower() in GROUP_NOUNS,
        _STANCE_PREPOSITIONS.get(word),
        _POSITION_RESTS.get(word),
    )


# Why: each hit's spelling looked up once for all the tests it needs (before: a copy of the
# word and up to seven look-ups a hit). Every spelling a test asks for exactly is here; a hit
# spelled otherwise ("Officials", "SAID") can only be a group noun, matched in any case. All
# of them are ASCII (tests/test_wordscan.py), so the lower case of a word is that of its place
# in the lower-cased text.
_PLANS: Final = {
    w: _plan(w)
    for w in {
        *_ALL_WORDS,
        *CUE_WORDS,
        *PRONOUN_WORDS,
        *HEADLINE_WORDS,
        *SHORT_TITLES,
        *_STANCE_PREPOSITIONS,
        *_POSITION_RESTS,
    }
}


class WordHits(NamedTuple):
    """Where the words of one text stand (start offsets, in document order)."""

    cues: list[int]  #: CUE_WORDS, for ``cues.cue_candidates``
    that_verbs: list[int]  #: lower-case verb-like words right before " that"
    headline_verbs: list[int]  #: "Says", "Warns", ... where ``cues.HEADLINE_VERB_RE`` matches
    groups: list[tuple[int, str]] | None  #: group nouns and their spelling; None: not searched
    pronouns: list[tuple[int, int, str]]  #: subject pronouns: start, end, spelling
    thats: list[int]  #: where ``cues.THAT_RE`` matches (the space before " that")
    stance_nouns: list[int]  #: where ``cues.STANCE_NOUN_RE``'s search of the text matches
    #: every place ``cues.STANCE_NOUN_RE`` can match in some piece of the text (its matches
    #: and those they overlap): a sentence holding none has no stance noun to read
    stance_spots: list[int]
    #: where ``cues.POSITION_PHRASE_RE``'s search of the text matches, plus one (the phrase)
    positions: list[int]
    #: where ``resolve.TITLE_SURNAME_PREFILTER_RE`` matches: a short title, its full stop and
    #: white space ("Sen. ")
    short_titles: list[int]


def scan_words(text: str) -> WordHits | None:
    """The positions of the words several stages look for, or None when the text holds a
    character that lower-casing lengthens (then each stage searches on its own)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    cues: list[int] = []
    that_verbs: list[int] = []
    headline: list[int] = []
    groups: list[tuple[int, str]] | None = []
    pronouns: list[tuple[int, int, str]] = []
    thats: list[int] = []
    stance_nouns: list[int] = []
    stance_spots: list[int] = []
    stance_end = 0  # where the last match of STANCE_NOUN_RE ends: the next starts after it
    positions: list[int] = []
    position_end = 0  # where the last match of POSITION_PHRASE_RE ends: the same
    short_titles: list[int] = []
    spellings: dict[str, str] = {}  # one string for each spelling of a group noun
    if any(ch in text for ch in _FOLDS_TO_ASCII):
        groups = None
    # the word at the start of the text, then those after a non-word character (a match ends
    # before one, so the next can start on it)
    pattern = ALL_WORDS_PLAIN_RE if fastpath.is_plain(text) else ALL_WORDS_RE
    first = pattern.match(" " + low[: _LONGEST_WORD + 1])
    after = pattern.finditer(low)
    for m in itertools.chain((first,), after) if first is not None else after:
        start, end = m.span()
        if m is first:
            end -= 1  # the word at 0: its match starts on the space put before it
        else:
            start += 1  # after the non-word character
        word = text[start:end]
        plan = _PLANS.get(word)
        if plan is None:  # a spelling with capitals that no test asks for: a group noun?
            if groups is not None and low[start:end] in GROUP_NOUNS:
                groups.append((start, spellings.setdefault(word, word)))
            continue
        kind, group, preps, rests = plan
        if kind == _CUE:
            cues.append(start)
        elif kind == _PRONOUN:
            pronouns.append((start, end, _PRONOUN_SPELLINGS[word]))
        elif kind == _THAT:
            # cues._that_verbs: the word right before " that", back over \w characters
            if start > 0 and text[start - 1] == " ":
                thats.append(start - 1)
                stop = b = start - 1
                while b > 0 and (text[b - 1].isalnum() or text[b - 1] == "_"):
                    b -= 1
                if THAT_VERB_RE.fullmatch(text, b, stop):
                    that_verbs.append(b)
        elif kind == _HEADLINE and HEADLINE_VERB_RE.match(text, start):
            headline.append(start)
        elif (
            kind == _SHORT_TITLE
            and text[end : end + 1] == "."
            and text[end + 1 : end + 2].isspace()
        ):
            short_titles.append(start)
        if group and groups is not None:
            groups.append((start, spellings.setdefault(word, word)))
        if (
            preps is not None
            and start > 0
            and text[start - 1] == " "
            and text[end : end + 1] == " "
        ):
            # " attacks on ": the noun between spaces, then a preposition of its own and a space
            for prep in preps:
                if text.startswith(prep, end + 1):
                    stance_spots.append(start - 1)
                    if start - 1 >= stance_end:  # a match takes its last space from the next
                        stance_nouns.append(start - 1)
                        stance_end = end + 1 + len(prep)
                    break
        if (
            rests is not None
            and start > 0
            and text[start - 1] == " "
            and text[end : end + 1] == " "
            and start > position_end  # its space is not the last of the match before
        ):
            # " critical of ": a phrase's first word between spaces, then the rest and a space
            for rest in rests:
                if text.startswith(rest, end + 1):
                    positions.append(start)
                    position_end = end + 1 + len(rest)
                    break
    return WordHits(
        cues,
        that_verbs,
        headline,
        groups,
        pronouns,
        thats,
        stance_nouns,
        stance_spots,
        positions,
        short_titles,
    )
