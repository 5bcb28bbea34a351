"""Which of Veille's modules run compiled: the optional native build (``make native``) puts mypyc's C extensions
beside the sources of the analysis stages' hottest modules (``scripts/native_modules.txt``), and Python imports an
extension before the source beside it. The default install is pure Python; ``make pure`` removes the extensions.

An extension is built from its source as it was: a source edited (or checked out) after the build does not run
until ``make native`` is run again. :func:`summary` is the line ``veille --version`` prints; :func:`stale_warning`
the one the command line prints on every run while the build is older than a source beside the compiled modules
(under the folder that holds them all: ``veille/analysis``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class NativeBuild:
    """The compiled modules found in a package folder (dotted names, sorted), and the sources newer than the oldest
    of their extensions in the folder that holds them all (paths relative to the package folder): a compiled
    module's edit does not run, a module it imports (compiled against its types) may no longer match."""

    modules: tuple[str, ...]
    newer: tuple[str, ...]


def _module_name(ext: Path, root: Path) -> str | None:
    """The module ``ext`` is the extension of, when a source of that name is beside it (the group library mypyc
    shares between the modules it compiles has none)."""
    for suffix in sorted(EXTENSION_SUFFIXES, key=len, reverse=True):
        if ext.name.endswith(suffix):
            source = ext.with_name(ext.name[: -len(suffix)] + ".py")
            if source.is_file():
                parts = source.relative_to(root).with_suffix("").parts
                return ".".join((root.name, *parts))
            return None
    return None


def native_build(root: Path = PACKAGE) -> NativeBuild:
    """The native build of the package under ``root`` (empty when it runs as pure Python)."""
    exts = [(p, name) for p in root.rglob("*.so") if (name := _module_name(p, root))]
    exts += [(p, name) for p in root.rglob("*.pyd") if (name := _module_name(p, root))]
    if not exts:
        return NativeBuild((), ())
    built = min(p.stat().st_mtime for p, _ in exts)
    near = Path(os.path.commonpath([p.parent for p, _ in exts]))  # the folder of the compiled modules (analysis/)
    newer = sorted(str(p.relative_to(root)) for p in near.rglob("*.py") if p.stat().st_mtime > built)
    return NativeBuild(tuple(sorted(name for _, name in exts)), tuple(newer))


def summary(build: NativeBuild | None = None) -> str:
    """One line: pure Python, or how many modules run compiled and whether the build is older than a source."""
    build = native_build() if build is None else build
    if not build.modules:
        return "pure Python (make native compiles the analysis stages' hottest modules)"
    line = f"native: {len(build.modules)} modules compiled by mypyc ({build.modules[0]}, ...); make pure removes them"
    if build.newer:
        line += f"; STALE: {len(build.newer)} sources changed since the build ({build.newer[0]}, ...): make native"
    return line


def stale_warning(build: NativeBuild | None = None) -> str | None:
    """A warning when compiled modules are older than some source of the package (None otherwise)."""
    build = native_build() if build is None else build
    if not build.modules or not build.newer:
        return None
    return (
        f"veille: {len(build.modules)} compiled modules are older than {len(build.newer)} sources "
        f"({build.newer[0]}, ...): the edits do not run; make native rebuilds them, make pure removes them"
    )
