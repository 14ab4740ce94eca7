"""Faster stand-ins for spaCy's ``AttributeRuler`` and rule lemmatizer, same token attributes.

spaCy's ruler runs its ``Matcher`` over every token with ~180 patterns, many of them ``IN``,
``NOT_IN`` or ``REGEX`` predicates that call back into Python for each token: on news it took
~17% of the whole parse (as much as the parser).  Its patterns only look at a token's (and its
neighbours') TAG, LOWER, DEP and IS_SPACE, so which rules fire on a token can be worked out
once per distinct combination of those values and cached.  Rules are applied in the ruler's
own order (later rules win), with its own normalized attribute values.  A ruler holding a
pattern this module does not understand is left to spaCy (``compile_ruler`` gives None).
The rule lemmatizer caches its answer only for words it does not take as base forms, and works
out the others (three in four tokens) again each time; ``FastLemmatizer`` caches every answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

T = TypeVar("T")
FEATURES = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # columns of to_array(FEATURES)
CACHE_LIMIT = 200_000  # distinct token feature tuples kept; cleared when full
Test = tuple[int, str, Any]  # (feature column, operator, value)


class Unsupported(ValueError):
    """A pattern the fast ruler cannot reproduce exactly."""


def _test(strings: StringStore, key: str, value: object) -> Test:
    """One token predicate of a Matcher pattern, as the Matcher reads it (values as hashes,
    "" as 0): (column, operator, value)."""
    if key not in FEATURES:
        raise Unsupported(key)
    col = FEATURES[key]
    if isinstance(value, bool):
        return col, "==", int(value)
    if isinstance(value, str):
        return col, "==", strings.add(value) if value else 0
    if isinstance(value, dict) and len(value) == 1 and key != "IS_SPACE":
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
            return col, op, frozenset(strings.add(v) if v else 0 for v in arg)
        if op == "REGEX" and isinstance(arg, str):
            return col, op, re.compile(arg)
    raise Unsupported(f"{key}: {value!r}")


def _holds(test: Test, f: tuple[int, ...], strings: StringStore) -> bool:
    col, op, value = test
    if op == "==":
        return bool(f[col] == value)
    if op == "IN":
        return f[col] in value
    if op == "NOT_IN":
        return f[col] not in value
    return bool(value.search(strings[f[col]] if f[col] else ""))


class FastAttributeRuler:
    """Callable on a Doc; sets what ``ruler`` would set, rule for rule."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = self.strings = ruler.vocab.strings
        self.attrs: list[dict[int, Any]] = ruler.attrs
        self.version = len(ruler.attrs)
        # (group, length, target position, one predicate list per token of the pattern)
        self.patterns: list[tuple[int, int, int, list[list[Test]]]] = []
        for group, index in enumerate(ruler.indices):
            for pattern in ruler.matcher.get(str(group))[1]:
                length = len(pattern)
                target = index if index >= 0 else length + index
                if not 0 <= target < length or length > 3:
                    raise Unsupported(f"pattern of {length} tokens, index {index}")
                tests = [[_test(strings, k, v) for k, v in spec.items()] for spec in pattern]
                if any(not t for t in tests):
                    raise Unsupported("empty token pattern")
                self.patterns.append((group, length, target, tests))
        # every token of every pattern, (pattern number, position), found by what it asks of
        # LOWER: nothing (decided by TAG, DEP and IS_SPACE alone), one of some words, or else
        self.plain: list[tuple[int, int]] = []
        self.by_lower: dict[int, list[tuple[int, int]]] = {}
        self.lower_other: list[tuple[int, int]] = []
        for n, (_, _, _, tests) in enumerate(self.patterns):
            for j, spec in enumerate(tests):
                lower = [t for t in spec if t[0] == FEATURES["LOWER"]]
                if not lower:
                    self.plain.append((n, j))
                elif lower[0][1] in ("==", "IN"):
                    words = [lower[0][2]] if lower[0][1] == "==" else lower[0][2]
                    for word in words:
                        self.by_lower.setdefault(word, []).append((n, j))
                else:
                    self.lower_other.append((n, j))
        # features -> (groups of the one-token patterns matched, multi-token patterns (number)
        # starting here, every (pattern number, position) matched here)
        self.cache: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...],
                                                frozenset[tuple[int, int]]]] = {}
        self.by_rest: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        self.by_word: dict[int, list[tuple[int, int]]] = {}
        self.merged: dict[tuple[int, ...], dict[int, Any]] = {}

    def _holds(self, token: tuple[int, int], f: tuple[int, ...]) -> bool:
        return all(_holds(t, f, self.strings) for t in self.patterns[token[0]][3][token[1]])

    def _lookup(self, f: tuple[int, ...]
                ) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[tuple[int, int]]]:
        found = self.cache.get(f)
        if found is not None:
            return found
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
            self.by_word.clear()
        rest = (f[0], 0, f[2], f[3])  # LOWER left out
        plain = self.by_rest.get(rest)
        if plain is None:
            plain = self.by_rest[rest] = [t for t in self.plain if self._holds(t, rest)]
        word = self.by_word.get(f[1])
        if word is None:
            word = self.by_word[f[1]] = self.by_lower.get(f[1], []) + [
                t for t in self.lower_other if self._holds_lower(t, f)]
        tokens = frozenset(plain + [t for t in word if self._holds(t, f)])
        groups = tuple(sorted({self.patterns[n][0] for n, _ in tokens
                               if self.patterns[n][1] == 1}))
        starts = tuple(sorted(n for n, j in tokens if j == 0 and self.patterns[n][1] > 1))
        found = self.cache[f] = (groups, starts, tokens)
        return found

    def _holds_lower(self, token: tuple[int, int], f: tuple[int, ...]) -> bool:
        return all(_holds(t, f, self.strings) for t in self.patterns[token[0]][3][token[1]]
                   if t[0] == FEATURES["LOWER"])

    def _merge(self, groups: tuple[int, ...]) -> dict[int, Any]:
        merged = self.merged.get(groups)
        if merged is None:
            merged = {}
            for group in groups:  # ascending: a later rule overrides an earlier one
                merged.update(self.attrs[group])
            self.merged[groups] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(r) for r in doc.to_array(list(FEATURES)).tolist()]
        found = [self._lookup(f) for f in rows]
        extra: dict[int, set[int]] = {}
        for i, (_, starts, _) in enumerate(found):
            for n in starts:
                group, length, target, _ = self.patterns[n]
                if i + length <= len(found) and all(
                        (n, j) in found[i + j][2] for j in range(1, length)):
                    extra.setdefault(i + target, set()).add(group)
        for i, (groups, _, _) in enumerate(found):
            if i in extra:
                groups = tuple(sorted(extra[i].union(groups)))
            if groups:
                set_token_attrs(doc[i], self._merge(groups))
        return doc


