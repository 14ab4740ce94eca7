"""From one parsed text to its quotation records, top to bottom.

1. quotation marks (``marks``)      2. cues, matched once (``cues``)
3. direct quotes and their cues (``attribution``)   4. reported clauses and mixed quotes
(``reported``)   5. continuations   6. speakers, in reading order so coreference can look back
(``resolve``, with ``mentions`` and ``coref``)   7. confidence and validated ``Quote`` records.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from quotes.extract.anaphora import Coreference
from quotes.extract.attribution import Candidate, cue_speaker
from quotes.extract.channels import addressee_of, medium_of
from quotes.extract.clusters import fields_of_the_cluster
from quotes.extract.confidence import score
from quotes.extract.continuing import inside
from quotes.extract.cues import CueMatch, cue_text_span, find_cues
from quotes.extract.marks import (
    SPAN_TRIM,
    Paragraph,
    QuotedSpan,
    link_list_paragraphs,
    scan_quotes,
    split_paragraphs,
    trim_span,
)
from quotes.extract.merging import (
    attach_fragments,
    dedupe,
    join_quote_after_report,
    nest,
    only_attribution_between,
)
from quotes.extract.reported import reported_clause
from quotes.extract.resolve import (
    DocumentContext,
    document_coreference,
    resolve_speaker,
)
from quotes.extract.segments import TextView
from quotes.extract.signatures import (
    colon_speaker,
    dash_speaker,
    headline_speaker,
    labelled_lines,
    signed_below,
)
from quotes.extract.sites import (
    cue_closing_sentence_before,
    is_full_quote,
    leading_cue,
    previous_char,
    speaker_between,
    trailing_cue,
    trailing_tail,
)
from quotes.records import Cue, Quote, Span

DEFAULT_CUE_CLASSES = frozenset({"speech", "writing", "report"})
QUOTE_AFTER_CUE = re.compile("[ \u00a0]*[,:]?[ \u00a0]*(?:that[ \u00a0]+)?[\"\u201c\u2018'\u00ab]")


def extract_quotes(text: str, view: TextView, doc_id: str | None = None,
                   cue_classes: frozenset[str] = DEFAULT_CUE_CLASSES, broad: bool = False,
                   paragraphs: Sequence[Paragraph] | None = None,
                   context: DocumentContext | None = None,
                   stretch: tuple[int, int] | None = None) -> list[Quote]:
    """Every quotation in ``text``; ``view`` holds its parse.

    A long document is read a stretch at a time: ``view`` then holds the parse of
    ``stretch`` (character bounds) only, ``paragraphs`` those around it (a ``ParagraphWindow``)
    and ``context`` what earlier stretches left; only quotations opening inside the stretch
    are taken."""
    paragraphs = paragraphs if paragraphs is not None else split_paragraphs(text)
    context = context if context is not None else DocumentContext()
    window = list(paragraphs)
    if not window:
        return []
    starts = [p.start for p in window]

    def paragraph_at(offset: int) -> int:
        return window[max(bisect_right(starts, offset) - 1, 0)].index

    spans = scan_quotes(text, window)
    if stretch is not None:
        spans = [s for s in spans if stretch[0] <= s.open_mark < stretch[1]]
    cues = {(id(c.head.doc), c.head.i): c for c in find_cues(view.all_tokens(), cue_classes)}
    full = [s for s in spans if is_full_quote(text, s, paragraphs[s.paragraph])
            or _after_cue(view, s, cues)]
    fragments = [s for s in spans if s not in full]

    candidates, used_cues = _direct_candidates(text, view, paragraphs, full, cues)
    labelled = labelled_lines(text, view, paragraphs, candidates)
    if labelled:
        # transcript paragraphs inside one long unattributed "quote" are lines of their own
        candidates = [c for c in candidates if c.source != "unattributed"
                      or not any(c.start <= lab.start < c.end for lab in labelled)]
        candidates += labelled
    direct_ranges = [(c.start, c.end) for c in candidates]
    colon_led = [(c.start, c.end) for c in candidates if previous_char(text, c.start - 1, 0) == ":"]
    consumed: set[int] = set()
    reported: set[tuple[int, int]] = set()
    for cue in cues.values():
        if id(cue) in used_cues or inside(view.start(cue.head), direct_ranges):
            continue
        found = reported_clause(view, cue, paragraph_at(view.start(cue.head)), broad,
                                learned="learned" in cue_classes)
        if found is None or inside(found.start, direct_ranges):
            continue
        clause = (found.start, found.end)
        if clause in reported or not _stop_before_quotes(text, found, colon_led):
            continue  # one clause, two cues ("said in a statement that ..."): the verb's
        reported.add(clause)
        attach_fragments(found, fragments, consumed)
        if found.needs_quote and found.kind == "indirect":
            continue
        candidates.append(found)
    footer = link_list_paragraphs(text, paragraphs)
    candidates = [c for c in candidates if c.paragraph not in footer]
    candidates = nest(view, dedupe(candidates))
    candidates.sort(key=lambda c: (c.start, c.end))
    candidates = join_quote_after_report(view, candidates)
    cue_heads = {(id(c.head.doc), c.head.i) for c in cues.values()}
    coref = document_coreference(view, paragraph_at, [(s.start, s.end) for s in full], cue_heads,
                                 context)
    records = fields_of_the_cluster(
        _records(text, view, candidates, coref, doc_id, context.last_record), coref)
    context.last_record = records[-1] if records else context.last_record
    return records


def _stop_before_quotes(text: str, found: Candidate, direct: list[tuple[int, int]]) -> bool:
    """Cut a reported clause where a colon-led quotation begins (``told X that Y: "Z"``).

    Returns False when nothing of the clause is left before the quotation.
    """
    for start, _ in direct:
        if found.start < start < found.end:
            cut = start - 1
            while cut > found.start and text[cut - 1] in " \t\n:;,\u2014\"\u201c\u00ab":
                cut -= 1
            found.end = cut
            found.parts = [(s, min(e, cut)) for s, e in found.parts if s < cut]
    return len(text[found.start:found.end].split()) >= 3


def _after_cue(view: TextView, span: QuotedSpan, cues: dict[tuple[int, int], CueMatch]) -> bool:
    """``Mr. Toccafondi says "many schools ..."``: a quote right after its cue stands whole."""
    token = view.token_at(span.open_mark - 1) or view.token_at(span.open_mark - 2)
    cue = cues.get((id(token.doc), token.i)) if token is not None else None
    if cue is None:
        return False
    # "wrote "The Silent Coast" in 1990": a title after a writing verb is no quotation
    words = len(view.text[span.start:span.end].split())
    return cue.entry.cue_class == "speech" and words >= 3 or words >= 8


def _trimmed_parts(text: str, span: QuotedSpan) -> list[tuple[int, int]]:
    parts = [trim_span(text, s, e, SPAN_TRIM) for s, e in span.parts]
    return [p for p in parts if p[1] > p[0]]


def _direct_candidates(text: str, view: TextView, paragraphs: Sequence[Paragraph],
                       spans: list[QuotedSpan], cues: dict[tuple[int, int], CueMatch]
                       ) -> tuple[list[Candidate], set[int]]:
    """Full quotations with the cue before or after their marks; split quotes joined."""
    found: list[Candidate] = []
    used: set[int] = set()
    skip: set[int] = set()
    for n, span in enumerate(spans):
        if n in skip:
            continue
        last_para = paragraphs[span.paragraph + len(span.parts) - 1] if span.paragraph + len(
            span.parts) - 1 < len(paragraphs) else paragraphs[span.paragraph]
        first_para = paragraphs[span.paragraph]
        following = spans[n + 1] if n + 1 < len(spans) else None
        limit = following.open_mark if following and following.open_mark < last_para.end \
            else last_para.end
        floor = first_para.start
        if span.open_mark == first_para.start and span.paragraph > 0 and \
                previous_char(text, first_para.start, 0) == ":":
            floor = paragraphs[span.paragraph - 1].start  # "He tweeted:\n\n"Cool clock ...""
        colon = previous_char(text, span.open_mark, floor) == ":"
        trailing = trailing_cue(view, span, limit, cues)
        if trailing is not None and not colon and _introduces_next(view, trailing) and (
                leading := _cue_right_before(view, span, cues)):
            trailing = leading  # "when he said, 'A,' and that, as Y said, 'B'": Y said B
        cue = None
        if colon and not (trailing and view.start(trailing.head) - span.after < 30):
            cue = leading_cue(view, span, floor, cues)  # unless "...: "X," the union wrote."
        cue = cue or trailing or leading_cue(view, span, floor, cues) or (
            None if colon else cue_closing_sentence_before(view, span, floor, cues))
        parts = _trimmed_parts(text, span)
        if not parts:
            continue
        tail = trailing_tail(view, span, limit, cues) if cue is None and span.closed else None
        signed = None
        if cue is None and tail is not None:
            cue = tail[0]
        elif cue is None:
            signed = (colon_speaker(view, span, floor) if colon else None) or \
                dash_speaker(view, span, limit) or headline_speaker(view, span, floor, limit) \
                or signed_below(view, span, limit, paragraphs[last_para.index + 1]
                                if last_para.index + 1 < len(paragraphs) else None)
        candidate = Candidate("direct", parts[0][0], parts[-1][1], span.paragraph, parts,
                              closed=span.closed,
                              source="explicit" if cue or signed else "unattributed",
                              speaker=signed)
        if tail is not None:
            # the reported words run on past the closing mark: a mixed quotation
            candidate.kind, candidate.quoted = "mixed", [(span.start, span.end)]
            candidate.start, candidate.end = span.open_mark, tail[1]
            candidate.parts = [(span.open_mark, tail[1])]
        if cue is not None:
            if not colon:  # after a colon the cue may also report a clause of its own
                used.add(id(cue))
            candidate.cue = cue
            candidate.speaker = speaker_between(view, span, cue, cue_speaker(cue))
            candidate.inverted = bool(candidate.speaker and candidate.speaker.i > cue.head.i)
            after_next = spans[n + 2].open_mark if n + 2 < len(spans) else last_para.end
            if following is not None and _continues_split(text, span, following, view, cue) \
                    and not trailing_cue(view, following, min(after_next, last_para.end), cues):
                more = _trimmed_parts(text, following)
                if more:
                    candidate.parts += more
                    candidate.end = more[-1][1]
                    candidate.closed = following.closed
                    skip.add(n + 1)
        found.append(candidate)
    return found, used


def _cue_right_before(view: TextView, span: QuotedSpan,
                      cues: dict[tuple[int, int], CueMatch]) -> CueMatch | None:
    """``when he said, 'A'``: a verb cue that only a comma or colon parts from the mark."""
    tokens = view.words(max(0, span.open_mark - 40), span.open_mark)
    while tokens and tokens[-1].text in (",", ":"):
        tokens.pop()
    cue = cues.get((id(tokens[-1].doc), tokens[-1].i)) if tokens else None
    return cue if cue is not None and not cue.is_phrase else None


def _introduces_next(view: TextView, cue: CueMatch) -> bool:
    """The cue after a quotation stands right before the next one (``..., as his daughter
    said, 'B'``, ``and a classmate added that "B"``): it introduces that one, so the first
    keeps the cue it opened with."""
    return QUOTE_AFTER_CUE.match(view.text, view.end(cue.head)) is not None


def _continues_split(text: str, span: QuotedSpan, following: QuotedSpan, view: TextView,
                     cue: CueMatch) -> bool:
    """The same speaker goes on in the same paragraph after the attribution.

    ``"A," he said, "B."`` (a split quote), or ``"A," she said. "B."`` where nothing but the
    attribution sentence stands between the two quotations.
    """
    if following.paragraph != span.paragraph or span.close_mark is None:
        return False
    if any(c.dep_ == "conj" and view.start(c) < following.open_mark and any(
            g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in cue.head.children):
        return False  # '"A," Figueroa said, and Lindahl added, "B."': someone else goes on
    return only_attribution_between(view, span.after, following.open_mark, cue)


def _records(text: str, view: TextView, candidates: list[Candidate], coref: Coreference,
             doc_id: str | None, before: Quote | None) -> list[Quote]:
    records: list[Quote] = []
    for candidate in candidates:
        speaker, attribution = resolve_speaker(view, candidate, coref,
                                               records or ([before] if before else []))
        if attribution is None:
            continue
        cue = None
        addressee = medium = None
        if candidate.cue is not None:
            first, last = cue_text_span(candidate.cue)
            start, end = view.start(first), view.end(last)
            cue = Cue(text=text[start:end], start=start, end=end, lemma=candidate.cue.lemma)
            addressee = _span(text, addressee_of(view, candidate.cue))
            medium = _span(text, medium_of(view, candidate.cue))
        record = Quote(
            text=text[candidate.start:candidate.end], start=candidate.start, end=candidate.end,
            kind=candidate.kind,  # type: ignore[arg-type]
            parts=[Span(text=text[s:e], start=s, end=e) for s, e in candidate.parts],
            quoted=[Span(text=text[s:e], start=s, end=e) for s, e in candidate.quoted],
            speaker=speaker, attribution=attribution, cue=cue, addressee=addressee,
            medium=medium, paragraph=candidate.paragraph,
            confidence=score(candidate, speaker, attribution, text), doc_id=doc_id,
        )
        records.append(record)
    return records


def _span(text: str, bounds: tuple[int, int] | None) -> Span | None:
    if bounds is None or bounds[1] <= bounds[0]:
        return None
    return Span(text=text[bounds[0]:bounds[1]], start=bounds[0], end=bounds[1])

