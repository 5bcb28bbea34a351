"""The frame of the ``veille`` command line, on click: the group and its commands' class (``-v``/``--debug``
accepted anywhere, an example in every help), the options several commands share, and the parameter types that
validate values case-insensitively with a "did you mean".

The commands themselves are declared in :mod:`.commands_run` and :mod:`.commands_store`.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import os
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import click

from ..config import (
    DEFAULT_DOC_TIMEOUT,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_LANGUAGES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
)
from ..native import summary
from ..version import __version__
from .common import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def cores() -> int:
    """The CPU cores this process may run on (``--jobs`` by default)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def configure_logging(verbose: int, debug: bool) -> None:
    """The only place logging is configured: warnings by default, -v info, -vv or --debug debug."""
    level = logging.DEBUG if debug or verbose >= 2 else logging.INFO if verbose == 1 else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)


def set_verbose(ctx: click.Context, param: click.Parameter, value: int) -> None:
    if value:
        meta = ctx.find_root().meta
        meta["veille.verbose"] = meta.get("veille.verbose", 0) + value


def set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.find_root().meta["veille.debug"] = True


def verbosity(f: F) -> F:
    """``-v`` (repeat for more) and ``--debug``: taken before or after the command's name."""
    f = click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=set_debug,
        help="print the traceback of an unexpected error, and debug logs (e.g. veille ingest in/ --debug)",
    )(f)
    return click.option(
        "-v",
        "--verbose",
        count=True,
        expose_value=False,
        is_eager=True,
        callback=set_verbose,
        help="more log output; -vv for debug logs (anywhere on the line: veille ingest in/ -v)",
    )(f)


def print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``: the version, then whether the analysis runs as pure Python or with compiled modules."""
    if value and not ctx.resilient_parsing:
        click.echo(f"veille {__version__}")
        click.echo(summary())
        ctx.exit()


class VeilleGroup(click.Group):
    """The ``veille`` group: commands listed in the order they were declared."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


@click.group(cls=VeilleGroup, context_settings=CONTEXT, epilog="Example: veille ingest examples/ --db news.db")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=print_version,
    help="Show the version, and whether modules run compiled (make native), and exit.",
)
@verbosity
def cli() -> None:
    """News intelligence: clean articles, entities, quotes and PLOVER events from raw news pages, stored in SQLite.

    Exit status: 0 when all went well, 1 when some inputs failed (the others were processed), 2 for a usage error
    (a bad option or value, a missing store), 3 for an internal error (a bug: --debug prints its traceback), 130
    when interrupted.
    """


def command(name: str, summary: str, examples: Iterable[str]) -> Callable[[Callable[..., int]], click.Command]:
    """Declare a command of ``veille``: its one-line summary, its examples (shown by ``--help``), ``-v`` and
    ``--debug``. The function receives the parameters as an ``argparse.Namespace`` (with ``command``) and returns
    the exit status."""

    def wrap(run: Callable[..., int]) -> click.Command:
        def callback(**params: Any) -> int:
            meta = click.get_current_context().find_root().meta
            configure_logging(int(meta.get("veille.verbose", 0)), bool(meta.get("veille.debug")))
            return run(argparse.Namespace(command=name, **params))

        callback.__click_params__ = list(getattr(run, "__click_params__", []))  # type: ignore[attr-defined]
        epilog = "\b\nExamples:\n" + "\n".join(f"  {e}" for e in examples)
        doc = (run.__doc__ or summary).strip()
        return cli.command(name, help=doc, short_help=summary, epilog=epilog, context_settings=CONTEXT)(
            verbosity(callback)
        )

    return wrap


class Known(click.ParamType):
    """One of a set of values, matched without regard to case (given as the set spells it), or a clear error
    with the value meant when one is close: ``--type person`` is PERSON, ``--type ACUSE`` says "did you mean
    ACCUSE?"."""

    def __init__(self, what: str, values: Iterable[str] | Callable[[], Iterable[str]]) -> None:
        self.what = what
        self.values = values
        self.name = what

    def choices(self) -> list[str]:
        return list(self.values() if callable(self.values) else self.values)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return self.what.split()[-1].upper()

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        choices = self.choices()
        by_fold = {c.casefold(): c for c in choices}
        found = by_fold.get(str(value).casefold())
        if found is not None:
            return found
        close = difflib.get_close_matches(str(value).casefold(), list(by_fold), n=1, cutoff=0.6)
        hint = f"; did you mean {by_fold[close[0]]}?" if close else ""
        self.fail(f"unknown {self.what} {value!r}{hint} (one of: {', '.join(choices)})", param, ctx)


