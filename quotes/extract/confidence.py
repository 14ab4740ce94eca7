"""How much to trust a record: a logistic model over cheap features of what the rules saw.

The rules decide *whether* there is a quotation; this model only says how likely the record is
right (span found and speaker right), so that ``confidence`` reads as a probability.  The weights
are fitted by ``scripts/train_confidence.py`` on PolNeAR train and shipped, human-readable, in
``quotes/extract/data/confidence_model.json``; figures are measured on PolNeAR dev, never on train.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from quotes.extract.attribution import Candidate
from quotes.extract.lexicon import data_text
from quotes.records import Speaker

MODEL_FILE = "confidence_model.json"
KINDS = ("direct", "indirect", "mixed")
ATTRIBUTIONS = ("explicit", "coreference", "continuation", "unresolved")
CUE_CLASSES = ("speech", "writing", "report", "belief")
# The most frequent cues in news get a weight of their own; the rest share "cue=other".
CUE_LEMMAS = ("say", "tell", "according to", "add", "write", "suggest", "ask", "note", "argue",
              "report", "announce", "find", "tweet", "explain", "continue", "insist", "claim",
              "acknowledge", "declare", "reveal", "warn", "state", "predict", "confirm")
SPEAKER_TYPES = ("person", "organization", "group", "unknown")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
PLURAL_PRONOUNS = frozenset({"they", "we", "you"})
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a`"
OPENING_MARKS = ("\"", "\u201c", "\u00ab", "\u201e", "''", "``")
CLOSING_MARKS = ("\"", "\u201d", "\u00bb", "''")  # not the single ones: apostrophes
WH_WORDS = frozenset({"what", "why", "how", "whether", "if", "who", "which", "when", "where"})
MAX_PARAGRAPH_LOOK = 600  # characters looked at around the content for other quotations
MAX_GAP_CHARS = 2000  # attribution further than this from its content is "far" anyway


def _names() -> tuple[str, ...]:
    names = [f"kind={k}" for k in KINDS]
    names += [f"attribution={a}" for a in ATTRIBUTIONS]
    names += [f"{k}&{a}" for k in KINDS for a in ATTRIBUTIONS]
    names += [f"cue_class={c}" for c in CUE_CLASSES] + ["no_cue", "noun_cue"]
    names += [f"cue={lemma}" for lemma in CUE_LEMMAS] + ["cue=other"]
    names += ["inverted", "weak", "unclosed", "split", "quoted_fragments", "log_words",
              "short", "runaway", "crosses_paragraph", "ends_sentence", "starts_upper",
              "question", "headline", "opens_paragraph", "quote_after", "quote_before",
              "wh_clause", "cue_participle"]
    names += [f"speaker_type={t}" for t in SPEAKER_TYPES] + ["speaker_type=other"]
    names += ["has_name", "full_name", "has_title", "has_role", "has_organization",
              "no_mention", "pronoun", "plural_pronoun", "mention_before", "mention_inside",
              "log_gap_words", "speaker_number", "indirect_log_words"]
    return tuple(names)


FEATURE_NAMES = _names()


def _opens_paragraph(text: str, start: int) -> bool:
    """Only quotation marks and spaces between the paragraph start and the content."""
    i = start - 1
    while i >= 0 and text[i] in QUOTE_MARKS + " \t\u00a0":
        i -= 1
    return i < 0 or text[i] == "\n"


def _quotes_around(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Another quotation opens later in the paragraph / a quotation stands before, in it.

    ``"A," she said. "B."`` is one quotation (our gold and PolNeAR alike): when the rules made
    two records of it, each half is a likely miss.
    """
    after = text[end:end + MAX_PARAGRAPH_LOOK].split("\n", 1)[0].lstrip(QUOTE_MARKS + ",.;:!? ")
    before = text[max(0, start - MAX_PARAGRAPH_LOOK):start].rsplit("\n", 1)[-1]
    before = before.rstrip(QUOTE_MARKS + " ")
    return (any(mark in after for mark in OPENING_MARKS),
            any(mark in before for mark in CLOSING_MARKS))


def _mention_place(text: str, speaker: Speaker, start: int, end: int) -> tuple[str, float]:
    """Where the mention stands (before, inside, after the content, or none) and the log of
    the words between it and the content."""
    mention = speaker.mention
    if mention is None:
        return "none", 0.0
    if mention.end <= start:
        gap = text[max(mention.end, start - MAX_GAP_CHARS):start]
        return "before", math.log1p(len(gap.split()))
    if mention.start >= end:
        gap = text[end:min(mention.start, end + MAX_GAP_CHARS)]
        return "after", math.log1p(len(gap.split()))
    return "inside", 0.0


