"""A speaker phrase that names no one (``a spokesperson for the Port Authority``,
``officials``, ``the agency``, a pronoun): what it says of who spoke, for
:mod:`quotes.extract.mentions`.

Kept apart from the anatomy of a named speaker because its questions are others: whether the
noun is a person, a group or a body, which words are the role as written, and whether a
definite nominal is left to coreference."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.ages import epithet_after_article, year_old
from quotes.extract.anatomy import MentionParts, speaker_type
from quotes.extract.lexicon import titles, word_set
from quotes.extract.offices import (
    NAME_LABELS,
    entity_of,
    name_text,
    phrase_before_aside,
    span_text,
)
from quotes.extract.organizations import job_word, leading_organization, organization_of
from quotes.extract.phrases import DEFINITE_ARTICLES, focus_adverb

PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})


def is_pronoun(token: Token) -> bool:
    """``he``, ``They``; not the acronym ``WHO`` nor a named entity."""
    if token.ent_type_ in NAME_LABELS or (token.text.isupper() and len(token.text) > 1
                                           and token.lower_ != "i"):
        return False
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS


# where someone is, not a body they work for ("a Broadway resident")
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def describe_unnamed(head: Token, phrase: list[Token], first: Token, last: Token,
                     party: str | None) -> MentionParts:
    """No name in the phrase (``a spokesperson for the Port Authority``, ``officials``): the
    role says who; a definite one (``the spokesman``) is left to coreference."""
    kind = speaker_type(None, head, None)
    if kind == "person" and not job_word(head) and any(c.dep_ == "appos" and c.lemma_.lower() in word_set(
            "organization_nouns") for c in head.children):
        kind = "organization"  # "The losing bidder, a consortium of two utilities"
    # "people familiar with the matter": an adjective after the noun describes it too; and a
    # group is the phrase as written ("residents of Thornby Marsh", "traders at two brokerages")
    after = [t for c in head.rights if c.dep_ == "amod" or kind == "group" and c.dep_ == "prep"
             for t in phrase_before_aside(c)]
    nominal = [t for t in phrase if t.i <= head.i and t.dep_ != "det" and not focus_adverb(t)
               and not (t.dep_ == "poss" and t.pos_ == "PRON")
               and not (t.lower_ == "one" and t.dep_ == "nummod")] + after  # "One resident"
    nominal = [t for t in nominal if t.i not in year_old(nominal)]  # "the 39-year-old founder"
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in head.children) \
        or epithet_after_article(head, DEFINITE_ARTICLES)
    org, org_ids = organization_of(head, nominal)
    before = sorted([t for t in nominal if t.i < head.i], key=lambda t: t.i)
    if org is None and kind == "person" and job_word(head) \
            and head.text.capitalize() not in titles() and not any(t.tag_ == "POS" for t in before):
        # "a Police Scotland spokesperson", "an Environment Canterbury spokesperson": the
        # untagged name before the job is the body the job is at (not "IT major", "New
        # Brunswick's health minister", "One Broadway resident": a place, with no body's word)
        org, org_ids = leading_organization(before + [head])
        ids = sorted(org_ids)
        if org and all(head.doc[i].ent_type_ in _PLACES for i in ids) and not any(
                head.doc[i].lower_ in word_set("organization_nouns") for i in ids):
            org, org_ids = None, set()
        nominal = [t for t in nominal if t.i not in org_ids]
    if kind == "group" and org_ids and not any(
            head.doc[i].ent_type_ in ("ORG", "NORP") for i in org_ids):
        org = None  # "residents of Thornby Marsh": a place or a description, no organisation
    role_text = name_text(nominal) if head.pos_ in ("NOUN", "PROPN") else None
    own = name_text([t for t in nominal if t.i <= head.i]) or ""
    if kind in ("group", "organization") and org and org in own:
        org = None  # "Scientology officials": no organisation beside the group's own words
    described = any(t.dep_ in ("compound", "amod") for t in nominal)
    if kind in ("group", "organization") and described:
        definite = False  # "the US-led coalition" says who it is; "the agency" is for coreference
    return MentionParts(first, last, None, (), None, role_text, org, kind,
                        definite_nominal=definite, head_lemma=head.lemma_.lower(), party=party)


def job_beside_body(head: Token) -> tuple[Token, str] | None:
    """``a Department of Health and Social Care spokesperson``: the parser took the body's
    name for the subject and left the job beside it as a second one; the job and the body's
    name, or None."""
    doc = head.doc
    body = entity_of(head) if head.ent_type_ == "ORG" else None
    if not body or body[0].i != head.i or body[-1].i + 1 >= len(doc):
        return None
    job = doc[body[-1].i + 1]
    if not job.is_lower or not job_word(job) or not (
            job.dep_ == head.dep_ and job.head.i == head.head.i
            or head.i <= job.head.i <= body[-1].i) \
            or job.i + 1 < len(doc) and job.nbor().is_title:
        return None  # (not "... spokesperson Jo Lee", named)
    return job, name_text(list(body)) or span_text(list(body))
