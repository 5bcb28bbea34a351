"""The per-document pipeline: limits enforced in the library, order kept, workers."""

import time

import pytest

from veille import pipeline
from veille.config import Settings
from veille.errors import ConfigError, InputTooLarge, ProcessingTimeout
from veille.record import Document

TEXT = (
    "Une vieille horloge remise en marche à Besançon\n\n"
    "Les horlogers de la ville ont remis en marche samedi l’horloge astronomique de la gare, arrêtée depuis "
    "plus de vingt ans, devant une foule de curieux venus assister à la première sonnerie.\n"
)


def test_pipeline_time_limit_is_enforced_by_the_library(monkeypatch):
    finished = []

    def slow(doc, settings):
        time.sleep(2)
        finished.append(doc.source)

    monkeypatch.setattr(pipeline, "extract", slow)
    doc = Document(source="slow.txt", content_type="text", text=TEXT)
    with pytest.raises(ProcessingTimeout) as err:
        pipeline.analyze_document(doc, Settings(doc_timeout=0.2, analyze=False))
    assert finished == []  # the slow step was interrupted, not waited for
    assert "slow.txt" in str(err.value) and "0.2" in str(err.value)


def test_pipeline_size_limit_is_enforced_by_the_library():
    doc = Document(source="big.txt", content_type="text", text=TEXT * 50)
    with pytest.raises(InputTooLarge):
        pipeline.analyze_document(doc, Settings(max_bytes=1000, analyze=False))


@pytest.mark.parametrize("bad", [{"max_bytes": 0}, {"doc_timeout": -1}, {"languages": ()}])
def test_pipeline_settings_refuse_invalid_limits(bad):
    with pytest.raises(ConfigError):
        Settings(**bad)


def test_pipeline_process_keeps_input_order_with_workers(tmp_path):
    paths = []
    for i in range(5):
        path = tmp_path / f"a{i}.txt"
        path.write_text(TEXT.replace("samedi", f"le {i + 1} mars"), encoding="utf-8")
        paths.append(str(path))
    paths.insert(2, str(tmp_path / "missing.txt"))
    settings = Settings(analyze=False)
    one = [(o.source, o.ok) for o in pipeline.process(paths, settings, jobs=1)]
    two = [(o.source, o.ok) for o in pipeline.process(paths, settings, jobs=2)]
    assert one == two
    assert [ok for _, ok in one] == [True, True, False, True, True, True]


def test_pipeline_workers_get_the_last_documents_in_pairs_then_one_at_a_time(tmp_path, monkeypatch):
    from veille import workers

    paths = []
    for i in range(14):
        path = tmp_path / f"a{i:02}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    handed: list[list[str]] = []

    def supervise(batches, settings, jobs, analyze, prepare=None):
        for batch in batches:
            handed.append([d.source for d in batch])
        return iter(())

    monkeypatch.setattr(workers, "supervise", supervise)
    monkeypatch.setattr(workers, "warm_up", lambda settings, analyze=None: None)
    list(pipeline.process(paths, Settings(analyze=False), jobs=2, batch_size=4))
    # the last 2 x 4 in pairs, then 2 x 2 alone: the workers finish together
    assert [len(b) for b in handed] == [4, 2, 2, 2] + [1] * 4
    assert [s for b in handed for s in b] == paths


@pytest.mark.parametrize(
    ("count", "sizes"),
    [
        (24, [8, 8, 2, 2, 1, 1, 1, 1]),  # two batches of 8, then the same tail as batches of 4 had
        (20, [8, 4, 2, 2, 1, 1, 1, 1]),
        (9, [1, 2, 2, 1, 1, 1, 1]),  # all but one in the tail
    ],
)
def test_pipeline_workers_parse_batches_of_eight_before_the_tail(tmp_path, monkeypatch, count, sizes):
    from veille import workers

    paths = []
    for i in range(count):
        path = tmp_path / f"c{i:02}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    handed: list[int] = []

    def supervise(batches, settings, jobs, analyze, prepare=None):
        handed.extend(len(batch) for batch in batches)
        return iter(())

    monkeypatch.setattr(workers, "supervise", supervise)
    monkeypatch.setattr(workers, "warm_up", lambda settings, analyze=None: None)
    list(pipeline.process(paths, Settings(analyze=False), jobs=2))
    assert handed == sizes


