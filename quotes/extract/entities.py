"""The people and organisations of one document, each mention of one grouped into an entity.

Named mentions (spaCy's PERSON, ORG, GPE, LOC and NORP entities, and the names it missed:
``missed``) are grouped by precise rules, from the fullest names down: the same name, a
surname or title + surname to the full name it ends (the most recent one when two people share
it), an acronym to the name it abbreviates or was defined for (``Northern Press Agency
(NPA)``), a body's first or last words to its name.  Each entity keeps its fullest name and the
title, role and organisation its mentions state, so ``Morotto said`` can give all of them.
Pronouns and nominals join entities later, through the trained resolver (``resolver``).

Everything kept here is plain data (offsets, words), never spaCy objects, so a long document
can drop its parsed paragraphs as it goes.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes.extract.ages import age_given, age_tokens
from quotes.extract.anatomy import MentionParts, dateline_end
from quotes.extract.epithets import epithets_of
from quotes.extract.introductions import describe_entity
from quotes.extract.lexicon import (
    title_gender,
    word_gender,
    word_set,
)
from quotes.extract.matching import match_entity
from quotes.extract.mentions import describe
from quotes.extract.missed import (
    Named,
    acronym_follows,
    bodies_missed,
    body_noun_after,
    body_noun_before,
    credited,
    given_name_left_out,
    kin_named,
    lone_surnames,
    mononyms,
    mononyms_missed,
    outside_bodies,
    people_missed,
    speakers_missed,
    surname_of,
    surnames_taken_for_places,
)
from quotes.extract.names import (
    company_named,
    ends_a_body_name,
    gender_of_given_name,
    given_name_before_place,
    hyphened_given_name_before,
    office_before_given_name,
    office_before_person,
    office_of_place,
    role_word_capitalised,
    shaped_like_person,
    title_case_line,
)
from quotes.extract.offices import name_as_written
from quotes.extract.phrases import office_acronym
from quotes.extract.places import based_in, named_as_places, where_based
from quotes.extract.referents import (
    ENTITY_TYPES,
    NAME_SUFFIXES,
    Entity,
    Mention,
    SentenceIndex,
    called_noun,
    clean_entity_text,
    give_title,
    governs_cue,
    grammatical_function,
    is_name_like,
    is_subject,
    modified_noun,
    name_words,
)
from quotes.extract.segments import TextView
from quotes.extract.short_forms import (
    BRACKETED_ACRONYM,
    acronym_alias,
    organizations_in_full,
    place_named_as_body,
    short_forms_missed,
)
from quotes.extract.surnames import full_name_surnames
from quotes.extract.teams import family_names, team_after_the


class DocumentEntities:
    """The entities of one document and where each is mentioned.

    Built from the document's parse with :meth:`add`, once, or once per stretch of a long
    document: what is kept is plain data, and :meth:`forget` drops old mentions, so memory
    stays bounded however long the document."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._sentences: SentenceIndex | None = None
        self._sentence_base = 0

    def sentence_of(self, offset: int) -> int:
        """The sentence number of ``offset`` (in the stretch added last), counted over the
        whole document."""
        assert self._sentences is not None, "add() a parse first"
        return self._sentence_base + self._sentences(offset)

    def add(self, view: TextView, paragraph_at: Callable[[int], int],
            quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]]) -> None:
        """The named people, organisations, groups and places of ``view`` (the whole document,
        or its next stretch), grouped with those known so far."""
        if self._sentences is not None:
            self._sentence_base += len(self._sentences.starts)
        self._sentences = SentenceIndex(view, quote_ranges)
        full = full_name_surnames(seg.doc for seg in view.segments)  # "Hruska" of Tomas Hruska
        surnames = lone_surnames(view, cue_heads, full)
        # words the text names one person by, whatever the tagger took them for
        people_words = mononyms(view) | surnames_taken_for_places(view, full)
        named = list(_named_mentions(view, paragraph_at, quote_ranges, cue_heads,
                                     self.sentence_of, surnames, people_words))
        # a long name only a headline gives is the tagger's run over the headline's words
        body = {n.words for n in named if not n.in_headline}
        named = [n for n in named if not n.in_headline or len(n.words) < 3 or n.words in body]
        named += _group_mentions(view, paragraph_at, quote_ranges, cue_heads, self.sentence_of,
                                 {(n.start, n.end) for n in named})
        named += speakers_missed(view, paragraph_at, quote_ranges, cue_heads, self.sentence_of,
                                  [(n.start, n.end) for n in named])
        bodies = list(bodies_missed(view, paragraph_at, quote_ranges, cue_heads,
                                    self.sentence_of, [(n.start, n.end) for n in named]))
        named = outside_bodies(named, bodies) + bodies
        named += people_missed(view, paragraph_at, quote_ranges, cue_heads, self.sentence_of,
                               [(n.start, n.end) for n in named], surnames, full)
        named += mononyms_missed(view, paragraph_at, quote_ranges, cue_heads, self.sentence_of,
                                 [(n.start, n.end) for n in named], people_words)
        touched: dict[int, tuple[Entity, list[Named]]] = {}
        # fullest names first, so that a surname finds the full name it belongs to
        for item in sorted(named, key=lambda n: (-len(n.words), n.start)):
            entity = None
            if item.acronym_of is not None:
                entity = match_entity(self.entities, item.acronym_of, "organization", item.start)
            entity = entity or match_entity(self.entities, item.words, item.type, item.start,
                                            gender=title_gender(item.title),
                                            paragraph=item.mention.paragraph)
            if entity is None:
                entity = Entity(name=name_as_written(item.text), type=item.type, words=item.words,
                                type_said=item.type_said)
                self.entities.append(entity)
            elif (entity.type == "place" and item.type == "organization") or item.type_said or (
                    entity.type != "person" and item.type == "person"
                    and (item.title or item.role) and not entity.type_said):
                entity.type = item.type  # "Delgado, 58, a former treasurer": a person after all
                entity.type_said = entity.type_said or item.type_said  # (not "Blackjacks
                # president Dale Hurst" after "the Blackjacks' head coach")
            entity.aliases.add(item.words)
            acronym = BRACKETED_ACRONYM.match(view.text, item.end) \
                if item.type == "organization" else None
            if acronym and len(item.words) >= len(acronym.group("acronym")) - 1:
                # "the Sector 48 Residents' Welfare Association (RWA)": "RWA" later, though
                # the tagger names it apart, is this body (not a name the tagger cut short:
                # "Employees' Union" of "the Karnataka IT Employees' Union (KITEU)")
                entity.aliases.add(acronym_alias(acronym))
            self.link(entity, item.mention)
            if item.type == "person":
                entity.person_labels += 1
            else:
                entity.other_labels += 1
            touched.setdefault(id(entity), (entity, []))[1].append(item)
            last = view.token_at(item.end - 1) if item.type == "person" else None
            if last is not None:
                entity.epithets |= epithets_of(last)
        short_forms_missed(view, self.entities, self.link, self.sentence_of, paragraph_at,
                           quote_ranges, cue_heads)
        for entity, items in touched.values():
            _describe_entity(entity, sorted(items, key=lambda n: n.start))
        organizations_in_full(self.entities)
        self.entities.sort(key=lambda e: e.mentions[0].start)

    def forget(self, before_paragraph: int) -> None:
        """Drop mentions of paragraphs before ``before_paragraph``; each entity keeps its first
        mention and its last named one, so it can still be found and named."""
        for entity in self.entities:
            named = [m for m in entity.mentions if m.named]
            keep = {id(entity.mentions[0])} | ({id(named[-1])} if named else set())
            entity.mentions = [m for m in entity.mentions
                               if m.paragraph >= before_paragraph or id(m) in keep]

    def candidates(self, offset: int, max_paragraphs: int, paragraph: int) -> list[Entity]:
        """Entities mentioned before ``offset``, within the last ``max_paragraphs``."""
        found = []
        for entity in self.entities:
            last = entity.last_before(offset)
            if last is not None and paragraph - last.paragraph <= max_paragraphs:
                found.append(entity)
        return found

    def find(self, name: str, kind: str, offset: int, given_names: bool = False,
             title: str | None = None, paragraph: int | None = None) -> Entity | None:
        """The entity a name written at ``offset`` refers to (see :func:`quotes.extract.matching.match_entity`);
        a name with a suffix (``Donald Jr.``) is no one's given name."""
        written = name.split()
        suffixed = bool(written) and written[-1].strip(".,").casefold() in NAME_SUFFIXES
        return match_entity(self.entities, name_words(name), kind, offset,
                            given_names and not suffixed, title_gender(title or name),
                            paragraph)

    def link(self, entity: Entity, mention: Mention) -> None:
        insort(entity.mentions, mention, key=lambda m: m.start)


