"""Composes the stages: text → tokens and marks → direct quotes → cues → speakers → quotes."""

from __future__ import annotations

import bisect
from typing import Final

import regex
from attrs import define

from .cues import Frame, _lowercase_title, _sentence_subject, cue_candidates, find_frames
from .lexicon.verbs import CUE_FORMS
from .lexicon.verbs import STANCE_VERBS
from .mentions import PhraseKind, phrase_after, sentence_tokens
from .model import Analysis, Mention, MentionKind, Quote, QuoteKind, Span, Speaker
from .options import Options
from .quotes import WORD_RE, DirectSpan, find_direct_quotes
from .resolve import Entity, Resolver, build_registry
from .tokenize import paragraph_spans, sentence_spans

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
    elif frame.phrase.mention_kind.value == "name":
        base = CONFIDENCE_NAMED
    else:
        base = CONFIDENCE_REFERRED
    if frame.lemma in STANCE_VERBS:
        base *= STANCE_FACTOR
    elif not frame.strong:
        base *= BELIEF_FACTOR
    if frame.kind is not QuoteKind.DIRECT:
        base *= INDIRECT_FACTOR
    return round(base, 3)


def run(text: str, options: Options) -> Analysis:
    """Analyse ``text`` with ``options``: the quotes in document order and their speakers."""
    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return Analysis(text=text)
    para_starts = [s for s, _ in paragraphs]
    directs = find_direct_quotes(text, paragraphs)
    registry = build_registry(text, para_starts)
    resolver = Resolver(registry, para_starts)

    candidates = cue_candidates(text)
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
        sentences = sentence_spans(text, p_start, p_end, protected)
        for s_start, s_end in sentences:
            c = bisect.bisect_left(candidates, s_start)
            if c == len(candidates) or candidates[c] >= s_end:
                continue  # no cue word: nothing to attribute here
            in_sentence = [b for b in p_directs if s_start <= b[1] < s_end]
            toks = sentence_tokens(text, s_start, s_end, protected)
            frames.extend(find_frames(text, toks, (s_start, s_end), p_index, in_sentence))
        if text[p_end - 1] == ":" and di < len(directs) and directs[di].paragraph == p_index + 1:
            frame = _colon_introduction(text, sentences[-1], p_index, di, directs, paragraphs)
            if frame is not None:
                frames.append(frame)

    # resolve speakers in document order
    attributed: dict[int, _Attributed] = {}  # direct index -> attribution
    reported: list[tuple[Frame, Entity | None]] = []
    absorbed: set[int] = set()
    for frame in sorted(frames, key=lambda f: f.cue_start):
        entity = (
            resolver.resolve(frame.phrase)
            if (frame.phrase is not None and options.resolve_speakers)
            else None
        )
        conf = _confidence(frame, entity)
        if frame.kind is QuoteKind.DIRECT:
            for idx in frame.directs:
                if idx not in attributed:
                    attributed[idx] = _Attributed(frame, entity, conf)
        else:
            reported.append((frame, entity))
            for idx, d in enumerate(directs):
                if any(ps <= d.open_mark and d.outer_end <= pe + 1 for ps, pe in frame.parts):
                    absorbed.add(idx)

    _dash_attributions(text, directs, attributed, resolver, options)
    _continue_speakers(text, directs, attributed, absorbed)

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
        cue = Span(
            text=text[frame.cue_start : frame.cue_end], start=frame.cue_start, end=frame.cue_end
        )
        ph = frame.phrase
        if ph is not None and ph.relative_start >= 0:
            rs, re_ = ph.relative_start, ph.relative_end
            mention = Mention(text=text[rs:re_], start=rs, end=re_, kind=MentionKind.PRONOUN)
        elif ph is not None:
            ms = ph.name_start if (ph.name_start >= 0 and ph.kind.value == "person") else ph.start
            me = ph.end
            while me > ms and text[me - 1] in "’'s" and text[me - 2 : me] in ("’s", "'s"):
                me -= 2
            mention = Mention(text=text[ms:me], start=ms, end=me, kind=ph.mention_kind)
    speaker = speaker_of(entity)  # type: ignore[operator]
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        cue=cue,
        speaker=speaker,
        speaker_mention=mention,
        confidence=confidence,
        paragraph=paragraph,
        parts=parts,
    )


def _continue_speakers(
    text: str, directs: list[DirectSpan], attributed: dict[int, _Attributed], absorbed: set[int]
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
    for idx, d in enumerate(directs):
        if idx in absorbed:
            continue
        att = attributed.get(idx)
        if att is not None:
            last, last_para = att, d.paragraph
            continue
        words = len(WORD_RE.findall(text, d.start, d.end))
        continues = last is not None and (
            d.paragraph == last_para or (d.paragraph == last_para + 1 and _opens_paragraph(text, d))
        )
        if continues and last is not None:
            att = _Attributed(last.frame, last.entity, CONFIDENCE_CONTINUED)
            attributed[idx] = att
            last_para = d.paragraph
        elif _is_speech_alone(text, d, words):
            attributed[idx] = _Attributed(None, None, CONFIDENCE_ORPHAN)
            last = None


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
# Ruiz", or a pull quote with the name on the next line).
DASH_AFTER_QUOTE_RE: Final = regex.compile(r"[^\S\n]*\n?[^\S\n]*[—–―-]{1,2}[^\S\n]*(?=\p{Lu})")


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


def _opens_paragraph(text: str, d: DirectSpan) -> bool:
    i = d.open_mark - 1
    while i >= 0 and text[i] in " \t•·-–—*":
        i -= 1
    return i < 0 or text[i] in "\r\n"
