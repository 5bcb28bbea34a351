"""Evaluation against gold files: tiny hand-written gold dirs and a fake ``analyze`` (no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veille.errors import GoldError
from veille.evaluation import evaluate, find_spans, fold, format_table, load_gold, match

BODY = "Le chef de l’OTAN, Mark\u00a0Rutte, a parlé. « Une OTAN plus forte profitera au Japon », a dit Ishiba."


def write_gold(root: Path, name: str, data: dict[str, Any], text: str = BODY) -> Path:
    """A gold file ``name.json`` with its source ``name.txt`` next to it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{name}.txt").write_text(text, encoding="utf-8")
    path = root / f"{name}.json"
    path.write_text(json.dumps({"id": name, "source": f"{name}.txt", **data}), encoding="utf-8")
    return path


def run(tmp_path: Path, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Evaluate one gold file against one prediction; return the report's overall fields."""
    write_gold(tmp_path / "gold", "a", gold)
    return evaluate(tmp_path / "gold", lambda _src: {"body": BODY, **pred}).to_dict()["fields"]


def quote(text: str, *speakers: str, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    return {"text": text, "speakers": [{"id": s, "name": s} for s in speakers], "start": start, "end": end}


def gquote(text_starts: str, *speakers: str, required: bool = True, **extra: Any) -> dict[str, Any]:
    return {"speakers": list(speakers), "text_starts": text_starts, "direct": True, "required": required, **extra}


def test_evaluation_fold_ignores_case_quotes_apostrophes_nbsp_and_whitespace():
    assert fold("L’OTAN\u00a0 a  dit « Oui »\n") == fold('l\'otan a dit "oui"')
    assert fold("cafe\u0301\u00ad") == fold("CAFÉ")  # decomposed accent, soft hyphen
    assert fold(None) == ""


def test_evaluation_find_spans_maps_folded_matches_back_to_body_offsets():
    spans = find_spans("mark rutte, a", BODY)
    assert [BODY[s:e] for s, e in spans] == ["Mark\u00a0Rutte, a"]
    assert find_spans("absent", BODY) == [] and find_spans("", BODY) == []


@pytest.mark.parametrize(
    "key, gold, predicted, correct",
    [
        ("title", "L’OTAN  et le Japon", "l'otan et le JAPON", True),
        ("title", "L’OTAN et le Japon", "L’OTAN et la Chine", False),
        ("authors", ["Jean Delaunay", "Anne Roy"], ["anne roy", "Jean\u00a0Delaunay"], True),
        ("authors", ["Jean Delaunay", "Anne Roy"], ["Jean Delaunay"], False),
        ("published", "2025-04-09", "2025-04-09T08:30:00+02:00", True),
        ("published", "2025-04-09", "2025-04-08", False),
        ("language", "fr", "FR", True),
        ("language", "fr", None, False),
    ],
)
def test_evaluation_single_valued_fields_are_exact_after_folding(tmp_path, key, gold, predicted, correct):
    field = run(tmp_path, {key: gold}, {key: predicted})[key]
    assert (field["n"], field["tp"], field["accuracy"]) == (1, int(correct), float(correct))
    assert field["fp"] == int(not correct and bool(predicted))


def test_evaluation_unstated_fields_do_not_count(tmp_path):
    fields = run(
        tmp_path,
        {"title": "T"},
        {
            "title": "T",
            "language": "fr",
            "entities": [{"name": "X"}],
            "quotes": [quote("x", "A")],
            "events": [{"type": "AID"}],
        },
    )
    assert fields["title"]["n"] == 1
    for name in ("language", "authors", "entities", "quotes", "events", "must_include"):
        assert fields[name]["n"] == 0 and fields[name].get("fp", 0) == 0


def test_evaluation_body_fragments_and_captions(tmp_path):
    gold = {
        "body": {
            "must_include": ["chef de l'OTAN, Mark Rutte", "absent de l’article"],
            "must_exclude": ["Laisser un commentaire", "a dit Ishiba"],
            "captions": ["Rutte à Tokyo", "Une photo manquante"],
        }
    }
    fields = run(tmp_path, gold, {"captions": ["Photo : Mark Rutte à Tokyo, mardi"]})
    assert fields["must_include"] == {"n": 2, "found": 1, "recall": 0.5}
    assert fields["must_exclude"] == {"n": 2, "absent": 1, "precision": 0.5}
    assert fields["captions"] == {"n": 2, "found": 1, "recall": 0.5}


def test_evaluation_entities_match_by_name_or_surface_form_never_by_code(tmp_path):
    gold = {
        "entities": [
            {"name": "NATO", "type": "ORG", "code": "NATO", "mentions": ["l’OTAN"]},
            {"name": "Mark Rutte", "type": "PERSON"},
            {"name": "Japan", "type": "GPE", "code": "JPN"},
            {"name": "Tokyo", "type": "GPE", "country": "JPN", "code": "JPN", "mentions": ["Tokyo"]},
        ]
    }
    pred = {
        "entities": [
            {"name": "OTAN", "code": "NATO", "mentions": [{"text": "OTAN", "start": 0, "end": 4}]},  # a surface form
            {"name": "mark rutte", "code": None},
            {"name": "Nippon", "code": "JPN", "mentions": [{"text": "Japon", "start": 9, "end": 14}]},  # code only
            {"name": "Invented Person", "code": None},
        ]
    }
    fields = run(tmp_path, gold, pred)
    e = fields["entities"]
    assert (e["tp"], e["fn"], e["fp"]) == (2, 2, 2)  # neither Japan nor Tokyo is found by the code JPN


def test_evaluation_speakers_are_the_same_through_their_entities(tmp_path):
    gold = {
        "entities": [{"name": "Donald Trump", "type": "PERSON", "mentions": ["Donald Trump", "Trump"]}],
        "quotes": [
            {"speakers": ["Donald Trump"], "text_starts": "a great deal", "required": True},
            {"speakers": [], "speaker_description": "an official", "text_starts": "no comment", "required": True},
        ],
    }
    pred = {
        "body": "x",
        "entities": [{"id": "per:trump", "name": "Trump", "mentions": [{"text": "Trump", "start": 0, "end": 5}]}],
        "quotes": [
            {"text": "a great deal for us", "speakers": [{"id": "per:trump", "name": "Trump"}]},
            {"text": "no comment at all", "speakers": [{"id": None, "name": "un responsable"}]},  # described
        ],
    }
    fields = run(tmp_path, gold, pred)
    assert fields["quotes"]["tp"] == 2 and fields["quote_speakers"]["tp"] == 2
    pred["quotes"][1]["speakers"] = [{"id": "per:trump", "name": "Trump"}]  # a named speaker for an anonymous one
    assert run(tmp_path, gold, pred)["quote_speakers"]["tp"] == 1


def test_evaluation_quotes_required_optional_and_false_positives(tmp_path):
    gold = {
        "quotes": [
            gquote("Une OTAN plus forte", "Shigeru Ishiba"),
            gquote("remodeler la sécurité", "Mark Rutte"),
            gquote("autre traduction", "Shigeru Ishiba", required=False),
        ]
    }
    pred = {
        "quotes": [
            quote("« Une OTAN plus forte profitera au Japon »", "Shigeru Ishiba"),
            quote("Une OTAN plus forte, encore", "Shigeru Ishiba"),  # duplicate: FP
            quote("une autre traduction du même propos", "Shigeru Ishiba"),  # optional: ignored
            quote("Texte inventé", "Jeanne Exemple"),
        ]
    }  # FP
    q = run(tmp_path, gold, pred)["quotes"]
    assert (q["n"], q["tp"], q["fn"], q["fp"]) == (2, 1, 1, 2)
    assert q["precision"] == pytest.approx(1 / 3) and q["recall"] == 0.5


@pytest.mark.parametrize(
    "speakers, matched",
    [
        (("Mark Rutte", "Shigeru Ishiba"), True),
        (("shigeru ishiba", "mark rutte"), True),
        (("Mark Rutte",), False),
        (("Mark Rutte", "Shigeru Ishiba", "Gen Nakatani"), False),
    ],
)
def test_evaluation_joint_quote_needs_the_same_speaker_set(tmp_path, speakers, matched):
    gold = {"quotes": [gquote("une priorité partagée", "Shigeru Ishiba", "Mark Rutte")]}
    fields = run(tmp_path, gold, {"quotes": [quote("C'est une priorité partagée", *speakers)]})
    assert fields["quotes"]["tp"] == int(matched)
    assert fields["quote_speakers"]["n"] == 1 and fields["quote_speakers"]["accuracy"] == float(matched)


def test_evaluation_quote_with_empty_text_starts_matches_any_quote_of_its_speakers(tmp_path):
    gold = {"quotes": [gquote("", "Gen Nakatani", required=False)]}
    fields = run(tmp_path, gold, {"quotes": [quote("Tokyo est prêt", "Gen Nakatani"), quote("x", "Autre Nom")]})
    assert (fields["quotes"]["tp"], fields["quotes"]["fp"]) == (0, 1)
    assert fields["quote_speakers"]["n"] == 0  # no text to match on


@pytest.mark.parametrize(
    "text_starts, predicted, matched",
    [
        ("Nous refusons,", "Nous refusons", True),  # a short quote's closing comma, inside the marks
        ("totally rejected.", "the measures were totally rejected", True),
        ("Nous refusons;", "Nous refusons", True),
        ("Nous refusons", "Nous refusons,", True),
        ("Nous refusons?", "Nous refusons", False),  # a question mark is part of what was said
        ("Nous refusons,", "Nous refusions", False),
    ],
)
def test_evaluation_quote_start_closing_punctuation_is_not_compared(tmp_path, text_starts, predicted, matched):
    fields = run(
        tmp_path, {"quotes": [gquote(text_starts, "Gen Nakatani")]}, {"quotes": [quote(predicted, "Gen Nakatani")]}
    )
    assert fields["quotes"]["tp"] == int(matched)


def test_evaluation_quote_speaker_accuracy_prefers_correct_pairs(tmp_path):
    gold = {
        "quotes": [gquote("activités déstabilisantes", "Mark Rutte"), gquote("une OTAN plus forte", "Shigeru Ishiba")]
    }
    pred = {
        "quotes": [
            quote("des activités déstabilisantes", "Shigeru Ishiba"),
            quote("des activités déstabilisantes", "Mark Rutte"),
            quote("Une OTAN plus forte", "Mark Rutte"),
        ]
    }
    s = run(tmp_path, gold, pred)["quote_speakers"]
    assert (s["n"], s["tp"], s["accuracy"]) == (2, 1, 0.5)


OVERLAP_GOLD = "Une OTAN plus forte profitera au Japon"


@pytest.mark.parametrize(
    "covered, speaker, expect",
    [
        # covered fraction of the gold text -> found at 0.3 / 0.8, without and with speaker match
        (1.0, "Shigeru Ishiba", {"30": 1, "80": 1, "speaker_30": 1, "speaker_80": 1}),
        (0.5, "Shigeru Ishiba", {"30": 1, "80": 0, "speaker_30": 1, "speaker_80": 0}),
        (0.5, "Mark Rutte", {"30": 1, "80": 0, "speaker_30": 0, "speaker_80": 0}),
        (0.2, "Shigeru Ishiba", {"30": 0, "80": 0, "speaker_30": 0, "speaker_80": 0}),
    ],
)
def test_evaluation_quote_overlap_thresholds(tmp_path, covered, speaker, expect):
    start = BODY.index(OVERLAP_GOLD)
    end = start + round(len(OVERLAP_GOLD) * covered)
    gold = {
        "quotes": [
            gquote("Une OTAN", "Shigeru Ishiba", text="une otan plus forte profitera au japon"),
            gquote("a parlé", "Mark Rutte"),
        ]
    }  # no full text: skipped by this metric
    pred = {"quotes": [quote(BODY[start:end], speaker, start=start, end=end)]}
    fields = run(tmp_path, gold, pred)
    for suffix, found in expect.items():
        o = fields[f"quote_overlap_{suffix}"]
        assert (o["n"], o["tp"], o["fp"], o["skipped"]) == (1, found, 1 - found, 1), suffix


def test_evaluation_quote_overlap_ignores_predictions_of_unscored_gold_quotes(tmp_path):
    gold = {"quotes": [gquote("a parlé", "Mark Rutte")]}
    s = BODY.index("a parlé")
    fields = run(tmp_path, gold, {"quotes": [quote("a parlé", "Mark Rutte", start=s, end=s + 7)]})
    o = fields["quote_overlap_30"]
    assert (o["n"], o["fp"], o["skipped"], o["f1"]) == (0, 0, 1, None)


def test_evaluation_events_match_type_and_overlapping_codes(tmp_path):
    gold = {
        "events": [
            {
                "type": "CONSULT",
                "mode": "visit",
                "actors": ["NATO"],
                "recipients": ["JPN"],
                "date": "2025-04-09",
                "location": "Tokyo",
                "required": True,
            },
            {"type": "ACCUSE", "actors": ["JPN", "NATO"], "recipients": ["PRK", "RUS"], "date": "2025-04-09"},
            {"type": "ASSAULT", "actors": ["UKR"], "location": "Zaporizhzhia", "required": False},
            {"type": "AID", "actors": ["CHN"], "recipients": ["RUS"], "required": True},
        ]
    }

    def side(*codes: str) -> list[dict[str, Any]]:
        return [{"name": c.title(), "code": c} for c in codes]

    pred = {
        "events": [
            {
                "type": "consult",
                "mode": "visit",
                "actors": side("NATO"),
                "recipients": side("JPN"),
                "date": "2025-04-09",
                "location": {"name": "Tokyo", "code": "JPN"},
            },
            {"type": "ACCUSE", "actors": side("NATO"), "recipients": side("RUS"), "date": "2025-04-10"},
            {"type": "ASSAULT", "actors": side("UKR"), "recipients": side("RUS"), "location": {"code": "UKR"}},
            {"type": "AID", "actors": side("RUS"), "recipients": side("CHN")},  # codes swapped: FP
        ]
    }
    fields = run(tmp_path, gold, pred)
    ev = fields["events"]
    assert (ev["n"], ev["tp"], ev["fn"], ev["fp"]) == (3, 2, 1, 1)
    assert (fields["event_dates"]["n"], fields["event_dates"]["tp"]) == (2, 1)
    assert (fields["event_locations"]["n"], fields["event_locations"]["tp"]) == (2, 1)  # optional too
    assert fields["event_modes"]["accuracy"] == 1.0


def test_evaluation_match_keeps_required_matches_first():
    # gold 0 (optional) and gold 1 (required) both fit prediction 0; only gold 1 fits nothing else
    pairs = match(2, 1, lambda g, p: True, order=[1, 0])
    assert pairs == {1: 0}
    pairs = match(2, 2, lambda g, p: (g, p) != (1, 1), order=[0, 1])
    assert pairs == {0: 1, 1: 0}  # augmenting path re-routes gold 0


@pytest.mark.parametrize(
    "content, reason",
    [
        ("{not json", "bad JSON"),
        (json.dumps({"id": "x"}), "missing 'source'"),
        (json.dumps({"source": "nowhere.txt"}), "source file not found"),
        (json.dumps({"source": "a.txt", "quotes": [{"text_starts": "x"}]}), "quotes[0].speakers"),
        (json.dumps({"source": "a.txt", "events": [{"actors": ["JPN"]}]}), "events[0] has no 'type'"),
        (json.dumps({"source": "a.txt", "published": "9 avril"}), "not an ISO date"),
        (json.dumps({"source": "a.txt", "body": {"must_include": "one string"}}), "body.must_include"),
        (json.dumps([1, 2]), "one JSON object"),
        (json.dumps({"source": "a.txt", "quotes": [{"speakers": [], "text_starts": "", "text": " "}]}), "non-empty"),
    ],
)
def test_evaluation_malformed_gold_raises_gold_error_naming_file(tmp_path, content, reason):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path)
    assert "bad.json" in str(err.value) and reason in str(err.value)


def test_evaluation_load_gold_is_recursive_sorted_and_rejects_duplicates(tmp_path):
    write_gold(tmp_path / "sub", "b", {"language": "en"})
    write_gold(tmp_path, "a", {"language": "fr"})
    files = load_gold(tmp_path)
    assert [f.id for f in files] == ["a", "b"]
    assert files[1].source == (tmp_path / "sub" / "b.txt").resolve()
    write_gold(tmp_path / "sub2", "a", {})
    with pytest.raises(GoldError, match="duplicate id"):
        load_gold(tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldError, match="no \\*.json"):
        load_gold(tmp_path / "empty")
    with pytest.raises(GoldError, match="not a directory"):
        load_gold(tmp_path / "missing")


def test_evaluation_failing_analyze_records_file_and_goes_on(tmp_path):
    gold = {
        "language": "fr",
        "title": "T",
        "body": {"must_include": ["OTAN"], "must_exclude": ["pub"]},
        "quotes": [gquote("Une OTAN", "Shigeru Ishiba"), gquote("x", "Y", required=False)],
    }
    write_gold(tmp_path, "a", gold)
    write_gold(tmp_path, "b", {"language": "fr", "title": "T"})

    def analyze(src: Path) -> dict[str, Any]:
        if src.name == "a.txt":
            raise RuntimeError("model exploded")
        return {"title": "T", "body": BODY}

    report = evaluate(tmp_path, analyze).to_dict()
    assert (report["files"], report["failed"]) == (2, 1)
    failed = report["per_file"][0]
    assert failed["error"] == "RuntimeError: model exploded"
    assert failed["missed"]["quotes"] == ["Shigeru Ishiba: 'Une OTAN'"]
    f = report["fields"]
    assert (f["title"]["n"], f["title"]["tp"]) == (2, 1)
    assert (f["quotes"]["n"], f["quotes"]["fn"]) == (1, 1)
    assert f["must_exclude"]["precision"] == 0.0  # a crash never scores as a clean body


def test_evaluation_report_groups_by_language_and_formats_table(tmp_path):
    write_gold(tmp_path, "fr1", {"language": "fr", "title": "Titre"})
    write_gold(tmp_path, "en1", {"language": "en", "title": "Title", "entities": [{"name": "NATO"}]})
    report = evaluate(tmp_path, lambda src: {"title": "Titre", "entities": [{"name": "Japan"}]})
    data = report.to_dict()
    assert set(data) == {"files", "failed", "fields", "by_language", "per_file"}
    assert data["by_language"]["fr"]["fields"]["title"]["accuracy"] == 1.0
    assert data["by_language"]["en"]["fields"]["title"]["accuracy"] == 0.0
    assert data["fields"]["title"]["accuracy"] == 0.5
    en = next(f for f in data["per_file"] if f["id"] == "en1")
    assert en["missed"]["entities"] == ["NATO"] and en["false_positives"]["entities"] == ["Japan"]
    json.dumps(data)  # JSON-ready
    table = format_table(report)
    lines = table.splitlines()
    header = next(line for line in lines if line.startswith("field"))
    assert header.split() == ["field", "n", "precision", "recall", "F1"]
    assert any(line.split()[:2] == ["title", "2"] for line in lines)
    assert "language: en" in table and "language: fr" in table


def test_evaluation_quote_without_text_uses_its_body_span(tmp_path):
    s = BODY.index("Une OTAN")
    gold = {"quotes": [gquote("une otan plus forte", "Shigeru Ishiba")]}
    fields = run(tmp_path, gold, {"quotes": [{"start": s, "end": s + 30, "speakers": ["Shigeru Ishiba"]}]})
    assert fields["quotes"]["tp"] == 1


def test_evaluation_invalid_record_counts_as_failed(tmp_path):
    write_gold(tmp_path, "a", {"title": "T", "events": [{"type": "AID", "actors": ["CHN"]}]})
    report = evaluate(tmp_path, lambda src: {"title": "T", "events": [{"type": "AID", "actors": 5}]}).to_dict()
    assert report["failed"] == 1 and report["per_file"][0]["error"].startswith("invalid record")
    assert report["fields"]["events"]["fn"] == 1
    report = evaluate(tmp_path, lambda src: ["not", "a", "record"]).to_dict()
    assert "TypeError" in report["per_file"][0]["error"]


def test_evaluation_quote_overlap_locates_prediction_without_offsets(tmp_path):
    gold = {"quotes": [gquote("Une OTAN", "Shigeru Ishiba", text=OVERLAP_GOLD)]}
    fields = run(tmp_path, gold, {"quotes": [quote("« Une OTAN plus forte profitera", "Shigeru Ishiba")]})
    assert fields["quote_overlap_30"]["tp"] == 1 and fields["quote_overlap_80"]["tp"] == 0


@pytest.mark.parametrize(
    ("gold_entity", "pred_entity", "found"),
    [
        # the gold's own code for the organisation, the knowledge base's for the same one, by name
        ({"name": "Amnesty International", "type": "ORG", "code": "AI"}, {"name": "Amnesty International"}, 1),
        # the gold names it in full, the prediction by a surface form the gold lists
        (
            {"name": "Islamic State", "type": "ORG", "code": "IS", "mentions": ["Daech"]},
            {"name": "Daech", "mentions": [{"text": "Daech"}]},
            1,
        ),
        # another organisation: no alias
        ({"name": "Amnesty International", "type": "ORG", "code": "AI"}, {"name": "Human Rights Watch"}, 0),
        # a person's code is her state's, never an alias
        ({"name": "Amnesty International", "type": "PERSON", "code": "AI"}, {"name": "Amnesty International"}, 0),
    ],
)
def test_evaluation_events_sides_read_the_gold_code_of_the_same_entity(tmp_path, gold_entity, pred_entity, found):
    gold = {
        "entities": [gold_entity],
        "events": [{"type": "ACCUSE", "actors": [gold_entity["code"]], "recipients": ["GIN"], "required": True}],
    }
    pred = {
        "entities": [{"id": "e1", "code": "AMNESTY", **pred_entity}],
        "events": [
            {
                "type": "ACCUSE",
                "actors": [{"id": "e1", "name": pred_entity["name"], "code": "AMNESTY"}],
                "recipients": [{"name": "Guinea", "code": "GIN"}],
            }
        ],
    }
    ev = run(tmp_path, gold, pred)["events"]
    assert (ev["tp"], ev["fp"], ev["fn"]) == (found, 1 - found, 1 - found)


def test_evaluation_unrealised_events_are_not_counted(tmp_path):
    import json as _json

    from veille.evaluation import evaluate as _evaluate

    (tmp_path / "a.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "a.json").write_text(
        _json.dumps(
            {
                "id": "a",
                "source": "a.txt",
                "events": [{"type": "AGREE", "actors": ["FRA"], "recipients": ["DEU"], "required": True}],
            }
        ),
        encoding="utf-8",
    )
    realised = {"type": "AGREE", "actors": [{"code": "FRA"}], "recipients": [{"code": "DEU"}]}
    future = dict(realised, type="SANCTION", modality="future")
    negated = dict(realised, type="ASSAULT", negated=True)
    report = _evaluate(tmp_path, lambda p: {"body": "Texte.", "events": [realised, future, negated]}).to_dict()
    assert report["fields"]["events"]["precision"] == 1.0
    assert report["fields"]["events"]["recall"] == 1.0


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("la Suisse", "Suisse", True),
        ("l’OTAN", "OTAN", True),
        ("the Kremlin", "Kremlin", True),
        ("l'Assemblée nationale", "Assemblée nationale", True),
        ("Assemblée nationale", "ssemblée nationale", False),  # a word starting like an article keeps its letters
        ("Armée allemande", "rmée allemande", False),
    ],
)
def test_evaluation_surface_forms_set_a_leading_article_aside(a, b, same):
    from veille.evaluation.identity import form

    assert (form(a) == form(b)) is same


