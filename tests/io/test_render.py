"""The HTML page: escaping, anchors, well-formed nesting, exact offsets, CLI, and a real browser."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import types
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.cli import add_render_command
from quotes.io.render import render_html, write_html
from quotes.records import Cue, Quote, Span, Speaker

ARTICLE = (
    "Pentagon & allies <script>alert(1)</script> review plan\n"
    "\n"
    "However, Acting Pentagon chief Christopher Miller said in a memo on Saturday that US troops "
    "should now \"come home\".\n"
    "\n"
    "\"We are not a people of perpetual war. All wars must end,\" he wrote in a memo to staff.\n"
    "\n"
    "\"We met the challenge,\" Miller said, \"now it's time to come home.\"\n"
    "\n"
    "A spokesperson for Smith <b>& Sons said the firm had no comment.\n"
)


def span(text: str, needle: str, after: int = 0, cls: type = Span, **extra: object):
    start = text.index(needle, after)
    return cls(text=needle, start=start, end=start + len(needle), **extra)


def quote_over(text: str, content: str, kind: str = "direct", after: int = 0, **fields) -> Quote:
    whole = span(text, content, after)
    fields.setdefault("speaker", Speaker())
    fields.setdefault("attribution", "unresolved")
    return Quote(text=whole.text, start=whole.start, end=whole.end, kind=kind,
                 paragraph=text[: whole.start].count("\n\n"),
                 confidence=fields.pop("confidence", 0.8), **fields)


def sample_quotes() -> list[Quote]:
    text = ARTICLE
    miller_at = text.index("Christopher Miller")
    miller = Speaker(name="Christopher Miller", title="Acting Pentagon chief",
                     organization="Pentagon", type="person")
    mixed = quote_over(
        text, "US troops should now \"come home\"", kind="mixed",
        quoted=[span(text, "come home", miller_at)],
        speaker=miller.model_copy(update={"mention": span(text, "Christopher Miller")}),
        attribution="explicit", cue=span(text, "said", miller_at, Cue, lemma="say"),
        medium=span(text, "a memo"), confidence=0.91)
    wars_at = text.index("We are not")
    direct = quote_over(
        text, "We are not a people of perpetual war. All wars must end,",
        speaker=miller.model_copy(update={"mention": span(text, "he", text.index('" he', wars_at))}),
        attribution="coreference", cue=span(text, "wrote", wars_at, Cue, lemma="write"))
    split_at = text.index("We met")
    whole = "We met the challenge,\" Miller said, \"now it's time to come home."
    split = quote_over(
        text, whole, after=split_at,
        parts=[span(text, "We met the challenge,", split_at),
               span(text, "now it's time to come home.", split_at)],
        speaker=Speaker(name="Christopher Miller", type="person",
                        mention=span(text, "Miller", split_at)),
        attribution="explicit", cue=span(text, "said", split_at, Cue, lemma="say"))
    # The whole sentence as an indirect quote, so its cue and mention lie inside it.
    firm_at = text.index("A spokesperson")
    indirect = quote_over(
        text, "A spokesperson for Smith <b>& Sons said the firm had no comment.", kind="indirect",
        speaker=Speaker(name="Smith <b>& Sons", role="spokesperson", type="organization",
                        mention=span(text, "A spokesperson for Smith <b>& Sons")),
        attribution="explicit", cue=span(text, "said", firm_at, Cue, lemma="say"),
        confidence=0.55)
    return [indirect, split, mixed, direct]  # out of order on purpose


def shifted(quote: Quote, by: int, paragraphs: int = 0) -> Quote:
    """The same quote moved ``by`` characters and ``paragraphs`` paragraphs on."""
    def move(value):
        if isinstance(value, dict):
            return {k: (v + by if k in ("start", "end") else move(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        return value
    data = move(quote.model_dump())
    data["paragraph"] += paragraphs
    return Quote.model_validate(data)


VOID = {"meta", "br", "img", "hr", "input", "link", "wbr"}


class Page(HTMLParser):
    """Checks that tags balance and collects the text under each element by id and by data-q."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.texts: dict[tuple[str, str], str] = {}  # (class word, data-q or id) -> text
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.article = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        in_article = False
        for tag, attributes in self.stack:
            classes = attributes.get("class", "").split()
            in_article |= "article" in classes
            for word in ("q", "part", "frag", "cue", "who"):
                if word in classes:
                    for key in attributes.get("data-q", "").split():
                        self.texts[(word, key)] = self.texts.get((word, key), "") + data
        if in_article:
            self.article += data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert [tag for tag, _ in parser.stack] == []
    return parser


