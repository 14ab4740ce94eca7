"""How a record's speaker was found, and its words as shown: one wording for the table and the
HTML page."""

from __future__ import annotations

from quotes.records import Quote


def attribution_note(quote: Quote) -> str:
    """How the speaker was found: 'named at the cue', 'resolved from 'he'' and the like."""
    mention = quote.speaker.mention.text if quote.speaker.mention else None
    named = mention is not None and mention != quote.speaker.name
    if quote.attribution == "unresolved":
        return "speaker not found" + (f" (mention {mention!r})" if mention else "")
    if quote.attribution == "explicit":
        return ("named at the cue" if quote.cue else "named") + (f" as {mention!r}" if named else "")
    if quote.attribution == "continuation":
        if named:
            return f"resolved from {mention!r} (continues the previous quote)"
        return "carried over from the previous quote"
    return f"resolved from {mention!r}" if named else "resolved by coreference"


def how_found(quote: Quote) -> list[str]:
    """The attribution note, then the cue, the addressee and the medium, where there are any."""
    how = [attribution_note(quote)]
    if quote.cue:
        how.append(f"cue {quote.cue.text!r}")
    if quote.addressee:
        how.append(f"to {quote.addressee.text!r}")
    if quote.medium:
        how.append(f"medium {quote.medium.text!r}")
    return how


PART_MARKER = " … "  # between the pieces of a split quote; never inside a quotation's words


def shown_text(quote: Quote) -> str:
    """The quotation's words exactly as in the article: each part verbatim, the interrupting
    attribution (``"A," he said, "B."``) shown as `` … `` rather than joined over."""
    if not quote.parts:
        return quote.text
    return PART_MARKER.join(part.text for part in quote.parts)