def _side(*codes: str) -> list[dict[str, Any]]:
    return [{"name": c.title(), "code": c} for c in codes]


def _gevent(etype: str, actors: list[str], recipients: list[str], status: str = "realised") -> dict[str, Any]:
    return {
        "type": etype,
        "actors": actors,
        "recipients": recipients,
        "status": status,
        "required": status == "realised",
    }


def test_evaluation_events_type_ignores_the_sides(tmp_path):
    gold = {"events": [_gevent("SANCTION", ["USA"], ["RUS"]), _gevent("ACCUSE", ["FRA"], ["IRN"])]}
    pred = {
        "events": [
            {"type": "SANCTION", "actors": _side("GBR"), "recipients": _side("RUS")},  # wrong actor
            {"type": "ACCUSE", "actors": _side("FRA"), "recipients": _side("IRN")},
            {"type": "ASSAULT", "actors": _side("RUS"), "recipients": _side("UKR")},  # no such gold event
        ]
    }
    fields = run(tmp_path, gold, pred)
    assert (fields["events"]["tp"], fields["events"]["fp"], fields["events"]["fn"]) == (1, 2, 1)
    assert (fields["events_type"]["tp"], fields["events_type"]["fp"], fields["events_type"]["fn"]) == (2, 1, 0)


def test_evaluation_events_per_type_recall_by_gold_type_false_positives_by_predicted_type(tmp_path):
    gold = {"events": [_gevent("SANCTION", ["USA"], ["RUS"]), _gevent("COERCE", ["RUS"], ["USA"])]}
    pred = {
        "events": [
            {"type": "SANCTION", "actors": _side("USA"), "recipients": _side("RUS")},
            {"type": "SANCTION", "actors": _side("RUS"), "recipients": _side("USA")},  # the expulsion, mistyped
        ]
    }
    fields = run(tmp_path, gold, pred)
    assert (fields["events/SANCTION"]["tp"], fields["events/SANCTION"]["fp"]) == (1, 1)
    assert (fields["events/COERCE"]["fn"], fields["events/COERCE"]["fp"]) == (1, 0)
    assert fields["events/ASSAULT"]["n"] == 0


