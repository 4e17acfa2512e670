"""Composes the stages: text → tokens and marks → direct quotes → cues → speakers → quotes."""

from __future__ import annotations

import bisect
from typing import Final

import regex
from attrs import define

from . import fastpath
from .annotations import Annotations, CorefIndex, Parse
from .cues import THAT_VERB, Frame, _lowercase_title, _sentence_subject, cue_candidates, find_frames
from .errors import BackendError
from .lexicon.verbs import CUE_FORMS, STANCE_VERBS
from .mentions import PhraseKind, phrase_after, sentence_tokens
from .model import Analysis, MentionKind, Quote, QuoteKind, Speaker, _mention, _quote, _span
from .options import Options
from .quotes import WORD_RE, DirectSpan, find_direct_quotes
from .resolve import Entity, Resolver, build_registry
from .tokenize import paragraph_spans, sentence_spans, sentence_spans_from
from .wordscan import scan_words

__all__ = ["run"]

#: A direct quote with no cue and fewer words than this is a scare quote, a title or a
#: nickname ("much “sway”", "the film “Oppenheimer”"), not speech.
MIN_UNATTRIBUTED_WORDS: Final = 5

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


@define(slots=True)
class _Attributed:
    frame: Frame | None
    entity: Entity | None
    confidence: float


def _confidence(frame: Frame, entity: Entity | None) -> float:
    if frame.phrase is None or entity is None:
        base = CONFIDENCE_UNRESOLVED
    elif frame.phrase.mention_kind is MentionKind.NAME:
        base = CONFIDENCE_NAMED
    else:
        base = CONFIDENCE_REFERRED
    if frame.lemma in STANCE_VERBS or frame.lemma == THAT_VERB:
        base *= STANCE_FACTOR
    elif not frame.strong:
        base *= BELIEF_FACTOR
    if frame.kind is not QuoteKind.DIRECT:
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
    resolver = Resolver(
        registry,
        para_starts,
        entities=entities,
        coref=CorefIndex(coref) if coref is not None else None,
    )
    parse = Parse(annotations.words) if annotations is not None and annotations.words else None
    sentence_starts = (
        [s for s, _ in annotations.sentences]
        if annotations is not None and annotations.sentences is not None
        else None
    )

    candidates = cue_candidates(text, words)
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
        protected = [(o, e) for _, o, e in p_directs]
        sentences = (
            sentence_spans(text, p_start, p_end, protected)
            if sentence_starts is None
            else sentence_spans_from(text, p_start, p_end, sentence_starts, protected)
        )
        for s_start, s_end in sentences:
            c = bisect.bisect_left(candidates, s_start)
            if c == len(candidates) or candidates[c] >= s_end:
                continue  # no cue word: nothing to attribute here
            in_sentence = [b for b in p_directs if s_start <= b[1] < s_end]
            toks = sentence_tokens(text, s_start, s_end, protected)
            frames.extend(
                find_frames(text, toks, (s_start, s_end), p_index, in_sentence, parse=parse)
            )
        if text[p_end - 1] == ":" and di < len(directs) and directs[di].paragraph == p_index + 1:
            frame = _colon_introduction(text, sentences[-1], p_index, di, directs, paragraphs)
            if frame is not None:
                frames.append(frame)

    # resolve speakers in document order
    attributed: dict[int, _Attributed] = {}  # direct index -> attribution
    reported: list[tuple[Frame, Entity | None]] = []
    absorbed: set[int] = set()
    # the directs by where they open, to find those inside a reported clause by bisection
    # rather than testing every direct against every reported frame (quadratic in length)
    by_open = sorted(range(len(directs)), key=lambda i: directs[i].open_mark)
    opens = [directs[i].open_mark for i in by_open]
    for frame in sorted(frames, key=lambda f: f.cue_start):
        entity = (
            resolver.resolve(frame.phrase)
            if (frame.phrase is not None and options.resolve_speakers)
            else None
        )
        if frame.kind is QuoteKind.DIRECT:
            conf = _confidence(frame, entity)
            for idx in frame.directs:
                if idx not in attributed:
                    attributed[idx] = _Attributed(frame, entity, conf)
        else:
            reported.append((frame, entity))
            # a direct quote that lies inside a part (ps <= open_mark < outer_end <= pe + 1)
            for ps, pe in frame.parts:
                k = bisect.bisect_left(opens, ps)
                while k < len(opens) and opens[k] <= pe:
                    if directs[by_open[k]].outer_end <= pe + 1:
                        absorbed.add(by_open[k])
                    k += 1

    _dash_attributions(text, directs, attributed, resolver, options)
    _verb_next_to_quote(text, directs, attributed, absorbed, paragraphs, resolver, options)
    _continue_speakers(
        text, directs, attributed, absorbed, resolver if options.resolve_speakers else None
    )

    quotes: list[Quote] = []
    speakers: dict[int, Speaker] = {}

    def speaker_of(ent: Entity | None) -> Speaker | None:
        if ent is None:
            return None
        sp = speakers.get(id(ent))
        if sp is None:
            sp = ent.speaker()
            speakers[id(ent)] = sp
        return sp

    if options.resolve_speakers:
        resolver.link_pronouns([(d.open_mark, d.outer_end) for d in directs], words)
    # build speakers after all mentions are in
    for idx, d in enumerate(directs):
        if idx in absorbed:
            continue
        att = attributed.get(idx)
        if att is None:
            continue
        quotes.append(
            _make_quote(
                text,
                d.start,
                d.end,
                QuoteKind.DIRECT,
                att.frame,
                att.entity,
                att.confidence,
                d.paragraph,
                [(d.start, d.end)],
                speaker_of,
            )
        )
    for frame, entity in reported:
        parts = [p for p in frame.parts if p[1] > p[0]]
        if not parts:
            continue
        start, end = parts[0][0], parts[-1][1]
        quotes.append(
            _make_quote(
                text,
                start,
                end,
                frame.kind,
                frame,
                entity,
                _confidence(frame, entity),
                frame.paragraph,
                parts,
                speaker_of,
            )
        )
    quotes.sort(key=lambda q: (q.start, q.end))
    kept = [q for q in quotes if q.confidence >= options.min_confidence and q.kind in options.kinds]
    ordered_speakers: list[Speaker] = []
    seen: set[int] = set()
    for q in kept:
        if q.speaker is not None and id(q.speaker) not in seen:
            seen.add(id(q.speaker))
            ordered_speakers.append(q.speaker)
    return Analysis(text=text, quotes=tuple(kept), speakers=tuple(ordered_speakers))


