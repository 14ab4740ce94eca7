"""A self-contained HTML page of who said what, for people who would rather look than read JSON.

The article text is kept verbatim (``white-space: pre-wrap``), so paragraphs survive and the
text content of every highlight is exactly ``source[start:end]``.  Quotes, their content parts,
quoted fragments, cues and speaker mentions may overlap in any way: the markup is built from a
sorted list of boundary events over the original text, closing and re-opening elements where
spans cross so the HTML stays well-formed.  The look borrows displaCy's span style (coloured
marks with small label chips); labels are drawn by CSS from ``data-*`` attributes so they never
enter the text.  No scripts, no fonts, no network.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TextIO

from quotes.io.wording import attribution_note, how_found, shown_text
from quotes.records import Quote

KIND_COLOURS = {"direct": "#fde68a", "indirect": "#bfdbfe", "mixed": "#ddd6fe"}
# Nesting order for spans with the same offsets: outermost first.
RANK = {"quote": 0, "part": 1, "frag": 2, "who": 3, "cue": 4}

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f6f6f4;color:#1f2328;font:15px/1.5 -apple-system,BlinkMacSystemFont,
 "Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif}
header.page{padding:1.2rem 2rem .8rem;background:#fff;border-bottom:1px solid #ddd}
header.page h1{margin:0 0 .4rem;font-size:1.35rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem;color:#444}
.legend span{white-space:nowrap}
.sw{display:inline-block;padding:0 .45em;border-radius:.3em}
section.doc{display:grid;grid-template-columns:minmax(0,1fr) 27rem;gap:1.5rem;padding:1.5rem 2rem;
 align-items:start;border-bottom:1px solid #ddd}
section.doc>h2{grid-column:1/-1;margin:0;font-size:1.1rem;color:#555}
.article{background:#fff;border:1px solid #e2e2e2;border-radius:.5rem;padding:1.5rem 1.8rem;
 white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.9 Georgia,"DejaVu Serif",serif;margin:0}
mark.q{color:inherit;border-radius:.3em;padding:.12em 0;scroll-margin-top:30vh}
mark.q-direct{background:#fde68a}mark.q-indirect{background:#bfdbfe}mark.q-mixed{background:#ddd6fe}
mark.q.split{background:#f3f3f0}
.part.k-direct{background:#fde68a}.part.k-indirect{background:#bfdbfe}.part.k-mixed{background:#ddd6fe}
.frag{background:#a78bfa55;font-style:italic;border-bottom:2px solid #7c3aed}
mark.q[data-label]::before{content:attr(data-label);font:bold 10px/1 sans-serif;color:#fff;
 background:#57534e;border-radius:3px;padding:2px 4px;margin-right:3px;vertical-align:2px;
 display:inline-block;font-style:normal}
mark.q-indirect[data-label]::before{background:#1d4ed8}mark.q-mixed[data-label]::before{background:#6d28d9}
mark.q-direct[data-label]::before{background:#a16207}
mark.q:target,mark.q.cont.hl{outline:3px solid #f97316;outline-offset:1px}
.cue{font-weight:bold;color:#b91c1c;border-bottom:2px dotted #b91c1c}
.who{border:2px solid #15803d;border-radius:.3em;padding:0 .15em}.who[data-resolved]{white-space:nowrap}
.who[data-resolved]::after{content:"\\2192\\00a0" attr(data-resolved);font:bold 11px/1 sans-serif;
 color:#fff;background:#15803d;border-radius:3px;padding:2px 4px;margin-left:4px;vertical-align:2px;
 display:inline-block;white-space:nowrap}
aside{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;background:#fff;
 border:1px solid #e2e2e2;border-radius:.5rem}
aside h3{margin:0;padding:.7rem 1rem;font-size:1rem;border-bottom:1px solid #eee;position:sticky;
 top:0;background:#fff}
aside ol{list-style:none;margin:0;padding:0}
aside li{border-bottom:1px solid #eee;border-left:5px solid #ccc}
aside li.k-direct{border-left-color:#eab308}aside li.k-indirect{border-left-color:#3b82f6}
aside li.k-mixed{border-left-color:#8b5cf6}
aside a{display:block;padding:.55rem .8rem;color:inherit;text-decoration:none}
aside a:hover{background:#f5f5f0}
.top{display:flex;gap:.5rem;align-items:baseline;font-size:.8rem;color:#555}
.top .n{font-weight:bold;color:#1f2328}.kind{padding:0 .4em;border-radius:.3em;color:#1f2328}
.conf{margin-left:auto;font-variant-numeric:tabular-nums}
.bar{display:inline-block;width:3rem;height:.4rem;background:#e5e5e5;border-radius:.2rem;
 vertical-align:middle;overflow:hidden}.bar i{display:block;height:100%;background:#16a34a}
.name{display:block;font-weight:bold;margin-top:.15rem}.name.unk{color:#888;font-style:italic}
.facts{display:block;font-size:.8rem;color:#444}.facts b{font-weight:600;color:#777}
.how{display:block;font-size:.78rem;color:#166534}.how.unres{color:#b45309}
.said{display:block;margin-top:.3rem;padding-left:.6rem;border-left:3px solid #e5e5e5;
 font:14px/1.45 Georgia,"DejaVu Serif",serif;color:#333}
.none{padding:1rem;color:#777}
@media (max-width:60rem){section.doc{grid-template-columns:1fr}aside{position:static;max-height:none}}
"""

