"""The edges of a speaker phrase: what a role or a mention leaves off at either end.

An article, a possessive, a mark (``the``, ``his``, ``,``), a focus adverb (``Only the
billionaire``) is no part of who speaks; a title the parser took for a mark (``Const.``) is.
An office's ``of`` or ``for`` may name its portfolio (``Minister of State``, ``Minister for
Health``): the role goes on to the phrase's end, no organisation.  A ``with`` phrase may
describe the person, not the office; a second office may be part of the role (``president and
CEO``) or another role; a role phrase may say something else of the person (a home town, how
long, where the body is, for whom they speak), which is no part of the role.  Once the
organisation is known, its words leave the role (``Washington Post's investigative unit`` ->
``investigative unit``), and a body's kind before its name leaves the organisation (``the
charity Sea Lantern`` -> ``Sea Lantern``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from quotes.extract.lexicon import titles, word_lists, word_set
from quotes.extract.names import is_role_word
from quotes.extract.offices import ORG_LABELS


def not_nationalities() -> frozenset[str]:
    """Words the tagger calls NORP that name a faith or a party, not a nationality: a role
    keeps them before a title (``Christian Rev. X``, ``Republican Sen. Y``)."""
    return word_set("not_nationalities")


def country_adjective(token: Token) -> bool:
    """``U.S.``, ``US``, ``UK`` before an office (``U.S. District Judge``, ``US President``):
    the country says whose office, as a nationality does; no organisation nor part of a title,
    as GUIDELINES.md has it (not ``Ontario Premier``: a province's office is its government's)."""
    return token.ent_type_ == "GPE" and token.text.casefold() in word_set("country_short_names")


# a job that speaks for a body and says nothing of which one
SPEAKING_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "press secretary"})


def campaign_named(organization: str | None, role: str | None, first: Token
                   ) -> tuple[str, str] | None:
    """``Strand campaign spokeswoman Keisha Morrow``: the candidate's name compounded before
    ``campaign`` names the campaign, the body (GUIDELINES.md: ``campaign spokeswoman``), and a
    spokesperson's role is the rest; not a possessor's (``Delane's campaign manager``, which
    the writers leave unnamed).  (organisation, role), or None."""
    words = (role or "").split(maxsplit=1)
    if not organization or not words or words[0] != "campaign":
        return None
    doc = first.doc
    run = [t for t in doc[first.i : first.i + 8] if t.lower_ == "campaign"]
    before = doc[run[0].i - 1] if run and run[0].i > 0 else None
    if before is None or before.text != organization.split()[-1]:
        return None  # (the word right before is "'s" in "Delane's campaign")
    return f"{organization} campaign", campaign_role(role or "")


def campaign_role(role: str) -> str:
    """A role in a named campaign: a spokesperson's job without the word (``campaign
    spokeswoman`` → ``spokeswoman``), any other office as written (``campaign manager``)."""
    first, _, rest = role.partition(" ")
    return rest if first == "campaign" and rest.lower() in SPEAKING_FOR else role


def office_acronym(head: Token, name: tuple[Token, ...]) -> bool:
    """``the MD``, ``the CS``, ``the GM``: an office written short after ``the`` (news's other
    names for offices, lexicon ``role_synonyms``) is no name, though the tagger writes it as one
    (``GM said`` without the article is the company)."""
    return len(name) == 1 and name[0].i == head.i and head.is_upper and head.is_alpha \
        and head.lower_ in _offices_written_short() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


@cache
def _offices_written_short() -> frozenset[str]:
    return frozenset(w for others in word_lists()["role_synonyms"].values() for w in others
                     if w.isalpha() and len(w) <= 4)


# whom someone stands beside, as kinship says whom they are related to
_RELATIONS = frozenset({"widow", "widower", "neighbour", "neighbor"})


def kin_role(role: str | None) -> bool:
    """``mother``, ``her son``, ``his wife of 49 years``, ``her neighbour``: kinship says to
    whom someone is related, not what they do, so a named speaker has no such role
    (GUIDELINES.md); an unnamed one (``his father``) keeps it, as the only words that say
    who; ``mother-of-three`` and ``sister-in-law`` are kinship too."""
    return bool(role) and all(_kin_word(part) for part in (role or "").split(" and "))
    # (not "nephew of the late King Abdullah and fellow real estate investor")


def _kin_word(role: str) -> bool:
    words = role.split(" of ")[0].split()
    word = re.split(r"-(?:of|in)(?:-|$)", words[-1].casefold())[0] if words else ""
    return word in word_set("kin_nouns") or word in _RELATIONS


def an_act(role: str | None) -> bool:
    """``reacting`` in ``Ajiboye, reacting, said``: one participle says what someone did, not
    what they are (a role word such as ``acting`` aside)."""
    word = role or ""
    return " " not in word and word.islower() and word.endswith("ing") and len(word) > 5 \
        and word not in word_set("role_words")


NOT_ROLE_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
DROP_FROM_ROLE = {"det", "poss", "predet", "punct", "cc", "case"}
DEFINITE_ARTICLES = frozenset({"the", "this", "that"})


def dropped_at_edge(token: Token) -> bool:
    """An article, a possessive or a mark at a phrase's edge; not a title the parser took for
    a mark (``Const.`` before a name)."""
    return (token.dep_ in DROP_FROM_ROLE or token.is_punct or token.is_space) \
        and token.text not in titles()


def focus_adverb(token: Token) -> bool:
    """``Only the billionaire``, ``Even the organizer``: an adverb before the article says
    how the sentence weighs who speaks, not who it is."""
    return token.pos_ == "ADV" and token.dep_ in ("advmod", "preconj") \
        and token.i + 1 < len(token.doc) and token.nbor().dep_ in ("det", "poss")


def contiguous(tokens: list[Token]) -> tuple[Token, Token]:
    """The first and last token of a phrase once marks and joining words are off its edges."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[-1].is_punct and tokens[-1].text not in ".)" or
                               tokens[-1].dep_ in {"cc", "case"}):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens[0], tokens[-1]


