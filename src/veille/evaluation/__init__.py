"""Scoring against gold annotations (``veille eval``) and the quality gate."""

from .scoring import (
    Counts,
    FileResult,
    GoldFile,
    Report,
    evaluate,
    find_spans,
    fold,
    format_table,
    load_gold,
    match,
    score_file,
)

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
