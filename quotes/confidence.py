"""How much to trust a record: a small additive model over what the rules saw.

The weights are set by hand on the dev gold (``make eval``) and checked by the reliability
table there: records at 0.8 or above should be right nine times in ten.
"""

from __future__ import annotations

from quotes.attribution import Candidate
from quotes.records import Speaker

BASE = {"direct": 0.9, "mixed": 0.85, "indirect": 0.78}
ATTRIBUTION_FACTOR = {"explicit": 1.0, "coreference": 0.9, "continuation": 0.85,
                      "unresolved": 0.35}
CUE_CLASS_PENALTY = {"speech": 0.0, "writing": 0.0, "report": 0.08, "belief": 0.3}


def score(candidate: Candidate, speaker: Speaker, attribution: str, text: str) -> float:
    """A confidence in [0, 1] for one record."""
    value = BASE[candidate.kind] * ATTRIBUTION_FACTOR[attribution]
    if candidate.cue is not None:
        value -= CUE_CLASS_PENALTY.get(candidate.cue.entry.cue_class, 0.0)
    if candidate.weak:
        value -= 0.2
    if not candidate.closed:
        value -= 0.25
    if attribution == "explicit" and speaker.name is None:
        value -= 0.1
    if candidate.paragraph == 0:
        value -= 0.1  # headlines attribute loosely
    length = candidate.end - candidate.start
    if length > 1500:
        value -= 0.2  # a runaway span is more likely a stray mark than a quotation
    return round(min(max(value, 0.0), 1.0), 3)
