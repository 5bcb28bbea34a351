"""Veille: turn raw news into structured, linked, queryable intelligence.

Public API (everything else is private and may change)::

    import veille
    article = veille.analyze_text(text)             # -> veille.Article
    for outcome in veille.process(["examples/"]):   # files, directories, "-"
        ...
    with veille.Store("veille.db") as store:
        store.add(article.to_dict())
"""

import logging

from .config import Settings
from .errors import (
    BinaryInput,
    ConfigError,
    DataFileError,
    EmptyInput,
    GoldError,
    InputError,
    InputNotFound,
    InputTooLarge,
    InvalidRecord,
    NoArticle,
    ProcessingTimeout,
    StoreError,
    UnsupportedInput,
    UnsupportedLanguage,
    VeilleError,
)
from .record import Article, Document
from .version import __version__

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name):  # heavy modules load on first use
    if name in ("analyze_text", "analyze_document", "process", "Outcome"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)


__all__ = [
    "Article",
    "Document",
    "Settings",
    "Store",
    "Outcome",
    "analyze_text",
    "analyze_document",
    "process",
    "VeilleError",
    "InputError",
    "InputNotFound",
    "UnsupportedInput",
    "InputTooLarge",
    "EmptyInput",
    "BinaryInput",
    "InvalidRecord",
    "NoArticle",
    "ProcessingTimeout",
    "StoreError",
    "GoldError",
    "ConfigError",
    "UnsupportedLanguage",
    "DataFileError",
    "__version__",
]
