"""Where a person's name begins and ends when the tagger ran other words into it or left
part of it out: a role word or a trade before it (``Comedian Sara Lind``, ``Lobsterman Ray
Dunphy``), a party's member (``Democrat Elijah Cummings``), an owner's possessive (``Selkirk
Valley Power's Yvonne Cormack``), a given name left out (``Chief Executive Annika [Sorvald]``)
or a family name (``Dr [Rhiannon] Tulliver``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from quotes.extract.lexicon import given_name_gender, titles, word_set

MONTHS_AND_DAYS = frozenset(["january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december",
                             "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday"])


# what is said of a player, not of a building or a body ("the veteran centre")
_PLAYER_WORDS = frozenset({"veteran", "rookie", "star", "starting", "young", "former"})


def player_described(head: Token) -> bool:
    """``the veteran centre``: a player's position, which is also the name of a kind of body."""
    return head.lemma_.lower() in word_set("sports_positions") and any(
        t.lower_ in _PLAYER_WORDS for t in head.lefts)


def no_body_meant(head: Token) -> bool:
    """A body's noun that describes no body: a player's position (``the veteran centre``), or
    a possessor the parser made the head (``Ann Lee, the team's third``)."""
    return player_described(head) or any(c.tag_ == "POS" for c in head.children)


def portfolios_listed(doc: Doc, start: int, comma: int, end: int) -> bool:
    """``Department of Fisheries, Forestry and Agriculture``: a comma inside a body's name that
    lists its portfolios, the list closed by ``and`` (not ``Lehigh, Bruce Turry``)."""
    before, after = doc[start:comma], doc[comma + 1 : end]
    return any(t.lower_ in ("of", "for") for t in before) and len(after) >= 3 \
        and after[-2].lower_ in ("and", "&") and all(
            t.is_title or t.lower_ in ("and", "&") or t.text == "," for t in after)


def is_role_word(token: Token) -> bool:
    """A common noun naming what someone is (``Comedian``, ``Treasurer``), which a tagger may
    take into a name when it is capitalised before one."""
    return token.lower_ in word_set("role_words") or token.text in titles()


def given_name_after_office(name: Sequence[Token], left: Sequence[Token]) -> bool:
    """``state secretary Dean Morrow``: a title word that is also a given name (``Dean``,
    ``Major``) opens a two-word name right after a lower-case office: it is the given name."""
    first = name[0]
    return len(name) == 2 and bool(given_name_gender(first.text)) \
        and first.ent_type_ == "PERSON" and any(
            t.i == first.i - 1 and t.is_lower
            and (is_role_word(t) or t.text.capitalize() in titles()) for t in left)


def given_name_not_role(name: Sequence[Token]) -> bool:
    """``operations manager, Dean Rutherford,``: a role word that is also a given name, opening
    a two-word person's name set off by a comma, is the given name (a dean or a hunter is
    written in lower case before a name, or after it)."""
    first, last = name[0], name[-1]
    set_off = first.i > 0 and first.nbor(-1).text == "," or last.i + 1 < len(last.doc) \
        and last.nbor().text == ","  # ("Dean Amar said" of Vikram Amar, a law school's dean)
    return len(name) == 2 and first.text not in titles() and first.ent_type_ == "PERSON" \
        and last.ent_type_ == "PERSON" and bool(given_name_gender(first.text)) and set_off


def party_member_before(name: Span | Sequence[Token]) -> bool:
    """``Democrat Elijah Cummings``: a party's member before a person's name, which the tagger
    ran into it (not ``Republican National Committee``, a body's name)."""
    return len(name) >= 3 and name[0].lower_ in word_set("party_members") and not any(
        t.lemma_.lower() in word_set("organization_nouns") for t in name[1:])

def trade_before_given_name(name: Sequence[Token]) -> bool:
    """``Lobsterman Ray Dunphy``: a trade's word before a given name opens no name."""
    return len(name) >= 3 and name[0].is_title and name[0].lower_.endswith(
        ("man", "woman", "er", "ist")) and not given_name_gender(name[0].text) \
        and bool(given_name_gender(name[1].text))

def owner_before_name(doc: Doc, start: int, end: int) -> int | None:
    """``Selkirk Valley Power's Yvonne Cormack``, tagged as one name: where the person's name
    begins after the owner's possessive (a given name follows the ``'s``; not ``Moody's
    Investors Service``, ``Children's Hospital``)."""
    for token in doc[start + 1 : end - 2]:
        if token.lower_ in ("'s", "\u2019s") and given_name_gender(doc[token.i + 1].text) \
                and doc[token.i + 1].is_title and doc[token.i + 2].is_title:
            return token.i + 1
    return None

POSSESSIVE_MARKS = frozenset({"'", "\u2019", "'s", "\u2019s"})


