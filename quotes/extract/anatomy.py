"""What a copy editor sets aside when reading a speaker phrase in English news.

``CAPITAL CITY (AP) — Central Bank Governor Jo Park`` opens with a dateline; ``Sen. Harold
Pike, R-Neb.`` carries a party and state tag; ``Nadia Osei, 29, a bus driver`` an age;
``Comedian Sara Lind`` a role word the tagger took into the name; ``Writing in the Harbor
Medical Journal Dr. Imre Toth`` a citation phrase.  None of these is the speaker's name, role
or organisation.  These are general conventions of news writing, read from the text and the
parse (word lists of titles and role words, never lists of names);
:mod:`quotes.extract.mentions` puts the rest of the phrase together.
Here too a transcript label read on its own (``DR. AMARA OKONKWO:`` gives title and name,
nothing of the answer); the title before a name and the office words around it are in
:mod:`quotes.extract.offices`.  And what kind of speaker a phrase names (:func:`speaker_type`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotes.extract.lexicon import given_name_gender, titles, word_set
from quotes.extract.names import (
    body_compound,
    hyphened_given_name_before,
    is_role_word,
    joining_hyphen,
    no_body_meant,
    shaped_like_person,
)
from quotes.extract.offices import (
    ORG_LABELS,
    common_noun_entity,
    entity_of,
    name_text,
    proper_run,
    span_text,
)
from quotes.extract.organizations import job_word

_AGENCY = r"\([A-Z][\w.&'\u2019 -]{0,30}\)"
_DATE = r"(?:[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})"
# not "US - China"; "LA CROSSE", "EL PASO": a two-letter word opens a place of more words
_CAPS_PLACE = (r"(?:[A-Z][A-Z.'\u2019-]{2,}|[A-Z]{2}(?=[ \u00a0]+[A-Z]{2}))"
               r"(?:[ \u00a0]+[A-Z][A-Z.'\u2019-]+)*")
_REGION = r"(?:,[ \u00a0]*[A-Z][A-Za-z.]*(?:[ \u00a0]+[A-Z][A-Za-z.]*)?)"
_ANY_PLACE = r"[A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*){0,2}"
# CAPITAL CITY (AP) —, LONDON (Reuters) -, SPRINGFIELD, Ill. (AP) —, BRUSSELS, Jan. 12
# (Reuters) -, Washington (Reuters) -, (Bloomberg) --, WASHINGTON —; a broadcaster's
# "(CNN) Sen. ..." with no dash (its letters only)
DATELINE = re.compile(
    rf"[ \t\u00a0]*(?:(?:{_CAPS_PLACE}{_REGION}?(?:,?[ \u00a0]+{_DATE})?(?:[ \u00a0]*{_AGENCY})?"
    rf"|{_ANY_PLACE}{_REGION}?(?:,?[ \u00a0]+{_DATE})?[ \u00a0]*{_AGENCY}"
    rf"|{_DATE}[ \u00a0]*{_AGENCY}|{_AGENCY})"
    r"[ \u00a0]*(?:\u2014|\u2013|--|-)[ \u00a0]*|\([A-Z]{2,6}\)[ \u00a0]*)(?=[\"\u201c'\u2018A-Z])")
_STATE = (r"(?:(?:New|North|South|West|Rhode)[ \u00a0][A-Z][a-z]+|(?:[A-Z]\.)+[A-Z]?\.?"
          r"|[A-Z][a-z]{1,12}\.?|[A-Z]{2}(?![a-z]))")
# R-Neb., D-N.Y., (I-Vt.), R-Texas, (R-WI): party and state beside a legislator's name
PARTY_TAG = re.compile(rf"(?<![\w.-])[RDI][ \u00a0]?[-\u2013][ \u00a0]?{_STATE}(?![\w-])")
# (Tex.), (N.Y.): a state alone in brackets after a legislator's name
STATE_TAG = re.compile(r"\(((?:[A-Z]\.){2,}|[A-Z][a-z]{1,5}\.)\)")


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a dateline that opens ``doc`` (0 when there is none);
    kept in ``doc.user_data``, since every mention of a paragraph asks for it."""
    if _DATELINE_KEY not in doc.user_data:
        match = DATELINE.match(doc[:80].text[:160])  # not doc.text: that joins the whole Doc
        end = 0
        if match is not None and any(c.isalpha() for c in match.group(0)):
            end = next((t.i for t in doc if t.idx >= match.end()), 0)
        doc.user_data[_DATELINE_KEY] = end
    return int(doc.user_data[_DATELINE_KEY])


_DATELINE_KEY = "quotes.dateline_end"


