"""The package's layout: wings import only downwards, no import cycles, README lists the tree."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quotes"

# Lowest first.  A module may import its own wing and the wings below it; archive, evaluate and
# scale stand side by side and do not import each other.
LAYERS: dict[str, int] = {
    "quotes.records": 0,
    "quotes.extract": 1,
    "quotes.io": 2,
    "quotes.pipeline": 3,
    "quotes.archive": 4,
    "quotes.evaluate": 4,
    "quotes.scale": 4,  # Dask: the optional extra quotes[dask]
    "quotes.cli": 5,
    "quotes.dask": 5,  # the public face of quotes.scale, the module name the users import
    "quotes": 6,  # the package's __init__: the public names
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def wing(module: str) -> str:
    """The longest key of LAYERS that ``module`` is, or is inside."""
    matches = [k for k in LAYERS if module == k or module.startswith(k + ".")]
    return max(matches, key=len)


def imports_of(path: Path) -> set[str]:
    """Every ``quotes`` module imported anywhere in the file, lazy imports inside functions too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "quotes")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "quotes":
                continue
            found.add(node.module)
            # ``from quotes.archive import commands`` imports a module, not a name
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                if (ROOT / Path(*candidate.split("."))).with_suffix(".py").exists():
                    found.add(candidate)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and str(node.args[0].value).startswith("quotes")):
            found.add(str(node.args[0].value))
    return found


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {i for i in imports_of(path) if i != name and not name.startswith(i + ".")}
         for name, path in MODULES.items()}


def test_every_module_belongs_to_a_wing() -> None:
    assert set(MODULES) >= {"quotes", "quotes.records", "quotes.pipeline", "quotes.cli"}
    for name in MODULES:
        assert wing(name) in LAYERS
    for folder in ("extract", "io", "archive", "evaluate", "scale"):
        assert (PACKAGE / folder / "__init__.py").exists()
    # quotes/dask.py only re-exports quotes/scale/ under the name the issue and users use
    assert {p.name for p in PACKAGE.glob("*.py")} == {"__init__.py", "records.py", "pipeline.py",
                                                       "cli.py", "dask.py"}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_go_downwards(name: str) -> None:
    here = wing(name)
    for target in GRAPH[name]:
        there = wing(target)
        assert LAYERS[there] < LAYERS[here] or there == here, (
            f"{name} ({here}) imports {target} ({there}), a wing at or above it")


def test_no_import_cycles() -> None:
    state: dict[str, int] = {}  # 1 on the stack, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(GRAPH.get(node, ())):
            if nxt not in MODULES:
                continue
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(path + [node, nxt])
            if nxt not in state:
                visit(nxt, path + [node])
        state[node] = 2

    for name in sorted(MODULES):
        if name not in state:
            visit(name, [])


def test_the_checks_catch_a_bad_import(tmp_path: Path) -> None:
    """The graph really sees lazy imports (a check that sees nothing would always pass)."""
    assert "quotes.pipeline" in GRAPH["quotes.archive.commands"]
    assert "quotes.evaluate.brat" in GRAPH["quotes.evaluate.commands"]
    assert LAYERS[wing("quotes.extract.document")] < LAYERS[wing("quotes.io.render")]
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from quotes.cli import main\n", encoding="utf-8")
    assert imports_of(bad) == {"quotes.cli"}


def test_readme_lists_the_modules_of_the_tree() -> None:
    """Every module path the README's "How it works" names exists, and every module is named."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(quotes/[\w/]+\.py)`", section))
    on_disk = {str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    assert named <= on_disk, sorted(named - on_disk)
    assert on_disk <= named, sorted(on_disk - named)


def test_public_api_survives_the_subpackage_of_the_same_name() -> None:
    import quotes
    from quotes.extract import marks

    assert callable(quotes.extract)
    assert quotes.extract.__module__ == "quotes"
    assert marks.split_paragraphs("a\n\nb")
