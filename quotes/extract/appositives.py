"""A speaker's appositives: which one names the speaker, which one says what they are.

``Outgoing US special representative in Syria, James Jeffrey`` names the speaker in an
appositive; ``Gurpreet Dhillon, Ontario director of the Canadian Freight and Transport Union``
describes a named speaker in one, which the parser may split in two (``Ontario`` and
``director``) or hang inside a body's name (``the City of Saskatoon's director``).  The parser
may hang an appositive on any word of the phrase, so each is read here the way a copy editor
would set it off.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from quotes.extract.anatomy import MentionParts, hyphen_word, party_tag_after
from quotes.extract.lexicon import titles, word_set
from quotes.extract.names import (
    after_portfolio,
    given_name_before_place,
    hyphen_joined_before,
    hyphened_given_name_before,
    is_role_word,
    party_member_before,
)
from quotes.extract.offices import capitalised_inside, entity_of, proper_run, span_text
from quotes.extract.phrases import set_off_from
from quotes.extract.subjects import opens_quote


class AppositiveRole(NamedTuple):
    """What a named speaker's appositives say they are."""

    head: Token | None  # the role's head word ("director")
    appositives: list[Token]  # the appositives that describe (not a second name, an acronym)
    body: list[Token]  # a body's name a possessive closed ("City of Saskatoon")
    opening: list[Token]  # role words the parser made an appositive of their own ("Ontario")


def name_tokens_at(head: Token) -> tuple[Token, ...] | None:
    """The named entity at the head, or its run of proper nouns."""
    entity = entity_of(head)
    if entity is not None and len(entity) == 1 and entity[0].ent_type_ in ("GPE", "LOC"):
        given = given_name_before_place(head.doc[entity[0].i : entity[0].i + 1])
        return tuple(head.doc[given : entity[0].i + 1])  # "Ana [Ferreira], a nurse"
    if entity is not None:
        return entity
    joined = hyphen_joined_before(head.doc, head.i)
    before = entity_of(head.doc[joined]) if joined < head.i else None
    if before is not None and before[-1].i == joined:
        return tuple(head.doc[before[0].i : head.i + 1])  # "[Adaeze Nwachukwu]-Bell said"
    if (head.pos_ == "PROPN" or capitalised_inside(head)) and head.text[:1].isupper():
        run = proper_run(head)
        given = hyphened_given_name_before(head.doc, run[0].i)
        if given < run[0].i:  # "Hye-jin Park, an organizer ...", untagged
            run = tuple(head.doc[given : head.i + 1])
        if joined < head.i and len(head.doc[joined]) > 1:  # "Mr Adeyemi-Clarke said", untagged
            # (not the party of "D-Ore.")
            run = tuple(head.doc[proper_run(head.doc[joined])[0].i : head.i + 1])
        return run[1:] if party_member_before(run) else tuple(after_portfolio(run))
    return None


def name_in_appositive(head: Token, appositives: list[Token], phrase: list[Token]
                       ) -> tuple[Token | None, tuple[Token, ...] | None, list[Token]]:
    """(role head, name, appositives) when an unnamed head's appositive names the speaker
    (``Outgoing US special representative in Syria, James Jeffrey``), else (None, None,
    appositives): the head's own appositives, or any of the phrase's, since the parser may hang
    the name on any word of it; an acronym in brackets names no one (``a spokesperson for the
    Standards Board (SHSB)``)."""
    appositives = appositives or [t for t in phrase if t.dep_ == "appos"
                                  and not (t.i > 0 and t.nbor(-1).text == "(")]
    for appos in appositives:
        appos_name = name_tokens_at(appos)
        if appos_name is not None and _names_no_speaker(appos, appos_name):
            continue
        if appos_name is not None and set_off_from(appos_name[0], head):
            return head, appos_name, appositives
        # "The other man, his cousin James York, 40,": the appositive's own appositive
        inner = [n for c in appos.children if c.dep_ == "appos" and c.i > appos.i
                 and (n := name_tokens_at(c)) is not None]
        if inner:
            return appos, inner[0], appositives
    return None, None, appositives


def _names_no_speaker(appos: Token, name: tuple[Token, ...]) -> bool:
    """``his book "The Art of the Deal"``: a title in quotation marks is a work's; ``San
    Bernardino, Calif.``: a state set beside its town is part of a place's name, and ``Kevin
    McCarthy (R-Calif.)`` a legislator's party and state tag."""
    doc = appos.doc
    if appos.i in party_tag_after(appos.head)[1]:
        return True
    first = name[0].i - 1 if name[0].i and doc[name[0].i - 1].lower_ == "the" else name[0].i
    if opens_quote(doc, first - 1) and not (first + 1 < len(doc) and doc[first + 1].is_quote):
        return True  # (not a nickname's marks: George "Jay" Keyworth)
    return appos.ent_type_ in ("GPE", "LOC") and appos.head.ent_type_ in ("GPE", "LOC")


