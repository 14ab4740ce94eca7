"""Whom a nominal names: ``the police`` the one force of the story, ``the report`` the report
it named, ``the finance minister`` the one person so described, ``the rookie defenceman`` whom
the story was about, and never the person its own verb takes as object nor someone of another
body.  The resolver (``resolve``) asks these once its trained model has had its say."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from quotes.extract.anaphora import Coreference, is_definite_nominal
from quotes.extract.anatomy import (
    ISSUING_VERBS,
    MentionParts,
    dateline_end,
    past_dateline,
    with_indefinite_article,
)
from quotes.extract.candidates import PRONOUNS
from quotes.extract.continuing import (
    epithet_goes_on,
    opens_paragraph,
    other_body,
    subject_of_sentence_before,
)
from quotes.extract.entities import DocumentEntities
from quotes.extract.kinds import (
    GENERIC_KINDS,
    kind_nouns,
    of_its_kind,
    the_one_of_its_kind,
)
from quotes.extract.lexicon import nominal_name_words, titles, word_gender, word_set
from quotes.extract.referents import Entity, name_words
from quotes.records import Quote


def the_only_police(head: Token, entities: DocumentEntities) -> Entity | None:
    """``Police said ...`` in a story that names one police service (``the Edmonton Police
    Service``): that service, wherever the story names it; not ``harbour police``."""
    if head.lower_ != "police" or any(c.dep_ in ("compound", "amod", "poss", "nmod")
                                      for c in head.children):
        return None
    forces = [e for e in entities.entities if e.type == "organization" and "police" in e.words]
    return forces[0] if len(forces) == 1 else None


def the_body_so_called(head: Token, coref: Coreference, offset: int) -> Entity | None:
    """:func:`_the_body_so_called`, unless the nominal says whose or where the body is and the
    body's name does not (``The Spanish mountain sports federation`` is no ``World Mountain
    Ultra Federation``; ``the Chilean central bank`` may be the ``Central Bank of Chile``)."""
    body = _the_body_so_called(head, coref, offset)
    told = [c.lower_[:4] for c in head.children if c.ent_type_ in ("NORP", "GPE")
            and c.dep_ in ("amod", "compound")]
    return None if body is not None and told and not any(
        w.startswith(t) for t in told for w in body.words) else body


def _the_body_so_called(head: Token, coref: Coreference, offset: int) -> Entity | None:
    """``the union said``, ``the transit agency said``, ``the Waterloo-based firm said``, ``the
    health district said``, ``the campaign said``: a definite nominal the resolver left alone
    names the one organisation of its kind the story named before (a compound noun before
    the head is part of the kind); where it named none before, the one it names in the next
    paragraphs (``The union representing the line's operators said ...``, then ``president
    of Transit Workers Union Local 417``), so long as the story names no other, the noun is
    no word for any body (``the company``), and no body was named just before."""
    cut = dateline_end(head.doc)  # ("STOCKHOLM (Reuters) - Sweden's competition regulator":
    head = past_dateline(head, cut) if head.i < cut else head  # the parser's head, the city)
    lemma = head.lemma_.lower()
    definite = is_definite_nominal(head) or head.is_lower and any(
        c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.ent_type_ == "GPE"
        for c in head.children)  # ("Sweden's competition regulator", the tagger's PROPN "bank")
    compound = [c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if definite and compound and head.tag_ == "NN":
        ends = [e for e in coref.entities.entities if e.type == "organization" and e.named
                and e.mentions[0].start < offset and e.words[-2:] == (compound[-1], lemma)]
        if len(ends) == 1:
            return ends[0]  # "The cartel office" of Germany's Federal Cartel Office
    if not definite or lemma not in kind_nouns() \
            or head.tag_ != "NN" and not (head.tag_ == "NNP" and head.is_lower):
        return None
    kinds = [(compound[-1], lemma), (lemma,)] if compound else [(lemma,)]
    entities = coref.entities
    before = next((body for kind in kinds
                   if (body := the_one_of_its_kind(kind, entities, offset)) is not None), None)
    if before is not None or lemma in GENERIC_KINDS or any(
            of_its_kind(e, kinds[-1]) for e in entities.entities
            if e.named and e.mentions[0].start < offset):
        return before  # ("The company said" may be any body the story named: Twitter)
    paragraph = coref.paragraph_at(offset)
    if any(m.paragraph >= paragraph - 1 and m.start < offset
           and not in_headline(coref.view.text, m.start) for e in entities.entities
           if e.type == "organization" for m in e.mentions):
        return None  # a body just named may be the one meant (not one the headline named)
    near = paragraph + NAMED_AFTER_PARAGRAPHS
    # (the one of its kind named by then: not the pilots' guild an airline story names later)
    until = min((m.start for e in entities.entities for m in e.mentions if m.paragraph > near),
                default=len(coref.view.text) + 1)
    return the_one_of_its_kind(kinds[-1], entities, until)


# how far on a story names the body it first called by its kind ("The union ... said")
NAMED_AFTER_PARAGRAPHS = 2


def only_one_so_described(role: str, entities: DocumentEntities, offset: int
                           ) -> Entity | None:
    """The one person introduced before ``offset`` with ``role``'s words among those of their
    role or title (a transcript's ``HOST:``, ``the finance minister`` after ``Minister of
    Finance Robert Kowalczyk`` and Health Minister Sylvia Marchand), None if there is no such
    person or more than one."""
    found = [e for e in described_as(role, entities)
             if any(m.start < offset for m in e.mentions)]
    return found[0] if len(found) == 1 else None


def described_as(role: str, entities: DocumentEntities) -> list[Entity]:
    """The named people with every word of ``role`` among those of their title, role and
    organisation (``the Fianna Fáil councillor``), its last among those of the title or role,
    in the order the story introduces them."""
    words = role.casefold().split()
    # (its last word: not "the health district" for its director)
    return [e for e in entities.entities if e.type == "person" and e.named and words
            and words[-1] in (described := e.described_words())
            and set(words) <= described | set(name_words(e.organization or ""))]


def object_of_its_verb(entity: Entity, head: Token, coref: Coreference) -> bool:
    """``The attorney general of the state of New York is suing Trump``: the subject of a
    verb is not its object (no reflexive here), so a nominal is not the person its own verb
    takes as object."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or entity.type != "person":
        return False
    for mention in entity.mentions:
        token = coref.head_word(mention)
        if token is not None and token.doc is head.doc and (
                token.dep_ == "dobj" and token.head.i == verb.i
                or token.dep_ == "pobj" and token.head.head.i == verb.i):
            return True
    return False


