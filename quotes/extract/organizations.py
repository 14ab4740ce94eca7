"""The organisation a speaker's office is of: ``spokeswoman for the charity Harbour Light``,
``Kestrel Chief Executive Officer``, ``Oilers coach``, ``an analyst with Morgan Stanley``; and
what is no organisation though it looks like one: a home town or a posting (``places``), a
common noun (``union leader``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotes.extract.lexicon import (
    given_name_gender,
    titles,
    word_lists,
    word_set,
)
from quotes.extract.names import is_role_word, joining_hyphen, no_body_meant
from quotes.extract.offices import (
    ORG_LABELS,
    common_noun_entity,
    entity_of,
    is_portfolio,
    name_text,
    phrase_tokens,
    portfolio_run_into,
    span_text,
)
from quotes.extract.phrases import (
    described_by_with,
    kind_possessor,
    name_after_kind,
    office_for_portfolio,
    office_with_of,
    possessor,
    without_kind_words,
)
from quotes.extract.places import from_place, hometown


def _proper_like(token: Token) -> bool:
    """A proper noun, or a capitalised plural inside a sentence the tagger took for a common
    noun: a team (``Oilers coach``, ``Maple Leafs goaltender``)."""
    return token.pos_ == "PROPN" or (
        token.is_title and token.tag_ in ("NNS", "NNPS") and token.lower_ not in word_set(
            "group_nouns")
        and token.lemma_.lower() not in word_set("organization_nouns"))


def job_word(token: Token) -> bool:
    """A role word, or a title written in lower case after a name (``Jets captain``); no
    organisation noun (``the higher education regulator``)."""
    if token.lemma_.lower() in word_set("organization_nouns"):
        return False
    return is_role_word(token) or token.pos_ == "NOUN" and token.text.capitalize() in titles()


_WHEN_MODIFIERS = frozenset({"former", "ex", "then", "outgoing", "incoming", "interim", "acting",
                             "longtime", "veteran", "retired"})


# what opens no body's name before a job: a place, a people, a person, an event ("World War
# II general"), a date or a number (the tagger's works of art are often bodies' short names)
_NO_BODY_LABELS = frozenset({"GPE", "NORP", "PERSON", "EVENT", "DATE", "TIME", "CARDINAL",
                             "ORDINAL"})


# a school year or a ward, written with its number before a role: no organisation
NUMBERED_PLACES = frozenset({"grade", "ward", "year", "form"})


def leading_organization(premodifiers: list[Token]) -> tuple[str | None, set[int]]:
    """``Kestrel Chief Executive Officer``, ``Oilers coach``: a proper noun the tagger did not
    label that opens a job name names the organisation the job is at; a common noun
    (``union leader``, ``campaign manager``) names none and stays in the role."""
    words = [t for t in premodifiers if not t.is_punct]
    while len(words) > 2 and words[0].lower_ in _WHEN_MODIFIERS:
        words = words[1:]  # "Former Mustangs coach": the Mustangs' (the role stays whole)
    run: list[Token] = []
    for token in words:
        if token.lower_ in word_set("office_modifiers") or not run and (
                token.lower_ in word_set("role_opening_words") or token.lower_ in NUMBERED_PLACES
                and token.i + 1 < len(token.doc) and token.nbor().like_num):
            break  # "Majority Leader", "Deputy Director", "Crown attorney", "Grade 11 student",
            # "Ward 5 councillor": part of the office
        capitalised = token.is_title or token.is_upper and len(token) > 1  # "CUPE Ontario"
        # a city opens a team's or a force's name: "Winnipeg Jets captain", "US Army Major"
        city_led = token.ent_type_ == "GPE" and token.i + 1 < len(token.doc) and _proper_like(
            token.nbor()) and not job_word(token.nbor())
        opens = not run and _proper_like(token) and capitalised and not is_role_word(token) \
            and (token.ent_type_ not in _NO_BODY_LABELS or city_led) or (
                not run and _party_before_office(token, words))  # "Liberal finance critic"
        goes_on = bool(run) and _proper_like(run[-1]) and (
            _proper_like(token) or token.is_title or token.like_num) and not is_role_word(
            token) and token.text not in titles()  # "Coastline 98 host"
        if goes_on and portfolio_run_into(run + [token]) and len(run) == 1 \
                and _adjective_like(run[0]):
            return None, set()  # "Rural Health Minister": the portfolio is all of it
        if not (opens or goes_on) or goes_on and portfolio_run_into(run + [token]):
            break  # (not "Manitoba Finance": the minister's portfolio)
        run.append(token)
    named = _tagged_organization(words)
    if len(named) > len(run):
        run = named
    if not run or len(run) >= len(words) or not any(job_word(t) for t in words[len(run):]):
        return None, set()
    if len(run) == 1 and run[0].lemma_.lower() in word_set("place_nouns") | word_set(
            "organization_nouns"):
        return None, set()  # "County councillor", "City council member": part of the role
    if is_portfolio(run[0]):
        return None, set()
    run = organization_opening(run[0]) + run
    return span_text(run), {t.i for t in run}


def _party_before_office(token: Token, words: list[Token]) -> bool:
    """``Liberal finance critic``, ``NDP deputy leader``, ``Republican gubernatorial
    candidate``, ``Fine Gael councillor``: a party's name before one of its offices (not
    ``Conservative radio host``, a leaning)."""
    pair = f"{token.lower_} {token.nbor().lower_}" if token.i + 1 < len(token.doc) else ""
    party = token.lower_ in word_set("party_adjectives") | word_set("party_names") \
        or pair in word_set("party_names")
    return (token.is_title or token.is_upper) and party and \
        words[-1].lower_ in word_set("party_offices") and words[-1].i > token.i


def _adjective_like(token: Token) -> bool:
    """``Rural``, ``Municipal``, ``Northern``, ``Foreign``: a capitalised word shaped like an
    adjective, untagged or run into a body's name (``[International Trade] Minister``), which
    opens a portfolio rather than names a province or a body."""
    return token.ent_type_ in ("", "ORG") and token.lower_.endswith(
        ("al", "ic", "ous", "ive", "ary", "ern", "ign", "ced", "ied"))  # "Advanced", "Applied"


def _tagged_organization(words: list[Token]) -> list[Token]:
    """``University of Toronto professor``: an organisation the tagger named, whole (with its
    ``of``), up to the office words it may have taken in (``Relations National Executive``)."""
    run: list[Token] = []
    for token in words:
        if token.ent_type_ != "ORG" or token.lower_ in word_set("office_modifiers") \
                or is_role_word(token) or token.text in titles() \
                or not run and (token.pos_ != "PROPN" or token.lower_ in word_set(
                    "role_opening_words")):
            break
        run.append(token)
    while run and run[-1].pos_ != "PROPN":
        run.pop()
    return run


def organization_opening(first: Token) -> list[Token]:
    """``Council on [Foreign Relations President]``: the words of the organisation's name
    the parser hung before the speaker's phrase (its article left out)."""
    if first.ent_type_ != "ORG" or first.ent_iob_ != "I":
        return []
    start = first.i
    while start > 0 and first.doc[start].ent_iob_ == "I":
        start -= 1
    opening = [t for t in first.doc[start : first.i] if not (t.pos_ == "DET" and t.i == start)]
    return opening if opening and opening[0].pos_ in ("PROPN", "NOUN") else []


