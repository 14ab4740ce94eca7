"""Names and the offices written before them (the organisations those offices are of are
:mod:`quotes.extract.organizations`).

``Fire Chief Ernesto Valdivia``, ``Hollins County Prosecutor Darnell Whitcombe``, ``Trade
Secretary Mark Dunn``, ``Kestrel Chief Executive Officer``: news runs an office into a name with
no comma, and a tagger often takes both for one name.  These helpers tell the words apart, from
word lists of titles and role words (never lists of names), for :mod:`quotes.extract.anatomy`
and :mod:`quotes.extract.mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from quotes.extract.lexicon import PERSON_ENDINGS, titles, word_set
from quotes.extract.names import (
    given_name_after_office,
    given_name_not_role,
    given_names_before,
    hyphen_joined_before,
    hyphened_given_name_before,
    is_role_word,
    joining_hyphen,
    office_before_person,
    office_run,
    owner_before_name,
    party_member_before,
    portfolios_listed,
    possessive_name_bounds,
    prosecutor_rank,
    trade_before_given_name,
)

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Parts of a noun phrase that belong to the mention (clauses and their like do not).
_PHRASE_DEPS = {"compound", "amod", "nmod", "det", "poss", "nummod", "case", "punct", "flat",
                "appos", "prep", "pobj", "cc", "conj", "quantmod", "npadvmod", "advmod", "hmod",
                "hyph", "predet", "dep", "nn"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
STREET_WORDS = frozenset({"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard",
                          "Blvd.", "Lane", "Drive", "Square", "Place"})
NOT_NAME_START = frozenset({"ADV", "INTJ", "CCONJ", "SCONJ", "AUX", "PRON"})
TRAILING_WORDS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
BULLETS = "-\u2013\u2014\u2022*~+>"
NEARBY = frozenset({"neighbouring", "neighboring", "nearby", "adjacent", "adjoining"})


def phrase_tokens(head: Token, stop: set[int]) -> list[Token]:
    """The head and the dependents that make up its noun phrase (no clauses)."""
    picked = [head]
    for child in head.children:
        if child.i in stop or child.dep_ not in _PHRASE_DEPS:
            continue
        if child.dep_ == "punct" and child.text not in {"-", "'", "\u2019"} \
                and child.text not in titles():  # "spokesperson Const. Jane Dorr": a title
            continue
        if child.dep_ == "compound" and child.pos_ == "VERB" and not (
                child.tag_ == "VBG" and child.is_lower):
            continue  # "Said Ellis:", the cue read as part of the name ("managing director" is one)
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        picked.extend(phrase_tokens(child, stop))
    return picked


def phrase_before_aside(token: Token) -> list[Token]:
    """The subtree of ``token`` without clauses, up to the first comma after it (a clause is no
    part of the phrase: ``people familiar with the matter, who asked not to be named``)."""
    clauses = {t.i for c in token.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
    subtree = [t for t in token.subtree if t.i not in clauses]  # "... conducted by Edison"
    comma = next((t.i for t in subtree if t.text in (",", "(", "\u2014", "\u2013", "--")
                  and t.i > token.i), None)
    return [t for t in subtree if comma is None or t.i < comma]


def name_text(tokens: list[Token]) -> str | None:
    """A name as written, without a leading article or a trailing possessive, nor where it is
    (``Carrow & Finch in Halbrook``)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    located = {t.i for prep in tokens if prep.dep_ == "prep" and tokens[0].i < prep.i and (
        prep.lower_ in ("in", "near") and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")
                                              for c in prep.children)
        or prep.lower_ in ("on", "at") and any(c.dep_ == "pobj" and c.text in STREET_WORDS
                                               for c in prep.children))  # "... on Front Street"
        for t in prep.subtree}
    bracket = next((i for i, t in enumerate(tokens) if i and "(" in (t.text, t.nbor(-1).text)),
                   None)  # "the Standards Board (SHSB)": its acronym is no part of it
    tokens = [t for t in tokens[:bracket] if t.i not in located]
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct or len(tokens) > 1 and (
            tokens[0].lower_ in NEARBY and tokens[1].is_title)):
        tokens.pop(0)  # (nor where a body is: "the neighbouring Rural Municipality of X")
    while tokens and (tokens[-1].dep_ == "case" or tokens[-1].is_punct
                      or tokens[-1].lower_ in ("'s", "\u2019s")):
        tokens.pop()
    return without_bullet(span_text(tokens)) if tokens else None