def role_in_appositives(appositives: list[Token]) -> AppositiveRole:
    """What a named speaker's appositives say of them.  A name beside a name is a list, not a
    role (``Trump, Sen. John McCain (R-Ariz.)``), nor is an acronym in brackets (``the
    Northern Press Agency (NPA)``)."""
    described = [a for a in appositives if (not (a.ent_type_ == "PERSON" or a.pos_ == "PROPN"
                                                  and (a.is_title or a.is_upper)
                                                  and not is_role_word(a))
                                            or _office_with_article(a))
                 and a.pos_ not in ("NUM", "PRON") and a.lower_ not in ("one", "some")
                 and not a.is_punct]  # (the hyphen of "co-author", which the parser may hang)
    if described:
        return AppositiveRole(hyphen_word(described[0])[-1], described, [], [])
    for appos in appositives:
        possessed = office_of_possessed_name(appos)
        if possessed is not None:
            return AppositiveRole(possessed[0], [], possessed[1], [])
        office = next((c for c in appos.children if c.dep_ == "appos" and c.i == appos.i + 1
                       and c.pos_ == "NOUN" and is_role_word(c)), None)
        if office is not None and appos.ent_type_ in ("", "GPE", "NORP", "LOC"):
            # "Gurpreet Dhillon, Ontario director of the ... Union": one role, split in two
            return AppositiveRole(office, [appos, office], [], [appos])
    return AppositiveRole(None, [], [], [])


def _office_with_article(appositive: Token) -> bool:
    """``Jeannie Akpalialuk, the MLA for Pangnirtung``: an office the tagger took for a name
    is still an office when an article opens it."""
    return (appositive.text in titles() or is_role_word(appositive)) and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in appositive.children)


def office_of_possessed_name(appositive: Token) -> tuple[Token, list[Token]] | None:
    """``the City of Saskatoon's director``, parsed as *the City of (Saskatoon's director)*:
    the office (``director``) and the words of the body whose office it is (``City of
    Saskatoon``), the possessive read as closing the whole name."""
    for prep in appositive.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != appositive.i + 1:
            continue
        for office in prep.children:
            owner = [c for c in office.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                     and c.i > prep.i]
            if office.dep_ == "pobj" and office.pos_ == "NOUN" and owner and is_role_word(office):
                body = [t for t in appositive.doc[appositive.left_edge.i : owner[0].i + 1]
                        if t.pos_ != "DET"]
                return office, body
    return None


def described_as_named(name_root: Token) -> str | None:
    """``a retired schoolteacher named Ruth Abernethy``, ``a nurse called Ann Lee``: what a
    person is, written before the verb that names them (a feature's way of introducing
    someone)."""
    naming = name_root.head
    if name_root.dep_ not in ("oprd", "dobj", "attr") or naming.lemma_ not in ("name", "call") \
            or naming.dep_ != "acl" or naming.head.pos_ != "NOUN":
        return None
    noun = naming.head
    first = min((t.i for t in noun.lefts if t.dep_ not in ("det", "poss")), default=noun.i)
    trade = is_role_word(noun) or any(noun.lower_.endswith(w) for w in word_set("role_words")
                                       if len(w) >= 5)  # ("schoolteacher")
    # as written: "New York City entrepreneur"
    return noun.doc[first : noun.i + 1].text if trade else None


def title_of_possessor(name: Span) -> MentionParts | None:
    """``Mayor Frank Delgado's proposed budget``: a person named as a possessor keeps the
    office title written right before the name (which ``the mayor`` may later refer to); the
    rest of such a phrase is about the thing possessed."""
    doc, first = name.doc, name.start
    while first > 0 and doc[first - 1].text in titles():
        first -= 1
    while first < name.start and first > 0 and doc[first - 1].is_title \
            and doc[first - 1].lower_ in word_set("rank_modifiers"):
        first -= 1  # "Prime Minister", "Deputy Mayor"
    if first == name.start or name.label_ != "PERSON":
        return None
    title = doc[first : name.start].text
    return MentionParts(doc[first], name[-1], name.text, tuple(name), title, None, None,
                        "person", head_lemma=name.root.lower_)


def holder_beside_body(head: Token) -> tuple[Token, str, str] | None:
    """``Decorah High School senior Maddie Ruen``: the parser took the body's name for the
    subject and hung the person, after a job in lower case, on it as an appositive; the
    person's head word, the job and the body's name, or None."""
    body = entity_of(head)
    if not body or body[-1].i != head.i or len(body) < 2 or not (
            head.ent_type_ == "ORG" or head.lower_ in word_set("organization_name_endings")
            | word_set("club_name_endings") | {"school"}):  # ("Decorah High School")
        return None
    doc = head.doc
    for child in head.children:
        person = entity_of(child) if child.dep_ == "appos" and child.ent_type_ == "PERSON" \
            else None
        job = list(doc[head.i + 1 : person[0].i]) if person else []
        if person and 0 < len(job) <= 3 and all(t.is_lower and t.is_alpha for t in job) \
                and (is_role_word(job[-1]) or all(t.head.i in {p.i for p in person}
                                                  for t in job)):  # ("senior" on Ruen)
            return child, span_text(job), span_text(list(body))
    return None
