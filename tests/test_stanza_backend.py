"""The stanza backend: Documents built by hand (no model runs here) feed the same stages.

Each annotation kind has a test where dropping it changes the result, on a text the rules
alone get wrong; the seed test checks that hand-annotated paragraphs of the seed article give
the same speakers as the default backend. Tests that need stanza skip when it is absent.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotekit
import quotekit.backends.stanza
import quotekit.tokenize
from quotekit import BackendError, MissingDependencyError, OptionsError, Quote
from quotekit.annotations import Annotations, EntitySpan, Word
from quotekit.options import Options
from quotekit.pipeline import run

SEED = Path(__file__).resolve().parent.parent / "seeds" / "biden-netanyahu-kirby.txt"


@pytest.fixture(scope="module")
def stanza() -> Any:
    """The stanza package, or a skip saying how to get it (a failure where CI requires it)."""
    if os.environ.get("QUOTEKIT_REQUIRE_STANZA"):
        import stanza

        return stanza  # CI installs the extra: these tests must run there, not skip
    return pytest.importorskip(
        "stanza", reason="the stanza backend's tests need stanza: pip install 'quotekit[stanza]'"
    )


def _rows(table: str) -> list[list[list[str]]]:
    """Sentences of ``form upos head deprel ner`` rows; a blank line ends a sentence."""
    sentences: list[list[list[str]]] = [[]]
    for line in table.strip().splitlines():
        if not line.strip():
            sentences.append([])
        else:
            sentences[-1].append(line.split())
    return [s for s in sentences if s]


def make_doc(
    stanza: Any, text: str, table: str, chains: list[list[tuple[int, int, int]]] = ()
) -> Any:
    """A stanza.Document of ``text`` from token dicts, with offsets found in the text and
    coreference chains given as stanza's (sentence, start word, end word) mentions."""
    from stanza.models.common.doc import Document
    from stanza.models.coref.coref_chain import CorefChain, CorefMention

    pos = 0
    sentences = []
    for rows in _rows(table):
        tokens = []
        for i, (form, upos, head, deprel, ner) in enumerate(rows, start=1):
            start = text.index(form, pos)
            pos = start + len(form)
            token: dict[str, Any] = {
                "id": i,
                "text": form,
                "lemma": form.lower(),
                "upos": upos,
                "start_char": start,
                "end_char": pos,
                "ner": ner,
            }
            if head != "_":  # "_": a Document from a pipeline without the parser
                token.update(head=int(head), deprel=deprel)
            tokens.append(token)
        sentences.append(tokens)
    doc = Document(sentences, text=text)
    if chains:
        doc.coref = [
            CorefChain(k, [CorefMention(*m) for m in chain], "", 0)
            for k, chain in enumerate(chains)
        ]
    return doc


def without(doc: Any, kind: str) -> list[Quote]:
    """The quotes of ``doc`` with one kind of annotation dropped (as if stanza had not run
    that processor)."""
    annotations = quotekit.backends.stanza.to_annotations(doc)
    dropped = attrs.evolve(annotations, **{kind: None})
    return list(run(dropped.text, Options(backend="stanza"), dropped).quotes)


def speakers(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) pairs."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def kinds(quotes: list[Quote]) -> list[tuple[str, str]]:
    """(speaker name, speaker kind) pairs of the quotes that have a speaker."""
    return [(q.speaker.name, q.speaker.kind.value) for q in quotes if q.speaker]


def check_offsets(text: str, quotes: list[Quote]) -> None:
    """Every quote, cue and speaker mention points into ``text``."""
    for q in quotes:
        assert text[q.start : q.end] == q.text
        for span in (q.cue, q.speaker_mention):
            if span is not None:
                assert text[span.start : span.end] == span.text


# --- without stanza ------------------------------------------------------------------------


