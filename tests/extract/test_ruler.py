"""quotes.extract.ruler: the stand-in for spaCy's AttributeRuler sets exactly what it sets."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language

from quotes.extract.ruler import (
    FastAttributeRuler,
    compile_ruler,
    fast_components,
    run_pipeline,
)
from quotes.pipeline import load_model

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
# every multi-token rule of the English ruler (gon na, got ta, let 's, c'm on, y' all, ai n't,
# there is), pronoun case by dependency, auxiliaries, whitespace tokens
TEXTS = [
    "Y'all gon na see it; we got ta go. Let's go, c'mon. I ain't done and it isn't either.",
    "Are y all here? Y' all are.",
    "There is a man who says there are two. He got it and gets it; you told me and I told you.",
    "  Lines\n\n   with   spaces \t and\n a tab.  ",
    '"We will not back down," said Mayor Tom Reed, who did what he had said he would do.',
    "But that, which they do, does have the effect: those who have it, had it.",
    "",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def arrays(docs: list) -> list[list[list[int]]]:  # type: ignore[type-arg]
    return [d.to_array(ATTRS).tolist() for d in docs]


def test_same_token_attributes_as_spacy(nlp: Language) -> None:
    fast = fast_components(nlp, {})
    assert list(fast) == ["attribute_ruler", "lemmatizer"]
    items = [(t, i) for i, t in enumerate(TEXTS)]
    stock = [d for d, _ in nlp.pipe(items, as_tuples=True)]
    ours = list(run_pipeline(nlp, items, [], 4, fast))
    assert [c for _, c in ours] == list(range(len(TEXTS)))
    assert arrays(stock) == arrays([d for d, _ in ours])
    assert [[t.lemma_ for t in d] for d in stock] == [[t.lemma_ for t in d] for d, _ in ours]


def test_skipped_components_are_not_run(nlp: Language) -> None:
    fast = fast_components(nlp, {})
    skipped = [n for n in nlp.pipe_names if n != "ner"]
    (doc, _), = run_pipeline(nlp, [("Mayor Tom Reed spoke in Paris.", 0)], skipped, 4, fast)
    assert not doc.has_annotation("TAG") and not doc.has_annotation("POS")
    assert [e.text for e in doc.ents] == [e.text for e in nlp("Mayor Tom Reed spoke in Paris.").ents]


def test_a_pattern_it_cannot_mirror_leaves_the_ruler_to_spacy() -> None:
    other = load_model()
    ruler = other.get_pipe("attribute_ruler")
    assert compile_ruler(ruler) is not None
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})
    assert compile_ruler(ruler) is None
    assert "attribute_ruler" not in fast_components(other, {})


def test_added_patterns_are_picked_up(nlp: Language) -> None:
    other = load_model()
    first = fast_components(other, {})
    assert fast_components(other, first)["attribute_ruler"] is first["attribute_ruler"]
    other.get_pipe("attribute_ruler").add([[{"LOWER": "reed"}]], {"POS": "X"})
    again = fast_components(other, first)["attribute_ruler"]
    assert again is not first["attribute_ruler"]
    (doc, _), = run_pipeline(other, [("Tom Reed said so.", 0)], [], 4,
                             {"attribute_ruler": again})
    assert [t.pos_ for t in doc] == [t.pos_ for t in other("Tom Reed said so.")]
    assert doc[1].pos_ == "X"


def test_the_stand_in_pickles(nlp: Language) -> None:
    import pickle

    fast = fast_components(nlp, {})
    ruler = fast["attribute_ruler"]
    assert isinstance(ruler, FastAttributeRuler)
    assert pickle.loads(pickle.dumps(ruler)).patterns == ruler.patterns
    assert pickle.loads(pickle.dumps(fast["lemmatizer"])).cache == fast["lemmatizer"].cache