def features(candidate: Candidate, speaker: Speaker, attribution: str, text: str
             ) -> dict[str, float]:
    """Every feature in ``FEATURE_NAMES`` for one record (most are 0/1 indicators)."""
    row = dict.fromkeys(FEATURE_NAMES, 0.0)
    kind = candidate.kind

    def flag(name: str, value: bool = True) -> None:
        if name in row and value:
            row[name] = 1.0

    flag(f"kind={kind}")
    flag(f"attribution={attribution}")
    flag(f"{kind}&{attribution}")
    cue = candidate.cue
    if cue is None:
        flag("no_cue")
    else:
        flag(f"cue_class={cue.entry.cue_class}")
        flag("noun_cue", cue.entry.pos == "NOUN")  # "his claim that ...", "reports that ..."
        flag(f"cue={cue.lemma}" if cue.lemma in CUE_LEMMAS else "cue=other")
    content = text[candidate.start:candidate.end]
    words = len(content.split())
    bare = content.rstrip(QUOTE_MARKS + " ,;:\u2014")
    flag("inverted", candidate.inverted)
    flag("weak", candidate.weak)
    flag("unclosed", not candidate.closed)
    flag("split", len(candidate.parts) > 1)
    row["quoted_fragments"] = math.log1p(len(candidate.quoted))
    row["log_words"] = math.log1p(words)
    row["indirect_log_words"] = row["log_words"] if kind == "indirect" else 0.0
    flag("short", words < 5)
    flag("runaway", len(content) > 1500)
    flag("crosses_paragraph", "\n" in content)
    flag("ends_sentence", bare.endswith((".", "!", "?")))
    flag("starts_upper", content[:1].isupper())
    flag("question", "?" in content)
    flag("headline", candidate.paragraph == 0)
    flag("opens_paragraph", _opens_paragraph(text, candidate.start))
    after, before = _quotes_around(text, candidate.start, candidate.end)
    flag("quote_after", after)
    flag("quote_before", before)
    first_word = content.split(maxsplit=1)[0].lower() if words else ""
    flag("wh_clause", first_word in WH_WORDS)
    flag("cue_participle", cue is not None and cue.head.tag_ == "VBG")
    kind_of_speaker = speaker.type if speaker.type in SPEAKER_TYPES else "other"
    flag(f"speaker_type={kind_of_speaker}")
    flag("has_name", speaker.name is not None)
    flag("full_name", speaker.name is not None and len(speaker.name.split()) > 1)
    flag("has_title", speaker.title is not None)
    flag("has_role", speaker.role is not None)
    flag("has_organization", speaker.organization is not None)
    mention = speaker.mention.text.lower() if speaker.mention else None
    flag("no_mention", mention is None)
    flag("pronoun", mention in PRONOUNS)
    flag("plural_pronoun", mention in PLURAL_PRONOUNS)
    place, gap = _mention_place(text, speaker, candidate.start, candidate.end)
    flag("mention_before", place == "before")
    flag("mention_inside", place == "inside")
    row["log_gap_words"] = gap
    flag("speaker_number", mention is not None and (
        "percent" in mention or any(ch.isdigit() for ch in mention)))
    return row


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The shipped weights (read once)."""
    model: dict[str, Any] = json.loads(data_text(MODEL_FILE))
    return model


def probability(row: dict[str, float], model: dict[str, Any] | None = None) -> float:
    """The logistic model's probability for one feature row; unknown features weigh nothing."""
    model = model if model is not None else load_model()
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(name, 0.0) * value for name, value in row.items() if value)
    return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


_recording: list[list[dict[str, float]]] = []


@contextmanager
def record_features() -> Iterator[list[dict[str, float]]]:
    """Collect the feature row of every record scored inside the block (for training)."""
    rows: list[dict[str, float]] = []
    _recording.append(rows)
    try:
        yield rows
    finally:
        _recording.remove(rows)


def score(candidate: Candidate, speaker: Speaker, attribution: str, text: str) -> float:
    """The probability, in [0, 1], that this record's span and speaker are right."""
    row = features(candidate, speaker, attribution, text)
    for rows in _recording:
        rows.append(row)
    return round(min(max(probability(row), 0.0), 1.0), 3)