def phrase_text(tokens: list[Token]) -> str | None:
    """A role's or a mention's words as written, without articles, possessives, marks or a
    focus adverb at the edges; None when nothing is left."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (dropped_at_edge(tokens[0]) or focus_adverb(tokens[0])):
        tokens.pop(0)
    while tokens and dropped_at_edge(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def office_with_of(head: Token) -> bool:
    """``Minister of State``, ``Leader of the Opposition``, ``Chief of Staff``: an office
    whose ``of`` names no organisation."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return False
    words = [head.lower_, "of"] + [t.lower_ for t in prep.subtree if t.i > prep.i and (
        t.dep_ != "prep" and t.head.dep_ != "prep" or t.head.i == prep.i)]
    return " ".join(words) in word_set("offices_with_of")


def office_for_portfolio(head: Token) -> bool:
    """``Minister for Health``, ``Deputy Minister for Rural Affairs``, ``Commissioner for
    Trade``, and Canada's ``Minister of Indigenous Services``: a capitalised office whose
    ``for`` (a minister's ``of``) names its portfolio, no organisation."""
    if head.text not in word_set("portfolio_for_offices"):
        return False
    joins = ("for", "of") if head.text == "Minister" else ("for",)
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in joins), None)
    words = [t for t in prep.subtree if t.i > prep.i] if prep is not None else []
    return bool(words) and all(t.is_title or t.lower_ in ("the", "and", "of", "&") for t in words)


_BEFORE_ROLE = frozenset({"head", "rookie", "veteran", "former", "then"})


@cache
def _office_words() -> frozenset[str]:
    return word_set("role_words") | word_set("office_modifiers") | _BEFORE_ROLE


def role_run_before(first: Token) -> list[Token]:
    """``when Laval captain Marcus Thompson-Achebe tied the game``, where the parser took
    ``captain`` for a verb: the lower-case office words right before a name, and a capitalised
    word opening them (the team or body), read in their order as a copy editor reads them.
    Empty unless the run ends in a word for someone's office."""
    doc, start = first.doc, first.sent.start
    if start == first.i > 0 and doc[start - 1].text.endswith(".") \
            and doc[start - 1].text in titles() and doc[start - 1].sent.start == start - 1:
        start -= 1  # "Coun. Travis Mueller said": the parser ended a sentence at the title
    run: list[Token] = []
    i = first.i - 1
    office_words = _office_words()
    while i >= start and doc[i].is_lower and doc[i].is_alpha and (
            doc[i].lower_ in office_words or doc[i].text.capitalize() in titles()):
        run.insert(0, doc[i])
        i -= 1
    if run and i >= start and doc[i].pos_ in ("DET", "PRON", "PART", "AUX", "VERB") \
            or first.i + 1 < len(doc) and doc[first.i + 1].lower_ in ("'s", "\u2019s"):
        return []  # "The federal judge Trump was referring to", "to host Trump's rivals"
    if not run and i >= start and doc[i].text in titles() and doc[i].ent_type_ != "PERSON":
        return [doc[i]]  # "Coun. Michelle Osei-Tutu, whose ward ...": a title hung on the verb
    if not run or not (run[-1].lower_ in word_set("role_words")
                       or run[-1].text.capitalize() in titles()):
        return []
    if i >= start and doc[i].is_title and doc[i].ent_type_ != "PERSON" and (
            i > start and doc[i].pos_ == "PROPN" or i == start and doc[i].tag_ in ("NN", "NNP")):
        run.insert(0, doc[i])  # "Laval captain", "Ironworkers head coach"; a sentence's
        # opening "Board chair", capitalised for its place
    return run


