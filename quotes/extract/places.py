"""Where someone comes from, lives, works or is posted, which a speaker phrase may write like an
organisation (``Marcus Reed, 35, of Dayton``, ``a spokesman in Baghdad``, ``a retired nurse
from Mesa`` with the town tagged ORG): no organisation of theirs; and what else a role phrase
says of someone besides the role (where, how long, whose, how old)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from quotes.extract.ages import year_old
from quotes.extract.lexicon import word_set
from quotes.extract.segments import TextView

# what a place is called before ``of`` and its name: "the western Indian city of Pune"
_KINDS_OF_PLACE = frozenset({"city", "town", "village", "province", "state", "county",
                             "district", "region", "island", "capital", "municipality",
                             "port", "suburb", "township", "borough", "hamlet"})


def from_place(token: Token) -> bool:
    """``a hairdresser from Leeds``, ``a spokesman in Baghdad``: where someone comes from or
    is posted is no organisation."""
    head = token
    while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i or (
            head.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC")
            and head.head.ent_type_ in ("GPE", "LOC")):  # "in Cape Breton, Nova Scotia"
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("from", "of", "in", "near", "outside"):
        return False
    if head.head.lower_ in ("near", "outside"):
        return True  # "a dairy farmer near Picture Butte": only ever a place
    if head.head.lower_ == "of":  # "Governor Ellen Marsh of Vermont" is Vermont's governor
        return token.ent_type_ == "GPE" or hometown(head)
    if head.head.lower_ == "in":  # (a body is one works at, not in: "a pediatrician in
        return token.ent_type_ in ("GPE", "LOC") or _bare_word(head)  # Parker", the tagger's ORG)
    # "from Izmir", "from the South Side"; not "a spokesman from the ministry"; "Elena
    # Marchetti, 73, a retired nurse from Mesa": where someone of an age comes from
    return token.ent_type_ != "ORG" and not any(
        t.lemma_.lower() in word_set("organization_nouns") for t in head.subtree) or (
        _bare_word(head) and _of_someone_aged(head.head.head))


def _bare_word(obj: Token) -> bool:
    """One capitalised word with no article, no body's or company's word (``Parker``, not
    ``the Pentagon``, ``Acme Corp``, ``NASA``)."""
    return obj.is_title and not any(c.dep_ in ("det", "compound", "poss") for c in obj.children) \
        and obj.lower_ not in word_set("organization_name_endings") | word_set(
            "company_name_words") | word_set("organization_nouns")


def _of_someone_aged(role: Token) -> bool:
    """``Margaret Hollis, 71, a retired schoolteacher``: a role in apposition to a name whose
    age the text gives."""
    return role.dep_ == "appos" and any(c.dep_ == "appos" and c.like_num and c.i < role.i
                                        for c in role.head.children)


def hometown(obj: Token) -> bool:
    """``Wes Tannehill, 54, of nearby Corbin Flats``: ``of`` a place after an age, or a place
    said to be nearby, is where someone lives (``Ann Lee, 45, of Halvorsen Pharma`` is not)."""
    prep, doc = obj.head, obj.doc
    if prep.lower_ != "of" or obj.lower_ in word_set("organization_name_endings"):
        return False
    after_age = prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num
    return after_age or any(c.lower_ == "nearby" for c in obj.children)


def based_in(span: Span) -> bool:
    """``the Mississauga-based carrier``: a name written before ``-based`` is where a body
    is, whatever the tagger called it."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" \
        and doc[span.end + 1].lower_ == "based"


def where_based(role: str | None) -> bool:
    """``Dublin-based``, ``Toronto-listed``: a word that says only where a body is or is
    listed, which is no role of it."""
    return bool(role) and re.fullmatch(r"\S+-(?:based|listed|headquartered)", role or "") is not None


# offices a place after them is the posting of ("special representative in Syria", "human
# resources director in Poland"), unlike a trade's ("a pediatrician in Parker")
_POSTINGS = frozenset({"representative", "envoy", "ambassador", "director", "head", "chief",
                       "coordinator", "correspondent", "manager", "consul", "delegate",
                       "commissioner", "administrator", "minister", "secretary",
                       "spokesman", "spokeswoman", "spokesperson", "official"})
