"""Composes the stages: text → tokens and marks → direct quotes → cues → speakers → quotes."""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Final

import regex
from attrs import define

from . import fastpath
from .annotations import Annotations, CorefIndex, Parse
from .cues import (
    LEADING_ADVERBIALS,
    MAX_APPOSITIVE_TOKENS,
    NOT_BEFORE_CUE,
    THAT_VERB,
    Frame,
    _content_words,
    _lowercase_title,
    _sentence_subject,
    _subject_before,
    _subject_start,
    cue_candidates,
    find_frames,
)
from .errors import BackendError
from .lexicon.people import FEMALE_ROLES, GROUP_NOUNS, MALE_ROLES, PRONOUNS, ROLE_NOUNS, TITLES
from .lexicon.verbs import CUE_FORMS, NOUN_LIKE_FORMS, PHRASAL_PARTICLES, STANCE_VERBS
from .mentions import (
    MAX_NAME_WORDS,
    Phrase,
    PhraseKind,
    Tok,
    _gender_of,
    phrase_after,
    sentence_tokens,
)
from .model import (
    Analysis,
    Mention,
    MentionKind,
    Quote,
    QuoteKind,
    Speaker,
    _mention,
    _quote,
    _span,
)
from .options import Options
from .quotes import WORD_RE, DirectSpan, find_direct_quotes
from .resolve import (
    NOT_NAME_WORDS,
    SUBJECT_PRONOUN_RE,
    Entity,
    Registry,
    Resolver,
    build_registry,
)
from .tokenize import (
    LINE_END,
    LINE_ENDS,
    SPACE_IN_LINE,
    line_end_from,
    paragraph_spans,
    sentence_spans,
    sentence_spans_from,
)
from .wordscan import WordHits, scan_words

__all__ = ["run"]

#: A direct quote with no cue and fewer words than this is a scare quote, a title or a
#: nickname ("much “sway”", "the film “Oppenheimer”"), not speech.
MIN_UNATTRIBUTED_WORDS: Final = 5

#: The most words a quote with no cue that names a work (:func:`_names_a_work`) may have.
MAX_TITLE_WORDS: Final = 8

# How sure quotekit is of a quote, by how its speaker was found.
CONFIDENCE_NAMED: Final = 0.95  #: the cue names the speaker
CONFIDENCE_REFERRED: Final = 0.85  #: the cue's pronoun or description was resolved
CONFIDENCE_UNRESOLVED: Final = 0.6  #: the cue has a speaker phrase quotekit could not resolve
CONFIDENCE_CONTINUED: Final = 0.8  #: a cue-less quote continuing the previous speaker
CONFIDENCE_ORPHAN: Final = 0.4  #: a direct quote with no cue and no speaker to continue
CONFIDENCE_NEARBY: Final = 0.6  #: a cue of any verb right next to the quote ("Trump boomed:")
#: How many paragraphs back a cue-less quoted paragraph looks for the person it is about.
PARAGRAPHS_BACK_FOR_GUESS: Final = 1
BELIEF_FACTOR: Final = 0.7  #: "officials believe ..." is weaker evidence than "said"
STANCE_FACTOR: Final = 0.6  #: "X endorsed Cruz" reports a position, not words
INDIRECT_FACTOR: Final = 0.95  #: reported speech has no marks to confirm it

# Why: enum members as module constants: reading one from its class goes through the enum
# class's __getattr__ hook, ten times the cost of a global (Python 3.11), several times a quote.
_DIRECT: Final = QuoteKind.DIRECT
_NAME: Final = MentionKind.NAME
_PRONOUN_MENTION: Final = MentionKind.PRONOUN
_PERSON: Final = PhraseKind.PERSON


@define(slots=True)
class _Attributed:
    frame: Frame | None
    entity: Entity | None
    confidence: float


def _confidence(frame: Frame, entity: Entity | None) -> float:
    if frame.phrase is None or entity is None:
        base = CONFIDENCE_UNRESOLVED
    elif frame.phrase.mention_kind is _NAME:
        base = CONFIDENCE_NAMED
    else:
        base = CONFIDENCE_REFERRED
    if frame.lemma in STANCE_VERBS or frame.lemma == THAT_VERB:
        base *= STANCE_FACTOR
    elif not frame.strong:
        base *= BELIEF_FACTOR
    if frame.kind is not _DIRECT:
        base *= INDIRECT_FACTOR
    return round(base, 3)


def run(text: str, options: Options, annotations: Annotations | None = None) -> Analysis:
    """Analyse ``text`` with ``options``: the quotes in document order and their speakers.

    ``annotations`` are what a backend (stanza) knows about ``text``; each kind it holds is
    used by the stage that would otherwise guess it: sentences by the sentence splitter,
    entities by the registry of people and organizations, the dependency parse by the cues,
    coreference by the resolver. Without them every stage runs on its rules alone.
    """
    noted = fastpath.note_document(text)  # one scan for the stages' fast paths (quotekit.fastpath)
    try:
        return _run(text, options, annotations)
    finally:
        fastpath.forget_document(noted)


def _run(text: str, options: Options, annotations: Annotations | None) -> Analysis:
    if annotations is not None and annotations.text != text:
        raise BackendError("the annotations were made from another text: annotate this text")
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return Analysis(text=text)
    para_starts = [s for s, _ in paragraphs]
    directs = find_direct_quotes(text, paragraphs)
    entities = annotations.entities if annotations is not None else None
    coref = annotations.coref if annotations is not None else None
    words = scan_words(text)
    registry = build_registry(text, para_starts, entities, words)
    candidates = cue_candidates(text, words)
    ranks = _paragraph_ranks(text, para_starts, directs, candidates, registry, words)
    stance_spots = words.stance_spots if words is not None else None
    if words is not None:  # only its pronouns are read from here on (issue 7)
        words = words._replace(
            cues=[],
            that_verbs=[],
            headline_verbs=[],
            groups=None,
            thats=[],
            stance_nouns=[],
            stance_spots=[],
            positions=[],
        )
    resolver = Resolver(
        registry,
        para_starts,
        entities=entities,
        coref=CorefIndex(coref) if coref is not None else None,
        paragraph_rank=ranks,
        quotes=[(d.open_mark, d.outer_end) for d in directs],
    )
    parse = Parse(annotations.words) if annotations is not None and annotations.words else None
    sentence_starts = (
        [s for s, _ in annotations.sentences]
        if annotations is not None and annotations.sentences is not None
        else None
    )

    frames = _find_frames(
        text, paragraphs, directs, candidates, parse, sentence_starts, stance_spots
    )
    del stance_spots

    # resolve speakers in document order
    attributed: dict[int, _Attributed] = {}  # direct index -> attribution
    reported: list[tuple[Frame, Entity | None]] = []
    going_on: list[tuple[Frame, Entity | None, float]] = []
    absorbed: set[int] = set()
    # the directs by where they open, to find those inside a reported clause by bisection
    # rather than testing every direct against every reported frame (quadratic in length)
    open_marks = [d.open_mark for d in directs]
    by_open = sorted(range(len(directs)), key=open_marks.__getitem__)
    opens = [open_marks[i] for i in by_open]
    del open_marks
    jump: dict[int, int] = {}  # k -> a later index of opens: those from k up to it are absorbed
    for frame in sorted(frames, key=lambda f: f.cue_start):
        entity = (
            resolver.resolve(frame.phrase)
            if (frame.phrase is not None and options.resolve_speakers)
            else None
        )
        if frame.kind is _DIRECT:
            conf = _confidence(frame, entity)
            own = frame.directs if frame.continued_at < 0 else frame.directs[: frame.continued_at]
            for idx in own:
                if idx not in attributed:
                    attributed[idx] = _Attributed(frame, entity, conf)
            if frame.continued_at >= 0:
                going_on.append((frame, entity, conf))
        else:
            reported.append((frame, entity))
            # a direct quote that lies inside a part (ps <= open_mark < outer_end <= pe + 1);
            # those absorbed already are jumped over, so each is looked at once however many
            # parts hold it (“Q1,” he said, “Q2,” he said, ... in one sentence, issue 7)
            for ps, pe in frame.parts:
                k = _unabsorbed(jump, bisect.bisect_left(opens, ps))
                while k < len(opens) and opens[k] <= pe:
                    if directs[by_open[k]].outer_end <= pe + 1:
                        absorbed.add(by_open[k])
                        jump[k] = k + 1
                    k = _unabsorbed(jump, k + 1)
    # the quotes a cue goes on into (“Q1,” he said, “Q2.”) are its when no cue of their own
    # claimed them (“Q1,” he said, “Q2,” she said.)
    for frame, entity, conf in going_on:
        for idx in frame.directs[frame.continued_at :]:
            if idx not in attributed:
                attributed[idx] = _Attributed(frame, entity, conf)
    del going_on
    # what finding and ordering the frames took: the frames that attribute something are
    # held by attributed and reported from here on (issue 7)
    del frames, candidates, by_open, opens, jump

    _dash_attributions(text, directs, attributed, resolver, options)
    _verb_next_to_quote(text, directs, attributed, absorbed, paragraphs, resolver, options)
    _transcript_labels(text, directs, attributed, resolver, options)
    _continue_speakers(
        text,
        directs,
        attributed,
        absorbed,
        resolver if options.resolve_speakers else None,
        paragraphs,
        reported,
        ranks,
    )

    if options.resolve_speakers:
        # the quotes' extents as two arrays of machine ints, not a tuple a quote (issue 7)
        resolver.link_pronouns(
            array("q", [d.open_mark for d in directs]),
            array("q", [d.outer_end for d in directs]),
            words,
        )
    # the quotes are built from the attributions alone: what reading the text took (the
    # registry's names and events, the resolver's history, the cue positions) goes first,
    # not to be held with them (issue 7)
    del resolver, registry, paragraphs, para_starts
    del words
    pieces = _Pieces(text)
    quotes: list[Quote] = []
    # the cues that close a direct quote before them (“Q?” Trump asked, ...): what follows
    # such a cue with no "that" is not a second quote (issue #4)
    closing_cues = {
        att.frame.cue_start
        for idx, att in attributed.items()
        if att.frame is not None and idx not in absorbed and directs[idx].end <= att.frame.cue_start
    }
    # each attribution is dropped as its quote is made (popped from the end; the quotes are
    # sorted below), so the frames, phrases and quote spans go while the quotes come (issue 7)
    while directs:
        idx = len(directs) - 1
        d = directs.pop()
        att = attributed.pop(idx, None)
        if att is None or idx in absorbed:
            continue
        quotes.append(
            pieces.quote(
                d.start,
                d.end,
                _DIRECT,
                att.frame,
                att.entity,
                att.confidence,
                d.paragraph,
                [(d.start, d.end)],
            )
        )
    del directs, attributed, absorbed
    reported.reverse()
    while reported:
        frame, entity = reported.pop()
        parts = [p for p in frame.parts if p[1] > p[0]]
        if not parts:
            continue
        if frame.cue_start in closing_cues and _tail_of_closing_cue(text, frame, parts[0][0]):
            continue
        start, end = parts[0][0], parts[-1][1]
        quotes.append(
            pieces.quote(
                start,
                end,
                frame.kind,
                frame,
                entity,
                _confidence(frame, entity),
                frame.paragraph,
                parts,
            )
        )
    del pieces
    # by (start, end): two stable sorts on ints, no key tuple made for every quote
    quotes.sort(key=_END)
    quotes.sort(key=_START)
    kept = [q for q in quotes if q.confidence >= options.min_confidence and q.kind in options.kinds]
    ordered_speakers: list[Speaker] = []
    seen: set[int] = set()
    for q in kept:
        if q.speaker is not None and id(q.speaker) not in seen:
            seen.add(id(q.speaker))
            ordered_speakers.append(q.speaker)
    return Analysis(text=text, quotes=tuple(kept), speakers=tuple(ordered_speakers))


