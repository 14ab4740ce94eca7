"""A speaker mention taken apart: name, title, role and organisation as separate fields.

``Colonel Wayne Morotto, spokesperson for the US-led coalition`` gives name *Wayne Morotto*,
title *Colonel*, role *spokesperson*, organisation *US-led coalition*; ``Syrian state news
agency SANA`` gives name *SANA*, role *Syrian state news agency*.  All from the dependency parse
and named entities, no name lists.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract import mention_mends as mends
from quotes.extract.ages import age_tokens, year_old
from quotes.extract.anatomy import (
    MentionParts,
    after_other_person,
    dateline_end,
    describe_label,
    document_source,
    generic_person,
    hyphen_word,
    hyphened_opening,
    owner_of_name,
    party_tag_after,
    past_dateline,
    said_of_a_person,
    second_role,
    source_parts,
    speaker_type,
    surname_described,
    with_indefinite_article,
)
from quotes.extract.appositives import (
    holder_beside_body,
    name_in_appositive,
    name_tokens_at,
    office_of_possessed_name,
    role_in_appositives,
)
from quotes.extract.holders import office_holder, past_scene
from quotes.extract.lexicon import titles, word_set
from quotes.extract.names import is_role_word, portfolio_conjunct
from quotes.extract.offices import (
    entity_of,
    name_text,
    names_something_else,
    phrase_tokens,
    riding_before,
    run_on_name,
    split_title,
    takes_portfolio,
)
from quotes.extract.organizations import (
    body_name,
    body_possessing,
    job_word,
    leading_organization,
    named_body,
    names_organization,
    organization_described,
    organization_of,
)
from quotes.extract.phrases import (
    DROP_FROM_ROLE,
    NOT_ROLE_ENTITIES,
    an_act,
    contiguous,
    country_adjective,
    described_by_with,
    joint_role,
    kin_role,
    kind_possessor,
    not_nationalities,
    phrase_text,
    role_run_before,
    role_without_organization,
    without_kind_words,
)
from quotes.extract.places import incidental_to_role
from quotes.extract.subjects import office_of_body_holding
from quotes.extract.unnamed import describe_unnamed, is_pronoun, job_beside_body


def describe(head: Token, bounds: tuple[int, int] | None = None) -> MentionParts:
    """:func:`_describe`; ``Oceans and Fisheries Minister Tama Reid`` is one minister."""
    head = past_scene(head) if bounds is None else head  # ("Outside court, his sister, X")
    minister = portfolio_conjunct(head)
    beside = job_beside_body(head) if bounds is None else None
    holder = holder_beside_body(head) if bounds is None and beside is None else None
    parts = describe(minister) if minister is not None else _describe(
        beside[0] if beside else holder[0] if holder else head, bounds)
    if beside is not None and parts.name is None:
        parts.first, parts.organization = head.left_edge, beside[1]  # the body's job
    if holder is not None:  # "Decorah High School senior Maddie Ruen"
        parts.first, parts.role = head.left_edge, parts.role or holder[1]
        parts.organization = parts.organization or holder[2]
    mends.whole_portfolio(parts, head)
    parts.first = head if minister is not None else parts.first
    parts.role = None if parts.name and an_act(parts.role) else parts.role  # "X, reacting,"
    parts = mends.campaign_mended(mends.office_mended(parts, head))
    mends.acronym_before_office(parts)
    mends.opening_taken_back(parts)
    name_root = parts.name_tokens[-1] if parts.name_tokens else None
    if kin_role(parts.role) and name_root is not None and name_root.i != head.i \
            and any(c.dep_ == "appos" or c.i < name_root.i and c.is_lower and c.dep_ in (
                "compound", "amod") for c in name_root.children):
        # "Ms. Gallant's father, Robert Gallant, 71, a retired lobsterman": kinship is no role;
        # the name's own appositive says what he is, or its own words ("His neighbour,
        # retired dairy farmer Colin Aperahama")
        own = _describe(name_root)
        if own.role and not kin_role(own.role):
            parts.title = own.title or parts.title
            parts.role, parts.organization = own.role, own.organization
    return parts


def _describe(head: Token, bounds: tuple[int, int] | None = None) -> MentionParts:
    """Take the noun phrase headed by ``head`` apart into the speaker's fields.

    ``bounds`` (first and last token index) confine the speaker words to a transcript label
    (``DR. AMARA OKONKWO:``): nothing of the answer after it is read.  A dateline that opens
    the paragraph (``LONDON (Reuters) -``) is never part of the phrase.
    """
    if bounds is not None:
        return describe_label(head.doc[bounds[0] : bounds[1] + 1])
    cut = dateline_end(head.doc)
    if head.i < cut:
        head = past_dateline(head, cut)
    if head.i < cut:
        cut = 0  # nothing but the dateline names a speaker: the parse went astray; keep it
    phrase = [t for t in phrase_tokens(head, set()) if t.i >= cut]
    halves, before_halves = hyphened_opening(head, phrase)  # "The union's vice-president"
    if halves:
        phrase = sorted({*phrase, *(t for t in halves + before_halves if t.i >= cut)},
                        key=lambda t: t.i)
    first, last = contiguous(phrase)
    lower = head.lower_
    if is_pronoun(head):
        return MentionParts(head, head, None, (), None, None, None, "unknown", pronoun=lower)
    ages = age_tokens(head)
    party, skip = party_tag_after(head)
    skip |= ages
    phrase = [t for t in phrase if t.i not in skip]

    name_tokens = name_tokens_at(head) or surname_described(head)
    if name_tokens and not any(t.text[:1].isupper() or t.like_num for t in name_tokens):
        name_tokens = None  # "the rookie defenceman, Tom Berg", "the national statistics
        # office": the tagger's lower-case ORG names no one
    role_head: Token | None = None
    possessed_body: list[Token] = []
    role_opening: list[Token] = []
    # an appositive the parser hung on a party tag or an age belongs to the name
    appositives = [c for c in phrase if c.dep_ == "appos" and (
        c.head.i == head.i or c.head.i in skip)]
    person = office_holder(head, phrase)
    member = head.lower_ in word_set("party_members")
    if member and name_tokens is not None and all(t.i == head.i for t in name_tokens) \
            and with_indefinite_article(head):
        name_tokens = None  # "said a New Hampshire Republican": someone unnamed, a party's
    # "The City of Winnipeg's interim chief administrative officer, Paul Gagnon,": the
    # parser made the body the head, the office its object and the officeholder its appositive
    possessed = office_of_possessed_name(head) if person is None and head.ent_type_ in (
        "GPE", "ORG") else None
    holder = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                   and c.i > possessed[0].i), None) if possessed else None
    held = office_of_body_holding(head) if name_tokens is not None else None
    if possessed is not None and holder is not None and entity_of(holder):
        role_head, name_tokens, possessed_body = possessed[0], entity_of(holder), possessed[1]
        appositives = [a for a in appositives if a.i != holder.i]
    elif held is not None:  # "the Community Relations Officer of Greenfield Highways Ltd, Mr
        role_head, possessed_body = held  # Ibrahim Sule, denied": the holder of the office
        skip.add(role_head.i + 1)  # (its "of" is the body's)
    elif person is not None and (entity_of(head) is None or member or head.ent_type_ == "ORG"
                                 and is_role_word(head)):  # ("the Commissioner for X", ORG)
        # "Speaker of the House Rep. Paul Ryan": the parser made the title the head; the
        # person is named further on in the phrase
        role_head, name_tokens = head, person
    elif name_tokens is None:
        role_head, name_tokens, appositives = name_in_appositive(head, appositives, phrase)
    elif all(is_role_word(t) or t.is_punct for t in name_tokens) \
            and (in_appositive := name_in_appositive(head, appositives, phrase))[1] is not None:
        role_head, name_tokens, appositives = in_appositive  # "The GPC's Director of Media, Femi
        # Alabi,": the capitalised office the head is names no one; its appositive does
    else:
        described = role_in_appositives(appositives)
        role_head, appositives = described.head, described.appositives
        possessed_body, role_opening = described.body, described.opening

    source = document_source(head) if name_tokens is None else None
    if source is not None:  # "a report from the Harbor Policy Institute": its publisher's
        return source_parts(source, first, last, head, party)
    if name_tokens is None or all(is_role_word(t) or t.is_punct for t in name_tokens):
        unnamed = describe_unnamed(head, phrase, first, last, party)  # "Minister says ...": no name
        if member:  # "a New Hampshire Republican": a person; the state is no organisation
            unnamed.speaker_type, unnamed.organization = "person", None
        return unnamed

    name_list = [t for t in name_tokens if t.i not in skip]
    mark = next((k for k, t in enumerate(name_list) if t.tag_ == "POS"), 0)
    if 0 < mark < len(name_list) - 1 and all(t.ent_type_ in ("GPE", "LOC")
                                              for t in name_list[:mark]):
        skip |= {t.i for t in name_list[:mark + 1]}  # "South Africa's Halden Mining": where,
        name_list = name_list[mark + 1:]  # not who, nor whose
        phrase = [t for t in phrase if t.i not in skip]
    if party is None and name_list and name_list[-1].i != head.i:
        party, party_ids = party_tag_after(name_list[-1])  # "Speaker ... Rep. Paul Ryan (R-WI)"
        skip |= party_ids
        phrase = [t for t in phrase if t.i not in skip]
    name_ids = {t.i for t in name_list}
    head_is_role = role_head is not None and role_head.i == head.i
    if head_is_role:
        # the head is the role; its left modifiers and prepositions describe it
        role_phrase = [t for t in phrase_tokens(head, {a.i for a in appositives} | skip)
                       if t.i >= cut]
        if halves:
            role_phrase = sorted({*halves, *role_phrase}, key=lambda t: t.i)
        left = [t for t in role_phrase if t.i < name_list[0].i]
    else:
        # words the parser hung on the dateline belong to the speaker's phrase
        rooted = {t.i for t in phrase if t.head.i < cut} | {head.i}
        left = [t for t in phrase if t.i < name_list[0].i and t.i not in name_ids
                and (t.dep_ != "appos" or t.i in rooted)
                and (t.head.dep_ != "appos" or t.head.i in rooted)]
        left = [t for t in left if not any(a.i <= t.i for a in appositives)]
        left = after_other_person(left)
        if not left and role_head is None and name_list:
            left = role_run_before(name_list[0])  # the parser hung the office elsewhere
        role_phrase = sorted({*role_opening, *(t for part in hyphen_word(role_head)
                                               for t in phrase_tokens(part, skip))},
                             key=lambda t: t.i) if role_head is not None else []
    role_phrase = [t for t in role_phrase if t.i not in described_by_with(role_head)]
    # "The hospital's chief executive, Dr. Anand Ruskin": a title inside the appositive
    own = [t for t in (*name_list[-1].lefts, *name_list[0].lefts) if t.dep_ == "compound"
           and t.i < name_list[0].i and t.text in titles()] if head_is_role and name_list else []
    if head_is_role and name_list and not own and name_list[0].i == head.i + 1 \
            and head.text in titles() | word_set("titles_before_names_only"):
        own = [t for t in head.lefts if t.dep_ == "compound" and t.is_title] + [head]
        # "Grand Chief Samuel Kakegamic": the name hung as an appositive on its title
    doc = head.doc
    if own and own[0].i > 0 and doc[own[0].i - 1].lower_ in word_set("rank_modifiers") \
            and own[0].text.endswith("."):
        own.insert(0, doc[own[0].i - 1])  # "Her challenger, state Rep. Mireille Cato"
    while own and own[0].i - 1 > head.i and doc[own[0].i - 1].is_title \
            and doc[own[0].i - 1].dep_ == "compound" and takes_portfolio(own[-1]):
        own.insert(0, doc[own[0].i - 1])  # "Her cabinet colleague, Industry Minister X"
    name_list, title_tokens, role_words = split_title(name_list, left if not head_is_role else own)
    riding = riding_before(title_tokens or role_words[-1:], left + role_words)  # the seat
    role_words = [t for t in role_words if t.i not in riding]
    if riding and not title_tokens and len(role_words) == 1 and role_words[0].text in titles():
        title_tokens, role_words = role_words, []  # "Halifax West MP Ann Lee": MP, a title
    title_ids = {t.i for t in title_tokens}
    parties = mends.party_before_title(left, title_tokens)  # "Democratic state Sen. X"
    party = party or (parties[0].text if parties else None)
    # no part of a role: a name run on before a rank, an age ("82-year-old"), a date, a party,
    # a nationality before a title ("Tunisian President X"; a faith is: "Christian Rev. X")
    dropped = riding | run_on_name(left, title_tokens) | year_old(left) | {
        t.i for t in left if t.ent_type_ in NOT_ROLE_ENTITIES
        or (t.ent_type_ == "NORP" and t.lower_ not in not_nationalities() or country_adjective(t))
        and title_tokens and t.i < title_tokens[0].i} | {t.i for t in parties}
    owners = owner_of_name(left, name_ids)  # "Selkirk Valley Power's Yvonne Cormack"
    taken = title_ids | name_ids | dropped | {t.i for t in role_words} | owners
    premodifiers = sorted([t for t in left if t.i not in taken and t.dep_ not in
                           DROP_FROM_ROLE] + role_words, key=lambda t: t.i)
    # "first-time voter", "co-host": a noun's hyphened word is kept whole ("first" is no
    # ordinal here); not a name's ("AFL-CIO") nor an adjective's ("warm-and-fuzzy")
    kept = {t.i for t in premodifiers}
    joined = {u.i: u for t in premodifiers if t.is_lower and t.pos_ == "NOUN"
              for u in hyphen_word(t)
              if u.i not in kept and u.i not in name_ids and (u.is_lower or u.is_punct)}
    premodifiers = sorted([*premodifiers, *joined.values()], key=lambda t: t.i)
    role_phrase = [t for t in role_phrase if t.i not in second_role(role_phrase, role_head)]
    org, org_ids = organization_of(role_head, role_phrase)
    if org is None and role_head is not None and not head_is_role and job_word(role_head):
        # "Harriet Sorensen, the Common Ground MLA": an untagged body's name before the job
        org, named = leading_organization([t for t in role_phrase if t.i <= role_head.i
                                           and t.dep_ not in DROP_FROM_ROLE])
        org_ids |= named
    owner = body_possessing(role_head)
    # ("The opposition Reform Party's finance spokesperson": the party's name)
    owned = name_text(without_kind_words([t for t in owner.subtree if t.dep_ != "case"])) \
        if owner else None
    if owner is not None and (org in (None, owned) or all(
            doc[i].ent_type_ in ("GPE", "LOC") or doc[i].pos_ in ("ADP", "DET", "PUNCT")
            for i in org_ids)):
        # "Delacroix, Harwick University's dean of earth sciences": the university's; "the
        # SCA's area director for the West Midlands": the region is the office's remit
        org, org_ids = owned, {t.i for t in owner.subtree}
    org = org or kind_possessor(role_head)
    if possessed_body:  # "the City of Saskatoon's director": the whole name's
        org, org_ids = name_text(possessed_body), {t.i for t in possessed_body}
    if org_ids & name_ids:  # "Speaker of the House Rep. Paul Ryan": the House, not the name
        before = [doc[i] for i in sorted(org_ids) if i < min(name_ids)
                  and doc[i].pos_ not in ("ADP", "DET") and doc[i].text not in titles()]
        org = name_text(before) or None
    # the first role only ("Director of X, and Chairman of Y"), or one named twice (joint_role)
    joint = joint_role(role_head)
    heads = list(role_head.children) if role_head is not None else []
    second_roles = {t.i for c in heads if c.dep_ in ("conj", "cc") and c.i > c.head.i
                    and c not in joint and not (c.pos_ == "PROPN" and not is_role_word(c)
                                                and not any(d.dep_ == "cc" for d in heads))
                    for t in c.subtree}  # ("Minister of Education and Child Care": its "and"
    # is the portfolio's, no second office's)
    first_body = kind_possessor(role_head)  # "the institute's director and a professor ... at
    if org_ids and org_ids <= second_roles and first_body:  # the University of X": the first's
        org, org_ids = first_body, set()
    origin = incidental_to_role(role_phrase, role_head, org_ids)
    role_tokens = [t for t in role_phrase if t.i not in org_ids and t.i not in name_ids
                   and t.i not in second_roles and t.i not in origin]
    if head_is_role:
        # "the rookie defenceman, Tom Berg, after the game": the role ends where the name begins
        role = phrase_text([t for t in role_tokens if t.i not in title_ids
                      and (not name_list or t.i < name_list[0].i)])
        relational = any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "its"
                         for c in head.children)  # (an organisation's "Its organiser" is one)
        later = [a for a in (*name_list[-1].children, *head.children) if a.dep_ == "appos"
                 and a.pos_ == "NOUN" and a.i > name_list[-1].i] if relational and name_list else []
        if later:
            # "Her neighbor, X, 45, a contractor": what X is, not to whom
            org, org_ids = organization_of(later[0], [])
            said = phrase_tokens(later[0], skip)
            origin = incidental_to_role(said, later[0], org_ids)  # ("a nurse in Orange")
            role = phrase_text([t for t in said if t.i not in org_ids and t.i not in origin])
        elif role_words:  # "Her cabinet colleague, Industry Minister X": the post, named
            role = phrase_text(role_words)
    else:
        role = phrase_text(role_tokens) if role_tokens else phrase_text(premodifiers)
        before_name = phrase_text(premodifiers) if role_tokens else None
        if before_name and any(t.pos_ in ("NOUN", "PROPN") and t.ent_type_ in ("", "PERSON")
                               for t in premodifiers):
            role = before_name  # "Evacuee Tom Brandvold, a retired postal worker": the first
            if leading_organization(premodifiers)[0] is not None:
                org, org_ids = None, set()  # ... and its organisation, not the appositive's
        elif before_name and not all(t.ent_type_ in ("GPE", "NORP") for t in premodifiers):
            # "Former X, a diplomat" (not "Florida Rep. X, the committee's chair": the state)
            role = f"{before_name} {role}" if role else before_name
    if org is None and (title_tokens or role or any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.ent_type_ == "ORG" and any(
                d.lower_ == "the" for d in o.children) or named_body(o)) for o in c.children)
            for c in head.children)):
        # "Governor Ellen Marsh of Vermont", "Jorunn Eide of the Norland Consumer Council"
        # (an organisation with its article), "Martin Osei of Crane Street Research" (a
        # body's name of several words); not the home town of "Marcus Reed, 35, of Dayton"
        org, org_ids = organization_of(head, [])
        if org is None and head_is_role and (title_tokens or role):
            org, org_ids = organization_of(name_list[-1], [])  # "lead author Dr. X of McGill's"
            if sum(doc[i].ent_type_ == "ORG" for i in org_ids) < 2:
                org, org_ids = None, set()  # (a home town: "..., Priya Nair of Dayton")
        role_tokens = [t for t in role_tokens if t.i not in org_ids]
    possessor = [t for t in left if t.dep_ == "poss" and t.pos_ != "PRON"
                 and t.ent_type_ != "PERSON" and names_organization(t)
                 and not (t.ent_type_ in ("GPE", "LOC") and name_list[-1].ent_type_ == "ORG")]
    if org is None and possessor:
        org = name_text(list(possessor[0].subtree))  # "Labour's Shadow Home Secretary" (not
        # "Saskatchewan's Ministry of Health": where a body is)
    # (not "International" of "International Trade Minister", read as its portfolio)
    portfolio = bool(premodifiers) and premodifiers[0] in role_words and (
        premodifiers[0].lower_ == "shadow"  # ("Shadow Home Secretary", tagged "Shadow Home")
        or len(entity_of(premodifiers[0]) or ()) == 1 and not names_something_else(premodifiers[0]))
    if org is None and role_head is None and premodifiers and not portfolio:
        org, _ = organization_of(None, premodifiers)
    if org is None and premodifiers and role is not None and role.startswith(
            premodifiers[0].text) and not portfolio:
        org, _ = leading_organization(premodifiers)
    if org is None:  # "Ontario Premier Doug Ford", "Clinton campaign Chairman John Podesta"
        org, role = mends.organization_before_title(premodifiers, title_tokens, role)
    kind = speaker_type(tuple(name_list), head, role_head)
    if kind == "unknown" and title_tokens:
        kind = "person"  # "Baroness Quenby": a style of address is a person's
    if kind == "unknown" and role_head is not None and role_head.i != head.i and speaker_type(
            None, role_head, None) == "person":
        kind = "person"  # "Fields, the city planner"
    described_as_person = role_head is not None and job_word(role_head) or bool(
        premodifiers) and (job_word(premodifiers[-1])  # "The head of the union, Sara Holt"
                           or premodifiers[-1].lower_ in word_set("party_members"))
    if kind == "organization" and (title_tokens or ages or party or said_of_a_person(head)
                                   or described_as_person and not body_name(name_list)
                                   or any(head.doc[i].ent_type_ not in ("GPE", "LOC")
                                          and head.doc[i].pos_ == "PROPN" for i in owners)):
        kind = "person"  # "Nadia Osei, 29, a bus driver": the tagger's ORG notwithstanding
        # (an owner's name makes a person of a name: not a place's, "Germany's Cartel Office")
    elif kind == "person" and not title_tokens and organization_described(role_head, premodifiers):
        kind = "organization"  # "ad buying firm Brandwell"
    if kind != "person" and org is not None and name_list and org in " ".join(
            t.text for t in phrase):
        org = None  # "the US-led coalition": the organisation is the speaker itself
    if role is not None and org is not None:
        role = role_without_organization(role, org, bool(title_tokens))
    if kind == "organization" and name_list and not role_tokens and premodifiers and all(
            t.pos_ == "ADJ" for t in premodifiers):
        role = None  # "The nonpartisan Better Government Association": a stance, no role
    name = name_text(name_list) if name_list else None  # "the World Bank" -> "World Bank"
    if name is not None and role and generic_person(role):
        role = None  # "The other man, his cousin James York": a name's "man" is no role
    if kin_role(role):
        org = None  # "Thunderchild's uncle, Elder Joseph Bearchief": a kin's, not a body's
    title = phrase_text(title_tokens) if title_tokens else None
    if name is None and role is None and title is not None:
        role, title = title, None  # "Chairman:" alone names no one
    return MentionParts(first, last, name, tuple(name_list), title, role, org, kind,
                        head_lemma=head.lemma_.lower(), party=party)
