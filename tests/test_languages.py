"""Languages as data (docs/languages.md): a third language is a folder of data files and one registration; no
stage's code changes. The toy language here reuses the English model with a vocabulary of its own."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from veille import lang
from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.errors import UnsupportedLanguage
from veille.record import Article

DOCS = Path(__file__).resolve().parents[1] / "docs" / "languages.md"

#: The files docs/languages.md says a language folder holds (the extractor's are optional).
REQUIRED = (
    "syntax.json",
    "entities.json",
    "quotes.tsv",
    "events.tsv",
    "events.json",
    "event_contexts.tsv",
    "calendar.json",
)
OPTIONAL = ("extract.json", "extract_boilerplate.tsv", "modality.json")

TEXT = (
    "OSLO — Norway denounced Russia on Monday over the seizure of a fishing boat.\n\n"
    'Foreign Minister Anna Berg proclaimed: "We will not accept this seizure of our fishermen."\n\n'
    "Berg said the talks in Moscow had failed."
)


@pytest.fixture
def toy(tmp_path: Path) -> Iterator[lang.Language]:
    """Language "xx": the English model and data, but "proclaim" is its only speech verb and "denounce" its only
    event trigger."""
    english = lang.get("en")
    folder = tmp_path / "xx"
    folder.mkdir()
    for name in REQUIRED:
        shutil.copy(Path(str(english.path(name))), folder / name)
    quotes = [
        ln
        for ln in (folder / "quotes.tsv").read_text(encoding="utf-8").splitlines()
        if not ln.startswith(("verb\t", "noun\t"))
    ]
    (folder / "quotes.tsv").write_text("\n".join([*quotes, "verb\tproclaim", ""]), encoding="utf-8")
    (folder / "events.tsv").write_text(
        "pos\tlemma\ttype\tmode\tcond\nverb\tdenounce\tACCUSE\tdisapprove\t\n", encoding="utf-8"
    )
    language = lang.register(lang.Language(code="xx", name="Toy", model=english.model, folder=folder))
    try:
        yield language
    finally:
        lang.unregister("xx")


def test_languages_docs_list_the_files_of_a_language() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in REQUIRED + OPTIONAL:
        assert f"`{name}`" in text, name
    for code in lang.BUILTIN:
        for name in REQUIRED:
            assert lang.get(code).path(name).is_file(), (code, name)


def test_languages_registry_adds_and_removes_a_language(toy: lang.Language) -> None:
    assert lang.get("xx") is toy and "xx" in lang.codes() and lang.codes()[:2] == lang.BUILTIN
    lang.unregister("xx")
    with pytest.raises(UnsupportedLanguage, match="'xx'"):
        lang.get("xx")


@pytest.mark.e2e
def test_languages_a_toy_language_runs_through_every_stage(toy: lang.Language) -> None:
    def analyse(code: str) -> Article:
        art = Article(
            source="toy.txt",
            title="Norway denounces Russia",
            language=code,
            published="2026-03-02",
            paragraphs=TEXT.split("\n\n"),
        )
        return analyze_article(art, Settings())

    art = analyse("xx")
    assert art.analysis["nlp"]["status"] == "ok"
    assert {"Norway", "Russia", "Anna Berg"} <= {e["name"] for e in art.entities}
    [quote] = art.quotes  # "said" is no speech verb of the toy language
    assert quote["text"].startswith("We will not accept") and [s["name"] for s in quote["speakers"]] == ["Anna Berg"]
    assert {(e["type"], e["actors"][0]["code"], e["recipients"][0]["code"]) for e in art.events} == {
        ("ACCUSE", "NOR", "RUS")
    }
    english = analyse("en")  # the same text in English: its own, larger vocabulary
    assert len(english.quotes) > 1 and any(q["cue"] == "say" for q in english.quotes)
