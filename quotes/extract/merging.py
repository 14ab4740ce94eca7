"""Quotations found by different rules, folded into one list.

Direct quotes come from marks, reported clauses from cues; where they overlap one record must
stand: a quoted fragment inside a reported clause makes it mixed, a quote inside a reported
clause becomes its fragment, a reported clause inside another is part of it, and a quote with no
attribution right after a reported one goes on with it.
"""

from __future__ import annotations

from quotes.extract.attribution import SENTENCE_END, Candidate
from quotes.extract.cues import CueMatch
from quotes.extract.marks import ALL_MARKS, QuotedSpan
from quotes.extract.segments import TextView
from quotes.extract.sites import MAX_ATTRIBUTION_TOKENS

SENTENCE_ENDERS = frozenset(SENTENCE_END | {"...", "\u2026"})


def attach_fragments(found: Candidate, fragments: list[QuotedSpan], consumed: set[int]) -> None:
    """Quoted fragments inside a reported clause make it a mixed quotation."""
    for fragment in fragments:
        if id(fragment) in consumed or not (found.start <= fragment.start < found.end):
            continue
        consumed.add(id(fragment))
        found.quoted.append((fragment.start, fragment.end))
        if fragment.closed and fragment.after > found.end:
            # the clause the parser found stops inside the quotation: the quotation goes on
            found.end = fragment.after
            found.parts[-1] = (found.parts[-1][0], fragment.after)
    if found.quoted:
        covered = sum(min(e, found.end) - s for s, e in found.quoted)
        if covered >= 0.9 * (found.end - found.start - 2):
            # the reported clause is all quotation: a direct quote, with its whole span
            found.kind = "direct"
            found.parts = list(found.quoted)
            found.quoted = []
            found.start, found.end = found.parts[0][0], found.parts[-1][1]  # marks left out
        else:
            found.kind = "mixed"
            found.quoted = [(s, min(e, found.end)) for s, e in found.quoted]
        found.start = min(found.start, found.parts[0][0])
        found.end = max(found.end, found.parts[-1][1])


def nest(view: TextView, candidates: list[Candidate]) -> list[Candidate]:
    """Fold quotations that sit inside a reported clause into it.

    A direct quote inside a reported clause becomes its quoted fragment (mixed); a reported
    clause inside another one with no named speaker of its own ("the authors say the results
    confirm ...") is part of the outer content, not a second statement.
    """
    outer = [c for c in candidates if c.kind in ("indirect", "mixed")]
    quoting = [c for c in candidates if c.kind == "direct" and c.source == "explicit"]
    kept: list[Candidate] = []
    for c in candidates:
        # (a clause's end leaves out the full stop a quotation ending it keeps)
        host = next((o for o in outer if o is not c and o.start <= c.start and c.end <= o.end + 1
                     and (o.end - o.start) > (c.end - c.start)), None)
        # "I think he treats me unfairly" inside an attributed quote: the quote's own words
        in_quote = c.kind != "direct" and any(q.start <= c.start and c.end <= q.end
                                              for q in quoting)
        spill = next((o for o in outer if o.start < c.start < o.end < c.end), None)
        if host is None and spill is not None and c.source == "unattributed":
            # "asserted that officials, "... plied the detective ..."": the quote runs on
            # past the clause the parser found; the reported content runs on with it
            spill.quoted.append((c.start, c.end))
            spill.kind, spill.end = "mixed", c.end
            spill.parts[-1] = (spill.parts[-1][0], c.end)
        elif host is None and not in_quote:
            kept.append(c)
        elif host is not None and (c.kind == "direct" and c.source == "unattributed" or (
                c.kind == "direct" and c.cue is not None and host.cue is not None
                and c.cue.head.i <= host.cue.head.i + 40 and c.speaker is None)
                or _cue_between(view, c, host)):
            host.quoted.append((c.start, c.end))
            host.kind = "mixed"
            if c.end > host.end:
                host.end = c.end
                host.parts[-1] = (host.parts[-1][0], c.end)
        elif c.kind != "direct" and (c.weak or c.speaker is None or c.speaker.ent_type_ not in (
                "PERSON", "ORG")):
            continue  # an object-only report inside one is part of what was reported
        else:
            kept.append(c)
    for c in kept:
        c.quoted.sort()
    return kept


def _cue_between(view: TextView, quote: Candidate, host: Candidate) -> bool:
    """``X thought for a moment and said that in this climate, "..."``: the reported clause's
    cue stands between the quotation and the cue before it the quotation was given, so the
    clause holds it."""
    if quote.kind != "direct" or quote.cue is None or host.cue is None:
        return False
    mine, theirs = view.start(quote.cue.head), view.start(host.cue.head)
    return mine < theirs < quote.start


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span (two cues may report the same clause)."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for c in candidates:
        if (c.start, c.end) not in seen:
            seen.add((c.start, c.end))
            kept.append(c)
    return kept


def join_quote_after_report(view: TextView, candidates: list[Candidate]) -> list[Candidate]:
    """``Europe did "too little," he added. "Without change, it risks a lot."``: a quotation
    with no attribution of its own, right after the sentence that attributes a reported one,
    goes on with it (as ``"A," she said. "B."`` does after a direct quote)."""
    kept: list[Candidate] = []
    for c in candidates:
        prev = kept[-1] if kept else None
        if c.kind == "direct" and c.source == "unattributed" and prev is not None \
                and prev.kind in ("indirect", "mixed") and prev.cue is not None \
                and not prev.cue.is_phrase and prev.paragraph == c.paragraph \
                and prev.end <= c.start and view.start(prev.cue.head) >= prev.parts[-1][1] \
                and only_attribution_between(view, prev.end, c.start, prev.cue):
            prev.quoted += [(s, e) for s, e in c.parts]
            prev.parts += c.parts
            prev.kind, prev.end, prev.closed = "mixed", c.end, c.closed
            continue
        kept.append(c)
    return kept


def only_attribution_between(view: TextView, start: int, end: int, cue: CueMatch) -> bool:
    """``[start, end)`` holds the cue and nothing but its attribution clause or sentence.

    Read over tokens, so that ``Mr.`` or ``Clinton's`` in that sentence is no sentence end or
    stray mark; a quoted title in it (on "Face the Nation.") is part of it."""
    if not start <= view.start(cue.head) < end:
        return False
    words = [t for t in view.tokens(start, end) if not t.is_space
             and not (t.is_quote or all(c in ALL_MARKS for c in t.text))]
    if not words:
        return False
    enders = [t for t in words if t.text in SENTENCE_ENDERS]
    if words[-1].text in (",", ":", "\u2014", "\u2013", "--"):
        return not enders
    return len(enders) == 1 and words[-1] is enders[0] and len(words) <= MAX_ATTRIBUTION_TOKENS