CLOSING_CUE_LEMMAS: Final = frozenset("say ask write tweet declare tell add".split())
"""Verbs that, after the direct quote they close, take no second content of their own without
a "that": "“Who is ready?” Reyes asked, looking pleased", "“It is over,” Reyes wrote in a June
3 email", "“Why?” she asked the council members" (issue #4)."""
CLOSING_CUE_LINKS: Final = regex.compile(r"\b(?:that|whether|if)\b")
"""Words between such a cue and its content that make the content a quote of its own."""


def _tail_of_closing_cue(text: str, frame: Frame, content_start: int) -> bool:
    """Whether the reported frame only reads on past a cue that closes a direct quote: its
    verb is a plain one of saying, its content follows it, and no "that" comes between."""
    if frame.kind is not QuoteKind.INDIRECT or not frame.leading:
        return False
    if frame.lemma not in CLOSING_CUE_LEMMAS or content_start < frame.cue_end:
        return False
    if CLOSING_CUE_LINKS.search(text, frame.cue_end, content_start) is not None:
        return False
    # "Trump asked, repeating a broadside - that ...", "Trump said, looking out on the
    # crowd": a participle's clause is read as what goes with the words
    first = WORD_RE.search(text, content_start, min(len(text), content_start + 40))
    return first is None or not first.group().endswith("ing")


#: The longest sentence read for frames in one piece (characters). No sentence of news comes
#: near it (the longest in the corpora is about 1,600); a longer one (a quote that never closes
#: over megabytes, a page with no full stop) is read in pieces of about this size, cut at a
#: space, so that only one piece's tokens live at a time: a sentence's tokens all at once made
#: each full garbage collection walk them all, time per MB growing with the text (issue 7).
MAX_FRAME_SENTENCE: Final = 20_000


