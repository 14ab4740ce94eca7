"""The name of an organisation inside the phrase a speaker's office gives it.

``the Lagos investment firm Meridian Capital``, ``Andean Institute for Economic Studies in La
Paz``, ``Hull City Council's health scrutiny committee``, ``Poland's Ministry of Family``: news
describes, places and divides the bodies it names; the record gives the body by its name
(GUIDELINES.md), which :mod:`quotes.extract.bodies` then writes in full.
"""

from __future__ import annotations

import re

from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import kind_nouns
from quotes.extract.lexicon import word_set
from quotes.extract.matching import a_plural
from quotes.extract.referents import initials, name_words

# words before a body's name that make it the role's own words ("president of Acme")
_BEFORE_A_BODY = frozenset({"of", "for", "at", "with", "in", "from", "to", "on"})
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "le"})


def name_in_phrase(organization: str, entities: DocumentEntities, offset: int) -> str | None:
    """``the Lagos investment firm Meridian Capital``, ``the ruling Jan Pragati Party``,
    ``Andean Institute for Economic Studies in La Paz``, ``Hull City Council's health scrutiny
    committee``: the organisation the document names inside a phrase that describes, places or
    divides it; None if the phrase holds no such name.  A place's possessive before it says
    where it is (``Poland's Ministry of Family, Labour and Social Policy``, ``Senegal's
    fisheries ministry``)."""
    owned = re.match(r"(.+?)['\u2019]s (.+)", organization)
    place = entities.find(owned[1], "unknown", offset) if owned else None
    if owned and place is not None and place.type == "place":
        return owned[2]
    for piece in _name_pieces(organization):
        name = " ".join(piece)
        entity = entities.find(name, "organization", offset) \
            if name != organization and name[:1].isupper() else None
        if entity is not None and entity.type == "organization":
            return name  # (in full below, as any organisation written short)
    return None


def _name_pieces(phrase: str) -> list[list[str]]:
    """The runs of words in an organisation's phrase that may be its name."""
    if ", " in phrase:  # "Carrier's parent company, United Technologies", "House Majority PAC,
        # a Democratic super PAC": the part that is all name (not "University of California,
        # San Diego", all name)
        parts = [p.split() for p in phrase.split(", ")]
        names = [p for p in parts if all(w[:1].isupper() or w in _NAME_JOINERS for w in p)]
        return names if len(names) < len(parts) else []
    words = phrase.rsplit(" in ", 1)[0].split()  # where it is comes after the name
    described = [k for k, w in enumerate(words) if w[:1].islower() and w not in _NAME_JOINERS]
    if not described or described[-1] + 1 < len(words):
        return [words[described[-1] + 1:] if described else words]  # what it is comes before
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s"))), None)
    if owner is not None and all(w.islower() for w in words[owner + 1:]):
        return [words[:owner] + [words[owner][:-2]]]  # a unit of it comes after its possessive
    return []


def role_without_body(role: str | None, organization: str | None) -> str | None:
    """``senior DGCA official`` of the Directorate General of Civil Aviation, ``former
    Blackjacks captain`` of the Estevan Blackjacks: a word before the office that is the
    organisation's acronym or a team's short name is the organisation's, no word of the role
    (GUIDELINES.md: ``senior official``, ``former captain``); not a portfolio (``Fire Chief``,
    ``Elections Director``, ``Senate candidate``) nor a word after a preposition."""
    if not role or not organization:
        return role
    words, body = role.split(), name_words(organization)
    generic = kind_nouns() | word_set("organization_name_endings") | word_set(
        "company_name_words") | word_set("public_body_words") | word_set(
        "place_government_words") | word_set("media_name_words")  # (not the Global Times)
    team = body[-1] if len(body) > 1 and a_plural(body[-1]) and not set(body) & generic else None
    for i, word in enumerate(words[:-1]):
        word_of_body = word.casefold() in (initials(body) if len(body) > 2 else None, team)
        if word_of_body and word[:1].isupper() and words[i + 1][:1].islower() and (
                i == 0 or words[i - 1].casefold() not in _BEFORE_A_BODY):
            return " ".join(words[:i] + words[i + 1:])
    return role
