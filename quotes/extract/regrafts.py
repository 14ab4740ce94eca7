"""Dependency arcs the small parser gets wrong in a way that costs a speaker's words, mended
once right after parsing (as ``named_spans`` mends the tagger's spans), before any rule reads
the tree.

``..., according to Eurotyre, an industry lobby group based in Brussels.``: the parser hangs
``an industry lobby group`` on the main verb as its object, so the quotation runs on over the
source and the source loses its description.  Copy editors write that phrase as the source's
appositive, and so it is read.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from quotes.extract.lexicon import word_set
from quotes.extract.names import is_role_word

# what the parser makes of the stray phrase: the verb's object or an adverbial noun phrase
_STRAY_DEPS = frozenset({"dobj", "npadvmod", "appos", "attr", "oprd"})


@cache
def _describing_nouns() -> frozenset[str]:
    """Nouns that say what a source is: a body (``group``, ``affiliate``) or a person."""
    return word_set("organization_nouns") | word_set("body_appositive_nouns")


def _according_to_source(according: Token) -> Token | None:
    """The object of ``according to`` (``according`` its first word), or None."""
    doc = according.doc
    if according.lower_ != "according" or according.i + 1 >= len(doc) \
            or doc[according.i + 1].lower_ != "to":
        return None
    objects = [c for c in doc[according.i + 1].children if c.dep_ == "pobj"]
    return objects[0] if objects else None


def _stray_appositive(source: Token, according: Token) -> Token | None:
    """The head of ``, a <noun phrase>`` right after the source, running to the sentence's
    end, that the parser hung on a word before ``according``."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].pos_ != "DET" or any(
            t.ent_iob_ != "I" for t in doc[source.i + 1 : comma]):
        return None  # (the source's own name may go on after its head: "the University of
        # Manitoba"; not "a report Tuesday from WKOW", whose appositive is WKOW's)
    head = doc[comma + 1].head
    ends = head.right_edge.i + 1
    if head.dep_ not in _STRAY_DEPS or head.head.i >= according.i or head.left_edge.i != comma + 1 \
            or not (is_role_word(head) or head.lemma_.lower() in _describing_nouns()) \
            or ends < len(doc) and not (doc[ends].is_punct and doc[ends].is_sent_end):
        return None  # (not "according to public filings, a huge sum for a firm": the amount's)
    return head


def regraft(doc: Doc) -> Doc:
    """``doc`` with each source's stray appositive (:func:`_stray_appositive`) hung on it."""
    lower = doc.to_array("LOWER")  # (compared whole: most texts cite no one so)
    for i in (lower == doc.vocab.strings["according"]).nonzero()[0] if len(doc) else ():
        token = doc[int(i)]
        source = _according_to_source(token)
        stray = _stray_appositive(source, token) if source is not None else None
        if source is not None and stray is not None:
            stray.head = source
            stray.dep_ = "appos"
    return doc
