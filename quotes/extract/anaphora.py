"""Pronouns and nominals of a document, resolved in reading order by the trained resolver.

Every third-person pronoun outside quotation marks, and every definite nominal subject
(``the mayor said``, ``the agency announced``), is resolved as reading reaches it; a confident
link becomes a mention of its entity, so the next ``she`` finds the one just talked about.
Speakers are resolved with the same state (``Coreference.resolve_at``), so a quote's ``he``
sees exactly the chain a reader has seen up to there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from quotes.extract.ages import epithet_after_article, epithet_age
from quotes.extract.candidates import PRONOUNS, Anaphor
from quotes.extract.entities import DocumentEntities
from quotes.extract.lexicon import company_noun, word_gender, word_set
from quotes.extract.names import body_compound, is_role_word, player_described
from quotes.extract.referents import (
    SUBJECT_DEPS,
    Entity,
    Mention,
    governs_cue,
    grammatical_function,
    is_subject,
)
from quotes.extract.resolver import ResolverModel, load_model, resolve
from quotes.extract.segments import TextView

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Links below this probability are not remembered as mentions (whether one names a speaker
# is the model's own threshold: ResolverModel.confident).
LINK_PROBABILITY = 0.5
GENDER_PROBABILITY = 0.7  # PolNeAR train: one unsure "he" made Hillary Clinton male, and every
# later "she" went to a man (0.5 -> 0.7: 9 pronoun speakers right, 1 wrong, in 100 articles)


def pronoun_anaphor(token: Token, start: int, paragraph: int, sentence: int,
                    cue_heads: set[tuple[int, int]]) -> Anaphor | None:
    """A third-person pronoun as an anaphor (``I``, ``you``, ``we`` are left alone)."""
    known = PRONOUNS.get(token.lower_)
    if known is None or (token.doc.has_annotation("TAG") and token.pos_ not in ("PRON", "DET")):
        return None
    return Anaphor(start, start + len(token.text), paragraph, sentence, known[0], False,
                   subject=is_subject(token), function=grammatical_function(token),
                   speaker=governs_cue(token, cue_heads),
                   clause_mate=_clause_mate(token, start),
                   owns_office=token.lower_ == "its" and token.dep_ == "poss"
                   and is_role_word(token.head))


def _clause_mate(token: Token, start: int) -> int | None:
    """The offset of the one in its own clause a pronoun cannot be: the subject for an object
    (``him`` in ``Ortiz scolded him``), the object for a subject (``It accused the FDIC``);
    None for possessives and reflexives."""
    if not token.doc.has_annotation("DEP") or token.lower_.endswith(("self", "selves")):
        return None
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        mate = next((c for c in token.head.children if c.dep_ == "dobj"
                     and not c.lower_.endswith(("self", "selves"))), None) or _named_in_report(
            token.head)
    elif token.dep_ in ("dobj", "dative", "iobj", "pobj"):
        verb = token.head.head if token.dep_ == "pobj" else token.head
        mate = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    else:
        return None
    return None if mate is None else start + mate.idx - token.idx


def _named_in_report(verb: Token) -> Token | None:
    """``she said Wacas had left``: the one a reported clause after the verb names as its
    subject is not who reports it (before it, it may be: ``Ms. Nwanguma was shocked, she
    said``)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) \
        if clause is not None else None
    if subject is None or subject.pos_ == "PROPN":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def nominal_anaphor(head: Token, start: int, end: int, paragraph: int, sentence: int,
                    cue_heads: set[tuple[int, int]]) -> Anaphor:
    """``the 39-year-old founder of Acme Press``: its head lemma, its own words (``founder``)
    and the words of what it belongs to (``acme``, ``press``)."""
    own = [t for t in head.subtree if t.i <= head.i]
    belongs = [t for prep in head.children if prep.dep_ == "prep" for t in prep.subtree
               if t.dep_ != "prep"]
    lemma = head.lemma_.lower()
    words = frozenset(t.lower_ for t in own if (t.is_alpha or t.like_num) and not t.is_stop) \
        | {lemma}  # (an age's number too: "the 31-year-old" is no "the 58-year-old" again)
    body = body_compound(head)  # "the coast guard" is a body, though a guard is a person
    lemma = body or lemma
    of = frozenset(t.lower_ for t in belongs if t.is_alpha and not t.is_stop)
    return Anaphor(start, end, paragraph, sentence, lemma, True, words, of,
                   organization_noun=(lemma in word_set("organization_nouns") or body is not None
                                      or company_noun(lemma)) and not player_described(head),
                   plural=head.tag_ in ("NNS", "NNPS"),
                   subject=is_subject(head), function=grammatical_function(head),
                   speaker=governs_cue(head, cue_heads), noun_gender=word_gender(lemma),
                   bare=all(c.dep_ in ("det", "punct") for c in head.children),
                   age=epithet_age(head))