def _make_quote(
    text: str,
    start: int,
    end: int,
    kind: QuoteKind,
    frame: Frame | None,
    entity: Entity | None,
    confidence: float,
    paragraph: int,
    parts: list[tuple[int, int]],
    speaker_of: object,
) -> Quote:
    cue = None
    mention = None
    if frame is not None:
        cue = _span(text[frame.cue_start : frame.cue_end], frame.cue_start, frame.cue_end)
        ph = frame.phrase
        if ph is not None and ph.relative_start >= 0:
            rs, re_ = ph.relative_start, ph.relative_end
            mention = _mention(text[rs:re_], rs, re_, MentionKind.PRONOUN)
        elif ph is not None:
            ms = (
                ph.name_start if (ph.name_start >= 0 and ph.kind is PhraseKind.PERSON) else ph.start
            )
            me = ph.end
            while me > ms and text[me - 1] in "’'s" and text[me - 2 : me] in ("’s", "'s"):
                me -= 2
            mention = _mention(text[ms:me], ms, me, ph.mention_kind)
    speaker = speaker_of(entity)  # type: ignore[operator]
    return _quote(
        text[start:end],
        start,
        end,
        kind,
        cue,
        speaker,
        mention,
        confidence,
        paragraph,
        tuple(parts),
    )


