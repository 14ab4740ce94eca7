"""Who the speaker is: the mention at the attribution site turned into a ``Speaker``.

The document's entities (``entities``) are built once; each candidate's speaker words are then
resolved in reading order: names to their entity's fullest name, pronouns and definite
nominals through the trained resolver (``anaphora``, ``resolver``), relative pronouns to the
noun they hang on, continuations to the previous quote's speaker.  Title, role and
organisation come from the mention itself, else from what the document said of the entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from quotes.extract.anaphora import Coreference, is_definite_nominal, taken_for_a_name
from quotes.extract.anatomy import campaign_named, someone_new
from quotes.extract.attribution import RELATIVE_PRONOUNS, Candidate
from quotes.extract.bodies import organization_settled
from quotes.extract.body_names import role_without_body
from quotes.extract.candidates import (
    PRONOUNS,
    a_trade,
    is_epithet,
    party_epithet,
    person_noun,
)
from quotes.extract.continuing import (
    body_goes_on,
    he_or_she_by_rules,
    issuer_goes_on,
    one_member_of,
    speaker_so_described,
    unnamed_speaker_goes_on,
)
from quotes.extract.entities import DocumentEntities
from quotes.extract.joint import joint_speaker
from quotes.extract.kinds import kind_nouns
from quotes.extract.lexicon import given_name_gender, word_set
from quotes.extract.mentions import describe
from quotes.extract.nominals import (
    called_so_before,
    court_that_ruled,
    epithet_names,
    headline_names,
    in_headline,
    issued_before,
    lede_nominal_names,
    name_set_before,
    object_of_its_verb,
    of_another_body,
    only_one_so_described,
    relative_named,
    the_body_so_called,
    the_only_police,
)
from quotes.extract.phrases import kin_role
from quotes.extract.referents import Entity, give_title, name_words
from quotes.extract.referred import body_of_place, organization_referred
from quotes.extract.seats import where_the_office_is
from quotes.extract.segments import TextView
from quotes.extract.sites import previous_char
from quotes.records import Attribution, Quote, Span, Speaker

MIN_UNATTRIBUTED_WORDS = 4


@dataclass
class DocumentContext:
    """What reading a document carries from one stretch of it to the next: its entities (plain
    data, old mentions forgotten) and the last record, which an unattributed quote continues."""

    entities: DocumentEntities = field(default_factory=DocumentEntities)
    last_record: Quote | None = None


def document_coreference(view: TextView, paragraph_at: Callable[[int], int],
                         quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                         context: DocumentContext) -> Coreference:
    """The entities of ``view`` added to the document's, ready to resolve its speakers in
    reading order."""
    context.entities.add(view, paragraph_at, quote_ranges, cue_heads)
    return Coreference(view, context.entities, paragraph_at, quote_ranges, cue_heads)


def _relative_pronoun(candidate: Candidate) -> Token | None:
    """The ``who`` / ``which`` of a cue in a relative clause, when it stands for the speaker."""
    if candidate.cue is None or candidate.speaker is None or candidate.cue.is_phrase:
        return None
    verb = candidate.cue.head
    if verb.dep_ != "relcl" or verb.head.i != candidate.speaker.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS),
                None)


def _tidy_mention_end(text: str, candidate: Candidate, start: int, end: int) -> int:
    """A speaker phrase the parser ran on into the words (``Pence: Flowers won't ...``)
    ends where they begin; one that stops inside brackets (``Rep. Cummings (D-Md.``)
    takes the closing bracket."""
    for part_start, _ in candidate.parts:
        if start < part_start < end:
            end = part_start
            while end > start and (text[end - 1].isspace() or text[end - 1] in ":,\u2014-"):
                end -= 1
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text[end : end + 1] == ")":
        end += 1
    return end


def _short_name(text: str) -> bool:
    """One to three capitalised words (a title may open them): what may be a known name."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _from_entity(entity: Entity, mention: Span, own_role: str | None = None,
                 own_organization: str | None = None) -> Speaker:
    """The speaker an anaphor resolved to.  A group the text never names (``Union leaders``)
    has no name: its words say who, as the role."""
    if not entity.named:
        return Speaker(role=entity.name, type="group", mention=mention)
    said = entity.described_words() - (entity.epithets if own_organization else set())
    if own_role and set(own_role.casefold().split()) <= said:
        own_role = None  # "said the mayor" of Mayor Ann Lee: the title says it already; a bare
        # "the founder" repeats what the text made of her, but "the founder of Acme Press"
        # states a role at a body
    if entity.type in ("organization", "place"):
        own_role = None  # "..., the airline said" of Skyline Air: what it is, no role
    role = entity.role or own_role
    return Speaker(name=entity.name, title=entity.title, role=None if kin_role(role) else role,
                   organization=entity.organization or own_organization,
                   type=entity.type if entity.type != "place" else "organization",  # type: ignore[arg-type]
                   party=entity.party, mention=mention)


def _take_the_office_organization(entity: Entity, role: str | None,
                                  organization: str | None) -> None:
    """``says the chief of Kinosew Lake Cree Nation`` of Chief Rosalie Wapahkesis: the office the
    nominal names is hers, so her later quotes are the nation's too."""
    if entity.type == "person" and entity.organization is None and organization and role \
            and role.split()[-1].casefold() in entity.described_words():
        entity.organization = organization


def _continuation(text: str, candidate: Candidate,
                  records: list[Quote]) -> tuple[Speaker, Attribution | None]:
    """An unattributed quotation: the previous quote's speaker goes on, or nobody is named."""
    previous = records[-1] if records else None
    opens = previous_char(text, candidate.start - 1, 0) in ("", "\n", ".", "!", "?") or \
        text[:candidate.start].rstrip(" \"'\u201c\u2018\u00ab").endswith(("\n", ".", "!", "?"))
    known = previous is not None and (previous.speaker.name or previous.speaker.role)
    if previous is not None and known and opens and \
            candidate.paragraph - previous.paragraph <= 1 and previous.end <= candidate.start:
        return previous.speaker.model_copy(update={"mention": None}), "continuation"
    words = len(text[candidate.start:candidate.end].split())
    if words < MIN_UNATTRIBUTED_WORDS or text[candidate.end - 1] not in ".!?":
        return Speaker(), None  # a title, a scare quote or a nickname
    return Speaker(), "unresolved"


def _participle_goes_on(view: TextView, candidate: Candidate,
                        records: list[Quote]) -> tuple[Speaker, Attribution | None]:
    """``Maher stated that the report "wasn't good." Adding, "..."``: a sentence opened by a
    participle cue with no subject goes on with whoever was quoted in the sentence before."""
    cue = candidate.cue.head if candidate.cue is not None else None
    previous = records[-1] if records else None
    if cue is None or previous is None or previous.speaker.name is None or cue.tag_ != "VBG" \
            or not cue.is_sent_start or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return Speaker(), "unresolved"
    between = view.text[previous.end : view.start(cue)]
    if candidate.paragraph - previous.paragraph > 1 or sum(between.count(c) for c in ".!?") > 1:
        return Speaker(), "unresolved"
    return previous.speaker.model_copy(update={"mention": None}), "continuation"


# "One of them, Denise Albright,": who among those just named, no role
ONE_OF_THEM = re.compile(r"(?i)(?:one|some|two|three|four|many|most|each|both|either|neither)"
                         r" of (?:them|us|those|these)")
CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # a web name: RealClearPolitics, YouGov


def _a_place(name: str, entities: DocumentEntities, offset: int) -> bool:
    """``Nice`` of ``the city of Nice``: a name the document knows as a place, or none."""
    found = entities.find(name, "unknown", offset)
    return found is None or found.type in ("place", "organization")


def resolve_speaker(view: TextView, candidate: Candidate, coref: Coreference,
                    records: list[Quote]) -> tuple[Speaker, Attribution | None]:
    """The resolved speaker and how it was found; attribution None drops a non-quotation."""
    text = view.text
    if candidate.source == "unattributed":
        return _continuation(text, candidate, records)
    head = candidate.speaker
    if head is None:
        return _participle_goes_on(view, candidate, records)
    parts = describe(head, candidate.speaker_bounds)
    m_start, m_end = view.start(parts.first), view.end(parts.last)
    relative = _relative_pronoun(candidate)
    if relative is not None:
        # "Trump, who says ...": the words at the site are "who"; the speaker is its antecedent
        m_start, m_end = view.start(relative), view.end(relative)
    m_end = _tidy_mention_end(text, candidate, m_start, m_end)
    mention = Span(text=text[m_start:m_end], start=m_start, end=m_end)
    if parts.pronoun is not None and parts.pronoun not in PRONOUNS:
        return Speaker(mention=mention), "unresolved"  # "you said", "someone said"
    if parts.name is None and parts.pronoun is None and parts.definite_nominal \
            and head.lemma_.lower() in word_set("issued_nouns"):
        issuer = issuer_goes_on(head.lemma_.lower(), m_start, view, coref, records)
        if issuer is not None:  # "..., the statement said": whose statement it is
            return issuer.model_copy(update={"mention": mention}), "coreference"
    if parts.name is None and parts.pronoun is None and parts.definite_nominal \
            and head.lemma_.lower() in word_set("issued_nouns") | word_set("document_nouns"):
        issued = issued_before(head, m_start, coref) \
            or court_that_ruled(head, m_start, coref)  # "According to the letter" the body
        if issued is not None:  # said it wrote in before
            return _from_entity(issued, mention), "coreference"
    if parts.pronoun is not None or (parts.name is None and parts.definite_nominal and (
            is_definite_nominal(head) or taken_for_a_name(head))):
        unnamed = unnamed_speaker_goes_on(parts.pronoun or head.lower_, m_start, coref, records) \
            if parts.pronoun in ("he", "she") or parts.pronoun is None and head.tag_ == "NN" \
            and head.n_lefts == 1 else None  # ("the spokesperson" after "a Vantrix spokesperson")
        if unnamed is not None:
            return unnamed.model_copy(update={"mention": mention}), "coreference"
        entity = he_or_she_by_rules(parts.pronoun, head, m_start, coref, records) \
            if parts.pronoun in ("he", "she") else None
        if parts.pronoun is None and head.tag_ == "NN" and head.lemma_.lower() in kind_nouns():
            entity = body_goes_on(head.lemma_.lower(), m_start, coref, records)  # "the company"
        elif parts.pronoun is None and head.tag_ == "NN":  # "the coach", after the coach's quote
            entity = speaker_so_described(parts.role or "", m_start, coref, records)
        # "the Fianna Fáil councillor", "the Thornbury boss": the one person the nominal's
        # words describe, before any one member of the body or whom the model finds likely
        # (it weighs the head noun, not which councillor)
        if entity is None and parts.pronoun is None and parts.role and " " in parts.role:
            entity = only_one_so_described(parts.role, coref.entities, m_start)
        elif entity is None and parts.pronoun is None and parts.role and a_trade(parts.role):
            entity = only_one_so_described(parts.role, coref.entities, m_start)  # ("the
            # principal" after "Papaiti College principal Lisa Drummond", a sentence between)
            office = re.split(r" (?:in|of|for|at|with|from|on|to) ", (
                entity.role or entity.title or "").casefold())[0] if entity is not None else ""
            if office.split()[-1:] != [parts.role.casefold()]:
                entity = None  # (the office the person was introduced with ends in the word:
                # not "the lawsuit" of a "plaintiff in the lawsuit")
        if entity is None and parts.pronoun is None and parts.organization:
            body = coref.entities.find(parts.organization, "organization", m_start)
            if body is not None and body.type != "place":  # (not "the Florida senator")
                entity = one_member_of(body.name, m_start, coref)  # "the founder of Kestrel"
        # "the baker" after "Maria Lopez, a baker,"; no one after "a nurse who had ..."
        anaphor = coref.anaphor_for(head)
        earlier = called_so_before(head, coref) if anaphor is not None and parts.pronoun is None \
            and anaphor.bare and (is_epithet(anaphor, head)
                                  or anaphor.plural and person_noun(anaphor.form)) else False
        entity = entity or (earlier if isinstance(earlier, Entity) else None)
        if entity is not None:
            coref.settle_as(head, entity)
        named = coref.named_at(head) if entity is None and earlier is not True else None
        if named is not None and parts.pronoun is None \
                and object_of_its_verb(named, head, coref):
            named = None  # "The attorney general of the state of New York is suing Trump"
        entity = entity or named
        if parts.pronoun is None and of_another_body(entity, parts, m_start, coref):
            entity = None  # "the founder of Kestrel" is not the Tidewater analyst
        if entity is None and anaphor is not None and is_epithet(anaphor, head) \
                and not someone_new(head) \
                and earlier is not True:
            # "the 48-year-old" after her quote, "the rookie defenceman" after the sentence
            # about him, "the founder of Kestrel" the one person of Kestrel named before
            one = one_member_of(parts.organization, m_start, coref) \
                if parts.organization else None
            entity = one or epithet_names(m_start, anaphor.gender, coref, records,
                                          anaphor.form not in word_set("named_so_nouns"))
            if of_another_body(entity, parts, m_start, coref):
                entity = None
        if entity is not None:
            _take_the_office_organization(entity, parts.role, parts.organization)
            return _from_entity(entity, mention, parts.role, parts.organization), "coreference"
        if parts.pronoun is not None:
            return Speaker(mention=mention), "unresolved"
    if parts.name is None and parts.pronoun is None:
        # "chief says" of the chief the story names; "A federal judge ..." of the judge the next
        # paragraphs name (the phrase's own head: the parser may hang it on a dateline)
        nominal = head.doc[parts.first.i : parts.last.i + 1].root
        entity = (headline_names(head, coref) if in_headline(text, m_start) else None) \
            or lede_nominal_names(nominal, m_start, coref) or name_set_before(nominal, coref) \
            or relative_named(nominal, coref, records) \
            or (only_one_so_described(parts.role or "", coref.entities, m_start)
                if (parts.role or "").isupper() else None)  # "the MD said"
        if entity is not None:
            return _from_entity(entity, mention), "coreference"
    if party_epithet(head):  # "the Wisconsin Republican said": Paul Ryan, not the party
        entity = epithet_names(m_start, None, coref, records)
        if entity is not None:
            return _from_entity(entity, mention), "coreference"
    name, title, role, organization = parts.name, parts.title, parts.role, parts.organization
    kind, party = parts.speaker_type, parts.party
    if party_epithet(head) and name == head.text:  # "The lifelong Republican who wrote it":
        name, role, kind = None, " ".join(filter(None, (role, name))), "person"  # no name
    if name is None and role is not None and CAMEL_CASE.fullmatch(role) and head.text == role:
        name, kind, role = role, "organization", None  # "according to RealClearPolitics"
    elif name is None and role in word_set("place_government_words") and organization \
            and _a_place(organization, coref.entities, m_start):
        name, kind, role, organization = organization, "organization", None, None  # "The city
        # of Nice said"
    force = the_only_police(head, coref.entities) if name is None else None
    so_called = the_body_so_called(head, coref, m_start) \
        if name is None and force is None else None
    if force or so_called:  # "Police said in a news release" of the Edmonton Police Service
        name, kind, role = (force or so_called).name, "organization", None  # type: ignore[union-attr]
    campaign = campaign_named(head)
    if campaign is not None:  # "Whitfield for President said": the committee, not Whitfield
        name, kind, title, role, organization = campaign, "organization", None, None, None
    referred = organization_referred(parts, coref) if role is not None and (
        organization is None or organization.islower()) else None
    if referred is not None and role is not None:
        organization, phrase = referred
        if phrase and role.endswith(" " + phrase):
            role = role[: -len(phrase) - 1]  # "spokesman for the regional force" -> spokesman
        elif phrase and role.startswith(phrase + " "):
            role = role[len(phrase) + 1:]  # "credit union's chief executive" -> chief executive
    if candidate.label:
        name, kind = candidate.label, "person"  # "DR. OKONKWO:" -> Amara Okonkwo, named before
    elif candidate.speaker_bounds is not None and name is None and role is not None:
        holder = only_one_so_described(role, coref.entities, m_start)
        if holder is not None:  # "HOST:" after "spoke to Coastline 98 host Colm Ventresca"
            name, kind, role = holder.name, "person", None  # its role as the text gave it
    known = coref.entities.find(mention.text, "unknown", m_start) if name is None and \
        _short_name(mention.text) and not (candidate.speaker_bounds and role) else None
    if known is not None and known.named and known.type in ("person", "organization"):
        # "Hannity said", "Mr. Singer said": a word the tagger did not take for a name is one
        # when the document names somebody so (and "King said" is Billie Jean King, no king)
        name, kind = mention.text, "unknown"
        if role is not None and name_words(role) == name_words(mention.text):
            role = None
    body = body_of_place(role, coref.entities) if name is None and kind == "organization" \
        and role is not None else None
    if body is not None:  # "Halton police said" after "the Halton Regional Police Service"
        name, role = body.name, None
    entity = None
    if name is not None and kind in ("person", "organization", "unknown", "group"):
        entity = coref.entities.find(name, kind, m_start, given_names=True, title=title,
                                     paragraph=coref.paragraph_at(m_start))
        if entity is not None and entity.type in ("person", "organization", "place"):
            # the fullest name, and what the document said of this speaker before
            name = entity.name
            if kind == "person" and entity.type == "organization" and (title or party):
                entity.type = "person"  # "Professor Reyes", whom the tagger took for an org
            bare = not (role or organization) and " " not in (parts.name or name)
            full = kind == "organization" and entity.type == "person" \
                and name_words(parts.name or "") == entity.words and len(entity.words) > 1 \
                and given_name_gender(entity.words[0]) is not None \
                and entity.words[-1] not in word_set("organization_name_endings")
            # ("Douglas Harlan" in full, the tagger's ORG; not "Dorsey Pharma")
            if kind in ("unknown", "group") or full or (
                    kind == "organization" and entity.type == "person" and bare
                    and not name.isupper()) or (
                    kind == "person" and entity.type == "organization" and bare and not title
                    and len(entity.words) > 1
                    and name_words(parts.name or "") == entity.words[:1]):
                # what the mention itself says of its type comes first; a bare "Reyes" after
                # "Professor Reyes" is the person, a bare "Corvane" after "Corvane Resources Ltd."
                # the company
                kind = "organization" if entity.type == "place" else entity.type
            said = (title or entity.title, role or entity.role,
                    organization or entity.organization, party or entity.party)
            # what this mention says stays with the entity for its later quotes
            give_title(entity, title, len(name_words(parts.name or "")) > 1)
            entity.role = entity.role or role
            if organization and (entity.organization is None or entity.organization.islower()):
                entity.organization = organization  # "Caldmere Foods Inc." over "company"
            entity.party = entity.party or party
            title, role, organization, party = said
    written = (organization, role)
    organization, role = organization_settled(organization, role, kind, coref.entities,
                                               m_start, title)
    role = role_without_body(role, organization) if kind == "person" else role
    if entity is not None and written[0] and entity.organization == written[0] \
            and not where_the_office_is(written[0], title, role, coref.entities, m_start):
        entity.organization = organization  # its later quotes take the name in full too
        # (a place's office keeps its place: "the Florida senator" is Sen. X of Florida)
    if entity is not None and written[1] and entity.role == written[1]:
        entity.role = role  # "ACCA president" settled as president of the ACCA, later too
        entity.organization = entity.organization or organization
    if kind == "organization" and name and organization and organization in name:
        organization = None  # "the state Department of Marine Resources" is no part of itself
    if kind == "organization" and name and role \
            and set(name_words(role)) <= set(name_words(name)):
        role = None  # "The Liberal Democrats", "PT Sulawesi Prima Nikel": its name's own words
    if name is not None and (kin_role(role) or role and ONE_OF_THEM.fullmatch(role)):
        role = None  # "His mother, Carol Benning", "One of them, Denise Albright": no role
    how: Attribution = "coreference" if (relative is not None or so_called is not None) \
        and name is not None else "explicit"
    speaker = Speaker(name=name, title=title, role=role, organization=organization,
                      type=kind, party=party, mention=mention)  # type: ignore[arg-type]
    return joint_speaker(speaker, head, coref.entities, m_start), how
