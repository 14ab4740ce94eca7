"""Names and the offices written before them, and the organisations those offices are of.

``Fire Chief Ernesto Valdivia``, ``Hollins County Prosecutor Darnell Whitcombe``, ``Trade
Secretary Mark Dunn``, ``Kestrel Chief Executive Officer``: news runs an office into a name with
no comma, and a tagger often takes both for one name.  These helpers tell the words apart, from
word lists of titles and role words (never lists of names), for :mod:`quotes.extract.anatomy`
and :mod:`quotes.extract.mentions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotes.extract.lexicon import titles, word_set

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# Parts of a noun phrase that belong to the mention (clauses and their like do not).
_PHRASE_DEPS = {"compound", "amod", "nmod", "det", "poss", "nummod", "case", "punct", "flat",
                "appos", "prep", "pobj", "cc", "conj", "quantmod", "npadvmod", "advmod", "hmod",
                "hyph", "predet", "dep", "nn"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
NOT_NAME_START = frozenset({"ADV", "INTJ", "CCONJ", "SCONJ", "AUX", "PRON"})
BULLETS = "-\u2013\u2014\u2022*~+>"


def phrase_tokens(head: Token, stop: set[int]) -> list[Token]:
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
        picked.extend(phrase_tokens(child, stop))
    return picked


def described_by_with(role_head: Token | None) -> set[int]:
    """``a dairy farmer with three children at Pine Hollow Elementary``: a ``with`` phrase that
    names no organisation describes the person, not the office (``an analyst with Morgan
    Stanley`` keeps its organisation)."""
    if role_head is None:
        return set()
    return {t.i for prep in role_head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            and not any(c.dep_ == "pobj" and (c.ent_type_ in ORG_LABELS or c.pos_ == "PROPN")
                        for c in prep.children)
            for t in prep.subtree}


def name_text(tokens: list[Token]) -> str | None:
    """A name as written, without a leading article or a trailing possessive, nor where it is
    (``Carrow & Finch in Halbrook``)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    located = {t.i for prep in tokens if prep.dep_ == "prep" and prep.lower_ in ("in", "near")
               and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in prep.children)
               and tokens[0].i < prep.i for t in prep.subtree}
    tokens = [t for t in tokens if t.i not in located]
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and (tokens[-1].dep_ == "case" or tokens[-1].is_punct):
        tokens.pop()
    return without_bullet(span_text(tokens)) if tokens else None


def without_bullet(name: str) -> str:
    """``-Craig Fehrman`` -> ``Craig Fehrman``: a list's bullet glued to the first word."""
    return name.lstrip(BULLETS) or name


def is_role_word(token: Token) -> bool:
    """A common noun naming what someone is (``Comedian``, ``Treasurer``), which a tagger may
    take into a name when it is capitalised before one."""
    return token.lower_ in word_set("role_words") or token.text in titles()


def takes_portfolio(title: Token) -> bool:
    """Office titles that take the name of their portfolio before them (``Trade Secretary``,
    ``Economy Minister``); ranks and honorifics do not (``Professor``, ``Dr.``)."""
    return title.text in word_set("office_titles")


def rank_title(office: Sequence[Token]) -> bool:
    """``Prime Minister``, ``Deputy Prime Minister``, ``Attorney General`` are ranks written
    before a name (a title); an office named by its portfolio (``Interior Minister``, ``Fire
    Chief``, ``Shadow Home Secretary``) is a position (a role), as GUIDELINES.md has it."""
    return all(t.text in titles() or t.lower_ in word_set("rank_modifiers") for t in office[:-1])