def test_evaluation_event_modality_judges_the_realised_or_flagged_decision(tmp_path):
    gold = {
        "events": [
            _gevent("CONSULT", ["KOR"], ["JPN"], "planned"),  # flagged: right
            _gevent("AGREE", ["KOR"], ["CHN"], "realised"),  # flagged: wrong, and missed
            _gevent("ASSAULT", ["IRN"], ["USA"], "hypothetical"),  # realised: wrong, neither TP nor FP
            _gevent("SANCTION", ["USA"], ["IRN"], "realised"),  # realised: right
            _gevent("THREATEN", ["USA"], ["IRN"], "negated"),  # not found: not judged
        ]
    }
    pred = {
        "events": [
            {"type": "CONSULT", "actors": _side("KOR"), "recipients": _side("JPN"), "modality": "future"},
            {"type": "AGREE", "actors": _side("KOR"), "recipients": _side("CHN"), "modality": "intended"},
            {"type": "ASSAULT", "actors": _side("IRN"), "recipients": _side("USA")},
            {"type": "SANCTION", "actors": _side("USA"), "recipients": _side("IRN")},
        ]
    }
    fields = run(tmp_path, gold, pred)
    m = fields["event_modality"]
    assert (m["n"], m["tp"], m["fn"], m["accuracy"]) == (4, 2, 2, 0.5)
    assert (fields["events"]["tp"], fields["events"]["fp"], fields["events"]["fn"]) == (1, 0, 1)
    assert fields["events_status/planned"]["recall"] == 1.0
    assert fields["events_status/realised"]["found"] == 2  # the flagged AGREE is found, with the wrong decision
    assert fields["events_status/negated"]["recall"] == 0.0


