"""The real-news gold check (veille.evaluation.goldcheck): what an annotator's file must hold against its text."""

import copy
import json
from pathlib import Path

import pytest

from veille.evaluation.goldcheck import check_real_gold

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "Valdoria recalls its envoy\n\n"
    "The foreign minister of Valdoria, Ana Pereira, said the envoy would return to Norvik on Monday. "
    "“We will not accept this,” Pereira told reporters.\n"
)

GOOD = {
    "id": "t-001",
    "source": "raw/t-001.txt",
    "language": "en",
    "published": None,
    "title_span": [0, 26],
    "authors": [],
    "body": {"include_spans": [[28, 123]], "exclude_spans": [], "caption_spans": []},
    "entities": [
        {"name": "Valdoria", "type": "GPE", "code": "VAL", "mentions": ["Valdoria"]},
        {"name": "Ana Pereira", "type": "PERSON", "country": "VAL", "mentions": ["Ana Pereira", "Pereira"]},
        {"name": "Norvik", "type": "GPE", "mentions": ["Norvik"]},
    ],
    "quotes": [
        {
            "speakers": ["Ana Pereira"],
            "text_starts": "the envoy would return",
            "direct": False,
            "partial": False,
            "required": True,
        },
        {
            "speakers": ["Ana Pereira"],
            "text_starts": "We will not accept this,",
            "direct": True,
            "partial": False,
            "required": True,
        },
    ],
    "events": [
        {
            "type": "SANCTION",
            "actors": ["VAL"],
            "recipients": [],
            "date": None,
            "location": None,
            "trigger": "recalls its envoy",
            "status": "realised",
            "required": True,
        },
        {
            "type": "REJECT",
            "actors": ["VAL"],
            "recipients": [],
            "date": None,
            "location": None,
            "trigger": "will not accept",
            "status": "planned",
            "required": False,
        },
    ],
    "split": "dev",
    "notes": "invented text",
}


def _check(tmp_path: Path, data: dict, text: str = TEXT):
    (tmp_path / "raw").mkdir(exist_ok=True)
    (tmp_path / "raw" / "t-001.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "t-001.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return check_real_gold(path, tmp_path)


def test_goldcheck_a_sound_file_passes(tmp_path):
    check = _check(tmp_path, GOOD)
    assert check.ok, check.errors
    assert check.warnings == []


def _broken(edit):
    data = copy.deepcopy(GOOD)
    edit(data)
    return data


@pytest.mark.parametrize(
    "edit, expected",
    [
        (lambda d: d.pop("notes"), "missing keys: notes"),
        (lambda d: d.update(split="test"), "split must be dev or blind"),
        (lambda d: d.update(title_span=[0, 300]), "outside the text"),
        (lambda d: d.update(title_span=[1, 26]), "starts inside a word"),
        (lambda d: d.update(title_span=[0, 27]), "starts or ends with whitespace"),
        (lambda d: d["body"]["include_spans"].append([28, 30]), "ends inside a word"),
        (lambda d: d["entities"][1]["mentions"].append("Pereiro"), "mention 'Pereiro' not in the text"),
        (lambda d: d["entities"][2].update(type="CITY"), "type 'CITY'"),
        (lambda d: d["quotes"][0].update(text_starts="the envoy would come back"), "not in the text"),
        (lambda d: d["quotes"][0].update(text_starts="the envoy would return to Norvik on"), "more than 6 words"),
        (lambda d: d["quotes"][1].pop("partial"), "no partial"),
        (lambda d: d["quotes"][1].update(speakers=[]), "no speaker and no speaker_description"),
        (lambda d: d["events"][0].update(type="EXPEL"), "is no PLOVER type"),
        (lambda d: d["events"][0].update(trigger="recalled its envoy"), "trigger not in the text"),
        (lambda d: d["events"][0].update(required=False), "required must be true exactly for realised events"),
        (lambda d: d["events"][1].update(required=True), "required must be true exactly for realised events"),
        (lambda d: d["events"][1].update(status="maybe"), "status 'maybe'"),
    ],
)
def test_goldcheck_names_what_does_not_hold(tmp_path, edit, expected):
    check = _check(tmp_path, _broken(edit))
    assert not check.ok
    assert any(expected in e for e in check.errors), check.errors


def test_goldcheck_an_unnamed_speaker_is_only_a_warning(tmp_path):
    check = _check(tmp_path, _broken(lambda d: d["quotes"][0].update(speakers=["Ministry of Foreign Affairs"])))
    assert check.ok
    assert check.warnings == [
        "quote 'the envoy would return': speaker 'Ministry of Foreign Affairs' names no entity of the file"
    ]


def test_goldcheck_a_missing_text_or_bad_json_is_an_error(tmp_path):
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    assert check_real_gold(path, tmp_path).errors[0].startswith("not readable JSON")
    data = _broken(lambda d: d.update(source="raw/absent.txt"))
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "unreadable" in check_real_gold(path, tmp_path).errors[0]


@pytest.mark.parametrize(
    "corpus",
    [f"real{n}" for n in range(2, 20)],
)
def test_goldcheck_the_project_gold_holds_where_its_texts_are_retrieved(corpus):
    gold = sorted((ROOT / "corpus" / corpus / "gold").glob("*.json"))
    if not gold:
        pytest.skip(f"corpus/{corpus}/gold has no files")
    present = [p for p in gold if (ROOT / json.loads(p.read_text(encoding="utf-8"))["source"]).exists()]
    if not present:
        pytest.skip(f"corpus/{corpus} texts not retrieved (corpus/{corpus}/README.md)")
    failing = {p.name: check_real_gold(p, ROOT).errors for p in present}
    assert not {k: v for k, v in failing.items() if v}
