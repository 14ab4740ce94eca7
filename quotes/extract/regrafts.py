"""Dependency arcs the small parser gets wrong in a way that costs a speaker's words, mended
once right after parsing (as ``named_spans`` mends the tagger's spans), before any rule reads
the tree.

``..., according to Eurotyre, an industry lobby group based in Brussels.``: the parser hangs
``an industry lobby group`` on the main verb as its object, so the quotation runs on over the
source and the source loses its description.  Copy editors write that phrase as the source's
appositive, and so it is read.  ``Ironworkers head coach Sheldon Boateng said``: the parser
reads ``Ironworkers head`` as a clause, and the quotation became those three words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import numpy
from spacy.tokens import Doc, Token

from quotes.extract.lexicon import titles, word_set
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


def _stray_name(source: Token) -> Token | None:
    """The head of ``, Alasdair Kerr,`` right after a source that is an office (``according to
    the trust's chair, Alasdair Kerr, it has ...``), which the parser hung on the main verb:
    the officeholder, the source's appositive."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if not is_role_word(source) or comma + 2 >= len(doc) or doc[comma].text != "," \
            or doc[comma + 1].ent_iob_ != "B" or doc[comma + 1].ent_type_ != "PERSON":
        return None
    end = comma + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = doc[comma + 1 : end].root
    if end >= len(doc) or doc[end].text != "," or name.dep_ not in _STRAY_DEPS | {"nsubj"} \
            or name.head.i < end:
        return None
    return name


# participles that open an office's name ("managing director", "acting chief", "presiding
# judge"), which the parser takes for verbs
_OFFICE_PARTICIPLES = frozenset({"managing", "acting", "presiding", "founding", "consulting",
                                 "supervising", "commanding", "governing", "reigning",
                                 "visiting", "attending", "serving"})


# the tags of the present-tense verb the parser finds in an office's words ("head coach")
_PRESENT_TAGS = ("VBP", "VB")


def _verb_in_a_noun(token: Token) -> bool:
    """``Ironworkers head coach Sheldon Boateng said``: a present-tense verb the parser itself
    made a compound of the noun right after it is that noun's modifier (``head``), and what it
    took for its subject opens the phrase."""
    return token.dep_ == "compound" and token.head.i == token.i + 1 \
        and token.head.pos_ == "NOUN"


def _verb_before_an_office_and_name(token: Token) -> bool:
    """``Ironworkers head coach Sheldon Boateng said ...`` read as a clause, *Ironworkers head
    coach*, with the name hung on it: a present-tense verb whose object, right after it, is a
    word for an office, right before a person's name."""
    doc = token.doc
    if token.i + 2 >= len(doc):
        return False
    office, name = doc[token.i + 1], doc[token.i + 2]
    return office.head.i == token.i and office.dep_ in ("dobj", "compound") \
        and office.pos_ == "NOUN" and is_role_word(office) and name.ent_type_ == "PERSON" \
        and name.ent_iob_ == "B" and name.head.i != office.i


def _office_phrase(verb: Token) -> None:
    """Rehang ``Ironworkers head coach Sheldon Boateng`` as one noun phrase headed by the name,
    which takes the verb's place in the sentence."""
    doc = verb.doc
    office, first = doc[verb.i + 1], doc[verb.i + 2]
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    place = verb.head
    if place.i == verb.i:  # the verb was the root: the next verb after the name is
        place = next((c for c in verb.children if c.i > last.i and c.pos_ == "VERB"), verb)
        if place.i == verb.i:
            return
        place.head, place.dep_ = place, "ROOT"
        for other in [c for c in verb.children if c.i > last.i and c.i != place.i]:
            other.head = place
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not first.i <= place.i <= last.i:  # (the parser may already hang the verb on the name)
        last.head, last.dep_ = place, "nsubj"
    office.head, office.dep_ = last, "compound"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = office, "compound", "NOUN", "NN"
    for subject in subjects:
        subject.head, subject.dep_ = office, "compound"


# prepositions of place the tagger may take for adjectives when they open a sentence
_PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "beside", "behind", "across",
                                 "beyond", "opposite"})


