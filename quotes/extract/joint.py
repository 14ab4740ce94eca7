"""Speakers named together: ``The Red Cross and the United Nations said``, ``Trump and Ryan
said in a joint statement``.  GUIDELINES.md gives two organisations as joint subject one record
with both names; so are people named together (type ``group``): giving the statement to the
first alone would file it under one of them only."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.entities import DocumentEntities
from quotes.extract.offices import entity_of, name_text
from quotes.records import Speaker

# the labels of a name that may speak beside another
_SPEAKING_LABELS = frozenset({"PERSON", "ORG"})


def conjoined_names(head: Token) -> list[str]:
    """The names ``head``'s name is joined to by ``and`` (``A, B and C``), as written; none
    after ``or``, ``nor`` (``Neither Cruz nor Christie``) or where one is no name."""
    names: list[str] = []
    token = head
    while True:
        joined = [c for c in token.children if c.dep_ == "conj" and c.i > token.i]
        if len(joined) != 1:
            break
        other = joined[0]
        between = token.doc[token.i + 1 : other.i]
        if any(t.dep_ == "cc" and t.lower_ != "and" for t in between) \
                or any(t.lower_ in ("neither", "either") for t in head.lefts) \
                or other.ent_type_ not in _SPEAKING_LABELS:
            return []
        name = name_text(list(entity_of(other) or (other,)))
        if name is None:
            return []
        names.append(name)
        token = other
    # a list ends in "and" ("Rubio to, now, Cruz, Wilkin said" is no list of speakers)
    joined_by_and = any(t.dep_ == "cc" and t.lower_ == "and" for t in head.doc[head.i : token.i])
    return names if joined_by_and else []


def _may_speak(head: Token, speaker: Speaker) -> bool:
    """A name that may speak beside another: one the tagger labels so, or a proper noun it
    missed that names the person or body it resolved to (``Toomey and Sen. Kelly Ayotte``)."""
    if head.ent_type_ in _SPEAKING_LABELS:
        return True
    return head.tag_ == "NNP" and not head.ent_type_ and speaker.type in ("person", "organization") \
        and head.text in (speaker.name or "").split()  # (not "Oceans and Fisheries Minister X")


def joint_speaker(speaker: Speaker, head: Token, entities: DocumentEntities,
                  offset: int) -> Speaker:
    """``speaker``, the first of a joint subject, with the others' names joined to its own
    (each the fullest name the document gives it) and no one's title, role or organisation."""
    if speaker.name is None or not _may_speak(head, speaker):
        return speaker
    others = conjoined_names(head)
    if not others:
        return speaker
    names, types = [speaker.name], {str(speaker.type)}
    for written in others:
        entity = entities.find(written, "unknown", offset)
        name, kind = (entity.name, entity.type) if entity is not None \
            and entity.type in ("person", "organization") else (written, "unknown")
        if name in names:
            continue  # one name with an "and" in it ("Smith and Jones"), not said twice
        names.append(name)
        types.add(kind)
    if len(names) == 1:
        return speaker
    name = ", ".join(names[:-1]) + " and " + names[-1]
    kind = "organization" if types == {"organization"} else "group"
    return speaker.model_copy(update={"name": name, "type": kind, "title": None, "role": None,
                                      "organization": None, "party": None})
