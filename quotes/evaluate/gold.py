"""Gold quotations: the record type both gold formats are read into, and our JSONL reader.

PolNeAR's BRAT files are read by :mod:`quotes.evaluate.brat` into the same types.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from quotes.io.inputs import InputError, read_file
from quotes.records import QuoteKind, Span

Interval = tuple[int, int]


class GoldQuote(BaseModel):
    """One gold quotation: a line of our gold JSONL, or a converted PolNeAR attribution."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    doc: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    parts: list[Interval] = []
    speaker: str | None = None
    speaker_type: str | None = None
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    mention: Span | None = None
    cue: str | None = None
    required: bool = True
    speech: bool = True  # PolNeAR: a verb of saying/writing, or quoted content
    note: str | None = None
    # The speaker's proper name, for name-level scoring; None where the gold gives none (a
    # group such as "officials", or a PolNeAR Source that is a pronoun).  Our JSONL leaves it
    # out: it is then the speaker of a person or organisation.
    name: str | None = None

    @property
    def gold_name(self) -> str | None:
        """The name a prediction must give for name-level attribution, if the gold knows it."""
        if self.name is not None:
            return self.name
        if self.speaker_type in ("person", "organization"):
            return self.speaker
        return None


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    records: list[GoldQuote]
    source: str = ""  # the text's file, for error messages


def read_quotes_gold(gold: Path, texts: Path,
                     limit: int | None = None) -> tuple[list[GoldDoc], list[InputError]]:
    """Gold JSONL (a file or a folder of ``*.jsonl``) and texts (``<doc>.txt`` folder or file).

    Scored documents: those a record names, every ``*.txt`` in a TEXTS folder, and stems of
    empty gold files; a document without gold lines is taken to hold no quotation."""
    found: list[tuple[str, GoldQuote]] = []
    errors: list[InputError] = []
    doc_ids: set[str] = set()
    for file in sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as err:
            errors.append(InputError(str(file), getattr(err, "strerror", None) or "not utf-8"))
            continue
        if not any(line.strip() for line in lines):
            doc_ids.add(file.stem)
        for number, line in enumerate(lines, start=1):
            try:
                found.append((f"{file}:{number}", GoldQuote.model_validate_json(line)))
                doc_ids.add(found[-1][1].doc)
            except ValidationError as err:
                if line.strip():
                    first = err.errors()[0]
                    where = ".".join(str(x) for x in first["loc"])
                    errors.append(InputError(f"{file}:{number}", f"{where} {first['msg']}".strip()))
    doc_ids.update(p.stem for p in texts.glob("*.txt")) if texts.is_dir() else None
    docs = []
    for doc_id in sorted(doc_ids)[:limit]:
        path = texts if texts.is_file() else texts / f"{doc_id}.txt"
        if texts.is_file() and texts.stem != doc_id:
            path = texts.parent / f"{doc_id}.txt"
        read = read_file(path)
        if isinstance(read, InputError):
            errors.append(read)
            continue
        records = []
        for where, r in found:
            spans = [r] + ([r.mention] if r.mention else [])
            if r.doc == doc_id and any(read.text[s.start : s.end] != s.text for s in spans):
                errors.append(InputError(where, f"offsets do not match the text of {path}"))
            elif r.doc == doc_id:
                records.append(r)
        docs.append(GoldDoc(doc_id, read.text, records, read.source))
    return docs, errors
