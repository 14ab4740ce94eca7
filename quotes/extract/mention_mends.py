"""Mends of a speaker mention once it is taken apart (:func:`quotes.extract.mentions.describe`):
a portfolio joined by ``and`` is one office, an office written short is no name, and a
candidate's name before ``campaign`` names the campaign."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.anatomy import MentionParts
from quotes.extract.names import portfolio_conjunct
from quotes.extract.phrases import campaign_named, office_acronym


def whole_portfolio(parts: MentionParts, head: Token) -> None:
    """``Oceans and Fisheries Minister Tama Reid``: the whole portfolio is the role, none of it
    a title or a body (in place)."""
    opener = portfolio_conjunct(head.head) if head.dep_ == "conj" else None
    if opener is not None and opener.i == head.i and (parts.role or parts.title) \
            and parts.name_tokens:
        parts.role = head.doc[head.head.i : parts.name_tokens[0].i].text
        parts.title, parts.organization = (None if f in parts.role.split() else f for f in (
            parts.title, parts.organization))


def office_mended(parts: MentionParts, head: Token) -> MentionParts:
    """``the MD said``: an office written short is the role of someone unnamed, not a name."""
    if not office_acronym(head, parts.name_tokens):
        return parts
    return MentionParts(parts.first, parts.last, None, (), None, head.text, None, "person",
                        definite_nominal=True, head_lemma=head.lower_)


def campaign_mended(parts: MentionParts) -> MentionParts:
    """``Strand campaign spokeswoman Keisha Morrow``: the ``Strand campaign``'s spokeswoman."""
    campaign = campaign_named(parts.organization, parts.role, parts.first) \
        if parts.speaker_type == "person" else None
    if campaign is not None:
        parts.organization, parts.role = campaign
    return parts