def possessive_name_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``The Manitoba Seniors' [Advocacy Network]``, ``Court of [King's] Bench``: a body's name
    the tagger cut at a possessive inside it runs over it, when the whole ends in a word the
    names of bodies end in (``Network``, ``Association``, ``Bench``); else the bounds as given."""
    new_end = end
    if doc[end - 1].lower_ in POSSESSIVE_MARKS:
        while new_end < len(doc) and doc[new_end].is_title and not doc[new_end].ent_type_ \
                and doc[new_end].text not in titles():
            new_end += 1  # "[King's] Bench Justice X"
    new_start = start
    while new_start >= 2 and doc[new_start - 1].lower_ in POSSESSIVE_MARKS \
            and not doc[new_start - 2].whitespace_ and doc[new_start - 2].is_title:
        new_start -= 2  # "Seniors' [Advocacy Network]"
        while new_start > 0 and doc[new_start - 1].is_title and doc[new_start - 1].pos_ == "PROPN":
            new_start -= 1
    while new_start >= 2 and doc[new_start - 1].lower_ == "of" and doc[new_start - 2].is_title \
            and doc[new_start - 2].pos_ in ("PROPN", "NOUN") and new_end > end:
        new_start -= 2  # "Court of [King's] Bench"
    if (new_start, new_end) == (start, end) or doc[new_end - 1].lower_ not in (
            word_set("organization_name_endings") | {"bench"}):
        return start, end
    return new_start, new_end


def after_portfolio(run: Sequence[Token]) -> Sequence[Token]:
    """``Minister of Education and [Child Care] Tomasz Wieczorek``: a run of proper nouns after
    a portfolio's ``and`` (or ``of``) holds the portfolio's last words, then the name, which
    opens with the first known given name (none before it)."""
    first = run[0] if run else None
    if first is None or first.i == 0 or first.nbor(-1).lower_ not in ("and", "of", "&"):
        return run
    for k in range(1, len(run) - 1):
        if given_name_gender(run[k].text):
            return run[k:]
    return run


def given_names_before(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the tagger took the family name alone (``Brightline
    Chief Executive Annika [Sorvald]``, ``Máire [Ní Fhloinn]``): one untagged capitalised
    proper noun compounded into it, not a title, a role word, a party's member or part of
    another entity."""
    word = doc[start - 1] if start > 0 and end - start <= 2 else None
    if word is None or word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or \
            word.dep_ != "compound" or not start <= word.head.i < end or word.text in titles() or \
            word.text.removesuffix("s") in titles() or \
            word.lower_ in word_set("party_members") or \
            is_role_word(word) or (start > 1 and doc[start - 2].pos_ == "PROPN" and not (
                doc[start - 2].text in titles() or is_role_word(doc[start - 2]))) or (
            end - start == 2 and given_name_gender(doc[start].text)
            and not given_name_gender(word.text)):
        return start  # (a given and a family name need no word before them: "and [Housing]
        # Paul Calandra", "[Rival] Hillary Clinton"; "Mary Anne Smith" takes "Mary")
    return start - 1

def family_name_after(doc: Doc, end: int) -> int:
    """``Dr [Rhiannon] Tulliver``: the untagged proper noun the tagged name is compounded into
    is the family name; ``[Adaeze Nwachukwu]-Bell``: so is an untagged capitalised word a
    hyphen joins on (no space either side)."""
    while end < len(doc):
        if doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
                and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
            end += 1
        elif end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title \
                and doc[end + 1].ent_type_ != "PERSON":
            end += 2
        else:
            break
    return end


def office_before_given_name(span: Span, ent: Span) -> bool:
    """``[Ontario Premier] Victor Bellefontaine`` tagged as one organisation: what is left after
    the office opens with a given name, so it is the officeholder's."""
    doc = span.doc
    return span.start > ent.start and len(span) > 1 and bool(given_name_gender(span[0].text)) \
        and is_role_word(doc[span.start - 1])  # (a title or a role word)


def office_of_place(span: Span) -> bool:
    """``the mayor of Riverton``: one word, no given name, after an office and ``of``, is the
    place or body the office is of, whatever the tagger said."""
    root = span.root
    office = root.head.head
    return len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "of" \
        and (is_role_word(office) or office.text.capitalize() in titles()) \
        and not given_name_gender(root.text)


def joining_hyphen(token: Token) -> bool:
    """The hyphen of ``Auditor-General``: no space on either side."""
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def title_case_line(sentence: Span) -> bool:
    """``This Cable News Panel Just Dismissed Bernie Sanders' Plan``: a headline, whose every
    word is capitalised; the tagger takes a run of them for one name."""
    words = [t for t in sentence if t.is_alpha]
    capitalised = [t for t in words if t.text[:1].isupper()]
    return len(words) >= 5 and len(capitalised) >= 0.8 * len(words)