def organization_described(role_head: Token | None, premodifiers: list[Token]) -> bool:
    """The name is described as an organisation (``ad buying firm Brandwell``,
    ``Brandwell, an ad buying firm``)."""
    org_nouns = word_set("organization_nouns")
    if role_head is not None:  # (and "Minera Altiplano, a unit of Halvorsen Resources")
        return role_head.lemma_.lower() in org_nouns | word_set("body_appositive_nouns") \
            and not no_body_meant(role_head)  # ("veteran centre Andre Beaulieu")
    nouns = [t for t in premodifiers if t.pos_ == "NOUN"]
    return bool(nouns) and nouns[-1].lemma_.lower() in org_nouns \
        and not no_body_meant(nouns[-1])


def organization_of(role_head: Token | None, role_tokens: list[Token]) -> tuple[str | None, set[int]]:
    """The organisation a role belongs to: ``spokesperson for X``, or an ORG inside the role."""
    org_preps = word_set("role_prepositions_for_organization")
    if role_head is not None and (office_with_of(role_head) or office_for_portfolio(role_head)):
        return None, set()  # "Minister of State for Trade": all of it is the office
    riding = _riding_of(role_head)
    if riding and role_head is not None:
        # "NDP MPP for Scarborough Heights": a seat, no organisation; the party's before it
        party = next((t for t in role_tokens if t.i < role_head.i
                      and _party_before_office(t, [role_head])), None)
        return (party.text, riding | {party.i}) if party is not None else (None, riding)
    publisher = _publisher(role_head)
    if publisher is not None:  # "Grid Storage Outlook, an annual report published ... by X"
        issued = publisher.head.head  # the participle: it and all it holds leave the role
        return name_text(without_kind_words(phrase_tokens(publisher, set()))), {
            t.i for t in issued.subtree}
    if role_head is not None:
        aside = described_by_with(role_head)
        # "The GPC's Director of Media and Publicity": an office its body possesses is of a
        # portfolio, not of a second body
        owned = body_possessing(role_head) is not None or kind_possessor(role_head) is not None
        preps = [p for p in role_head.children if p.dep_ == "prep" and p.lower_ in org_preps
                 and p.i not in aside and not (owned and p.lower_ == "of")]
        # "head of research for Asia at Brookline Kaye": a body before a place (the posting)
        preps.sort(key=lambda p: all(c.ent_type_ in ("GPE", "LOC") for c in p.children
                                     if c.dep_ == "pobj"))
        for prep in preps:
            objects = [c for c in prep.children if c.dep_ == "pobj" and names_organization(c)
                       and not (prep.lower_ in ("from", "in") and from_place(c))
                       and not hometown(c)
                       and not (prep.lower_ == "of" and _honorific_before(c))]
            if objects:
                kind = objects[0]  # ("the Seattle firm Harrow & Stone": the name after it)
                objects[0] = name_after_kind(kind) or kind
                inner = _organization_inside(objects[0])
                if inner is not None:  # the department before it stays in the role
                    named = phrase_tokens(inner, set())
                    return name_text(without_kind_words(named)), {t.i for t in named} | {
                        inner.head.i}
                # "director of the Center for Urban Policy at Halden University": the
                # centre's, which is at the university
                within = [c for c in objects[0].children if c.dep_ == "prep"
                          and c.lower_ == "at" and objects[0].pos_ == "PROPN"]
                # "the Falcon Club, the school's main booster group": no appositive
                described = [c for c in objects[0].children if c.dep_ == "appos"
                             and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                             and c.pos_ == "NOUN"]  # (", San Diego" is the name's own)
                # "a sleep researcher at Carver State and the study's lead author": a second
                # role joined after the body is no part of its name
                roles = [c for c in objects[0].children if c.dep_ == "conj"
                         and c.pos_ == "NOUN" and c.is_lower and _role_word_at(c)]
                joined = [c for c in objects[0].children if c.i > objects[0].i and (
                    c in roles or c.dep_ == "cc")] if roles else []
                phrase = _with_entities(phrase_tokens(
                    objects[0], {c.i for c in within + described + joined}))
                return name_text(without_kind_words(phrase)), {t.i for t in phrase} | {
                    prep.i} | {t.i for c in within + described + joined for t in c.subtree} | (
                    {t.i for t in kind.subtree} if kind is not objects[0] else set())
    for token in role_tokens:
        if token.ent_type_ in ("ORG", "GPE") and (token.ent_iob_ == "B" or token.i > 0 and (
                token.nbor(-1).ent_iob_ == "B" and token.nbor(-1).lower_ == "the")):
            entity = entity_of(token)
            if entity and not from_place(token) and not common_noun_entity(entity) \
                    and not (len(entity) == 1 and (
                        is_portfolio(token) or is_role_word(token)
                        or token.lower_ in word_set("role_opening_words"))) \
                    and any(t.text[:1].isupper() for t in entity):  # "rookie defenceman"
                return _entity_in_role(entity)
    return None, set()


