"""Every error Veille raises, with a stable code (spaCy style: one place for all of them).

Exception tree (httpx style)::

    VeilleError
    ├── InputError            the input itself is unusable (E1xx)
    │   ├── InputNotFound     E101
    │   ├── UnsupportedInput  E102
    │   ├── InputTooLarge     E103
    │   ├── EmptyInput        E104
    │   ├── BinaryInput       E105
    │   ├── InvalidRecord     E106
    │   ├── NoArticle         E107
    │   ├── UnsupportedLanguage E108  no language data registered for the language asked for
    │   ├── LimitExceeded     E109  the input exceeds a parser limit (JSON nesting or number size, record size, ...)
    │   ├── MalformedInput    E110  the input's format is broken past what its reader can get over
    │   ├── UnsafeURL         E111  a URL the fetcher refuses: not http(s), or inside the machine's own networks
    │   └── FetchError        E112  a page could not be fetched (network, HTTP status, truncated body, robots.txt)
    ├── ProcessingError       E2xx  a document could not be processed within the run's limits
    │   ├── ProcessingTimeout E201  a document took longer than the per-document limit
    │   ├── MemoryLimitExceeded E202  a document made its worker exceed the memory limit
    │   └── WorkerCrashed     E203  the worker process analysing a document died (killed, crashed)
    ├── StoreError            E3xx  the SQLite store refused an operation
    ├── GoldError             E4xx  a gold annotation file is malformed
    │   └── GoldTextChanged   E401  a real-news text does not fit its gold's spans (the page changed since)
    └── ConfigError           E5xx  a setting has an invalid value
        ├── DataFileError     E501  a data file of the library (lexicon, knowledge base) is missing or malformed
        └── InvalidArgument   E502  a value given to a command or a query is invalid (a date, a type, a code...)
"""

from __future__ import annotations


class VeilleError(Exception):
    """Base class of every error raised by Veille."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        self.reason = message
        text = f"[{self.code}] {message}"
        if source:
            text = f"{source}: {text}"
        super().__init__(text)


class InputError(VeilleError):
    code = "E100"


class InputNotFound(InputError):
    code = "E101"


class UnsupportedInput(InputError):
    code = "E102"


class InputTooLarge(InputError):
    code = "E103"


class EmptyInput(InputError):
    code = "E104"


class BinaryInput(InputError):
    code = "E105"


class InvalidRecord(InputError):
    code = "E106"


class NoArticle(InputError):
    code = "E107"


class UnsupportedLanguage(InputError):
    """No language data is registered for the language asked for (see ``veille.lang``)."""

    code = "E108"


class LimitExceeded(InputError):
    """The input exceeds one of the parsers' explicit limits; the message names the limit and its value."""

    code = "E109"


class MalformedInput(InputError):
    """The input's format is broken past what its reader can get over (the message says where)."""

    code = "E110"


class UnsafeURL(InputError):
    """A URL the fetcher refuses: another scheme than http(s), or an address inside the machine's networks."""

    code = "E111"


class FetchError(InputError):
    """A page could not be fetched: network failure, HTTP status, a body cut short, robots.txt disallowing it."""

    code = "E112"


class ProcessingError(VeilleError):
    code = "E200"


class ProcessingTimeout(ProcessingError):
    code = "E201"


class MemoryLimitExceeded(ProcessingError):
    code = "E202"


class WorkerCrashed(ProcessingError):
    code = "E203"


class StoreError(VeilleError):
    code = "E300"


class GoldError(VeilleError):
    code = "E400"


class GoldTextChanged(GoldError):
    """A gold span lies outside its retrieved text: the text is not the copy the gold annotates."""

    code = "E401"


class ConfigError(VeilleError):
    code = "E500"


class DataFileError(ConfigError):
    """A data file shipped with the library is missing or malformed; the message names the file and line."""

    code = "E501"


class InvalidArgument(ConfigError):
    """A value given to a command or a query is invalid (a date, an event type, a code...); the message names it
    and, when one is close, the value meant."""

    code = "E502"


__all__ = [
    "VeilleError",
    "InputError",
    "InputNotFound",
    "UnsupportedInput",
    "InputTooLarge",
    "EmptyInput",
    "BinaryInput",
    "InvalidRecord",
    "NoArticle",
    "UnsupportedLanguage",
    "LimitExceeded",
    "MalformedInput",
    "UnsafeURL",
    "FetchError",
    "ProcessingError",
    "ProcessingTimeout",
    "MemoryLimitExceeded",
    "WorkerCrashed",
    "StoreError",
    "GoldError",
    "GoldTextChanged",
    "ConfigError",
    "DataFileError",
    "InvalidArgument",
]