def test_importing_quotekit_imports_neither_stanza_nor_torch() -> None:
    """import quotekit (and its stanza backend module) loads neither stanza nor torch."""
    code = (
        "import sys, quotekit, quotekit.backends.stanza\n"
        "quotekit.extract('“It’s over,” Kirby said.')\n"
        "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_stanza_and_torch_are_only_in_the_extra() -> None:
    """The package requires stanza only with the [stanza] extra, and torch never directly."""
    requirements = importlib.metadata.requires("quotekit") or []
    for req in requirements:
        assert not req.lower().startswith("torch"), req
        if req.lower().startswith("stanza"):
            assert 'extra == "stanza"' in req, req
    assert any(r.lower().startswith("stanza") for r in requirements)


def test_stanza_backend_without_a_pipeline_says_to_pass_one() -> None:
    """backend='stanza' with no pipeline raises OptionsError naming pipeline= and the default."""
    with pytest.raises(OptionsError, match=r"pass it as pipeline=.*backend='rules'"):
        quotekit.extract("Kirby said prices rose.", backend="stanza")


def test_a_pipeline_needs_the_stanza_backend() -> None:
    """pipeline= with the rules backend raises OptionsError saying to pass backend='stanza'."""
    with pytest.raises(OptionsError, match="backend='stanza'"):
        quotekit.extract("Kirby said prices rose.", pipeline=lambda text: None)


def test_missing_stanza_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without stanza installed, the backend says to pip install quotekit[stanza]."""
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotekit\[stanza\]'") as info:
        quotekit.extract("Kirby said prices rose.", backend="stanza", pipeline="en")
    assert "backend='rules'" in str(info.value)
    assert isinstance(info.value, quotekit.QuotekitError)


def test_annotations_outside_the_text_are_rejected() -> None:
    """An annotation span past the end of the text is an error, not a silent misreading."""
    with pytest.raises(ValueError, match="does not fit a text of 5 characters"):
        Annotations(text="Hello", sentences=[(0, 9)])


def test_annotations_of_another_text_are_rejected() -> None:
    """The pipeline refuses annotations made from a different text."""
    with pytest.raises(BackendError, match="another text"):
        run("Kirby spoke.", Options(), Annotations(text="Blinken spoke."))


# --- Documents from token dicts ------------------------------------------------------------

SENTENCES_TEXT = "He works for Acme Inc. Prices will rise, the spokesman said."
#: Tokens, sentences and entities only: stanza's tokenizer and NER without its parser.
SENTENCES_TABLE = """
He PRON _ _ O
works VERB _ _ O
for ADP _ _ O
Acme PROPN _ _ B-ORG
Inc. PROPN _ _ E-ORG

Prices NOUN _ _ O
will AUX _ _ O
rise VERB _ _ O
, PUNCT _ _ O
the DET _ _ O
spokesman NOUN _ _ O
said VERB _ _ O
. PUNCT _ _ O
"""


def test_sentences_from_stanza_end_at_an_abbreviation(stanza: Any) -> None:
    """stanza's sentence split after "Inc." keeps the first sentence out of the quote."""
    doc = make_doc(stanza, SENTENCES_TEXT, SENTENCES_TABLE)
    assert [q.text for q in quotekit.from_stanza(doc)] == ["Prices will rise"]
    dropped = [q.text for q in without(doc, "sentences")]
    assert dropped == ["He works for Acme Inc. Prices will rise"]


def test_a_split_inside_a_direct_quote_is_merged(stanza: Any) -> None:
    """A sentence break inside a quote does not cut the quote off from its cue."""
    text = "“We lost. It’s over,” he said."
    table = """
    “ PUNCT 3 punct O
    We PRON 3 nsubj O
    lost VERB 0 root O
    . PUNCT 3 punct O

    It PRON 3 nsubj O
    ’s AUX 3 cop O
    over ADJ 0 root O
    , PUNCT 3 punct O
    ” PUNCT 3 punct O
    he PRON 7 nsubj O
    said VERB 3 parataxis O
    . PUNCT 3 punct O
    """
    quotes = quotekit.from_stanza(make_doc(stanza, text, table))
    assert [q.text for q in quotes] == ["We lost. It’s over,"]
    assert quotes[0].cue is not None
    assert quotes[0].cue.text == "said"


ENTITIES_TEXT = "Goldman Sachs said the deal was off.\n\nPalestinians said the strikes went on."
ENTITIES_TABLE = """
Goldman PROPN 2 compound B-ORG
Sachs PROPN 3 nsubj E-ORG
said VERB 0 root O
the DET 5 det O
deal NOUN 7 nsubj O
was AUX 7 cop O
off ADV 3 ccomp O
. PUNCT 3 punct O

Palestinians PROPN 2 nsubj S-NORP
said VERB 0 root O
the DET 4 det O
strikes NOUN 5 nsubj O
went VERB 2 ccomp O
on ADV 5 compound:prt O
. PUNCT 2 punct O
"""


def test_entities_make_organizations_and_groups_not_people(stanza: Any) -> None:
    """ORG and NORP spans speak as an organization and a group; without them, as people."""
    doc = make_doc(stanza, ENTITIES_TEXT, ENTITIES_TABLE)
    assert kinds(quotekit.from_stanza(doc)) == [
        ("Goldman Sachs", "organization"),
        ("Palestinians", "group"),
    ]
    assert kinds(without(doc, "entities")) == [
        ("Goldman Sachs", "person"),
        ("Palestinians", "person"),
    ]


PRONOUN_TEXT = (
    "Kirby spoke to reporters on Monday. Blinken arrived in Tel Aviv later that day.\n\n"
    "He said the talks were productive."
)
PRONOUN_TABLE = """
Kirby PROPN 2 nsubj S-PERSON
spoke VERB 0 root O
to ADP 4 case O
reporters NOUN 2 obl O
on ADP 6 case O
Monday PROPN 2 obl S-DATE
. PUNCT 2 punct O

Blinken PROPN 2 nsubj S-PERSON
arrived VERB 0 root O
in ADP 5 case O
Tel PROPN 5 compound B-GPE
Aviv PROPN 2 obl E-GPE
later ADV 8 advmod B-TIME
that DET 8 det I-TIME
day NOUN 2 obl:tmod E-TIME
. PUNCT 2 punct O

He PRON 2 nsubj O
said VERB 0 root O
the DET 4 det O
talks NOUN 6 nsubj O
were AUX 6 cop O
productive ADJ 2 ccomp O
. PUNCT 2 punct O
"""
#: "Kirby" (sentence 0, word 0) and "He" (sentence 2, word 0) are one person.
PRONOUN_CHAINS = [[(0, 0, 1), (2, 0, 1)]]


def test_entities_keep_a_place_from_being_a_speaker(stanza: Any) -> None:
    """With entities, "Tel Aviv" is a place, so "He" is the last person named, not "Aviv"."""
    doc = make_doc(stanza, PRONOUN_TEXT, PRONOUN_TABLE)
    assert speakers(quotekit.from_stanza(doc)) == [("the talks were productive", "Blinken")]
    assert speakers(without(doc, "entities")) == [("the talks were productive", "Tel Aviv")]


def test_coreference_resolves_a_pronoun_salience_gets_wrong(stanza: Any) -> None:
    """A chain tying "He" to Kirby beats the rules' choice of the most recent person."""
    doc = make_doc(stanza, PRONOUN_TEXT, PRONOUN_TABLE, PRONOUN_CHAINS)
    quotes = quotekit.from_stanza(doc)
    assert speakers(quotes) == [("the talks were productive", "Kirby")]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "He"
    assert speakers(without(doc, "coref")) == [("the talks were productive", "Blinken")]
    check_offsets(PRONOUN_TEXT, quotes)


def test_coreference_resolves_a_definite_description(stanza: Any) -> None:
    """The description "the official" in Blinken's chain is Blinken, not an anonymous one."""
    text = "Antony Blinken met regional leaders in Amman.\n\nThe official said the talks went well."
    table = """
    Antony PROPN 2 nsubj B-PERSON
    Blinken PROPN 1 flat E-PERSON
    met VERB 0 root O
    regional ADJ 5 amod O
    leaders NOUN 3 obj O
    in ADP 7 case O
    Amman PROPN 3 obl S-GPE
    . PUNCT 3 punct O

    The DET 2 det O
    official NOUN 3 nsubj O
    said VERB 0 root O
    the DET 5 det O
    talks NOUN 6 nsubj O
    went VERB 3 ccomp O
    well ADV 6 advmod O
    . PUNCT 3 punct O
    """
    doc = make_doc(stanza, text, table, [[(0, 0, 2), (1, 0, 2)]])
    assert speakers(quotekit.from_stanza(doc)) == [("the talks went well", "Antony Blinken")]
    assert speakers(without(doc, "coref")) == [("the talks went well", "official")]


def test_the_parse_gives_the_subject_of_the_speech_verb(stanza: Any) -> None:
    """The verb's nsubj subtree is the speaker where the rules read a relative clause."""
    text = "The head of the agency that runs the camps in southern Gaza said aid was not arriving."
    table = """
    The DET 2 det O
    head NOUN 13 nsubj O
    of ADP 5 case O
    the DET 5 det O
    agency NOUN 2 nmod O
    that PRON 7 nsubj O
    runs VERB 5 acl:relcl O
    the DET 9 det O
    camps NOUN 7 obj O
    in ADP 12 case O
    southern ADJ 12 amod O
    Gaza PROPN 9 nmod S-GPE
    said VERB 0 root O
    aid NOUN 17 nsubj O
    was AUX 17 aux O
    not PART 17 advmod O
    arriving VERB 13 ccomp O
    . PUNCT 13 punct O
    """
    doc = make_doc(stanza, text, table)
    quotes = quotekit.from_stanza(doc)
    assert speakers(quotes) == [("aid was not arriving", "head")]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == "The head of the agency"
    # the rules alone now read past the relative clause to the same subject (issue 5)
    assert speakers(without(doc, "words")) == [("aid was not arriving", "head")]


CLAUSE_TEXT = "Kirby said prices would rise and wages would fall, and then he left the room."
CLAUSE_TABLE = """
Kirby PROPN 2 nsubj S-PERSON
said VERB 0 root O
prices NOUN 5 nsubj O
would AUX 5 aux O
rise VERB 2 ccomp O
and CCONJ 9 cc O
wages NOUN 9 nsubj O
would AUX 9 aux O
fall VERB 5 conj O
, PUNCT 14 punct O
and CCONJ 14 cc O
then ADV 14 advmod O
he PRON 14 nsubj O
left VERB 2 conj O
the DET 16 det O
room NOUN 14 obj O
. PUNCT 2 punct O
"""


def test_the_parse_ends_the_reported_clause(stanza: Any) -> None:
    """The ccomp subtree is the content: the narration after it is not part of the quote."""
    doc = make_doc(stanza, CLAUSE_TEXT, CLAUSE_TABLE)
    assert [q.text for q in quotekit.from_stanza(doc)] == ["prices would rise and wages would fall"]
    assert [q.text for q in without(doc, "words")] == [
        "prices would rise and wages would fall, and then he left the room"
    ]


def test_the_parse_agrees_on_the_relative_clause_golden_case(stanza: Any) -> None:
    """The golden case news-relative-who-said is right with a parse, as with the rules alone."""
    text = "Barkley, who said he typically votes for Democrats, praised the governor."
    table = """
    Barkley PROPN 11 nsubj S-PERSON
    , PUNCT 4 punct O
    who PRON 4 nsubj O
    said VERB 1 acl:relcl O
    he PRON 7 nsubj O
    typically ADV 7 advmod O
    votes VERB 4 ccomp O
    for ADP 9 case O
    Democrats PROPN 7 obl S-NORP
    , PUNCT 4 punct O
    praised VERB 0 root O
    the DET 13 det O
    governor NOUN 11 obj O
    . PUNCT 11 punct O
    """
    doc = make_doc(stanza, text, table)
    assert speakers(quotekit.from_stanza(doc)) == [("he typically votes for Democrats", "Barkley")]
    assert speakers(without(doc, "words")) == speakers(quotekit.from_stanza(doc))


def test_a_passive_subject_is_not_the_speaker(stanza: Any) -> None:
    """nsubj:pass never counts as the speaker: "he was told" is not his speech."""
    from quotekit.annotations import Parse

    words = [
        Word(start=0, end=2, text="He", head=2, deprel="nsubj:pass"),
        Word(start=3, end=6, text="was", head=2, deprel="aux:pass"),
        Word(start=7, end=11, text="told", head=-1, deprel="root"),
    ]
    assert Parse(words).dependents(2, "nsubj") == []
    assert Parse(words).dependents(2, "nsubj:pass") == [0]


def test_extract_runs_the_users_pipeline(stanza: Any) -> None:
    """extract(text, backend='stanza', pipeline=nlp) calls nlp(text) and uses its Document."""
    doc = make_doc(stanza, PRONOUN_TEXT, PRONOUN_TABLE, PRONOUN_CHAINS)
    seen: list[str] = []

    def nlp(text: str) -> Any:
        seen.append(text)
        return doc

    quotes = quotekit.extract(PRONOUN_TEXT, backend="stanza", pipeline=nlp)
    assert seen == [PRONOUN_TEXT]
    assert speakers(quotes) == speakers(quotekit.from_stanza(doc))
    assert quotes.text == PRONOUN_TEXT
    analysis = quotekit.analyze(PRONOUN_TEXT, backend="stanza", pipeline=nlp)
    assert [s.name for s in analysis.speakers] == ["Kirby"]


def test_missing_models_say_how_to_download_them(stanza: Any, tmp_path: Path) -> None:
    """A pipeline with no models raises BackendError naming stanza.download("en")."""
    from quotekit.backends.stanza import build_pipeline

    with pytest.raises(BackendError, match=r'stanza\.download\("en"\)') as info:
        build_pipeline("en", dir=str(tmp_path))
    assert "default backend (backend='rules') needs no model" in str(info.value)

    def nlp(text: str) -> Any:
        raise FileNotFoundError("Could not find model file en/coref/ontonotes.pt")

    with pytest.raises(BackendError, match=r'stanza\.download\("en"\)'):
        quotekit.extract("Kirby said prices rose.", backend="stanza", pipeline=nlp)


def test_a_document_of_another_text_is_rejected(stanza: Any) -> None:
    """doc.text differing from the text given, or no text at all, raise BackendError."""
    from stanza.utils.conll import CoNLL

    doc = make_doc(stanza, PRONOUN_TEXT, PRONOUN_TABLE)
    with pytest.raises(BackendError, match="another text"):
        quotekit.from_stanza(doc, text=PRONOUN_TEXT + " More.")
    bare = CoNLL.conll2doc(input_str=f"{doc:C-o}")
    with pytest.raises(BackendError, match=r"has no text.*from_stanza\(doc, text=original\)"):
        quotekit.from_stanza(bare)
    with pytest.raises(BackendError, match=r"token 'Kirby' has no start_char"):
        quotekit.from_stanza(bare, text="Someone else spoke. " + PRONOUN_TEXT[:5])
    with pytest.raises(BackendError, match=r"expected a stanza\.Document"):
        quotekit.from_stanza("not a document")


# --- Documents from CoNLL-U ----------------------------------------------------------------

#: Written as stanza writes a Document with NER and coreference, less the character offsets:
#: the words are aligned to the text, and the chains are read from the MISC strings.
CONLLU = """\
# text = Kirby spoke to reporters on Monday.
1\tKirby\tKirby\tPROPN\t_\t_\t2\tnsubj\t_\tner=S-PERSON|coref_chains=unit-repr-id0
2\tspoke\tspeak\tVERB\t_\t_\t0\troot\t_\tner=O
3\tto\tto\tADP\t_\t_\t4\tcase\t_\tner=O
4\treporters\treporter\tNOUN\t_\t_\t2\tobl\t_\tner=O
5\ton\ton\tADP\t_\t_\t6\tcase\t_\tner=O
6\tMonday\tMonday\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|ner=S-DATE
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tner=O

# text = Blinken arrived in Tel Aviv later that day.
1\tBlinken\tBlinken\tPROPN\t_\t_\t2\tnsubj\t_\tner=S-PERSON
2\tarrived\tarrive\tVERB\t_\t_\t0\troot\t_\tner=O
3\tin\tin\tADP\t_\t_\t5\tcase\t_\tner=O
4\tTel\tTel\tPROPN\t_\t_\t5\tcompound\t_\tner=B-GPE
5\tAviv\tAviv\tPROPN\t_\t_\t2\tobl\t_\tner=E-GPE
6\tlater\tlater\tADV\t_\t_\t8\tadvmod\t_\tner=B-TIME
7\tthat\tthat\tDET\t_\t_\t8\tdet\t_\tner=I-TIME
8\tday\tday\tNOUN\t_\t_\t2\tobl:tmod\t_\tSpaceAfter=No|ner=E-TIME
9\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tner=O

# text = He said the talks were productive.
1\tHe\the\tPRON\t_\t_\t2\tnsubj\t_\tner=O|coref_chains=unit-id0
2\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\tner=O
3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\tner=O|coref_chains=start-id1
4\ttalks\ttalk\tNOUN\t_\t_\t6\tnsubj\t_\tner=O|coref_chains=end-id1
5\twere\tbe\tAUX\t_\t_\t6\tcop\t_\tner=O
6\tproductive\tproductive\tADJ\t_\t_\t2\tccomp\t_\tSpaceAfter=No|ner=O
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\tner=O

"""


def test_conllu_without_offsets_is_aligned_and_its_chains_read(stanza: Any) -> None:
    """A CoNLL-U Document with no offsets or text: words aligned, MISC chains used."""
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=CONLLU)
    assert doc.text is None
    annotations = quotekit.backends.stanza.to_annotations(doc, PRONOUN_TEXT)
    assert annotations.coref == (((0, 5), (81, 83)), ((89, 98),))
    assert [PRONOUN_TEXT[e.start : e.end] for e in annotations.entities or ()] == [
        "Kirby",
        "Monday",
        "Blinken",
        "Tel Aviv",
        "later that day",
    ]
    quotes = quotekit.from_stanza(doc, text=PRONOUN_TEXT)
    assert speakers(quotes) == [("the talks were productive", "Kirby")]
    check_offsets(PRONOUN_TEXT, quotes)