def is_portfolio(word: Token) -> bool:
    """``Interior Minister``, ``Fire Chief``: one word before an office that names its
    portfolio, no organisation (even when the tagger made it one)."""
    doc = word.doc
    if word.i + 1 >= len(doc) or not takes_portfolio(doc[word.i + 1]) or (
            word.i + 2 < len(doc) and is_role_word(doc[word.i + 2])):
        return False  # "Kestrel Chief Executive Officer": Kestrel's, the office goes on
    if word.is_upper and len(word.text) > 1:
        return False  # "UN Ambassador", "CNN President": an acronym names the organisation
    before = doc[word.i - 1] if word.i > 0 else None
    return (before is None or not before.is_title or bool(before.is_sent_start)
            or before.lower_ in word_set("rank_modifiers")) and not names_something_else(word)


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
    for comma in [t.i for t in doc[start + 1 : end - 1] if t.text == ","]:
        # "Lehigh, Bruce Turry": two names the tagger ran together over a comma
        start, end = (start, comma) if token.i < comma else (comma + 1, end)
        if token.i == comma:
            return None
    verb = next((t.i for t in doc[start + 1 : end - 1] if t.is_lower and t.pos_ == "VERB"), None)
    if verb is not None:  # "Todd asked Pence whether ...": the tagger ran on into the clause
        start, end = (start, verb) if token.i < verb else (verb + 1, end)
        if token.i == verb:
            return None
    run = office_run(doc[start:end]) if token.ent_type_ in ("PERSON", "ORG") else 0
    if run and token.i >= start + run:
        start += run  # "Hollins County Prosecutor Darnell Whitcombe": the name, after the office
    elif run:
        end = start + run  # ... and before it, what the office is of ("Hollins County")
        while end > start and (doc[end - 1].text in titles() or is_role_word(doc[end - 1])):
            end -= 1
        return tuple(doc[start:end]) if token.i < end else None
    if token.ent_type_ == "PERSON":
        start = given_names_before(doc, start, end)
    return tuple(doc[start:end])