def _continue_speakers(
    text: str,
    directs: list[DirectSpan],
    attributed: dict[int, _Attributed],
    absorbed: set[int],
    resolver: Resolver | None,
) -> None:
    """Give cue-less direct quotes the speaker they continue, and drop scare quotes."""
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
    last: _Attributed | None = None
    last_para = -1
    # the speakers of the last two paragraphs that hold quotes, for turn-taking in dialogue
    turns: list[tuple[int, Entity | None]] = []
    for idx, d in enumerate(directs):
        if idx in absorbed:
            continue
        att = attributed.get(idx)
        if att is not None:
            last, last_para = att, d.paragraph
            _note_turn(turns, d.paragraph, att.entity)
            continue
        words = len(WORD_RE.findall(text, d.start, d.end))
        continues = last is not None and (
            d.paragraph == last_para or (d.paragraph == last_para + 1 and _opens_paragraph(text, d))
        )
        if continues and last is not None:
            entity = last.entity
            # a conversation: two people took the last two turns, so the other one speaks
            if (
                d.paragraph != last_para
                and d.prev_piece is None
                and len(turns) == 2
                and turns[0][0] == turns[1][0] - 1 == d.paragraph - 2
                and turns[0][1] is not None
                and turns[0][1] is not turns[1][1]
            ):
                entity = turns[0][1]
            att = _Attributed(last.frame, entity, CONFIDENCE_CONTINUED)
            attributed[idx] = att
            last = att
            last_para = d.paragraph
            _note_turn(turns, d.paragraph, entity)
        elif _is_speech_alone(text, d, words):
            # a quoted paragraph after narration about someone: most likely theirs
            guess = (
                resolver.salient_person(d.open_mark, PARAGRAPHS_BACK_FOR_GUESS)
                if resolver is not None and _opens_paragraph(text, d)
                else None
            )
            attributed[idx] = _Attributed(None, guess, CONFIDENCE_ORPHAN)
            last = None


def _note_turn(
    turns: list[tuple[int, Entity | None]], paragraph: int, entity: Entity | None
) -> None:
    """Record who spoke in ``paragraph``, keeping the last two paragraphs with quotes."""
    if turns and turns[-1][0] == paragraph:
        return
    turns.append((paragraph, entity))
    if len(turns) > 2:
        del turns[0]


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
    return opens and text[d.start : d.end].rstrip()[-1:] in (".", "!", "?", "…")


# Why: a quote followed by a dash and a name is attributed by the dash ("“Q” — Mayor Ana
# Ruiz", or a pull quote with the name on the next line). Each run of spaces is read once:
# two runs side by side could split n spaces n ways, n² steps after every quote (issue 7).
DASH_AFTER_QUOTE_RE: Final = regex.compile(
    r"[^\S\n]*+(?:\n[^\S\n]*+)?[—–―-]{1,2}[^\S\n]*+(?=\p{Lu})"
)


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
        m = DASH_AFTER_QUOTE_RE.match(text, d.close_mark + 1)
        if m is None:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        toks = sentence_tokens(text, m.end(), line_end, ())
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
    phrase = _sentence_subject(text, toks, len(toks) - 1)
    if phrase is None:
        return None
    cue_tok = next(
        (t for t in toks if t.text.islower() and t.text in CUE_FORMS and t.start >= phrase.end),
        toks[-1],
    )
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


def _verb_like(word: str) -> bool:
    """A lower-case word that can be the verb of a speech frame: a cue verb, or a past tense
    or third-person form outside :data:`NOT_VERBS` ("beamed", "boomed", "reads")."""
    if not word.islower() or word in NOT_VERBS:
        return False
    return word in CUE_FORMS or word.endswith("ed") or word in VERBS_OF_TEXT


VERBS_OF_TEXT: Final = frozenset("reads read goes went on continues".split())
"""Verbs with which texts and speakers go on: "The email reads:", "Trump went on"."""


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
    for idx, d in enumerate(directs):
        if idx in attributed or idx in absorbed or d.close_mark is None:
            continue
        p_start, p_end = paragraphs[d.paragraph]
        phrase = None
        cue = None
        # after: “Q,” NP verb / “Q,” verb NP
        inside = text[d.close_mark - 1] if d.close_mark > 0 else ""
        if inside in ",!?":
            toks = sentence_tokens(text, d.close_mark + 1, p_end, ())[:AFTER_QUOTE_TOKENS]
            if toks and toks[0].kind == "word":
                if _verb_like(toks[0].text) and len(toks) > 1:
                    phrase = phrase_after(text, toks, 1)
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
                stop = text.rfind(". ", p_start, j)
                s_start = stop + 2 if stop >= 0 else p_start
                toks = sentence_tokens(text, s_start, j, ())
                verb = next((t for t in reversed(toks[-3:]) if _verb_like(t.text)), None)
                if len(toks) >= 2 and verb is not None:
                    phrase = _sentence_subject(text, toks, len(toks) - 1)
                    cue = verb if phrase is not None and phrase.end <= verb.start else None
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


def _opens_paragraph(text: str, d: DirectSpan) -> bool:
    i = d.open_mark - 1
    while i >= 0 and text[i] in " \t•·-–—*":
        i -= 1
    return i < 0 or text[i] in "\r\n"
