"""The ``veille`` command line (click, rich). Only the CLI configures logging.

:func:`main` runs one command of the group :data:`cli` (:mod:`.app`: the group, shared options, value types;
:mod:`.commands_run` and :mod:`.commands_store`: the commands declared) and turns what happened into an exit
status: 0 all went well, 1 some inputs failed (the others were processed), 2 a usage error (a bad option or value,
a missing or unusable store: one line naming it), 3 an internal error (one line; ``--debug`` prints the traceback),
130 interrupted. The work of each command is in :mod:`.run`, :mod:`.browse`, :mod:`.output` and :mod:`.watching`;
:mod:`.console` prints (tables, progress, short paths).
"""

from __future__ import annotations

import sys

import click

from ..errors import VeilleError
from ..native import stale_warning
from . import commands_run, commands_store  # noqa: F401 - they declare the commands
from .app import cli

#: exit statuses (README "Errors")
OK, FAILED_INPUTS, USAGE, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 130


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit status (see the module docstring)."""
    args = list(sys.argv[1:] if argv is None else argv)
    name = next((a for a in args if a in cli.commands), "veille")
    ctx_meta: dict[str, object] = {}
    if warning := stale_warning():  # a native build (make native) older than a source: the edit does not run
        print(warning, file=sys.stderr)
    try:
        with cli.make_context("veille", args) as ctx:
            ctx_meta = ctx.meta
            status = cli.invoke(ctx)
            return int(status or 0)
    except click.exceptions.Exit as exc:  # --help, --version
        return int(exc.exit_code)
    except click.UsageError as exc:
        exc.show()
        return USAGE
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except VeilleError as exc:
        print(f"veille {name}: {exc}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:  # `veille articles | head`
        return OK
    except (KeyboardInterrupt, click.Abort):
        print(f"veille {name}: interrupted", file=sys.stderr)
        return INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the one place where a bug becomes a line and an exit status
        if ctx_meta.get("veille.debug") or "--debug" in args:
            import traceback

            traceback.print_exc()
        reason = " ".join(str(exc).split())[:300]
        print(
            f"veille {name}: internal error ({type(exc).__name__}: {reason}); --debug prints the traceback",
            file=sys.stderr,
        )
        return INTERNAL


def parse(argv: list[str]) -> tuple[str, dict[str, object]]:
    """The command and the parameters a command line gives, without running it (click.UsageError when it does
    not parse): the README's command lines are checked with it."""
    args = list(argv)
    at = next((i for i, a in enumerate(args) if not a.startswith("-")), None)
    if at is None:
        raise click.UsageError("no command given")
    sub = cli.get_command(click.Context(cli), args[at])
    if sub is None:
        raise click.UsageError(f"no such command {args[at]!r}")
    with sub.make_context(args[at], args[:at] + args[at + 1 :]) as ctx:  # -v and --debug: anywhere
        return args[at], dict(ctx.params)


def command_names() -> list[str]:
    """The commands of ``veille``, in the order ``veille --help`` lists them."""
    return list(cli.commands)


__all__ = ["main", "cli", "parse", "command_names", "OK", "FAILED_INPUTS", "USAGE", "INTERNAL", "INTERRUPTED"]