def given_names_before(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the tagger took the family name alone (``Brightline
    Chief Executive Annika [Sorvald]``): one untagged capitalised proper noun compounded into
    it, not a title, a role word or part of another entity."""
    word = doc[start - 1] if start > 0 and end - start == 1 else None
    if word is None or word.ent_type_ or word.pos_ != "PROPN" or not word.is_title or \
            word.dep_ != "compound" or word.head.i != start or word.text in titles() or \
            is_role_word(word) or (start > 1 and doc[start - 2].pos_ == "PROPN" and not (
                doc[start - 2].text in titles() or is_role_word(doc[start - 2]))):
        return start
    return start - 1


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


def office_run(name: Span | Sequence[Token]) -> int:
    """How many leading words of a tagged name are an office run into it for want of a comma
    (``Fire Chief Ernesto Valdivia``, ``Hollins County Prosecutor Darnell Whitcombe``): up to
    the last title or role word that leaves a first and a last name after it; 0 if none."""
    for k in range(len(name) - 3, 0, -1):
        office = name[k]
        if (office.text in titles() or is_role_word(office)) and all(
                t.is_title for t in name[: k + 1]) and all(t.is_title for t in name[k + 1:]):
            return k + 1
    return 0


def split_title(name: list[Token], left: list[Token]
                 ) -> tuple[list[Token], list[Token], list[Token]]:
    """Title words (Colonel, Prime Minister) stand right before the name or open it; role
    words the tagger took into the name (``Comedian Sara Lind``) go to the role.

    Returns the name, the title and those role words."""
    title_words = titles()
    title: list[Token] = []
    role: list[Token] = []
    run = office_run(name)
    if run:
        office, name = name[:run], name[run:]
        if takes_portfolio(office[-1]):  # "Fire Chief", as "Trade Secretary" before a name
            return (name, office, []) if rank_title(office) else (name, [], office)
        if office[-1].text in title_words:  # "Chief Medical Officer Dr. Ingrid Solheim"
            return name, office[-1:], office[:-1]
        return name, [], office  # "Hollins County Prosecutor"
    while len(name) > 1 and (name[0].text in title_words or is_role_word(name[0])):
        if name[0].text in title_words and not role:
            title.append(name.pop(0))
        elif name[0].text[:1].isupper():
            role.append(name.pop(0))
        else:
            break
    before = sorted((t for t in left if t.i < (name[0].i if name else 0)), key=lambda t: t.i)
    while before and not role and before[-1].text in title_words and before[-1].i == (
        (title[0].i if title else name[0].i) - 1
    ):
        if title and len(before) > 1 and before[-2].i == before[-1].i - 1 \
                and before[-2].is_title and before[-2].text not in title_words:
            break  # "Chief Medical Officer Dr. Ingrid Solheim": the job name is no title
        title.insert(0, before.pop())
    if title and title[-1].lower_ in word_set("role_words") and before \
            and before[-1].i == title[0].i - 1 and before[-1].is_title \
            and before[-1].text not in title_words and not names_something_else(before[-1]) \
            and not run_on_name(before, title):
        # "Chief Financial Officer", "Police Officer": a job name, not a rank before a name
        return name, [], title
    # "Prime Minister", "Trade Secretary": a capitalised word right before an office title
    # names its portfolio; an organisation before it does not ("Central Bank Governor")
    while title and takes_portfolio(title[-1]) and before and len(title) < 4 and \
            before[-1].i == title[0].i - 1 and before[-1].is_title \
            and not names_something_else(before[-1]):
        title.insert(0, before.pop())
    while title and before and before[-1].i == title[0].i - 1 and before[-1].is_title \
            and before[-1].lower_ in word_set("rank_modifiers"):
        title.insert(0, before.pop())  # "State Rep.", "Vice Adm."
    if len(title) > 1 and takes_portfolio(title[-1]) and not rank_title(title):
        return name, [], title
    return name, title, role


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
    entity = entity_of(word) if word.ent_type_ == "ORG" else None
    if entity is not None and word.lemma_.lower() in word_set("proper_institutions"):
        return True  # "House Speaker": the House, not the Speaker's portfolio
    return entity is not None and (len(entity) > 1 or word.lemma_.lower() in word_set(
        "organization_nouns"))


def common_noun_entity(entity: tuple[Token, ...]) -> bool:
    """``Council leader``, ``State Auditor``: one capitalised common noun the tagger took for an
    organisation's name (not ``Senate``, an institution named by its noun)."""
    lemma = entity[0].lemma_.lower()
    return len(entity) == 1 and (lemma in word_set("organization_nouns") or lemma in word_set(
        "office_modifiers")) and lemma not in word_set("proper_institutions")


def from_place(token: Token) -> bool:
    """``a hairdresser from Leeds``, ``a spokesman in Baghdad``: where someone comes from or
    is posted is no organisation."""
    head = token
    while head.dep_ in ("compound", "flat", "amod") and head.head.i != head.i or (
            head.dep_ == "appos" and head.ent_type_ in ("GPE", "LOC")
            and head.head.ent_type_ in ("GPE", "LOC")):  # "in Cape Breton, Nova Scotia"
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("from", "of", "in"):
        return False
    if head.head.lower_ == "of":  # "Governor Ellen Marsh of Vermont" is Vermont's governor
        return token.ent_type_ == "GPE" or hometown(head)
    if head.head.lower_ == "in":
        return token.ent_type_ in ("GPE", "LOC")
    # "from Izmir", "from the South Side"; not "a spokesman from the ministry"
    return token.ent_type_ != "ORG" and not any(
        t.lemma_.lower() in word_set("organization_nouns") for t in head.subtree)


def _proper_like(token: Token) -> bool:
    """A proper noun, or a capitalised plural inside a sentence the tagger took for a common
    noun: a team (``Oilers coach``, ``Maple Leafs goaltender``)."""
    return token.pos_ == "PROPN" or (
        token.is_title and token.tag_ in ("NNS", "NNPS") and token.lower_ not in word_set(
            "group_nouns")
        and token.lemma_.lower() not in word_set("organization_nouns"))


def hometown(obj: Token) -> bool:
    """``Wes Tannehill, 54, of nearby Corbin Flats``: ``of`` a place after an age, or a place
    said to be nearby, is where someone lives (``Ann Lee, 45, of Halvorsen Pharma`` is not)."""
    prep, doc = obj.head, obj.doc
    if prep.lower_ != "of" or obj.lower_ in word_set("organization_name_endings"):
        return False
    after_age = prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num
    return after_age or any(c.lower_ == "nearby" for c in obj.children)


def leading_organization(premodifiers: list[Token]) -> tuple[str | None, set[int]]:
    """``Kestrel Chief Executive Officer``, ``Oilers coach``: a proper noun the tagger did not
    label that opens a job name names the organisation the job is at; a common noun
    (``union leader``, ``campaign manager``) names none and stays in the role."""
    words = [t for t in premodifiers if not t.is_punct]
    run: list[Token] = []
    for token in words:
        if token.lower_ in word_set("office_modifiers"):
            break  # "Majority Leader", "Deputy Director": part of the office, no organisation
        if _proper_like(token) and token.is_title and not is_role_word(token) \
                and token.ent_type_ not in ("GPE", "NORP", "PERSON") and not run or (
                run and _proper_like(run[-1]) and (_proper_like(token) or token.is_title)
                and not is_role_word(token) and token.text not in titles()):
            run.append(token)
            continue
        break
    if not run or len(run) >= len(words) or not any(is_role_word(t) for t in words[len(run):]):
        return None, set()
    if is_portfolio(run[0]):
        return None, set()
    return span_text(run), {t.i for t in run}


def organization_described(role_head: Token | None, premodifiers: list[Token]) -> bool:
    """The name is described as an organisation (``ad buying firm Brandwell``,
    ``Brandwell, an ad buying firm``)."""
    org_nouns = word_set("organization_nouns")
    if role_head is not None:
        return role_head.lemma_.lower() in org_nouns
    nouns = [t for t in premodifiers if t.pos_ == "NOUN"]
    return bool(nouns) and nouns[-1].lemma_.lower() in org_nouns


def organization_of(role_head: Token | None, role_tokens: list[Token]) -> tuple[str | None, set[int]]:
    """The organisation a role belongs to: ``spokesperson for X``, or an ORG inside the role."""
    org_preps = word_set("role_prepositions_for_organization")
    if role_head is not None:
        aside = described_by_with(role_head)
        for prep in role_head.children:
            if prep.dep_ == "prep" and prep.lower_ in org_preps and prep.i not in aside:
                objects = [c for c in prep.children if c.dep_ == "pobj" and names_organization(c)
                           and not (prep.lower_ == "from" and from_place(c)) and not hometown(c)]
                if objects:
                    inner = _organization_inside(objects[0])
                    if inner is not None:  # the department before it stays in the role
                        named = phrase_tokens(inner, set())
                        return name_text(_without_kind_words(named)), {t.i for t in named} | {
                            inner.head.i}
                    phrase = _with_entities(phrase_tokens(objects[0], set()))
                    return name_text(_without_kind_words(phrase)), {t.i for t in phrase} | {
                        prep.i}
    for token in role_tokens:
        if token.ent_type_ in ("ORG", "GPE") and token.ent_iob_ == "B":
            entity = entity_of(token)
            if entity and not from_place(token) and not common_noun_entity(entity) \
                    and not (len(entity) == 1 and is_portfolio(token)) \
                    and any(t.text[:1].isupper() for t in entity):  # "rookie defenceman"
                return name_text(list(entity)), set()
    return None, set()


def names_organization(token: Token) -> bool:
    """An object that names an organisation: an ORG/GPE entity, a proper noun, or "agency"."""
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    if token.ent_type_ in ORG_LABELS or token.pos_ == "PROPN":
        return True
    subtree = list(token.subtree)
    if any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in subtree):
        return True
    return bool({t.lemma_.lower() for t in subtree} & word_set("organization_nouns"))