# Optional nicety: outline every piece of a quote that crossing spans split, when it is the target.
JS = """function outline() {
  document.querySelectorAll(".hl").forEach((e) => e.classList.remove("hl"));
  const id = CSS.escape(location.hash.slice(1));
  if (id) document.querySelectorAll(`mark.cont[data-q~="${id}"]`).forEach((e) => e.classList.add("hl"));
}
addEventListener("hashchange", outline); outline();"""


def esc(value: object) -> str:
    """Escape for text and attribute values alike."""
    return html.escape(str(value), quote=True)


def esc_text(text: str) -> str:
    """Escape article text; CR is kept as a reference (HTML parsing would turn it into LF)."""
    return esc(text).replace("\r", "&#13;").replace("\x00", "\ufffd")


@dataclass
class Mark:
    """One element to place over ``text[start:end]``; the first piece gets the id."""

    start: int
    end: int
    layer: str
    tag: str
    classes: list[str]
    attrs: dict[str, str] = field(default_factory=dict)
    first_attrs: dict[str, str] = field(default_factory=dict)
    opened: bool = False

    def open_tag(self) -> str:
        classes = list(self.classes)
        attrs = dict(self.attrs)
        if self.opened:
            classes.append("cont")
        else:
            attrs = {**self.first_attrs, **attrs}
        self.opened = True
        parts = [f'class="{esc(" ".join(classes))}"']
        parts += [f'{key}="{esc(value)}"' for key, value in attrs.items() if value]
        return f"<{self.tag} {' '.join(parts)}>"

    def close_tag(self) -> str:
        return f"</{self.tag}>"


def _check(text: str, quote: Quote, number: int) -> None:
    for span in quote.spans():
        if not (0 <= span.start <= span.end <= len(text)) or text[span.start:span.end] != span.text:
            raise ValueError(f"quote {number}: span [{span.start}:{span.end}] {span.text!r} "
                             "does not match the text")


def speaker_label(quote: Quote) -> str:
    return quote.speaker.name or quote.speaker.role or "(unknown speaker)"


def build_marks(text: str, quotes: list[Quote], prefix: str = "") -> list[Mark]:
    """Every element to draw, shared cues and mentions merged; ``quotes`` in document order."""
    marks: list[Mark] = []
    shared: dict[tuple[str, int, int], Mark] = {}
    for number, quote in enumerate(quotes, start=1):
        _check(text, quote, number)
        qid = f"{prefix}q{number}"
        kind = quote.kind
        parts = [p for p in quote.parts if (p.start, p.end) != (quote.start, quote.end)]
        classes = ["q", f"q-{kind}"] + (["split"] if parts else [])
        title = f"{number} · {kind} · {speaker_label(quote)} · confidence {quote.confidence:.2f}"
        marks.append(Mark(quote.start, quote.end, "quote", "mark", classes,
                          {"data-q": qid, "title": title},
                          {"id": qid, "data-label": f"{number} {kind}"}))
        for part in parts:
            marks.append(Mark(part.start, part.end, "part", "span", ["part", f"k-{kind}"],
                              {"data-q": qid}))
        for frag in quote.quoted:
            marks.append(Mark(frag.start, frag.end, "frag", "span", ["frag"],
                              {"data-q": qid, "title": f"quoted words of {number}"}))
        for layer, span in (("cue", quote.cue), ("who", quote.speaker.mention)):
            if span is None:
                continue
            key = (layer, span.start, span.end)
            mark = shared.get(key)
            if mark is None:
                mark = shared[key] = Mark(span.start, span.end, layer, "span", [layer],
                                          {"data-q": "", "title": ""})
                marks.append(mark)
            mark.attrs["data-q"] = f"{mark.attrs['data-q']} {qid}".strip()
            if layer == "cue":
                line = f"cue of {number}"
            else:
                line = f"speaker of {number}: {speaker_label(quote)} ({attribution_note(quote)})"
                name = quote.speaker.name
                if name and name != span.text and quote.attribution != "explicit":
                    names = [n for n in mark.attrs.get("data-resolved", "").split(" / ") if n]
                    if name not in names:
                        mark.attrs["data-resolved"] = " / ".join([*names, name])
            mark.attrs["title"] = "\n".join(filter(None, [mark.attrs["title"], line]))
    return [m for m in marks if m.end > m.start]