def test_text_and_names_are_escaped():
    page = render_html(ARTICLE, sample_quotes(), title="<script>x</script> & co")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Pentagon &amp; allies" in page
    assert "Smith <b>& Sons" not in page
    assert "Smith &lt;b&gt;&amp; Sons" in page
    assert "<title>&lt;script&gt;x&lt;/script&gt; &amp; co</title>" in page
    assert page.count("<script>") == 1  # only the page's own few lines
    assert parse(page).article == ARTICLE


def test_every_quote_has_an_anchor_and_a_list_entry():
    quotes = sample_quotes()
    parsed = parse(render_html(ARTICLE, quotes))
    ordered = sorted(quotes, key=lambda q: q.start)
    for number, quote in enumerate(ordered, start=1):
        assert parsed.ids.count(f"q{number}") == 1
        assert f"#q{number}" in parsed.hrefs
    assert len([h for h in parsed.hrefs if h.startswith("#q")]) == len(quotes)


def test_highlights_hold_exactly_the_quoted_text():
    quotes = sorted(sample_quotes(), key=lambda q: q.start)
    parsed = parse(render_html(ARTICLE, quotes))
    for number, quote in enumerate(quotes, start=1):
        key = f"q{number}"
        assert parsed.texts[("q", key)] == quote.text
        assert parsed.texts[("cue", key)] == quote.cue.text
        assert parsed.texts[("who", key)] == quote.speaker.mention.text
        assert parsed.texts.get(("frag", key), "") == "".join(s.text for s in quote.quoted)
        if len(quote.parts) > 1:
            assert parsed.texts[("part", key)] == "".join(p.text for p in quote.parts)


def test_speaker_details_and_resolved_pronoun_are_shown():
    page = render_html(ARTICLE, sample_quotes())
    assert "resolved from &#x27;he&#x27;" in page
    assert 'data-resolved="Christopher Miller"' in page
    for shown in ("Acting Pentagon chief", "spokesperson", "mixed", "indirect", "direct",
                  "confidence 0.91", "confidence 0.55"):
        assert shown in page


def test_page_is_self_contained():
    page = render_html(ARTICLE, sample_quotes())
    for remote in ("http://", "https://", "src=", "<link", "@import", "url("):
        assert remote not in page


CROSSING = "alpha beta gamma delta epsilon"


def crossing_quotes(text: str = CROSSING) -> list[Quote]:
    """Two quotes that cross, a mention inside the first, a cue running out of the second."""
    one = Quote(text="alpha beta gamma", start=0, end=16, kind="direct", speaker=Speaker(),
                attribution="unresolved", paragraph=0, confidence=0.5)
    two = Quote(text="gamma delta", start=11, end=22, kind="indirect",
                speaker=Speaker(name="X", mention=Span(text="beta", start=6, end=10)),
                attribution="explicit", cue=Cue(text="delta epsilon", start=17, end=30,
                                                lemma="delta"),
                paragraph=0, confidence=0.5)
    return [two, one]


def test_crossing_spans_are_split_cleanly():
    text = CROSSING
    parsed = parse(render_html(text, crossing_quotes()))
    assert parsed.article == text
    assert parsed.texts[("q", "q1")] == "alpha beta gamma"
    assert parsed.texts[("q", "q2")] == "gamma delta"
    assert parsed.texts[("cue", "q2")] == "delta epsilon"


