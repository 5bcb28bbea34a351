"""Scoring against gold annotations (``veille eval``) and the quality gate.

How the modules fit together: :func:`evaluate` (:mod:`.scoring`) reads the gold files (:mod:`.gold`), runs
the analysis on the source of each, and scores each record field by field (:mod:`.fields`, which matches
gold items with predictions one to one through :mod:`.matching`, reads predictions through
:mod:`.predictions` and compares texts folded by :mod:`.text`). The counts go into a :class:`Report`
(:mod:`.report`), printed as a table or as JSON; :mod:`.gate` compares a report's scores with the floors of a
baseline file.
"""

from .gold import GoldFile, load_gold
from .matching import match
from .report import Counts, FileResult, Report, format_table
from .scoring import evaluate, score_file
from .text import find_spans, fold

__all__ = [
    "evaluate",
    "format_table",
    "load_gold",
    "find_spans",
    "fold",
    "match",
    "score_file",
    "Counts",
    "FileResult",
    "GoldFile",
    "Report",
]
