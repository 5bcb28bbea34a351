"""Scoring against gold annotations (``veille eval``) and the quality gate.

How the modules fit together: :func:`evaluate` (:mod:`.scoring`) reads the gold files (:mod:`.gold`), runs
the analysis on the source of each, and scores each record field by field (:mod:`.fields`, which matches
gold items with predictions one to one through :mod:`.matching`, reads predictions through
:mod:`.predictions` and compares texts folded by :mod:`.text`). The counts go into a :class:`Report`
(:mod:`.report`), printed as a table or as JSON; :mod:`.gate` compares a report's scores with the floors of a
baseline file. Entities and speakers are compared strictly, by name or surface form (:mod:`.identity`).
:func:`evaluate_real` scores the real-news texts retrieved by the user against the shared real-news gold
(:mod:`.real`: spans into the texts, a dev and a blind split, the blind one reported in aggregate only).
"""

from .gold import GoldFile, load_gold
from .matching import match
from .real import RealReport, format_real, is_real_gold
from .report import Counts, FileResult, Report, format_table
from .scoring import evaluate, evaluate_real, score_file
from .text import find_spans, fold

__all__ = [
    "evaluate",
    "evaluate_real",
    "format_real",
    "is_real_gold",
    "RealReport",
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