def compile_ruler(ruler: object) -> FastAttributeRuler | None:
    """The fast equivalent of ``ruler``, or None if it is no AttributeRuler we can mirror."""
    if type(ruler) is not AttributeRuler:
        return None
    try:
        return FastAttributeRuler(ruler)
    except Unsupported:
        return None


class FastLemmatizer:
    """Callable on a Doc; sets what the rule ``lemmatizer`` would set.  Its answer depends on
    the word, POS and morphology only (its own cache key), so each is asked for once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not getattr(lemmatizer, "_validated", False):  # spaCy checks its tables first
            return lemmatizer(doc)
        for token in doc:
            if lemmatizer.overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
                lemma = self.cache.get(key)
                if lemma is None:
                    lemma = self.strings.add(lemmatizer.lemmatize(token)[0])
                    if token.pos:  # no POS: spaCy warns each time; let it
                        if len(self.cache) >= CACHE_LIMIT:
                            self.cache.clear()
                        self.cache[key] = lemma
                token.lemma = lemma
        return doc


Standin = FastAttributeRuler | FastLemmatizer


def fast_components(nlp: Language, known: dict[str, Standin]) -> dict[str, Standin]:
    """Fast stand-ins for the pipeline's attribute rulers and rule lemmatizers, reusing
    ``known`` ones (an attribute ruler's only if no pattern was added since)."""
    found: dict[str, Standin] = {}
    for name, proc in nlp.pipeline:
        old = known.get(name)
        if isinstance(old, FastAttributeRuler) and old.attrs is getattr(proc, "attrs", None) \
                and old.version == len(old.attrs) or isinstance(old, FastLemmatizer) and old.lemmatizer is proc:
            found[name] = old
        elif isinstance(proc, Lemmatizer) and type(proc) in (Lemmatizer, EnglishLemmatizer) \
                and proc.mode == "rule":
            found[name] = FastLemmatizer(proc)
        elif (fast := compile_ruler(proc)) is not None:
            found[name] = fast
    return found


def run_pipeline(nlp: Language, items: Iterable[tuple[str, T]], skipped: Sequence[str],
                 batch_size: int, replaced: dict[str, Standin]) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe(items, as_tuples=True, disable=skipped)`` with the components named in
    ``replaced`` run by their stand-ins; the others still go through ``nlp.pipe``."""
    names = nlp.pipe_names
    stream: Iterable[tuple[Any, T]] = items
    pending: list[str] = []

    def run(stream: Iterable[tuple[Any, T]], wanted: list[str]) -> Iterator[tuple[Doc, T]]:
        return nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                        disable=[n for n in names if n not in wanted])

    for name in names:
        if name in skipped:
            continue
        if name not in replaced:
            pending.append(name)
            continue
        stream = _through(replaced[name], run(stream, pending))
        pending = []
    return run(stream, pending)


def _through(stand_in: Standin, stream: Iterable[tuple[Doc, T]]) -> Iterator[tuple[Doc, T]]:
    return ((stand_in(doc), context) for doc, context in stream)
