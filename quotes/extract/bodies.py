"""Which organisation a speaker's office is at, once the document's organisations are known.

A role may open with the organisation (``Norvale boss``) or with the kind of body it is at
(``company spokeswoman``, ``police spokesperson``), and an organisation may be written short
(``Ironhawks``, ``ONA``); the record gives the organisation by the fullest name the document
gives it, as GUIDELINES.md says, so an archive files one body under one name.
"""

from __future__ import annotations

import sys

from quotes.extract.body_names import name_in_phrase
from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import (
    completes,
    kind_nouns,
    the_one_of_its_kind,
    the_one_so_named,
)
from quotes.extract.lexicon import given_name_gender, titles, word_set
from quotes.extract.matching import a_plural, team_of
from quotes.extract.named_spans import GOVERNMENT_KINDS
from quotes.extract.phrases import campaign_role, role_after_possessor
from quotes.extract.referents import COMPANY_SUFFIXES, Entity, name_words
from quotes.extract.seats import where_the_office_is
from quotes.extract.speaking_for import (
    body_spoken_for,
    body_spoken_of_before,
    candidate_campaign,
)

# offices of a local government, written with its place ("Burlington Mayor", "Elk Hollow Coun.")
LOCAL_OFFICES = frozenset({"mayor", "deputy mayor", "reeve", "deputy reeve", "coun", "councillor",
                           "councilor", "cllr", "alderman", "warden"})
_ADJECTIVE_ENDINGS = ("ic", "an", "ish", "ese")  # Democratic, Republican, British, Chinese
# what a portfolio may open with that ends like a people's adjective ("Economic Development
# Minister", "Urban Affairs Minister")
_PORTFOLIO_ADJECTIVES = frozenset({"economic", "public", "domestic", "civic", "strategic",
                                   "urban", "scientific", "academic", "arctic", "islamic"})
# what a portfolio's name ends in that needs a word before it ("Workplace Relations", "Foreign
# Affairs", "Economic Development"), unlike "Finance" after "Manitoba"
_PORTFOLIO_ENDINGS = frozenset({"relations", "affairs", "development", "services", "resources",
                                "security", "protection", "planning", "safety", "welfare"})
# a portfolio's own words, which open a longer one ("Transport Infrastructure Minister")
_PORTFOLIO_WORDS = frozenset({"transport", "health", "education", "finance", "justice", "labour",
                              "labor", "energy", "environment", "trade", "defence", "defense",
                              "housing", "agriculture", "tourism", "fisheries", "immigration",
                              "employment", "industry", "culture", "workplace"})


def _portfolio_word(organization: str, role: str | None) -> bool:
    """``Workplace`` before ``Relations Minister``: one capitalised word the text names no body
    by, before a portfolio's last word and its office, is part of the portfolio."""
    words = (role or "").split()
    return organization.istitle() and " " not in organization and len(words) == 2 \
        and (words[0].casefold() in _PORTFOLIO_ENDINGS
             or organization.casefold() in _PORTFOLIO_WORDS) \
        and words[-1] in word_set("portfolio_for_offices") and all(w.istitle() for w in words)


def _role_word(word: str) -> bool:
    """A lower-case word of the role lexicon (``executive``, ``director``)."""
    return word in word_set("role_words")


def _organization_opening(role: str, entities: DocumentEntities, offset: int
                          ) -> tuple[str, str] | None:
    """(organisation, role) when the role's capitalised opening words name an organisation
    of the document (``Norvale boss`` after ``Norvale Power``, ``AMWU Victorian state
    secretary`` after the union's acronym), else None."""
    words = role.split()
    for k in range(len(words) - 1, 0, -1):
        opening = " ".join(words[:k])
        if not all(w[:1].isupper() for w in words[:k]) or not (
                words[k][:1].islower() or words[k].endswith(_ADJECTIVE_ENDINGS)) \
                or opening.casefold() in word_set("party_members") | word_set(
                    "organization_name_endings") | word_set("role_opening_words") \
                or opening.endswith(_ADJECTIVE_ENDINGS):
            # "Republican presidential front-runner", "Democratic pollster", "Chinese
            # official", "Media titan": a party, a people or a kind of business, no name
            continue
        entity = entities.find(opening, "organization", offset)
        if entity is not None and (entity.type == "organization" or k == 1 and _no_one(entity)
                                   and words[-1].casefold() in word_set("role_words")
                                   or _club_office(words[k:]) and _a_team_name(entity)
                                   and not _role_word(words[0].casefold())):  # ("Rookie")
            return opening, " ".join(words[k:])
    return None