def test_a_conllu_round_trip_keeps_every_annotation(stanza: Any) -> None:
    """Writing a Document to CoNLL-U and reading it back gives the same annotations."""
    from stanza.utils.conll import CoNLL

    doc = make_doc(stanza, PRONOUN_TEXT, PRONOUN_TABLE, PRONOUN_CHAINS)
    back = CoNLL.conll2doc(input_str=f"{doc:C}")
    assert back.coref == []  # only the words' MISC strings carry the chains now
    to_annotations = quotekit.backends.stanza.to_annotations
    assert to_annotations(back, PRONOUN_TEXT) == to_annotations(doc)
    rebuilt = CoNLL.conll2doc(input_str=f"{doc:C-o}", reconstruct_text=True)
    assert speakers(quotekit.from_stanza(rebuilt)) == [("the talks were productive", "Kirby")]


# --- the seed article ----------------------------------------------------------------------

#: Paragraphs of the seed article, each the first one that starts so.
SEED_PARAGRAPHS = [
    "Biden and Netanyahu discussed “a whole range of issues”",
    "Biden reiterated",
    "He said the two leaders",
    "Kirby pushed back",
    "But Kirby acknowledged",
    "“It’s still just a trickle,”",
    "More than 300 Americans",
]

#: The hand annotation of those paragraphs: Universal Dependencies heads and relations, and
#: OntoNotes entities in stanza's BIOES tags. One sentence per block.
SEED_TABLE = """
Biden PROPN 4 nsubj S-PERSON
and CCONJ 3 cc O
Netanyahu PROPN 1 conj S-PERSON
discussed VERB 0 root O
“ PUNCT 8 punct O
a DET 8 det O
whole ADJ 8 amod O
range NOUN 4 obj O
of ADP 10 case O
issues NOUN 8 nmod O
” PUNCT 8 punct O
related VERB 8 acl O
to ADP 15 case O
the DET 15 det O
conflict NOUN 12 obl O
, PUNCT 19 punct O
which PRON 19 nsubj O
also ADV 19 advmod O
included VERB 15 acl:relcl O
efforts NOUN 19 obj O
to PART 22 mark O
secure VERB 20 acl O
the DET 24 det O
release NOUN 22 obj O
of ADP 26 case O
hostages NOUN 24 nmod O
in ADP 28 case O
Gaza PROPN 26 nmod S-GPE
and CCONJ 30 cc O
import VERB 22 conj O
humanitarian ADJ 32 amod O
aid NOUN 30 obj O
for ADP 35 case O
Palestinian ADJ 35 amod S-NORP
civilians NOUN 32 nmod O
, PUNCT 45 punct O
White PROPN 38 compound B-ORG
House PROPN 41 compound I-ORG
National PROPN 41 compound I-ORG
Security PROPN 41 compound I-ORG
Council PROPN 42 compound E-ORG
spokesman NOUN 43 compound O
John PROPN 45 nsubj B-PERSON
Kirby PROPN 43 flat E-PERSON
told VERB 4 parataxis O
reporters NOUN 45 obj O
. PUNCT 4 punct O

Biden PROPN 2 nsubj S-PERSON
reiterated VERB 0 root O
the DET 5 det B-GPE
United PROPN 5 compound I-GPE
States PROPN 7 nmod:poss E-GPE
’ PART 5 case O
support NOUN 2 obj O
for ADP 9 case O
Israel PROPN 7 nmod S-GPE
to PART 11 mark O
protect VERB 7 acl O
its PRON 13 nmod:poss O
citizens NOUN 11 obj O
but CCONJ 16 cc O
also ADV 16 advmod O
emphasized VERB 2 conj O
the DET 18 det O
need NOUN 16 obj O
for SCONJ 22 mark O
Israel PROPN 22 nsubj S-GPE
to PART 22 mark O
work VERB 18 acl O
to PART 24 mark O
minimize VERB 22 xcomp O
harm NOUN 24 obj O
to ADP 27 case O
civilians NOUN 25 nmod O
in ADP 29 case O
Gaza PROPN 27 nmod S-GPE
, PUNCT 32 punct O
Kirby PROPN 32 nsubj S-PERSON
said VERB 2 parataxis O
. PUNCT 2 punct O

He PRON 2 nsubj O
said VERB 0 root O
the DET 5 det O
two NUM 5 nummod S-CARDINAL
leaders NOUN 6 nsubj O
agreed VERB 2 ccomp O
to PART 8 mark O
speak VERB 6 xcomp O
again ADV 8 advmod O
in ADP 13 case O
the DET 13 det B-DATE
coming ADJ 13 amod I-DATE
days NOUN 8 obl E-DATE
. PUNCT 2 punct O

Kirby PROPN 2 nsubj S-PERSON
pushed VERB 0 root O
back ADV 2 compound:prt O
on ADP 6 case O
a DET 6 det O
question NOUN 2 obl O
from ADP 9 case O
a DET 9 det O
reporter NOUN 6 nmod O
suggesting VERB 9 acl O
the DET 12 det B-GPE
U.S. PROPN 15 nsubj E-GPE
has AUX 15 aux O
not PART 15 advmod O
had VERB 10 ccomp O
much ADJ 18 amod O
“ PUNCT 18 punct O
sway NOUN 15 obj O
” PUNCT 18 punct O
diplomatically ADV 15 advmod O
in ADP 23 case O
the DET 23 det O
region NOUN 15 obl O
. PUNCT 2 punct O

The DET 4 det O
White PROPN 3 compound B-ORG
House PROPN 4 compound E-ORG
official NOUN 5 nsubj O
said VERB 0 root O
talks NOUN 8 nsubj O
are AUX 8 aux O
having VERB 5 ccomp O
an DET 10 det O
impact NOUN 8 obj O
, PUNCT 12 punct O
citing VERB 5 advcl O
the DET 15 det B-GPE
United PROPN 15 compound I-GPE
States PROPN 18 nmod:poss E-GPE
’ PART 15 case O
successful ADJ 18 amod O
efforts NOUN 12 obj O
to PART 20 mark O
get VERB 18 acl O
trucks NOUN 20 obj O
carrying VERB 21 acl O
humanitarian ADJ 24 amod O
aid NOUN 22 obj O
into ADP 26 case O
Gaza PROPN 20 obl S-GPE
and CCONJ 29 cc O
foreign ADJ 29 amod S-NORP
nationals NOUN 21 conj O
out ADP 33 case O
of ADP 33 case O
the DET 33 det O
territory NOUN 20 obl O
. PUNCT 5 punct O

But CCONJ 3 cc O
Kirby PROPN 3 nsubj S-PERSON
acknowledged VERB 0 root O
there PRON 5 expl O
’s VERB 3 ccomp O
“ PUNCT 8 punct O
not PART 8 advmod O
enough ADJ 5 nsubj O
” PUNCT 8 punct O
of ADP 11 case O
either PRON 8 nmod O
happening VERB 11 acl O
now ADV 12 advmod O
. PUNCT 3 punct O

“ PUNCT 7 punct O
It PRON 7 nsubj O
’s AUX 7 cop O
still ADV 7 advmod O
just ADV 7 advmod O
a DET 7 det O
trickle NOUN 0 root O
, PUNCT 7 punct O
” PUNCT 7 punct O
he PRON 11 nsubj O
said VERB 7 parataxis O
. PUNCT 7 punct O

More ADJ 3 advmod B-CARDINAL
than ADP 1 fixed I-CARDINAL
300 NUM 4 nummod E-CARDINAL
Americans PROPN 6 nsubj S-NORP
have AUX 6 aux O
evacuated VERB 0 root O
over ADP 11 case O
the DET 11 det B-DATE
last ADJ 11 amod I-DATE
several ADJ 11 amod I-DATE
days NOUN 6 obl E-DATE
, PUNCT 14 punct O
he PRON 14 nsubj O
said VERB 6 parataxis O
. PUNCT 6 punct O
"""