IT_COPULAS = frozenset({"be", "seem", "sound", "appear", "remain", "look"})


def it_names_no_one(token: Token) -> bool:
    """``It is too soon to say``: an ``it`` that stands for nothing; ``The post showed a man
    in a wig. It says: ...``: one a nearer subject that names nothing (a post, a sign, an
    email) stands for. Either way no named entity is meant."""
    if token.lower_ != "it" or not token.doc.has_annotation("DEP"):
        return False
    head = token.head
    if head.lemma_.lower() in IT_COPULAS and any(
            c.dep_ in ("acomp", "attr", "advmod") and c.i > head.i for c in head.children) \
            and any(t.dep_ in ("xcomp", "ccomp", "pcomp") for t in head.subtree if t.i > head.i):
        return True  # extraposed: "It is worth pointing out", "It is too soon to say"
    sentence = token.sent
    before = list(token.doc[sentence.start : token.i])
    if sentence.start > 0:
        before = list(token.doc[sentence.start - 1].sent) + before
    bodies = word_set("organization_nouns") | word_set("government_nouns")
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and not t.ent_type_
               and t.lemma_.lower() not in bodies and not company_noun(t.lemma_.lower())
               and not _reported_that(t)
               and not any(c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON")
                           for c in t.children)  # ("Tan's former employer, Meridian Lion")
               for t in before)  # "the company": a body


def _reported_that(token: Token) -> bool:
    """``X said that two officers had been suspended and the matter referred to police``: a
    word of a that-clause someone said, which a later ``It said`` does not stand for."""
    return any(a.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that"
                                                 for c in a.children)
               for a in [token.head, *token.head.ancestors])


def taken_for_a_name(token: Token) -> bool:
    """``the baker says``, ``the veteran midwife said``: a word in lower case after ``the``,
    which the small tagger took for a proper noun (in a quotation's wake); no name is so
    written.  Read as a nominal where a speaker is resolved, not in the parse the resolver
    learned from."""
    return token.pos_ == "PROPN" and token.is_lower and token.is_alpha and any(
        c.dep_ == "det" and c.lower_ in DEFINITE and c.i < token.i for c in token.children)


def is_definite_nominal(token: Token) -> bool:
    """A common noun with ``the``/``this``/``that`` (``the mayor``, ``the 54-year-old``), not a
    name or pronoun."""
    if not token.doc.has_annotation("DEP") or token.pos_ != "NOUN" and not (
            token.pos_ == "ADJ" and epithet_age(token)):
        return False
    if any(c.dep_ in ("appos", "compound") and c.i > token.i and c.ent_type_ == "PERSON"
           for c in token.children):
        return False  # "the novelist Niamh Ó Briain": the name set beside it says who
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) \
        or epithet_after_article(token, DEFINITE)


