"""What the whole document says of each speaker: one title, role and organisation per person.

A quote's own words often name the speaker only (``"...," Okoye said``); the story says what
they are elsewhere, before or after (``Jonah Okoye, a rookie defenceman``).  Issue 12 asks for
the fields of the best mention in the cluster; the entities gathered them all by the time the
last record is resolved, so the records are filled once, at the end.
"""

from __future__ import annotations

from quotes.extract.anaphora import Coreference
from quotes.extract.candidates import person_noun
from quotes.extract.lexicon import titles
from quotes.extract.phrases import kin_role
from quotes.extract.referents import PLAIN_STYLES
from quotes.records import Quote

STRAY_MODIFIERS = frozenset({"former", "ex", "then", "outgoing", "incoming", "interim", "acting",
                             "longtime", "retired", "other", "younger", "older"})


def _says_who(role: str | None) -> bool:
    """A role that ends in a word for someone (``front-runner``, ``partner``), not a stray
    modifier the parse left (``Former``, ``certain``) nor kinship."""
    last = role.split()[-1] if role else ""
    return bool(last) and not kin_role(role) and last.casefold() not in STRAY_MODIFIERS and (
        person_noun(last.casefold()) or last.capitalize() in titles() or last.isupper())


def fields_of_the_cluster(records: list[Quote], coref: Coreference) -> list[Quote]:
    """Each named speaker's title, role and organisation as the whole document gives them:
    what a later mention said (``Jonah Okoye, a rookie defenceman,`` after ``"...," Okoye
    said``) fills what an earlier quote's words left out; what a quote's own words say stays."""
    settled = []
    for record in records:
        speaker = record.speaker
        entity = coref.entities.find(speaker.name, speaker.type, record.start) \
            if speaker.name and speaker.type in ("person", "organization") else None
        if entity is None or entity.name != speaker.name:
            settled.append(record)
            continue
        role, organization = entity.role, entity.organization
        update = {field: value for field, value in (
            ("title", entity.title), ("role", role if _says_who(role) else None),
            ("organization", organization if organization and organization.split()[-1][
                :1].isupper() and organization not in speaker.name else None))
            # (not "Democrats' presidential nomination", nor a body's own name)
            if value and getattr(speaker, field) is None}
        if speaker.title in PLAIN_STYLES and entity.title and entity.title not in PLAIN_STYLES:
            update["title"] = entity.title  # "Ms Keane said" of Cllr Siobhán Keane: Cllr
        if speaker.type == "organization":
            update.pop("title", None)
        settled.append(record.model_copy(update={"speaker": speaker.model_copy(update=update)})
                       if update else record)
    return settled
