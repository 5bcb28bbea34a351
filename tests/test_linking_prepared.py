"""A record made ready to store by the process that analysed it (``linking.prepare``: its names, JSON and story
signature computed beforehand) is stored as the record itself is: the same rows in every table."""

from __future__ import annotations

import copy
import json
import pickle
import sqlite3

import pytest

from veille.record import Article
from veille.store import Store
from veille.store.linking import Prepared, prepare, store_record

BODY = (
    "La mairie de Valbourg a inauguré mardi une passerelle au-dessus du canal, après trois ans de travaux.\n\n"
    "Le chantier a coûté plus que prévu, a reconnu l'adjointe chargée des travaux, Odile Ferrand."
)


def person(pid: str, name: str, mentions: list[str]) -> dict:
    return {
        "id": pid,
        "name": name,
        "type": "PERSON",
        "code": None,
        "wikidata": None,
        "country": "FRA",
        "sector": None,
        "roles": [{"role": "deputy mayor", "text": "l'adjointe", "date": None}],
        "mentions": [{"text": m, "start": 0, "end": len(m)} for m in mentions],
    }


def article(title: str, entities: list[dict], body: str = BODY) -> Article:
    ref = {"id": entities[0]["id"], "name": entities[0]["name"]} if entities else None
    quotes = [{"text": "Le chantier a coûté plus que prévu", "start": 0, "end": 10, "direct": False}]
    events = [{"type": "CONSULT", "actors": [dict(ref, code="FRA")] if ref else [], "recipients": []}]
    return Article(
        source=title,
        title=title,
        published="2026-03-03",
        language="fr",
        paragraphs=body.split("\n\n"),
        entities=entities,
        quotes=[dict(quotes[0], speakers=[ref] if ref else [])],
        events=events,
    )


CITY = {"id": "loc:valbourg", "name": "Valbourg", "type": "GPE", "roles": [], "mentions": [{"text": "Valbourg"}]}
FIRST = [person("per:odile-ferrand", "Odile Ferrand", ["Odile Ferrand", "Ferrand"]), CITY]
AGAIN = [person("per:ferrand", "Ferrand", ["Ferrand", "l'adjointe"])]  # linked to the first by the family name
NAMESAKE = [person("per:paul-ferrand", "Paul Ferrand", ["Paul Ferrand"])]


def rows(path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = {}
    for table in tables:
        cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if not c[1].endswith("_at")]
        found[table] = sorted(map(repr, conn.execute(f"SELECT {', '.join(map(repr, cols))} FROM {table}")))
    conn.close()
    return found


@pytest.mark.parametrize(
    "sequence",
    [
        pytest.param([FIRST], id="new persons"),
        pytest.param([FIRST, AGAIN], id="a person linked by the family name"),
        pytest.param([FIRST, NAMESAKE, AGAIN], id="an ambiguous family name"),
        pytest.param([FIRST, FIRST], id="a duplicate"),
    ],
)
def test_linking_prepared_record_stores_the_same_rows(tmp_path, sequence):
    articles = [article(f"Titre {k}", copy.deepcopy(entities)) for k, entities in enumerate(sequence)]
    if sequence[-1] is sequence[0] and len(sequence) > 1:
        articles[-1] = copy.deepcopy(articles[0])
    results = {}
    for way in ("record", "prepared"):
        with Store(tmp_path / f"{way}.db") as store:
            for art in copy.deepcopy(articles):
                if way == "record":
                    results.setdefault(way, []).append(store_record(art.to_dict(), store))
                else:  # made ready elsewhere: through a pipe, as from a worker process
                    ready = pickle.loads(pickle.dumps(prepare(art)))
                    results.setdefault(way, []).append(store_record(ready, store))
    assert results["record"] == results["prepared"]
    assert rows(tmp_path / "record.db") == rows(tmp_path / "prepared.db")


def test_linking_prepared_record_is_the_record_with_its_names():
    art = article("Titre", copy.deepcopy(FIRST))
    ready = prepare(art)
    assert isinstance(ready, Prepared)
    assert ready.record["id"] == art.id
    assert ready.record["entities"][0]["names"] == ["Odile Ferrand", "Ferrand"]
    assert ready.lookup == {0: ["Odile Ferrand", "Ferrand"]}  # the persons only
    assert json.loads(ready.ready.record or "")["body"] is None  # the body is stored once, in its column
    assert ready.ready.shingles > 0
