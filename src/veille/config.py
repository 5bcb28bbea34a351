"""Settings and limits. Limits live here, in the library, so every caller gets them (not only the CLI)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ConfigError

#: Largest input accepted, in bytes (after gzip decompression). Real news pages weigh < 5 MB; 20 MB leaves
#: room for pages with inline data while refusing dumps that are not articles.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Wall-clock limit for the extraction and analysis of one document, in seconds. The seed takes < 1 s;
#: the slowest ScrapingHub page takes ~0.3 s to extract. 60 s only stops pathological inputs.
DEFAULT_DOC_TIMEOUT = 60.0
#: Time limit for fetching one URL, in seconds: connect, headers and the whole body together (a server sending one
#: byte a second is cut off). News sites answer in < 5 s; 30 s tolerates a slow server without hanging a batch.
DEFAULT_FETCH_TIMEOUT = 30.0
#: Seconds between two requests to the same host: news sites ask crawlers for 1 s or more (robots.txt Crawl-delay
#: overrides it when larger).
DEFAULT_HOST_DELAY = 1.0
#: Retries of a fetch that failed for a reason that may pass (connection error, HTTP 429 or 5xx), with exponential
#: backoff from 1 s; a 4xx other than 429 is not retried.
DEFAULT_FETCH_RETRIES = 2
#: Languages the detector chooses among (ISO 639-1). Fewer languages make detection faster and surer.
DEFAULT_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "ru")


#: Default memory limit of a worker process, in bytes (``--max-memory``): its own memory, the spaCy models it shares
#: with the process it was forked from not counted. The largest article measured (50k words) peaked at 1.6 GB in
#: all; 2 GB of a worker's own stops runaway inputs while leaving room for long articles.
DEFAULT_MAX_MEMORY = 2 * 1024 * 1024 * 1024
#: Entries of a language's attribute table (:mod:`veille.analysis.attrtable`: one per distinct token text, tag,
#: part of speech, morphology, dependency and lemma met) before it is emptied and learnt again. An entry weighs
#: ~0.7 kB; the 40 texts of bench/throughput.py make ~6,000 of both languages: 50,000 (~35 MB a language) holds
#: the common words of a long run, and relearning an entry costs what the ruler it replaces costs.
ATTRIBUTE_TABLE_MAX = 50_000
#: Entries of a language's lemma table (:mod:`veille.analysis.lemmas`: one per distinct token text, part of speech
#: and morphology met, ~0.23 kB measured) before it is emptied: the 39 texts of bench/throughput.py make 1,891 French
#: and 1,360 English entries; 100,000 (~23 MB a language) holds the vocabulary of thousands of articles, and relearning
#: an entry costs one call of spaCy's lemmatizer, which keeps its own cache.
LEMMA_TABLE_MAX = 100_000
#: Whether the spaCy models' matrix products run on numpy's OpenBLAS, on one thread, where numpy has it
#: (:mod:`veille.analysis.gemm`): the parse in ~0.65 of the CPU time of thinc's ``blis``, the same parse on the
#: corpora. False keeps ``blis``, as spaCy ships it.
OPENBLAS_GEMM = True


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES
    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    analyze: bool = True  # run the NLP stages (entities, quotes, events) after extraction
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    fetch_links: bool = False  # fetch the page of a feed item that carries no article text
    allow_private: bool = False  # fetch loopback and private addresses (an intranet, a test server)
    respect_robots: bool = True  # honour robots.txt
    host_delay: float = DEFAULT_HOST_DELAY  # seconds between two requests to one host
    fetch_retries: int = DEFAULT_FETCH_RETRIES
    contact: str | None = None  # an e-mail or URL added to the User-Agent
    hard_limits: bool = False  # analyse in supervised worker processes, killed past the time or memory limit
    max_memory: int | None = DEFAULT_MAX_MEMORY  # bytes a worker may hold (with hard_limits); None: no limit
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self):
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.fetch_timeout <= 0:
            raise ConfigError(f"fetch_timeout must be positive, got {self.fetch_timeout}")
        if self.doc_timeout <= 0:
            raise ConfigError(f"doc_timeout must be positive, got {self.doc_timeout}")
        if not self.languages:
            raise ConfigError("at least one language must be configured")
        if self.host_delay < 0 or self.fetch_retries < 0:
            raise ConfigError("host_delay and fetch_retries must not be negative")
        if self.max_memory is not None and self.max_memory <= 0:
            raise ConfigError(f"max_memory must be positive, got {self.max_memory}")

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def from_env(env: Mapping[str, str] = os.environ) -> Settings:
    """Settings from VEILLE_MAX_BYTES, VEILLE_DOC_TIMEOUT and VEILLE_LANGUAGES (comma-separated)."""
    changes: dict[str, Any] = {}
    try:
        if env.get("VEILLE_MAX_BYTES"):
            changes["max_bytes"] = int(env["VEILLE_MAX_BYTES"])
        if env.get("VEILLE_DOC_TIMEOUT"):
            changes["doc_timeout"] = float(env["VEILLE_DOC_TIMEOUT"])
    except ValueError as exc:
        raise ConfigError(f"invalid number in environment: {exc}") from exc
    if env.get("VEILLE_LANGUAGES"):
        changes["languages"] = tuple(x.strip() for x in env["VEILLE_LANGUAGES"].split(",") if x.strip())
    return Settings(**changes)
