"""The name of an organisation inside the phrase a speaker's office gives it.

``the Lagos investment firm Meridian Capital``, ``Andean Institute for Economic Studies in La
Paz``, ``Hull City Council's health scrutiny committee``, ``Poland's Ministry of Family``: news
describes, places and divides the bodies it names; the record gives the body by its name
(GUIDELINES.md), which :mod:`quotes.extract.bodies` then writes in full.
"""

from __future__ import annotations

import re

from quotes.extract.entities import DocumentEntities

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