# what a trade's "in the area" says of where someone works
_PLACE_NOUNS = frozenset({"area", "region", "community", "town", "city", "village", "ward"})


def _a_place(token: Token) -> bool:
    """A place, named (``Yellowknife``, ``Orange``, whatever the tagger took it for, but an
    organisation) or by a noun (``the area``)."""
    return token.ent_type_ in ("GPE", "LOC") or token.pos_ == "PROPN" and token.ent_type_ in (
        "", "PERSON") and not any(d.dep_ == "case" for d in token.children) \
        or token.lemma_.lower() in _PLACE_NOUNS and any(d.lower_ == "the" for d in
                                                         token.children) \
        or token.ent_type_ == "ORG" and _bare_word(token) and token.head.lower_ == "in"
    # (a trade is practised in a town the tagger took for a body: "a pediatrician in Parker")


def where_one_works(prep: Token, role_head: Token | None) -> bool:
    """``a nurse in Orange``, ``a youth leader in the area``: where someone of a trade works,
    which is no part of the trade (GUIDELINES.md), unlike a posting (``special representative
    in Syria``)."""
    return prep.lower_ in ("in", "near") and role_head is not None \
        and prep.head.i == role_head.i and role_head.lower_ not in _POSTINGS \
        and any(_a_place(g) for g in prep.children)


def named_as_places(view: TextView) -> frozenset[str]:
    """``the western Indian city of Pune``: names the text calls a place (``city of``, in lower
    case, not the council ``City of Toronto``), whatever the tagger took them for, so that
    ``the airline said`` is never Pune."""
    found: set[str] = set()
    for ent in view.entities():
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.is_lower \
                and head.head.lemma_ in _KINDS_OF_PLACE and head.head.i < ent.start:
            found.add(ent.text)
    return frozenset(found)


_SPANS_OF_TIME = frozenset({"year", "month", "week", "day", "decade", "century", "season",
                            "term"})


def incidental_to_role(role_phrase: list[Token], role_head: Token | None = None,
                       org_ids: AbstractSet[int] = frozenset()) -> set[int]:
    """Words of a role phrase that say something else of the person: the home town (``a
    hairdresser from Leeds``), where a trade works (``a nurse in Orange``; a posting, ``special
    representative in Syria``, is the role's), the age (``a 52-year-old widow``), how long (``a
    firefighter for 26 years``, ``a centre in his 13th season``), where the organisation is
    (``owner of Aucoin Transport in nearby Riverbend``), whose someone is (``Graham
    Fairweather's solicitor``)."""
    found = after_organization(role_head, org_ids) | year_old(role_phrase)
    if role_head is not None:
        found |= {t.i for c in role_head.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"
                  for t in c.subtree}
    for prep in (c for c in role_phrase if c.dep_ == "prep"):
        objects = list(prep.children)
        how_long = (prep.lower_ in ("for", "since") or prep.lower_ == "in" and any(
            d.dep_ == "poss" for g in objects for d in g.children)) and any(
            g.ent_type_ == "DATE" or g.lemma_ in _SPANS_OF_TIME for g in objects)
        if how_long or where_one_works(prep, role_head) \
                or prep.lower_ == "from" and any(from_place(g) for g in objects) \
                or prep.lower_ == "for" and any(g.ent_type_ == "PERSON" for g in objects):
            found |= {t.i for t in prep.subtree}  # ("spokesman for Sen. Paul Brandt")
    return found


def after_organization(role_head: Token | None, org_ids: AbstractSet[int]) -> set[int]:
    """``owner of Aucoin Transport in nearby Riverbend``: a phrase after the organisation a
    role is of says where that organisation is, not what the person is."""
    if role_head is None or not org_ids or min(org_ids) < role_head.i:
        return set()
    return {t.i for c in role_head.children if c.dep_ == "prep" and c.i > max(org_ids)
            for t in c.subtree}