@dataclass
class Coreference:
    """Resolves a document's anaphors in reading order against its entities."""

    view: TextView
    entities: DocumentEntities
    paragraph_at: Callable[[int], int]
    quote_ranges: list[tuple[int, int]]
    cue_heads: set[tuple[int, int]]
    model: ResolverModel | None = None  # None: the shipped weights
    _pending: list[tuple[int, Token]] = field(default_factory=list)
    _done: dict[int, tuple[Entity | None, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for token in self.view.all_tokens():
            lower = token.lower_
            if lower not in PRONOUNS and not (token.dep_ in SUBJECT_DEPS
                                              and is_definite_nominal(token)):
                continue
            start = self.view.start(token)
            if not any(s <= start < e for s, e in self.quote_ranges):
                self._pending.append((start, token))
        self._pending.reverse()  # popped from the end, in reading order

    def anaphor_for(self, token: Token) -> Anaphor | None:
        start = self.view.start(token)
        paragraph, sentence = self.paragraph_at(start), self.entities.sentence_of(start)
        if token.lower_ in PRONOUNS:
            return pronoun_anaphor(token, start, paragraph, sentence, self.cue_heads)
        first = min((t for t in token.lefts), key=lambda t: t.i, default=token)
        return nominal_anaphor(token, self.view.start(first), self.view.end(token), paragraph,
                               sentence, self.cue_heads)

    def settle_before(self, offset: int) -> None:
        """Resolve every pending anaphor before ``offset``, so its links are known."""
        self._advance(offset)

    def _advance(self, offset: int) -> None:
        """Resolve every pending anaphor before ``offset``."""
        while self._pending and self._pending[-1][0] < offset:
            _, token = self._pending.pop()
            self._settle(token)

    def _settle(self, token: Token) -> tuple[Entity | None, float]:
        start = self.view.start(token)
        if start in self._done:
            return self._done[start]
        anaphor = self.anaphor_for(token)
        found: tuple[Entity | None, float] = (None, 0.0)
        if anaphor is not None and not (anaphor.speaker and it_names_no_one(token)):
            found = resolve(anaphor, self.entities, self.model or load_model())
            entity, probability = found
            # "it" and "they" mostly stand for things and unnamed groups: only a speaker's
            # is remembered, lest every "it" pull an organisation forward
            if entity is not None and probability >= LINK_PROBABILITY and (
                    anaphor.form in ("he", "she") or anaphor.nominal or anaphor.speaker):
                self.link(entity, anaphor, probability)
        self._done[start] = found
        return found

    def link(self, entity: Entity, anaphor: Anaphor, probability: float = 1.0) -> None:
        """Remember ``anaphor`` as a mention of ``entity``, and what a pronoun says of gender
        when the link is sure: one wrong ``he`` would otherwise bar every later ``she``."""
        in_quote = any(s <= anaphor.start < e for s, e in self.quote_ranges)
        self.entities.link(entity, Mention(anaphor.start, anaphor.end, anaphor.paragraph,
                                           anaphor.sentence, anaphor.subject, in_quote,
                                           anaphor.function, anaphor.speaker, source="link",
                                           words=anaphor.words if anaphor.nominal else frozenset()))
        if anaphor.gender and entity.type == "person" and entity.gender is None \
                and probability >= GENDER_PROBABILITY:
            entity.gender = anaphor.gender

    def settle_as(self, token: Token, entity: Entity) -> None:
        """``token`` is known by a rule to refer to ``entity``: remember it so, as a link."""
        start = self.view.start(token)
        self._advance(start)
        anaphor = self.anaphor_for(token)
        if anaphor is not None and start not in self._done:
            self.link(entity, anaphor)
        self._done[start] = (entity, 1.0)

    def resolve_at(self, token: Token) -> tuple[Entity | None, float]:
        """The entity of the pronoun or nominal ``token``, with everything before it settled."""
        self._advance(self.view.start(token))
        return self._settle(token)

    def head_word(self, mention: Mention) -> Token | None:
        """The head word of ``mention``'s words in the parse (``Lynch`` of ``Loretta Lynch``)."""
        token = self.view.token_at(mention.start)
        while token is not None and token.head.i != token.i \
                and mention.start <= self.view.start(token.head) < mention.end:
            token = token.head
        return token

    def named_at(self, token: Token) -> Entity | None:
        """The entity ``token`` refers to when the model is sure enough to name it, else None."""
        entity, probability = self.resolve_at(token)
        anaphor = self.anaphor_for(token)
        model = self.model or load_model()
        if entity is None or anaphor is None or not model.confident(anaphor, probability) \
                or it_names_no_one(token):
            return None
        return entity
