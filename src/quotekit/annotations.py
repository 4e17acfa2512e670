"""Linguistic annotations a backend supplies to the stages: sentences, entities, words, coreference.

The model is neutral: nothing here knows stanza (``quotekit.backends.stanza`` converts a
``stanza.Document`` into it). Every position is a character offset into the text the
annotations describe, so the stages use them exactly as they use their own tokens. Each kind of
annotation is optional: ``None`` means the backend did not supply it and the rule-based stage
runs instead; an empty tuple means it did and found nothing.

This module also holds the read-only views the stages query: :class:`Parse` (dependents and
subtrees of words) and :class:`CorefIndex` (which chain a mention belongs to).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Final

import attrs
from attrs import define, field

__all__ = ["Annotations", "CorefIndex", "EntitySpan", "Parse", "Word"]

#: The entity labels read as people (stanza's OntoNotes and CoNLL-03 label sets).
PERSON_LABELS: Final = frozenset({"PERSON", "PER"})
#: The entity labels read as organizations: companies, agencies, and countries or cities
#: speaking as their governments ("Israel said").
ORGANIZATION_LABELS: Final = frozenset({"ORG", "GPE"})
#: The entity labels read as groups of people: nationalities, religious and political groups
#: ("Palestinians said", "Democrats said").
GROUP_LABELS: Final = frozenset({"NORP"})


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _check_extent(inst: Word | EntitySpan) -> None:
    if inst.end < inst.start:
        raise ValueError(f"end ({inst.end}) is before start ({inst.start})")


@define(frozen=True, kw_only=True)
class EntitySpan:
    """A named entity: its offsets and its label ("PERSON", "ORG", "NORP", ...)."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    label: str

    def __attrs_post_init__(self) -> None:
        _check_extent(self)


@define(frozen=True, kw_only=True)
class Word:
    """One syntactic word with its place in the text and its dependency relation.

    ``head`` is the index of the head word in :attr:`Annotations.words` (the whole document),
    or -1 for the root of a sentence (and for a word with no parse).
    """

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)
    text: str
    upos: str = ""
    head: int = -1
    deprel: str = ""

    def __attrs_post_init__(self) -> None:
        _check_extent(self)


def _span_tuple(value: Iterable[tuple[int, int]] | None) -> tuple[tuple[int, int], ...] | None:
    return None if value is None else tuple((int(s), int(e)) for s, e in value)


def _entity_tuple(value: Iterable[EntitySpan] | None) -> tuple[EntitySpan, ...] | None:
    return None if value is None else tuple(value)


def _word_tuple(value: Iterable[Word] | None) -> tuple[Word, ...] | None:
    return None if value is None else tuple(value)


def _chain_tuple(
    value: Iterable[Iterable[tuple[int, int]]] | None,
) -> tuple[tuple[tuple[int, int], ...], ...] | None:
    if value is None:
        return None
    return tuple(tuple((int(s), int(e)) for s, e in chain) for chain in value)


@define(frozen=True, kw_only=True)
class Annotations:
    """What a backend knows about ``text``; every span is checked to lie inside it.

    >>> a = Annotations(text="Kirby spoke.", sentences=[(0, 12)])
    >>> a.sentences, a.entities is None
    (((0, 12),), True)
    """

    text: str
    #: The sentences as ``(start, end)``, in order.
    sentences: tuple[tuple[int, int], ...] | None = field(default=None, converter=_span_tuple)
    #: Named entities, in order.
    entities: tuple[EntitySpan, ...] | None = field(default=None, converter=_entity_tuple)
    #: Every word of the document with its dependency head and relation, in order.
    words: tuple[Word, ...] | None = field(default=None, converter=_word_tuple)
    #: Coreference chains, each the ``(start, end)`` of its mentions.
    coref: tuple[tuple[tuple[int, int], ...], ...] | None = field(
        default=None, converter=_chain_tuple
    )

    def __attrs_post_init__(self) -> None:
        n = len(self.text)

        def check(what: str, start: int, end: int) -> None:
            if not 0 <= start <= end <= n:
                raise ValueError(
                    f"{what} ({start}, {end}) does not fit a text of {n} characters: "
                    "annotations must be made from the same text"
                )

        for s, e in self.sentences or ():
            check("sentence", s, e)
        for ent in self.entities or ():
            check(f"entity {ent.label}", ent.start, ent.end)
        words = self.words or ()
        for i, w in enumerate(words):
            check(f"word {i} {w.text!r}", w.start, w.end)
            if not -1 <= w.head < len(words) or w.head == i:
                raise ValueError(f"word {i} {w.text!r} has head {w.head}, not another word")
        for chain in self.coref or ():
            for s, e in chain:
                check("coreference mention", s, e)