class IsoDate(click.ParamType):
    """An ISO date: YYYY, YYYY-MM or YYYY-MM-DD (checked, not only matched)."""

    name = "date"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "YYYY[-MM[-DD]]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import datetime as dt

        text = str(value).strip()
        formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
        try:
            if len(text) not in formats:
                raise ValueError
            dt.datetime.strptime(text, formats[len(text)])
        except ValueError:
            self.fail(f"{text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2025-01-31)", param, ctx)
        return text


def db_option(f: F) -> F:
    return click.option(
        "--db",
        default=DEFAULT_DB,
        envvar="VEILLE_DB",
        show_envvar=True,
        metavar="FILE",
        help=f"the SQLite store (default {DEFAULT_DB}), e.g. --db news.db",
    )(f)


def json_option(help: str = "one JSON object per line, for other programs (e.g. | jq .title)") -> Callable[[F], F]:
    return click.option("--json", "json", is_flag=True, help=help)


def limit_option(default: int, what: str = "rows") -> Callable[[F], F]:
    return click.option(
        "--limit",
        type=click.IntRange(1, 10_000),
        default=default,
        show_default=True,
        metavar="N",
        help=f"at most N {what}, e.g. --limit 5",
    )


def unrealised_option(f: F) -> F:
    return click.option(
        "--include-unrealised",
        is_flag=True,
        help="also count events that did not happen (negated, future, intended, hypothetical, alleged); by default "
        "counts, dyads and scores read realised events only",
    )(f)


def jobs_option(f: F) -> F:
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(1, 256),
        default=cores(),
        show_default="the cores available",
        metavar="N",
        help="worker processes analysing documents in parallel, e.g. -j 4 (never more than the inputs)",
    )(f)


def pipeline_options(f: F) -> F:
    """The options of the commands that run the pipeline: limits, languages, fetching."""
    options = [
        click.option(
            "--max-size",
            type=click.IntRange(1),
            metavar="BYTES",
            help=f"refuse inputs larger than this (default {DEFAULT_MAX_BYTES}), e.g. --max-size 5000000",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(0, min_open=True),
            metavar="SECONDS",
            help=f"time limit per document (default {DEFAULT_DOC_TIMEOUT:g}); given, it is a hard limit: documents "
            "are analysed in worker processes, killed past it. E.g. --timeout 30",
        ),
        click.option(
            "--max-memory",
            type=click.IntRange(1),
            metavar="MB",
            help=f"memory limit of a worker process in MB (default {DEFAULT_MAX_MEMORY // 2**20}); with --timeout "
            "or -j above 1. E.g. --max-memory 1024",
        ),
        click.option(
            "--languages",
            metavar="CODES",
            help=f"languages to detect among, comma-separated (default {','.join(DEFAULT_LANGUAGES)}), e.g. "
            "--languages fr,en",
        ),
        click.option("--no-analyze", is_flag=True, help="extract only: no entities, quotes or events (fast)"),
        click.option(
            "--fetch", is_flag=True, help="fetch the page of a feed item that carries no article text (politely)"
        ),
        click.option(
            "--allow-private",
            is_flag=True,
            help="fetch loopback and private addresses too (refused by default: a feed could point at internal "
            "services)",
        ),
        click.option("--ignore-robots", is_flag=True, help="fetch what robots.txt disallows (honoured by default)"),
        click.option(
            "--contact",
            metavar="EMAIL_OR_URL",
            help="a contact added to the User-Agent of fetches, e.g. --contact desk@example.org",
        ),
        click.option(
            "--fetch-timeout",
            type=click.FloatRange(0, min_open=True),
            metavar="SECONDS",
            help=f"time limit for fetching a URL (default {DEFAULT_FETCH_TIMEOUT:g}), e.g. --fetch-timeout 10",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


__all__ = [
    "cli",
    "command",
    "Known",
    "IsoDate",
    "db_option",
    "json_option",
    "limit_option",
    "unrealised_option",
    "jobs_option",
    "pipeline_options",
    "verbosity",
    "cores",
]