@pytest.mark.parametrize("order", [("realised", "planned"), ("planned", "realised")])
def test_evaluation_event_modality_pairs_a_flagged_prediction_with_a_flagged_gold_event_first(tmp_path, order):
    # two gold acts of the same type and sides, one done, one planned: the one flagged prediction stands for the
    # planned act whatever the gold's order; the done act is missed (not read as flagged)
    gold = {"events": [_gevent("REQUEST", ["USA"], ["IRN"], status) for status in order]}
    pred = {"events": [{"type": "REQUEST", "actors": _side("USA"), "recipients": _side("IRN"), "modality": "future"}]}
    fields = run(tmp_path, gold, pred)
    m = fields["event_modality"]
    assert (m["n"], m["tp"], m["fn"]) == (1, 1, 0)
    assert fields["events_status/planned"]["recall"] == 1.0
    assert fields["events_status/realised"]["recall"] == 0.0


@pytest.mark.parametrize("order", [("realised", "planned"), ("planned", "realised")])
def test_evaluation_event_modality_pairs_a_realised_prediction_with_a_realised_gold_event_first(tmp_path, order):
    # the same two gold acts, one realised prediction: it stands for the done act whatever the gold's order
    gold = {"events": [_gevent("REQUEST", ["USA"], ["IRN"], status) for status in order]}
    pred = {"events": [{"type": "REQUEST", "actors": _side("USA"), "recipients": _side("IRN")}]}
    fields = run(tmp_path, gold, pred)
    m = fields["event_modality"]
    assert (m["n"], m["tp"], m["fn"]) == (1, 1, 0)
    assert fields["events_status/realised"]["recall"] == 1.0
    assert fields["events_status/planned"]["recall"] == 0.0


