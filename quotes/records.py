"""Public output: pydantic v2 models for quotations and their speakers.

Every span carries character offsets into the *original* input text, so
``source[span.start:span.end] == span.text`` always holds.  Validate a record
against its source with ``Quote.model_validate(data, context={"source": text})``
or ``quote.check_offsets(text)``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "unknown"]
Attribution = Literal["explicit", "coreference", "continuation", "unresolved"]

SCHEMA_VERSION = "1"


def _source_from(info: ValidationInfo) -> str | None:
    context = info.context if isinstance(info.context, dict) else None
    return context.get("source") if context else None


class Span(BaseModel):
    """A piece of the source text with its character offsets."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _offsets_fit_text(self, info: ValidationInfo) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}:{self.end}] has length {self.end - self.start} "
                f"but text has length {len(self.text)}"
            )
        source = _source_from(info)
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(f"span [{self.start}:{self.end}] does not match the source text")
        return self

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


class Cue(Span):
    """The word(s) that introduce the quotation: ``said``, ``told``, ``according to``."""

    lemma: str


class Speaker(BaseModel):
    """Who said it, with name, title, role and organisation kept apart."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = Field(
        default=None, description="The fullest proper name the document gives the speaker, as "
        "written; null when none is given (`a spokesperson`, `officials`).")
    title: str | None = Field(
        default=None, description="An honorific or rank written before the name, with the words "
        "that are part of it (`Colonel`, `Prime Minister`, `Lt. Col.`, `State Rep.`).")
    role: str | None = Field(
        default=None, description="The position held (`spokesperson`, `Interior Minister`, `Fire "
        "Chief`): an office named by its portfolio is a role, not a title.")
    organization: str | None = Field(
        default=None, description="The organisation the role or rank belongs to (`US-led "
        "coalition`, `CNN` in `CNN President`).")
    type: SpeakerType = "unknown"
    party: str | None = Field(
        default=None,
        description="Party and state tag as written beside the name (`R-Neb.`, `D-Calif.`); never "
        "part of name, role or organisation.",
    )
    mention: Span | None = Field(
        default=None, description="The words at the attribution site that name the speaker."
    )


class Quote(BaseModel):
    """One quotation: its content, who said it, and how it was attributed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="Content, verbatim: source[start:end].")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    parts: list[Span] = Field(
        default_factory=list,
        description="Content pieces; more than one when the quote is split by its attribution "
        "or runs over several paragraphs.",
    )
    quoted: list[Span] = Field(
        default_factory=list,
        description="Quoted fragments inside an indirect (mixed) quotation.",
    )
    speaker: Speaker
    attribution: Attribution = Field(
        description="How the speaker was found: named at the cue, resolved from a pronoun or "
        "nominal, carried over from the previous quote, or not found."
    )
    cue: Cue | None = None
    addressee: Span | None = None
    medium: Span | None = None
    paragraph: int = Field(ge=0, description="Index of the paragraph where the content starts.")
    confidence: float = Field(ge=0.0, le=1.0)
    doc_id: str | None = None

    @model_validator(mode="after")
    def _invariants(self, info: ValidationInfo) -> Quote:
        if self.end - self.start != len(self.text) or self.end < self.start:
            raise ValueError(
                f"quote [{self.start}:{self.end}] does not match its text length {len(self.text)}"
            )
        whole = Span(text=self.text, start=self.start, end=self.end)
        for piece in [*self.parts, *self.quoted]:
            if not piece.within(whole):
                raise ValueError(f"span [{piece.start}:{piece.end}] lies outside the quote")
        if self.kind == "mixed" and not self.quoted:
            raise ValueError("a mixed quote must list its quoted fragments")
        if self.attribution == "unresolved" and self.speaker.name is not None:
            raise ValueError("an unresolved quote cannot name a speaker")
        source = _source_from(info)
        if source is not None:
            self.check_offsets(source)
        return self

    @property
    def content(self) -> str:
        """The quoted words alone, parts joined, without the interrupting attribution."""
        if not self.parts:
            return self.text
        return " ".join(part.text for part in self.parts)

    def spans(self) -> list[Span]:
        """Every offset-bearing span in this record (for checks)."""
        found: list[Span] = [Span(text=self.text, start=self.start, end=self.end)]
        found += self.parts + self.quoted
        found += [s for s in (self.cue, self.addressee, self.medium, self.speaker.mention) if s]
        return found

    def check_offsets(self, source: str) -> None:
        """Raise ValueError unless every span's text is the source at its offsets."""
        for span in self.spans():
            if source[span.start : span.end] != span.text:
                raise ValueError(
                    f"span [{span.start}:{span.end}] {span.text!r} does not match the source"
                )

    def flat(self) -> dict[str, Any]:
        """A one-level dict for CSV and tables."""
        return {
            "doc_id": self.doc_id,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker.name,
            "title": self.speaker.title,
            "role": self.speaker.role,
            "organization": self.speaker.organization,
            "party": self.speaker.party,
            "speaker_type": self.speaker.type,
            "mention": self.speaker.mention.text if self.speaker.mention else None,
            "attribution": self.attribution,
            "cue": self.cue.text if self.cue else None,
            "addressee": self.addressee.text if self.addressee else None,
            "medium": self.medium.text if self.medium else None,
            "confidence": round(self.confidence, 3),
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def quote_schema() -> dict[str, Any]:
    """The published JSON Schema of a record."""
    return Quote.model_json_schema()
