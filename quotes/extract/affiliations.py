"""Whom a speaker belongs to where the story says it by context, not beside the name.

A player's team: a game report names a player's position (``veteran centre Andre
Beaulieu``) and leaves the team to the sentence around it (``The Ironclads got goals from ...``,
``... to give the Laval Voyageurs a 3-2 win over the Hamilton Ironworkers``). The writers of
four train sets annotated that team as the player's organisation (GUIDELINES.md,
"organization"): the one team of that sentence that is neither another person's (``Kingston
Corsairs goaltender Aleksi Markkanen``), nor the side beaten (``over the Hamilton
Ironworkers``), nor a club the player left (``joined from Brigley Athletic``).

A First Nation's chief: ``Chief Lorraine Bushie-Traverse`` in a story about Wapiski Lake First
Nation leads that nation, the one the story names (train-canada's writer annotated it so).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.bodies import longer_name_of
from quotes.extract.entities import DocumentEntities
from quotes.extract.lexicon import word_set
from quotes.extract.nominals import in_headline
from quotes.extract.referents import Entity, Mention
from quotes.extract.segments import TextView

# positions that also name trades outside sport ("security guard", "the receiver appointed")
_NOT_ONLY_SPORT = frozenset({"guard", "point guard", "receiver", "keeper", "teammate", "rookie",
                             "center"})
# what a game report beats its opponent with ("a 3-2 win over X", "beat X"), or a player
# leaves a former club by ("joined from X")
_OPPONENT_PREPOSITIONS = frozenset({"over", "against", "past", "from"})
_OPPONENT_VERBS = frozenset({"beat", "defeat", "edge", "stun", "top", "down", "rout", "blank",
                             "outscore", "outshoot", "eliminate", "sweep", "upset"})
# what a side that lost did "to" the winner
_LOST = frozenset({"loss", "defeat", "lose", "fall"})
# what ends the name of a body that is no team ("Tidewell Foods", "Harmon Valley City Schools")
_NOT_TEAM_ENDINGS = frozenset({"schools", "services", "affairs", "resources", "nations",
                               "systems", "partners", "holdings", "communications", "airlines",
                               "industries", "foods", "associates", "studies", "sciences",
                               "games", "sports", "relations", "works", "investments"})


def plays_for_no_one(entity: Entity) -> bool:
    """A person whose role is a sports position and who has no organisation yet."""
    role = (entity.role or "").casefold()
    words = role.split()
    return entity.type == "person" and entity.organization is None and bool(words) and (
        words[-1] in word_set("sports_positions") or role in word_set("sports_positions")) \
        and words[-1] not in _NOT_ONLY_SPORT and role not in _NOT_ONLY_SPORT


def looks_like_team(entity: Entity) -> bool:
    """A name of two words or more ending in a plural (``Hamilton Ironclads``) or a club's
    word (``Coastal Stars FC``, ``Halverton Town``): the shape of a team's name."""
    words = entity.words
    if entity.type != "organization" or len(words) < 2:
        return False
    last = words[-1]
    plural = last.endswith("s") and not last.endswith("ss") and last not in _NOT_TEAM_ENDINGS \
        and last not in word_set("company_name_words") \
        and last not in word_set("organization_nouns")
    return plural or last in word_set("club_name_endings")


def _other_side(token: Token) -> bool:
    """The other side of a game (``over the Hamilton Ironworkers``, ``beat X``, ``a loss to
    X``) or a club left (``joined from X``)."""
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and (head.lower_ in _OPPONENT_PREPOSITIONS or head.lower_ == "to"
                                 and head.head.lemma_.lower() in _LOST):
        return True  # ("a 3-2 win over X", "a 3-1 loss to X", "fell to X")
    return token.dep_ in ("dobj", "obj") and head.lemma_.lower() in _OPPONENT_VERBS


def _sides(entities: DocumentEntities, view: TextView) -> dict[str, list[Mention]]:
    """Each team of the document with the mentions that name it: its own, its short form's
    (``the Red Tails`` of the Regina Red Tails), and its city's where the city stands for the
    one team named for it (``scored Hamilton's first goal``; not ``off a Regina skate``, a
    city's word before a thing)."""
    sides = {e.name: list(e.mentions) for e in entities.entities if looks_like_team(e)}
    for short in entities.entities:
        team = longer_name_of(short, entities) if sides and short.type in (
            "place", "organization") else None
        if team in sides and team != short.name:
            sides[team] += [m for m in short.mentions if short.type == "organization" or (
                t := view.token_at(m.end - 1)) is not None and t.dep_ != "compound"]
            sides.pop(short.name, None)
    return sides


def _team_of_sentence(sentence: int, player: Entity, sides: dict[str, list[Mention]],
                      known: dict[str, str], people: list[Entity], view: TextView) -> str | None:
    """The one team of ``sentence`` that the player may play for; None if none or several.
    ``known`` holds the teams the text itself gave people, by name (not this pass's)."""
    claimed = {known.get(p.name) for p in people if p is not player
               and any(m.sentence == sentence for m in p.mentions)}
    found = []
    for team, mentions in sides.items():
        here = [m for m in mentions if m.sentence == sentence and not m.in_quote]
        if not here or team in claimed:
            continue
        token = view.token_at(here[0].end - 1)
        if token is not None and _other_side(token):
            continue
        found.append(team)
    return found[0] if len(found) == 1 else None


def teams_from_context(entities: DocumentEntities, view: TextView) -> None:
    """Give each player with a position and no organisation the team of the first sentence
    about them that names one team they may play for (GUIDELINES.md, "organization")."""
    players = [p for p in entities.entities if plays_for_no_one(p)]
    sides = _sides(entities, view) if players else {}
    if not sides:
        return
    people = [e for e in entities.entities if e.type == "person"]
    known = {p.name: p.organization for p in people if p.organization}
    named = {m.sentence for mentions in sides.values() for m in mentions}
    for player in players:
        sentences = sorted({m.sentence for m in player.mentions if not m.in_quote} & named)
        if sentences:
            player.organization = _team_of_sentence(sentences[0], player, sides, known, people,
                                                    view)


# what ends the name of an Indigenous nation or band a chief leads
_NATION_WORDS = frozenset({"nation", "band", "tribe"})


def a_nation_word(organization: str | None) -> bool:
    """``Band`` of ``Band councillor``: a word for a First Nation, no name of one."""
    return (organization or "").casefold() in _NATION_WORDS


def chiefs_nations(entities: DocumentEntities, text: str) -> None:
    """Give a person titled ``Chief`` and of no organisation, or a ``Band councillor``, the one
    First Nation, band or tribe the story names (``Fire Chief`` and ``Police Chief`` are other
    titles; ``the First Nation`` is no name of one, nor, beside one the story names, a
    headline's ``Ontario First Nation marks 10 years``, which says where it is)."""
    named = [e for e in entities.entities if e.type == "organization"
             and len(e.words) > 1 and e.words[-1] in _NATION_WORDS
             and e.words != ("first", "nation")]
    in_story = {e.name for e in named if not all(in_headline(text, m.start) for m in e.mentions)}
    nations = in_story or {e.name for e in named}
    if len(nations) != 1:
        return
    for person in entities.entities:
        chief = (person.title or "").casefold() == "chief"
        band = a_nation_word((person.role or "").partition(" ")[0])  # "Band councillor"
        if person.type == "person" and (person.organization is None and (chief or band)
                                        or a_nation_word(person.organization)):
            person.organization = next(iter(nations))
