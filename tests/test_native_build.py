"""The optional native build (make native): which modules run compiled, said by ``veille --version``, and the
warning while a source is newer than the build (its edit does not run)."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from veille.cli import main
from veille.native import native_build, stale_warning, summary

SUFFIX = EXTENSION_SUFFIXES[0]


def package(tmp_path: Path, sources: list[str], compiled: list[str], extra: list[str] = ()) -> Path:
    """A package folder ``pkg`` with the ``sources`` (paths without .py), the extensions of ``compiled`` beside
    them and the ``extra`` files (a group library), the extensions written a minute after the sources."""
    root = tmp_path / "pkg"
    for name in sources:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / f"{name}.py").write_text("")
        os.utime(root / f"{name}.py", (1_000_000, 1_000_000))
    for name in [*(f"{c}{SUFFIX}" for c in compiled), *extra]:
        (root / name).write_bytes(b"")
        os.utime(root / name, (1_000_060, 1_000_060))
    return root


@pytest.mark.parametrize(
    ("compiled", "modules"),
    [
        ([], ()),
        (["a/hits"], ("pkg.a.hits",)),
        (["a/hits", "b/coder", "kbnorm"], ("pkg.a.hits", "pkg.b.coder", "pkg.kbnorm")),
    ],
)
def test_native_build_modules_beside_their_sources(tmp_path, compiled, modules):
    root = package(tmp_path, ["a/hits", "b/coder", "kbnorm", "b/build"], compiled)
    build = native_build(root)
    assert build.modules == modules
    assert build.newer == ()
    assert stale_warning(build) is None
    assert summary(build).startswith("pure Python" if not modules else f"native: {len(modules)} modules")


@pytest.mark.parametrize("extra", [f"3a3e4f__mypyc{SUFFIX}", f"helpers{SUFFIX}"])
def test_native_build_extension_without_source_is_no_module(tmp_path, extra):
    """mypyc's group library (shared by the modules it compiles) and an extension with no source beside it."""
    root = package(tmp_path, ["a/hits"], [], [extra])
    assert native_build(root).modules == ()
    assert summary(native_build(root)).startswith("pure Python")


@pytest.mark.parametrize("edited", ["a/hits", "b/build", "b/coder"])
def test_native_build_source_newer_than_build_is_stale(tmp_path, edited):
    """A compiled module's source, or a module beside the compiled ones, edited after the build."""
    root = package(tmp_path, ["a/hits", "b/build", "b/coder", "cli"], ["a/hits", "b/coder"])
    os.utime(root / f"{edited}.py", (1_000_120, 1_000_120))
    build = native_build(root)
    assert build.newer == (f"{edited}.py",)
    assert "STALE: 1 sources" in summary(build)
    warning = stale_warning(build)
    assert warning is not None and "make native" in warning and "make pure" in warning


def test_native_build_version_says_which_runs(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("veille ")
    assert out[1] == summary()


def test_native_build_source_away_from_the_compiled_is_not_stale(tmp_path):
    """An edit outside the folder that holds the compiled modules (the command line's, beside analysis/)."""
    root = package(
        tmp_path, ["analysis/a/hits", "analysis/b/coder", "cli/app"], ["analysis/a/hits", "analysis/b/coder"]
    )
    os.utime(root / "cli/app.py", (1_000_120, 1_000_120))
    build = native_build(root)
    assert build.modules == ("pkg.analysis.a.hits", "pkg.analysis.b.coder")
    assert build.newer == ()
    assert stale_warning(build) is None