def _club_office(words: list[str]) -> bool:
    """``coach``, ``general manager``, ``captain``: an office at a sports club, which a story
    writes after the club's name or its town's (``Hamilton Forge general manager``); not a
    ``campaign manager`` or a party's ``chairman``."""
    *before, last = [w.casefold() for w in words] or [""]
    return last in word_set("sports_positions") | {"manager"} \
        and all(w in ("general", "head", "assistant", "team") for w in before)


def _nothing_says_a_person(entity: Entity) -> bool:
    """Words the tagger took for a person's name with nothing to say so: no given name, title
    or sex (``Blizzard``, ``Knockanore Gaels``)."""
    return entity.type == "person" and entity.gender is None and entity.title is None \
        and given_name_gender(entity.words[0]) is None


def _a_team_name(entity: Entity) -> bool:
    """A town, or words the tagger took for a person's name with nothing to say so (nor a
    role): what a club's office may open with."""
    return entity.type == "place" or _nothing_says_a_person(entity) and entity.role is None


def _no_one(entity: Entity) -> bool:
    """``Blizzard``, ``Halverton``: one capitalised word the tagger took for a person's name,
    though nothing says so (nor a role or another name of the person)."""
    return len(entity.words) == 1 and entity.role is None and _nothing_says_a_person(entity)


def _the_company_of(role: str, entities: DocumentEntities, offset: int) -> str | None:
    """``Chief Executive Helen Sato told analysts``, ``founder Dana Roe``: a company's officer
    whose company the sentence leaves out is at the one company the story named before (a
    business story names its company first)."""
    words = role.casefold().split()
    officer = any(" ".join(words[-k:]) in word_set("company_officers") for k in (1, 2, 3))
    company = the_one_of_its_kind(("company",), entities, offset) if officer else None
    return company.name if company is not None else None


def body_of_its_kind(role: str, entities: DocumentEntities, offset: int
                     ) -> tuple[str, str] | None:
    """(organisation, role) for ``police spokesperson``, ``company spokeswoman``, ``School
    district spokeswoman``: a role opened by the kind of body it is at, in a story that named
    one body of that kind before (see :func:`the_one_of_its_kind`)."""
    words = role.split()
    for size in (2, 1):
        kind = tuple(w.casefold() for w in words[:size])
        if len(words) <= size or kind[-1] not in kind_nouns() \
                or not words[size][:1].islower():
            continue
        # ("Police spokesperson Captain Sipho Ndlovu said" before "The South African Police
        # Service said": the one of its kind named later, when none was named before)
        body = the_one_of_its_kind(kind, entities, offset) or (
            the_one_of_its_kind(kind, entities, sys.maxsize) if kind[-1] != "campaign"
            else None)  # ("His campaign manager": the candidate's, not a committee named)
        if body is not None:
            return body.name, " ".join(words[size:])
    return None


def _name_run_into_role(organization: str, role: str, entities: DocumentEntities, offset: int
                        ) -> tuple[str, str] | None:
    """``Coastal Stars chairman``, read as Coastal's ``Stars chairman``: the role's capitalised
    opening words go on the organisation's name when together they name one organisation of
    the document (Coastal Stars FC); None if they do not."""
    words = role.split()
    size = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    owner = entities.find(organization, "organization", offset)
    if owner is None or owner.type != "organization" or size == 0 or size == len(words) \
            or any(w in titles() or w.endswith(_ADJECTIVE_ENDINGS) or w.casefold() in
                   word_set("party_members") for w in words[:size]):
        return None  # (not "Iowa" and "Republican strategist", nor "GOP consultant")
    joined = f"{organization} {' '.join(words[:size])}"
    full = _named_in_full(joined, entities, offset)
    entity = entities.find(joined, "organization", offset) if full == joined else None
    if full == joined and (entity is None or entity.type != "organization"):
        return None
    return (entity.name if entity is not None else full), " ".join(words[size:])


def _local_government(place: str, entities: DocumentEntities) -> str | None:
    """``Burlington Mayor`` after ``the City of Burlington``: the one local government the
    story names in full for the place a local office is written with."""
    words = name_words(place)
    named = {e.name for e in entities.entities if e.type == "organization"
             and len(e.words) == len(words) + 2 and e.words[-len(words):] == words
             and e.words[0].lower() in GOVERNMENT_KINDS and e.words[1] == "of"}
    return named.pop() if len(named) == 1 else None


