"""The shape of the code a newcomer reads (README, "Layout"): small modules and classes, no import cycle, no private
name imported from another module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
MODULES = sorted((SRC / "veille").rglob("*.py"))

#: Limits of the house style (DEVELOPERS.md): a module readable in one sitting, a class that is not a god class.
MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 300


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names imported from it) for every import of ``path``, at any depth, resolved to absolute
    names inside the ``veille`` package."""
    here = module_name(path)
    package = here if is_package(path) else here.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "veille" or target.startswith("veille."):
                found.append((target, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names if a.name.startswith("veille")]
    return found


KNOWN = {module_name(p): p for p in MODULES}


def resolve(target: str, names: list[str]) -> list[str]:
    """The modules whose names an import statement reads: ``from pkg import mod`` reads the module pkg.mod (not
    pkg's ``__init__``, already loaded as its parent); ``from pkg import name`` reads pkg's ``__init__``."""
    submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in KNOWN]
    from_init = target in KNOWN and (not names or len(submodules) < len(names))
    return ([target] if from_init else []) + submodules


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_layout_modules_and_classes_are_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert len(source.splitlines()) <= MAX_MODULE_LINES
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno + 1 <= MAX_CLASS_LINES, node.name


def test_layout_no_import_cycle() -> None:
    graph = {
        name: {m for target, names in imports(path) for m in resolve(target, names) if m != name}
        for name, path in KNOWN.items()
    }
    # a package imports its own modules to re-export them; a module importing its package's __init__ back is
    # the cycle to avoid
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    assert cycles == []


def test_layout_no_private_name_imported_from_another_module() -> None:
    private = [
        f"{module_name(path)} imports {name} from {target}"
        for path in MODULES
        for target, names in imports(path)
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []
