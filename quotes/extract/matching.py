"""Which entity a name written in a document refers to: the same name, a surname of a fuller
name, an acronym, a company without its suffix, a body or a team by the last word of its name.
Entities are gathered by ``entities``; this is the one test they and the resolver share."""

from __future__ import annotations

from quotes.extract.lexicon import given_name_gender, word_set
from quotes.extract.referents import COMPANY_SUFFIXES, MEMBERS_BODIES, Entity, initials


def match_entity(entities: list[Entity], words: tuple[str, ...], kind: str,
                 offset: int, given_names: bool = False, gender: str | None = None,
                 paragraph: int | None = None) -> Entity | None:
    """Same name; a surname (or given and family name) of a fuller person's name; an acronym;
    a company name without its ``Inc.``.  Among several, the one mentioned last before; but a
    surname two people share is the one named most so far, or first (news names a relative
    introduced later in full again: ``Jared Padalecki ... his mother, Sherri Padalecki ...
    Padalecki said`` is Jared), unless ``gender`` (``Mrs. Padalecki``) says which or one of
    them was named in full in the same ``paragraph``.

    ``given_names``: a lone word may also be the first word of one person's name (``Tan``
    for ``Tan Wei Ming``, ``Hillary``), or the second of three or more (``Gary Tan Wei
    Ming``); for naming a speaker only, not for grouping mentions, where it would make a
    family's other members the last named (``Mr. Trump`` went to his brother Freddy on
    PolNeAR train)."""
    if not words:
        return None
    found: list[Entity] = []
    first_words: list[Entity] = []
    last_words: list[Entity] = []  # "the Commission" for the one commission named in full
    given: list[Entity] = []
    for entity in entities:
        if words in entity.aliases or words == entity.words:
            found.append(entity)
            continue
        full = entity.words
        if entity.type == "person" and kind in ("person", "unknown", "organization") and \
                len(words) < len(full) and (full[-len(words):] == words
                                            or words == (full[0], full[-1])) or entity.type == "organization" and len(words) == 1 and len(words[0]) >= 2 and \
                words[0] == initials(full) and len(full) >= 2 or entity.type == "organization" and kind == "organization" and \
                len(words) < len(full) and full[: len(words)] == words and \
                set(full[len(words):]) <= COMPANY_SUFFIXES:
            found.append(entity)
        elif _first_word_of(entity, words, kind) or _surname_of_tagged_body(entity, words, kind):
            first_words.append(entity)
        elif _last_word_of(entity, words, kind):
            last_words.append(entity)
        elif given_names and entity.type == "person" and (kind in ("person", "unknown") or (
                kind == "organization" and (entity.age or given_name_gender(full[0])))) \
                and len(words) == 1 and len(full) >= 2 and (
                    full[0] == words[0] or len(full) >= 3 and full[1] == words[0]):
            # "Tan said" after "Tan Wei Ming" or "Gary Tan Wei Ming" (a family name after an
            # English given name), "Hillary" after "Hillary Clinton"; "Amara said" after
            # "Amara Sesay, 11," though the tagger took the lone word for a body
            given.append(entity)
    # a name that is a whole name or a surname is not a first word; a given name that two
    # people share names neither
    if len(given) == 1 and all(len(e.words) == 1 for e in found):
        found = given  # ("Tan" said the tagger alone: the one fuller name it opens)
    found = found or first_words or (last_words if len(last_words) == 1 else [])
    if not found:
        return None
    if kind == "person" or len(words) == 1:
        # a bare surname is a person's before a company's of the same word (Podesta)
        people = [e for e in found if e.type == "person"]
        found = people or found
    if gender is not None:
        # "Mr. Hollis" is not Margaret Hollis, the only Hollis named: her husband, unnamed
        found = [e for e in found if e.type != "person" or len(e.words) < 2
                 or given_name_gender(e.words[0]) in (None, gender)]
        if not found:
            return None

    def recency(entity: Entity) -> tuple[int, int]:
        last = entity.last_before(offset)
        return (1, last.start) if last is not None else (0, -entity.mentions[0].start)

    family = [e for e in found if e.type == "person" and len(e.words) > len(words) >= 1
              and e.words[-len(words):] == words]
    if len(family) > 1 and len(family) == len(found):
        family = [e for e in family if gender is None or given_name_gender(e.words[0]) in (
            None, gender)] or family
        recent = max(family, key=recency)
        last = recent.last_before(offset)
        if last is not None and last.paragraph == paragraph:
            return recent  # "Bill Clinton spoke with voters ... Clinton said"
        # the one the text has named most so far; among equals, one with a given name (not
        # "AG Mukasey"), the first introduced
        return min(family, key=lambda e: (e.last_before(offset) is None,
                                          -sum(m.start < offset for m in e.mentions),
                                          given_name_gender(e.words[0]) is None,
                                          e.mentions[0].start))
    return max(found, key=recency)


