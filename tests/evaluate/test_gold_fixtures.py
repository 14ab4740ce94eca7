"""Consistency checks for the hand-annotated gold quotations in fixtures/gold/.

The gold files are JSON lines, one quotation per line (see fixtures/gold/GUIDELINES.md).
These tests only read the copies under fixtures/; they never touch the shared corpus.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GOLD = FIXTURES / "gold"
WIKINEWS = FIXTURES / "wikinews"

DEV_DOCS = [
    "afghan", "clock", "defector", "expo", "hackers", "ie9",
    "iodine", "lanterns", "questionnaire", "soccer", "taxes", "warming",
]
# Dev documents that contain no quotation at all (annotated as such, 0 gold lines).
NO_QUOTES = {"expo"}

# The offsets depend on the exact bytes of the texts: pin them.
SHA256 = {
    "afghan": "9306bdddc750de086ce6335028adfdf3a143cb58f727ee927229e24a4cb48f48",
    "clock": "07817340126f14af484b55f5ce57f506325697057392ec5e903253c586b19e5b",
    "defector": "65a3c8d573c37dd5650ca1438839297f14c285b812287fce7618ab9a88ba5a26",
    "expo": "cd733e1b952d72bb8ffb85f2fc6d6bcfecbf3887f25fe52cba80f8dabf9887a4",
    "hackers": "1f0c47d392828d6835a3bd9c9006f8b626a46e5b48cf921744c4120a539b8723",
    "ie9": "d58027cf014a1d3d67a95fe7cfd0d2cfa40bb0b85a03b1f9819513841bb71835",
    "iodine": "6f50dc47e7fa43945dcc1b35e9d2aab275c53a3048d6f2e8e1f507f8587bfebb",
    "lanterns": "3db925e349669ac1d59007abf93fe38f6e91901a844d6a4d0d5bbf89b5f72b6b",
    "questionnaire": "56f9dcbb879a9ce8a11a6ec19234faa7393276f65db088b82bb95bef5fa3fd77",
    "soccer": "55c1f736977fea88ab1589a6fd3a885fdbe889fc5aef73b41ea33411756a815c",
    "taxes": "686180b5409a3e0774eec8e4f55d215afd9b3271b52d07d8225a4b81efcecbf8",
    "warming": "022efc0f111905131fa07e33ab0b527edb1ab20f68f2a78110daee347f89106a",
    "syria-troops": "3708e75d4dc1668615c11e12a483f751a106ca954ddc962b2105d567b9b2fa12",
}

GOLD_FILES = {
    "wikinews-dev.jsonl": DEV_DOCS,
    "syria-troops.jsonl": ["syria-troops"],
}

KINDS = {"direct", "indirect", "mixed"}
SPEAKER_TYPES = {"person", "organization", "group", "unknown"}
REQUIRED_KEYS = [
    "doc", "kind", "start", "end", "text", "parts", "speaker", "speaker_type",
    "title", "role", "organization", "mention", "cue", "required",
]
OPTIONAL_KEYS = {"note"}
QUOTE_MARKS = "\"'“”‘’"


def text_path(doc: str) -> Path:
    return FIXTURES / "syria-troops.txt" if doc == "syria-troops" else WIKINEWS / f"{doc}.txt"


def source(doc: str) -> str:
    with open(text_path(doc), encoding="utf-8", newline="") as f:
        return f.read()


def paragraphs(src: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line; each paragraph of these texts is one line."""
    out, pos = [], 0
    for line in src.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def paragraph_index(paras: list[tuple[int, int]], offset: int) -> int:
    for i, (a, b) in enumerate(paras):
        if a <= offset <= b:
            return i
    raise AssertionError(f"offset {offset} is not inside a paragraph")


def load_gold(name: str) -> list[dict]:
    path = GOLD / name
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n"), f"{name} must end with a newline"
    records = []
    for n, line in enumerate(raw.split("\n")[:-1], 1):
        assert line.strip() == line and line, f"{name}:{n}: blank line or stray whitespace"
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
            pytest.fail(f"{name}:{n}: invalid JSON: {exc}")
    return records


ALL = [(name, i, rec) for name in GOLD_FILES for i, rec in enumerate(load_gold(name))]


def rid(param) -> str:
    _name, i, rec = param
    return f"{rec.get('doc')}-{i}"


# ---------------------------------------------------------------- fixture texts


@pytest.mark.parametrize("doc", sorted(SHA256))
def test_fixture_text_is_pinned(doc):
    data = text_path(doc).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256[doc], f"{doc}.txt changed: gold offsets are stale"


def test_dev_fixture_set_is_exactly_the_dev_docs():
    assert sorted(p.stem for p in WIKINEWS.glob("*.txt")) == sorted(DEV_DOCS)