def party_tag_after(name_end: Token) -> tuple[str | None, set[int]]:
    """The party and state tag right after a name (``Pike, R-Neb.``, ``Maris (D-Calif.)``,
    ``Cruz (Tex.)``), as written, and the tokens it covers, brackets included."""
    doc = name_end.doc
    # the few tokens after the name, as text from the name's end (never the whole Doc's text)
    base = name_end.idx + len(name_end.text)
    text = doc[name_end.i : name_end.i + 12].text[len(name_end.text):]
    lead = re.match(r"[ \u00a0]*[,(][ \u00a0]*", text[:4])
    tag = PARTY_TAG.match(text, lead.end()) if lead else None
    state = STATE_TAG.match(text, 1) if text[:1] == " " else None
    if tag is not None:
        start, end = tag.span()
    elif state is not None:
        start, end = state.span(1)
    else:
        return None, set()
    text, start, end = text[start:end], start + base, end + base
    covered = {t.i for t in doc[name_end.i + 1 : name_end.i + 12] if start <= t.idx < end}
    for i in (min(covered) - 1, max(covered) + 1) if covered else ():
        if 0 <= i < len(doc) and doc[i].text in ("(", ")"):
            covered.add(i)
    return text, covered


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
    party: str | None = None


def past_dateline(head: Token, cut: int) -> Token:
    """``CAPITAL CITY (AP) — Governor Jo Park said``: the parser may make the dateline's
    place the subject and hang the speaker on it; the speaker is what follows the dateline."""
    after = [t for t in head.subtree if t.i >= cut and t.head.i < cut
             and t.pos_ in ("PROPN", "NOUN", "PRON")]
    # "COLUMBUS, Ohio — A federal judge ... blocked": or a second subject of the same verb
    after = after or [c for c in head.head.children if c.i >= cut and c.dep_ == head.dep_
                      and c.pos_ in ("PROPN", "NOUN", "PRON")]
    return after[0] if after else head


def said_of_a_person(head: Token) -> bool:
    """``Smith, who spoke on condition of anonymity``: a relative "who" is said of people."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children)
               for c in head.children)


def describe_label(label: Span) -> MentionParts:
    """A transcript label (``DR. AMARA OKONKWO``, ``SEN. QUINN (D-Ore.)``, ``Nina Patel``):
    title words, then the name, then a party tag; a label of role words alone
    (``MODERATOR``) is a role."""
    tokens = [t for t in label if not t.is_space]
    names = [t for t in tokens if t.is_alpha and len(t.text) > 1]
    party, skip = party_tag_after(names[-1]) if names else (None, set())
    if party is None:  # "SEN. MARTA QUINN (D-Ore.)": the tag may close the label
        for token in tokens:
            party, skip = party_tag_after(token)
            if party is not None:
                break
    words = [t for t in tokens if t.i not in skip]
    title: list[Token] = []
    while len(words) > 1 and _title_word(words, 0):
        taken = 2 if words[1].text == "." and words[0].text.isalpha() else 1
        title += words[:taken]
        words = words[taken:]
    role: list[Token] = []
    if words and is_role_word(words[-1]) and not _title_word(words, len(words) - 1):
        role, words = words, []  # "MODERATOR", "AUDIENCE MEMBER": who, not a name
    while words and is_role_word(words[0]) and not _title_word(words, 0):
        role.append(words.pop(0))
    while words and words[-1].is_punct and words[-1].text != ".":
        words.pop()
    name = span_text(words) if words else None
    if name is None and title:
        role, title = title, []
    kind = "organization" if words and words[-1].ent_type_ == "ORG" else (
        "person" if name or role else "unknown")
    shouted = all(t.text.isupper() for t in title + role if t.is_alpha)  # "DR.", "HOST"
    title_text = span_text(title) if title else None
    role_text = span_text(role) if role else None
    return MentionParts(tokens[0], tokens[-1], name, tuple(words),
                        title_text.title() if title_text and shouted else title_text,
                        role_text.lower() if role_text and shouted else role_text, None, kind,
                        head_lemma=tokens[-1].lower_, party=party)


def _title_word(words: list[Token], i: int) -> bool:
    """``Dr.``, ``DR.``, ``SEN`` + ``.``: a title word whatever its case."""
    word = words[i].text
    if i + 1 < len(words) and words[i + 1].text == "." and not word.endswith("."):
        word += "."
    return word in titles() or word.capitalize() in titles() or word.title() in titles()


# what the body a document comes from does with it ("released by", "compiled by")
ISSUING_VERBS = frozenset({"release", "publish", "issue", "compile", "post", "conduct", "write",
                           "prepare", "send", "sign", "produce", "file", "author", "commission",
                           "sponsor", "draft", "run"})


def source_parts(source: tuple[Token, ...], first: Token, last: Token, head: Token,
                 party: str | None) -> MentionParts:
    """The speaker a document's named author or publisher is (see :func:`document_source`)."""
    kind = "person" if source[-1].ent_type_ == "PERSON" or source[-1].ent_type_ != "ORG" \
        and shaped_like_person(source) else "organization"
    return MentionParts(first, last, name_text(list(source)), source, None, None, None, kind,
                        head_lemma=head.lemma_.lower(), party=party)


