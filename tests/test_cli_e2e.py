"""End to end, with the real spaCy models: ingest invented articles in French and English, then ask the
store about people, quotes and events across them."""

import json

import pytest

from veille.cli import main

pytestmark = pytest.mark.e2e

FR1 = """Par Marc Delorme

La Hongrie et la Slovaquie signent un accord sur le Danube

Publié le 03/02/2025

La ministre hongroise des Affaires étrangères, Lena Varga, et son homologue slovaque ont signé lundi à Bratislava un accord sur la gestion des crues du Danube, après deux ans de négociations.

« Ce fleuve nous unit plus qu’il ne nous sépare », a déclaré Lena Varga lors d’une conférence de presse.
"""  # noqa: E501 (a page's text: one paragraph a line)

FR2 = """Par Marc Delorme

Budapest critique le projet de barrage autrichien

Publié le 20/03/2025

Budapest a critiqué mercredi un projet de barrage en Autriche, jugeant qu’il menaçait l’équilibre écologique de la région.

« Nous ne laisserons pas passer ce projet sans étude d’impact », a affirmé Varga devant les députés hongrois.
"""  # noqa: E501 (a page's text: one paragraph a line)

EN = """By Alice Brennan

Hungary's foreign minister visits Warsaw

April 2, 2025

Hungarian Foreign Minister Lena Varga met her Polish counterpart in Warsaw on Tuesday to discuss energy links between the two countries.

"We have a common interest in secure supplies," Varga told reporters after the meeting.
"""  # noqa: E501 (a page's text: one paragraph a line)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    for name, text in (("fr1.txt", FR1), ("fr2.txt", FR2), ("en.txt", EN)):
        (root / name).write_text(text, encoding="utf-8")
    db = str(root / "e2e.db")
    assert main(["ingest", str(root / "fr1.txt"), str(root / "fr2.txt"), str(root / "en.txt"), "--db", db]) == 0
    return db


def _json_lines(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_cli_e2e_person_is_one_entity_across_articles_and_languages(store, capsys):
    capsys.readouterr()
    assert main(["entity", "Varga", "--db", store, "--json"]) == 0
    found = _json_lines(capsys)
    assert len(found) == 1, [e["id"] for e in found]
    varga = found[0]
    assert varga["type"] == "PERSON" and varga["name"] == "Lena Varga"
    assert len(varga["article_ids"]) == 3
    assert "Varga" in varga["names"]
    assert any(r.get("date") for r in varga["roles"])
    # the merge of the family name alone is explained
    assert [m["name"] for m in varga["merges"]] == ["Varga"]


def test_cli_e2e_quotes_by_speaker_across_articles(store, capsys):
    capsys.readouterr()
    assert main(["quotes", "--speaker", "Lena Varga", "--db", store, "--json"]) == 0
    texts = [q["text"] for q in _json_lines(capsys)]
    assert any(t.startswith("Ce fleuve nous unit") for t in texts)
    assert any(t.startswith("Nous ne laisserons pas") for t in texts)
    assert any(t.startswith("We have a common interest") for t in texts)


def test_cli_e2e_organisations_and_places_are_linked(store, capsys):
    capsys.readouterr()
    assert main(["entity", "Hongrie", "--db", store, "--json"]) == 0
    hungary = _json_lines(capsys)
    assert [e["code"] for e in hungary] == ["HUN"]
    capsys.readouterr()
    assert main(["events", "--actor", "HUN", "--recipient", "POL", "--db", store, "--json"]) == 0
    visit = _json_lines(capsys)
    assert [e["type"] for e in visit] == ["CONSULT"]
    assert visit[0]["date"] == "2025-04-01"  # "on Tuesday", the day before publication