def build_entities(view: TextView, paragraph_at: Callable[[int], int],
                   quote_ranges: list[tuple[int, int]],
                   cue_heads: set[tuple[int, int]]) -> DocumentEntities:
    """Every named person, organisation, group and place of a document, grouped into entities;
    and groups that act as subjects (``Union leaders met ...``), which a later ``they`` may be."""
    entities = DocumentEntities()
    entities.add(view, paragraph_at, quote_ranges, cue_heads)
    return entities


def _describe_entity(entity: Entity, items: list[Named]) -> None:
    """Fullest name; the first title, role and organisation its mentions state; gender."""
    best = max(items, key=lambda n: (len(n.words), -n.start))
    if len(best.words) > len(entity.words):  # a fuller name than any known so far
        entity.name, entity.words = best.text, best.words
    for item in items:
        give_title(entity, item.title, len(item.words) > 1)
        entity.role = entity.role or item.role
        entity.organization = entity.organization or item.organization
        entity.party = entity.party or item.party
        entity.age = entity.age or item.age
    if entity.type == "person":
        for word in sorted(entity.described_words()):
            entity.gender = entity.gender or word_gender(word)
        # "Andrea Lowe ... he said" is not her: a given name says it before any pronoun does
        entity.gender = entity.gender or gender_of_given_name(entity.words)


