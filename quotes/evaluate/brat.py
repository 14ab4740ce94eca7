"""BRAT standoff reader for PolNeAR attributions, and what that corpus leaves unlabelled.

PolNeAR tags Source, Cue and Content spans and ties them with ``E`` lines, but says nothing
about direct versus indirect speech, and mixes speech with beliefs and intentions.  We derive
the kind from quotation marks in the content (:func:`derive_kind`) and a "speech" flag from the
cue (:func:`is_speech`), so the same scorer serves our own gold and PolNeAR.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotes.evaluate.gold import GoldDoc, GoldQuote
from quotes.io.inputs import InputError, read_file
from quotes.records import QuoteKind, Span

Fragment = tuple[int, int]

# Lemmas of verbs of saying or writing (plus "according to"); inflections are generated below.
SPEECH_LEMMAS = frozenset(["according", "add", "acknowledge", "admit", "announce", "answer", "argue", "ask", "assert", "blog", "boast", "call", "claim", "comment", "complain", "concede", "conclude", "confirm", "contend", "declare", "deny", "describe", "email", "explain", "insist", "joke", "mention", "note", "observe", "post", "predict", "promise", "quip", "recall", "remark", "repeat", "reply", "report", "respond", "reveal", "say", "shout", "speak", "state", "stress", "suggest", "talk", "tell", "testify", "text", "tweet", "urge", "vow", "warn", "whisper", "write", "yell"])
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write",
              "spoke": "speak", "spoken": "speak", "speak": "speak", "speaks": "speak",
              "speaking": "speak", "admitted": "admit", "admitting": "admit",
              "quipped": "quip", "quipping": "quip", "texted": "text"}

# Quotation marks by family; the straight ones open or close depending on context.
_OPEN = {"“": "d", "‘": "s", "«": "d", "„": "d", "‹": "s"}
_CLOSE = {"”": "d", "’": "s", "»": "d", "›": "s"}
DIRECT_COVERAGE = 0.8  # share of the content's characters inside quote marks to call it direct


@dataclass(frozen=True)
class BratSpan:
    """A ``T`` line: label, one or more (start, end) fragments, and the annotated text."""

    id: str
    label: str
    fragments: tuple[Fragment, ...]
    text: str

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)


@dataclass(frozen=True)
class BratAttribution:
    """An ``E`` line resolved to its spans; ``content`` holds Content and Content2."""

    id: str
    label: str
    content: tuple[BratSpan, ...]
    source: BratSpan | None = None
    cue: BratSpan | None = None

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)

    @property
    def fragments(self) -> list[Fragment]:
        return sorted(f for span in self.content for f in span.fragments)


@dataclass
class BratDocument:
    """Everything read from one ``.ann`` file; ``problems`` lists the lines we had to skip."""

    spans: dict[str, BratSpan] = field(default_factory=dict)
    attributions: list[BratAttribution] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_ann(ann: str) -> BratDocument:
    """Two passes, because ``E`` lines may name ``T`` ids defined further down."""
    result = BratDocument()
    events: list[tuple[int, str, list[str]]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line or line[0] not in "TEARN#":
            continue
        cells = line.split("\t")
        if line[0] == "T":
            try:
                label, offsets = cells[1].split(" ", 1)
                fragments = tuple(
                    (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
                )
            except (IndexError, ValueError):
                result.problems.append(f"line {number}: malformed T line")
                continue
            if any(e < s for s, e in fragments):
                result.problems.append(f"line {number}: span ends before it starts")
                continue
            text = cells[2] if len(cells) > 2 else ""
            result.spans[cells[0]] = BratSpan(cells[0], label, fragments, text)
        elif line[0] == "E" and len(cells) > 1:
            events.append((number, cells[0], cells[1].split()))
    for number, event_id, args in events:
        roles: dict[str, list[BratSpan]] = {}
        missing = False  # an unknown reference is reported; the event is dropped
        for arg in args:
            role, _, ref = arg.partition(":")
            if ref not in result.spans:
                result.problems.append(f"line {number}: {event_id} refers to unknown {ref!r}")
                missing = True
                continue
            roles.setdefault(role.rstrip("0123456789"), []).append(result.spans[ref])
        content = roles.get("Content")
        if not content or missing:
            continue  # no content (a bare Attribution-no-source): no quotation to score
        trigger = args[0].partition(":")[0] if args else "Attribution"
        result.attributions.append(BratAttribution(
            id=event_id, label=trigger, content=tuple(content),
            source=next(iter(roles.get("Source", [])), None),
            cue=next(iter(roles.get("Cue", [])), None)))
    return result


def _quote_role(text: str, i: int) -> tuple[str, str] | None:
    """(family, 'open'|'close'|'toggle') for a quotation mark at ``text[i]``; None for apostrophes."""
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char == '"':
        return ("d", "toggle")
    if char in ("'", "’") and before.isalnum() and after.isalnum():
        return None  # don't, Clinton’s
    if char == "'":
        if not before.isalnum() and after.isalnum():
            return ("s", "open")
        return ("s", "close") if not after.isalnum() else None
    if char in _OPEN:
        return (_OPEN[char], "open")
    if char in _CLOSE:
        return (_CLOSE[char], "close")
    return None


def quoted_regions(text: str) -> list[Fragment]:
    """Character ranges inside quotation marks; an unpaired mark runs to the edge of ``text``."""
    stacks: dict[str, list[int]] = {"d": [], "s": []}
    regions: list[Fragment] = []
    skip = False
    for i in range(len(text)):
        if skip:
            skip = False
            continue
        pair = text[i : i + 2]
        role = ("d", "toggle") if pair in ("''", "``") else _quote_role(text, i)
        skip = pair in ("''", "``")  # typewriter doubles: two characters, one mark
        if role is None:
            continue
        family, how = role
        stack = stacks[family]
        if how == "open" or (how == "toggle" and not stack):
            stack.append(i)
        elif stack:
            regions.append((stack.pop() + 1, i))
        elif family == "d":  # a lone single closer is more likely a plural possessive
            regions.append((0, i))  # the content began inside a quotation
    regions += [(i + 1, len(text)) for stack in stacks.values() for i in stack]
    return regions


def _widen(source: str, start: int, end: int) -> Fragment:
    """Take in quotation marks just outside a fragment: PolNeAR sometimes leaves them out."""
    left = start - 1 if start > 0 and source[start - 1] == " " else start
    if left > 0 and source[left - 1] in "\"'“‘«„":
        start = left - 1
    right = end
    while right < len(source) and right - end < 2 and source[right] in ".,;:!?":
        right += 1
    if right < len(source) and source[right] in "\"'”’»":
        end = right + 1
    return start, end


def quote_coverage(source: str, fragments: Sequence[Fragment]) -> tuple[float, bool]:
    """Share of the content's letters that lie inside quotation marks, and whether any do."""
    inside = total = 0
    for start, end in fragments:
        start, end = _widen(source, start, end)
        text = source[start:end]
        mask = [False] * len(text)
        for a, b in quoted_regions(text):
            mask[a:b] = [True] * (b - a)
        for char, quoted in zip(text, mask):
            if char.isalnum():
                total += 1
                inside += quoted
    return (inside / total if total else 0.0), inside > 0


