"""The trained speaker resolver: which entity a pronoun or a nominal refers to.

A mention-ranking model (Clark & Manning 2016, on the scale of a few thousand examples): for an
anaphor (``she``, ``they``, ``the mayor``, ``the 39-year-old founder of Acme Press``) every
entity mentioned shortly before it is a candidate; a log-linear score over hand-made features
(distance, subjecthood, agreement, the nominal's head among the entity's title and role words,
having spoken last, being the story's most mentioned, ...) ranks them, and a softmax over the
candidates gives the probability of the best one.  Weights are fitted on GUM coreference gold
and on the wire train sets' pronoun and nominal speakers (news, which teaches what GUM cannot:
who has spoken) by ``scripts/train_resolver.py`` (``make train-resolver``) and ship in
``data/resolver_model.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from quotes.extract.candidates import Anaphor, candidate_entities
from quotes.extract.entities import DocumentEntities
from quotes.extract.lexicon import data_text
from quotes.extract.referents import Entity, Mention

MODEL_FILE = "resolver_model.json"
ANAPHOR_CLASSES = ("person_pronoun", "they", "it", "nominal_person", "nominal_org")
ENTITY_TYPES = ("person", "organization", "group", "place")
FUNCTIONS = ("subject", "object", "oblique", "modifier")


def _buckets(prefix: str, value: int, edges: tuple[int, ...]) -> dict[str, float]:
    """One-hot of ``value`` over ``edges`` (the last bucket is open): ``dist_2`` and so on."""
    for edge in edges:
        if value <= edge:
            return {f"{prefix}_{edge}": 1.0}
    return {f"{prefix}_{edges[-1]}+": 1.0}


def feature_names() -> list[str]:
    names = [f"sent_{e}" for e in (0, 1, 2, 5)] + ["sent_5+", "same_paragraph"]
    names += [f"rank_{e}" for e in (0, 1)] + ["rank_1+"]
    names += [f"last_{f}" for f in FUNCTIONS]
    names += ["parallel", "last_in_quote", "last_named", "log_mentions",
              "gender_agrees", "head_in_role", "head_in_name", "word_in_role", "word_in_name",
              "person_pronoun*not_person_like", "nearest_subject",
              "belongs_to_name*org_noun", "belongs_to_name*other_noun", "belongs_to_organization",
              "has_spoken", "last_speaker", "in_lede", "most_mentioned"]
    names += [f"{a}*{t}" for a in ANAPHOR_CLASSES for t in ENTITY_TYPES]
    return names


FEATURE_NAMES = feature_names()


@dataclass(frozen=True)
class Salience:
    """Which candidates stand out before an anaphor: ``nearest_subject`` was last mentioned as
    a subject (centering: what a subject pronoun most often continues), ``last_speaker`` last
    spoke (a reporting verb's subject), ``most_mentioned`` has been mentioned most (a story's
    subject, a profile's).  News teaches these (the wire train sets' speakers), GUM little."""

    nearest_subject: Entity | None = None
    last_speaker: Entity | None = None
    most_mentioned: Entity | None = None


def pair_features(anaphor: Anaphor, entity: Entity, rank: int,
                  salience: Salience) -> dict[str, float]:
    """What is known of ``entity`` as the referent of ``anaphor``."""
    before = [m for m in entity.mentions if m.start < anaphor.start]
    last: Mention = before[-1]
    f: dict[str, float] = {}
    f.update(_buckets("sent", anaphor.sentence - last.sentence, (0, 1, 2, 5)))
    f["same_paragraph"] = float(anaphor.paragraph == last.paragraph)
    f.update(_buckets("rank", rank, (0, 1)))
    if last.function in FUNCTIONS:
        f[f"last_{last.function}"] = 1.0
    f["parallel"] = float(last.function == anaphor.function != "other")
    f["last_in_quote"] = float(last.in_quote)
    f["last_named"] = float(last.named)
    f["log_mentions"] = math.log1p(len(before))
    # known to agree (a given name, an honorific, a confident earlier link), not just possible
    f["gender_agrees"] = float(anaphor.gender is not None and entity.gender == anaphor.gender)
    if anaphor.nominal:
        described = entity.described_words()
        f["head_in_role"] = float(anaphor.form in described)
        f["head_in_name"] = float(anaphor.form in entity.words)
        others = anaphor.words - {anaphor.form}
        f["word_in_role"] = float(bool(others & described))
        f["word_in_name"] = float(bool(others & set(entity.words)))
        # "the founder of Acme Press" is not Acme Press, but may be who works for it
        if anaphor.belongs_to & set(entity.words):
            kind = "org_noun" if anaphor.organization_noun else "other_noun"
            f[f"belongs_to_name*{kind}"] = 1.0
        organization = {w.casefold() for w in (entity.organization or "").split()}
        f["belongs_to_organization"] = float(bool(anaphor.belongs_to & organization))
    if anaphor.anaphor_class == "person_pronoun" and not entity.person_like:
        f["person_pronoun*not_person_like"] = 1.0
    f[f"{anaphor.anaphor_class}*{entity.type}"] = 1.0
    f["nearest_subject"] = float(salience.nearest_subject is entity)
    f["has_spoken"] = float(any(m.speaker for m in before))
    f["last_speaker"] = float(salience.last_speaker is entity)
    f["in_lede"] = float(before[0].paragraph <= 1)
    f["most_mentioned"] = float(salience.most_mentioned is entity)
    return f


def candidate_features(anaphor: Anaphor, entities: DocumentEntities
                       ) -> tuple[list[Entity], list[dict[str, float]]]:
    """The candidates of ``anaphor`` with their features, most recent first."""
    candidates = candidate_entities(anaphor, entities)
    salience = Salience(
        _last_mentioned(candidates, anaphor, lambda m: m.function == "subject" and not m.in_quote),
        _last_mentioned(candidates, anaphor, lambda m: m.speaker),
        _most_mentioned(candidates, anaphor))
    return candidates, [pair_features(anaphor, e, rank, salience)
                        for rank, e in enumerate(candidates)]


def _agrees(anaphor: Anaphor, entity: Entity) -> bool:
    return not (anaphor.gender and entity.gender and anaphor.gender != entity.gender)


def _last_mentioned(candidates: list[Entity], anaphor: Anaphor,
                    such: Callable[[Mention], bool]) -> Entity | None:
    """The compatible candidate whose mention of that ``such`` kind came last."""
    best: tuple[int, Entity] | None = None
    for entity in candidates:
        if not _agrees(anaphor, entity):
            continue
        for m in entity.mentions:
            if such(m) and m.start < anaphor.start and (best is None or m.start > best[0]):
                best = (m.start, entity)
    return best[1] if best else None


def _most_mentioned(candidates: list[Entity], anaphor: Anaphor) -> Entity | None:
    """The compatible candidate mentioned most often before the anaphor, if only one is."""
    counts = [(sum(m.start < anaphor.start for m in e.mentions), e) for e in candidates
              if _agrees(anaphor, e)]
    top = max((n for n, _ in counts), default=0)
    leaders = [e for n, e in counts if n == top]
    return leaders[0] if top > 1 and len(leaders) == 1 else None


@dataclass(frozen=True)
class ResolverModel:
    weights: dict[str, float]
    # per kind of anaphor (pronoun, nominal): below it the anaphor stays unresolved, because
    # no name beats a wrong one
    min_probability: dict[str, float]
    metadata: dict[str, Any]

    def confident(self, anaphor: Anaphor, probability: float) -> bool:
        """Sure enough to name the speaker."""
        kind = "nominal" if anaphor.nominal else "pronoun"
        return probability >= self.min_probability.get(kind, 1.0)

    def scores(self, features: list[dict[str, float]]) -> list[float]:
        return [sum(self.weights.get(k, 0.0) * v for k, v in f.items()) for f in features]

    def probabilities(self, features: list[dict[str, float]]) -> list[float]:
        scores = self.scores(features)
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@cache
def load_model() -> ResolverModel:
    data = json.loads(data_text(MODEL_FILE))
    unknown = set(data["weights"]) - set(FEATURE_NAMES)
    if unknown:
        raise ValueError(f"{MODEL_FILE}: features the code does not compute: {sorted(unknown)}")
    thresholds = {kind: float(value) for kind, value in data["min_probability"].items()}
    return ResolverModel(data["weights"], thresholds, data.get("metadata", {}))


def resolve(anaphor: Anaphor, entities: DocumentEntities,
            model: ResolverModel | None = None) -> tuple[Entity | None, float]:
    """The entity ``anaphor`` most probably refers to, and that probability (None, 0 if none)."""
    candidates, features = candidate_features(anaphor, entities)
    if not candidates:
        return None, 0.0
    probabilities = (model or load_model()).probabilities(features)
    best = max(range(len(candidates)), key=lambda i: (probabilities[i], -i))
    return candidates[best], probabilities[best]