#: Dependents that end a speaker's noun phrase: an appositive or a relative clause describes
#: the speaker but is not the phrase that names them ("Kirby, a retired admiral, said").
NOT_IN_CORE: Final = frozenset(
    "appos acl acl:relcl punct conj cc parataxis advcl dep discourse reparandum".split()
)


class Parse:
    """A read-only view of the dependency parse: words by position, dependents, subtrees."""

    __slots__ = ("_by_start", "_children", "_starts", "words")

    def __init__(self, words: Sequence[Word]) -> None:
        self.words = tuple(words)
        self._children: list[list[int]] = [[] for _ in self.words]
        for i, w in enumerate(self.words):
            if w.head >= 0:
                self._children[w.head].append(i)
        self._starts = [w.start for w in self.words]
        self._by_start: dict[tuple[int, int], int] = {}
        for i, w in enumerate(self.words):
            self._by_start.setdefault((w.start, w.end), i)

    def word_at(self, start: int, end: int) -> int | None:
        """The index of the word spanning exactly ``text[start:end]``, else of the one word
        that starts at ``start`` inside it, else None."""
        i = self._by_start.get((start, end))
        if i is not None:
            return i
        k = bisect.bisect_left(self._starts, start)
        if k < len(self.words) and self.words[k].start == start and self.words[k].end <= end:
            return k
        return None

    def dependents(self, i: int, *relations: str) -> list[int]:
        """The dependents of word ``i`` whose relation is one of ``relations`` (with any
        subtype: "nsubj" matches "nsubj:outer" but the subtype must be named to match
        "nsubj:pass")."""
        found = []
        for c in self._children[i]:
            rel = self.words[c].deprel
            base = rel.split(":", 1)[0]
            if rel in relations or (base in relations and rel not in PASSIVE_RELATIONS):
                found.append(c)
        return found

    def subtree(self, i: int, leave_out: frozenset[str] = frozenset()) -> list[int]:
        """Word ``i`` and everything below it, in order; dependents whose relation is in
        ``leave_out`` are left out with their own subtrees."""
        found = {i}
        stack = [i]
        while stack:
            for c in self._children[stack.pop()]:
                # a malformed parse may hold a cycle: each word is visited once
                if c not in found and self.words[c].deprel not in leave_out:
                    found.add(c)
                    stack.append(c)
        return sorted(found)

    def core(self, i: int) -> tuple[int, int]:
        """The span of the noun phrase headed by word ``i`` without its appositives, relative
        clauses and other loose dependents: the contiguous run of its subtree around ``i``."""
        inside = set(self.subtree(i, NOT_IN_CORE))
        first = last = i
        while first - 1 in inside:
            first -= 1
        while last + 1 in inside:
            last += 1
        return self.words[first].start, self.words[last].end

    def pieces(self, keep: Iterable[int], drop: Iterable[int] = ()) -> list[tuple[int, int]]:
        """The spans of the runs of consecutive words in ``keep`` but not in ``drop``."""
        chosen = sorted(set(keep) - set(drop))
        runs: list[tuple[int, int]] = []
        for i in chosen:
            if runs and i - 1 == runs[-1][1]:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
        return [(self.words[a].start, self.words[b].end) for a, b in runs]


#: Passive subjects name the listener, not the speaker ("he was told"): they never match a
#: plain "nsubj".
PASSIVE_RELATIONS: Final = frozenset({"nsubj:pass", "nsubjpass", "csubj:pass"})


class CorefIndex:
    """Which coreference chain a mention belongs to, and every mention of a chain."""

    __slots__ = ("_mentions", "_starts", "chains")

    def __init__(self, chains: Sequence[Sequence[tuple[int, int]]]) -> None:
        self.chains = tuple(tuple(sorted(c)) for c in chains)
        mentions = sorted((s, e, k) for k, chain in enumerate(self.chains) for s, e in chain)
        self._mentions = mentions
        self._starts = [s for s, _, _ in mentions]

    def chain_at(self, pos: int) -> tuple[int, tuple[int, int]] | None:
        """The chain of the smallest mention that holds position ``pos``, with that mention."""
        best: tuple[int, int, int] | None = None
        for k in range(bisect.bisect_right(self._starts, pos) - 1, -1, -1):
            s, e, chain = self._mentions[k]
            if pos < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, chain)
        if best is None:
            return None
        return best[2], (best[0], best[1])
