"""GUM coreference gold, for training and measuring the speaker resolver.

``../shared/corpus/gum``: documents as text with gold entity mentions (character offsets and a
document-local entity id).  An *anaphor* here is a person or organisation pronoun (``he``,
``they``, ``its``) or definite nominal (``the company``) outside quotation marks whose entity
was named before it.  The resolver is right when the entity it picks was named by a mention of
that gold entity.

The held-out split is fixed: in each genre, documents sorted by name, every fourth one
(``held_out``); the news articles (``news-dev``) are the Wikinews dev articles and only ever
measured.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from quotes.extract.anaphora import (
    Coreference,
    is_definite_nominal,
    nominal_anaphor,
    pronoun_anaphor,
)
from quotes.extract.candidates import PRONOUNS, Anaphor
from quotes.extract.cues import find_cues
from quotes.extract.document import DEFAULT_CUE_CLASSES
from quotes.extract.entities import DocumentEntities, build_entities
from quotes.extract.marks import Paragraph, scan_quotes
from quotes.extract.referents import Entity
from quotes.extract.resolver import ResolverModel, candidate_features
from quotes.extract.segments import TextView
from quotes.io.inputs import InputError

GOLD_TYPES = frozenset({"person", "organization"})


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    entity: int
    type: str


@dataclass
class GumDocument:
    doc_id: str
    genre: str
    text: str
    mentions: list[GoldMention]


def read_gum(folder: Path) -> tuple[list[GumDocument], list[InputError]]:
    """Every ``<doc>.txt`` with its ``<doc>.entities.jsonl`` in ``folder``, sorted by name."""
    docs, errors = [], []
    for path in sorted(folder.glob("*.txt")):
        gold = path.with_suffix(".entities.jsonl")
        try:
            text = path.read_text(encoding="utf-8")
            rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            errors.append(InputError(str(gold), getattr(err, "strerror", None) or str(err)))
            continue
        mentions = [GoldMention(r["start"], r["end"], r["text"], r["entity"], r["type"])
                    for r in rows]
        if any(text[m.start:m.end] != m.text for m in mentions):
            errors.append(InputError(str(gold), "mention offsets do not match the text"))
            continue
        genre = path.stem.split("_")[1] if path.stem.count("_") >= 2 else "other"
        docs.append(GumDocument(path.stem, genre, text, mentions))
    return docs, errors


def held_out(docs: Iterable[GumDocument]) -> set[str]:
    """The fixed test documents: every fourth of each genre, sorted by name."""
    by_genre: dict[str, list[str]] = {}
    for doc in docs:
        by_genre.setdefault(doc.genre, []).append(doc.doc_id)
    return {d for ids in by_genre.values() for i, d in enumerate(sorted(ids)) if i % 4 == 3}


@dataclass
class Case:
    """One gold anaphor, its candidates and which of them are right."""

    doc_id: str
    anaphor: Anaphor
    kind: str  # pronoun | nominal
    candidates: list[Entity]
    features: list[dict[str, float]]
    correct: list[bool]
    gold_entity: int
    predicted: Entity | None = None  # measuring only: what the run-time resolution chose
    probability: float = 0.0

    @property
    def resolved_right(self) -> bool:
        return self.predicted is not None and any(
            c and e is self.predicted for e, c in zip(self.candidates, self.correct, strict=True))


@dataclass
class Parsed:
    """A GUM document as the extractor parses it, with fresh entities and coreference state."""

    doc: GumDocument
    view: TextView
    paragraph_at: Callable[[int], int]
    quotes: list[tuple[int, int]]
    cue_heads: set[tuple[int, int]]
    model: ResolverModel | None = None
    entities: DocumentEntities = field(init=False)
    coreference: Coreference = field(init=False)

    def __post_init__(self) -> None:
        self.reset(self.model)

    def reset(self, model: ResolverModel | None) -> None:
        """Entities and coreference as before any anaphor was read, resolved by ``model``."""
        self.entities = build_entities(self.view, self.paragraph_at, self.quotes, self.cue_heads)
        self.coreference = Coreference(self.view, self.entities, self.paragraph_at, self.quotes,
                                       self.cue_heads, model)


def parse_documents(docs: list[GumDocument], parse: Callable[[list[str]], Iterable[
        tuple[str, TextView, list[Paragraph]]]]) -> Iterator[Parsed]:
    """Each document parsed as the extractor parses it."""
    for doc, (text, view, paragraphs) in zip(docs, parse([d.text for d in docs]), strict=True):
        starts = [p.start for p in paragraphs]

        def paragraph_at(offset: int, starts: list[int] = starts) -> int:
            return max(bisect_right(starts, offset) - 1, 0)

        quotes = [(q.start, q.end) for q in scan_quotes(text, paragraphs)]
        cue_heads = {(id(c.head.doc), c.head.i)
                     for c in find_cues(view.all_tokens(), DEFAULT_CUE_CLASSES)}
        yield Parsed(doc, view, paragraph_at, quotes, cue_heads)


def _head(view: TextView, mention: GoldMention) -> Token | None:
    tokens = view.words(mention.start, mention.end)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else None


def noun_referents(parsed: Parsed) -> Counter[tuple[str, str]]:
    """(lemma, referent type) for every gold mention headed by a common noun: what the
    annotators found each noun naming (person, organization, other)."""
    counts: Counter[tuple[str, str]] = Counter()
    for mention in parsed.doc.mentions:
        head = _head(parsed.view, mention)
        if head is None or head.pos_ != "NOUN":
            continue
        kind = mention.type if mention.type in GOLD_TYPES else "other"
        counts[(head.lemma_.lower(), kind)] += 1
    return counts


def gold_anaphors(parsed: Parsed) -> Iterator[tuple[GoldMention, Token, str]]:
    """Person/organisation pronouns and definite nominals outside quotes with a named entity
    mentioned before them, in text order: (mention, head token, kind)."""
    coref = parsed.coreference
    named: dict[int, list[GoldMention]] = {}
    spans = [(m.start, m.end) for e in parsed.entities.entities for m in e.mentions]
    for mention in sorted(parsed.doc.mentions, key=lambda m: (m.start, -m.end)):
        if mention.type not in GOLD_TYPES:
            continue
        head = _head(parsed.view, mention)
        if head is None:
            continue
        if any(s <= mention.start < e for s, e in coref.quote_ranges):
            pass
        elif head.lower_ in PRONOUNS and len(mention.text.split()) == 1 and \
                named.get(mention.entity):
            yield mention, head, "pronoun"
        elif is_definite_nominal(head) and named.get(mention.entity):
            yield mention, head, "nominal"
        if any(s < mention.end and mention.start < e for s, e in spans) and \
                head.lower_ not in PRONOUNS:
            named.setdefault(mention.entity, []).append(mention)


def _right(entity: Entity, gold: list[GoldMention], before: int) -> bool:
    return any(m.source != "link" and m.start < before and g.start < m.end and m.start < g.end
               for m in entity.mentions for g in gold)


def cases(parsed: Parsed, teacher: bool) -> Iterator[Case]:
    """The gold anaphors of a document as ranking cases, in reading order.

    ``teacher``: each anaphor joins its gold entity's candidate before the next one is read
    (training); otherwise the resolver's own links stand, as at run time (measuring)."""
    by_entity: dict[int, list[GoldMention]] = {}
    for m in parsed.doc.mentions:
        by_entity.setdefault(m.entity, []).append(m)
    coref = parsed.coreference
    for mention, head, kind in gold_anaphors(parsed):
        start = parsed.view.start(head)
        paragraph = coref.paragraph_at(start)
        sentence = parsed.entities.sentence_of(start)
        if kind == "pronoun":
            anaphor = pronoun_anaphor(head, start, paragraph, sentence, coref.cue_heads)
        else:
            anaphor = nominal_anaphor(head, mention.start, mention.end, paragraph, sentence,
                                      coref.cue_heads)
        if anaphor is None:
            continue
        predicted: tuple[Entity | None, float] = (None, 0.0)
        if not teacher:
            predicted = coref.resolve_at(head)  # everything before it settled as at run time
        candidates, features = candidate_features(anaphor, parsed.entities)
        correct = [_right(e, by_entity[mention.entity], anaphor.start) for e in candidates]
        yield Case(parsed.doc.doc_id, anaphor, kind, candidates, features, correct,
                   mention.entity, *predicted)
        if teacher and any(correct):
            coref.link(candidates[correct.index(True)], anaphor)


