"""Write the given-name gender list (``quotes/extract/data/given_names_en.tsv``).

    make given-names        # downloads the ``names`` and ``Faker`` sdists from PyPI (build time only)

Sources, in this order:
1. the 1990 US Census first-name lists (public domain), as shipped in the ``names`` package
   (0.3.0, MIT): each name with its share of men and of women who bear it.  A name is kept
   when at least ``SHARE`` of those who bear it are of one gender (``Donald``, ``Andrea``);
   names both give (``Kim``, ``Lee``, ``Jean``, ``Chris``, ``Terry``) are left out.
2. for names the census never saw, the per-country male and female given-name lists of the
   ``Faker`` package (MIT; Latin-script locales only): news names people from everywhere
   (``Mikko``, ``Priya``, ``Kofi``, ``Étienne``), and a pronoun after them should find them.  A
   name is kept when every list that has it gives the same gender (``Andrea`` is a man's name
   in Italy: left to the census; ``Nicola``, in both lists somewhere, left out), and it is no
   English word (WordNet's, as spaCy's English lemmatizer lists them, or a stop word: some
   lists hold ``Said``, ``Governor``, ``General``, ``Victory``).
Names neither source settles are left out: for those the document alone says who is ``he`` or
``she``.  Deterministic: the same lists give the same file.
"""

from __future__ import annotations

import argparse
import ast
import io
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotes" / "extract" / "data" / "given_names_en.tsv"
PACKAGE = "names==0.3.0"
FAKER = "faker==40.63.0"
SHARE = 0.95
HEADER = f"""\
# Given names and the gender nearly all who bear them share ({SHARE:.0%} or more of the bearers
# in the 1990 US Census first-name lists, public domain, via the PyPI package {PACKAGE});
# names the census never saw from the given-name lists of {FAKER} (MIT), where all agree.
# Written by scripts/build_given_names.py (make given-names); do not edit by hand.
# name<TAB>gender
"""


def read_census(lines: str) -> dict[str, float]:
    """``MARY  2.629  2.629  1`` rows: name -> percent of that gender's population."""
    shares: dict[str, float] = {}
    for line in lines.splitlines():
        cells = line.split()
        if len(cells) >= 2:
            shares[cells[0].casefold()] = float(cells[1])
    return shares


def given_names(male: dict[str, float], female: dict[str, float],
                share: float = SHARE) -> dict[str, str]:
    """Names one gender holds at least ``share`` of (the two populations taken as equal)."""
    found = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f > 0 and max(m, f) / (m + f) >= share:
            found[name] = "male" if m > f else "female"
    return found


def _latin(name: str) -> bool:
    """A name written in Latin letters (``Étienne``, ``Siobhán``), as English news writes it."""
    return len(name) >= 3 and all(
        c in "-'" or c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in name)


def _strings(node: ast.AST) -> list[str]:
    """The names in a Faker list: tuple items, dict keys, or the first of (name, weight)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(
            node.elts[1], ast.Constant) and isinstance(node.elts[1].value, (int, float)):
        return _strings(node.elts[0])
    if isinstance(node, ast.Dict):
        return [s for k in node.keys if k is not None for s in _strings(k)]
    return [s for child in ast.iter_child_nodes(node) for s in _strings(child)]


def faker_genders(sources: dict[str, str]) -> dict[str, set[str]]:
    """Casefolded Latin-script name -> the genders Faker's locale lists give it, from the
    ``first_names_male`` / ``first_names_female`` assignments of each person provider."""
    genders: dict[str, set[str]] = {}
    for source in sources.values():
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1 \
                    or not isinstance(node.targets[0], ast.Name):
                continue
            gender = {"first_names_male": "male", "first_names_female": "female"}.get(
                node.targets[0].id)
            for name in _strings(node.value) if gender else []:
                if _latin(name):
                    genders.setdefault(name.casefold(), set()).add(gender)  # type: ignore[arg-type]
    return genders


def _ascii(name: str) -> str:
    """``étienne`` -> ``etienne``: news often drops the accents."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def english_words() -> set[str]:
    """English words (nouns, verbs, adjectives, adverbs, their inflections, stop words) from
    the spaCy English model's lemmatizer tables: a name that is one is no evidence."""
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from quotes.pipeline import PREFERRED_MODELS

    for model in PREFERRED_MODELS:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        words = set(STOP_WORDS)
        for pos in ("noun", "verb", "adj", "adv"):
            words.update(tables.get_table("lemma_index").get(pos, []))
            words.update(tables.get_table("lemma_exc").get(pos, {}))
        return words
    raise SystemExit("no English spaCy model installed (make install)")


def _english(word: str, english: set[str]) -> bool:
    """``word`` or, for a plural (``ties``, ``fares``), its singular is an English word."""
    return word in english or word.endswith("s") and (
        word[:-1] in english or word.endswith("es") and word[:-2] in english)


def merged(census: dict[str, str], seen: set[str], faker: dict[str, set[str]],
           english: set[str]) -> dict[str, str]:
    """The census's names, then Faker's one-gender names the census never saw (``seen``) and
    English does not use as a word, each also without its accents when that form is free."""
    found = dict(census)
    extra: dict[str, set[str]] = {}
    for name, genders in faker.items():
        for form in {name, _ascii(name)}:
            if form and form not in seen and not _english(form, english):
                extra.setdefault(form, set()).update(genders)
    for name, genders in sorted(extra.items()):
        if len(genders) == 1:
            found[name] = genders.pop()
    return dict(sorted(found.items()))


def faker_sources(folder: Path) -> dict[str, str]:
    """Each person provider's source (``faker/providers/person/<locale>/__init__.py``) from
    the Faker sdist, downloaded into ``folder``."""
    subprocess.run([sys.executable, "-m", "pip", "download", FAKER, "--no-deps",
                    "--no-binary", ":all:", "--quiet", "-d", str(folder)], check=True)
    archive = next(folder.glob("faker-*.tar.gz"))
    sources = {}
    with tarfile.open(archive) as tar:
        for info in sorted(tar.getmembers(), key=lambda m: m.name):
            parts = info.name.split("/")
            if parts[-4:-2] == ["providers", "person"] and parts[-1] == "__init__.py":
                data = tar.extractfile(info)
                assert data is not None
                sources[parts[-2]] = data.read().decode("utf-8")
    return sources


def census_lists(folder: Path) -> tuple[str, str]:
    """The male and female lists from the ``names`` sdist, downloaded into ``folder``."""
    subprocess.run([sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps",
                    "--no-binary", ":all:", "--quiet", "-d", str(folder)], check=True)
    archive = next(folder.glob("names-*.tar.gz"))
    with tarfile.open(archive) as tar:
        def member(suffix: str) -> str:
            info = next(m for m in tar.getmembers() if m.name.endswith(suffix))
            data = tar.extractfile(info)
            assert data is not None
            return io.TextIOWrapper(data, encoding="ascii").read()
        return member("names/dist.male.first"), member("names/dist.female.first")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output (default: {OUT})")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        male, female = (read_census(text) for text in census_lists(Path(tmp)))
        sources = faker_sources(Path(tmp))
    names = merged(given_names(male, female), set(male) | set(female), faker_genders(sources),
                   english_words())
    args.out.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in names.items()),
                        encoding="utf-8")
    print(f"{len(names)} given names ({sum(g == 'male' for g in names.values())} male) "
          f"of {len(set(male) | set(female))} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
