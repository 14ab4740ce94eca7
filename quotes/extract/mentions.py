"""A speaker mention taken apart: name, title, role and organisation as separate fields.

``Colonel Wayne Morotto, spokesperson for the US-led coalition`` gives name *Wayne Morotto*,
title *Colonel*, role *spokesperson*, organisation *US-led coalition*; ``Syrian state news
agency SANA`` gives name *SANA*, role *Syrian state news agency*.  All from the dependency parse
and named entities, no name lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quotes.extract.lexicon import titles, word_set

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Prof.",
                        "Sir", "Dame"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})
# Parts of a noun phrase that belong to the mention (clauses and their like do not).
_PHRASE_DEPS = {"compound", "amod", "nmod", "det", "poss", "nummod", "case", "punct", "flat",
                "appos", "prep", "pobj", "cc", "conj", "quantmod", "npadvmod", "advmod", "hmod",
                "hyph", "predet", "dep", "nn"}
_DROP_FROM_ROLE = {"det", "poss", "predet", "punct", "cc", "case"}


@dataclass
class MentionParts:
    """What one speaker mention says; offsets are token indices into its ``Doc``."""

    first: Token
    last: Token
    name: str | None
    name_tokens: tuple[Token, ...]
    title: str | None
    role: str | None
    organization: str | None
    speaker_type: str
    pronoun: str | None = None
    definite_nominal: bool = False
    head_lemma: str = ""


def _phrase_tokens(head: Token, stop: set[int]) -> list[Token]:
    """The head and the dependents that make up its noun phrase (no clauses)."""
    picked = [head]
    for child in head.children:
        if child.i in stop or child.dep_ not in _PHRASE_DEPS:
            continue
        if child.dep_ == "punct" and child.text not in {"-", "'", "\u2019"}:
            continue
        if child.dep_ == "compound" and child.pos_ == "VERB":
            continue  # "Said Ellis:", the cue read as part of the name
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        picked.extend(_phrase_tokens(child, stop))
    return picked


def _contiguous(tokens: list[Token]) -> tuple[Token, Token]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[-1].is_punct and tokens[-1].text not in ".)" or
                               tokens[-1].dep_ in {"cc", "case"}):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens[0], tokens[-1]


def _text(tokens: list[Token]) -> str | None:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ in _DROP_FROM_ROLE or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].dep_ in _DROP_FROM_ROLE or tokens[-1].is_punct):
        tokens.pop()
    if not tokens:
        return None
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _span_text(tokens: list[Token]) -> str:
    """Text as written from the first to the last token (keeps "El-Hassan" whole)."""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _name_text(tokens: list[Token]) -> str | None:
    """A name as written, without a leading article or a trailing possessive."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].dep_ == "case" or tokens[-1].is_punct):
        tokens.pop()
    return _span_text(tokens) if tokens else None


def _is_pronoun(token: Token) -> bool:
    """``he``, ``They``; not the acronym ``WHO`` nor a named entity."""
    if token.ent_type_ in NAME_LABELS or (token.text.isupper() and len(token.text) > 1
                                           and token.lower_ != "i"):
        return False
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS


def _entity_of(token: Token) -> tuple[Token, ...] | None:
    if token.ent_type_ not in NAME_LABELS:
        return None
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return tuple(ent)
    return None


def _person_further_on(head: Token, phrase: list[Token]) -> tuple[Token, ...] | None:
    """The first person entity in the phrase after its head."""
    for token in sorted(phrase, key=lambda t: t.i):
        if token.i > head.i and token.ent_type_ == "PERSON":
            return _entity_of(token)
    return None


def _name_tokens(head: Token) -> tuple[Token, ...] | None:
    """The named entity at the head, or its run of proper nouns."""
    entity = _entity_of(head)
    if entity is not None:
        return entity
    if head.pos_ == "PROPN" and head.text[:1].isupper():  # a lower-case "minister" is no name
        run = [head]
        i = head.i - 1
        while i >= 0 and head.doc[i].pos_ == "PROPN" and head.doc[i].dep_ in ("compound", "flat"):
            run.insert(0, head.doc[i])
            i -= 1
        return tuple(run)
    return None


