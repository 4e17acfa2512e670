"""The third stage: cues and what they introduce.

A cue is a speech verb ("said", "told reporters", "acknowledged") or "according to". For each
cue outside a direct quote this module reads its speaker phrase (see :mod:`quotekit.mentions`)
and its content: the direct quotes it introduces or closes, or the reported clause of
indirect speech. The result is a list of :class:`Frame` objects, one per attribution.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex
from attrs import define, field

from .lexicon.people import OBJECT_PRONOUNS, PRONOUNS, ROLE_NOUNS, GROUP_NOUNS
from .lexicon.verbs import CUE_FORMS, NEEDS_OBJECT, NOUN_LIKE_FORMS, PHRASAL_PARTICLES
from .mentions import BEFORE_SUBJECT_OK, Phrase, Tok, phrase_after, phrase_before, _is_cap
from .model import QuoteKind

__all__ = ["Frame", "find_frames"]

#: Fewer content words than this is no reported speech ("Kirby said so").
MIN_CONTENT_WORDS: Final = 2
#: Belief verbs ("officials believe ...") need a longer clause to count.
MIN_BELIEF_WORDS: Final = 4

ADVERBS: Final = frozenset(
    """also later previously again repeatedly then once already reportedly recently often
    publicly privately just still even further initially first earlier always simply flatly
    quickly firmly bluntly immediately separately likewise subsequently frequently
    has have had will would could may might should can did does do is was were are been
    being am shall must""".split()
)
"""Words that may stand between a speaker and the cue: "Kirby has repeatedly said"."""

NEGATIONS: Final = frozenset({"not", "never", "n't", "no", "to", "cannot"})
"""A cue after these reports nothing: "did not say", "declined to say"."""

BE_FORMS: Final = frozenset({"is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s"})
"""Before a past participle they make it passive: "he was told", "it is said"."""

TIME_WORDS: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    earlier later recently again also previously repeatedly week month year morning
    afternoon evening night last this next on late early""".split()
)
"""Words of a time phrase that may follow a cue before its content: "said Monday that"."""

CLAUSE_PREPOSITIONS: Final = frozenset({"in", "on", "at", "during", "via", "through", "after", "before", "from", "to"})
"""A cue's prepositional phrase ("said in a statement that") starts with one of these."""

PARTICIPLE_CONTINUATIONS: Final = frozenset(
    "adding noting saying citing arguing explaining insisting warning calling claiming".split()
)
"""A participle after a cue that carries on the same speaker: "he said, adding that ..."."""

COORDINATORS: Final = frozenset({"but", "and", "while", "although", "though", "yet", "whereas", "as"})
"""Conjunctions that join two attributions in one sentence: "Kirby said X, but he said Y"."""

CLOSING_MARKS: Final = frozenset("\"'”’»›」』＂＇")
DASHES: Final = frozenset("—–-")
WORD_RE: Final = regex.compile(r"[\p{L}\p{N}]+")


@define(slots=True)
class Frame:
    """One attribution: a cue, its speaker phrase, and what it introduces."""

    cue_start: int
    cue_end: int
    lemma: str
    strong: bool  # a speech verb rather than a belief verb
    phrase: Phrase | None
    kind: QuoteKind
    parts: list[tuple[int, int]] = field(factory=list)  # reported speech: the clause's pieces
    directs: list[int] = field(factory=list)  # direct quotes introduced (indices)
    paragraph: int = 0
    leading: bool = True  # the cue comes before its content
    coordinated: bool = False  # its subject follows "but"/"and" (cuts the previous clause)
    clause_start: int = 0  # where its own clause begins (for cutting the previous one)


def _is_mark(t: Tok) -> bool:
    return t.kind == "quote"


def _content_words(text: str, start: int, end: int) -> int:
    return len(WORD_RE.findall(text, start, end))


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim white space, a leading "that" and trailing punctuation outside quote marks."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-•·*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-…"):
        end -= 1
    return start, end


def _skip_adverbs_back(toks: Sequence[Tok], k: int) -> tuple[int, bool]:
    """The index of the word before the cue's adverbs and auxiliaries, and whether one negates."""
    j = k - 1
    negated = False
    while j >= 0:
        low = toks[j].text.lower()
        if low in NEGATIONS or low.endswith(("n't", "n’t")):
            negated = True
            j -= 1
        elif low in ADVERBS or (low.endswith("ly") and toks[j].text.islower() and len(low) > 4):
            j -= 1
        else:
            break
    return j, negated