def test_evaluation_event_modality_needs_a_gold_status(tmp_path):
    gold = {"events": [{"type": "AGREE", "actors": ["FRA"], "recipients": ["DEU"]}]}
    pred = {"events": [{"type": "AGREE", "actors": _side("FRA"), "recipients": _side("DEU"), "modality": "future"}]}
    fields = run(tmp_path, gold, pred)
    assert fields["event_modality"]["n"] == 0 and fields["events_status/realised"]["n"] == 0


def test_evaluation_quotes_scored_by_kind_with_and_without_the_speaker(tmp_path):
    gold = {
        "quotes": [
            gquote("Une OTAN plus forte", "Shigeru Ishiba"),  # direct, right speaker
            gquote("remodeler la sécurité", "Mark Rutte", direct=False),  # reported, wrong speaker
            gquote("plus forte", "Mark Rutte", direct=False, partial=True),  # its text is taken by the direct one
            gquote("autre traduction", "Mark Rutte", required=False, direct=False),  # optional: not counted
        ]
    }
    pred = {
        "quotes": [
            quote("« Une OTAN plus forte profitera au Japon »", "Shigeru Ishiba"),
            quote("il faut remodeler la sécurité", "Jeanne Exemple"),
        ]
    }
    fields = run(tmp_path, gold, pred)
    got = {k: (fields[k]["n"], fields[k]["found"]) for k in fields if k.startswith(("quotes/", "quotes_text/"))}
    assert got == {
        "quotes/direct": (1, 1),
        "quotes/partial": (1, 0),
        "quotes/reported": (1, 0),
        "quotes_text/direct": (1, 1),
        "quotes_text/partial": (1, 0),  # one prediction matches one gold quote
        "quotes_text/reported": (1, 1),
    }


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_evaluation_events_pair_equal_sides_by_date_and_place(tmp_path, order):
    # two arrests of the same type and sides on two days in two towns, found both: each prediction stands for the
    # gold event whose date and place it has, whatever the order of the predictions
    gold = {
        "events": [
            {"type": "COERCE", "actors": ["KEN"], "recipients": ["KEN"], "date": "2026-03-02", "location": "Nakuru"},
            {"type": "COERCE", "actors": ["KEN"], "recipients": ["KEN"], "date": "2026-03-05", "location": "Eldoret"},
        ]
    }
    found = [
        {"type": "COERCE", "actors": _side("KEN"), "recipients": _side("KEN"), "date": day, "location": {"name": town}}
        for day, town in (("2026-03-02", "Nakuru"), ("2026-03-05", "Eldoret"))
    ]
    fields = run(tmp_path, gold, {"events": [found[i] for i in order]})
    assert fields["events"]["tp"] == 2
    assert fields["event_dates"]["tp"] == 2
    assert fields["event_locations"]["tp"] == 2