def _split_title(name: list[Token], left: list[Token]) -> tuple[list[Token], list[Token]]:
    """Title words (Colonel, Prime Minister) stand right before the name or open it."""
    title_words = titles()
    title: list[Token] = []
    while len(name) > 1 and name[0].text in title_words:
        title.append(name.pop(0))
    before = sorted((t for t in left if t.i < (name[0].i if name else 0)), key=lambda t: t.i)
    while before and before[-1].text in title_words and before[-1].i == (
        (title[0].i if title else name[0].i) - 1
    ):
        title.insert(0, before.pop())
    # "Prime Minister", "Vice President": a capitalised word right before a title belongs to it
    while title and title[0].text not in HONORIFICS and before and \
            before[-1].i == title[0].i - 1 and before[-1].is_title \
            and before[-1].ent_type_ not in ("GPE", "NORP"):
        title.insert(0, before.pop())
    return name, title


def _organization(role_head: Token | None, role_tokens: list[Token]) -> tuple[str | None, set[int]]:
    """The organisation a role belongs to: ``spokesperson for X``, or an ORG inside the role."""
    org_preps = word_set("role_prepositions_for_organization")
    if role_head is not None:
        for prep in role_head.children:
            if prep.dep_ == "prep" and prep.lower_ in org_preps:
                objects = [c for c in prep.children if c.dep_ == "pobj" and _org_like(c)]
                if objects:
                    phrase = _phrase_tokens(objects[0], set())
                    return _name_text(phrase), {t.i for t in phrase} | {prep.i}
    for token in role_tokens:
        if token.ent_type_ in ("ORG", "GPE") and token.ent_iob_ == "B":
            entity = _entity_of(token)
            if entity:
                return _name_text(list(entity)), set()
    return None, set()


