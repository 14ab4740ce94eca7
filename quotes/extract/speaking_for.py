"""Whom a speaker speaks for when the office says nothing of which body: a spokesperson of the
body that spoke just before (``The regulator said ... Spokesperson Carla Dunsmore said``), a
union's organiser of the union that did (``The union's regional organiser``), and a campaign's
staff of the candidate whose name opens the office (``Ruelas campaign manager``)."""

from __future__ import annotations

import re

from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import kind_nouns
from quotes.extract.phrases import SPEAKING_FOR, campaign_role
from quotes.extract.referents import Entity


def body_spoken_for(role: str | None, entities: DocumentEntities, offset: int) -> str | None:
    """The one named body that spoke just before a spokesperson of no body, when no person
    acted there too (``Carter sent the emails. Carter's press secretary, Peter Cook, told the
    Times`` is Carter's, not the Times'); None otherwise."""
    if (role or "").lower() not in SPEAKING_FOR:
        return None
    bodies = _who_just_spoke(entities, offset, "organization")
    if len(bodies) != 1 or _who_just_spoke(entities, offset, "person"):
        return None
    return bodies[0].name


def body_spoken_of_before(noun: str, entities: DocumentEntities, offset: int
                          ) -> Entity | None:
    """``Unison, which represents nurses ..., said ... The union's regional organiser``: the one
    organisation the sentence before had speak or act, when none is named by ``noun`` and its
    name is of no other kind."""
    if noun not in _MEMBERS_BODIES:
        return None  # (a company is found by its name: the_company_of)
    found = _who_just_spoke(entities, offset, "organization")
    return found[0] if len(found) == 1 and not set(found[0].words) & (
        kind_nouns() - {noun}) else None


def _who_just_spoke(entities: DocumentEntities, offset: int, kind: str) -> list[Entity]:
    """The named organisations (or people) the sentence before, or this one so far, had speak
    or act."""
    sentence = entities.sentence_of(offset)
    return [e for e in entities.entities if e.type == kind and e.named
            and (m := e.last_before(offset)) is not None and (m.subject or m.speaker)
            and sentence - 1 <= m.sentence <= sentence]


# bodies whose names often say nothing of their kind ("Unison", "Oxfam", "Common Cause")
_MEMBERS_BODIES = frozenset({"union", "association", "charity", "group", "coalition",
                             "federation", "network", "campaign", "society", "organisation",
                             "organization", "alliance", "league", "foundation"})


# "Ruelas campaign manager", "Strand campaign spokeswoman": a candidate's campaign, named so
# (not "Delane's campaign manager": the writers leave a possessive's campaign unnamed)
_CAMPAIGN_ROLE = re.compile(r"([A-Z][\w\u2019-]+) (campaign(?: .+)?)")


def candidate_campaign(organization: str | None, role: str | None,
                       entities: DocumentEntities, offset: int) -> tuple[str, str] | None:
    """(organisation, role) for an office in a candidate's campaign: the body is the campaign
    by the candidate's family name, as the story writes it (``Ruelas campaign``), and a
    spokesperson's role is the rest (GUIDELINES.md: ``campaign spokeswoman``); None if the
    words before ``campaign`` name no person of the story."""
    if not role or organization:
        return None  # (a possessor's: "Delane's campaign manager"; or settled already)
    match = _CAMPAIGN_ROLE.fullmatch(role)
    owner = entities.find(match.group(1), "person", offset) if match else None
    if match is None or owner is None or owner.type != "person" or not owner.named:
        return None
    return f"{owner.name.split()[-1]} campaign", campaign_role(match.group(2))