# a part of an institution named "X's <unit> of Y" ("the university's department of audiology")
_UNITS = frozenset({"department", "faculty", "school", "division", "laboratory", "lab", "unit"})


def _institution_of_its_unit(organization: str, entities: DocumentEntities, offset: int
                             ) -> str | None:
    """``the university's department of audiology``, ``Carrow's department of psychology``: a
    unit of an institution is at the institution, by its name in full (University of Carrow),
    as the writers of train-fields-5 and train-mixed-10 annotated; None if not such a unit."""
    words = organization.split()
    owner = next((i for i, w in enumerate(words[:-2]) if w.endswith(("'s", "\u2019s"))
                  and words[i + 1].lower() in _UNITS and words[i + 2] == "of"), None)
    if owner is None:
        return None
    named = " ".join(words[:owner + 1])[:-2]
    if named.casefold().startswith("the "):
        named = named[4:]
    if named.islower():
        body = the_one_of_its_kind((named.split()[-1],), entities, offset)
        return body.name if body is not None else None
    full = _named_in_full(named, entities, offset)
    return full if full != named or entities.find(named, "organization", offset) else None


def organization_settled(organization: str | None, role: str | None, kind: str,
                         entities: DocumentEntities, offset: int, title: str | None = None
                         ) -> tuple[str | None, str | None]:
    """The speaker's organisation and role once the document's entities are known: ``Norvale
    boss`` after ``Norvale Power`` is Norvale Power's boss; ``Ruiz's campaign manager`` after
    ``Donald Ruiz`` has no organisation (a person is none); a local office's place is its
    local government named in full (``Burlington Mayor``: the City of Burlington)."""
    office, as_written = (title or role or "").lower().rstrip("."), organization
    if organization and office in LOCAL_OFFICES:
        organization = _local_government(organization, entities) or organization
    if organization and role and kind == "person":
        organization, role = _name_run_into_role(organization, role, entities, offset) or (
            organization, role)
    words = role.split() if role else []
    if len(words) > 2 and words[0].endswith(_ADJECTIVE_ENDINGS) and words[0][:1].isupper() \
            and words[0].casefold() not in _PORTFOLIO_ADJECTIVES \
            and all(w[:1].isupper() for w in words[1:]) and words[-1] in titles():
        role = " ".join(words[1:])  # "Estonian Infrastructure Minister": a country's adjective
        # is no part of the office (GUIDELINES.md, as "US President")
    if organization and kind == "person":
        organization = _institution_of_its_unit(organization, entities, offset) \
            or name_in_phrase(organization, entities, offset) or organization
        first, _, rest = organization.partition(" ")
        if first.endswith("-based") and rest[:1].isupper():
            organization = rest  # "the Nairobi-based Institute for Fiscal Policy": where it is
    if organization and role and organization[:1].isupper() and role.split()[0] == "police" \
            and kind == "person":
        # "Bali police spokesman", "Toronto police Const.": the city's police is the body
        force = the_one_of_its_kind(("police",), entities, offset)
        organization = force.name if force is not None else f"{organization} police"
        role = role.split(maxsplit=1)[1] if " " in role else None
    if organization is not None and organization.islower() and kind == "person":
        # "an analyst at the firm", "the city's director of transportation": the one body of
        # that kind the story named before
        noun = organization.split()[-1]
        body = the_one_of_its_kind((noun,), entities, offset) or (
            body_spoken_of_before(noun, entities, offset) if organization == noun else
            the_one_so_named(organization, entities, offset))
        if body is not None:
            organization = body.name
        elif organization == noun and noun in kind_nouns() | word_set("place_government_words"):
            organization = None  # a bare "firm" names no body (GUIDELINES.md: by name)
    words = organization.split() if organization else []
    if len(words) == 2 and words[0].isupper() and words[0].isalpha() and len(words[0]) > 1 \
            and words[1] in kind_nouns():
        organization = words[0]  # "the CGT union": the union's name is its acronym
    if organization is None and role is not None and kind == "person":
        organization, role = _organization_opening(role, entities, offset) or \
            body_of_its_kind(role, entities, offset) or (_the_company_of(role, entities, offset),
                                                          role)
    if organization is None and kind == "person":
        organization = body_spoken_for(role, entities, offset)  # "Spokesperson X said"
    if organization is None and role is not None and kind == "person" and len(role.split()) > 1:
        first, rest = role.split(maxsplit=1)
        named = _named_in_full(first, entities, offset)  # "Union president" after "the
        # Northgate Tenants Union": the union's president ("Fire Chief" names a portfolio)
        if named != first and rest.split()[0].capitalize() not in word_set("office_titles"):
            organization, role = named, rest
    owner = entities.find(organization, "unknown", offset) if organization else None
    if kind == "organization" and owner is not None and owner.type == "place":
        organization = owner = None  # "Saskatchewan's Ministry of Health": where the body is
    elif kind == "person" and where_the_office_is(organization, title, role, entities, offset):
        organization = owner = None
    if owner is None and organization and _portfolio_word(organization, role):
        organization, role = None, f"{organization} {role}"  # "Workplace Relations Minister"
    campaign = candidate_campaign(organization, role, entities, offset) if kind == "person" \
        else None
    if campaign is not None:
        organization, role = campaign
        owner = None
    elif owner is not None and owner.type == "person" and organization is not None \
            and len(owner.words) > len(name_words(organization)):
        organization = None
    elif organization is not None and (owner is None or owner.type in ("person", "group")):
        # (a place the tagger took for a person: "Elk Hollow Reeve" after "the Rural
        # Municipality of Elk Hollow"; a team's plural a headline left a group: "Pioneers"; a
        # company's short name a headline left a person of no sex: "Baltlink")
        organization = _named_in_full(organization, entities, offset, company=owner is None or (
            owner.gender is None and owner.title is None))
    elif owner is not None and owner.type == "organization" and organization is not None \
            and (len(name_words(organization)) == 1 and len(owner.words) > 1
                 or completes(name_words(organization), owner.words)
                 or _company_of(name_words(organization), owner.words)):
        organization = owner.name  # "ONA president" after "the Ontario Nurses' Association
        # (ONA)", "Voyageurs coach" after "the Laval Voyageurs": the name in full, as a speaker's
        # (not "Planned Parenthood", a body of its own beside "Planned Parenthood Action Fund"),
        # "Calder Ridge" of "Calder Ridge Mining" too (a company's words left out)
    elif owner is not None and organization is not None and owner.type in ("organization", "place"):
        # ("Ironhawks coach" after "the Regina Ironhawks", the tagger's place; not "Toronto
        # Mayor" after "the University of Toronto")
        full = _named_in_full(organization, entities, offset) if owner.type == "place" else ""
        organization = longer_name_of(owner, entities) or (
            full if full and " of " not in full else organization)
    if organization and organization.endswith(" campaign") and role:
        role = campaign_role(role)  # the campaign's "campaign spokeswoman" is its spokeswoman
    if organization and role:
        role = role_after_possessor(role, organization) or role  # "the Post's investigative unit"
        for written in (organization, as_written or organization):
            rest = role[len(written) + 1:] if role.startswith(written + " ") else ""
            if rest[:1].islower() and rest.split()[0] not in ("and", "or"):
                role = rest  # "a Police Scotland spokesperson": the job
    return organization, role