@dataclass
class ResolutionScore:
    """How many gold anaphors of one kind the run-time resolution named right or wrong."""

    cases: int = 0
    right: int = 0
    wrong: int = 0  # named, but not the gold entity
    no_candidate: int = 0  # the gold entity was not among the entities found before it

    @property
    def accuracy(self) -> float:
        return self.right / self.cases if self.cases else 0.0

    @property
    def unresolved(self) -> int:
        return self.cases - self.right - self.wrong

    def as_dict(self) -> dict[str, float | int]:
        return {"cases": self.cases, "right": self.right, "wrong": self.wrong,
                "unresolved": self.unresolved, "no_candidate": self.no_candidate,
                "accuracy": round(self.accuracy, 4)}


def score_resolution(parsed: Iterable[Parsed], model: ResolverModel
                     ) -> dict[str, dict[str, ResolutionScore]]:
    """Run-time resolution of every gold anaphor, by subset and kind.

    Subsets: ``speakers`` (the anaphor is the subject of a reporting verb: what a quote's
    speaker is) and ``all``; kinds: ``pronoun``, ``nominal``.  A case is right when the entity
    named (when ``model`` is confident enough, as at run time) is the gold entity."""
    scores: dict[str, dict[str, ResolutionScore]] = {
        subset: {kind: ResolutionScore() for kind in ("pronoun", "nominal")}
        for subset in ("speakers", "all")}
    for doc in parsed:
        for case in cases(doc, teacher=False):
            named = case.predicted is not None and model.confident(case.anaphor,
                                                                   case.probability)
            for subset in ("speakers", "all") if case.anaphor.speaker else ("all",):
                score = scores[subset][case.kind]
                score.cases += 1
                score.right += named and case.resolved_right
                score.wrong += named and not case.resolved_right
                score.no_candidate += not any(case.correct)
    return scores
