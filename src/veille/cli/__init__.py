"""The ``veille`` command line. Only the CLI configures logging.

:func:`main` parses the arguments (:mod:`.parser`) and runs the command's function: the pipeline commands
(:mod:`.run`: ingest, analyze, eval), the commands that read the store (:mod:`.browse`), and those that hand
it to other tools (:mod:`.output`: export, serve); :mod:`.common` holds what they share.
"""

from __future__ import annotations

import logging
import sys

from ..errors import VeilleError
from .parser import build_parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; its exit status (2 for a Veille error, 130 when interrupted)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return args.func(args)
    except VeilleError as exc:
        print(f"veille {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `veille articles | head`
        return 0
    except KeyboardInterrupt:
        return 130


__all__ = ["main", "build_parser"]