def possessor(token: Token) -> bool:
    """``Harwick University's``, ``the hospital's``: a possessive, as the parser's ``poss`` or
    as its ``nmod`` with the ``'s`` for its case."""
    return token.dep_ == "poss" or token.dep_ == "nmod" and any(
        d.dep_ == "case" and d.lower_ in ("'s", "\u2019s") for d in token.children)


def kind_possessor(role_head: Token | None) -> str | None:
    """``the company's chief economist``, ``the city's director of transportation``: the kind
    of body a role belongs to, when the phrase names it by its kind alone (lower case); which
    body that is, the document's entities tell later (``bodies.organization_settled``)."""
    for child in role_head.children if role_head is not None else ():
        if possessor(child) and child.pos_ == "NOUN" and child.is_lower and any(
                d.lower_ == "the" for d in child.children) and all(
                d.lower_ == "the" or d.dep_ == "case" or d.dep_ == "compound" and d.is_lower
                for d in child.children) \
                and child.lemma_ in word_set("organization_nouns") | word_set(
                    "place_government_words"):  # ("the community center's", not "the
            # Afghan team's", which describes its own body)
            return child.lemma_
    return None


def set_off_from(name_first: Token, head: Token) -> bool:
    """A name is in apposition to ``head`` unless an office of its own stands between them
    with no comma: ``a spokesperson for Housing Minister Paul Lindqvist`` is the minister's
    spokesperson, not the minister, though the parser may hang the name on ``spokesperson``
    (``her challenger, state Rep. Mireille Cato``, ``editor Dr. Sebastian Gorka`` are who
    they describe)."""
    between = list(name_first.doc[head.i + 1 : name_first.i])
    if any(t.is_punct for t in between):
        return True
    titled = False
    while between and between[-1].text in titles():
        between.pop()  # "editor Dr. Sebastian Gorka": the name's own title
        titled = True
    while titled and between and between[-1].lower_ in word_set("rank_modifiers"):
        between.pop()  # "state Rep."
    # ("master of ceremonies Asab Al-Tabchi"; "an admirer in British diplomat Sir Peter
    # Westmacott": who is the admirer, as "a friend in", "an ally in" say)
    return not (between and titled) or between[0].lower_ == "in"


