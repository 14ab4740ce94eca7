"""Which organisation a speaker phrase refers to without naming it: ``Its regional director``,
``the company's chief financial officer``, ``a spokesman for the regional force``, ``Halton
police``.  The resolver's entities say which body is meant; a role's body is a smaller claim
than a speaker's name, so a likely body will do where a name needs a sure one."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.extract.anaphora import Coreference, is_definite_nominal
from quotes.extract.anatomy import MentionParts
from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import holds, says_its_kind, the_one_of_its_kind
from quotes.extract.lexicon import word_set
from quotes.extract.offices import entity_of
from quotes.extract.referents import Entity


def organization_referred(parts: MentionParts, coref: Coreference
                           ) -> tuple[str, str | None] | None:
    """``Its regional director, Lukas Overbeek``, ``the company's chief financial officer``,
    ``a spokesman for the regional force``: the organisation that ``its`` or the nominal refers
    to, when the resolver is sure of it (``their`` may be several); with the words of a
    prepositional phrase that named it, which are then no part of the role."""
    doc = parts.first.doc
    for token in doc[parts.first.i : parts.last.i + 1]:
        if token.dep_ not in ("poss", "pobj"):
            continue
        lemma = token.lemma_.lower()
        # (not "the island's"); "the pantry's" when a body's name ends so
        named_here = any(c.i > token.i and c.pos_ == "PROPN" and c.dep_ in ("appos", "compound")
                         for c in token.children)  # "the Seattle firm Harrow & Bell": named
        body = token.pos_ == "NOUN" and not named_here and is_definite_nominal(token) and (
            lemma in word_set("organization_nouns") or any(
                e.type == "organization" and e.words[-1:] == (lemma,)
                for e in coref.entities.entities))
        possessor = token.dep_ == "poss" and token.head.pos_ == "NOUN" and (
            token.lower_ == "its" or body)
        prep = token.head
        object_of = token.dep_ == "pobj" and prep.lower_ in ("of", "for", "at", "with") \
            and prep.head.pos_ == "NOUN" and body
        if possessor or object_of:
            entity = _subject_just_before(token, coref) or coref.named_at(token) or (
                body_found_likely(coref, token) if body else None)
            if body and entity is not None:
                entity = _not_a_part_of(entity, lemma, coref, token)
            if entity is not None and entity.type == "organization":
                if object_of:
                    return entity.name, doc[prep.i : token.right_edge.i + 1].text
                words = [t for t in token.subtree if t.dep_ not in ("det", "poss")
                         or t.i == token.i]  # "The credit union's" -> "credit union's"
                return entity.name, doc[words[0].i : token.right_edge.i + 1].text
    return None


def _subject_just_before(token: Token, coref: Coreference) -> Entity | None:
    """``The charity, Little Steps Children's Fund, has pledged EUR 3 million. Its founder,
    ...``: a sentence that opens with ``Its`` goes on about the body the sentence before was
    about, its subject (not a body named inside it, nor one named earlier)."""
    sent = token.sent
    if token.lower_ != "its" or token.i != sent.start:
        return None
    if sent.start > 0:
        before = token.doc[sent.start - 1].sent
    else:  # (the paragraph before, parsed on its own)
        view = coref.view
        k = view.segments.index(view.segment_of(token.doc))
        previous = view.segments[k - 1].doc if k > 0 else None
        if previous is None or not len(previous) or not previous.has_annotation("SENT_START"):
            return None
        before = previous[-1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"),
                 subject if subject.pos_ == "PROPN" else None)
    if named is not None:
        words = entity_of(named) or (named,)
        entity = coref.entities.find(" ".join(t.text for t in words), "organization",
                                     coref.view.start(named))
    else:
        entity = coref.named_at(subject) if is_definite_nominal(subject) else None
    return entity if entity is not None and entity.type == "organization" else None


def body_found_likely(coref: Coreference, token: Token) -> Entity | None:
    """``The club's chairman``: the body the resolver finds likely, though not sure enough to
    name a speaker by, when its name says nothing of its kind (``Inverclyde Athletic``; not
    the ``Cascade Pacific Rail`` for ``the food bank's``): a role's body is the smaller claim
    (the person is named at the site)."""
    entity, probability = coref.resolve_at(token)
    return entity if entity is not None and entity.type == "organization" \
        and probability >= BODY_OF_ROLE_PROBABILITY and not says_its_kind(entity) else None


BODY_OF_ROLE_PROBABILITY = 0.55


def _not_a_part_of(entity: Entity, kind: str, coref: Coreference, token: Token) -> Entity:
    """``the university's vice-president`` is at Chebucto University, not at the Chebucto
    University Students' Union the resolver may pick: the one body of that kind whose name a
    picked body's name holds whole."""
    whole = the_one_of_its_kind((kind,), coref.entities, coref.view.start(token))
    return whole if whole is not None and whole is not entity \
        and holds(entity.words, whole.words) else entity


def body_of_place(phrase: str, entities: DocumentEntities) -> Entity | None:
    """``Halton police``, ``Nepal's embassy``: a place and a kind of body, written for the one
    body of the document whose name holds both (the Halton Regional Police Service, the
    Embassy of Nepal)."""
    words = re.sub(r"['\u2019]s\b", "", phrase).split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() \
            or words[1] not in word_set("organization_nouns"):
        return None
    place, kind = words[0].casefold(), words[1]
    found = [e for e in entities.entities if e.type == "organization" and len(e.words) > 2
             and place in e.words and kind in e.words]
    return found[0] if len(found) == 1 else None