def test_wikinews_readme_credits_and_lists_every_file():
    readme = (WIKINEWS / "README.md").read_text(encoding="utf-8")
    assert "CC BY 2.5" in readme and "Wikinews" in readme and "GUM" in readme
    for doc in DEV_DOCS:
        assert re.search(rf"^\| {re.escape(doc)}\.txt \|.*\| \d{{4}}-\d\d-\d\d \| https://en\.wikinews\.org/wiki/",
                         readme, re.MULTILINE), f"{doc}.txt missing from README table"
    assert "test/" not in readme.split("| file |")[1], "README table must list dev files only"


def test_guidelines_exist():
    text = (GOLD / "GUIDELINES.md").read_text(encoding="utf-8")
    for word in ("direct", "indirect", "mixed", "required", "continuation"):
        assert word in text


# ---------------------------------------------------------------- file-level checks


@pytest.mark.parametrize("name", sorted(GOLD_FILES))
def test_docs_known_contiguous_and_sorted(name):
    records = load_gold(name)
    docs = GOLD_FILES[name]
    seen = [r["doc"] for r in records]
    assert set(seen) <= set(docs), f"unknown docs: {set(seen) - set(docs)}"
    # each document's records form one block, blocks in the declared document order
    blocks = [d for i, d in enumerate(seen) if i == 0 or seen[i - 1] != d]
    assert len(blocks) == len(set(blocks)), "a document's records are not contiguous"
    assert blocks == [d for d in docs if d in blocks], "documents out of order"
    for doc in set(seen):
        spans = [(r["start"], r["end"]) for r in records if r["doc"] == doc]
        assert spans == sorted(spans), f"{doc}: records not in document order"


@pytest.mark.parametrize("name", sorted(GOLD_FILES))
def test_no_overlapping_records(name):
    records = load_gold(name)
    for doc in {r["doc"] for r in records}:
        spans = sorted((r["start"], r["end"]) for r in records if r["doc"] == doc)
        for (a1, e1), (a2, e2) in itertools.pairwise(spans):
            assert e1 <= a2, f"{doc}: [{a1}:{e1}] overlaps [{a2}:{e2}]"


def test_every_dev_doc_has_gold_or_is_declared_empty():
    counts = {doc: 0 for doc in DEV_DOCS}
    for rec in load_gold("wikinews-dev.jsonl"):
        counts[rec["doc"]] += 1
    for doc, n in counts.items():
        if doc in NO_QUOTES:
            assert n == 0, f"{doc} is declared quotation-free but has {n} gold lines"
        else:
            assert n > 0, f"{doc} has no gold lines and is not declared quotation-free"


def test_sample_has_gold():
    records = load_gold("syria-troops.jsonl")
    assert records and all(r["doc"] == "syria-troops" for r in records)
    assert any(r["required"] for r in records)


def test_all_kinds_present():
    kinds = {rec["kind"] for _, _, rec in ALL}
    assert kinds == KINDS