def document_source(head: Token) -> tuple[Token, ...] | None:
    """``a report from the Harbor Policy Institute``, ``an email from Nora Pell``, ``a Reuters
    review``, ``PC World's recent analysis``: a document says what its named author or
    publisher says (not a place: ``a report from Syria``, ``a US study``)."""
    nouns = word_set("document_nouns") | word_set("media_nouns")
    if head.pos_ != "NOUN" or head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None  # ("data", whose lemma is "datum")
    # a compound names the publisher of a report or poll, but the platform of a post or a
    # video ("the school's Facebook post" is the school's)
    owners = ("compound", "poss") if head.lemma_.lower() in word_set("document_nouns") | {
        "website", "site", "blog", "newsletter"} else ("poss",)
    for owner in head.lefts:
        if owner.dep_ in owners and owner.pos_ == "PROPN" and owner.text[:1].isupper() \
                and owner.ent_type_ in ("", "ORG", "PERSON") and "/" not in (
                    owner.nbor(-1).text if owner.i else "", owner.nbor().text):
            # ("FactLedger data", "a CBS poll"; not one of "a CNN/ORC poll"'s two)
            named = entity_of(owner) or proper_run(owner)
            if owner in named and not common_noun_entity(named):
                return named
    # ("The audit, released in March by the Maryland Office of ...": by whom it was issued)
    issued = [c for v in head.children if v.dep_ == "acl" and v.tag_ == "VBN"
              and v.lemma_ in ISSUING_VERBS for c in v.children]  # (not "obtained by The Post")
    # ("an analysis of FEC data by Crowdpac": the author's "by" hung on what was analysed)
    deeper = [p for of in head.children if of.lower_ == "of" for o in of.children
              for p in o.children if p.lower_ == "by"]
    for prep in [*head.children, *issued, *deeper]:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by", "in", "of") \
                or prep.head.i != head.i and prep.lower_ != "by" and prep not in deeper:
            continue
        for obj in prep.children:
            source = entity_of(obj) if obj.dep_ == "pobj" else None
            if source and (obj.ent_type_ in ("PERSON", "ORG") or shaped_like_person(source)) \
                    and obj in source and not common_noun_entity(source):
                return source  # ("an email from Neera Tanden", tagged a building)
    return None


def hyphen_word(token: Token) -> list[Token]:
    """``vice-chancellor``: the tokens of a hyphenated word the parser hung side by side."""
    doc, start, end = token.doc, token.i, token.i
    while start >= 2 and joining_hyphen(doc[start - 1]):
        start -= 2
    while end + 2 < len(doc) and joining_hyphen(doc[end + 1]):
        end += 2
    return list(doc[start : end + 1])


def hyphened_opening(head: Token, phrase: list[Token]) -> tuple[list[Token], list[Token]]:
    """``The union's vice-president, Ann Lee``: the parser may hang the first half of a
    hyphenated role (``vice -``) and the article and possessor before it outside the head's
    phrase; (those halves, those modifiers), both empty when the phrase holds its word whole."""
    word = hyphen_word(head)
    first = min((t.i for t in phrase), default=head.i)
    halves = [t for t in word if t.i < first]
    if not halves:
        return [], []
    return halves, [t for t in halves[0].subtree if t.i < halves[0].i]


_GENERIC_PERSONS = frozenset({"man", "men", "woman", "women", "one", "person", "people", "guy",
                              "lady", "gentleman"})


def owner_of_name(left: list[Token], name_ids: set[int]) -> set[int]:
    """``Selkirk Valley Power's [Yvonne Cormack]``: the owner's words before a name, whose
    she is (its organisation), no role."""
    return {t.i for o in left if o.dep_ == "poss" and o.head.i in name_ids
            and o.pos_ == "PROPN" for t in o.subtree}


def after_other_person(left: list[Token]) -> list[Token]:
    """``Police Chief Rowena Tillery and Fire Commissioner [Desmond Achebe-Frost]``: the words
    before a name stop at the ``and`` after another person's name."""
    joins = [t.i for t in left if t.dep_ == "cc" and t.head.i < t.i and (
        t.head.ent_type_ == "PERSON" or any(given_name_gender(c.text) for c in t.head.lefts
                                            if c.dep_ in ("compound", "nmod")))]
    return [t for t in left if t.i > joins[-1]] if joins else left


