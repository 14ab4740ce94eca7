"""Mends of a speaker mention once it is taken apart (:func:`quotes.extract.mentions.describe`):
a portfolio joined by ``and`` is one office, an office written short is no name, a
candidate's name before ``campaign`` names the campaign, a body's acronym the parser hung
elsewhere still opens the office (``CNB Governor X``), and a body's name the tagger cut short
takes back its capitalised opening (``The [Liberal] Democrats``), and the words before a title
may be the body it is of (``Ontario Premier Doug Ford``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.anatomy import MentionParts
from quotes.extract.lexicon import word_set
from quotes.extract.names import is_role_word, portfolio_conjunct
from quotes.extract.offices import span_text
from quotes.extract.organizations import organization_opening
from quotes.extract.phrases import campaign_named, office_acronym, phrase_text


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


def acronym_before_office(parts: MentionParts) -> None:
    """``"...," CNB Governor Tomas Vrabec said``: the body's acronym right before a titled
    name, which the parser hung on the quotation, is the organisation (in place); not a
    dateline's or a heading's capitals (``LONDON (Reuters) -``, ``RED STATES OUTNUMBER``)."""
    first = parts.first
    if parts.organization is not None or parts.title is None or parts.speaker_type != "person" \
            or first.i < 2:
        return
    word, before = first.doc[first.i - 1], first.doc[first.i - 2]
    if word.is_upper and word.is_alpha and 2 <= len(word) <= 6 and word.head.i != first.i \
            and word.head.i < word.i and word.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") \
            and not (before.is_upper and before.is_alpha) and word.whitespace_:
        parts.organization = word.text


def opening_taken_back(parts: MentionParts) -> None:
    """``The Liberal Democrats``, ``PT Sulawesi Prima Nikel``, ``The Police and Border Guard
    Board``: capitalised words right before a body's name, which the tagger left out of it and
    the phrase made a role, open the name (in place); not an office, a people, a place or an
    adjective a sentence opens with (``Norwegian government``, ``Cambodia's Ministry of
    Health``, ``Leading Democrats``)."""
    if parts.speaker_type != "organization" or not parts.name_tokens or parts.role is None:
        return
    doc, start = parts.first.doc, parts.name_tokens[0].i
    opening = [t for t in doc[parts.first.i : start] if t.lower_ not in ("the", "a", "an")]
    if not opening or opening[0].lower_ in ("and", "&") or opening[0].is_sent_start \
            and opening[0].pos_ in ("ADJ", "VERB") or any(
            not (t.is_title or t.is_upper or t.lower_ in ("and", "&")) or not t.is_alpha
            or is_role_word(t)
            or t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in opening):
        return
    words = [*opening, *parts.name_tokens]
    parts.name, parts.name_tokens, parts.role = doc[words[0].i : words[-1].i + 1].text, tuple(
        doc[words[0].i : words[-1].i + 1]), None


def organization_before_title(premodifiers: list[Token], title_tokens: list[Token],
                              role: str | None) -> tuple[str | None, str | None]:
    """The organisation a speaker's title is of, written before it as the whole role (and
    the role then), or (None, ``role``)."""
    before_title = bool(title_tokens and premodifiers and role == phrase_text(premodifiers)
                        and premodifiers[-1].i == title_tokens[0].i - 1)
    if before_title and all(
            t.pos_ == "PROPN" and (t.is_title or t.is_upper) and not is_role_word(t)
            and t.ent_type_ != "NORP" for t in premodifiers):
        # "Ontario Premier Doug Ford": Ontario's premier (a rank takes no portfolio); "Council on
        # Foreign Relations President": the whole name, though the parser hung its start
        # elsewhere; "CBC Chairman"
        return span_text(organization_opening(premodifiers[0]) + premodifiers), role
    if before_title and premodifiers[-1].lemma_.lower() in word_set("organization_nouns"):
        # "Clinton campaign Chairman John Podesta": the campaign's; "central bank Governor X":
        # the one central bank the story names (bodies.organization_settled), else none
        return (phrase_text(premodifiers) if any(t.pos_ == "PROPN" for t in premodifiers)
                else " ".join(t.lower_ for t in premodifiers)), None
    return None, role


# the parties news writes before an American office ("Republican Sen. Y"); a British or
# Canadian party before an office is its organisation ("Labour MP", "Liberal MLA")
_US_PARTIES = frozenset({"republican", "democratic", "democrat", "libertarian"})


def party_before_title(left: list[Token], title_tokens: list[Token]) -> list[Token]:
    """``Democratic state Sen. Terrence Okafor``: the party word before a title, which is the
    speaker's party, not a role (GUIDELINES.md: a party tag goes in ``party``)."""
    return [t for t in left if title_tokens and t.i == title_tokens[0].i - 1
            and t.lower_ in _US_PARTIES and t.is_title]  # (not "Democratic presidential
    # candidate Sen. X": the party of the candidacy, part of the role)