def _frame_windows(text: str, sentences: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences, each longer than MAX_FRAME_SENTENCE cut into pieces at a space."""
    half = MAX_FRAME_SENTENCE // 2
    for s_start, s_end in sentences:
        while s_end - s_start > MAX_FRAME_SENTENCE:
            # the last space in the second half of the piece (searched there only: linear)
            cut = text.rfind(" ", s_start + half, s_start + MAX_FRAME_SENTENCE)
            if cut < 0:
                cut = s_start + MAX_FRAME_SENTENCE
            yield s_start, cut
            s_start = cut
        yield s_start, s_end


def _find_frames(
    text: str,
    paragraphs: list[tuple[int, int]],
    directs: list[DirectSpan],
    candidates: Sequence[int],
    parse: Parse | None,
    sentence_starts: list[int] | None,
    stance_spots: Sequence[int] | None = None,
) -> list[Frame]:
    """The frames of every sentence that holds a cue word, paragraph by paragraph (a function
    of its own so that the last paragraph's quotes, sentences and tokens go with it: for a
    text of one paragraph they are all of them, issue 7)."""
    frames: list[Frame] = []
    di = 0
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        p_directs: list[tuple[int, int, int]] = []
        while di < len(directs) and directs[di].paragraph == p_index:
            d = directs[di]
            p_directs.append(
                (di, d.open_mark, d.close_mark + 1 if d.close_mark is not None else p_end)
            )
            di += 1
        if _nothing_to_read(text, p_start, p_end, candidates, directs, di, p_index):
            continue  # no cue word and no colon before quotes: its sentences are not needed
        protected = [(o, e) for _, o, e in p_directs]
        # the quotes' marks and ends, sorted (quotes never overlap): each sentence takes its
        # own quotes by bisection, not by a test of every quote of its paragraph (issue 7)
        quote_opens = [o for o, _ in protected]
        quote_ends = [e for _, e in protected]
        sentences = (
            sentence_spans(text, p_start, p_end, protected)
            if sentence_starts is None
            else sentence_spans_from(text, p_start, p_end, sentence_starts, protected)
        )
        for s_start, s_end in _frame_windows(text, sentences):
            c = bisect.bisect_left(candidates, s_start)
            if c == len(candidates) or candidates[c] >= s_end:
                continue  # no cue word: nothing to attribute here
            first = bisect.bisect_left(quote_opens, s_start)
            after = bisect.bisect_left(quote_opens, s_end)
            in_sentence = p_directs[first:after]
            # the quotes that end after the sentence's start: those that mark its tokens
            toks = sentence_tokens(
                text, s_start, s_end, protected[bisect.bisect_right(quote_ends, s_start) : after]
            )
            frames.extend(
                find_frames(
                    text,
                    toks,
                    (s_start, s_end),
                    p_index,
                    in_sentence,
                    parse=parse,
                    stance_spots=stance_spots,
                )
            )
        if text[p_end - 1] == ":" and di < len(directs) and directs[di].paragraph == p_index + 1:
            frame = _colon_introduction(text, sentences[-1], p_index, di, directs, paragraphs)
            if frame is not None:
                frames.append(frame)
    return frames


def _nothing_to_read(
    text: str,
    p_start: int,
    p_end: int,
    candidates: Sequence[int],
    directs: list[DirectSpan],
    di: int,
    p_index: int,
) -> bool:
    """Whether :func:`_find_frames` would read nothing in the paragraph ``p_start..p_end``: no
    cue word in it (no sentence of it is read) and no colon at its end before a paragraph of
    quotes (no colon introduction). Its sentences are then not split at all."""
    c = bisect.bisect_left(candidates, p_start)
    if c < len(candidates) and candidates[c] < p_end:
        return False
    return not (
        text[p_end - 1] == ":" and di < len(directs) and directs[di].paragraph == p_index + 1
    )


_START: Final = operator.attrgetter("start")
_TOK_END: Final = operator.itemgetter(2)  # a Tok's end
_FIRST: Final = operator.itemgetter(0)
_END: Final = operator.attrgetter("end")


def _unabsorbed(jump: dict[int, int], k: int) -> int:
    """The first index from ``k`` on that ``jump`` does not pass over, the path shortened."""
    last = k
    while last in jump:
        last = jump[last]
    while k != last:
        nxt = jump[k]
        jump[k] = last
        k = nxt
    return last


class _Pieces:
    """Makes the quotes of one document, sharing what repeats among them: equal cue and
    mention texts are one string, a speaker mention is the same :class:`Mention` in its quote
    and in its speaker, and each entity has one :class:`Speaker` (issue 7: a quote every
    hundred bytes of news made a cue text, a mention and its text of its own)."""

    __slots__ = ("confidences", "mentions", "speakers", "strings", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.strings: dict[str, str] = {}
        self.confidences: dict[float, float] = {}
        self.mentions: dict[tuple[int, int, MentionKind], Mention] = {}
        # by the entity itself, which the key keeps alive: an id() could be reused once the
        # entity's last frame is dropped
        self.speakers: dict[Entity, Speaker] = {}

    def string(self, start: int, end: int) -> str:
        """``text[start:end]``, the same string object for equal texts."""
        s = self.text[start:end]
        return self.strings.setdefault(s, s)

    def mention(self, start: int, end: int, kind: MentionKind) -> Mention:
        """The one :class:`Mention` of ``text[start:end]`` as ``kind``."""
        key = (start, end, kind)
        found = self.mentions.get(key)
        if found is None:
            found = self.mentions[key] = _mention(self.string(start, end), start, end, kind)
        return found

    def speaker(self, ent: Entity | None) -> Speaker | None:
        """The one :class:`Speaker` of ``ent`` (built once all its mentions are in)."""
        if ent is None:
            return None
        sp = self.speakers.get(ent)
        if sp is None:
            sp = self.speakers[ent] = ent.speaker(self.mention)
        return sp

    def quote(
        self,
        start: int,
        end: int,
        kind: QuoteKind,
        frame: Frame | None,
        entity: Entity | None,
        confidence: float,
        paragraph: int,
        parts: list[tuple[int, int]],
    ) -> Quote:
        """The :class:`Quote` of ``text[start:end]`` that ``frame`` attributes to ``entity``."""
        text = self.text
        cue = None
        mention = None
        if frame is not None:
            cs, ce = frame.cue_start, frame.cue_end
            cue = _span(self.string(cs, ce), cs, ce)
            ph = frame.phrase
            if ph is not None and ph.relative_start >= 0:
                mention = self.mention(ph.relative_start, ph.relative_end, _PRONOUN_MENTION)
            elif ph is not None:
                ms = ph.name_start if (ph.name_start >= 0 and ph.kind is _PERSON) else ph.start
                me = ph.end
                while me > ms and text[me - 1] in "’'s" and text[me - 2 : me] in ("’s", "'s"):
                    me -= 2
                mention = self.mention(ms, me, ph.mention_kind)
        return _quote(
            text[start:end],
            start,
            end,
            kind,
            cue,
            self.speaker(entity),
            mention,
            self.confidences.setdefault(confidence, confidence),
            paragraph,
            tuple(parts),
        )


def _continue_speakers(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    absorbed: set[int],
    resolver: Resolver | None,
    paragraphs: list[tuple[int, int]],
    reported: Sequence[tuple[Frame, Entity | None]] = (),
    ranks: Sequence[int] | None = None,
) -> None:
    """Give cue-less direct quotes the speaker they continue, and drop scare quotes."""
    # reported speech by a speech verb goes on in a quote right after it: "Taxes will rise,
    # Schiff said. “Nobody wants that.”" (by where its cue, clause or speaker ends)
    said = sorted(
        (
            (max(f.cue_end, f.parts[-1][1] if f.parts else 0, f.phrase.end), f, e)
            for f, e in reported
            if f.strong and f.phrase is not None
        ),
        key=_FIRST,
    )
    si = 0
    # pieces of one quote across paragraphs share their speaker
    for idx, d in enumerate(directs):
        if d.prev_piece is None and d.next_piece is not None:
            chain = [idx]
            while directs[chain[-1]].next_piece is not None:
                chain.append(directs[chain[-1]].next_piece)  # type: ignore[arg-type]
            source = next((attributed[i] for i in chain if i in attributed), None)
            if source is not None:
                for i in chain:
                    if i not in attributed:
                        attributed[i] = _Attributed(
                            source.frame, source.entity, CONFIDENCE_CONTINUED
                        )
    dialogue = _takes_turns(directs, attributed, absorbed, ranks)
    last: _Attributed | None = None
    last_para = -1
    # whether ``last`` is only a guess from the narration: a short quote that is no speech
    # on its own (a scare quote) follows only a speaker whom a cue names
    guessed = False
    last_d: DirectSpan | None = None  # the quote ``last`` is for
    # the speakers of the last paragraphs that hold quotes, for turn-taking in dialogue
    turns: list[tuple[int, _Attributed]] = []
    for idx, d in enumerate(directs):
        before = None
        while si < len(said) and said[si][0] <= d.open_mark:
            before = said[si]
            si += 1
        if (
            before is not None
            and not dialogue
            and (last_d is None or last_d.outer_end <= before[1].cue_start)
            and _goes_on(text, before[0], before[1].paragraph, d)
        ):
            last = _Attributed(before[1], before[2], CONFIDENCE_CONTINUED)
            # a scare quote after it is no speech of its own ("a “targeted area,” which ...")
            last_para, guessed, last_d = d.paragraph, True, None
        if idx in absorbed:
            continue
        att = attributed.get(idx)
        if att is not None:
            last, last_para, guessed, last_d = att, d.paragraph, False, d
            _note_turn(turns, d.paragraph, att)
            continue
        words = _content_words(text, d.start, d.end)  # WORD_RE's count, by fastpath's twin
        if words <= MAX_TITLE_WORDS and _names_a_work(text, d):
            # "said on CNN's “State of the Union.”", "on ABC's “This Week With George
            # Stephanopoulos”": a title, no one's words
            continue
        speech = _is_speech_alone(text, d, words)
        if (
            not speech
            and last is not None
            and last.frame is not None
            and last.frame.phrase is not None
            and last.frame.phrase.start < d.open_mark < last.frame.cue_start
        ):
            # a scare quote inside the speaker's own phrase: "“…,” Bill Eastland, wearing
            # “Ted Cruz” pins, said": part of who speaks, not more of what is said
            continue
        follows = last is not None and (speech or not guessed)
        if follows and last is not None and d.paragraph == last_para:
            # more of the same paragraph: the same speaker
            att = _Attributed(last.frame, last.entity, CONFIDENCE_CONTINUED)
        elif speech and (subject := _narration_speaker(text, d, directs, paragraphs, resolver)):
            # "Tommy nodded. “Two months ago.”": whom the narration around it is about
            att = _Attributed(None, subject, CONFIDENCE_NARRATION)
            guessed = True
        elif (
            follows
            and last is not None
            and d.paragraph == last_para + 1
            and _opens_paragraph(text, d)
        ):
            if dialogue and d.prev_piece is None:
                # a conversation: the reply is the other party's, or comes from the one
                # the last speaker called by name ("When is the ball, Lizzy?")
                called = _addressee(text, last_d, resolver) if last_d is not None else None
                mine = _addressee(text, d, resolver)
                if called is not None and called is not last.entity and called is not mine:
                    att = _Attributed(None, called, CONFIDENCE_CONTINUED)
                else:
                    other = _other_party(turns, last, d.paragraph, mine)
                    att = (
                        _Attributed(other.frame, other.entity, CONFIDENCE_CONTINUED)
                        if other is not None
                        else _Attributed(None, None, CONFIDENCE_CONTINUED)
                    )
            else:
                entity = last.entity
                # two people took the last two turns, so the other one speaks
                if (
                    d.prev_piece is None
                    and len(turns) >= 2
                    and _in_a_row(ranks, turns[-2][0], turns[-1][0], d.paragraph)
                    and turns[-2][1].entity is not None
                    and turns[-2][1].entity is not turns[-1][1].entity
                ):
                    entity = turns[-2][1].entity
                att = _Attributed(last.frame, entity, CONFIDENCE_CONTINUED)
        elif speech:
            # a quoted paragraph after narration about someone: most likely theirs
            guess = None
            if resolver is not None and _opens_paragraph(text, d):
                guess = _previous_narration_speaker(
                    text, d, directs, paragraphs, resolver
                ) or resolver.salient_person(d.open_mark, PARAGRAPHS_BACK_FOR_GUESS)
            att = _Attributed(None, guess, CONFIDENCE_ORPHAN)
            if (
                guess is None
                and dialogue
                and turns
                and d.paragraph - turns[-1][0] == 2
                and _opens_paragraph(text, d)
            ):
                # one paragraph of narration about no one in a conversation ("This was
                # invitation enough."): the other party takes up the talk
                other = _other_party(
                    turns, turns[-1][1], d.paragraph, _addressee(text, d, resolver)
                )
                if other is not None:
                    att = _Attributed(other.frame, other.entity, CONFIDENCE_ORPHAN)
                    guess = other.entity
            guessed = True
            if guess is None and _who(att) is None:
                attributed[idx] = att
                last = None
                continue
        else:
            continue
        attributed[idx] = att
        last, last_para, last_d = att, d.paragraph, d
        _note_turn(turns, d.paragraph, att)
    if dialogue:
        _turns_backward(text, directs, attributed, absorbed)


def _in_a_row(ranks: Sequence[int] | None, *paragraphs: int) -> bool:
    """Whether ``paragraphs`` follow one another, with nothing but paragraphs about nothing
    (no mark, cue, name or pronoun) between them when ``ranks`` counts only the others."""
    if ranks is None:
        return all(b == a + 1 for a, b in itertools.pairwise(paragraphs))
    return all(ranks[b] == ranks[a] + 1 for a, b in itertools.pairwise(paragraphs))


def _paragraph_ranks(
    text: str,
    para_starts: list[int],
    directs: list[DirectSpan],
    candidates: list[int],
    registry: Registry,
    words: WordHits | None,
) -> array[int]:
    """For each paragraph, how many paragraphs up to it (itself included) hold a quotation
    mark, a cue word, a name, a group noun or a subject pronoun, or are too short to be
    narration: distances counted in these pass over a paragraph about nothing ("The weather
    stayed mild all week.")."""
    held = bytearray(len(para_starts))
    for d in directs:
        held[d.paragraph] = 1
    for e in registry.events:
        held[e[3]] = 1
    pronouns = (
        [p for p, _, _ in words.pronouns]
        if words is not None
        else [m.start() for m in SUBJECT_PRONOUN_RE.finditer(text)]
    )
    for positions in (candidates, pronouns, [p for p, _ in registry.group_mentions]):
        for pos in positions:
            held[bisect.bisect_right(para_starts, pos) - 1] = 1
    for p, p_start in enumerate(para_starts):
        if not held[p]:
            p_end = para_starts[p + 1] if p + 1 < len(para_starts) else len(text)
            # a line of a few words ("___.", "8:05 a.m.") divides a live blog's sections:
            # it counts, as a paragraph about something does
            words_in = 0
            for _ in WORD_RE.finditer(text, p_start, p_end):
                words_in += 1
                if words_in >= MIN_SILENT_WORDS:
                    break
            if words_in < MIN_SILENT_WORDS:
                held[p] = 1
    return array("q", itertools.accumulate(held))  # 8 bytes a paragraph, not an int object


#: The fewest words of a paragraph about nothing that pronouns and turns look past.
MIN_SILENT_WORDS: Final = 4


#: A sentence's end: what may lie between reported speech and the quote that goes on with it.
SENTENCE_END_RE: Final = regex.compile(r"[.!?][\"'”’)]*(?:\s|$)")


def _goes_on(text: str, end: int, paragraph: int, d: DirectSpan) -> bool:
    """Whether a cue-less quote ``d`` follows reported speech that ends at ``end`` in
    ``paragraph`` closely enough to be the same speaker's: in its paragraph, with no more
    than the end of the reported speech's sentence between them."""
    return paragraph == d.paragraph and len(SENTENCE_END_RE.findall(text, end, d.open_mark)) <= 1


def _turns_backward(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    absorbed: set[int],
) -> None:
    """In a conversation, a quoted paragraph nobody could be found for is from whoever speaks
    two quoted paragraphs later, when someone else speaks in between: turns run both ways
    ("“Yes, sir.”" before "“When will he be here?” asked the doctor." and the nurse's reply)."""
    first: dict[int, int] = {}  # paragraph -> the quote that opens it
    for idx, d in enumerate(directs):
        if idx in absorbed or idx not in attributed or d.paragraph in first:
            continue
        if _opens_paragraph(text, d):
            first[d.paragraph] = idx
    for p in sorted(first, reverse=True):
        idx = first[p]
        if _who(attributed[idx]) is not None:
            continue
        nxt, after = first.get(p + 1), first.get(p + 2)
        if nxt is None or after is None:
            continue
        between, source = attributed[nxt], attributed[after]
        w1, w2 = _who(between), _who(source)
        if w1 is None or w2 is None or w1 == w2:
            continue
        for j in range(idx, len(directs)):
            if directs[j].paragraph != p:
                break
            att = attributed.get(j)
            if att is not None and _who(att) is None:
                attributed[j] = _Attributed(source.frame, source.entity, CONFIDENCE_CONTINUED)


#: How many paragraphs with quotes the turn-taking remembers.
TURNS_KEPT: Final = 6


def _note_turn(turns: list[tuple[int, _Attributed]], paragraph: int, att: _Attributed) -> None:
    """Record who spoke in ``paragraph``, keeping the last paragraphs with quotes."""
    if turns and turns[-1][0] == paragraph:
        return
    turns.append((paragraph, att))
    if len(turns) > TURNS_KEPT:
        del turns[0]


def _takes_turns(
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    absorbed: set[int],
    ranks: Sequence[int] | None = None,
) -> bool:
    """Whether the text is a conversation: where two paragraphs in a row open with quotes
    whose cues name their speakers, the speakers differ more often than not (fiction's
    dialogue), rather than one speaker going on (news). With ``ranks``, paragraphs about
    nothing between two are not counted (see :func:`_paragraph_ranks`)."""
    first_of: dict[int, object] = {}  # the rank of a paragraph with a quote -> who speaks
    for idx, d in enumerate(directs):
        att = attributed.get(idx)
        p = d.paragraph if ranks is None else ranks[d.paragraph]
        if idx in absorbed or att is None or att.frame is None or p in first_of:
            continue
        who = _who(att)
        if who is not None:
            first_of[p] = who
    same = differ = 0
    for p, who in first_of.items():
        nxt = first_of.get(p + 1)
        if nxt is not None:
            if nxt == who:
                same += 1
            else:
                differ += 1
    return differ > same


def _who(att: _Attributed) -> object | None:
    """Who speaks, to tell turns apart: the entity, else the words of the cue's speaker
    phrase ("he" and "she" are two people even where neither resolves)."""
    if att.entity is not None:
        return att.entity
    if att.frame is not None and att.frame.phrase is not None:
        return (att.frame.phrase.head, att.frame.phrase.gender)
    return None


def _other_party(
    turns: list[tuple[int, _Attributed]],
    last: _Attributed,
    paragraph: int,
    addressed: Entity | None = None,
) -> _Attributed | None:
    """Whom a reply in ``paragraph`` most likely comes from: the latest speaker of the
    conversation other than the one who spoke last and the one the reply calls by name."""
    last_who = _who(last)
    for p, att in reversed(turns):
        if paragraph - p > TURNS_KEPT:
            break
        who = _who(att)
        if who is not None and who != last_who and (addressed is None or who is not addressed):
            return att
    return None


# Why: a quote that calls someone by name, at its start or after a comma: "Tuppence, old
# bean!", "When is your next ball to be, Lizzy?", "Oh, Mr. Bennet!".
VOCATIVE_RE: Final = regex.compile(
    rf"(?:^[^\p{{L}}]*|,{SPACE_IN_LINE}+)(?:(Mr|Mrs|Ms|Miss|Dr|Sir|Aunt|Uncle)\.?{SPACE_IN_LINE}+)?"
    rf"(\p{{Lu}}[\p{{L}}’'\-]+)(?={SPACE_IN_LINE}*[,.!?;—])"
)


def _addressee(text: str, d: DirectSpan, resolver: Resolver | None) -> Entity | None:
    """The person a quote calls by name, when the text names that person elsewhere."""
    if resolver is None:
        return None
    for m in VOCATIVE_RE.finditer(text[d.start : d.end]):
        word = m.group(2)
        if word.isupper():
            word = word.capitalize()
        ent = resolver.named(word, m.group(1), d.start + m.start(2))
        if ent is not None:
            return ent
    return None


#: A cue-less quote whose speaker the narration around it names.
CONFIDENCE_NARRATION: Final = 0.7

PERSON_WORDS: Final = (
    ROLE_NOUNS
    | MALE_ROLES
    | FEMALE_ROLES
    | frozenset("gentleman stranger child lad lass youth fellow servant maid visitor guest".split())
)
"""Heads of a description in narration that stand for a person: "The old man shook his head"."""

#: How many words a description in narration may run to its head ("the lath-like stripling").
MAX_NARRATION_DESCRIPTION: Final = 4

NOT_AFTER_SUBJECT: Final = frozenset("of and or who which that whose whom to".split())
"""Lower-case words that show a capitalised word or pronoun opens no clause as its subject."""


def _narration_speaker(
    text: str,
    d: DirectSpan,
    directs: list[DirectSpan],
    paragraphs: list[tuple[int, int]],
    resolver: Resolver | None,
) -> Entity | None:
    """The person the narration of ``d``'s own paragraph is about: the subject of the sentence
    right after the quote ("“Young!” He held it up."), else of the one before it ("The girl
    flushed. “I guess not.”"), when that subject is a pronoun for a person, a person the text
    names or a description of one."""
    if resolver is None:
        return None
    p_start, p_end = paragraphs[d.paragraph]
    i = bisect.bisect_left(directs, d.open_mark, key=lambda x: x.open_mark)
    nxt = directs[i + 1].open_mark if i + 1 < len(directs) else p_end
    prev = directs[i - 1].outer_end if i > 0 else p_start
    stretches = [(d.outer_end, min(nxt, p_end), True), (max(prev, p_start), d.open_mark, False)]
    lead = text[max(prev, p_start) : d.open_mark].rstrip()
    if lead and lead[-1] not in ".!?;:”\"’'":
        # the quote goes on a sentence of narration ("Japan branded North Korea “...”"):
        # that sentence's subject before the next one's
        stretches.reverse()
    for start, end, first in stretches:
        if end <= start:
            continue
        toks = sentence_tokens(text, start, end, ())
        cuts = [k for k, t in enumerate(toks) if t.text in (".", "!", "?", ";")]
        if first:
            toks = toks[: cuts[0] + 1] if cuts else toks
        else:
            inner = [k for k in cuts if k < len(toks) - 1]
            toks = toks[inner[-1] + 1 :] if inner else toks
        phrase = _subject_phrase(text, toks, resolver) or _subject_after_opening(
            text, toks, resolver
        )
        if phrase is not None:
            return resolver.resolve(phrase)
    return None


OPENING_PREPOSITIONS: Final = frozenset(
    "in on at during after before since in at through throughout across over under".split()
)
"""Prepositions that open a sentence with an adjunct before its subject: "In a Bloomberg
interview Trump declared", "During the debate, she said"."""

NOT_BEFORE_SUBJECT: Final = frozenset("of to with for by from and or about 's ’s".split())
"""Words after which a name is an object, not a subject: "an interview with Trump"."""

#: How far into its sentence a subject after an opening adjunct may stand.
MAX_OPENING_TOKENS: Final = 12


def _subject_after_opening(text: str, toks: Sequence[Tok], resolver: Resolver) -> Phrase | None:
    """The subject of a sentence that opens with a prepositional adjunct, when a person the
    text names or a pronoun for one: "In an August speech, Trump attacked ..."."""
    if not toks or toks[0].text.lower() not in OPENING_PREPOSITIONS:
        return None
    for k in range(2, min(len(toks) - 1, MAX_OPENING_TOKENS)):
        if toks[k - 1].text.lower() in NOT_BEFORE_SUBJECT or toks[k].quoted:
            continue
        phrase = _subject_phrase(text, toks[k:], resolver)
        if phrase is not None and phrase.kind in (PhraseKind.PERSON, PhraseKind.PRONOUN):
            return phrase
    return None


def _previous_narration_speaker(
    text: str,
    d: DirectSpan,
    directs: list[DirectSpan],
    paragraphs: list[tuple[int, int]],
    resolver: Resolver,
) -> Entity | None:
    """The person the paragraph of narration right before ``d``'s is about, when that paragraph
    holds no quote: "Tommy nodded." before "“Two months ago.”"."""
    if d.paragraph == 0:
        return None
    p_start, p_end = paragraphs[d.paragraph - 1]
    i = bisect.bisect_left(directs, d.open_mark, key=lambda x: x.open_mark)
    if i > 0 and directs[i - 1].outer_end > p_start:
        return None
    toks = sentence_tokens(text, p_start, p_end, ())
    cuts = [k for k, t in enumerate(toks) if t.text in (".", "!", "?", ";")]
    starts = [0] + [k + 1 for k in cuts if k + 1 < len(toks)]
    # the last sentence first: the nearest to the quote
    for k in reversed(starts):
        end = next((c for c in cuts if c >= k), len(toks))
        phrase = _subject_phrase(text, toks[k : end + 1], resolver)
        if phrase is not None:
            return resolver.resolve(phrase)
    return None


def _subject_phrase(text: str, toks: Sequence[Tok], resolver: Resolver) -> Phrase | None:
    """The subject that opens a sentence of narration, when it stands for a person."""
    i = 0
    while i < len(toks) and (
        toks[i].text.lower() in LEADING_ADVERBIALS
        or toks[i].text in ",—–-"
        or (toks[i].text.lower().endswith("ly") and toks[i].kind == "word")
    ):
        i += 1
    if i >= len(toks) - 1 or toks[i].kind not in ("word", "abbr"):
        return None
    t = toks[i]
    low = t.text.lower()

    def verb_at(k: int) -> bool:
        if k >= len(toks):
            return False
        w = toks[k].text
        return w == "," or (w.islower() and w not in NOT_AFTER_SUBJECT)

    if low in ("he", "she", "i"):
        if not verb_at(i + 1):
            return None
        gender = PRONOUNS[low][0]
        return Phrase(
            t.start,
            t.end,
            PhraseKind.PRONOUN,
            head=low,
            gender=gender if gender in ("male", "female") else None,
        )
    if low == "the":
        j = i + 1
        while j < len(toks) and j - i <= MAX_NARRATION_DESCRIPTION and toks[j].text.islower():
            head = toks[j].text
            if head in PERSON_WORDS or resolver.has_speaker_called(head):
                if not verb_at(j + 1) or toks[j + 1].text.lower() in PERSON_WORDS:
                    return None
                name = text[toks[i + 1].start : toks[j].end]
                return Phrase(
                    t.start,
                    toks[j].end,
                    PhraseKind.DESCRIPTION,
                    name=name,
                    name_start=toks[i + 1].start,
                    title=name,
                    head=head,
                    definite=True,
                    gender=_gender_of([x.text for x in toks[i + 1 : j + 1]]),
                )
            j += 1
        return None
    # a name the text already gives a person: "Tommy nodded", "Mrs. Hilbery smiled"
    j = i
    if t.text in TITLES or t.text.rstrip(".") in TITLES:
        j += 1
    titled = j > i
    k = j
    while (
        k < len(toks)
        and k - j < MAX_NAME_WORDS
        and toks[k].kind == "word"
        and toks[k].text[:1].isupper()
    ):
        if (
            toks[k].text.endswith(("’s", "'s"))
            and k + 1 < len(toks)
            and k + 1 - i <= 2 * MAX_NAME_WORDS
        ):
            j = k + 1  # "Iowa State University's Dianne Bystrom agreed": the name after it
        k += 1
    if k == j or not verb_at(k):
        return None
    words = [x.text for x in toks[j:k]]
    if words[0] in NOT_NAME_WORDS or not resolver.reg.by_surname.get(words[-1]):
        return None
    return Phrase(
        t.start,
        toks[k - 1].end,
        PhraseKind.PERSON,
        name=" ".join(words),
        name_start=toks[j].start,
        title=t.text if titled else None,
        head=words[-1].lower(),
        gender=_gender_of([t.text]) if titled else None,
    )


# Why: the words before a title of a work: a possessive ("CNN's “State of the Union”"), a
# preposition ("on “Fox and Friends”") or a noun for a work ("the film “Oppenheimer”"). Read
# on the few characters before the mark only.
WORK_CONTEXT_RE: Final = regex.compile(
    r"(?i:['’]s|\b(?:on|of|in|titled|called|named|film|show|program|programme|book|song|"
    r"anthem|album|movie|series|episode|column|editorial|essay|podcast|documentary|play|novel|"
    r"headline|slogan))[ \t]*,?[ \t]*\Z"
)
#: How far before a quote's mark :data:`WORK_CONTEXT_RE` looks.
WORK_CONTEXT_CHARS: Final = 24


def _names_a_work(text: str, d: DirectSpan) -> bool:
    """Whether a short quote is the title of a work: its words capitalised ("Fox and
    Friends", "A Change Is Gonna Come") after a possessive, a preposition or a noun for a
    work."""
    words = WORD_RE.findall(text, d.start, d.end)
    if not words or not words[0][:1].isupper():
        return False
    if any(len(w) > 3 and not w[:1].isupper() for w in words):
        return False
    return (
        WORK_CONTEXT_RE.search(text, max(0, d.open_mark - WORK_CONTEXT_CHARS), d.open_mark)
        is not None
    )


def _is_speech_alone(text: str, d: DirectSpan, words: int) -> bool:
    """Whether a direct quote with no cue is still speech: a quote that runs to the end of its
    paragraph only when introduced at a clause boundary (a mark after "the" is a stray), a
    short one only when it stands at the start of its paragraph as a full sentence."""
    opens = _opens_paragraph(text, d)
    if d.close_mark is None:
        j = d.open_mark - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return opens or (j >= 0 and text[j] in ":,")
    if words >= MIN_UNATTRIBUTED_WORDS:
        return True
    last = text[d.start : d.end].rstrip()[-1:]
    if (
        last in (",", "!", "?")
        and (opens or _after_sentence_end(text, d.open_mark))
        and _cue_word_after(text, d.close_mark + 1)
    ):
        # "“We lost,” said two officials": a verb of saying whose speaker is unread (not
        # "His so-called “reforms,” announced last week, drew fire")
        return True
    return opens and last in (".", "!", "?", "…")


def _after_sentence_end(text: str, pos: int) -> bool:
    """Whether only white space stands between ``pos`` and the end of a sentence before it (a
    full stop, a question or exclamation mark, a colon) or the text's start."""
    j = pos - 1
    while j >= 0 and text[j] in fastpath.WHITE_SPACE:
        j -= 1
    return j < 0 or text[j] in ".!?:…"


def _cue_word_after(text: str, pos: int) -> bool:
    """Whether a lower-case verb of saying that needs no particle ("said", "added", not
    "called") follows ``pos`` after white space in the line: an inverted cue."""
    m = WORD_AFTER_MARK_RE.match(text, pos)
    if m is None:
        return False
    entry = CUE_FORMS.get(m[1])
    return entry is not None and entry[1] and entry[0] not in PHRASAL_PARTICLES


# Why: the word after a closing mark, in its line ("said" of "“We lost,” said two officials").
WORD_AFTER_MARK_RE: Final = regex.compile(rf"{SPACE_IN_LINE}++(\p{{Ll}}++)\b")


# Why: a quote followed by a dash and a name is attributed by the dash ("“Q” — Mayor Ana
# Ruiz", or a pull quote with the name on the next line). Each run of spaces is read once:
# two runs side by side could split n spaces n ways, n² steps after every quote (issue 7).
DASH_AFTER_QUOTE_RE: Final = regex.compile(
    rf"{SPACE_IN_LINE}*+(?:{LINE_END}{SPACE_IN_LINE}*+)?[—–―-]{{1,2}}{SPACE_IN_LINE}*+(?=\p{{Lu}})"
)

#: What DASH_AFTER_QUOTE_RE's first two characters can be: white space (in a line or ending
#: it: together regex's \s) and its dashes.
_DASH_OR_SPACE: Final = fastpath.WHITE_SPACE | frozenset("—–―-")


def _may_dash_after(text: str, pos: int) -> bool:
    """False where DASH_AFTER_QUOTE_RE cannot match at ``pos``: its match opens with a dash or
    with white space and then a dash or more white space."""
    # Why: a quote is mostly followed by " he said" or a full stop: two character looks rule
    # the pattern out there, cheaper than a call into regex
    ch = text[pos : pos + 1]
    if ch not in _DASH_OR_SPACE:
        return False
    return ch not in fastpath.WHITE_SPACE or text[pos + 1 : pos + 2] in _DASH_OR_SPACE


def _dash_attributions(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    resolver: Resolver,
    options: Options,
) -> None:
    """Attribute quotes followed by a dash and a speaker: “Q” — Mayor Ana Ruiz."""
    for idx, d in enumerate(directs):
        if idx in attributed or d.close_mark is None:
            continue
        if not _may_dash_after(text, d.close_mark + 1):
            continue
        m = DASH_AFTER_QUOTE_RE.match(text, d.close_mark + 1)
        if m is None:
            continue
        # the phrase reader stops at the first token that is no word: only the tokens up to
        # it are read, not the rest of the line (the whole text when it has no newline), and
        # the line's end is looked for only as far as they go (issue 7: a search from each
        # dash to the end of one long line was quadratic)
        toks = _tokens_from(text, m.end(), len(text), _through_first_non_word, line=True)
        phrase = phrase_after(text, toks, 0)
        if phrase is None or phrase.kind is PhraseKind.PRONOUN:
            continue
        if phrase.kind is PhraseKind.PERSON:
            phrase = _lowercase_title(text, toks, phrase)
        dash = m.end() - 1
        while text[dash].isspace():
            dash -= 1
        frame = Frame(
            dash,
            dash + 1,
            "—",
            True,
            phrase,
            QuoteKind.DIRECT,
            [],
            [idx],
            d.paragraph,
            leading=False,
        )
        entity = resolver.resolve(phrase) if options.resolve_speakers else None
        attributed[idx] = _Attributed(frame, entity, _confidence(frame, entity))


# Why: a transcript quoted in marks names each speaker in capitals before a colon at the
# start of the quote: "WALLACE: Why would he do that?" / "PENCE: Well, look ...".
TRANSCRIPT_LABEL_RE: Final = regex.compile(
    rf"{SPACE_IN_LINE}*+(\p{{Lu}}[\p{{Lu}}’'\-.]+(?:{SPACE_IN_LINE}+\p{{Lu}}[\p{{Lu}}’'\-.]+){{0,2}})"
    rf":{SPACE_IN_LINE}"
)

NOT_LABELS: Final = frozenset(
    "NOTE UPDATE UPDATED BREAKING EDITOR WARNING PS P.S. WATCH READ MORE RELATED CORRECTION".split()
)
"""Capitals before a colon that introduce no speaker: "UPDATE: ...", "WATCH: ..."."""


def _transcript_labels(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    resolver: Resolver,
    options: Options,
) -> None:
    """Attribute a quote that opens with a speaker's name in capitals and a colon to that
    speaker, over any cue around it ("Partial transcript as follows:")."""
    for idx, d in enumerate(directs):
        # Why: a label ends at a colon inside the quote; the string's own search rules out the
        # many quotes with none before the pattern is tried (a call into regex costs more)
        if text.find(":", d.start, d.end) < 0:
            continue
        m = TRANSCRIPT_LABEL_RE.match(text, d.start, d.end)
        if m is None or any(w in NOT_LABELS for w in m.group(1).split()):
            continue
        label = m.group(1)
        words = [w.capitalize() for w in label.split()]
        phrase = Phrase(
            m.start(1),
            m.end(1),
            PhraseKind.PERSON,
            name=" ".join(words),
            name_start=m.start(1),
            head=words[-1].lower(),
        )
        frame = Frame(
            m.end(1),
            m.end(1) + 1,
            ":",
            True,
            phrase,
            QuoteKind.DIRECT,
            [],
            [idx],
            d.paragraph,
            leading=True,
        )
        entity = resolver.resolve(phrase) if options.resolve_speakers else None
        attributed[idx] = _Attributed(frame, entity, _confidence(frame, entity))


def _colon_introduction(
    text: str,
    sentence: tuple[int, int],
    p_index: int,
    d_index: int,
    directs: list[DirectSpan],
    paragraphs: list[tuple[int, int]],
) -> Frame | None:
    """A paragraph that ends with a colon introduces the quote that opens the next one:
    "Cruz continued:" / "Breitbart News responded:" followed by a quoted paragraph."""
    d = directs[d_index]
    if not _opens_paragraph(text, d):
        return None
    toks = sentence_tokens(text, sentence[0], sentence[1], ())
    if len(toks) < 2:
        return None
    if toks[0].text.lower() in CUE_FORMS and toks[0].text[0].isupper():
        # inverted: "Said she:" / "Asked the mayor:"
        phrase = phrase_after(text, toks[1:], 0)
        if phrase is None:
            return None
        return Frame(
            toks[0].start,
            toks[0].end,
            toks[0].text.lower(),
            True,
            phrase,
            QuoteKind.DIRECT,
            [],
            [d_index],
            p_index,
            leading=True,
        )
    phrase = _sentence_subject(text, toks, len(toks) - 1)
    if phrase is None:
        return None
    cue_tok = next(
        (
            t
            for i, t in enumerate(toks)
            if t.text.islower()
            and t.text in CUE_FORMS
            and t.start >= phrase.end
            and toks[i - 1].text.lower() not in _NOUN_MARKERS  # "in detail", "his response"
        ),
        None,
    )
    last = bisect.bisect_left(toks, phrase.end, key=_TOK_END)
    if cue_tok is None and 0 < last < len(toks):
        verb = toks[last]
        if verb.text.islower() and verb.text in CUE_FORMS and verb.text not in NOUN_LIKE_FORMS:
            # "The company said in a statement:": the subject read took in its verb
            inner = _sentence_subject(text, toks, last)
            if inner is not None and inner.end <= verb.start:
                phrase, cue_tok = inner, verb
    if cue_tok is None:
        # no verb of saying ("Cruz turned to the moderators:"): a person or a speaker of
        # that kind must be the subject ("The woman’s enthusiasm is recorded in detail:" is
        # not)
        if not _speaker_like(phrase):
            return None
        cue_tok = toks[-1]
    return Frame(
        cue_tok.start,
        cue_tok.end,
        cue_tok.text.lower(),
        True,
        phrase,
        QuoteKind.DIRECT,
        [],
        [d_index],
        p_index,
        leading=True,
    )


#: Words after which a cue form is a noun: "recorded in detail:", "gave his answer:" (the
#: determiners of cues.NOT_BEFORE_CUE, and prepositions).
_NOUN_MARKERS: Final = NOT_BEFORE_CUE | frozenset("in for with of on at by that".split())


def _speaker_like(phrase: Phrase) -> bool:
    """Whether ``phrase`` names who could speak without a verb of saying to tell: a person,
    an organization, a pronoun or a description headed by a role or a group noun."""
    if phrase.kind in (PhraseKind.PERSON, PhraseKind.ORGANIZATION, PhraseKind.PRONOUN):
        return True
    return phrase.head in ROLE_NOUNS or phrase.head in GROUP_NOUNS


#: How many tokens after a closing mark a speaker and verb of any kind may take ("“Q,”
#: beamed Donald Hartley of Madison").
AFTER_QUOTE_TOKENS: Final = 12


NOT_VERBS: Final = frozenset(
    """was were is are be been being has have had do does did will would can could may might
    should must shall and but or nor as if than then also named titled called dubbed
    headlined labeled labelled marked""".split()
)
"""Words that look like verbs but frame no speech next to a quote: "“Endurance,” was painted
over", "a report titled “A Slow Recovery”"."""


GO_FORMS: Final = frozenset("go goes went going carried carries".split())
"""Verbs before "on" that make it a verb of going on: "Trump went on: “…”"."""


def _verb_on(toks: Sequence[Tok], verb: Tok | None) -> Tok | None:
    """``verb``, unless it is an "on" that no form of "go" precedes ("later that month on
    CNN: “…”" has no verb)."""
    if verb is None or verb.text != "on":
        return verb
    i = next((k for k, t in enumerate(toks) if t is verb), 0)
    return verb if i > 0 and toks[i - 1].text.lower() in GO_FORMS else None


def _verb_like(word: str) -> bool:
    """A lower-case word that can be the verb of a speech frame: a cue verb, or a past tense
    or third-person form outside :data:`NOT_VERBS` ("beamed", "boomed", "reads")."""
    if not word.islower() or word in NOT_VERBS:
        return False
    return word in CUE_FORMS or word.endswith("ed") or word in VERBS_OF_TEXT


VERBS_OF_TEXT: Final = frozenset("reads read goes went on continues put".split())
"""Verbs with which texts and speakers go on: "The email reads:", "Trump went on", "As
Rosenthal put it,"."""


def _verb_next_to_quote(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    absorbed: set[int],
    paragraphs: list[tuple[int, int]],
    resolver: Resolver,
    options: Options,
) -> None:
    """Attribute a direct quote that a verb outside the lexicon frames: “Q,” beamed Donald
    Hartley / “Q,” Trump went on / The email goes on to say: “Q” / Trump boomed: “Q”."""
    before = _TextBeforeQuote(text)
    for idx, d in enumerate(directs):
        if idx in attributed or idx in absorbed or d.close_mark is None:
            continue
        p_start, p_end = paragraphs[d.paragraph]
        phrase = None
        cue = None
        # after: “Q,” NP verb / “Q,” verb NP
        k = d.close_mark - 1
        if k > d.open_mark and text[k] == text[d.close_mark] == "'":
            k -= 1  # a doubled mark: ''Q,'' said Mr. Kamin
        inside = text[k] if k >= 0 else ""
        if inside in ",!?":
            toks = _tokens_from(text, d.close_mark + 1, p_end, _enough_after_quote)
            toks = toks[:AFTER_QUOTE_TOKENS]
            if toks and toks[0].kind in ("word", "abbr"):
                if _verb_like(toks[0].text) and len(toks) > 1:
                    phrase = phrase_after(text, toks[1:], 0)
                    cue = toks[0] if phrase is not None else None
                else:
                    phrase = phrase_after(text, toks, 0)
                    if phrase is not None:
                        nxt = next((t for t in toks if t.start >= phrase.end), None)
                        if nxt is not None and _verb_like(nxt.text):
                            cue = nxt
                        else:
                            phrase = None
        # before: Subject ... verb: “Q” (the sentence up to the quote ends with a colon or comma)
        if phrase is None:
            j = d.open_mark - 1
            while j >= p_start and text[j] in " \t":
                j -= 1
            if j >= p_start and text[j] in ":,":
                s_start = before.sentence_start(p_start, j)
                phrase, cue = before.subject_and_verb(s_start, j)
                if cue is None and text[j] == ":" and _whole_sentence_quote(text, d):
                    # "Sen. Warren did not mince words: “This is a scam.”"
                    phrase, cue = _colon_speaker(text, s_start, j)
        if phrase is None or cue is None:
            continue
        frame = Frame(
            cue.start,
            cue.end,
            cue.text.lower(),
            True,
            phrase,
            QuoteKind.DIRECT,
            [],
            [idx],
            d.paragraph,
            leading=cue.start < d.start,
        )
        entity = resolver.resolve(phrase) if options.resolve_speakers else None
        attributed[idx] = _Attributed(frame, entity, CONFIDENCE_NEARBY)


#: The longest sentence before a colon read for its speaker by :func:`_colon_speaker`.
MAX_COLON_INTRODUCTION: Final = 160


def _whole_sentence_quote(text: str, d: DirectSpan) -> bool:
    """Whether the direct quote ``d`` is a whole sentence or more: three words or more that
    open with a capital and end with a full stop, a question or an exclamation mark."""
    words = text[d.start : d.end].rstrip()
    return (
        len(words.split()) >= MIN_SENTENCE_QUOTE_WORDS
        and words[0].isupper()
        and words[-1] in ".!?…"
    )


#: The fewest words of a quote taken as a sentence of its own ("Sleepy Joe." is a name).
MIN_SENTENCE_QUOTE_WORDS: Final = 3


def _colon_speaker(text: str, s_start: int, j: int) -> tuple[Phrase | None, Tok | None]:
    """The speaker and the cue of a sentence that introduces a quote with a colon and no
    verb of saying: "Sen. Warren did not mince words:", "He was blunt:". The subject must be
    a person, "he" or "she", or a role ("The senator was blunt:"), and the cue is the rest
    of the sentence up to the colon; "Her message was simple:" and "They were wrong:" name
    no speaker."""
    if j - s_start > MAX_COLON_INTRODUCTION:
        return None, None
    toks = sentence_tokens(text, s_start, j, ())
    # past opening adjuncts and times ("In city after city, Perez lobbies for ...:") and a
    # clause of time or condition ("When Wallace died in 1998, President Clinton released
    # ...:" made Wallace the speaker)
    i, _ = _subject_start(toks, len(toks))
    if i >= len(toks) or toks[i].quoted:
        return None, None
    phrase = phrase_after(text, toks, i)
    if phrase is None or not (
        phrase.kind is PhraseKind.PERSON
        or (phrase.kind is PhraseKind.PRONOUN and phrase.head in ("he", "she"))
        or (phrase.kind is PhraseKind.DESCRIPTION and phrase.head in ROLE_NOUNS)
    ):
        return None, None
    rest = [t for t in toks if t.start >= phrase.end]
    if rest and rest[0].text == ",":
        # an appositive between commas: "Mitch McConnell, R-Ky., delivered a blunt message:",
        # "McConnell, 82, was blunt:"
        comma = len(toks) - len(rest)
        second = next(
            (
                m
                for m in range(comma + 1, min(len(toks) - 1, comma + MAX_APPOSITIVE_TOKENS))
                if toks[m].text == ","
            ),
            None,
        )
        if second is not None and toks[second + 1].text.islower():
            subject = _subject_before(text, toks, second)
            if subject is not None and subject.start == phrase.start:
                rest = toks[second + 1 :]
    if not rest or not rest[0].text.islower() or rest[0].kind != "word" or rest[-1].quoted:
        return None, None  # "He: “...”", "Smith, a Democrat:": no verb phrase
    first, last = rest[0], rest[-1]
    cue = Tok(text[first.start : last.end], first.start, last.end, "word", False)
    return phrase, cue


#: How many characters a window of tokens starts with (see :func:`_tokens_from`).
TOKEN_WINDOW: Final = 128
#: How many tokens at the end of a window that cuts the text may differ from the tokens of
#: the whole text there: the pieces of the token that the cut splits ("U.S." cut after "U.S"
#: gives "U", "." and "S").
UNSURE_TOKENS: Final = 4
# Why: characters after which the tokens of a window that starts mid-text are those of the
# whole text: white space, and marks that are always a token of their own (never part of a
# word, a number or an abbreviation, and never a full stop that joins the word before it).
TOKEN_BOUNDARY_RE: Final = regex.compile(r"""[\s"“”‘«»‹›„‚‟‛「」『』〝〞〟＂＇()\[\]{}!?;]""")


def _tokens_from(
    text: str,
    start: int,
    end: int,
    enough: Callable[[list[Tok], int], bool],
    *,
    line: bool = False,
) -> list[Tok]:
    """The first tokens of ``text[start:end]``, as many as ``enough`` needs: the tokens of a
    window from ``start``, doubled until ``enough(toks, sure)`` holds, where the first
    ``sure`` tokens are those of the whole range (the last few may be pieces of a token the
    window cuts), or until the window holds the whole range. Reading a phrase or a few tokens
    after a quote then costs what it reads, not the rest of the paragraph (issue 7).

    ``line``: the range ends at the first line end from ``start`` too, looked for in each
    window as it grows (so never further than the window that is read)."""
    size = TOKEN_WINDOW
    searched = start  # with ``line``: no line end in text[start:searched]
    while start + size < end:
        if line:
            # a line end at start + size ends the range at the window's end: found too
            nl = line_end_from(text, searched, start + size + 1)
            if nl < start + size + 1:
                end = nl
                break
            searched = start + size + 1
        toks = sentence_tokens(text, start, start + size, ())
        if enough(toks, len(toks) - UNSURE_TOKENS):
            return toks
        size *= 2
    if line and searched < end:
        end = line_end_from(text, searched, end)
    return sentence_tokens(text, start, end, ())


def _first_non_word(toks: Sequence[Tok], i: int, limit: int) -> int:
    """The index of the first token from ``i`` on (below ``limit``) that is no word: where
    the phrase readers stop reading forward (``limit`` if none)."""
    while i < limit and toks[i].kind in ("word", "abbr"):
        i += 1
    return i


def _through_first_non_word(toks: list[Tok], sure: int) -> bool:
    """Whether a speaker phrase read from the first token is the same as in the whole range:
    :func:`quotekit.mentions.phrase_after` reads no further than the first token that is no
    word."""
    return _first_non_word(toks, 0, sure) < sure


def _enough_after_quote(toks: list[Tok], sure: int) -> bool:
    return sure >= AFTER_QUOTE_TOKENS


class _TextBeforeQuote:
    """The sentence before a quote that a verb outside the lexicon introduces ("Trump boomed:
    “Q”"), read from its first and last tokens only: the subject and the verb.

    The sentence runs from the last ". " of the paragraph before the quote; quotes are read
    in document order, so each part of the text is searched for ". " once, and a sentence's
    subject is read once for all the quotes in it (issue 7: a paragraph of quotes with no
    ". " was tokenized from its start for every one of them).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.searched = (-1, -1, -1)  # (paragraph start, searched up to, last ". " found)
        # the first tokens of the sentence starting at ``start``: (start, window end, tokens)
        self.head: tuple[int, int, list[Tok]] | None = None

    def sentence_start(self, p_start: int, j: int) -> int:
        """Where the sentence that ends at ``j`` starts: after the last ". " of the paragraph
        (from ``p_start``) before ``j``, as ``text.rfind(". ", p_start, j)`` finds it."""
        para, upto, found = self.searched
        if para != p_start or j < upto:
            upto, found = p_start, -1
        # ". " at x lies in [p_start, j) when x + 2 <= j: the new ones start at upto - 1
        stop = self.text.rfind(". ", max(p_start, upto - 1), j)
        if stop >= 0:
            found = stop
        self.searched = (p_start, j, found)
        return found + 2 if found >= 0 else p_start

    def subject_and_verb(self, s_start: int, j: int) -> tuple[Phrase | None, Tok | None]:
        """The subject and the cue of ``text[s_start:j]`` as :func:`_subject_and_verb` reads
        them from all its tokens, read from its first tokens and its last three."""
        text = self.text
        if j - s_start <= TOKEN_WINDOW:
            return _subject_and_verb(text, sentence_tokens(text, s_start, j, ()))
        last = self._last_tokens(s_start, j)  # as many as the range has, up to three
        if len(last) < 2:
            return None, None
        verb = _verb_on(last, next((t for t in reversed(last) if _verb_like(t.text)), None))
        head = self._head(s_start, j, _first_is_sure)
        if head is None:
            return _subject_and_verb(text, sentence_tokens(text, s_start, j, ()))
        first = head[0]
        low = first.text.lower()
        inverted = low in CUE_FORMS and first.text[0].isupper()
        if inverted or (len(last) >= 3 and low == "as" and verb is not None):
            head = self._head(s_start, j, _phrase_after_first_is_sure)
            if head is None:
                return _subject_and_verb(text, sentence_tokens(text, s_start, j, ()))
            phrase = phrase_after(text, head[1:], 0)
            if inverted:
                return phrase, (first if phrase is not None else None)
            assert verb is not None
            return phrase, (verb if phrase is not None and phrase.end <= verb.start else None)
        if verb is None:
            return None, None
        head = self._head(s_start, j, _subject_is_sure)
        if head is None:
            return _subject_and_verb(text, sentence_tokens(text, s_start, j, ()))
        i = _leading_adverbials(head, len(head) - UNSURE_TOKENS)
        phrase = None if head[i].quoted else phrase_after(text, head, i)
        if phrase is None or phrase.end > last[-1].start:
            return None, None
        return phrase, (verb if phrase.end <= verb.start else None)

    def _head(
        self, s_start: int, j: int, enough: Callable[[list[Tok], int], bool]
    ) -> list[Tok] | None:
        """The first tokens of ``text[s_start:j]``, a window of them that ``enough`` takes
        (see :func:`_tokens_from`), or None when only the whole range would do. A window is
        kept for the next quote of the same sentence."""
        cached = self.head
        if (
            cached is not None
            and cached[0] == s_start
            and cached[1] <= j
            and enough(cached[2], len(cached[2]) - UNSURE_TOKENS)
        ):
            return cached[2]
        size = TOKEN_WINDOW
        while s_start + size < j:
            toks = sentence_tokens(self.text, s_start, s_start + size, ())
            if enough(toks, len(toks) - UNSURE_TOKENS):
                self.head = (s_start, s_start + size, toks)
                return toks
            size *= 2
        return None

    def _last_tokens(self, s_start: int, j: int) -> list[Tok]:
        """The last three tokens of ``text[s_start:j]`` (a range longer than TOKEN_WINDOW):
        those of a window that ends at ``j`` and starts after a token boundary."""
        size = TOKEN_WINDOW
        while j - size > s_start:
            a = j - size
            boundary = TOKEN_BOUNDARY_RE.search(self.text, a, j)
            if boundary is not None:
                toks = sentence_tokens(self.text, boundary.end(), j, ())
                if len(toks) >= 3:
                    return toks[-3:]
            size *= 2
        return sentence_tokens(self.text, s_start, j, ())[-3:]


def _subject_and_verb(text: str, toks: list[Tok]) -> tuple[Phrase | None, Tok | None]:
    """The subject and the cue of the tokens before a quote's colon or comma: "Said Ellis:",
    "As Rosenthal put it,", "Trump boomed:"."""
    verb = _verb_on(toks, next((t for t in reversed(toks[-3:]) if _verb_like(t.text)), None))
    if len(toks) >= 2 and toks[0].text.lower() in CUE_FORMS and toks[0].text[0].isupper():
        # inverted: "Said Ellis: “Q”", "Said she: “Q”"
        phrase = phrase_after(text, toks[1:], 0)
        return phrase, (toks[0] if phrase is not None else None)
    if len(toks) >= 3 and toks[0].text.lower() == "as" and verb is not None:
        # "As Rosenthal put it, “Q”": the subject comes after "as"
        phrase = phrase_after(text, toks[1:], 0)
        return phrase, (verb if phrase is not None and phrase.end <= verb.start else None)
    if len(toks) >= 2 and verb is not None:
        phrase = _sentence_subject(text, toks, len(toks) - 1)
        return phrase, (verb if phrase is not None and phrase.end <= verb.start else None)
    return None, None


def _leading_adverbials(toks: Sequence[Tok], limit: int) -> int:
    """The index of the first token (below ``limit``) that ``_sentence_subject`` does not skip
    as a word or mark before the subject ("But", ",")."""
    i = 0
    while i < limit and (toks[i].text.lower() in LEADING_ADVERBIALS or toks[i].text in ",—–-•"):
        i += 1
    return i


def _first_is_sure(toks: list[Tok], sure: int) -> bool:
    return sure >= 1


def _phrase_after_first_is_sure(toks: list[Tok], sure: int) -> bool:
    """Whether ``phrase_after(text, toks[1:], 0)`` reads only sure tokens."""
    return sure >= 2 and _first_non_word(toks, 1, sure) < sure


def _subject_is_sure(toks: list[Tok], sure: int) -> bool:
    """Whether ``_sentence_subject`` reads only sure tokens: past the words it skips, to the
    first token from there that is no word."""
    i = _leading_adverbials(toks, sure)
    return i < sure and _first_non_word(toks, i, sure) < sure


def _opens_paragraph(text: str, d: DirectSpan) -> bool:
    i = d.open_mark - 1
    while i >= 0 and text[i] in " \t•·-–—*":
        i -= 1
    return i < 0 or text[i] in LINE_ENDS