def _named_mentions(view: TextView, paragraph_at: Callable[[int], int],
                    quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                    sentence_of: Callable[[int], int], surnames: frozenset[str],
                    people_words: frozenset[str]) -> Iterable[Named]:
    datelines: dict[int, int] = {}  # per paragraph Doc
    places = named_as_places(view)
    families = family_names(view)
    for ent in view.entities():
        kind = ENTITY_TYPES.get(ent.label_) or ("organization" if acronym_follows(ent) else None)
        kind = "organization" if kind == "place" and place_named_as_body(ent) else \
            "place" if kind == "organization" and ent.text in places else kind
        if kind is None or (kind == "group" and not _group_noun(ent)):
            continue
        bounds = clean_entity_text(ent)
        if bounds is None:
            continue
        doc = ent.doc
        if id(doc) not in datelines:
            datelines[id(doc)] = dateline_end(doc)
        if bounds[0] < datelines[id(doc)] < bounds[1]:
            bounds = (datelines[id(doc)], bounds[1])  # "CLEVELAND - Donald Trump": the tagger
            # ran the dateline into the name that opens the story
        span = doc[bounds[0]:bounds[1]]
        given = given_name_left_out(span, surnames, bool(age_tokens(span.root))) \
            if kind == "organization" else given_name_before_place(span) \
            if kind == "place" else span.start
        given = hyphened_given_name_before(doc, given) if len(span) == 1 else given  # Hyun-woo
        if kind == "organization" and given == span.start and office_before_person(span):
            given = span.start + 1
        if given != span.start:
            bounds = (given, bounds[1])
            span, kind = doc[given:bounds[1]], "person"  # "Taras [Yaremko]", "[Trustee] X"
        headline = title_case_line(span.sent if doc.has_annotation("SENT_START") else doc[:])
        if role_word_capitalised(span, headline):  # "Rookie Laine stops 41"
            bounds, span = (span.start + 1, bounds[1]), doc[span.start + 1 : bounds[1]]
        start, end = view.start(span), view.end(span)
        paragraph = paragraph_at(start)
        if bounds[0] < datelines[id(doc)] or not is_name_like(span.text) or credited(span) \
                or office_acronym(span.root, tuple(span)):
            continue  # a dateline's place (LONDON (Reuters) -), a byline, "the MD": no one
        root = span.root
        mention = Mention(start, end, paragraph, sentence_of(start), subject=is_subject(root),
                          in_quote=any(s <= start < e for s, e in quote_ranges),
                          function=grammatical_function(root),
                          speaker=governs_cue(root, cue_heads), modifies=modified_noun(root),
                          called=called_noun(root))
        parts = _described(span if span.start < ent.start else ent, span, kind)  # (with the
        # given name the tagger left out: "Ana" of "Ana Ferreira" is no role)
        if kind in ("organization", "place") and (
                parts is not None and parts.speaker_type == "person" or age_tokens(root)
                or office_before_given_name(span, ent)):
            kind = "person"  # "Delgado, 58, a former state treasurer": the tagger said GPE
        elif kind == "organization" and shaped_like_person(span) and (
                surname_of(span) in surnames or kin_named(span)) \
                or kind in ("organization", "place") and span.text in people_words:
            kind = "person"  # "Harpreet Virk ... Virk told Global News", "His mother, Chantal
            # Gagnon,", "Debbie caused her own death": the tagger said ORG; "Hruska's shot": GPE
        elif kind == "person" and office_of_place(span):
            kind = "place"  # "the mayor of Riverton": the tagger said PERSON
        said = kind == "person" and (body_noun_before(span) or body_noun_after(span)
                                     or company_named(span)
                                     or team_after_the(span, families)
                                     or len(span) > 1 and ends_a_body_name(span[-1]))
        kind = "organization" if said else "place" if based_in(span) else kind
        # ("airline Aerlys", "Harbourline Freight", "Wapiski Lake First Nation", "Halverton
        # Town": the tagger said PERSON; "the Mississauga-based carrier": ORG)
        if kind == "person" and span.text.casefold() in word_set("news_agencies") \
                and span.text.casefold() not in surnames:
            kind = "organization"  # "told Wikinews", "told AFP": the tagger said PERSON
        yield Named(start, end, span.text, kind, name_words(span.text), mention,
                     parts.title if parts else None, parts.role if parts else None,
                     parts.organization if parts else None, parts.party if parts else None,
                     _defined_acronym(doc, bounds), headline, said,
                     age_given(root))