#: Coreference, as stanza's mentions: (sentence, first word, one past the last word).
SEED_CHAINS = [
    # John Kirby: the spokesman, "Kirby", "He", "The White House official", "he", "he"
    [
        (0, 36, 44),
        (1, 30, 31),
        (2, 0, 1),
        (3, 0, 1),
        (4, 0, 4),
        (5, 1, 2),
        (6, 9, 10),
        (7, 12, 13),
    ],
    [(0, 0, 1), (1, 0, 1)],  # Biden
    [(1, 8, 9), (1, 19, 20)],  # Israel
    [(0, 27, 28), (1, 28, 29), (4, 25, 26)],  # Gaza
    [(1, 2, 5), (4, 12, 15)],  # the United States
]

#: Who says each quote of the excerpt, as a reader of the article knows.
SEED_SPEAKERS = {
    "told": "John Kirby",
    "reiterated": "Biden",
    "emphasized": "Biden",
    "said": "John Kirby",
    "citing": "John Kirby",
    "acknowledged": "John Kirby",
}


def _seed_excerpt() -> str:
    """The seed article's paragraphs that SEED_TABLE annotates, as one text."""
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    return "\n\n".join(
        next(p for p in paragraphs if p.startswith(first)) for first in SEED_PARAGRAPHS
    )


