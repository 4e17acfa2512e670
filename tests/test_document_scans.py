"""The document passes that look for characters with the string's own searches find exactly
what the patterns they stand for find (issue #2: the same output, fewer instructions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotekit import cues, fastpath, model, quotes, tokenize, wordscan

#: Every quotation mark, apostrophes, letters, digits, spaces and every line end.
ALPHABET = "aAnNsSzZé 09.,:;!?…-—’'‘“”\"«»‹›„‚‟‛「」『』〝〞〟＂＇\n\r\t\u00a0\u2029\u2028"
texts = st.text(alphabet=ALPHABET, max_size=80)


@given(texts, st.integers(0, 80))
def test_mark_heads_give_every_mark_in_order(text: str, cut: int) -> None:
    heads = tokenize.mark_heads(text)
    first = list(tokenize.pop_marks(text, heads, cut))
    rest = list(tokenize.pop_marks(text, heads, len(text)))
    assert not heads
    assert first + rest == [m.start() for m in tokenize.MARK_RE.finditer(text)]
    assert all(p < cut for p in first)
    assert all(p >= cut for p in rest)


@given(texts)
def test_marks_of_a_paragraph_are_decided_the_same_way(text: str) -> None:
    paragraphs = tokenize.paragraph_spans(text)
    heads = tokenize.mark_heads(text)
    for start, end in paragraphs:
        list(tokenize.pop_marks(text, heads, start))
        found = list(tokenize._marks_at(text, tokenize.pop_marks(text, heads, end), start, end))
        assert found == tokenize.classify_marks(text, start, end)


@given(texts)
def test_the_quote_marks_leave_out_only_apostrophes_between_letters(text: str) -> None:
    """find_direct_quotes reads a paragraph without its apostrophes between letters: the other
    marks are decided as with them, and those left out are all apostrophes."""
    heads = tokenize.mark_heads(text)
    for start, end in tokenize.paragraph_spans(text):
        list(tokenize.pop_marks(text, heads, start))
        marks = tokenize.pop_quote_marks(text, heads, start, end)
        found = list(tokenize._marks_at(text, marks, start, end))
        every = tokenize.classify_marks(text, start, end)
        assert found == [m for m in every if m in found]
        left_out = [m for m in every if m not in found]
        assert all(m.role is tokenize.MarkRole.APOSTROPHE for m in left_out)
        assert all(text[m.pos - 1].isalpha() and text[m.pos + 1].isalpha() for m in left_out)


def test_an_apostrophe_between_letters_leaves_the_quotes_as_they_are() -> None:
    text = "“Don’t go,” she said of O'Brien’s plan. 'It's the ’90s,' he said, ‘rock ’n’ roll’."
    spans = [(q.start, q.end) for q in quotes.find_direct_quotes(text, [(0, len(text))])]
    assert [text[a:b] for a, b in spans] == ["Don’t go,", "It's the ’90s,", "rock ’n’ roll"]


def test_an_ascii_text_is_searched_for_its_two_marks_only() -> None:
    text = "\"Yes,\" he said. 'No.'"
    assert [ch for _, ch in sorted(tokenize.mark_heads(text))] == ['"', "'"]


@given(st.text(alphabet='aA. 09”’")\n\u00a0', max_size=60))
def test_the_full_stop_twin_matches_as_the_sentence_end_twin(text: str) -> None:
    """On a text whose only sentence stop is the full stop (sentence_spans checks that)."""
    assert [(m.span(), m.groups()) for m in fastpath.SENTENCE_FULL_STOP_RE.finditer(text)] == [
        (m.span(), m.groups()) for m in fastpath.SENTENCE_END_RE.finditer(text)
    ]


def test_a_long_paragraph_is_split_as_a_short_one() -> None:
    """A paragraph longer than sentence_spans copies is read with the pattern of every stop."""
    unit = "The mayor spoke. “Why?” she asked! It was over… Then U.S. officials left. "
    for repeat in (1, tokenize._SHORT_PIECE // len(unit) + 2):
        text = (unit * repeat).rstrip()
        spans = tokenize.sentence_spans(text, 0, len(text))
        assert len(spans) == 4 * repeat
        assert [text[s:e] for s, e in spans[:4]] == [
            "The mayor spoke.",
            "“Why?” she asked!",
            "It was over…",
            "Then U.S. officials left.",
        ]


@given(st.text(alphabet="ab. \t\n\u00a0", max_size=60))
def test_the_lines_of_a_text_with_lf_only(text: str) -> None:
    assert tokenize._lf_lines(text) == [m.span() for m in tokenize._LINE_FAST_RE.finditer(text)]


@given(texts)
def test_paragraphs_hold_every_visible_character(text: str) -> None:
    covered = {i for s, e in tokenize.paragraph_spans(text) for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


_WORDS = ["said", "he", "that", "officials", "support", "according", "says"]
plain_texts = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.text(st.sampled_from(fastpath.CHARACTERS), max_size=3)),
    max_size=20,
).map("".join)


@given(plain_texts)
def test_the_word_scan_twin_matches_as_the_original(text: str) -> None:
    low = text.lower()
    assert [m.span() for m in wordscan.ALL_WORDS_PLAIN_RE.finditer(low)] == [
        m.span() for m in wordscan.ALL_WORDS_RE.finditer(low)
    ]


def test_the_word_scan_twin_knows_lower_cases_outside_the_repertoire() -> None:
    for text in ("\u2126SAID he", "said\u023a that", "\u023a said \u2126 he_ she² they\u0301"):
        assert fastpath.is_plain(text)
        low = text.lower()
        assert [m.span() for m in wordscan.ALL_WORDS_PLAIN_RE.finditer(low)] == [
            m.span() for m in wordscan.ALL_WORDS_RE.finditer(low)
        ]


_PHRASE_PIECES = ["support", "for", "of", "critical", "critic", "Support", "aim", "at", " ", "  "]
phrase_texts = st.lists(
    st.one_of(st.sampled_from(_PHRASE_PIECES), st.sampled_from(["x", "-", "’s", "\n", "."])),
    max_size=24,
).map(" ".join)


@given(phrase_texts)
def test_the_word_scan_finds_the_position_phrases(text: str) -> None:
    hits = wordscan.scan_words(text)
    assert hits is not None
    assert hits.positions == [m.start() + 1 for m in cues.POSITION_PHRASE_RE.finditer(text)]


def test_position_phrases_that_share_a_space_are_found_as_the_search_finds_them() -> None:
    text = "his support for critical of aim at  critic of us, support of"
    hits = wordscan.scan_words(text)
    assert hits is not None
    assert [text[p : p + 8] for p in hits.positions] == ["support ", "aim at  ", "critic o"]
    assert hits.positions == [m.start() + 1 for m in cues.POSITION_PHRASE_RE.finditer(text)]


def test_the_pipelines_constructors_build_what_init_builds() -> None:
    """model's _span, _mention, _speaker and _quote set each slot by its descriptor: the
    objects equal, hash and print as those the public constructors build."""
    cue = model._span("said", 10, 14)
    mention = model._mention("Kirby", 15, 20, model.MentionKind.NAME)
    speaker = model._speaker("John Kirby", model.SpeakerKind.PERSON, "spokesman", (mention,))
    quote = model._quote(
        "It is over", 0, 10, model.QuoteKind.DIRECT, cue, speaker, mention, 0.95, 2, ()
    )
    public = model.Quote(
        text="It is over",
        start=0,
        end=10,
        kind="direct",
        cue=model.Span(text="said", start=10, end=14),
        speaker=model.Speaker(
            name="John Kirby",
            title="spokesman",
            mentions=[model.Mention(text="Kirby", start=15, end=20, kind="name")],
        ),
        speaker_mention=model.Mention(text="Kirby", start=15, end=20, kind="name"),
        confidence=0.95,
        paragraph=2,
    )
    assert quote == public
    assert hash(quote) == hash(public)
    assert repr(quote) == repr(public)
    assert quote.to_dict() == public.to_dict()
    assert quote.parts == ((0, 10),)


@given(st.text(alphabet='Bb.!?:"“”’ \t\n\r\u2029_-', max_size=60))
def test_inline_labels_are_found_in_the_lines_with_a_colon(text: str) -> None:
    assert cues._colon_lines(text) == [s for s, _ in cues._colon_line_spans(text)]
    assert [
        m.start(1)
        for ls, le in cues._colon_line_spans(text)
        for m in cues.INLINE_LABEL_RE.finditer(text, ls, le)
    ] == [m.start(1) for m in cues.INLINE_LABEL_RE.finditer(text)]


def test_direct_quotes_of_paragraphs_in_any_order() -> None:
    """find_direct_quotes reads the document's marks once in order, and anew for a paragraph
    that starts before the one read last."""
    text = "“One two three four,” he said.\n“Five six seven eight,” she said."
    first, second = tokenize.paragraph_spans(text)
    in_order = quotes.find_direct_quotes(text, [first, second])
    backwards = quotes.find_direct_quotes(text, [second, first])
    assert [(q.start, q.end) for q in in_order] == [(1, 20), (32, 53)]
    assert [(q.start, q.end) for q in backwards] == [(32, 53), (1, 20)]