def test_evaluation_match_prefers_the_better_agreeing_candidate():
    # both predictions fit gold 0 and gold 1; the preference only picks which of the equally valid pairs is made
    assert match(2, 2, lambda g, p: True, order=[0, 1], prefer=lambda g, p: int(g == p)) == {0: 0, 1: 1}
    assert match(2, 2, lambda g, p: True, order=[0, 1], prefer=lambda g, p: int(g != p)) == {0: 1, 1: 0}
    assert len(match(2, 1, lambda g, p: True, order=[0, 1], prefer=lambda g, p: g)) == 1


#: A reported clause (offsets 0-60) and the quoted fragment inside it (30-50), of one speaker.
CLAUSE = {"text": "le plan était « un piège pour les paysans » et retiré", "direct": False, "start": 0, "end": 60}
FRAGMENT = {"text": "un piège pour les paysans", "direct": True, "start": 30, "end": 50}


@pytest.mark.parametrize(
    "golds, tp, fp",
    [
        ([gquote("le plan était", "Jeanne Exemple", direct=False)], 1, 0),  # the clause alone
        ([gquote("un piège pour les", "Jeanne Exemple")], 1, 0),  # the fragment alone
        ([gquote("le plan était", "Jeanne Exemple", direct=False), gquote("un piège pour", "Jeanne Exemple")], 2, 0),
        ([gquote("autre chose", "Jeanne Exemple")], 0, 2),  # neither half found: both false
    ],
)
def test_evaluation_fragment_and_its_clause_are_two_halves(tmp_path, golds, tp, fp):
    who = [{"id": "Jeanne Exemple", "name": "Jeanne Exemple"}]
    pred = {"quotes": [{**CLAUSE, "speakers": who}, {**FRAGMENT, "speakers": who}]}
    q = run(tmp_path, {"quotes": golds}, pred)["quotes"]
    assert (q["tp"], q["fp"]) == (tp, fp)


def test_evaluation_fragment_of_another_speaker_is_no_half(tmp_path):
    pred = {
        "quotes": [
            {**CLAUSE, "speakers": [{"id": "Jeanne Exemple", "name": "Jeanne Exemple"}]},
            {**FRAGMENT, "speakers": [{"id": "Paul Autre", "name": "Paul Autre"}]},
        ]
    }
    q = run(tmp_path, {"quotes": [gquote("le plan était", "Jeanne Exemple", direct=False)]}, pred)["quotes"]
    assert (q["tp"], q["fp"]) == (1, 1)
