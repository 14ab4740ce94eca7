"""Which organisation a kind of body names: ``the union``, ``company spokeswoman``, ``the
department``, ``the Prague-based central bank``.

News calls a body by its kind once it has named it (or just before it does); the one body of
the document of that kind, by its name, by what the story called it, or by the shape of its
name (a company's words, a Canadian federal department's ``... Canada``), is the one meant.
"""

from __future__ import annotations

from functools import cache

from quotes.extract.entities import DocumentEntities
from quotes.extract.lexicon import nominal_name_words, word_set
from quotes.extract.referents import Entity


def kind_nouns() -> frozenset[str]:
    """Nouns for a kind of body (``union``, ``agency``, ``district``) a role or a nominal may
    name it by."""
    return word_set("organization_nouns") | {"district", "schools", "regulator", "watchdog",
                                             "bank"}


# a sports club's name says what it is by its ending ("Cwm Tawe Harlequins RFC", "St Fintan's
# AFC", "Redwater United")
_CLUB_WORDS = ("fc", "afc", "rfc", "sc", "cf", "fk", "sk", "gaa", "united", "rovers", "athletic",
               "wanderers", "albion")
_KINDS = {"agency": ("agency", "authority", "commission", "administration"),
          "district": ("district", "schools"), "schools": ("schools", "district"),
          "firm": ("company",), "club": ("club", *_CLUB_WORDS), "team": _CLUB_WORDS,
          "league": ("league", "liga")}


@cache
def _kind_words(noun: str) -> frozenset[str]:
    """Words the name of a body of the kind ``noun`` may hold: a department's and a
    regulator's those the lexicon gives nominals (``the competition regulator``: the Market
    Oversight Agency; a regulator may be named a watchdog too), else the kind's own."""
    if noun in ("regulator", "watchdog"):
        return nominal_name_words("regulator") | {"watchdog"}
    if noun == "department":
        return nominal_name_words("department")
    return frozenset(_KINDS.get(noun, (noun,)))


def the_one_of_its_kind(kind: tuple[str, ...], entities: DocumentEntities, offset: int
                        ) -> Entity | None:
    """The one organisation named before ``offset`` that is of ``kind`` (``("police",)``,
    ``("school", "district")``, ``("company",)``): by a name ending in the kind or holding its
    last word (``Winnipeg Police Service``), by a role saying so, a company by a company's
    name (``Gulfline Petrochemical``, even when the tagger took it for a person's), a campaign
    by a candidate's committee (``Whitfield for President``); None if none or several."""
    found = [e for e in entities.entities if e.named and e.mentions[0].start < offset
             and of_its_kind(e, kind)]
    if len(found) > 1:  # "Chebucto University", not its "Students' Union" nor "Faculty
        # Association", whose names hold its own
        ending = [e for e in found if e.words[-1] in _kind_words(kind[-1])]
        said = [e for e in found if kind[-1] in (e.role or "").casefold().split()]
        if len(ending) == 1 and all(holds(e.words, ending[0].words) for e in found
                                    if e is not ending[0]):
            found = ending
        elif len(said) == 1:
            found = said  # ("Denver Public Schools, the state's largest district")
        elif kind[-1] in COMPANY_KINDS:
            found = _the_story_is_about(found, offset)
    return found[0] if len(found) == 1 else None