def without_bullet(name: str) -> str:
    """``-Craig Fehrman`` -> ``Craig Fehrman``: a list's bullet glued to the first word."""
    return name.lstrip(BULLETS) or name


# a nickname in quotation marks between a given and a family name
NICKNAME = re.compile(r"(?<=\w)\s+[\"'\u201c\u2018][^\"'\u201c\u201d\u2018\u2019]{1,30}"
                      r"[\"'\u201d\u2019]\s+(?=\w)")


def without_nickname(name: str) -> str:
    """``Teodora “Teddie” Vukovic`` -> ``Teodora Vukovic``: the name a person is indexed by;
    the nickname the story gives in quotation marks is no part of it."""
    return NICKNAME.sub(" ", name)


def name_as_written(text: str) -> str:
    """An entity's name from the words of its mention: no bullet, no nickname."""
    return without_nickname(without_bullet(text))


def takes_portfolio(title: Token) -> bool:
    """Office titles that take the name of their portfolio before them (``Trade Secretary``,
    ``Economy Minister``); ranks and honorifics do not (``Professor``, ``Dr.``)."""
    return title.text in word_set("office_titles")


def rank_title(office: Sequence[Token]) -> bool:
    """``Prime Minister``, ``Deputy Prime Minister``, ``Attorney General`` are ranks written
    before a name (a title); an office named by its portfolio (``Interior Minister``, ``Fire
    Chief``, ``Shadow Home Secretary``) is a position (a role), as GUIDELINES.md has it."""
    return all(t.text in titles() or t.lower_ in word_set("rank_modifiers") for t in office[:-1])


def portfolio_run_into(entity: Sequence[Token]) -> bool:
    """``Ontario Health Minister``, ``Lackawanna County Elections Director``: the tagged name's
    last word is the office's portfolio, not part of it (not ``Centers for Disease Control``)."""
    word, doc = entity[-1], entity[-1].doc
    return len(entity) > 1 and word.i + 1 < len(doc) and not any(
        t.pos_ == "ADP" for t in entity) \
        and doc[word.i + 1].text in ("Minister", "Secretary", "Director") \
        and not (word.lower_.endswith("s") and (is_role_word(word) or word.lemma_.lower() in
                                                word_set("role_words") | word_set("group_nouns"))) \
        and word.lower_ not in word_set("organization_name_endings") \
        and word.lemma_.lower() not in word_set("organization_nouns") | word_set(
            "proper_institutions")  # (not "United Auto Workers", "White House"; "Forests" is a portfolio)


def is_portfolio(word: Token) -> bool:
    """``Interior Minister``, ``Fire Chief``: one word before an office that names its
    portfolio, no organisation (even when the tagger made it one)."""
    doc = word.doc
    if word.i + 1 >= len(doc) or not takes_portfolio(doc[word.i + 1]) or _office_goes_on(
            doc[word.i + 1]):
        return False  # "Kestrel Chief Executive Officer": Kestrel's, the office goes on
    if word.is_upper and len(word.text) > 1:
        return False  # "UN Ambassador", "CNN President": an acronym names the organisation
    before = doc[word.i - 1] if word.i > 0 else None
    return (before is None or not before.is_title or bool(before.is_sent_start)
            or before.lower_ in word_set("rank_modifiers")) and not names_something_else(word)


def _office_goes_on(office: Token) -> bool:
    """``Chief Executive Officer``, ``Chief Financial Officer``: the capitalised words after an
    office word end in another (the office is all of them)."""
    for token in office.doc[office.i + 1 : office.i + 4]:
        if not token.is_title or token.ent_type_ == "PERSON":
            return False
        if is_role_word(token):
            return True
    return False


def title_before_person(doc: Doc, end: int) -> bool:
    """``[Elk Hollow Coun.] Brenda Loewen``: a name the tagger ended with the title of the
    person named right after it; the title is no part of it."""
    return doc[end - 1].text in titles() and end < len(doc) and doc[end].ent_type_ == "PERSON"