# ---------------------------------------------------------------- record-level checks


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_record_schema(param):
    _, _, rec = param
    keys = set(rec)
    assert set(REQUIRED_KEYS) <= keys, f"missing keys: {set(REQUIRED_KEYS) - keys}"
    assert keys <= set(REQUIRED_KEYS) | OPTIONAL_KEYS, f"unexpected keys: {keys - set(REQUIRED_KEYS) - OPTIONAL_KEYS}"
    assert rec["kind"] in KINDS
    assert rec["speaker_type"] in SPEAKER_TYPES
    assert isinstance(rec["start"], int) and isinstance(rec["end"], int)
    assert isinstance(rec["text"], str)
    assert isinstance(rec["required"], bool)
    for key in ("speaker", "title", "role", "organization", "cue"):
        value = rec[key]
        assert value is None or (isinstance(value, str) and value and value == value.strip()), key
    if "note" in rec:
        assert isinstance(rec["note"], str) and rec["note"].strip()
    # a null speaker is exactly the unknown type
    assert (rec["speaker"] is None) == (rec["speaker_type"] == "unknown")
    # person attributes only make sense for people; organisations may carry a descriptor role
    if rec["speaker_type"] != "person":
        assert rec["title"] is None


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_text_matches_source(param):
    _, _, rec = param
    src = source(rec["doc"])
    assert 0 <= rec["start"] < rec["end"] <= len(src)
    assert src[rec["start"]:rec["end"]] == rec["text"]
    assert rec["text"] == rec["text"].strip(), "content has leading/trailing whitespace"


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_parts_inside_and_ordered(param):
    _, _, rec = param
    src = source(rec["doc"])
    parts = rec["parts"]
    assert isinstance(parts, list) and parts
    for part in parts:
        assert isinstance(part, list) and len(part) == 2 and all(isinstance(x, int) for x in part)
        s, e = part
        assert rec["start"] <= s < e <= rec["end"], f"part {part} outside [{rec['start']}:{rec['end']}]"
        piece = src[s:e]
        assert piece == piece.strip(), f"part {part} has whitespace at an edge"
        assert not piece.endswith(","), f"part {part} ends with a comma"
    assert parts[0][0] == rec["start"] and parts[-1][1] == rec["end"]
    for (s1, e1), (s2, e2) in itertools.pairwise(parts):
        assert e1 < s2, "parts overlap or are out of order"


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_mention_matches_source(param):
    _, _, rec = param
    mention = rec["mention"]
    if mention is None:
        return
    src = source(rec["doc"])
    assert set(mention) == {"start", "end", "text"}
    assert 0 <= mention["start"] < mention["end"] <= len(src)
    assert src[mention["start"]:mention["end"]] == mention["text"]
    for s, e in rec["parts"]:
        assert mention["end"] <= s or mention["start"] >= e, "mention lies inside the quoted content"
    # the speaker words are near the quote: same paragraph(s) or the one just before
    paras = paragraphs(src)
    first = paragraph_index(paras, rec["start"])
    last = paragraph_index(paras, rec["end"])
    lo, hi = paras[max(0, first - 1)][0], paras[last][1]
    assert lo <= mention["start"] and mention["end"] <= hi, "mention is far from the quote"


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_cue_occurs_near_quote(param):
    _, _, rec = param
    if rec["cue"] is None:
        return
    src = source(rec["doc"])
    paras = paragraphs(src)
    first = paragraph_index(paras, rec["start"])
    last = paragraph_index(paras, rec["end"])
    window = src[paras[max(0, first - 1)][0]:paras[last][1]]
    assert re.search(rf"(?<!\w){re.escape(rec['cue'])}(?!\w)", window), f"cue {rec['cue']!r} not near the quote"


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_direct_span_conventions(param):
    _, _, rec = param
    if rec["kind"] != "direct":
        return
    src = source(rec["doc"])
    parts = rec["parts"]
    for i, (s, e) in enumerate(parts):
        opens = s > 0 and src[s - 1] == '"'
        starts_paragraph = i > 0 and src[s - 1] == "\n"  # multi-paragraph quote, mark missing
        assert opens or starts_paragraph, f"direct part {i} does not follow an opening mark"
        closes = src[e:e + 1] == '"' or src[e:e + 2] == ',"'
        ends_paragraph = i < len(parts) - 1 and src[e:e + 1] == "\n"
        assert closes or ends_paragraph, f"direct part {i} does not end at a closing mark"
    for (s1, e1), (s2, e2) in itertools.pairwise(parts):
        between = src[e1:s2]
        # split by attribution inside one paragraph, or continued over a paragraph break
        assert '"' in between or "\n" in between


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_reported_span_conventions(param):
    _, _, rec = param
    if rec["kind"] == "direct":
        return
    text = rec["text"]
    assert not text.lower().startswith("that "), "complementizer 'that' must be excluded"
    assert not text.endswith((".", ",", ";", ":")) or text[-2:] in ('."', '?"', '!"'), \
        "sentence-final punctuation must be excluded"
    assert len(rec["parts"]) == 1
    if rec["kind"] == "mixed":
        assert any(c in text for c in QUOTE_MARKS), "a mixed quotation must contain a quoted fragment"


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_attribution_fields(param):
    _, _, rec = param
    continuation = rec["mention"] is None and rec["cue"] is None
    if rec["mention"] is None:
        assert continuation and rec.get("note", "").startswith("continuation"), \
            "only continuations may lack a mention"
    if continuation:
        assert rec["kind"] == "direct"
        assert rec["speaker"] is not None


@pytest.mark.parametrize("name", sorted(GOLD_FILES))
def test_continuations_carry_the_previous_speaker(name):
    records = load_gold(name)
    for prev, rec in itertools.pairwise(records):
        if rec["mention"] is None:
            assert prev["doc"] == rec["doc"]
            for key in ("speaker", "speaker_type", "title", "role", "organization", "required"):
                assert rec[key] == prev[key], f"continuation at {rec['start']} differs in {key}"
    assert records[0]["mention"] is not None


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_pronoun_mentions_are_resolved(param):
    _, _, rec = param
    mention = rec["mention"]
    if mention and mention["text"].lower() in {"he", "she", "they", "who", "it"}:
        assert rec["speaker"] is not None
        assert rec["speaker"].lower() != mention["text"].lower()


@pytest.mark.parametrize("param", ALL, ids=rid)
def test_headline_quotes_are_optional(param):
    _, _, rec = param
    src = source(rec["doc"])
    if rec["start"] < paragraphs(src)[0][1]:
        assert rec["required"] is False
