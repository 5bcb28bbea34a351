"""Record a terminal session of ``veille ingest`` on 500 files (docs/cli.md shows it).

    python bench/cli_session.py [--out /tmp/veille-session] [--columns 104]

Makes 500 inputs from the invented corpora (corpus/dev*, corpus/heldout*, examples/: each file again with a line
added, so that most copies are new articles; an edit a page's cleaning drops leaves a duplicate), runs ``veille
ingest`` twice under ``script`` (a pseudo-terminal: the progress bar is drawn as on a terminal), then replays the
recording on a small screen model (carriage returns, erased lines, cursor moves) and prints the session: its first
lines, the screen when the bar reached 100, 250 and 400 inputs, and its end.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("corpus/dev", "corpus/dev2", "corpus/dev3", "corpus/heldout", "corpus/heldout2", "examples")


def make_inputs(folder: Path, n: int = 500) -> None:
    files = sorted(
        p
        for d in CORPORA
        for p in (ROOT / d).rglob("*")
        if p.is_file() and p.suffix in (".txt", ".html") and "gold" not in p.parts
    )
    for i, src in zip(range(n), itertools.cycle(files), strict=False):
        text = src.read_text(encoding="utf-8")
        again = i // len(files)
        if again and src.suffix == ".txt":
            text += f"\n\nMise à jour {again} : précisions ajoutées.\n"
        elif again:
            text = text.replace("</body>", f"<p>Update {again}: details added.</p></body>", 1)
        target = folder / f"batch{i // 100}" / f"{i:03d}-{src.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


TOKEN = re.compile(r"\x1b\[([0-9;?]*)([a-zA-Z])|\r|\n|[^\x1b\r\n]+")


def replay(raw: str, marks: tuple[int, ...]) -> tuple[list[str], dict[int, list[str]]]:
    """The screen's lines at the end, and the lines above the bar when it showed each of ``marks`` inputs."""
    screen, row, col = [""], 0, 0
    snaps: dict[int, list[str]] = {}
    pending: int | None = None
    for m in TOKEN.finditer(raw):
        s = m.group(0)
        if s == "\n":
            row, col = row + 1, 0
            if row == len(screen):
                screen.append("")
        elif s == "\r":
            if pending is not None and pending not in snaps:
                snaps[pending] = [line.rstrip() for line in screen[max(0, row - 2) : row + 1]]
            pending, col = None, 0
        elif s.startswith("\x1b"):
            arg, cmd = m.group(1), m.group(2)
            if cmd == "K":
                screen[row] = screen[row][:col] if arg in ("", "0") else ""
            elif cmd == "A":
                row = max(0, row - int(arg or 1))
        else:
            line = screen[row].ljust(col)
            screen[row] = line[:col] + s + line[col + len(s) :]
            col += len(s)
            pending = next((n for n in marks if s == f"{n}/500"), pending)
    lines = [line.rstrip() for line in screen]
    while lines and not lines[-1]:
        lines.pop()
    return lines, snaps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/veille-session"))
    parser.add_argument("--columns", type=int, default=104)
    args = parser.parse_args(argv)
    if shutil.which("script") is None:
        print("`script` (util-linux) is needed to record a terminal session", file=sys.stderr)
        return 1
    shutil.rmtree(args.out, ignore_errors=True)
    make_inputs(args.out / "in500")
    python = sys.executable
    steps = [
        f"stty rows 30 cols {args.columns}",
        f'veille() {{ PYTHONPATH={ROOT / "src"} {python} -m veille.cli "$@"; }}',
        "echo '$ veille ingest in500/ --db news.db'",
        "veille ingest in500/ --db news.db",
        "echo '$ veille ingest in500/ --db news.db     # again: nothing left to do'",
        "veille ingest in500/ --db news.db",
    ]
    (args.out / "session.sh").write_text("\n".join(steps) + "\n")
    env = {**os.environ, "TERM": "xterm-256color"}
    subprocess.run(["script", "-q", "-c", "bash session.sh", "typescript"], cwd=args.out, env=env, check=True)
    raw = (args.out / "typescript").read_text(encoding="utf-8", errors="replace", newline="")
    raw = raw.split("\n", 1)[1].rsplit("Script done", 1)[0]
    lines, snaps = replay(raw, (100, 250, 400))
    shown = lines[:6] + ["…"]
    for n in sorted(snaps):
        shown += [*snaps[n], "…"]
    end = next(i for i, line in enumerate(lines) if re.match(r"\d+ new", line))
    print("\n".join(shown + lines[end - 3 :]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
