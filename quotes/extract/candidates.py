"""Who an anaphor may refer to: the entities a pronoun or nominal could name, before the
trained model (:mod:`quotes.extract.resolver`) ranks them.

The constraints are hard (the field's sieves, Lee et al. 2013): agreement in gender and type,
binding within a clause, "they said" never a body named in the singular, "the mayor" whoever is
titled so; the preferences learned from GUM live in the model's weights.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import (
    kind_nouns,
    may_be_called,
    named_as_public_body,
    says_its_kind,
)
from quotes.extract.lexicon import (
    PERSON_ENDINGS,
    company_noun,
    nominal_name_words,
    referent_nouns,
    titles,
    word_lists,
    word_set,
)
from quotes.extract.referents import COMPANY_SUFFIXES, Entity, Mention

# pronoun -> (class, gender); possessives and objects keep salience chains going
PRONOUNS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("he", "male")),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("she", "female")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), ("they", None)),
    **dict.fromkeys(("it", "its", "itself"), ("it", None)),
}
MAX_PARAGRAPHS = 4  # candidates: entities mentioned in the last few paragraphs
NOMINAL_PARAGRAPHS = 40  # "the mayor" may point back much further, to whoever is the mayor


def named_as_company(entity: Entity, legal: bool = False) -> bool:
    """``Halvard Logistics``: a name that says it is a business; with ``legal``, by its legal
    form (``Corvane Resources Ltd.``), which says so more surely."""
    words = COMPANY_SUFFIXES if legal else word_set("company_name_words")
    return entity.type == "organization" and bool({w.strip(".") for w in entity.words[1:]} & words)


def no_business(entity: Entity) -> bool:
    """``the European Commission``, ``the EU``, ``Calderwick Police``, a wire service (``told
    AFP``): no company, whatever "the company" said."""
    return entity.type != "organization" or " ".join(entity.words) in word_set(
        "news_agencies") or bool({w.strip(".") for w in entity.words} & word_set(
            "public_body_words"))


@dataclass(frozen=True)
class Anaphor:
    """A pronoun or nominal to resolve, as plain data."""

    start: int
    end: int
    paragraph: int
    sentence: int
    form: str  # the pronoun's class (he, she, they, it) or the nominal's head lemma
    nominal: bool
    words: frozenset[str] = frozenset()  # a nominal's own content words, lower case
    belongs_to: frozenset[str] = frozenset()  # ... and those of what it is part of ("of Acme")
    organization_noun: bool = False  # "the agency", "the company"
    plural: bool = False  # "the officials": may be a group the text only describes
    # where the one the anaphor cannot be stands in its own clause (binding): "Ortiz scolded
    # him" - "him" is not Ortiz; "It accused the FDIC" - "it" is not the FDIC
    clause_mate: int | None = None
    subject: bool = False
    function: str = "other"  # as in entities.grammatical_function
    speaker: bool = False  # subject of a reporting cue
    noun_gender: str | None = None  # what a nominal's head says of gender ("the businessman")
    bare: bool = False  # a nominal that is its head alone: "the judge", not "the Vermont senator"
    age: str | None = None  # "the 54-year-old": whom the text gave that age
    owns_office: bool = False  # "Its executive director, Leah Hartman": a body's office

    @property
    def anaphor_class(self) -> str:
        if self.nominal:
            return "nominal_org" if self.organization_noun else "nominal_person"
        return "person_pronoun" if self.form in ("he", "she") else self.form

    @property
    def gender(self) -> str | None:
        return {"he": "male", "she": "female"}.get(self.form) if not self.nominal \
            else self.noun_gender


def person_noun(lemma: str) -> bool:
    """A noun for someone (``mayor``, ``founder``, ``spokeswoman``, ``activist``, ``boy``),
    from the role words and titles of the lexicon, the nouns GUM's annotators found naming
    people, or an ending English uses for people; a group noun (``officials``) too."""
    if lemma in word_set("role_words") or lemma in word_set("group_nouns") \
            or lemma.capitalize() in titles():
        return True
    learned = referent_nouns().get(lemma)
    if learned is not None:  # "the paper" is no person for all its ending
        return learned != "other"
    return lemma.endswith(PERSON_ENDINGS)


def party_epithet(head: Token) -> bool:
    """``the Wisconsin Republican said``, ``The Italian added``: a party's member or a
    nationality, singular and definite, is the person the story is about, not the party or the
    people (the tagger calls the word a proper noun; "the French" are a people, "the Italian"
    one of them)."""
    return (head.lower_ in word_set("party_members") or head.ent_type_ == "NORP"
            and head.text[:1].isupper() and head.lower_.endswith(("an", "i", "er"))) \
        and head.tag_ in ("NNP", "NN") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children)


# words for a person that say only how someone stands to the story ("the official")
_STANDING = frozenset({"official", "officer", "source", "victim", "witness", "person"})
# ... which, with no other word, make no epithet; nor do words for several ("the couple")
_NOT_EPITHETS_ALONE = _STANDING | {"individual", "suspect", "defendant", "accused", "client",
                                   "patient", "customer", "caller", "reader", "viewer", "user",
                                   "speaker", "reporter", "journalist", "couple", "pair",
                                   "family", "household", "team", "crew", "duo", "trio"}
# ... and, with words that any number of people are, name no one by a trade ("the resident")
_ANYONE = _STANDING | {"resident", "man", "woman", "expert", "analyst", "voter", "worker",
                       "student", "agent", "leader", "executive", "activist", "critic",
                       "supporter"}


def a_trade(role: str) -> bool:
    """``principal``, ``headteacher``, ``pharmacist``: one role word that says what someone
    does, not one any number of people at a body may be (``official``, ``spokesman``, ``aide``,
    ``lawyer``: GUIDELINES.md's subordinates, lexicon ``named_so_nouns``)."""
    word = role.casefold()
    return word.isalpha() and not word.endswith("s") and word not in _ANYONE \
        and word not in word_set("named_so_nouns") | word_set("document_nouns") | kind_nouns() \
        | word_set("place_government_words")


def is_epithet(anaphor: Anaphor, head: Token | None = None) -> bool:
    """``the 48-year-old``, ``the veteran organizer``, ``the rookie defenceman``: a nominal that
    describes a person rather than names an office (not ``the mayor``, ``the Vermont senator``,
    ``the spokesman``), which news uses for whoever it is writing about; an office held once
    is so too (``The former Athletic captain``, its ``head`` says), and a trade alone
    (``the baker``)."""
    if not anaphor.nominal or anaphor.organization_noun or anaphor.plural:
        return False
    if anaphor.age is not None or head is not None and not anaphor.bare and any(
            c.lower_ == "former" for c in head.children):
        return True
    office = anaphor.form.capitalize() in titles() or anaphor.form in word_set("named_so_nouns")
    if office or not person_noun(anaphor.form):
        return False
    # a bare trade or kind of person (``the baker says``, ``the pharmacist said``) is one too;
    # not a word for whoever stands in some relation (``the official``, ``the victim``)
    return not anaphor.bare or anaphor.form not in _NOT_EPITHETS_ALONE \
        and anaphor.form not in word_set("group_nouns") \
        and anaphor.form not in word_set("kin_nouns")


def nominal_types(anaphor: Anaphor) -> frozenset[str]:
    """The entity types a nominal may name: an organisation noun an organisation (``the
    government``, ``the city``: a place too), a word for a person a person (``the officials``:
    a group too); a word of both kinds (``the publisher``) either."""
    types: set[str] = set()
    if anaphor.plural and anaphor.organization_noun and not person_noun(anaphor.form):
        return frozenset()  # "the groups say": more than one organisation, none of them named
    place = anaphor.form in word_set("place_nouns")
    if anaphor.organization_noun or place:
        types.add("organization")
        if place:
            types.add("place")
    learned = referent_nouns().get(anaphor.form)
    if not types or learned == "person" or anaphor.form in word_set("role_words"):
        types.add("person")
        if anaphor.plural:
            types.add("group")
    return frozenset(types)


# what a business is called once named ("the company", "the miner", "the lender")
BUSINESS_NOUNS = frozenset({
    "company", "firm", "startup", "business", "corporation", "conglomerate", "miner", "lender",
    "airline", "carrier", "insurer", "retailer", "carmaker", "automaker", "drugmaker",
    "chipmaker", "steelmaker", "manufacturer", "maker", "supplier", "distributor",
    "wholesaler", "brokerage", "operator", "developer", "producer"})


def barred(anaphor: Anaphor, entity: Entity) -> bool:
    """``entity`` is the one in the anaphor's own clause it cannot be (``him`` in ``Ortiz
    scolded him``, ``he`` in ``he said Mr. Lowe could win``)."""
    mate = anaphor.clause_mate
    return mate is not None and any(m.start <= mate < m.end for m in entity.mentions)


def candidate_entities(anaphor: Anaphor, entities: DocumentEntities) -> list[Entity]:
    """Entities that may be meant, most recently mentioned first."""
    window = NOMINAL_PARAGRAPHS if anaphor.nominal else MAX_PARAGRAPHS
    found = entities.candidates(anaphor.start, window, anaphor.paragraph)
    if anaphor.form in ("he", "she"):
        # agreement is a constraint, not a preference: a person, not known to be of the other
        # gender (a known gender is no reason to prefer someone over a person of unknown one)
        found = [e for e in found if e.type == "person"
                 and e.gender in (None, anaphor.gender)]
    found = [e for e in found if not barred(anaphor, e)]
    if anaphor.form in ("it", "they"):
        # "it" is no person; nor is "they" one person
        found = [e for e in found if e.type != "person"]
    if anaphor.owns_office and any(e.type == "organization" for e in found):
        # "Its executive director": a body has directors, not a place or a plan ("more
        # officers", "Connacht" were taken); the body the sentence before was about, if one
        # was its subject or source (not "St Enda's", named in that subject's relative
        # clause; "According to the Colorado Open Government Project, ...  Its director")
        found = [e for e in found if e.type == "organization"]
        subjects = [e for e in found if (m := e.last_before(anaphor.start)) is not None
                    and (m.subject or m.speaker) and m.sentence >= anaphor.sentence - 1]
        found = subjects or found
    if anaphor.form == "it" and anaphor.speaker and any(e.type == "organization" for e in found):
        # "it said" is an organisation's before a place's: "Pellicott Motors ... a plant in
        # Ashgrove ... it said in a filing" (a town does not issue statements; a country may,
        # when no organisation is in sight)
        found = [e for e in found if e.type != "place"]
    if anaphor.form == "they" and anaphor.speaker:
        # "they said" is no place ("Iowa", "China") nor a body named in the singular
        # ("Google", "MSNBC", "Congress"): on news those are "it", and those who speak as
        # "they" are the people around them (PolNeAR train: 22 of 22 such links wrong)
        found = [e for e in found if e.type == "group" or e.type == "organization"
                 and _plural_name(e)]
    if anaphor.nominal and not anaphor.organization_noun and not person_noun(anaphor.form) \
            and anaphor.form not in word_set("place_nouns") and anaphor.age is None:
        # "the report said" is its publisher's, never a person's, and only a publisher said to
        # have made it ("a POLITICO analysis", "a report from ...") or named so ("the American
        # Community Survey"): "the email" is not the last company named; "the pitch", "the
        # timing" are nobody
        # ("the pantry" is the Selkirk Avenue Community Pantry, a body its name ends so)
        # ("the report" after "Grid Storage Outlook, an annual report by Tidewater": the
        # report the text named, as GUIDELINES.md has it, before its publisher)
        called = [e for e in found if e.type == "organization"
                  and (e.role or "").casefold().split()[-1:] == [anaphor.form]]
        found = called or [e for e in found if e.type == "organization" and (
            anaphor.form in word_set("document_nouns") | word_set("media_nouns")
            and (anaphor.form in e.words or any(m.modifies == anaphor.form
                                                for m in e.mentions if m.start < anaphor.start))
            or len(e.words) > 1 and e.words[-1] == anaphor.form and not anaphor.plural)]
    elif anaphor.nominal:
        # a nominal agrees in type with what it names, as a pronoun does in gender: "the
        # airline" is no person, "the tycoon" no place; "the businessman" is no woman
        allowed = nominal_types(anaphor)
        found = [e for e in found if e.type in allowed
                 and not (anaphor.gender and e.gender and e.gender != anaphor.gender)]
        if anaphor.form in BUSINESS_NOUNS:
            # "the company" is no ministry, court or union: a business is not named so
            found = [e for e in found if not named_as_public_body(e)]
        if anaphor.form in word_set("government_nouns"):
            # "the government" is a country's, or an organisation called so, not any body
            found = [e for e in found if e.type == "place" or anaphor.form in e.words]
        elif anaphor.form in word_set("named_so_nouns") or anaphor.bare \
                and anaphor.form.capitalize() in titles():
            # "the campaign", "the committee": a body whose name says so ("the Clinton
            # campaign", "the Senate Intelligence Committee"), not the State Department; "the
            # former top aide", "the spokesman": someone introduced so, not the principal; a
            # bare "the judge", "the senator": whoever holds that office, not whoever spoke last
            # (PolNeAR train: Brafman for the judge, Borger for the senator), unless there is
            # no one else it could be ("Then-candidate Ann Lee ... the mayor said"); a body
            # named before its noun counts ("the North Fraser School District board"), not a
            # person before a person's ("Cameron's spokesman" is no "the spokesman")
            names = nominal_name_words(anaphor.form)
            named = [e for e in found if names & (set(e.words) | e.described_words()) or (
                anaphor.organization_noun and any(m.modifies == anaphor.form for m in e.mentions
                                                  if m.start < anaphor.start))]
            alone = anaphor.form not in word_set("named_so_nouns") and len(found) == 1
            found = named or (found if alone else [])
    if anaphor.nominal:
        found = _nominal_preference(anaphor, found)
    found.sort(key=lambda e: -(e.last_before(anaphor.start) or e.mentions[0]).start)
    return found


def _nominal_preference(anaphor: Anaphor, found: list[Entity]) -> list[Entity]:
    """The sieve's strict head match first: the same nominal as before means whom it meant
    then (two words or more: "the rookie defenceman", not "the minister"); "the mayor" is among
    those titled or named so ("Mayor Ann Lee", "the Port Agency"), "the force" a police ("Calderwick Police"); then, for
    an organisation's noun, the organisation the text is about (``Aspen Parkland Health
    Services said ... the agency said``); "the company", "the lender" a business, named like
    one first ("Corvane Resources Ltd." before "Osterholm Securities"), never a public body
    ("the EU"), nor, when there is a business to mean, a person ("the trader" may be one).
    The model ranks what is left."""
    aged = [e for e in found if anaphor.age and e.age == anaphor.age]
    if aged:
        return aged  # "Ken Iverson, 54, ... the 54-year-old said"
    again = [e for e in found if len(anaphor.words) > 1 and any(
        m.words == anaphor.words for m in e.mentions if m.start < anaphor.start)]
    if len(again) == 1:
        return again  # "The rookie defenceman fired ... the rookie defenceman said": as before
    names = nominal_name_words(anaphor.form)
    named_so = [e for e in found if names & (set(e.words) | e.described_words())
                or anaphor.organization_noun and e.type == "organization" and any(
                    m.called == anaphor.form for m in e.mentions if m.start < anaphor.start)]
    business = company_noun(anaphor.form) and not anaphor.plural
    if business:
        found = [e for e in found if e.type == "organization" and not no_business(e)] or [
            e for e in found if e.type == "person"]
        named_so = [e for e in found if e in named_so or anaphor.form in _ANY_BUSINESS
                    and named_so and named_as_company(e)]
    if named_so:
        return _holding_the_office(anaphor.form, named_so) if anaphor.bare else named_so
    if anaphor.organization_noun and not anaphor.plural:
        topic = _topic_organization(anaphor, found)
        if topic is not None:
            return [topic]
    if business:
        return [e for e in found if named_as_company(e, legal=True)] or [
            e for e in found if named_as_company(e)] or found
    return found


# nouns any business goes by: a body described as one ("Kasowo, a Wroclaw company") is no more
# "the company" than one whose name says it is a business ("Larkspur Payments has agreed to buy
# Kasowo, a Wroclaw company ... The company said": the buyer)
_ANY_BUSINESS = frozenset({"company", "firm", "business", "corporation"})
# nouns a body of any kind goes by ("the agency" of a health service)
_ANY_BODY = frozenset({"agency", "body", "organization", "organisation", "group", "authority"})
FORMER_WORDS = frozenset({"former", "ex", "then", "retired", "late", "onetime", "erstwhile"})


def _holding_the_office(noun: str, named_so: list[Entity]) -> list[Entity]:
    """``the minister`` is the minister in office, not ``Former first minister Idris Caradog``;
    ``the chief`` is ``Chief Rosalie Wapahkesis`` before ``Grand Chief Lionel Tawpisin``: among
    those the bare noun names, the ones whose office it is, then whose title or role it is
    whole (``the vice president``, ``the former president`` say more, and are left as they are)."""
    def words(office: str | None) -> list[str]:
        return [w.strip(".,").casefold() for w in (office or "").replace("-", " ").split()]

    current = [e for e in named_so if not any(
        set(words(office)) & FORMER_WORDS for office in (e.title, e.role))] or named_so
    spelt = word_lists()["title_abbreviations"]
    exact = [e for e in current if any(
        len(w := words(office)) == 1 and spelt.get(w[0], w[0]) == noun
        for office in (e.title, e.role))]
    return exact or current


def _topic_organization(anaphor: Anaphor, found: list[Entity]) -> Entity | None:
    """The organisation mentioned last before ``anaphor``'s sentence, in its paragraph or the
    one before, when it was said there to speak: who goes on speaking (not what the quote is
    about: "Tarrano produced 1.1 million tons, the company said"; not "Columbia's president")."""
    last: tuple[int, Entity, Mention] | None = None
    for entity in found:
        mention = entity.last_before(anaphor.start)
        if entity.type == "organization" and mention is not None \
                and anaphor.paragraph - 1 <= mention.paragraph \
                and mention.sentence < anaphor.sentence \
                and (last is None or mention.start > last[0]):
            last = (mention.start, entity, mention)
    if last is None or not last[2].speaker or last[2].in_quote:
        return None
    if says_its_kind(last[1]) and not may_be_called(last[1], anaphor.form) \
            and anaphor.form not in _ANY_BODY:
        return None  # "the police" is not the Municipal Corporation that spoke before
    return last[1]


def _plural_name(entity: Entity) -> bool:
    """``Democrats``, ``the Oilers``: a body named by a plural noun, which may be "they"."""
    last = entity.words[-1] if entity.words else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "ics", "news")) \
        and len(last) > 3 and "of" not in entity.words  # not "Fox News", "Court of Appeals"
