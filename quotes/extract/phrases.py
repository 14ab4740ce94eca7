"""The edges of a speaker phrase: what a role or a mention leaves off at either end.

An article, a possessive, a mark (``the``, ``his``, ``,``), a focus adverb (``Only the
billionaire``) is no part of who speaks; a title the parser took for a mark (``Const.``) is.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import titles, word_set


def not_nationalities() -> frozenset[str]:
    """Words the tagger calls NORP that name a faith or a party, not a nationality: a role
    keeps them before a title (``Christian Rev. X``, ``Republican Sen. Y``)."""
    return word_set("not_nationalities")


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
