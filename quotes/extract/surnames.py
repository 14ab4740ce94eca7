"""A surname the tagger read as an ordinary word, mended once the whole text is parsed.

``Bill Skelly`` is a name, but ``said Skelly`` alone is read as an adverb (``-ly``), ``Jolly
said`` likewise, ``Will urged`` as an auxiliary verb and ``Pence went on to say`` as a plural of
penny: the quotation is found and its speaker lost.  A copy editor reads these words as the
surname the text introduced with a full name, and so does the extractor: where a word written
exactly as the last word of a person's full name elsewhere in the same text stands as the
subject of a verb (before it, or after it in ``said Skelly``), it is tagged that person's
name and hung on the verb as its subject.  Only the text's own names count, never a list.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from quotes.extract.regrafts import tokens_with

# the verb's tense tags that can take a speaker: "said", "says", "urged", "went"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def full_name_surnames(docs: Iterable[Doc]) -> frozenset[str]:
    """The last words of the multi-word PERSON names in ``docs``, as written; a word two
    different names end in (``Jane Sanders``, ``Bernie Sanders``) is nobody's alone."""
    owners: dict[str, set[str]] = {}
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "PERSON" and len(entity) >= 2 and entity[0].is_title \
                    and entity[-1].is_title and entity[-1].is_alpha and len(entity[-1]) > 2:
                owners.setdefault(entity[-1].text, set()).add(entity[0].text)
    return frozenset(word for word, firsts in owners.items() if len(firsts) == 1)


def _verb_it_is_subject_of(token: Token) -> Token | None:
    """The finite verb ``token`` stands as subject of: right after it (``Jolly said``), or
    right before it with the clause ending after the name (``, said Skelly,``); None if that
    verb has another subject."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    verb = None
    if after is not None and after.pos_ in ("VERB", "AUX") and (
            after.tag_ in _FINITE or token.tag_ == "MD" and after.tag_ == "VBN"):
        verb = after  # ("Will wrote": a past tense after a modal verb is tagged VBN)
    elif before is not None and before.pos_ == "VERB" and before.tag_ in _FINITE \
            and (after is None or after.is_punct):
        verb = before
    if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head  # ("Contreras had urged": the subject is the main verb's)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i
                           for c in verb.children):
        return None
    return verb


def _mend(token: Token, verb: Token | None) -> None:
    """Tag ``token`` a PERSON name, and hang it on ``verb`` as its subject (None: it is one)."""
    if verb is not None:
        for child in list(token.children):
            child.head = token.head if token.head.i != token.i else verb
        token.head, token.dep_ = verb, "nsubj"
    token.pos_, token.tag_ = "PROPN", "NNP"
    token.doc.set_ents([Span(token.doc, token.i, token.i + 1, label="PERSON")],
                       default="unmodified")


def mend_surnames(docs: list[Doc]) -> list[Doc]:
    """``docs`` (one text's parsed pieces) with each surname read as a word made the name and
    subject it is (module docstring)."""
    surnames = full_name_surnames(docs)
    if not surnames:
        return docs
    # "Price, not volume, drove the fall" where "the price" is written: a noun, no name
    lowered = {w.lower() for w in surnames}
    nouns = {t.text.capitalize() for doc in docs for t in tokens_with(doc, "ORTH", lowered)
             if t.pos_ == "NOUN"}
    for doc in docs:
        for token in tokens_with(doc, "ORTH", surnames - nouns):
            if token.ent_iob_ != "O" or token.pos_ == "PROPN" \
                    or token.i > 0 and token.nbor(-1).text == "-":
                continue  # ("Akande-Price": half of a hyphened name is no surname alone)
            if token.dep_ in ("nsubj", "nsubjpass"):  # ("Pence went on to say")
                _mend(token, None)
                continue
            verb = _verb_it_is_subject_of(token)
            if verb is not None and not token.is_ancestor(verb):
                _mend(token, verb)
    return docs
