"""Our wire gold's speakers as coreference gold, so the resolver learns from news too.

GUM teaches the resolver on interviews, biographies and travel writing, where few pronouns are
a quote's speaker.  A wire set (``fixtures/wire/<set>``) gives every quotation's speaker and the
mention that stands for it at the site: a name, a pronoun (``she said``) or a nominal (``the
20-year-old said``, ``the union said``).  Read as coreference gold, each named speaker is an
entity whose mentions are the records' mentions and every place the text writes its name in
full or, for a person, the family name no other speaker shares; a pronoun or nominal speaker is
then a ranking case over the entities before it, as a GUM anaphor is
(:func:`quotes.evaluate.gum.cases`).  Train on ``train-*`` sets only: the held-out sets are
measured (``quotes eval-speakers``), never learned from.
"""

from __future__ import annotations

import re
from pathlib import Path

from quotes.evaluate.gold import GoldDoc, read_quotes_gold
from quotes.evaluate.gum import GoldMention, GumDocument
from quotes.evaluate.speaker_names import unnamed
from quotes.extract.lexicon import titles
from quotes.io.inputs import InputError

GOLD_FILE = "gold.jsonl"


def is_wire_set(folder: Path) -> bool:
    """A folder of ``<doc>.txt`` with our ``gold.jsonl`` (not GUM's ``*.entities.jsonl``)."""
    return (folder / GOLD_FILE).is_file()


def _speaker_id(name: str, ids: dict[str, int]) -> int:
    return ids.setdefault(name.casefold(), len(ids))


def _written(text: str, form: str, alone: bool = False) -> list[tuple[int, int]]:
    """Where ``form`` stands in ``text`` as whole words; ``alone``: not after another capitalised
    word but a title (``Laine`` in ``Dr. Laine``, not in ``Mikko Laine``)."""
    pattern = r"(?<![\w'’-])" + re.escape(form) + r"(?![\w-])"
    found = []
    for m in re.finditer(pattern, text):
        before = text[: m.start()].split()[-1:]
        if alone and before and before[0][:1].isupper() and before[0] not in titles():
            continue
        found.append((m.start(), m.end()))
    return found


def _name_forms(name: str, kind: str, shared: set[str]) -> list[str]:
    """The name in full, without a leading ``The``; a person's last word too, unless another
    speaker's name holds it (``Pekka Laine`` and ``Mikko Laine``)."""
    full = name.removeprefix("The ")
    forms = [full]
    last = full.split()[-1]
    if kind == "person" and " " in full and last not in shared and last[:1].isupper():
        forms.append(last)
    return forms


def coreference_gold(doc: GoldDoc) -> GumDocument:
    """A wire document's named speakers as GUM-style entity mentions."""
    ids: dict[str, int] = {}
    named = {(g.speaker, g.speaker_type) for g in doc.records
             if g.speaker_type in ("person", "organization") and g.speaker
             and not unnamed(g.speaker, g.speaker_type)}
    words: dict[str, int] = {}
    for name, _ in named:
        for word in set(name.split()):
            words[word] = words.get(word, 0) + 1
    shared = {w for w, n in words.items() if n > 1}
    mentions: dict[tuple[int, int], GoldMention] = {}
    for name, kind in sorted(named):
        entity = _speaker_id(name, ids)
        for n, form in enumerate(_name_forms(name, kind, shared)):
            for start, end in _written(doc.text, form, alone=n > 0):
                mentions.setdefault((start, end), GoldMention(start, end, doc.text[start:end],
                                                              entity, kind))
    for g in doc.records:
        if g.mention is None or not g.speaker or not g.speaker_type \
                or (g.speaker, g.speaker_type) not in named:
            continue
        span = (g.mention.start, g.mention.end)
        mentions[span] = GoldMention(*span, g.mention.text, _speaker_id(g.speaker, ids),
                                     g.speaker_type)
    ordered = sorted(mentions.values(), key=lambda m: (m.start, -m.end))
    return GumDocument(doc.doc_id, "wire", doc.text, ordered)


def read_wire_coreference(folders: list[Path]) -> tuple[list[GumDocument], list[InputError]]:
    """Every document of the wire sets in ``folders``, as coreference gold (doc ids prefixed by
    the set, so two sets' documents stay apart in cross-validation folds)."""
    docs: list[GumDocument] = []
    errors: list[InputError] = []
    for folder in folders:
        found, problems = read_quotes_gold(folder / GOLD_FILE, folder)
        errors += problems
        for doc in found:
            gold = coreference_gold(doc)
            gold.doc_id = f"{folder.name}/{doc.doc_id}"
            docs.append(gold)
    return docs, errors