def _named_in_full(organization: str, entities: DocumentEntities, offset: int,
                   company: bool = False) -> str:
    """``Guild chairman`` after ``the Porthaven Pilots' Guild``, ``Elk Hollow Reeve`` after
    ``the Rural Municipality of Elk Hollow``: an organisation whose words end the name of
    exactly one organisation named before is that organisation; a club's, less its ``FC``,
    also when they open it (``Rideau``, ``Hamilton`` coach: Ottawa Rideau FC, Hamilton Foundry
    SC); with ``company``, a company's name that adds only a company's words to them
    (``Baltlink``: Baltlink Ferries)."""
    words = name_words(organization)
    if not words or not organization[:1].isupper():
        return organization
    size = len(words)
    if size == 1 and words[0] in word_set("organization_nouns"):
        # "Board President Marisol Ortega" after "the Harmon Valley Board of Education": a
        # body's own noun, capitalised, names the one body named before with it in its name
        bodies = {e.name for e in entities.entities if e.type == "organization"
                  and words[0] in e.words[1:] and e.mentions[0].start < offset}
        return bodies.pop() if len(bodies) == 1 else organization
    named = [e for e in entities.entities if ((e.type == "organization" or team_of(e, words))
             and len(e.words) > size and (words in (e.words[-size:], _club(e.words)[-size:])
                                          or completes(words, e.words)  # "Carver State"
                                          or e.words[-1] in CLUB_SUFFIXES
                                          and _club(e.words)[:size] == words
                                          or e.words[size:] and e.words[:size] == words
                                          and e.words[-1] in word_set("club_name_endings")
                                          or company and _company_of(words, e.words))
             or _team_taken_for_person(e, words))  # ("Knockanore": Knockanore Gaels)
             and e.mentions[0].start < offset]  # ("Hamilton coach": Hamilton Foundry SC)
    return named[0].name if len(named) == 1 else organization