def _fronted_place(first: Token) -> None:
    """``Outside city hall, Ashley Bear, a spokesperson ..., said``: the parser made ``city
    hall`` the subject and the speaker its appositive; the speaker is the subject, the place
    where the verb happened."""
    if first.lower_ not in _PLACE_PREPOSITIONS or first.dep_ not in ("amod", "advmod") \
            or first.head.dep_ != "nsubj":
        return
    place = first.head
    person = next((c for c in place.children if c.dep_ == "appos"
                   and c.ent_type_ == "PERSON"), None)
    if person is None or place.head.pos_ not in ("VERB", "AUX"):
        return
    person.head, person.dep_ = place.head, "nsubj"
    place.dep_ = "npadvmod"


def _title_over_name(title: Token) -> None:
    """``Coun. Amrit Sandhu (Mynarski) said``: the parser made the title the subject and the
    name its appositive; the name is the subject, the title its compound, as in ``Sen. Ted Cruz
    said``."""
    if title.dep_ in ("ROOT", "compound") or title.head.i == title.i:
        return
    name = next((c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == title.i + 1), None)
    if name is None or not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                               for t in title.doc[title.i + 1 : name.i + 1]):
        return
    name.head, name.dep_ = title.head, title.dep_
    for child in [c for c in title.children if c.i != name.i]:
        child.head = name
    title.head, title.dep_ = name, "compound"


def _possessive_mark(mark: Token) -> None:
    """``The 22-year-old’s agent``: after a curly apostrophe the parser may hang the ``’s``
    on the owned noun as a word of its own, which then opens a role; it marks the word
    before it as the owner, as after a straight one."""
    if mark.i == 0 or mark.dep_ == "case" or mark.head.i <= mark.i:
        return
    owner = mark.doc[mark.i - 1]
    if owner.head.i == mark.head.i and not owner.is_punct:
        mark.head, mark.dep_ = owner, "case"
        owner.dep_ = "poss"


def tokens_with(doc: Doc, attribute: str, values: Iterable[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose ``attribute`` (``TAG``, ``LOWER``, ``ORTH``) is one of
    ``values``, found on the attribute's array: compared whole, not token by token in Python,
    since most texts hold none of the few words a mend looks for."""
    if not len(doc):
        return
    wanted = numpy.fromiter((doc.vocab.strings[value] for value in values), dtype=numpy.uint64)
    for i in numpy.isin(doc.to_array(attribute), wanted).nonzero()[0]:
        yield doc[int(i)]


def regraft(doc: Doc) -> Doc:
    """``doc`` with each verb read inside a noun phrase (:func:`_verb_in_a_noun`) made part of
    it, each ``’s`` its owner's (:func:`_possessive_mark`), each participle opening
    an office (``Managing director``) an adjective, each place opening a sentence
    (:func:`_fronted_place`) no longer its subject, each name a title was made to head
    (:func:`_title_over_name`) heading it, and each source's stray appositive or officeholder
    (:func:`_stray_appositive`, :func:`_stray_name`) hung on it."""
    for token in tokens_with(doc, "TAG", _PRESENT_TAGS):  # (only such a verb can be either)
        if token.pos_ != "VERB" or not token.is_lower:
            continue
        if _verb_in_a_noun(token):
            token.pos_, token.tag_ = "NOUN", "NN"
            for subject in [c for c in token.children if c.dep_ == "nsubj" and c.i < token.i]:
                subject.head, subject.dep_ = token.head, "compound"
        elif _verb_before_an_office_and_name(token):
            _office_phrase(token)
    for token in tokens_with(doc, "TAG", ("POS",)):
        _possessive_mark(token)
    for token in tokens_with(doc, "LOWER", _OFFICE_PARTICIPLES):
        if token.tag_ == "VBG" and token.i + 1 < len(doc) and token.head.i == token.i + 1 \
                and is_role_word(token.head):
            token.pos_, token.tag_ = "ADJ", "JJ"  # "Managing director X": one office
    for token in tokens_with(doc, "LOWER", _PLACE_PREPOSITIONS):
        if token.is_sent_start:
            _fronted_place(token)
    for token in tokens_with(doc, "ORTH", titles()):
        _title_over_name(token)
    for token in tokens_with(doc, "LOWER", ("according",)):
        source = _according_to_source(token)
        stray = _stray_appositive(source, token) or _stray_name(source) \
            if source is not None else None
        if source is not None and stray is not None:
            stray.head = source
            stray.dep_ = "appos"
    return doc