def _skip_after_cue(text: str, toks: Sequence[Tok], i: int, lemma: str) -> int:
    """Skip the listener, time phrase and prepositional phrase between a cue and its content."""
    n = len(toks)
    if lemma in NEEDS_OBJECT and i < n:
        t = toks[i]
        low = t.text.lower()
        if low in OBJECT_PRONOUNS:
            i += 1
        elif _is_cap(t) and not t.quoted:
            while i < n and _is_cap(toks[i]) and not toks[i].quoted:
                i += 1
        elif low in ("the", "a", "an") or low in ROLE_NOUNS or low in GROUP_NOUNS:
            j = i + (1 if low in ("the", "a", "an") else 0)
            limit = j + 4
            while j < n and j < limit and toks[j].kind == "word" and toks[j].text.lower() not in ("that", "he", "she", "they", "it"):
                if toks[j].text.lower() in ROLE_NOUNS or toks[j].text.lower() in GROUP_NOUNS or _is_cap(toks[j]):
                    i = j + 1
                j += 1
    # time phrases and prepositional phrases before a "that"
    j = i
    while j < n and toks[j].text.lower() in TIME_WORDS and not toks[j].quoted:
        j += 1
    if j > i and (j == n or toks[j].text.lower() != "that" or True):
        i = j
    if i < n and toks[i].text.lower() in CLAUSE_PREPOSITIONS and not toks[i].quoted:
        # "said in a statement that ...": look for the "that" within a short window
        for j in range(i + 1, min(n, i + 9)):
            if toks[j].quoted or toks[j].text in ",;:":
                if toks[j].text == "," and j + 1 < n:
                    return j + 1
                break
            if toks[j].text.lower() == "that":
                return j
    return i


