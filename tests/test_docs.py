"""The docs are tested against the code: every command line in the README parses, every record field
documented in docs/record.md exists (that the README shows every command is tested in test_cli.py)."""

import re
import shlex
from pathlib import Path

import pytest

from veille.cli import parse
from veille.record import Article

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].split(" > ")[0].strip()
            if line.startswith("veille "):
                yield line


@pytest.mark.parametrize("line", list(_readme_commands()))
def test_docs_readme_command_lines_parse(line):
    argv = shlex.split(line)[1:]
    parse(argv)  # click.UsageError on an unknown command, option or value


def test_docs_record_fields_exist():
    text = (ROOT / "docs" / "record.md").read_text(encoding="utf-8")
    article_table = text.split("## Entity")[0]
    documented = set(re.findall(r"^\| `([a-z_]+)`", article_table, re.M))
    documented |= {
        f
        for cell in re.findall(r"^\| `([a-z_]+)`, `([a-z_]+)`(?:, `([a-z_]+)`)?", article_table, re.M)
        for f in cell
        if f
    }
    fields = set(Article(source="x").to_dict())
    assert documented <= fields, sorted(documented - fields)
    assert fields - {"entities", "quotes", "events"} <= documented, sorted(fields - documented)
