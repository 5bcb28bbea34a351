"""Before forking the workers, the supervising process builds each installed language's dictionary (the words of
its lemmatizer's index, read by the entity rules), so that the workers share it instead of each building its own
after the fork (``veille.workers.warm_up``)."""

from __future__ import annotations

import pytest

from veille import lang, workers
from veille.analysis import nlp
from veille.analysis.entities import dictionary as dictionary_module
from veille.config import Settings


@pytest.mark.parametrize("code", [c for c in lang.BUILTIN if nlp.installed(c)])
def test_workers_warm_up_builds_the_dictionaries(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    built: list[str] = []
    real = dictionary_module.dictionary

    def counted(language: str) -> frozenset[str]:
        built.append(language)
        return real(language)

    monkeypatch.setattr(dictionary_module, "dictionary", counted)
    workers.warm_up(Settings())
    assert code in built
    assert real(code)  # the built dictionary holds words


@pytest.mark.parametrize("analyze", [False])
def test_workers_warm_up_builds_nothing_without_analysis(monkeypatch: pytest.MonkeyPatch, analyze: bool) -> None:
    built: list[str] = []
    monkeypatch.setattr(dictionary_module, "dictionary", built.append)
    workers.warm_up(Settings(analyze=analyze))
    assert built == []