def _role_word_at(token: Token) -> bool:
    """``token`` is a role word, or opens one the tokenizer split at its hyphen (``co`` of
    ``co-author``, the rest of which the parser may hang elsewhere)."""
    doc = token.doc
    return is_role_word(token) or token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and not token.whitespace_ and is_role_word(doc[token.i + 2])


def _riding_of(role_head: Token | None) -> set[int]:
    """``MPP for Scarborough Heights``, ``the MLA for Edmonton-Clareview North``: the seat a
    member holds, which is no organisation and, as news copy has it, no part of the role."""
    if role_head is None or role_head.lower_ not in word_set("constituency_offices"):
        return set()
    seat = next((p for p in role_head.children if p.dep_ == "prep" and p.lower_ == "for"), None)
    return {t.i for t in seat.subtree} if seat is not None else set()


def _entity_in_role(entity: tuple[Token, ...]) -> tuple[str | None, set[int]]:
    """A tagged organisation inside a role phrase: its name (``Bayline 98`` before ``host``;
    ``Ontario``, not ``Ontario Health``, before ``Minister``) and, when it is a preposition's
    object, the words that leave the role (``... ecology at the University of Aldby``; a
    posting stays: ``ambassador to Syria``)."""
    doc = entity[0].doc
    after = doc[entity[-1].i + 1] if entity[-1].i + 1 < len(doc) else None
    number = [after] if after is not None and after.like_num and after.i + 1 < len(doc) \
        and job_word(doc[after.i + 1]) else []
    if portfolio_run_into(entity) and all(_adjective_like(t) for t in entity[:-1]):
        return None, set()  # "[International Trade] Minister": the portfolio is all of it
    named = list(entity)[:-1] if portfolio_run_into(entity) else list(entity)
    root = max(entity, key=lambda t: t.dep_ == "pobj")
    taken = {t.i for t in root.subtree} | {root.head.i} if root.dep_ == "pobj" \
        and root.head.i < entity[0].i and root.ent_type_ in ("ORG", "FAC") \
        and root.head.lower_ != "to" else set()
    return name_text(named + number), taken