def _correct(quotes: list[Quote]) -> int:
    """How many quotes have the speaker SEED_SPEAKERS gives their cue."""
    return sum(
        1
        for q in quotes
        if q.cue is not None
        and q.speaker is not None
        and SEED_SPEAKERS.get(q.cue.text) == q.speaker.name
    )


def test_seed_paragraphs_get_the_same_speakers_or_better(stanza: Any) -> None:
    """On hand-annotated seed paragraphs the stanza backend gets every speaker the rules get."""
    from stanza.utils.conll import CoNLL

    text = _seed_excerpt()
    doc = make_doc(stanza, text, SEED_TABLE, SEED_CHAINS)
    rules = quotekit.extract(text)
    backend = quotekit.from_stanza(doc)
    assert len(backend) == len(rules) == 10
    assert _correct(backend) >= _correct(rules)
    assert _correct(backend) == len(backend)
    assert speakers(backend) == speakers(rules)
    check_offsets(text, backend)
    # the same annotations read back from CoNLL-U without offsets give the same quotes
    back = CoNLL.conll2doc(input_str=f"{doc:C-o}")
    assert speakers(quotekit.from_stanza(back, text=text)) == speakers(backend)


def test_seed_speakers_hold_with_each_annotation_alone(stanza: Any) -> None:
    """Each annotation kind on its own still gives every seed speaker right."""
    text = _seed_excerpt()
    doc = make_doc(stanza, text, SEED_TABLE, SEED_CHAINS)
    full = quotekit.backends.stanza.to_annotations(doc)
    for keep in ("sentences", "entities", "words", "coref"):
        only = Annotations(text=text, **{keep: getattr(full, keep)})
        quotes = list(run(text, Options(backend="stanza"), only).quotes)
        assert _correct(quotes) == len(quotes) == 10, keep