def _described(ent: SpacySpan, span: SpacySpan, kind: str) -> MentionParts | None:
    """What the text says of a named person (``with host Colin Reyes``; only role words and
    titles away from a quote) or organisation (``Syrian state news agency SANA``) where it
    names them, when the phrase is about this very name."""
    if not ent.doc.has_annotation("DEP") or kind not in ("person", "organization", "place"):
        return None
    parts = describe_entity(ent)
    if parts is None and kind == "organization":
        root = span.root
        # the name may be an appositive of the phrase that says what it is
        for head in (root, root.head) if root.dep_ == "appos" else (root,):
            parts = describe(head)
            if parts.name is not None:
                break
    if parts is None or parts.name is None or name_words(parts.name) != name_words(span.text) \
            or span.text.isupper() and (parts.role or "").lower() in word_set(
                "organization_name_endings"):
        return None  # ("Workers' Union (AMWU)" parsed as AMWU, the workers' Union)
    parts.role = None if where_based(parts.role) else parts.role  # "Dublin-based Larkspur"
    return parts


def group_subjects(view: TextView) -> Iterable[tuple[Token, Token]]:
    """Plural group nouns that head a subject (``Union leaders``), with the first word of their
    phrase.  Unparsed pieces (see the prefilter) fall back to "opens its sentence"."""
    groups = word_set("group_nouns")
    for token in view.all_tokens():
        if token.lower_ not in groups:
            continue
        if token.doc.has_annotation("DEP"):
            if token.dep_ != "nsubj" or token.tag_ != "NNS":
                continue
            words = [t for t in token.lefts if t.dep_ in ("compound", "amod")] + [token]
            yield token, min(words, key=lambda t: t.i)
            continue
        first = token
        while first.i > 0 and first.nbor(-1).is_alpha and first.i > token.i - 3:
            first = first.nbor(-1)
        before = first.nbor(-1) if first.i > 0 else None
        if before is None or before.text in (".", "!", "?") or before.is_space:
            yield token, first


def _group_mentions(view: TextView, paragraph_at: Callable[[int], int],
                    quote_ranges: list[tuple[int, int]], cue_heads: set[tuple[int, int]],
                    sentence_of: Callable[[int], int],
                    taken: set[tuple[int, int]]) -> list[Named]:
    found = []
    for token, first in group_subjects(view):
        start, end = view.start(first), view.end(token)
        if any(s <= start < e or start <= s < end for s, e in taken):
            continue
        text = token.doc[first.i : token.i + 1].text
        mention = Mention(start, end, paragraph_at(start), sentence_of(start), subject=True,
                          in_quote=any(s <= start < e for s, e in quote_ranges),
                          function="subject", speaker=governs_cue(token, cue_heads),
                          source="group")
        found.append(Named(start, end, text, "group", name_words(text), mention, None, None,
                            None, None))
    return found


def _group_noun(ent: SpacySpan) -> bool:
    """``Republicans said``: a NORP that names people, not an adjective (``Syrian troops``)."""
    root = ent.root
    if not root.doc.has_annotation("DEP"):
        return False
    return root.tag_ in ("NNPS", "NNS") and root.dep_ not in ("amod", "compound")


def _defined_acronym(doc, bounds: tuple[int, int]) -> tuple[str, ...] | None:  # type: ignore[no-untyped-def]
    """``NPA`` in ``the Northern Press Agency (NPA)``: the words of the name it stands for."""
    start, end = bounds
    if end - start != 1 or start < 2 or not doc[start].text.isupper():
        return None
    if doc[start - 1].text != "(" or end >= len(doc) or doc[end].text != ")":
        return None
    before = doc[start - 2]
    for ent in doc.ents:
        if ent.end - 1 == before.i and ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
            return name_words(ent.text)
    return None