def markup(text: str, marks: list[Mark]) -> str:
    """Escaped text with the marks as well-formed nested elements.

    Walk the boundary events in order; at each boundary close the open elements that ended, and
    any opened inside them (they are re-opened as continuation pieces), then open the elements
    that are active but not open, longest first.
    """
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    bounds = sorted({0, len(text), *starts, *ends})
    active: dict[int, Mark] = {}
    stack: list[Mark] = []
    out: list[str] = []
    for here, after in zip(bounds, bounds[1:] + [None]):
        for mark in ends.get(here, []):
            active.pop(id(mark), None)
        for mark in starts.get(here, []):
            active[id(mark)] = mark
        keep = 0
        while keep < len(stack) and id(stack[keep]) in active:
            keep += 1
        for mark in reversed(stack[keep:]):
            out.append(mark.close_tag())
        del stack[keep:]
        if after is None:
            break
        on_stack = {id(m) for m in stack}
        waiting = [m for key, m in active.items() if key not in on_stack]
        waiting.sort(key=lambda m: (-m.end, RANK[m.layer], m.start))
        for mark in waiting:
            out.append(mark.open_tag())
            stack.append(mark)
        out.append(esc_text(text[here:after]))
    return "".join(out)


def list_entry(quote: Quote, number: int, prefix: str = "") -> str:
    """One 'who said what' entry linking to the quote."""
    sp = quote.speaker
    facts = [f"<b>{label}</b> {esc(value)}" for label, value in
             (("title", sp.title), ("role", sp.role), ("org", sp.organization)) if value]
    how = how_found(quote)
    said = " ".join(shown_text(quote).split())
    if len(said) > 400:
        said = said[:400].rsplit(" ", 1)[0] + " …"
    percent = round(quote.confidence * 100)
    name_class = "name" if sp.name else "name unk"
    return (
        f'<li class="k-{quote.kind}"><a href="#{prefix}q{number}" id="{prefix}l{number}">'
        f'<span class="top"><span class="n">{number}</span>'
        f'<span class="kind" style="background:{KIND_COLOURS[quote.kind]}">{quote.kind}</span>'
        f"<span>¶{quote.paragraph}</span>"
        f'<span class="conf">confidence {quote.confidence:.2f} '
        f'<span class="bar"><i style="width:{percent}%"></i></span></span></span>'
        f'<span class="{name_class}">{esc(speaker_label(quote))}</span>'
        + (f'<span class="facts">{" · ".join(facts)}</span>' if facts else "")
        + f'<span class="how{" unres" if quote.attribution == "unresolved" else ""}">'
        f'{esc(" · ".join(how))}</span>'
        f'<span class="said">{esc(said)}</span></a></li>'
    )


def render_section(text: str, quotes: list[Quote], prefix: str = "",
                   heading: str | None = None) -> str:
    """The article with its highlights beside the 'who said what' list (no page around it)."""
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    body = markup(text, build_marks(text, ordered, prefix))
    entries = "".join(list_entry(q, n, prefix) for n, q in enumerate(ordered, start=1))
    listing = f"<ol>{entries}</ol>" if ordered else '<p class="none">No quotations found.</p>'
    head = f"<h2>{esc(heading)}</h2>" if heading else ""
    return (f'<section class="doc">{head}<div class="article">{body}</div>'
            f"<aside><h3>Who said what ({len(ordered)})</h3>{listing}</aside></section>\n")


def page_head(title: str) -> str:
    swatches = "".join(f'<span><span class="sw" style="background:{colour}">{kind}</span></span>'
                       for kind, colour in KIND_COLOURS.items())
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header class="page"><h1>{esc(title)}</h1><div class="legend">{swatches}'
        '<span><span class="sw frag">quoted words</span></span>'
        '<span><span class="cue">cue</span></span>'
        '<span><span class="who">speaker mention</span></span>'
        '<span>→ resolved speaker</span></div></header>\n<main>\n'
    )


PAGE_TAIL = f"</main>\n<script>{JS}</script>\n</body>\n</html>\n"


def render_html(text: str, quotes: list[Quote], title: str | None = None) -> str:
    """A whole self-contained page for one article; quote n has the anchor ``#qn``."""
    return page_head(title or "Who said what") + render_section(text, quotes) + PAGE_TAIL


def write_html(documents: Iterable[tuple[str | None, str, list[Quote]]], out: TextIO,
               title: str | None = None) -> int:
    """Stream one page holding several articles; each item is ``(doc_id, text, quotes)``.

    Document n's quote m has the anchor ``#dn-qm``.  Returns how many quotes were written.
    """
    out.write(page_head(title or "Who said what"))
    count = 0
    for number, (doc_id, text, quotes) in enumerate(documents, start=1):
        out.write(render_section(text, quotes, prefix=f"d{number}-",
                                 heading=doc_id or f"document {number}"))
        out.flush()
        count += len(quotes)
    out.write(PAGE_TAIL)
    return count