def epithet_names(start: int, gender: str | None, coref: Coreference, records: list[Quote],
                   own: bool = False) -> Entity | None:
    """Whom an epithet at ``start`` names: the person quoted just before, else the one the
    sentence before was about; one that describes its own person (``own``: an age, a trade),
    else the one person of the paragraph before (not ``the former aide``, anyone's)."""
    return epithet_goes_on(start, gender, coref, records) \
        or subject_of_sentence_before(gender, start, coref, epithet=True) \
        or (_the_one_person_of_paragraph_before(start, gender, coref) if own else None)


def _the_one_person_of_paragraph_before(start: int, gender: str | None, coref: Coreference
                                        ) -> Entity | None:
    """``Jessamyn Kaur is 34 weeks pregnant ... For her, the pause means ...`` and then, opening
    the next paragraph, ``"...," the 29-year-old said``: the one person the paragraph before
    spoke of, outside quotation marks."""
    paragraph, sentence = coref.paragraph_at(start), coref.entities.sentence_of(start)
    if paragraph == 0 or not opens_paragraph(start, sentence, coref):
        return None
    people = [e for e in coref.entities.entities if e.type == "person" and any(
        m.paragraph == paragraph - 1 and not m.in_quote for m in e.mentions)]
    if len(people) != 1 or gender is not None and people[0].gender not in (None, gender):
        return None
    return people[0]


def called_so_before(head: Token, coref: Coreference) -> Entity | bool:
    """What the text said before with a bare nominal's noun, below the headline: the person a
    name set beside it named (``Maria Lopez, a baker,`` for ``the baker``); True if it brought
    in someone unnamed or several (``a nurse who had treated ...``, ``hosts Joe Scarborough
    and Mika Brzezinski``), so it need not be whom the story was just quoting; False if
    nothing."""
    lemma, start, view = head.lemma_.lower(), coref.view.start(head), coref.view
    # ("a Woodstock chef puts her name on the door": whom the story is about, not another)
    headline_end = view.text.find("\n") if in_headline(view.text, 0) else -1
    found: Entity | bool = False
    for token in view.all_tokens():
        at = view.start(token)
        if at >= start:
            break
        if at < headline_end:
            continue
        if token.lemma_.lower() != lemma or token.pos_ not in ("NOUN", "PROPN"):
            continue
        name = _name_beside(token) if token.tag_ not in ("NNS", "NNPS") else None
        if name is not None:
            found = _mentioned_at([view.start(name)], ("person",), coref) or True
        elif token.tag_ in ("NNS", "NNPS") or with_indefinite_article(token):
            found = True
    return found


