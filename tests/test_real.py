"""The real-news gold format (spans into retrieved texts, a dev and a blind split), on invented texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veille.errors import GoldError
from veille.evaluation import evaluate_real, format_real, is_real_gold
from veille.evaluation.real import convert, load_real_gold

TEXT = "Un titre inventé\nPhoto : légende d'une image\nAnna Berg a déclaré que la paix était proche. Lire aussi : autre"


def span(part: str) -> list[int]:
    start = TEXT.index(part)
    return [start, start + len(part)]


def gold(gid: str, split: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": gid,
        "language": "fr",
        "published": None,
        "title_span": span("Un titre inventé"),
        "authors": [],
        "body": {
            "include_spans": [span("Anna Berg a déclaré")],
            "exclude_spans": [span("Lire aussi : autre")],
            "caption_spans": [span("légende d'une image")],
        },
        "entities": [{"name": "Anna Berg", "type": "PERSON", "mentions": ["Anna Berg"]}],
        "quotes": [
            {
                "speakers": ["Anna Berg"],
                "text_starts": "la paix était proche",
                "direct": False,
                "partial": False,
                "required": True,
            }
        ],
        "events": [
            {
                "type": "CONSULT",
                "actors": ["FRA"],
                "recipients": ["DEU"],
                "date": None,
                "location": None,
                "trigger": "x",
                "status": "realised",
                "required": True,
            },
            {
                "type": "AID",
                "actors": ["FRA"],
                "recipients": ["UKR"],
                "date": None,
                "location": None,
                "trigger": "y",
                "status": "planned",
                "required": False,
            },
        ],
        "split": split,
        **extra,
    }


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    golds, texts = tmp_path / "gold", tmp_path / "raw"
    golds.mkdir()
    texts.mkdir()
    for gid, split in (("xx-001", "dev"), ("xx-002", "blind"), ("xx-003", "dev")):
        (golds / f"{gid}.json").write_text(json.dumps(gold(gid, split)), encoding="utf-8")
    for gid in ("xx-001", "xx-002"):  # xx-003 is not retrieved
        (texts / f"{gid}.txt").write_text(TEXT, encoding="utf-8")
    return golds, texts


def test_real_gold_is_recognised(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    assert is_real_gold(corpus[0])
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "a.json").write_text(json.dumps({"source": "a.txt", "body": {}}), encoding="utf-8")
    assert not is_real_gold(tmp_path / "own")


def test_real_gold_spans_become_fragments_and_unrealised_events_optional() -> None:
    data = convert(gold("xx-001", "dev"), TEXT, Path("xx-001.json"))
    assert data["title"] == "Un titre inventé"
    assert data["body"] == {
        "must_include": ["Anna Berg a déclaré"],
        "must_exclude": ["Lire aussi : autre"],
        "captions": ["légende d'une image"],
    }
    assert [e["required"] for e in data["events"]] == [True, False]
    assert "date" not in data["events"][0]  # an unstated date is not scored
    assert "published" not in data


def test_real_gold_span_outside_the_text_is_an_error() -> None:
    bad = gold("xx-001", "dev", title_span=[0, 10_000])
    with pytest.raises(GoldError, match="title_span"):
        convert(bad, TEXT, Path("xx-001.json"))


def test_real_gold_missing_texts_are_skipped_and_splits_kept(corpus: tuple[Path, Path]) -> None:
    found, missing, changed = load_real_gold(*corpus)
    assert [(g.id, g.split) for g in found] == [("xx-001", "dev"), ("xx-002", "blind")] and missing == ["xx-003"]
    assert changed == {}


def test_real_gold_text_named_by_its_source_path(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "feeds").mkdir(parents=True)
    (tmp_path / "texts" / "feeds" / "a7.txt").write_text(TEXT, encoding="utf-8")
    for gid, source in (("yy-a7", "feeds/a7.txt"), ("yy-b2", "feeds/b2.txt"), ("yy-c3", "/etc/hostname")):
        data = gold(gid, "dev") | {"source": source}
        (tmp_path / "gold" / f"{gid}.json").write_text(json.dumps(data), encoding="utf-8")
    found, missing, _ = load_real_gold(tmp_path / "gold", tmp_path / "texts")
    assert [(g.id, g.source.name) for g in found] == [("yy-a7", "a7.txt")] and missing == ["yy-b2", "yy-c3"]


def test_real_blind_texts_are_reported_in_aggregate_only(
    corpus: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    def analyze(path: Path) -> dict[str, Any]:
        if "002" in path.name:
            raise ValueError(f"{path}: boom")
        return {
            "language": "fr",
            "title": "Un titre inventé",
            "body": "Anna Berg a déclaré que la paix était proche.",
            "entities": [{"id": "per:anna-berg", "name": "Anna Berg"}],
            "quotes": [],
            "events": [],
        }

    report = evaluate_real(*corpus, analyze)
    data = report.to_dict(details=True)
    assert data["missing"] == ["xx-003"]
    assert [f["id"] for f in data["dev"]["per_file"]] == ["xx-001"]
    assert "per_file" not in data["blind"] and data["blind"]["failed"] == 1
    text = format_real(report)
    assert "FAILED" not in text.split("split blind")[1] and "xx-002" not in text
    assert "a blind text failed: it: boom" in caplog.text and "xx-002" not in caplog.text
    assert data["dev"]["fields"]["entities"]["tp"] == 1 and data["dev"]["fields"]["quotes"]["fn"] == 1


@pytest.mark.parametrize("split", ["dev", "blind"])
def test_real_gold_text_that_changed_is_skipped_not_fatal(tmp_path: Path, split: str) -> None:
    """A retrieved text shorter than the copy its gold annotates (the stored page changed) is listed and skipped:
    the other texts are still scored, and a blind one is counted, never named."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    for gid in ("zz-001", "zz-002"):
        (tmp_path / "gold" / f"{gid}.json").write_text(json.dumps(gold(gid, split)), encoding="utf-8")
        (tmp_path / "texts" / f"{gid}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "texts" / "zz-002.txt").write_text(TEXT[:40], encoding="utf-8")
    found, missing, changed = load_real_gold(tmp_path / "gold", tmp_path / "texts")
    assert [g.id for g in found] == ["zz-001"] and missing == [] and changed == {"zz-002": split}

    def analyze(path: Path) -> dict[str, Any]:
        return {"language": "fr", "title": "", "body": "", "entities": [], "quotes": [], "events": []}

    report = evaluate_real(tmp_path / "gold", tmp_path / "texts", analyze)
    assert len(report.splits[split].files) == 1
    data, text = report.to_dict(), format_real(report)
    if split == "dev":
        assert data["changed"] == {"dev": ["zz-002"], "blind": 0} and "zz-002" in text
    else:
        assert data["changed"] == {"dev": [], "blind": 1} and "zz-002" not in text and "1 blind" in text