def test_carriage_returns_survive():
    text = "He said:\r\n\r\n\"Yes.\"\r\n"
    quote = quote_over(text, "Yes.", speaker=Speaker(name="Tom"), attribution="explicit")
    page = render_html(text, [quote])
    assert parse(page).article == text


def test_offsets_that_do_not_match_are_refused():
    quote = quote_over("x \"Yes.\" y", "Yes.")
    with pytest.raises(ValueError):
        render_html("x \"Nope\" y", [quote])


def test_no_quotes_still_makes_a_page():
    page = render_html("Nothing said here.", [])
    assert "No quotations found." in page
    assert parse(page).article == "Nothing said here."


def test_write_html_puts_several_articles_on_one_page():
    out = StringIO()
    count = write_html([("a1", ARTICLE, sample_quotes()), ("a2 <x>", "Quiet.", [])], out)
    parsed = parse(out.getvalue())
    assert count == 4
    assert {"d1-q1", "d1-q4"} <= set(parsed.ids)
    assert "#d1-q3" in parsed.hrefs
    assert "a2 &lt;x&gt;" in out.getvalue()


word = st.text(alphabet="ab<&\"\n ", min_size=1, max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.lists(word, min_size=5, max_size=30), st.data())
def test_any_overlap_gives_well_formed_html(words, data):
    text = "".join(words)
    n = len(text)

    def pick(min_size: int = 0) -> Span:
        start = data.draw(st.integers(0, n - min_size))
        end = data.draw(st.integers(start + min_size, n))
        return Span(text=text[start:end], start=start, end=end)

    def inside(whole: Span) -> Span:
        s, e = sorted(data.draw(st.lists(st.integers(whole.start, whole.end), min_size=2,
                                         max_size=2)))
        return Span(text=text[s:e], start=s, end=e)

    quotes = []
    for _ in range(data.draw(st.integers(1, 4))):
        whole = pick(1)
        cue = pick()
        quotes.append(Quote(
            text=whole.text, start=whole.start, end=whole.end, kind="mixed",
            quoted=[inside(whole)], parts=[inside(whole), inside(whole)],
            speaker=Speaker(name="N", mention=pick()), attribution="coreference",
            cue=Cue(text=cue.text, start=cue.start, end=cue.end, lemma="say"),
            paragraph=0, confidence=0.5))
    parsed = parse(render_html(text, quotes))
    assert parsed.article == text
    for number, quote in enumerate(sorted(quotes, key=lambda q: (q.start, q.end)), start=1):
        assert parsed.texts[("q", f"q{number}")] == quote.text


# --- command line ---------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    """`quotes render ...` alone, so these tests need no other module's sub-command."""
    parser = argparse.ArgumentParser(prog="quotes")
    add_render_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_bad_file_is_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["render", str(missing), "-o", str(tmp_path / "p.html")]) == 1
    err = capsys.readouterr().err
    assert err == f"quotes: {missing}: no such file\n"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    assert main(["render", str(bad), "-o", str(tmp_path / "p.html")]) == 1
    assert capsys.readouterr().err == f"quotes: {bad}: not utf-8 text\n"
    assert not (tmp_path / "p.html").exists()


@pytest.fixture
def fake_extractor(monkeypatch):
    """Stand in for quotes.pipeline: quotes come from the sample builder."""
    module = types.ModuleType("quotes.pipeline")

    class Extractor:
        def __init__(self, model=None):
            self.model = model

        def extract(self, text, doc_id=None):
            assert text == ARTICLE
            return [q.model_copy(update={"doc_id": doc_id}) for q in sample_quotes()]

    module.Extractor = Extractor
    monkeypatch.setitem(sys.modules, "quotes.pipeline", module)
    return Extractor


def test_cli_renders_a_page(tmp_path, capsys, fake_extractor):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    page = tmp_path / "page.html"
    assert main(["render", str(article), "-o", str(page), "--model", "whatever"]) == 0
    assert capsys.readouterr().err == ""
    parsed = parse(page.read_text(encoding="utf-8"))
    assert {"q1", "q2", "q3", "q4"} <= set(parsed.ids)
    assert main(["render", str(article), "-o", str(tmp_path / "no" / "dir.html")]) == 1
    assert capsys.readouterr().err.startswith(f"quotes: {tmp_path / 'no' / 'dir.html'}: ")