def _honorific_before(token: Token) -> bool:
    """``friend of Mrs. Clinton``: a person, named with an honorific, is no organisation."""
    return any(t.lower_ in word_lists()["gender_titles"] for t in token.lefts
               if t.dep_ == "compound")


_COMPANY_OFFICES = frozenset({"executive", "officer", "president", "chairman", "chairwoman",
                              "chair", "director", "founder", "co-founder", "treasurer"})


def company_office(role_head: Token) -> bool:
    """``Corvina's former chief executive``: an office a company has, not a person (so its
    possessor is a company, whatever the tagger said); not ``Trump's campaign manager``. A
    possessor opening with a given name or a title (``Ann Lee's``, ``Mr. Trump's``) is still a
    person."""
    owner = next((c for c in role_head.children if c.dep_ == "poss"), None)
    first = owner.left_edge if owner is not None else None
    return role_head.lower_ in _COMPANY_OFFICES and first is not None \
        and not given_name_gender(first.text) and first.text not in titles() \
        and first.lower_ != "the"  # (not "Ann Lee's", "Mr. Trump's", "President Obama's")


def body_name(name: Sequence[Token]) -> bool:
    """``Ridgeline Data Systems``, ``Acme Inc.``: a name whose last word is a body's, which
    a role-like appositive (``, the developer,``) does not make a person's."""
    return len(name) > 1 and name[-1].lower_ in word_set("organization_name_endings")


