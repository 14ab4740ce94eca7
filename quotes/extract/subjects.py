"""Speakers the parser left unlinked from their cue: a subject hung elsewhere, a participle
misread, a writer's name run into a participle phrase.

Small pure helpers over a parsed ``Doc`` for :func:`quotes.extract.attribution.speaker_of`; each
names the parse it repairs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.extract.lexicon import word_set
from quotes.extract.names import is_role_word

# cues whose object is whom the speaker addresses ("told reporters"), and whose participle
# says a question was put to its subject ("asked whether ..., Ocampo")
BREAKS = frozenset({"\u2014", "\u2013", "--", ";", ":"})  # a clause break the parser may miss
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "warn", "advise", "remind", "brief",
                            "ask", "urge", "promise"})


def opens_quote(doc: Doc, i: int) -> bool:
    """Token ``i`` is an opening quotation mark: space before it, none after."""
    if not 0 <= i < len(doc) or not doc[i].is_quote or doc[i].text in ("\u201d", "\u2019"):
        return False
    return (i == 0 or bool(doc[i - 1].whitespace_)) and not doc[i].whitespace_


def quoted_between(cue: Token, later: Token) -> bool:
    """``later`` stands inside a quotation opened after ``cue`` (``As X put it, "Republicans
    should ..."``); a quotation opened and closed between them does not count."""
    depth = 0
    for k in range(cue.i + 1, later.i):
        token = cue.doc[k]
        if opens_quote(cue.doc, k):
            depth += 1
        elif token.is_quote and depth:
            depth -= 1
    return depth > 0


def cited_writer(subject: Token) -> Token:
    """``Writing in the Harbor Medical Journal Dr. Imre Toth argued``: with the comma left
    out, the parser makes the participle the subject; the writer ends that phrase."""
    if subject.tag_ == "VBG" and subject.i == subject.sent.start and subject.i + 1 < len(
            subject.doc) and subject.nbor().text == ",":
        # "Reacting, the Chief Medical Director of the hospital, Dr. X, appealed": the parser
        # made the opening participle the subject and the speaker its appositive
        described = [c for c in subject.children if c.dep_ in ("appos", "npadvmod")]
        named = [c for c in described if c.ent_type_ == "PERSON"]
        return (named or [c for c in described if c.dep_ == "appos"] or [subject])[0]
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return subject
    last = subject.right_edge
    if last.ent_type_ == "PERSON" or last.pos_ == "PROPN" and last.i > subject.i + 2:
        while last.dep_ in ("compound", "flat") and last.head.i > last.i:
            last = last.head
        return last
    return subject


def office_of_body_holding(holder: Token) -> tuple[Token, list[Token]] | None:
    """(office, the body's words) for ``the Community Relations Officer of Greenfield Highways
    Ltd, Mr Ibrahim Sule,`` as the parser reads it: the company heads the phrase, the office
    hangs before it and its holder is the company's appositive."""
    body = holder.head
    if holder.dep_ != "appos" or body.i > holder.i:
        return None
    office = next((c for c in body.lefts if c.dep_ in ("nmod", "compound") and is_role_word(c)
                   and c.i + 1 < body.i and c.nbor().lower_ == "of"), None)
    if office is None:
        return None
    return office, [t for t in body.doc[office.i + 2 : body.i + 1] if t.pos_ != "DET"]


def office_holder_named_last(subject: Token) -> Token:
    """``Council on American-Islamic Relations Executive Director Nihad Awad said``: the parser
    heads the subject with the organisation and hangs the office and its holder off its
    preposition; the person the phrase ends on, right after an office word, speaks."""
    if not subject.is_title or subject.ent_type_ != "ORG" and subject.lemma_.lower() not in \
            word_set("organization_nouns"):
        # "A spokesman for candidate Ann Lee said": the spokesman; "the government of President
        # X said": the government (a body's name is written in capitals)
        return subject
    holder = [c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
              and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","]
    if holder and office_of_body_holding(holder[0]) is not None:
        return holder[0]
    last = subject.right_edge
    if last.ent_type_ != "PERSON" or last.dep_ != "pobj" or last.head.head.i != subject.i:
        return subject
    start = last.i
    while start > subject.i + 1 and last.doc[start - 1].ent_type_ == "PERSON" \
            and last.doc[start].ent_iob_ != "B":
        start -= 1
    return last if is_role_word(last.doc[start - 1]) else subject


NOUN_PHRASE_POS = {"DET", "ADJ", "NUM", "PROPN", "NOUN", "PART"}
NAMED_AFTER_TOKENS = 16  # "said Pentagon spokesman Navy Capt. Jeff Davis"


def named_right_after(cue: Token) -> Token | None:
    """``"...," said David Brock, a confidant who heads the group Correct the Record.``: the
    parser made the name the subject of a later verb, leaving the inverted cue without one;
    the noun phrase right after a cue that follows a closed quotation names the speaker: the
    person it names (the parser may end a sentence after ``Capt.``), else its last noun
    (``said the group's president`` gives ``president``)."""
    doc = cue.doc
    if cue.i == 0 or not doc[cue.i - 1].is_quote or opens_quote(doc, cue.i - 1):
        return None
    last: Token | None = None
    for token in doc[cue.i + 1 : cue.i + 1 + NAMED_AFTER_TOKENS]:
        if token.ent_type_ == "PERSON":
            while token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
                token = doc[token.i + 1]
            return token
        modifier = token.tag_ in ("VBG", "VBN") and token.is_lower and last is not None
        if token.pos_ not in NOUN_PHRASE_POS and not modifier or token.is_quote \
                or token.ent_type_ in ("DATE", "TIME") \
                or token.pos_ == "PART" and token.tag_ != "POS":
            break
        if token.pos_ in ("PROPN", "NOUN"):
            last = token
    return last


def colon_after_participle(cue: Token) -> bool:
    """``Mitt Romney, the nominee, tweeted in response: "..."``: a cue the tagger read as a
    participle modifying the name, though a colon introduces its quotation."""
    if cue.dep_ != "acl" or cue.tag_ != "VBN" or cue.i == 0 or cue.nbor(-1).text != ",":
        return False
    for token in cue.doc[cue.i + 1 : min(cue.i + 6, cue.sent.end)]:
        if token.text == ":":
            return True
        if token.is_quote or token.is_punct:
            return False
    return False


def named_right_before(cue: Token) -> Token | None:
    """``..., Col. Steven Warren, a military spokesman, said``, ``when asked about X, President
    Y said``, ``Asked if ..., Tan, dressed in a white shirt, stood``: a subjectless finite cue
    the parser left while it hung the name that ends right before it on an earlier phrase;
    that name (or the one its apposition describes) speaks."""
    doc = cue.doc
    k = cue.i
    while k - 1 > cue.sent.start and doc[k - 1].dep_ in ("aux", "auxpass") \
            and doc[k - 1].head.i == cue.i:
        k -= 1  # "Senator Ray Calloway of Ohio was telling"
    comma = k > cue.sent.start and doc[k - 1].text == ","
    k = k - 1 if comma else k
    token = doc[k - 1] if k - 1 >= cue.sent.start else None
    if token is not None and token.ent_type_ == "GPE" and token.dep_ == "pobj" \
            and token.head.lower_ == "of" and token.head.head.ent_type_ == "PERSON":
        token = token.head.head  # "... of Ohio": the person it is said of
    if token is not None and token.text == ")":  # "Rep. Paul Ryan (R-WI) said": the tag aside
        opening = next((t for t in reversed(doc[cue.sent.start : token.i]) if t.text == "("), None)
        token = doc[opening.i - 1] if opening is not None and opening.i > cue.sent.start else None
    # with no comma, only the name itself: "with hosts X and Y, the candidate stated" is the
    # candidate's, whatever the parser hung it on
    described = False  # reached from an appositive that describes it
    for _ in range(8 if comma else 1):
        if token is None or token.i >= cue.i or token.is_quote:
            return None
        # an organisation inside a prepositional phrase ("professor at Yale") is not the one
        # described; a person may be ("Speaker of the House Rep. Paul Ryan")
        if token.ent_type_ in ("PERSON", "ORG") and token.dep_ not in ("compound", "flat") \
                and token.pos_ == "PROPN" and (token.dep_ != "pobj" or described
                                               or token.ent_type_ == "PERSON") \
                and not (token.dep_ == "pobj" and _inside_appositive_of_person(token)):
            return token
        aside_comma = token.left_edge.i - 1
        if token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and comma \
                and aside_comma - 1 >= cue.sent.start and doc[aside_comma].text == ",":
            token = doc[aside_comma - 1]  # "Tan, dressed in a white shirt, stood": the aside
            continue
        if token.dep_ not in ("appos", "pobj", "prep", "amod", "compound", "conj") \
                or token.head.i == token.i:
            return None
        if token.dep_ == "appos":  # "At Boca West, Jay DiPetro, the club's president, said"
            named = [a for a in token.head.children if a.dep_ == "appos" and a.i < token.i
                     and a.ent_type_ == "PERSON" and a.pos_ == "PROPN"]
            if named:
                return named[-1]
        described = token.dep_ == "appos"
        token = token.head
    return None


def _inside_appositive_of_person(token: Token) -> bool:
    """``Brendan Buck, a spokesman for Ryan,``: Ryan is part of what describes Buck."""
    described = token.head.head
    return token.head.dep_ == "prep" and described.dep_ == "appos" \
        and described.head.ent_type_ == "PERSON" and described.head.pos_ == "PROPN"


def named_after_break(cue: Token) -> Token | None:
    """``It wasn't an accident — Brendan Buck, a spokesman for Ryan, told POLITICO ...``: the
    parser hung the name after the dash on the clause before and made the cue its conjunct; a
    person named right after a dash, colon or semicolon and right before the cue speaks."""
    if cue.i < 2 or cue.nbor(-1).text != ",":
        return None
    named = named_right_before(cue)
    if named is None or named.ent_type_ != "PERSON" or named.i < cue.head.i:
        return None
    first = named
    while first.i > 0 and first.nbor(-1).ent_iob_ != "O" and first.nbor(-1).ent_type_ == "PERSON" \
            and first.nbor(-1).i > cue.head.i:
        first = first.nbor(-1)
    return named if first.i > 0 and first.nbor(-1).text in BREAKS else None


def epithet_read_as_modifier(cue: Token) -> Token | None:
    """``"...," the 24-year-old said``: the parser may hang the epithet on the cue as an
    adjective and leave the cue no subject; the epithet is who speaks."""
    for child in cue.children:
        if child.dep_ == "amod" and child.lower_ == "old" and child.i < cue.i and any(
                c.lower_ in ("year", "years") for c in child.children) and any(
                d.dep_ == "det" and d.i < child.left_edge.i for d in cue.children):
            return child
    return None


def participle_read_as_clause(cue: Token) -> Token | None:
    """``Mining Minister Rosa Quintanilla, asked about the dispute, said: "..."``, ``"...," said
    Ben Carson, asked about his claims``: the parser made the participle aside the clause the
    cue reports, with the name as its subject. The aside (returned) is no statement, and its
    subject is the speaker."""
    for child in cue.children:
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if child.dep_ == "ccomp" and child.i > cue.i and child.tag_ in ("VBN", "VBD") \
                and child.lemma_.lower() in ADDRESSEE_CUES and subject is not None \
                and subject.left_edge.i == cue.i + 1 and subject.pos_ == "PROPN" \
                and cue.doc[child.i - 1].text == ",":
            return child  # '"...," said Ben Carson, asked about his claims': after the cue
    if cue.i < 2 or cue.nbor(-1).text != ",":
        return None
    for child in cue.children:
        if child.dep_ not in ("ccomp", "advcl") or child.tag_ not in ("VBN", "VBD") \
                or child.i > cue.i or child.right_edge.i not in (cue.i - 1, cue.i - 2):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < child.i - 1 and subject.pos_ == "PROPN" \
                and cue.doc[child.i - 1].text == ",":
            return child
    return None


def author_after_title(to: Token) -> Token | None:
    """``according to "Perfect Enough: Carly Fiorina and ..." by George Anders``: a quoted
    title's author, however the parser hung the title's words."""
    doc = to.doc
    if to.i + 1 >= len(doc) or not doc[to.i + 1].is_quote:
        return None
    for k in range(to.i + 2, min(len(doc) - 1, to.i + 40)):
        if doc[k].is_quote:
            by = doc[k + 1]
            if by.lower_ == "by" and by.i + 1 < len(doc) and doc[by.i + 1].ent_type_ == "PERSON":
                last = doc[by.i + 1]
                while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
                    last = doc[last.i + 1]
                return last
            return None
    return None