def proper_run(token: Token) -> tuple[Token, ...]:
    """``token`` with the proper nouns compounded right before it (``PC World``)."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        if doc[start - 1].dep_ in ("compound", "flat") or doc[start - 1].dep_ == "nmod" \
                and doc[start - 1].is_title:
            start -= 1
        elif doc[start - 1].dep_ == "conj" and start >= 3 and doc[start - 2].lower_ in (
                "and", "&") and doc[start - 3].pos_ == "PROPN" and doc[start - 3].is_title:
            start -= 3  # "the Rivers and Coast Agency"
        else:
            break
    return tuple(doc[start : token.i + 1])


def span_text(tokens: list[Token]) -> str:
    """Text as written from the first to the last token (keeps "El-Hassan" whole)."""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def entity_of(token: Token) -> tuple[Token, ...] | None:
    """The tokens of the person, organisation or place entity ``token`` is part of."""
    if token.ent_type_ not in NAME_LABELS:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # walk to the entity's first token (B), not over the whole Doc's entities
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while end - start > 1 and doc[start].pos_ in NOT_NAME_START:
        start += 1  # "Certainly Donald Trump": the tagger ran a sentence adverb into the name
    start, end = possessive_name_bounds(doc, start, end)  # "Manitoba Seniors' Advocacy Network"
    while end - start > 1 and (doc[end - 1].is_lower and doc[end - 1].pos_ in TRAILING_WORDS
                               or title_before_person(doc, end)):
        end -= 1  # "[Martin Osei of] Crane Street Research", "[Elk Hollow Coun.] Brenda Loewen"
    if token.i >= end:
        return None
    if party_member_before(doc[start:end]):
        start += 1  # "Democrat Elijah Cummings": the party's member, not a word of the name
        if token.i < start:
            return None
    for comma in [t.i for t in doc[start + 1 : end - 1] if t.text == "," and not
                  portfolios_listed(doc, start, t.i, end) or t.text in (
                      "-", "\u2014", "\u2013", "--") and doc[t.i - 1].whitespace_]:
        # "Lehigh, Bruce Turry": two names the tagger ran together over a comma (or a spaced
        # dash: "Mr. Trump - 60 percent of voters")
        start, end = (start, comma) if token.i < comma else (comma + 1, end)
        if token.i == comma:
            return None
    owned = owner_before_name(doc, start, end)
    if owned is not None:
        start, end = (owned, end) if token.i >= owned else (start, owned - 1)
    verb = next((t.i for t in doc[start + 1 : end - 1] if t.pos_ == "VERB" and (
        t.is_lower or t.dep_ in ("ROOT", "ccomp") or t.tag_ in ("VBZ", "VBD"))), None)
    if verb is not None:  # "Todd asked Pence whether ...": the tagger ran on into the clause,
        # or over a headline's verb ("Bernie Sanders Promises Action On Immigration")
        start, end = (start, verb) if token.i < verb else (verb + 1, end)
        if token.i == verb:
            return None
    if not any(t.text[:1].isupper() for t in doc[start:end]) and (
            token.ent_type_ == "PERSON" or not any(t.is_alpha for t in doc[start:end])):
        return None  # "Mr. Trump - [60 percent] of voters": no one's name (an organisation
        # in lower case, "the coast guard", is still the one it names)
    if not any(t.text[:1].isupper() for t in doc[start:end]) and is_role_word(doc[end - 1]) \
            and doc[end - 1].lower_.endswith(PERSON_ENDINGS):
        return None  # "the rookie defenceman" tagged a body: a person described, no name
    if token.ent_type_ == "ORG" and office_before_person(doc[start:end]):
        if token.i == start:
            return None  # "[Trustee] Ifeoma Nwachukwu" tagged a body: an office, then a person
        start += 1
    run = office_run(doc[start:end]) if token.ent_type_ in ("PERSON", "ORG") else 0
    if run and token.i >= start + run:
        start += run  # "Hollins County Prosecutor Darnell Whitcombe": the name, after the office
    elif run:
        end = start + run  # ... and before it, what the office is of ("Hollins County")
        while end > start and (doc[end - 1].text in titles() or is_role_word(doc[end - 1])):
            end -= 1
        return tuple(doc[start:end]) if token.i < end else None
    if token.ent_type_ == "PERSON":
        start = hyphen_joined_before(doc, given_names_before(doc, start, end))
    if end - start == 1:
        start = hyphened_given_name_before(doc, start)  # "Hyun-woo Park", "Park" tagged alone
    return tuple(doc[start:end])


def capitalised_inside(token: Token) -> bool:
    """``Tibbets said``: a capitalised word inside a sentence that the tagger read as a common
    noun is a name (not a role or title word, nor a word capitalised by style in capitals)."""
    if token.pos_ != "NOUN" or not token.is_title or token.i == 0:
        return False
    before = token.nbor(-1)
    opens_sentence = before.text in (".", "!", "?", ":") or before.is_space or (
        before.is_quote and not before.whitespace_)
    return not opens_sentence and not is_role_word(token) \
        and token.lemma_.lower() not in word_set("organization_nouns")


def split_title(name: list[Token], left: list[Token]
                 ) -> tuple[list[Token], list[Token], list[Token]]:
    """Title words (Colonel, Prime Minister) stand right before the name or open it; role
    words the tagger took into the name (``Comedian Sara Lind``) go to the role.

    Returns the name, the title and those role words."""
    # ("Minority Leader Ann Lee"; "the minority leader said" is whichever leader was named)
    title_words = titles() | word_set("titles_before_names_only")
    title: list[Token] = []
    role: list[Token] = []
    run = office_run(name)
    if run:
        office, name = name[:run], name[run:]
        if takes_portfolio(office[-1]) and len(office) > 1 and not rank_title(office) \
                and names_something_else(office[-2]):
            return name, office[-1:], office[:-1]  # "Sandy Creek Chief": the nation's chief
        if takes_portfolio(office[-1]):  # "Fire Chief", as "Trade Secretary" before a name
            return (name, office, []) if rank_title(office) else (name, [], office)
        if office[-1].text in title_words:  # "Chief Medical Officer Dr. Ingrid Solheim"; a
            # rank of several words is one title ("Det Insp", "Lt Col")
            return (name, office, []) if rank_title(office) else (name, office[-1:], office[:-1])
        return name, [], office  # "Hollins County Prosecutor"
    while len(name) > 1 and (name[0].text in title_words or is_role_word(name[0])
                             or trade_before_given_name(name)) \
            and not given_name_after_office(name, left) and not given_name_not_role(name) \
            and not (len(name) == 2 and name[1].lower_ in word_set("organization_name_endings")):
        # (a title word may open a body's name: "General Electric", "Justice Department")
        if name[0].text in title_words and not role:
            title.append(name.pop(0))
        elif name[0].text[:1].isupper():
            role.append(name.pop(0))
        else:
            break
    # "Auditor-General", "Lieutenant-Governor": read as the office without the hyphen
    before = sorted((t for t in left if t.i < (name[0].i if name else 0)
                     and not joining_hyphen(t)), key=lambda t: t.i)
    prosecutor = prosecutor_rank(before, name[0]) if name and not title and not role else []
    if prosecutor:
        return name, prosecutor, []
    while before and not role and before[-1].text in title_words and _next_to(
            before[-1], title[0] if title else name[0]):
        if title and len(before) > 1 and _next_to(before[-2], before[-1]) \
                and before[-2].is_title and before[-2].text not in title_words:
            break  # "Chief Medical Officer Dr. Ingrid Solheim": the job name is no title
        title.insert(0, before.pop())
    if title and title[-1].lower_ in word_set("role_words") and before \
            and _next_to(before[-1], title[0]) and before[-1].is_title \
            and before[-1].text not in title_words and not names_something_else(before[-1]) \
            and before[-1].lower_ not in word_set("rank_modifiers") | word_set("party_adjectives") \
            and before[-1].lower_ not in word_set("deliberative_bodies") \
            and not run_on_name(before, title):
        # "Chief Financial Officer", "Police Officer": a job name, not a rank (but "Committee Chair")
        return name, [], title
    # "Prime Minister", "Trade Secretary": a capitalised word right before an office title
    # names its portfolio; an organisation before it does not ("Central Bank Governor")
    while title and takes_portfolio(title[-1]) and before and len(title) < 4 and \
            _next_to(before[-1], title[0]) and before[-1].is_title \
            and not names_something_else(before[-1]):
        title.insert(0, before.pop())
    while title and before and _next_to(before[-1], title[0]) and (
            before[-1].is_title or before[-1].is_lower and title[0].text.endswith(".")) \
            and before[-1].lower_ in word_set("rank_modifiers"):
        title.insert(0, before.pop())  # "State Rep.", "Vice Adm.", "state Sen." (AP's case)
    shadow = [before[i:] for i in (-1, -2) if len(before) >= -i and before[i].lower_ == "shadow"]
    if title and shadow and all(_next_to(a, b) for a, b in zip(shadow[0], [*shadow[0][1:],
                                                                         title[0]])):
        # "Shadow Chancellor", "Shadow Home Secretary": an opposition post, a role
        return name, [], [*shadow[0], *title]
    if len(title) > 1 and takes_portfolio(title[-1]) and not rank_title(title):
        return name, [], title
    return name, title, role


def _next_to(first: Token, then: Token) -> bool:
    """``then`` follows ``first`` right away, or past a joining hyphen."""
    gap = then.i - first.i
    return gap == 1 or gap == 2 and joining_hyphen(first.doc[first.i + 1])


def run_on_name(left: list[Token], title: list[Token]) -> set[int]:
    """``the Arts Citation Index Professor Reyes``: a proper name with its article right
    before a rank is another name run on for want of a comma, neither role nor organisation."""
    if not title or takes_portfolio(title[-1]):
        return set()
    before = sorted((t for t in left if t.i < title[0].i), key=lambda t: t.i)
    run: list[Token] = []
    while before and before[-1].i == (run[0].i if run else title[0].i) - 1 \
            and before[-1].pos_ == "PROPN" and before[-1].is_title:
        run.insert(0, before.pop())
    if run and before and before[-1].i == run[0].i - 1 and before[-1].lower_ == "the":
        return {t.i for t in run} | {before[-1].i}
    return set()


def names_something_else(word: Token) -> bool:
    """A place, nationality, person or organisation before a title is not its portfolio
    (``US President``, ``Central Bank Governor``); the tagger's one-word ORG often is
    (``Finance Minister``)."""
    if word.ent_type_ in ("GPE", "NORP", "FAC", "PERSON"):
        return True
    if word.lower_ in word_set("organization_name_endings") and word.i > 0 \
            and word.doc[word.i - 1].pos_ == "PROPN" and word.doc[word.i - 1].is_title:
        return True  # "Mountain Plains Conference Commissioner", untagged
    entity = entity_of(word) if word.ent_type_ == "ORG" else None
    if entity is not None and word.lemma_.lower() in word_set("proper_institutions") and not (
            len(entity) == 1 and word.i + 1 < len(word.doc)
            and word.doc[word.i + 1].text in word_set("portfolio_for_offices")):
        return True  # "House Speaker": the House, not the Speaker's portfolio (as "Treasury"
        # is "Treasury Secretary"'s, a role, as "Home Secretary")
    if entity is not None and portfolio_run_into(entity):
        return False  # "Ontario Health Minister": the tagger ran the portfolio into the place
    return entity is not None and (len(entity) > 1 or word.lemma_.lower() in word_set(
        "organization_nouns"))


def common_noun_entity(entity: tuple[Token, ...]) -> bool:
    """``Council leader``, ``State Auditor``: one capitalised common noun the tagger took for an
    organisation's name (not ``Senate``, an institution named by its noun)."""
    lemma = entity[0].lemma_.lower()
    return len(entity) == 1 and (lemma in word_set("organization_nouns") or lemma in word_set(
        "office_modifiers")) and lemma not in word_set("proper_institutions")


def riding_before(title: list[Token], words: list[Token]) -> set[int]:
    """``Vernon-Monashee MLA``, ``Halifax West MP``: the seat a member holds, written right
    before the office, is no organisation and no role (a party is: ``NDP MLA``, ``Labour
    MP``)."""
    if not title or title[-1].lower_ not in word_set("constituency_offices"):
        return set()
    at = {t.i: t for t in words}
    i, run = title[0].i - 1, []
    while i in at and (at[i].is_title or joining_hyphen(at[i])) and at[i].ent_type_ != "PERSON":
        run.append(at[i])
        i -= 1
    parties = word_set("party_adjectives") | word_set("party_members")
    if not run or any(t.lower_ in parties or t.ent_type_ == "NORP" or t.is_upper for t in run):
        return set()
    return {t.i for t in run}