def _surname_of_tagged_body(entity: Entity, words: tuple[str, ...], kind: str) -> bool:
    """``Hannity asked`` after ``Sean Hannity``, which the tagger took for an organisation:
    a word that may be a name finds a two-word name of no body's form that ends in it."""
    if entity.type != "organization" or kind != "unknown" or len(words) != 1 \
            or len(entity.words) != 2 or entity.words[-1] != words[0]:
        return False
    bodies = word_set("organization_nouns") | word_set("organization_name_endings") \
        | word_set("place_nouns") | COMPANY_SUFFIXES
    return entity.name.istitle() and not bodies & set(entity.words)


def _first_word_of(entity: Entity, words: tuple[str, ...], kind: str) -> bool:
    """``Corvane said`` after ``Corvane Resources Ltd.``: a company named by its first word, as
    news writes it once it has given the full name (a word of four letters or more, and a full
    name that ends like a company's: not ``Trump`` for ``Trump Train``)."""
    last = entity.words[-1].rstrip(".") if entity.words else ""
    if len(entity.words) >= 3 and last in MEMBERS_BODIES or len(entity.words) > len(words) \
            and entity.words[len(words)].endswith("s'"):
        return False  # "Aerlys" is no "Aerlys Pilots Association", "Inverclyde Athletic" no
        # "Inverclyde Athletic Supporters' Trust": its members' own body
    return entity.type == "organization" and kind in ("organization", "unknown", "person") \
        and (len(words) > 1 or len(words[0]) >= 4) and len(entity.words) > len(words) and \
        entity.words[: len(words)] == words and \
        last in word_set("organization_name_endings") | word_set("company_name_words")


def _last_word_of(entity: Entity, words: tuple[str, ...], kind: str) -> bool:
    """``the Commission said`` after ``the European Commission``: a body the tagger named by
    the word its name ends in (``Commission``, ``Authority``; not a bare ``the bank``); a
    newspaper by its last word (``the Post`` after ``The Washington Post``); a team by its
    plural (``Ironhawks``)."""
    if kind != "organization" or len(words) != 1 or len(entity.words) < 2 \
            or entity.words[-1] != words[0]:
        return False
    return entity.type == "organization" and words[0] in (
        word_set("organization_name_endings") - COMPANY_SUFFIXES
        | word_set("newspaper_name_endings")) or team_of(entity, words)


def team_of(entity: Entity, words: tuple[str, ...]) -> bool:
    """``Ironhawks`` of ``the Regina Ironhawks``, which the tagger may take for a place: a
    plural that ends a two-word name is a team's short name."""
    return entity.type in ("organization", "place") and len(words) == 1 \
        and len(entity.words) == 2 and entity.words[-1] == words[0] and a_plural(words[0])


def a_plural(word: str) -> bool:
    """``Ironhawks``, ``Gaels``: a word that reads as a plural (not ``Ross``, ``Kiss``)."""
    return word.endswith("s") and not word.endswith("ss")