def find_frames(
    text: str,
    toks: Sequence[Tok],
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> list[Frame]:
    """The attributions of one sentence.

    ``direct_bounds`` lists the direct quotes that lie in the sentence as ``(index, open_mark,
    outer_end)``.
    """
    frames: list[Frame] = []
    n = len(toks)
    s_start, s_end = sentence
    k = 0
    while k < n:
        t = toks[k]
        if t.quoted or t.kind != "word":
            k += 1
            continue
        low = t.text.lower()
        if low == "according" and k + 1 < n and toks[k + 1].text.lower() == "to":
            frame = _according_to(text, toks, k, sentence, paragraph, direct_bounds)
            if frame is not None:
                frames.append(frame)
            k += 2
            continue
        entry = CUE_FORMS.get(low)
        if entry is None:
            k += 1
            continue
        lemma, strong = entry
        cue_end_i = k
        particle = PHRASAL_PARTICLES.get(lemma)
        if particle is not None:
            if k + 1 < n and toks[k + 1].text.lower() == particle:
                cue_end_i = k + 1
            else:
                k += 1
                continue
        frame = _verb_frame(
            text, toks, k, cue_end_i, lemma, strong, sentence, paragraph, direct_bounds, frames
        )
        if frame is not None:
            frames.append(frame)
        k = cue_end_i + 1
    _cut_coordinated(text, frames, direct_bounds)
    return frames


def _verb_frame(
    text: str,
    toks: Sequence[Tok],
    k: int,
    cue_end_i: int,
    lemma: str,
    strong: bool,
    sentence: tuple[int, int],
    paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
    earlier: Sequence[Frame],
) -> Frame | None:
    n = len(toks)
    low = toks[k].text.lower()
    s_start, s_end = sentence
    prev = toks[k - 1] if k > 0 else None
    # "the said property", "insurance claims": a determiner or adjective before a noun-like form
    if prev is not None and prev.text.lower() in ("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"):
        return None
    cue_start, cue_end = toks[k].start, toks[cue_end_i].end
    j, negated = _skip_adverbs_back(toks, k)
    if negated:
        return None
    # passive: "he was told", "it is said"
    if k > 0 and toks[k - 1].text.lower() in BE_FORMS and not low.endswith("ing"):
        return None
    after = cue_end_i + 1

    # inverted: “Q,” said Kirby. / ..., said the official.
    inverted = prev is not None and (prev.text == "," or (_is_mark(prev) and prev.text in CLOSING_MARKS) or prev.text in DASHES) and not low.endswith("ing")
    if k == 0 and direct_bounds:
        inverted = True
    if inverted and strong:
        phrase = phrase_after(text, toks, after)
        if phrase is not None and phrase.kind.value != "pronoun" or (phrase is not None and k > 0 and toks[k-1].text == ","):
            assert phrase is not None
            # the phrase must end the clause: ". " / "," / end
            pe = _index_after(toks, phrase.end)
            if pe >= n or toks[pe].text in ".,;!?" or toks[pe].kind == "punct":
                content_end = _content_end_before(toks[k - 1] if k > 0 else None, s_start)
                return _trailing(text, toks, s_start, content_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, k)
    # the gerund of a continuation after a comma: “Q,” he said, adding that ... — same speaker
    if low.endswith("ing") and prev is not None and prev.text == "," and earlier:
        phrase = earlier[-1].phrase
        start_i = _skip_after_cue(text, toks, after, lemma)
        return _leading(text, toks, start_i, s_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, toks[k].start)
    if low in NOUN_LIKE_FORMS:
        pj = toks[j] if j >= 0 else None
        if pj is None or not (pj.text.lower() in PRONOUNS or _is_cap(pj)):
            return None
    phrase = phrase_before(text, toks, j)
    if phrase is None:
        return None
    # what stands before the phrase must open a clause
    pi = _index_of(toks, phrase.start)
    before = toks[pi - 1] if pi > 0 else None
    coordinated = False
    if before is not None:
        blow = before.text.lower()
        if blow in COORDINATORS:
            coordinated = True
        ok = (
            blow in BEFORE_SUBJECT_OK
            or before.text in ",;:(—–-•"
            or (_is_mark(before) and before.text in CLOSING_MARKS)
            or blow == "that"
            or before.kind == "punct"
        )
        if not ok:
            return None
    clause_start = phrase.start
    if coordinated and pi >= 2 and toks[pi - 2].text == ",":
        clause_start = toks[pi - 2].start
    elif coordinated:
        clause_start = before.start if before is not None else phrase.start
    start_i = _skip_after_cue(text, toks, after, lemma)
    rest_empty = start_i >= n or all(tt.kind == "punct" and not tt.quoted for tt in toks[start_i:])
    trailing_ok = before is not None and (before.text in ",—–-" or (_is_mark(before) and before.text in CLOSING_MARKS))
    if rest_empty:
        if not trailing_ok or not strong:
            return None
        content_end = _content_end_before(before, s_start)
        return _trailing(text, toks, s_start, content_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, pi)
    # "..., Kirby said, adding ..." or a cue in the middle: "The talks, Kirby said, are ..."
    if trailing_ok and start_i < n and toks[start_i].text == ",":
        nxt = toks[start_i + 1] if start_i + 1 < n else None
        content_end = _content_end_before(before, s_start)
        if nxt is not None and (nxt.text.lower() in PARTICIPLE_CONTINUATIONS or nxt.text.lower() in ("who", "which", "according", "as", "in", "citing")):
            return _trailing(text, toks, s_start, content_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, pi)
        if nxt is not None and not (nxt.quoted and _is_mark(nxt)):
            frame = _trailing(text, toks, s_start, content_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, pi)
            if frame is not None and frame.kind is not QuoteKind.DIRECT:
                tail_s, tail_e = _trim_content(text, toks[start_i].end, s_end)
                if tail_e > tail_s:
                    frame.parts.append((tail_s, tail_e))
                    if any(o >= tail_s and o < tail_e for _, o, _ in direct_bounds):
                        frame.kind = QuoteKind.MIXED
            return frame
        if nxt is not None and nxt.quoted:
            # “Q1,” he said, “Q2.”: both quotes are his
            frame = _trailing(text, toks, s_start, content_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, pi)
            if frame is not None and frame.kind is QuoteKind.DIRECT:
                for idx, o, _e in direct_bounds:
                    if o >= toks[start_i].end and idx not in frame.directs:
                        frame.directs.append(idx)
            return frame
    if start_i < n and toks[start_i].text in ",:" :
        start_i += 1
    if start_i < n and toks[start_i].text.lower() == "that":
        start_i += 1
    if start_i >= n:
        return None
    return _leading(text, toks, start_i, s_end, cue_start, cue_end, lemma, strong, phrase, paragraph, direct_bounds, clause_start, coordinated)


def _content_end_before(before: Tok | None, s_start: int) -> int:
    """Where the content ends when the cue's clause starts after ``before``: a closing mark
    stays with the quote, a comma or dash does not."""
    if before is None:
        return s_start
    if _is_mark(before) and before.text in CLOSING_MARKS:
        return before.end
    return before.start


def _index_of(toks: Sequence[Tok], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start >= pos:
            return i
    return len(toks)


def _index_after(toks: Sequence[Tok], pos: int) -> int:
    for i, t in enumerate(toks):
        if t.start >= pos:
            return i
    return len(toks)


def _kind_of(text: str, parts: Sequence[tuple[int, int]], direct_bounds: Sequence[tuple[int, int, int]]) -> tuple[QuoteKind, list[int]]:
    """Direct when the content is one or more direct quotes and nothing else; mixed when it holds
    one; indirect otherwise."""
    inside = [(i, o, e) for i, o, e in direct_bounds if any(ps <= o + 1 and e - 1 <= pe for ps, pe in parts)]
    if not inside:
        return QuoteKind.INDIRECT, []
    covered = 0
    for _i, o, e in inside:
        covered += _content_words(text, o, e)
    total = sum(_content_words(text, ps, pe) for ps, pe in parts)
    if covered >= total:
        return QuoteKind.DIRECT, [i for i, _, _ in inside]
    return QuoteKind.MIXED, []


def _trailing(
    text: str, toks: Sequence[Tok], s_start: int, content_end: int, cue_start: int, cue_end: int,
    lemma: str, strong: bool, phrase: Phrase | None, paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]], phrase_i: int,
) -> Frame | None:
    cs, ce = _trim_content(text, s_start, content_end)
    # a closing mark right before: the direct quote(s) that end here
    adjacent = [(i, o, e) for i, o, e in direct_bounds if e <= content_end + 1 and e >= ce]
    if adjacent:
        # all direct quotes of the pre-part; mixed if narration words stand outside them
        kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
        if kind is QuoteKind.DIRECT:
            return Frame(cue_start, cue_end, lemma, strong, phrase, kind, [], directs, paragraph, leading=False)
    if _content_words(text, cs, ce) < MIN_CONTENT_WORDS:
        return None
    if any(o < cs < e for _, o, e in direct_bounds):
        return None
    kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
    return Frame(cue_start, cue_end, lemma, strong, phrase, kind, [(cs, ce)], directs if kind is QuoteKind.DIRECT else [], paragraph, leading=False)