def _name_beside(noun: Token) -> Token | None:
    """``Maria Lopez, a baker``, ``a baker, Maria Lopez,``: the name the noun describes."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def of_another_body(entity: Entity | None, parts: MentionParts, start: int,
                     coref: Coreference) -> bool:
    """The nominal names an organisation (``the founder of Kestrel``) that the text placed
    ``entity`` apart from."""
    return entity is not None and bool(parts.organization) and bool(entity.organization) \
        and other_body(entity.organization or "", parts.organization or "", start, coref)


# a spouse who outlived one, beside the lexicon's kinship words
_SURVIVING_SPOUSES = frozenset({"widow", "widower"})


def _relative(word: str) -> bool:
    return word in word_set("kin_nouns") or word in _SURVIVING_SPOUSES


def relative_named(head: Token, coref: Coreference, records: list[Quote]) -> Entity | None:
    """``His brother said``, ``Her son added``: the one other person of the story who bears the
    family name of the one ``his`` or ``her`` means, of the relative's sex (the brothers Martin
    and Declan Fahy; a relative of another name is left unnamed); ``his`` or ``her`` right
    after a person's quote is that person's, as an epithet there would be."""
    kin = head.lemma_.lower()
    owner_word = next((c for c in head.children if c.dep_ == "poss"
                       and c.lower_ in ("his", "her")), None)
    if owner_word is None or not _relative(kin):
        return None
    at = coref.view.start(owner_word)
    owner = epithet_goes_on(at, PRONOUNS[owner_word.lower_][1], coref, records) \
        or coref.named_at(owner_word)
    if owner is None or owner.type != "person" or len(owner.words) < 2:
        return None
    sex = word_gender(kin)
    found = [e for e in coref.entities.entities if e is not owner and e.type == "person"
             and e.named and len(e.words) >= 2 and e.words[-1] == owner.words[-1]
             and (sex is None or e.gender in (None, sex))
             and _introduced_as(e, coref.view.text) <= {kin}]
    return found[0] if len(found) == 1 else None


def _introduced_as(entity: Entity, text: str) -> set[str]:
    """The kinship words written right before the entity's names (``his wife, Denise Pryce``):
    a relative introduced as another is not the one ``His daughter`` means."""
    found = set()
    for mention in entity.mentions:
        if mention.source == "name":
            before = text[max(0, mention.start - 24) : mention.start].rstrip(" ,").split()
            if before and _relative(before[-1].lower()):
                found.add(before[-1].lower())
    return found


LEDE_PARAGRAPHS = 3  # the headline, and the story's opening paragraphs that introduce its subject


def in_headline(text: str, offset: int) -> bool:
    """``offset`` is on a story's first line, a headline: no full stop ends it and the story
    goes on after it."""
    first = text.find("\n")
    line = text[:first].rstrip() if first > 0 else ""
    return 0 <= offset < first and bool(line) and not line.endswith(".") \
        and bool(text[first:].strip())


def headline_names(head: Token, coref: Coreference) -> Entity | None:
    """``'We were never asked,' chief says of RM's pipeline plan``: a headline's bare nominal
    names the first person the story describes so, when its opening paragraphs do (``Sandy
    Creek Chief Dolores Beardy``, not the grand chief quoted later), else the one body of that
    kind it names (``union says``)."""
    word = head.lemma_.lower()
    people = sorted(described_as(word, coref.entities), key=lambda e: e.mentions[0].start)
    if people:
        return people[0] if people[0].mentions[0].paragraph <= LEDE_PARAGRAPHS else None
    if word not in kind_nouns() or head.tag_ in ("NNS", "NNPS"):
        return None  # ("Right-wing parties threaten ...": several, no one body)
    return the_one_of_its_kind((word,), coref.entities, len(coref.view.text) + 1)


def lede_nominal_names(head: Token, offset: int, coref: Coreference) -> Entity | None:
    """``A federal judge on Friday blocked ...``, then ``U.S. District Judge Karen Holt
    wrote``: a story's opening indefinite nominal names the one person the next paragraphs
    introduce so (wire copy names its subject after the lede)."""
    paragraph = coref.paragraph_at(offset)
    if paragraph >= LEDE_PARAGRAPHS or not with_indefinite_article(head):
        return None
    words = nominal_name_words(head.lemma_.lower())  # ("a Manitoba judge": Justice X)
    people = [e for e in coref.entities.entities if e.type == "person" and e.named
              and words & e.described_words() and offset < e.mentions[0].start
              and e.mentions[0].paragraph <= paragraph + 2]
    return people[0] if len(people) == 1 else None


_DOCUMENT_REACH = 3  # paragraphs back a document's last mention may be ("the memo" said)
_WRITING_VERBS = frozenset({"say", "write", "tell", "state", "announce", "warn", "argue"})


def issued_before(head: Token, offset: int, coref: Coreference) -> Entity | None:
    """``The Kamloops Chamber of Commerce, in a letter read into the record, urged council ...
    According to the letter, ...``: a document that speaks is the one a named person or body
    introduced a few paragraphs before as acting in it or issuing it
    (``released a report``, ``published its preliminary report``, ``wrote in the memo``);
    whose it is, the subject of that verb says.  A document named by its own name (``the
    Saskatchewan Crop Report``) is its own speaker."""
    noun, paragraph = head.lemma_.lower(), coref.paragraph_at(offset)
    earlier = takewhile(lambda t: coref.view.start(t) < offset, coref.view.all_tokens())
    before = [t for t in earlier if t.lemma_.lower() == noun and t.pos_ == "NOUN"]  # (in
    # earlier pieces too; the story's tokens after the mention are not read)
    for token in reversed(before):
        if paragraph - coref.paragraph_at(coref.view.start(token)) > _DOCUMENT_REACH:
            break
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else \
            token.head if token.dep_ == "dobj" and token.head.lemma_ in ISSUING_VERBS else None
        if verb is not None and not with_indefinite_article(token) \
                and verb.lemma_ not in ISSUING_VERBS | _WRITING_VERBS:
            verb = None  # (not "Trump leads ... in the 50-state poll")
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        issuer = _mentioned_at([coref.view.start(c) for c in subjects
                                if not any(d.dep_ == "conj" for d in c.children)],
                               ("person", "organization"), coref)  # (not "Trump and Ryan")
        if issuer is not None or with_indefinite_article(token) or any(
                c.dep_ == "poss" for c in token.children):
            return issuer  # (introduced there: "in a letter", "released a report")
    named = [e for e in coref.entities.entities if e.type == "organization" and e.named
             and e.words[-1] == noun and len(e.words) > 1 and e.mentions[0].start < offset]
    return named[0] if len(named) == 1 else None


# what a court issues, and the words that name a court, a tribunal or a panel that rules
_RULINGS = frozenset({"ruling", "judgment", "judgement", "decision", "verdict"})
_COURT_WORDS = frozenset({"court", "tribunal", "panel"})


def court_that_ruled(head: Token, offset: int, coref: Coreference) -> Entity | None:
    """``The ruling said`` after ``the Court of Appeals of Antofagasta found``: a ruling
    speaks for the one court, tribunal or panel the story named before; with none named, for
    the one judge (``High Court Judge Wanjiru Mbogo ... The judgment said``)."""
    if head.lemma_.lower() not in _RULINGS:
        return None
    named = [e for e in coref.entities.entities if e.mentions[0].start < offset]
    courts = [e for e in named if e.type == "organization" and _COURT_WORDS & set(e.words)]
    judges = [e for e in named if e.type == "person" and e.title in ("Judge", "Justice")]
    return courts[0] if len(courts) == 1 else judges[0] if not courts and len(judges) == 1 \
        else None


def _mentioned_at(offsets: list[int], types: tuple[str, ...], coref: Coreference
                  ) -> Entity | None:
    """The first entity of ``types`` with a mention that covers one of ``offsets``."""
    return next((e for e in coref.entities.entities if e.type in types
                 and any(m.start <= at < m.end for m in e.mentions for at in offsets)), None)


def name_set_before(nominal: Token, coref: Coreference) -> Entity | None:
    """``Wiersma, a former schoolteacher from Drachten, said``: the parser took the surname
    that opens the sentence for an adverb and the appositive for the subject; the one person
    the story named in full by that surname, else None."""
    doc, first = nominal.doc, nominal.left_edge
    if first.i < 2 or doc[first.i - 1].text != "," or not with_indefinite_article(nominal):
        return None
    word = doc[first.i - 2]
    if not word.is_title or word.i != word.sent.start or word.text in titles():
        return None
    person = coref.entities.find(word.text, "person", coref.view.start(word))
    return person if person is not None and person.type == "person" \
        and len(person.words) > 1 else None