def names_organization(token: Token) -> bool:
    """An object that names an organisation: an ORG/GPE entity, a proper noun, or "agency"."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    before = [t for t in token.subtree if t.i < token.i]
    if token.ent_type_ == "PERSON" and any(t.text in titles() for t in before) and all(
            t.text in titles() or t.ent_type_ == "PERSON" or t.dep_ == "det" for t in before):
        return False  # "a spokesman for Sen. Paul Brandt": a person is no organisation (but
        # "Speaker of the House Rep. Paul Ryan" names the House before the person)
    if token.ent_type_ in ORG_LABELS or token.pos_ == "PROPN" and not token.is_lower:
        return True
    subtree = list(token.subtree)
    if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" and not t.is_lower for t in subtree):
        return True  # (the tagger's lower-case proper nouns: "dean of earth sciences")
    # "the agency", "the state's health agency"; not "network planning" nor "customer
    # service", kinds of work (a body is written with its article)
    kinds = {t.lemma_.lower() for t in subtree if t.dep_ not in ("compound", "amod")}
    return bool(kinds & word_set("organization_nouns")) and any(
        c.dep_ in ("det", "poss") for c in token.children)

# what a body does with the document it puts out ("a report published by", "released by")
_ISSUING = frozenset({"publish", "release", "issue", "produce", "compile", "prepare"})


def _publisher(role_head: Token | None) -> Token | None:
    """The body that put out a document named as a role (``an annual report published in
    April by the research firm Tidewater Analytics``): the object of the participle's ``by``."""
    if role_head is None or role_head.lemma_.lower() not in word_set("document_nouns"):
        return None
    for verb in role_head.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in _ISSUING:
            for agent in verb.children:
                body = next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent.dep_ == "agent" else None
                if body is not None and body.pos_ == "PROPN" and names_organization(body):
                    return body  # (a name: not "released by the agency's watchdog")
    return None


def _organization_inside(obj: Token) -> Token | None:
    """``head of commodities research at Lindemann Brothers``: the organisation is the named
    object further down the chain of prepositions, not the department before it."""
    if (obj.ent_type_ in ORG_LABELS and not obj.is_lower or obj.pos_ == "PROPN") \
            and obj.ent_type_ not in ("GPE", "LOC"):
        return None  # (a place may be a posting: "country director for Kenya at HealthReach";
        # "the economics department", a lower-case ORG to the tagger, is the department's)
    org_preps = word_set("role_prepositions_for_organization")
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in org_preps:
            for c in prep.children:
                if c.dep_ == "pobj" and (c.ent_type_ in ORG_LABELS or c.pos_ == "PROPN"):
                    return c
    return None


def _with_entities(phrase: list[Token]) -> list[Token]:
    """The phrase with the whole of every organisation named in it: the parser may hang part
    of a name elsewhere (``the aid group Medics [Without Walls]``)."""
    found = {t.i: t for t in phrase}
    for token in phrase:
        if token.ent_type_ in ORG_LABELS:
            found.update((t.i, t) for t in entity_of(token) or ())
    return [found[i] for i in sorted(found)]


def _hyphened_pieces(token: Token) -> list[Token]:
    """``co-founder``: the word and the pieces hyphened before it, on any of which the parser
    may hang the phrase's possessor (``Kasowo's co-founder``)."""
    doc, i, pieces = token.doc, token.i, [token]
    while i >= 2 and joining_hyphen(doc[i - 1]):
        i -= 2
        pieces.append(doc[i])
    return pieces


def body_possessing(role_head: Token | None) -> Token | None:
    """``Harwick University's dean``, ``the SCA’s area director`` (the parser's ``nmod``
    with its ``’s``): the body whose office the role is, written as its possessor; a person's
    only for an office a company has (``Corvina's former chief executive``)."""
    pieces = _hyphened_pieces(role_head) if role_head is not None else []
    for c in (c for piece in pieces for c in piece.children):
        if possessor(c) and c.pos_ == "PROPN" and names_organization(c) and (
                c.ent_type_ != "PERSON" or company_office(c.head)):
            return c
    return None


def named_body(token: Token) -> bool:
    """``Crane Street Research``, ``Pinecrest Advisors``: an organisation's name of several
    capitalised words, the last a body's (not a town the tagger took for one, ``Bell Harbor``),
    tagged so or left untagged."""
    name = entity_of(token) if token.ent_type_ == "ORG" else None if token.ent_type_ else [
        t for t in token.subtree if t.i <= token.i]  # untagged: "Pinecrest Advisors"
    return name is not None and len(name) > 1 and all(t.text[:1].isupper() for t in name) \
        and name[-1].lower_ in word_set("company_name_words") | word_set(
            "organization_name_endings")