def hyphen_joined_before(doc: Doc, start: int, capitalised: bool = True) -> int:
    """``Thériault-[Roy]``: a name the tagger began after a hyphen begins at the word the hyphen
    joins it to (no space either side; with ``capitalised``, only a capitalised proper noun,
    or a noun so written that is no prefix or role: ``Martel-Pike``, tagged a work of art);
    the new start."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and (not capitalised or doc[start - 2].is_title
                                                    and _proper_or_so_written(doc[start - 2])):
        start -= 2
    return start


def _proper_or_so_written(word: Token) -> bool:
    return word.pos_ == "PROPN" or word.pos_ == "NOUN" and word.lower_ not in word_set(
        "hyphen_prefixes") and not is_role_word(word)


def hyphened_given_name_before(doc: Doc, start: int) -> int:
    """``Hyun-woo [Park]``, ``Ji-woo [Park]``: a capitalised word hyphened to a short lower-case
    one right before a one-word name is a given name the tagger left out (Korean names are
    written so in English news); not ``Vice-president``, ``Co-op``, ``Self-described``."""
    if start < 3 or not joining_hyphen(doc[start - 2]):
        return start
    first, second = doc[start - 3], doc[start - 1]
    if first.is_title and first.is_alpha and second.is_lower and second.is_alpha \
            and len(second) <= 4 and second.whitespace_ \
            and first.lower_ not in word_set("hyphen_prefixes") \
            and not (is_role_word(first) or is_role_word(second)):
        return start - 3
    return start


def role_word_capitalised(span: Span, headline: bool) -> bool:
    """``Rookie Laine stops 41``: a role word the headline (or the sentence's start)
    capitalised opens no name; a given name that is also a word does (``Baker Mayfield``)."""
    return len(span) > 1 and (headline or bool(span[0].is_sent_start)) \
        and span[0].lower_ in word_set("role_words") and not given_name_gender(span[0].text)


def name_words_of(tokens: Span | Sequence[Token]) -> list[list[Token]]:
    """Tokens grouped into words, a hyphen with no space around it joining (``Marie-Ève``)."""
    words: list[list[Token]] = []
    for token in tokens:
        joined = words and (token.text == "-" or words[-1][-1].text == "-") \
            and not words[-1][-1].whitespace_
        if joined:
            words[-1].append(token)
        else:
            words.append([token])
    return words


def shaped_like_person(tokens: Span | Sequence[Token]) -> bool:
    """Two or three capitalised proper nouns with no word of a body, an office or a date
    (``Rodel Pascual``, ``Marie-Ève Thériault-Roy``; not ``Global News``)."""
    words = name_words_of(tokens)
    # inside a hyphenated word the tagger's part of speech means little ("Ouellet-Brassard")
    joined = {t.i for word in words if len(word) > 1 for t in word}
    return 2 <= len(words) <= 3 and all(
        t.text == "-" or ((t.pos_ in ("PROPN", "NOUN") or t.i in joined)
                          and t.text[:1].isupper() and not t.is_upper
                          and t.is_alpha and not body_word(t)
                          and not is_role_word(t) and t.lower_ not in MONTHS_AND_DAYS
                          and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME"))
        for t in tokens) and (words[0][0].pos_ == "PROPN" or len(words[0]) > 1)


@cache
def _body_words() -> frozenset[str]:
    """Words of a body's or a place's name, which no person's name holds (built once)."""
    return word_set("organization_name_endings") | word_set("company_name_words") \
        | word_set("organization_nouns") | word_set("public_body_words") \
        | word_set("place_nouns") | word_set("media_name_words")


def body_word(token: Token) -> bool:
    """``League``, ``Network``, ``Ltd``: a word a body's or a place's name ends in, no person's."""
    return token.lower_ in _body_words() or token.lemma_.lower() in _body_words()


def office_run(name: Span | Sequence[Token]) -> int:
    """How many leading words of a tagged name are an office run into it for want of a comma
    (``Fire Chief Ernesto Valdivia``, ``Hollins County Prosecutor Darnell Whitcombe``): up to
    the last title or role word that leaves a first and a last name after it; 0 if none."""
    if len(name) and body_word(name[-1]):
        return 0  # ("The National Premier Football League": a body's name, no office in it)
    for k in range(len(name) - 3, 0, -1):
        office = name[k]
        if (office.text in titles() or is_role_word(office)) and all(
                t.is_title or joining_hyphen(t) or t.is_upper and (t.i == office.i or t.lower_ in
                                                                   word_set("party_adjectives"))
                for t in name[: k + 1]) and all(
                t.is_title for t in name[k + 1:]):  # ("Labour MP Hugo Wrenley", "NDP MLA X")
            return k + 1
    return 0


def office_before_person(span: Span | Sequence[Token]) -> bool:
    """``[Trustee] Ifeoma Nwachukwu`` tagged an organisation: an office word, then a name shaped
    like a person's."""
    return len(span) >= 3 and (span[0].text in titles() or is_role_word(span[0])) \
        and shaped_like_person(span[1:])


def company_named(span: Span | Sequence[Token]) -> bool:
    """``Harbourline Freight``, tagged a person: a name that ends in a company's word and opens
    with no given name (``Samantha Power`` is a person)."""
    return len(span) >= 2 and span[-1].lower_ in word_set("company_name_words") \
        and span[0].is_title and not given_name_gender(span[0].text)


def prosecutor_rank(before: list[Token], first: Token) -> list[Token]:
    """``Deputy County Attorney``, ``Assistant District Attorney``, ``Deputy Public
    Prosecutor`` capitalised right before a name and after no place's name: a prosecutor's
    rank, a title as ``District Judge`` is (GUIDELINES.md), of which no word is an
    organisation; else []."""
    words = word_set("prosecutor_ranks")
    run: list[Token] = []
    for token in reversed(before):
        if token.i != (run[0].i if run else first.i) - 1 or not token.is_title \
                or token.lower_ not in words:
            break
        run.insert(0, token)
    if len(run) < 2 or run[-1].lower_ not in ("attorney", "prosecutor"):
        return []
    opening = run[0].doc[run[0].i - 1] if run[0].i else None
    # ("Hollins County Prosecutor": a place's, left as the office it names)
    return [] if opening is not None and opening.is_title and opening.pos_ == "PROPN" else run


def ends_a_body_name(word: Token) -> bool:
    """``Nation``, ``Town``, ``Rovers``, ``Police``: a capitalised word that ends a nation's, a
    club's or a public body's name, never a person's (not ``Court``, ``Church``: surnames)."""
    return word.text == "Nation" or word.text[:1].isupper() and (
        word.lower_ in word_set("club_name_endings") or word.lower_ in _PUBLIC_BODY_ENDINGS)


# words that end a public body's name and no one's family name ("Somerset Police", which the
# tagger took for a person; not "Court", "Church", "Board" of word_set("public_body_words"))
_PUBLIC_BODY_ENDINGS = frozenset({"police", "constabulary", "ministry", "commission",
                                  "authority", "council", "tribunal", "department", "agency",
                                  "federation", "association", "institute", "university",
                                  "society", "panel", "committee"})


def gender_of_given_name(words: tuple[str, ...]) -> str | None:
    """The gender a full name's given name nearly always goes with (``Andrea Lowe``); None for
    a lone word, which may be a surname (``Ford``), and for a name that opens with its family
    name (``Lim Hui Shan``, ``Tan Wei Ming``)."""
    if len(words) < 2 or len(words) > 2 and words[0] in word_set("family_names_written_first"):
        return None
    return given_name_gender(words[0])


def portfolio_conjunct(head: Token) -> Token | None:
    """``Oceans and Fisheries Minister Fiona Galbraith``: the parser may make the portfolio's
    first word (tagged a proper or a common noun) the subject and the minister its conjunct;
    the minister (the conjunct's head) when an untagged capitalised word is joined by ``and``
    to a person named after an office word, else None."""
    if head.ent_type_ or head.pos_ not in ("PROPN", "NOUN") or not head.is_title or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return None
    person = next((c for c in head.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    office = [t for t in head.doc[head.i + 2 : person.i] if t.text in word_set(
        "portfolio_for_offices")] if person is not None else []
    return person if office else None


def given_name_before_place(span: Span) -> int:
    """``Ana [Ferreira], a nurse who lives in Amadora,``: a surname the tagger took for a place,
    right after a capitalised given name it left untagged, is a person's; the token index where
    the name starts (else the span's start)."""
    start = span.start
    if len(span) != 1 or start == 0 or not span[0].is_title:
        return start
    given = span.doc[start - 1]
    if given.ent_type_ or given.pos_ != "PROPN" or not given.is_title \
            or given_name_gender(given.text) is None \
            or start > 1 and span.doc[start - 2].lower_ in ("in", "of", "from", "at", "near", "to"):
        return start
    return start - 1


def body_compound(head: Token) -> str | None:
    """``the coast guard``, ``the coastguard``: a noun the lexicon lists as a body's though its
    head alone may name a person (``body_compounds``), with the compound before it if any; the
    listed words, lower case, or None."""
    lemma = head.lemma_.lower()
    compound = [c.lower_ for c in head.lefts if c.dep_ == "compound"][-1:]
    listed = word_set("body_compounds")
    return next((words for words in (" ".join(compound + [lemma]), lemma) if words in listed),
                None)