def name_after_kind(obj: Token) -> Token | None:
    """``the Seattle firm Harrow & Stone``, ``the ad buying firm Brandwell``: the name a body's
    kind is followed by (the parser's appositive), which is the organisation's name."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in word_set("organization_nouns"):
        return None
    return next((c for c in obj.children if c.dep_ == "appos" and c.left_edge.i == obj.i + 1
                 and (c.ent_type_ in ORG_LABELS or c.pos_ == "PROPN")), None)


def described_by_with(role_head: Token | None) -> set[int]:
    """``a dairy farmer with three children at Pine Hollow Elementary``: a ``with`` phrase that
    names no organisation describes the person, not the office (``an analyst with Morgan
    Stanley`` keeps its organisation)."""
    if role_head is None:
        return set()
    return {t.i for prep in role_head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            and not any(c.dep_ == "pobj" and (c.ent_type_ in ORG_LABELS or c.pos_ == "PROPN"
                                              or name_after_kind(c) is not None)
                        for c in prep.children)
            for t in prep.subtree}


def joint_role(role_head: Token | None) -> list[Token]:
    """``president and CEO``, ``founder and chief executive``: a second office joined straight
    to the first is one role (the ``and`` and the second office's head); not ``director of X
    and a researcher at Y``, ``governor and EPA administrator`` nor ``banker and former
    official``, two roles."""
    if role_head is None:
        return []
    joined = [c for c in role_head.children if c.dep_ == "cc" and c.i == role_head.i + 1]
    second = [c for c in role_head.children if c.dep_ == "conj" and c.i > role_head.i
              and is_role_word(c) and len(list(c.subtree)) <= 3 and not any(
                  d.dep_ in ("det", "poss", "prep") or d.pos_ == "PROPN" or d.ent_type_
                  or d.lower_ in ("former", "ex") for d in c.subtree if d is not c)]
    return joined + second[:1] if joined and second else []


def without_kind_words(tokens: list[Token]) -> list[Token]:
    """``the charity Sea Lantern`` -> ``Sea Lantern``, ``the Civic Dawn party`` -> ``Civic
    Dawn``: common nouns saying what kind of body a name is, or where it is listed or based,
    are no part of the name (``the Port Authority`` keeps its capitals)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if len(tokens) > 3 and tokens[1].text == "-" and tokens[2].tag_ == "VBN" \
            and tokens[3].pos_ == "PROPN":
        tokens = tokens[3:]  # "Toronto-listed Halvorsen Resources", "Oslo-based Nordvik"
    named = [k for k, t in enumerate(tokens)
             if (t.pos_ == "PROPN" or t.ent_type_ in ORG_LABELS) and t.is_title]
    if not named:
        return tokens
    if named[-1] == len(tokens) - 2 and tokens[-1].lower_ == "party":
        tokens = tokens[:-1]  # "the Civic Dawn party": the party's name is Civic Dawn
    kind = next((k for k in range(named[0] + 1, len(tokens)) if tokens[k].pos_ == "NOUN"
                 and tokens[k].is_lower), None)
    if kind is not None and kind + 1 in named and all(
            t.ent_type_ in ("GPE", "NORP") or t.dep_ == "det" for t in tokens[:named[0] + 1]) \
            and all(t.ent_type_ in ("GPE", "NORP") or t.is_lower for t in tokens[:kind]):
        return tokens[kind + 1:]  # "Mumbai brokerage Sterling Capital Securities"
    lead = tokens[: named[0]]
    if any(t.pos_ in ("NOUN", "ADJ") and t.is_lower and t.is_alpha for t in lead) and all(
            t.is_lower or t.dep_ == "det" for t in lead):
        return tokens[named[0]:]  # ("the provincial Department of ...")
    return tokens


def role_after_organization(role: str, org: str) -> str | None:
    """What is left of ``role`` once the words it opens with that end ``org`` are taken out
    (``American-Islamic Relations Executive Director`` of ``Council on American-Islamic
    Relations``); None when it opens with no such words."""
    words = role.split()
    for k in range(len(words) - 1, 0, -1):
        opening = " ".join(words[:k])
        if org.endswith(" " + opening):
            return " ".join(words[k:])
    return None


ROLE_PREPOSITIONS = frozenset({"to", "of", "for", "at", "with", "from", "in", "by", "under"})


def role_after_possessor(role: str, org: str) -> str | None:
    """``Washington Post's investigative unit`` -> ``investigative unit``; None when the role
    does not open with the organisation's possessive."""
    for opening in (org + "'s ", org + "\u2019s "):
        if role.startswith(opening):
            return role[len(opening):]
    return None


def role_without_organization(role: str, org: str, titled: bool) -> str | None:
    """The role once the organisation found in it is taken out: ``US`` before ``President``
    is all organisation; ``Panama coach`` is the coach (of Panama) but ``Acting Pentagon
    chief`` stays whole (GUIDELINES.md); a name's end before the office (``Council on
    [American-Islamic Relations Executive Director]``); after a title, ``former UN
    Ambassador``."""
    if role == org or org.endswith(" " + role):
        return None
    if role.startswith(org + " "):
        rest = role[len(org) + 1:]  # (not "and Democratic front-runner" of "both Trump and
        return rest.split(maxsplit=1)[1] if rest.split()[0] in ("and", "or") and " " in rest \
            else rest  # Democratic front-runner Hillary Clinton", Trump taken for the body)
    owned = role_after_possessor(role, org)
    if owned is not None:
        return owned
    after = role_after_organization(role, org)
    if after is not None:
        return after
    if role.endswith(" " + org) and titled \
            and role[: -len(org) - 1].split()[-1].lower() not in ROLE_PREPOSITIONS:
        return role[: -len(org) - 1]
    for prep in word_set("role_prepositions_for_organization"):
        for form in (f" {prep} the {org} and ", f" {prep} {org} and "):
            if form in role and role.split(form, 1)[1].split()[0] in ("a", "an", "the"):
                # "physical oceanographer at X and a co-author of the study": the first role
                # (GUIDELINES: a second role goes to the note)
                return role.split(form, 1)[0]
    body = org.split()[-1].casefold() in word_set("organization_name_endings")
    for prep in word_set("role_prepositions_for_organization") if body else ():
        for tail in (f" {prep} the {org}", f" {prep} {org}"):
            if role.endswith(tail) and len(role) > len(tail):
                # "Deputy Secretary-General of the Baltic Maritime Alliance [Sigrun Ulvestad]"
                return role[: -len(tail)]
    return role