def _org_like(token: Token) -> bool:
    """An object that names an organisation: an ORG/GPE entity, a proper noun, or "agency"."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    if token.ent_type_ in ORG_LABELS or token.pos_ == "PROPN":
        return True
    subtree = list(token.subtree)
    if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in subtree):
        return True
    return bool({t.lemma_.lower() for t in subtree} & word_set("organization_nouns"))


def _speaker_type(name_tokens: tuple[Token, ...] | None, head: Token, role_head: Token | None) -> str:
    org_nouns = word_set("organization_nouns")
    if role_head is not None and role_head.lemma_.lower() in org_nouns:
        return "organization"
    if name_tokens:
        label = name_tokens[-1].ent_type_
        if label == "PERSON":
            return "person"
        if label in ORG_LABELS:
            return "organization"
        return "person" if len(name_tokens) >= 2 else "unknown"
    lemma = head.lemma_.lower()
    if lemma in org_nouns:
        return "organization"
    if head.tag_ in ("NNS", "NNPS") or head.lower_ in word_set("group_nouns"):
        return "group"
    if head.pos_ == "NOUN":
        return "person"
    return "unknown"


def describe(head: Token) -> MentionParts:
    """Take the noun phrase headed by ``head`` apart into the speaker's fields."""
    phrase = _phrase_tokens(head, set())
    first, last = _contiguous(phrase)
    lower = head.lower_
    if _is_pronoun(head):
        return MentionParts(head, head, None, (), None, None, None, "unknown", pronoun=lower)

    name_tokens = _name_tokens(head)
    role_head: Token | None = None
    appositives = [c for c in head.children if c.dep_ == "appos"]
    person = _person_further_on(head, phrase) if head.text in titles() else None
    if person is not None and _entity_of(head) is None:
        # "Speaker of the House Rep. Paul Ryan": the parser made the title the head; the
        # person is named further on in the phrase
        role_head, name_tokens = head, person
    elif name_tokens is None:
        # "Outgoing US special representative in Syria, James Jeffrey": the name is an
        # appositive, which the parser may hang on any word of the phrase.
        appositives = appositives or [t for t in phrase if t.dep_ == "appos"]
        for appos in appositives:
            appos_name = _name_tokens(appos)
            if appos_name is not None:
                role_head, name_tokens = head, appos_name
                break
    elif appositives:
        role_head = appositives[0]

    if name_tokens is None:
        nominal = [t for t in phrase if t.i <= head.i and t.dep_ != "det"
                   and not (t.dep_ == "poss" and t.pos_ == "PRON")]
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
        org, _ = _organization(head, nominal)
        kind = _speaker_type(None, head, None)
        name = None
        role_text = _name_text(nominal) if head.pos_ == "NOUN" else None
        described = any(t.dep_ in ("compound", "amod") for t in nominal)
        if kind in ("group", "organization") and (not definite or described):
            # "police", "military experts": the group is the speaker, named as written
            name, role_text = _text(nominal), None
            org = None if org and org in (name or "") else org
        return MentionParts(first, last, name, (), None, role_text, org, kind,
                            definite_nominal=definite, head_lemma=head.lemma_.lower())

    name_list = list(name_tokens)
    name_ids = {t.i for t in name_list}
    head_is_role = role_head is not None and role_head.i == head.i
    if head_is_role:
        # the head is the role; its left modifiers and prepositions describe it
        role_phrase = [t for t in _phrase_tokens(head, {a.i for a in appositives})]
        left = [t for t in role_phrase if t.i < name_list[0].i]
    else:
        left = [t for t in phrase if t.i < name_list[0].i and t.i not in name_ids
                and t.dep_ != "appos" and t.head.dep_ != "appos"]
        left = [t for t in left if not any(a.i <= t.i for a in appositives)]
        role_phrase = _phrase_tokens(role_head, set()) if role_head is not None else []
    name_list, title_tokens = _split_title(name_list, left if not head_is_role else [])
    title_ids = {t.i for t in title_tokens}
    premodifiers = [t for t in left if t.i not in title_ids and t.dep_ not in _DROP_FROM_ROLE
                    and t.i not in name_ids]
    org, org_ids = _organization(role_head, role_phrase)
    if org_ids & name_ids:  # "Speaker of the House Rep. Paul Ryan": the House, not the name
        doc = head.doc
        before = [doc[i] for i in sorted(org_ids) if i < min(name_ids)
                  and doc[i].pos_ not in ("ADP", "DET") and doc[i].text not in titles()]
        org = _name_text(before) or None
    # the first role only: "Director of X, and Chairman of Y" -> "Director" (of X)
    second_roles = {t.i for c in (role_head.children if role_head is not None else [])
                    if c.dep_ in ("conj", "cc") and c.i > role_head.i for t in c.subtree}
    role_tokens = [t for t in role_phrase if t.i not in org_ids and t.i not in name_ids
                   and t.i not in second_roles]
    if head_is_role:
        role = _text([t for t in role_tokens if t.i not in title_ids])
    else:
        role = _text(role_tokens) if role_tokens else _text(premodifiers)
        if role_tokens and premodifiers:
            role = _text(premodifiers) + " " + role if _text(premodifiers) else role
    if org is None:
        org, org_ids = _organization(head, [])
        role_tokens = [t for t in role_tokens if t.i not in org_ids]
    possessor = [t for t in left if t.dep_ == "poss" and t.pos_ != "PRON"]
    if org is None and possessor:
        org = _name_text(list(possessor[0].subtree))  # "Labour's Shadow Home Secretary"
    if org is None and role_head is None and premodifiers:
        org, _ = _organization(None, premodifiers)
    kind = _speaker_type(tuple(name_list), head, role_head)
    if kind != "person" and org is not None and name_list and org in " ".join(
            t.text for t in phrase):
        org = None  # "the US-led coalition": the organisation is the speaker itself
    if role is not None and role == org:
        role = None  # "US President Donald Trump": "US" is the organisation, not a role
    elif role is not None and org is not None and role.startswith(org + " "):
        role = role[len(org) + 1:]  # "Panama coach" -> coach (of Panama)
    name = _name_text(name_list) if name_list else None  # "the World Bank" -> "World Bank"
    title = _text(title_tokens) if title_tokens else None
    return MentionParts(first, last, name, tuple(name_list), title, role, org, kind,
                        head_lemma=head.lemma_.lower())
