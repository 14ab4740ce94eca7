"""Small entities and anaphors, built by hand, for the candidate and resolver tests."""

from __future__ import annotations

from quotes.extract.candidates import Anaphor
from quotes.extract.entities import DocumentEntities
from quotes.extract.referents import Entity, Mention


def entity(name: str, kind: str = "person", gender: str | None = None, title: str | None = None,
           role: str | None = None, mentions: tuple[tuple[int, int, str], ...] = ((0, 0, "subject"),
                                                                              )) -> Entity:
    found = Entity(name, kind, tuple(name.casefold().split()), title=title, role=role,
                   gender=gender, person_labels=1 if kind == "person" else 0)
    found.mentions = [Mention(start, start + len(name), paragraph, paragraph,
                              subject=function == "subject", function=function)
                      for start, paragraph, function in mentions]
    return found


def document(*entities: Entity) -> DocumentEntities:
    found = DocumentEntities()
    found.entities = list(entities)
    return found


def she(at: int = 500) -> Anaphor:
    return Anaphor(at, at + 3, at // 100, at // 100, "she", False, subject=True,
                   function="subject", speaker=True)


def nominal(form: str, at: int = 500, plural: bool = False) -> Anaphor:
    return Anaphor(at, at + len(form) + 4, at // 100, at // 100, form, True, frozenset({form}),
                   organization_noun=form in ("airline", "group", "government"), plural=plural,
                   subject=True, function="subject", speaker=True)


def organization_nominal(form: str, at: int = 500) -> Anaphor:
    return Anaphor(at, at + len(form) + 4, at // 100, at // 100, form, True, frozenset({form}),
                   organization_noun=True, subject=True, function="subject", speaker=True)