@pytest.mark.parametrize(
    ("lengths", "handed_tail"),
    [
        ([5, 5, 5, 1, 9, 3, 9], [4, 6, 5, 3]),  # the last four alone, the longest first (equal ones in order)
        ([2, 2, 2, 2, 2, 2], [2, 3, 4, 5]),  # all alike: input order
    ],
)
def test_pipeline_workers_get_the_longest_last_documents_first_and_give_them_back_in_order(
    tmp_path, monkeypatch, lengths, handed_tail
):
    from veille import workers
    from veille.record import Outcome

    paths = []
    for i, n in enumerate(lengths):
        path = tmp_path / f"b{i:02}.txt"
        path.write_text(f"Titre {i}\n\n" + "Un mot de plus. " * n, encoding="utf-8")
        paths.append(str(path))
    handed: list[str] = []

    def supervise(batches, settings, jobs, analyze, prepare=None):
        for batch in batches:
            for doc in batch:
                handed.append(doc.source)
                yield Outcome(doc.source)  # in the order handed out, as supervise gives them

    monkeypatch.setattr(workers, "supervise", supervise)
    monkeypatch.setattr(workers, "warm_up", lambda settings, analyze=None: None)
    outcomes = list(pipeline.process(paths, Settings(analyze=False), jobs=2, batch_size=2))
    assert handed[-4:] == [paths[i] for i in handed_tail]
    assert [o.source for o in outcomes] == paths


def test_pipeline_unsupported_language_is_stored_with_reason():
    text = (
        "Ein Titel für die Zeitung von heute\n\n"
        "Die Stadtverwaltung hat am Montag angekündigt, dass die alte Brücke über den Fluss im nächsten Jahr "
        "vollständig saniert wird, nachdem Gutachter Risse in den Pfeilern entdeckt hatten.\n"
    )
    art = pipeline.analyze_text(text, source="de.txt")
    assert art.language == "de"
    assert art.analysis["nlp"]["status"] == "skipped"
    assert "de" in art.analysis["nlp"]["reason"]
    assert art.paragraphs and art.entities == []


@pytest.mark.e2e
def test_pipeline_events_in_captions_carry_their_source():
    text = """Les négociations sur le blé reprennent à Istanbul

Par Anne Ferrer

Les délégations se sont retrouvées mardi à Istanbul pour une nouvelle session de discussions sur les exportations de céréales en mer Noire, sous l’égide des Nations unies.

Des soldats russes bombardent la ville de Kharkiv, en Ukraine, le 3 mars 2024

Les discussions doivent durer trois jours, selon un diplomate présent sur place, qui n’a pas souhaité être cité.
"""  # noqa: E501 (a page's text: one paragraph a line)
    art = pipeline.analyze_text(text, source="caption.txt")
    assert art.captions == ["Des soldats russes bombardent la ville de Kharkiv, en Ukraine, le 3 mars 2024"]
    from_captions = [e for e in art.events if e["source"] == "caption"]
    assert len(from_captions) == 1
    event = from_captions[0]
    assert event["type"] == "ASSAULT" and event["caption"] == 0
    assert {a["code"] for a in event["actors"]} == {"RUS"} and {r["code"] for r in event["recipients"]} == {"UKR"}
    assert event["date"] == "2024-03-03"
    assert "Kharkiv" not in art.body


@pytest.mark.e2e
def test_pipeline_headline_names_whom_the_body_act_concerns():
    text = """Le Tchad retire ses soldats du Niger

Par Anne Ferrer

Le Tchad a commencé mardi à retirer une partie de ses soldats, a annoncé l’état-major tchadien. Environ 800 militaires
ont franchi la frontière depuis lundi, selon des témoins.
"""
    art = pipeline.analyze_text(text, source="retreat.txt")
    retreats = [e for e in art.events if e["type"] == "RETREAT"]
    assert len(retreats) == 1 and retreats[0]["source"] == "body"  # one event, told by the body
    assert {a["code"] for a in retreats[0]["actors"]} == {"TCD"}
    assert {r["code"] for r in retreats[0]["recipients"]} == {"NER"}


def test_pipeline_missing_model_skips_analysis_with_reason(monkeypatch):
    import dataclasses

    from veille import lang

    french = lang.get("fr")
    lang.register(dataclasses.replace(french, model="fr_model_that_is_not_installed"))
    try:
        art = pipeline.analyze_text(TEXT, source="fr.txt")
    finally:
        lang.register(french)
    assert art.paragraphs and art.analysis["nlp"]["status"] == "skipped"
    assert "fr_model_that_is_not_installed is not installed" in art.analysis["nlp"]["reason"]