def holds(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """``words`` hold ``name`` whole, in order (a body's name inside a part of it)."""
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


# what a business story calls the company it is about ("The company's chief financial officer")
COMPANY_KINDS = frozenset({"company", "firm", "business", "corporation"})


def _the_story_is_about(bodies: list[Entity], offset: int) -> list[Entity]:
    """The one of ``bodies`` the story is about, named before ``offset`` at least three times
    as often as any other (``Tidewater Energy``, not the bank an analyst works at); else all."""
    counts = sorted(((sum(m.start < offset for m in e.mentions), i) for i, e in enumerate(bodies)),
                    reverse=True)
    (top, first), (second, _) = counts[0], counts[1]
    return [bodies[first]] if top >= 3 and top >= 3 * second else bodies


def of_its_kind(entity: Entity, kind: tuple[str, ...]) -> bool:
    """``entity`` is an organisation of ``kind``, as :func:`the_one_of_its_kind` tells."""
    size, noun = len(kind), kind[-1]
    nouns = _kind_words(noun)
    return len(entity.words) > size and (
        entity.type == "organization" and (
            kind == tuple(w.rstrip("'s") for w in entity.words[-size:])
            or size == 1 and any(n in entity.words or n in (entity.role or "").casefold().split()
                                 for n in nouns)
            or noun == "campaign" and "for" in entity.words[1:-1])
        or entity.type == "place" and size == 1 and noun in entity.words[:-1]
        and noun in word_set("place_government_words")  # "the city's": the City of Saskatoon
        or "company" in nouns and entity.words[-1] in word_set("company_name_words")
        and not named_as_public_body(entity)  # (not the "Ministry of Energy and Mineral
        # Resources", nor a "Department of Natural Resources")
        or "department" in nouns and _federal_department(entity))


def says_its_kind(entity: Entity) -> bool:
    """A name holding a word for a kind of body or business (``Clare County Council``,
    ``Cascade Pacific Rail``), unlike ``Inverclyde Athletic`` or ``Oxfam``."""
    return bool(set(entity.words) & (kind_nouns() | word_set("organization_name_endings")
                                     | word_set("company_name_words")))


def named_as_public_body(entity: Entity) -> bool:
    """A name holding a public body's word (``ministry``, ``court``, ``union``): no company's,
    whatever words it ends in."""
    return bool(set(entity.words) & word_set("public_body_words"))


def _federal_department(entity: Entity) -> bool:
    """``Indigenous Services Canada``, ``Transport Canada``: Canada names its federal
    departments so (not ``Air Canada``, a company)."""
    return entity.type == "organization" and len(entity.words) > 1 \
        and entity.words[-1] == "canada" and not (
            len(entity.words) == 2 and entity.words[0] in word_set("organization_name_endings"))


# nouns any organisation may be called by, beside the nouns of one kind ("union", "police")
GENERIC_KINDS = frozenset({"company", "firm", "group", "organization", "organisation",
                           "business", "corporation", "operator"})


def may_be_called(entity: Entity, noun: str) -> bool:
    """``the company`` may name any organisation the text did not say is of another kind
    (``Minera Altiplano``); ``the union`` only a union."""
    if of_its_kind(entity, (noun,)):
        return True
    return entity.type == "organization" and noun in GENERIC_KINDS and not any(
        w in kind_nouns() - GENERIC_KINDS for w in entity.words)


def the_one_so_named(phrase: str, entities: DocumentEntities, offset: int) -> Entity | None:
    """``central bank`` among banks: the one organisation named before ``offset`` whose name
    holds every word of the phrase (Central Bank of Chile, not Banco Andino)."""
    words = phrase.casefold().split()
    found = [e for e in entities.entities if e.type == "organization" and e.named
             and e.mentions[0].start < offset and all(w in e.words for w in words)]
    return found[0] if len(found) == 1 else None


# what a university's short form leaves out ("Carver State", "Penn State")
_SCHOOL_WORDS = frozenset({"university", "college"})


def completes(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """``Reserve Bank`` of ``Reserve Bank of New Zealand``, ``Carver State`` of ``Carver State
    University``, ``St. Brendan's`` of ``St. Brendan's Hospital``: a longer name that goes on
    from a short one of two words or more with its ``of`` and a place or with the kind of body
    it is, or with a university's own word."""
    size = len(words)
    added = longer[size:] if len(longer) > size and longer[:size] == words else ()
    return bool(added) and (set(added) <= _SCHOOL_WORDS or size > 1 and (
        added[0] == "of" or set(added) <= kind_nouns()))  # (not "Democratic" of "Democratic
    # Party", "Clinton" of "Clinton Foundation": an adjective, a person)