def derive_kind(source: str, fragments: Sequence[Fragment]) -> QuoteKind:
    """Direct when >= 80% of the content is quoted, mixed when some of it is, else indirect."""
    coverage, any_quoted = quote_coverage(source, fragments)
    if coverage >= DIRECT_COVERAGE:
        return "direct"
    return "mixed" if any_quoted else "indirect"


def _lemma(word: str) -> str:
    """A tiny lemmatiser for reporting verbs: enough for 'says', 'denied', 'tweeting'."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    candidates = [word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""),
                         ("ed", ""), ("ed", "e"), ("s", "")):
        if word.endswith(suffix):
            candidates.append(word[: len(word) - len(suffix)] + repl)
    return next((c for c in candidates if c in SPEECH_LEMMAS), word)


def is_speech(cue_text: str | None, kind: str) -> bool:
    """Speech if a cue word is a verb of saying/writing, or the content is (partly) quoted."""
    if kind in ("direct", "mixed"):
        return True
    words: Iterable[str] = re.findall(r"[A-Za-z]+", cue_text or "")
    return any(_lemma(w) in SPEECH_LEMMAS for w in words)


def pick_annotations(ann_dir: Path, text_dir: Path) -> dict[str, Path]:
    """One ``.ann`` file per article: ``<doc>_<annotator>.ann``, the sorted-first annotator."""
    chosen: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        doc = path.stem
        if not (text_dir / f"{doc}.txt").exists() and "_" in doc:
            doc = doc.rsplit("_", 1)[0]
        chosen.setdefault(doc, path)
    return dict(sorted(chosen.items()))


_PRONOUNS = frozenset(["i", "he", "she", "it", "we", "they", "you", "this", "that", "these", "those", "who"])
_NAME_JOINERS = frozenset({"of", "the", "for", "and", "&", "de", "van", "von", "-"})


def source_name(source: str) -> str | None:
    """The proper name a PolNeAR Source ends with, for name-level scoring, else None.

    PolNeAR has no coreference, so the name is known only where the Source says it: the run of
    capitalised words that ends it (``Trump campaign manager Corey Lewandowski`` ->
    ``Corey Lewandowski``; a trailing ``(R-Texas)`` or ``, who ...`` set aside).  ``He``,
    ``the campaign`` or ``Clinton's campaign`` give None: the scorer then leaves the record out.
    """
    text = re.split(r",|\bwho\b|\(", source, maxsplit=1)[0].strip(" .\n\t\"'")
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(".,;:\"'")
        if bare[:1].isupper() or bare[:1].isdigit() and run or bare.lower() in _NAME_JOINERS and run:
            run.insert(0, word)
        else:
            break
    while run and run[0].strip(".,").lower() in _NAME_JOINERS | _PRONOUNS:
        run.pop(0)
    if not run or (len(run) == 1 and run[0].lower() in _PRONOUNS):
        return None
    if run[-1].endswith(("'s", "\u2019s")):
        return None  # "Clinton's": the possessor is not the one who spoke
    return " ".join(run)


def attribution_to_gold(doc_id: str, source: str, attribution: BratAttribution) -> GoldQuote:
    """A PolNeAR attribution as a gold record: Source = mention (and name, unresolved)."""
    fragments = attribution.fragments
    start, end = fragments[0][0], max(e for _, e in fragments)
    kind = derive_kind(source, fragments)
    who = attribution.source
    mention = Span(text=source[who.start : who.end], start=who.start, end=who.end) if who else None
    cue = attribution.cue.text if attribution.cue else None
    return GoldQuote(doc=doc_id, kind=kind, start=start, end=end, text=source[start:end],
                     parts=fragments, speaker=who.text if who else None, mention=mention,
                     name=source_name(who.text) if who else None,
                     cue=cue, speech=is_speech(cue, kind),
                     note=None if who else attribution.label)


def speech_only(records: Iterable[GoldQuote]) -> list[GoldQuote]:
    """Non-speech attributions become optional: a prediction matching one is neither TP nor
    FP, and missing one is no FN; so "speech only" never punishes finding a belief."""
    return [r if r.speech else r.model_copy(update={"required": False}) for r in records]


def read_polnear(ann_dir: Path, text_dir: Path,
                 limit: int | None = None) -> tuple[list[GoldDoc], list[InputError]]:
    """PolNeAR articles (sorted, the first ``limit``) with their attributions as gold records."""
    docs: list[GoldDoc] = []
    errors: list[InputError] = []
    chosen = list(pick_annotations(ann_dir, text_dir).items())
    for doc_id, ann_path in chosen[:limit] if limit is not None else chosen:
        read = read_file(text_dir / f"{doc_id}.txt")
        ann = read_file(ann_path)
        if isinstance(read, InputError) or isinstance(ann, InputError):
            errors += [e for e in (read, ann) if isinstance(e, InputError)]
            continue
        parsed = parse_ann(ann.text)
        errors += [InputError(str(ann_path), problem) for problem in parsed.problems]
        records = []
        for attribution in parsed.attributions:
            if attribution.end > len(read.text):
                errors.append(InputError(str(ann_path), f"{attribution.id} lies past the text"))
                continue
            records.append(attribution_to_gold(doc_id, read.text, attribution))
        docs.append(GoldDoc(doc_id, read.text, records, read.source))
    return docs, errors