def second_role(role_phrase: list[Token], role_head: Token | None) -> set[int]:
    """``the lead author of the study and a researcher at X``: a second office of its own
    (``a researcher``), which the parser joined to a word inside the first; the first role is
    the speaker's role (two offices joined to the role itself are ``joint_role``'s)."""
    found: set[int] = set()
    for token in role_phrase:
        if token.dep_ == "conj" and role_head is not None and token.head.i != role_head.i \
                and job_word(token) and with_indefinite_article(token):
            found |= {t.i for t in token.subtree} | {
                c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i}
    return found


def generic_person(role: str) -> bool:
    """``other man``, ``One of the men``: words for anyone, no role beside a name."""
    words = role.split()
    return bool(words) and words[-1].lower() in _GENERIC_PERSONS


def speaker_type(name_tokens: tuple[Token, ...] | None, head: Token,
                 role_head: Token | None) -> str:
    """person, organization, group or unknown, from the name's tag and form, or else from the
    words that say who (``the agency``, ``officials``, ``the email``)."""
    org_nouns = word_set("organization_nouns")
    if role_head is not None and role_head.lemma_.lower() in org_nouns \
            and not no_body_meant(role_head):
        return "organization"
    if name_tokens:
        label = name_tokens[-1].ent_type_
        if len(name_tokens) > 1 and name_tokens[-1].lower_ in word_set("organization_name_endings"):
            return "organization"  # "Halvorsen Pharma", "Kestrel Energy Inc."
        if len(name_tokens) == 1 and name_tokens[0].is_upper and name_tokens[0].is_alpha \
                and len(name_tokens[0]) > 1 and not name_tokens[0].sent.text.isupper():
            return "organization"  # an acronym in running text: "KLTV said", "NATO said"
        if label == "PERSON" or len(name_tokens) > 1 and hyphened_given_name_before(
                name_tokens[0].doc, name_tokens[-1].i) == name_tokens[0].i:
            return "person"  # (and "Hyun-woo Park", "Park" tagged a body)
        if label in ORG_LABELS or name_tokens[-1].lemma_.lower() in org_nouns:
            return "organization"  # "Arts Citation Index", "Port Authority"
        return "person" if len(name_tokens) >= 2 else "unknown"
    lemma = head.lemma_.lower()
    described = " ".join(t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod"))
    documents = word_set("document_nouns") | word_set("media_nouns")
    if f"{described} {head.lower_}".strip() in documents or (
            lemma in documents and lemma not in org_nouns):
        return "group" if head.tag_ == "NNS" else "unknown"  # "a white paper", "the email"
    if head.tag_ == "NNS" and head.pos_ == "NOUN" and lemma != head.lower_:
        # "authorities", "consumer groups": more than one, unnamed ("police" is the force)
        return "group"
    if lemma in org_nouns and not no_body_meant(head):
        return "organization"
    if body_compound(head) is not None:
        return "organization"  # "the coast guard", though a guard is a person
    if head.tag_ in ("NNS", "NNPS") or head.lower_ in word_set("group_nouns"):
        return "group"
    if head.pos_ == "NOUN" or is_role_word(head):
        return "person"
    return "unknown"


def surname_described(head: Token) -> tuple[Token, ...] | None:
    """``Fields, the city planner, said``: a capitalised word the tagger read as a plural
    noun, set off by a comma and described as a person, is a surname."""
    if not head.is_title or head.pos_ != "NOUN" or head.lower_ in word_set("group_nouns"):
        return None
    for appos in head.children:
        if appos.dep_ == "appos" and appos.i > head.i + 1 and head.nbor().text == "," and any(
                c.dep_ == "det" for c in appos.children) and speaker_type(
                None, appos, None) == "person":
            return (head,)
    return None


def with_indefinite_article(token: Token) -> bool:
    """``a researcher``, ``an email``: a noun its phrase brings in as new."""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in token.children)


def someone_new(head: Token) -> bool:
    """``the organizer of a pro-Trump rally``: a noun that an indefinite phrase tells apart
    brings in someone new, not the one just quoted."""
    return any(p.dep_ == "prep" and any(o.dep_ == "pobj" and with_indefinite_article(o)
                                        for o in p.children) for p in head.children)


def campaign_named(head: Token) -> str | None:
    """``Whitfield for President said``, ``Hillary for America said``: a candidate's name, then
    ``for`` and the office or the country sought, names the campaign committee."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    sought = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if sought is None or head.pos_ != "PROPN" and head.ent_type_ != "PERSON" \
            or not sought.is_title or sought.right_edge.i \
            != sought.i or prep is None or prep.i != head.i + 1 or not (
                sought.text in titles() or sought.ent_type_ == "GPE"
                or sought.lower_ in ("congress", "senate", "house")):
        return None
    first = min([head] + [c for c in head.lefts if c.dep_ in ("compound", "flat")
                          and c.pos_ == "PROPN"], key=lambda t: t.i)
    return head.doc[first.i : sought.i + 1].text