def fixture_quotes(text: str) -> list[Quote]:
    """Quotes over the Syria fixture: a two-paragraph quote, a continuation with no mention."""
    coalition = Speaker(name="Wayne Morotto", title="Colonel", role="spokesperson",
                        organization="US-led coalition", type="person")
    first = "[The coalition] continues its mission"
    at = text.index(first)
    end = text.index("stability,", at) + len("stability,")
    morotto = Quote(text=text[at:end], start=at, end=end, kind="direct", speaker=coalition.model_copy(
        update={"mention": span(text, "Colonel Wayne Morotto")}), attribution="explicit",
        cue=span(text, "told", at, Cue, lemma="tell"), addressee=span(text, "Rudaw English"),
        paragraph=text[:at].count("\n\n"), confidence=0.97)
    carried = quote_over(text, "US-led coalition forces routinely move about NE Syria in patrols "
                         "and resupply convoys. Troop levels in OIR [Operation Inherent Resolve] "
                         "are always conditions based.", speaker=coalition,
                         attribution="continuation", confidence=0.74)
    wars = text.index("We are not a people of perpetual war")
    one = span(text, "We are not a people of perpetual war - it is the antithesis of everything "
               "for which we stand for which our ancestors fought. All wars must end,", wars)
    two = span(text, "We met the challenge; we gave it our all. Now, it's time to come home.", wars)
    miller = Quote(text=text[one.start:two.end], start=one.start, end=two.end, kind="direct",
                   parts=[one, two], speaker=Speaker(
                       name="Christopher Miller", title="Acting Pentagon chief", type="person",
                       mention=span(text, "he", text.index('" he wrote', wars))),
                   attribution="coreference", cue=span(text, "wrote", wars, Cue, lemma="write"),
                   medium=span(text, "a memo", wars), paragraph=text[:wars].count("\n\n"),
                   confidence=0.88)
    home = text.index("Christopher Miller said")
    mixed = quote_over(text, 'US troops should now "come home"', kind="mixed", after=home,
                       quoted=[span(text, "come home", home)], speaker=Speaker(
                           name="Christopher Miller", title="Acting Pentagon chief",
                           mention=span(text, "Acting Pentagon chief Christopher Miller")),
                       attribution="explicit", cue=span(text, "said", home, Cue, lemma="say"),
                       confidence=0.9)
    return [morotto, carried, mixed, miller]


# --- a real browser -------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)


def test_page_in_a_real_browser(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium not installed: apt-get install chromium")
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "syria-troops.txt"
    if not fixture.exists():
        pytest.skip("fixtures/syria-troops.txt is missing")
    text = fixture.read_text(encoding="utf-8") + "\n" + ARTICLE
    base = len(text) - len(ARTICLE)
    quotes = fixture_quotes(text) + [shifted(q, base, text[:base].count("\n\n"))
                                     for q in sample_quotes()]
    for quote in quotes:
        quote.check_offsets(text)
    page = tmp_path / "page.html"
    page.write_text(render_html(text, quotes, title="Who said what: syria-troops"),
                    encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    for needle in ('id="q1"', 'id="q8"', 'href="#q8"', 'class="q q-mixed"', "Who said what (8)",
                   "&lt;script&gt;alert(1)&lt;/script&gt;", 'data-resolved="Christopher Miller"'):
        assert needle in dom.stdout
    assert "<script>alert(1)" not in dom.stdout
    shot = tmp_path / "page.png"
    run = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600",
                   "--hide-scrollbars", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # Following a link to a quote that crossing spans split outlines all of its pieces.
    cross = tmp_path / "cross.html"
    cross.write_text(render_html(CROSSING, crossing_quotes()), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", cross.as_uri() + "#q2")
    assert 'class="q q-indirect cont hl"' in dom.stdout