# --- any annotations, any text ---------------------------------------------------------------


@st.composite
def annotated_texts(draw: st.DrawFn) -> Annotations:
    """A news-like text with arbitrary (even malformed: cyclic heads, overlapping entities)
    annotations whose spans lie inside it."""
    pieces = st.sampled_from(
        ["Kirby", "John", "said", "he", "she", "the official", "“", "”", '"', ",", ".", " ", "\n\n"]
    )
    text = "".join(draw(st.lists(pieces | st.text(max_size=3), max_size=40)))
    n = len(text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted).map(tuple)
    tokens = quotekit.tokenize.tokenize(text)
    heads = [
        draw(st.integers(-1, len(tokens) - 1).filter(lambda h, i=i: h != i))
        for i in range(len(tokens))
    ]
    words = [
        Word(start=t.start, end=t.end, text=t.text, head=h, deprel=draw(st.sampled_from(RELS)))
        for t, h in zip(tokens, heads, strict=True)
    ]
    labels = st.sampled_from(["PERSON", "ORG", "NORP", "GPE", "DATE"])
    entities = [
        EntitySpan(start=s, end=e, label=draw(labels)) for s, e in draw(st.lists(span, max_size=5))
    ]
    return Annotations(
        text=text,
        sentences=sorted(draw(st.lists(span, max_size=6))),
        entities=entities,
        words=words,
        coref=draw(st.lists(st.lists(span, min_size=1, max_size=4), max_size=3)),
    )


RELS = ["nsubj", "nsubj:pass", "ccomp", "parataxis", "conj", "flat", "det", "punct", "root"]


@given(annotated_texts())
def test_any_annotations_keep_the_offsets(annotations: Annotations) -> None:
    """Whatever a backend says, quotes, cues and mentions point into the text and run ends."""
    analysis = run(annotations.text, Options(backend="stanza"), annotations)
    check_offsets(annotations.text, list(analysis.quotes))
