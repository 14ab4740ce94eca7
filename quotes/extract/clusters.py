"""What the whole document says of each speaker: one title, role and organisation per person.

A quote's own words often name the speaker only (``"...," Okoye said``); the story says what
they are elsewhere, before or after (``Jonah Okoye, a rookie defenceman``).  Issue 12 asks for
the fields of the best mention in the cluster; the entities gathered them all by the time the
last record is resolved, so the records are filled once, at the end.
"""

from __future__ import annotations

from quotes.extract.affiliations import (
    a_nation_word,
    chiefs_nations,
    teams_from_context,
)
from quotes.extract.anaphora import Coreference
from quotes.extract.bodies import body_of_its_kind
from quotes.extract.candidates import person_noun
from quotes.extract.kinds import GENERIC_KINDS
from quotes.extract.lexicon import titles, word_set
from quotes.extract.phrases import kin_role
from quotes.extract.referents import PLAIN_STYLES, Entity, name_words
from quotes.extract.seats import where_the_office_is
from quotes.records import Quote

STRAY_MODIFIERS = frozenset({"former", "ex", "then", "outgoing", "incoming", "interim", "acting",
                             "longtime", "retired", "other", "younger", "older"})


_MOMENT_WORDS = frozenset({
    "official", "officer", "member", "resident", "citizen", "voter", "guest", "reader", "viewer",
    "participant", "parent", "witness", "eyewitness", "bystander", "victim", "passenger",
    "pedestrian", "shopper", "commuter", "caller", "listener", "neighbor", "neighbour",
    "supporter", "employee", "worker", "expert", "star", "veteran", "rookie", "head", "leader",
    "interviewer", "interviewee", "questioner", "respondent", "host", "moderator", "narrator",
    "survivor", "detainee", "inmate", "migrant", "refugee", "immigrant", "tenant", "homeowner",
    "motorist", "teammate", "deputy", "assistant", "hopeful", "candidate", "nominee",
    "grandfather", "grandmother", "donor", "investor", "critic", "protester", "demonstrator",
    "student", "player", "executive", "director", "manager", "owner", "founder", "chair",
    "president", "boss", "aide", "delegate", "staffer", "specialist", "billionaire", "tycoon",
    "mogul"})
# (what someone is at one point of the story, or a word that wants its body: "the owner")


def _says_who(role: str | None) -> bool:
    """A role that ends in a word for someone (``front-runner``, ``partner``), not a stray
    modifier the parse left (``Former``, ``certain``) nor kinship."""
    last = role.split()[-1] if role else ""
    return bool(last) and not kin_role(role) and last.casefold() not in STRAY_MODIFIERS and (
        person_noun(last.casefold()) or last.capitalize() in titles() or last.isupper())


def _names_an_office(role: str | None) -> bool:
    """``rookie defenceman``, ``Florida senator``: a described office or trade, which holds for
    the speaker's other quotes; not ``boy`` or ``last man``, which an epithet says of someone
    at one point of the story, nor a bare ``official``, which names no one in particular
    (a wrong resolution would spread it to every quote of the person)."""
    words = role.split() if role else []
    last = words[-1] if words else ""
    if len(words) == 1 and last.casefold() not in _MOMENT_WORDS:
        return last.casefold() in word_set("role_words")
    return len(words) > 1 and _says_who(role) and (last.casefold() in word_set("role_words")
                                or last.capitalize() in titles())


def _short_form(short: str, full: str) -> bool:
    """``Ironhawks`` of ``Regina Ironhawks``: a name whose words end a longer name."""
    words, longer = name_words(short), name_words(full)
    return 0 < len(words) < len(longer) and longer[-len(words):] == words and not any(
        c in full for c in (",", "'s", "\u2019s"))  # (not "Carrier's parent company, ...")


def _entity_of(record: Quote, coref: Coreference) -> Entity | None:
    """The named entity a record's speaker is, if its name is the entity's own."""
    speaker = record.speaker
    entity = coref.entities.find(speaker.name, speaker.type, record.start) \
        if speaker.name and speaker.type in ("person", "organization") else None
    return entity if entity is not None and entity.name == speaker.name else None


def fields_of_the_cluster(records: list[Quote], coref: Coreference) -> list[Quote]:
    """Each named speaker's title, role and organisation as the whole document gives them:
    what a later mention said (``Jonah Okoye, a rookie defenceman,`` after ``"...," Okoye
    said``) fills what an earlier quote's words left out; what a quote's own words say stays."""
    entities = [_entity_of(record, coref) for record in records]
    at_body: dict[int, tuple[str, str]] = {}
    for k, (record, entity) in enumerate(zip(records, entities)):
        if entity is not None and record.speaker.type == "person":
            # "the rookie defenceman said" of Gagnon-Pelletier: what the epithet says of him
            # holds for his other quotes too; "the union leader", of the one union's leader
            role = record.speaker.role if _names_an_office(record.speaker.role) else None
            body = body_of_its_kind(role, coref.entities, record.start) if role and \
                role.split()[0].casefold() not in GENERIC_KINDS | {"campaign"} and \
                entity.organization is None and record.speaker.organization is None else None
            # (not "business mogul", "campaign spokesman": no one body of the story)
            if body is not None:
                at_body[k] = body
                entity.organization, role = body
            entity.role = entity.role or role
    teams_from_context(coref.entities, coref.view)  # ("the veteran centre": his team)
    chiefs_nations(coref.entities, coref.view.text)  # ("Chief Lorraine Bushie-Traverse": her First Nation)
    settled = []
    for k, (record, entity) in enumerate(zip(records, entities)):
        speaker = record.speaker
        if k in at_body:
            speaker = speaker.model_copy(update=dict(zip(("organization", "role"), at_body[k])))
            record = record.model_copy(update={"speaker": speaker})
        if entity is None:
            settled.append(record)
            continue
        role, organization = entity.role, entity.organization
        title = entity.title if speaker.title in PLAIN_STYLES and entity.title \
            else speaker.title or entity.title  # ("Mr. Hebert" of Potton Mayor Hebert: Mayor)
        if where_the_office_is(organization, title, speaker.role or role, coref.entities,
                               record.start):
            organization = None  # "Florida" of "Florida Sen. X": where, kept by the entity
            # for "the Florida senator", no organisation of a record
        update: dict[str, str | None] = {field: value for field, value in (
            ("title", entity.title), ("role", role if _says_who(role) else None),
            ("organization", organization if organization and organization.split()[-1][
                :1].isupper() and organization not in (speaker.name or "") else None))
            # (not "Democrats' presidential nomination", nor a body's own name)
            if value and getattr(speaker, field) is None}
        if record.attribution == "coreference" and role and speaker.role \
                and speaker.role.endswith(" " + role):
            update["role"] = role  # "She" before "Desjardins" settled "Blizzard head coach"
        if speaker.title in PLAIN_STYLES and entity.title and entity.title not in PLAIN_STYLES:
            update["title"] = entity.title  # "Ms Keane said" of Cllr Siobhán Keane: Cllr
        if speaker.organization and organization and organization != speaker.organization \
                and (_short_form(speaker.organization, organization)
                     or a_nation_word(speaker.organization)):  # "Band councillor": the nation
            update["organization"] = organization  # "Ironhawks" once "Regina Ironhawks" known
        if where_the_office_is(speaker.organization, title, speaker.role or role,
                               coref.entities, record.start):
            update["organization"] = None  # ("the Florida senator said")
        if speaker.type == "organization":
            update.pop("title", None)
        settled.append(record.model_copy(update={"speaker": speaker.model_copy(update=update)})
                       if update else record)
    return settled