def _company_of(words: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """``Baltlink`` of ``Baltlink Ferries``: a longer name that adds only a company's words,
    or ends in a company's legal form (``Keystone Ridge`` of ``Keystone Ridge Compute Inc.``;
    not ``Fox`` of ``Fox Networks Group``, a group of companies)."""
    added = longer[len(words):] if longer[:len(words)] == words else ()
    return bool(added) and (added[-1].strip(".") in COMPANY_SUFFIXES - {"group"} or all(
        w.strip(".") in word_set("company_name_words") | COMPANY_SUFFIXES for w in added))


# what ends a sports club's name ("Ottawa Rideau FC", "Hamilton Foundry SC")
CLUB_SUFFIXES = frozenset({"fc", "sc", "afc", "cf", "fk", "sk", "rfc", "gaa"})


def _club(words: tuple[str, ...]) -> tuple[str, ...]:
    """A club's name without its ``FC``: the words a short form may end or open with."""
    return words[:-1] if len(words) > 2 and words[-1] in CLUB_SUFFIXES else words


def _team_taken_for_person(entity: Entity, words: tuple[str, ...]) -> bool:
    """``Knockanore Gaels`` of ``Knockanore``: a short name and one plural after it, the
    tagger's person of no given name, title or sex, is the club's name in full (not ``Latino
    Decisions``, a body the story never calls by its first word)."""
    added = entity.words[len(words):] if entity.words[:len(words)] == words else ()
    return len(added) == 1 and a_plural(added[0]) and _nothing_says_a_person(entity)


def longer_name_of(short: Entity, entities: DocumentEntities) -> str | None:
    """The one longer name of the document a short organisation name stands for: one it ends
    (``Ironhawks`` of ``the Regina Ironhawks``, ``Border Services Union``, ``Homeland
    Security``), or that adds only a company's words to it (``Podesta Group Inc.``, ``Dow
    Chemical``); a place, the one government named after it (``Sandy Creek Cree Nation``,
    ``Rural Municipality of Elk Hollow``). Not ``House`` in ``White House``, an acronym
    (``CNN`` of ``CNN Headline News``) nor a body of its own (``Planned Parenthood Action
    Fund``, ``Priorities USA Action``)."""
    words, size = short.words, len(short.words)
    if not words or short.name.isupper() or size == 1 and (
            words[0] in word_set("proper_institutions") or short.name[:1].islower()):
        return None
    governments = word_set("place_government_words")
    parties = word_set("party_adjectives") | word_set("party_members")  # ("Democrat City Council")
    found = set()
    for entity in entities.entities:
        longer = _club(entity.words)  # "Rideau", "Hamilton" coach: Ottawa Rideau FC, Hamilton
        club = len(longer) < len(entity.words)  # Foundry SC (a city's club, the club's name)
        added = longer[size:] if longer[:size] == words else ()
        taken = _team_taken_for_person(entity, words)
        if entity.type != "organization" and not taken or len(longer) <= size or any(
                c in entity.name for c in (",", "'s", "\u2019s")) or _role_word(longer[-1]):
            continue  # (not "Media Research Center's Bozell", "Council on ... National Executive")
        team = len(added) == 1 and (team_of(entity, added) and any(
            added == e.words or added in e.aliases for e in entities.entities)
            or added[0] in word_set("club_name_endings")  # ("Halverton": Halverton Town)
            or taken)
        # ("Kingston coach": the Kingston Corsairs, the one team named for the city, whom the
        # story also calls "the Corsairs"; not "Latino" of "Latino Decisions")
        if short.type == "place":
            if words in (longer[:size], longer[-size:]) and (governments & set(longer) or club) \
                    or team or completes(words, longer) or _company_of(words, longer):
                # ("Carver State"; "Halden" of Halden Mining, the tagger's place)
                found.add(entity.name)
        elif team or longer[-size:] == words and not set(longer[:-size]) & parties \
                or _company_of(words, longer) or added and bool(governments & set(added)) \
                or completes(words, longer):
            found.add(entity.name)
    return found.pop() if len(found) == 1 else None