def _leading(
    text: str, toks: Sequence[Tok], start_i: int, s_end: int, cue_start: int, cue_end: int,
    lemma: str, strong: bool, phrase: Phrase | None, paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]], clause_start: int, coordinated: bool = False,
) -> Frame | None:
    if start_i >= len(toks):
        return None
    cs, ce = _trim_content(text, toks[start_i].start, s_end)
    if ce <= cs:
        return None
    nwords = _content_words(text, cs, ce)
    first_low = toks[start_i].text.lower()
    if first_low in ("about", "for", "questions", "question", "to", "so", "nothing", "little", "anything"):
        return None
    if nwords < (MIN_CONTENT_WORDS if strong else MIN_BELIEF_WORDS):
        return None
    kind, directs = _kind_of(text, [(cs, ce)], direct_bounds)
    if kind is QuoteKind.DIRECT:
        return Frame(cue_start, cue_end, lemma, strong, phrase, kind, [], directs, paragraph, True, coordinated, clause_start)
    return Frame(cue_start, cue_end, lemma, strong, phrase, kind, [(cs, ce)], [], paragraph, True, coordinated, clause_start)


def _according_to(
    text: str, toks: Sequence[Tok], k: int, sentence: tuple[int, int], paragraph: int,
    direct_bounds: Sequence[tuple[int, int, int]],
) -> Frame | None:
    n = len(toks)
    s_start, s_end = sentence
    phrase = phrase_after(text, toks, k + 2)
    if phrase is None:
        return None
    cue_start, cue_end = toks[k].start, toks[k + 1].end
    pe = _index_after(toks, phrase.end)
    if k == 0 or (k > 0 and toks[k - 1].text.lower() in BEFORE_SUBJECT_OK):
        # leading: "According to X, CONTENT."
        if pe < n and toks[pe].text == ",":
            frame = _leading(text, toks, pe + 1, s_end, cue_start, cue_end, "according to", True, phrase, paragraph, direct_bounds, toks[k].start)
            return frame
        return None
    if k > 0 and toks[k - 1].text == ",":
        content_end = toks[k - 1].start
        frame = _trailing(text, toks, s_start, content_end, cue_start, cue_end, "according to", True, phrase, paragraph, direct_bounds, k)
        if frame is not None and pe < n and toks[pe].text == "," and pe + 1 < n:
            tail_s, tail_e = _trim_content(text, toks[pe].end, s_end)
            if tail_e > tail_s and frame.kind is not QuoteKind.DIRECT:
                frame.parts.append((tail_s, tail_e))
        return frame
    return None


def _cut_coordinated(
    text: str, frames: list[Frame], direct_bounds: Sequence[tuple[int, int, int]]
) -> None:
    """End a leading clause where a coordinated attribution begins: "X said A, but he said B"."""
    for a, b in zip(frames, frames[1:]):
        if a.leading and a.parts and b.coordinated:
            s, e = a.parts[-1]
            if s < b.clause_start < e:
                a.parts[-1] = _trim_content(text, s, b.clause_start)
                a.kind, _ = _kind_of(text, a.parts, direct_bounds)