def _organization_inside(obj: Token) -> Token | None:
    """``head of commodities research at Lindemann Brothers``: the organisation is the named
    object further down the chain of prepositions, not the department before it."""
    if obj.ent_type_ in ORG_LABELS or obj.pos_ == "PROPN":
        return None
    org_preps = word_set("role_prepositions_for_organization")
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in org_preps:
            for c in prep.children:
                if c.dep_ == "pobj" and (c.ent_type_ in ORG_LABELS or c.pos_ == "PROPN"):
                    return c
    return None


def _with_entities(phrase: list[Token]) -> list[Token]:
    """The phrase with the whole of every organisation named in it: the parser may hang part
    of a name elsewhere (``the aid group Medics [Without Walls]``)."""
    found = {t.i: t for t in phrase}
    for token in phrase:
        if token.ent_type_ in ORG_LABELS:
            found.update((t.i, t) for t in entity_of(token) or ())
    return [found[i] for i in sorted(found)]


def _without_kind_words(tokens: list[Token]) -> list[Token]:
    """``the charity Sea Lantern`` -> ``Sea Lantern``: common nouns saying what kind of body a
    name is are no part of the name (``the Port Authority`` keeps its capitals)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    named = [k for k, t in enumerate(tokens)
             if (t.pos_ == "PROPN" or t.ent_type_ in ORG_LABELS) and t.is_title]
    if not named:
        return tokens
    lead = tokens[: named[0]]
    if any(t.pos_ == "NOUN" and t.is_lower for t in lead) and all(
            t.is_lower or t.dep_ == "det" for t in lead):
        return tokens[named[0]:]
    return tokens
