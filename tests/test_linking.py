"""Cross-article linking of persons through the store."""

import pytest

from veille.store import Store
from veille.store.linking import link_record, proper_names


def person(pid, name, mentions, country=None):
    return {
        "id": pid,
        "name": name,
        "type": "PERSON",
        "country": country,
        "roles": [],
        "mentions": [{"text": m, "start": 0, "end": len(m)} for m in mentions],
    }


def record(rid, entities, quotes=(), events=()):
    return {
        "id": rid,
        "title": rid,
        "body": "texte " + rid,
        "published": "2025-01-01",
        "language": "fr",
        "entities": list(entities),
        "quotes": list(quotes),
        "events": list(events),
    }


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def add(store, rec):
    link_record(rec, store)
    store.add(rec)
    return rec


def test_linking_proper_names_skip_roles_and_pronouns():
    ent = person("per:x", "Lena Varga", ["Lena Varga", "la ministre", "Varga", "elle", "Varga"])
    assert proper_names(ent) == ["Lena Varga", "Varga"]


def test_linking_family_name_in_next_article_is_the_same_person(store):
    add(store, record("a1", [person("per:lena-varga", "Lena Varga", ["Lena Varga", "Varga"], "HUN")]))
    quote = {"text": "Nous tiendrons", "speakers": [{"id": "per:varga", "name": "Varga"}]}
    event = {"type": "CONSULT", "actors": [{"id": "per:varga", "code": "HUN"}], "recipients": []}
    rec = add(store, record("a2", [person("per:varga", "Varga", ["Varga"], "HUN")], [quote], [event]))
    assert rec["entities"][0]["id"] == "per:lena-varga"
    assert rec["entities"][0]["link"] == {"to": "per:lena-varga", "by": "name", "name": "Varga", "candidates": 1}
    assert rec["quotes"][0]["speakers"][0]["id"] == "per:lena-varga"
    assert rec["events"][0]["actors"][0]["id"] == "per:lena-varga"
    assert set(store.entity("per:lena-varga")["article_ids"]) == {"a1", "a2"}
    assert [e["id"] for e in store.find_entities("Varga")] == ["per:lena-varga"]


def test_linking_full_name_later_links_to_family_name_only_entity(store):
    add(store, record("a1", [person("per:okoro", "Okoro", ["Okoro"])]))
    rec = add(store, record("a2", [person("per:ada-okoro", "Ada Okoro", ["Ada Okoro", "Okoro"])]))
    assert rec["entities"][0]["id"] == "per:okoro"


def test_linking_other_first_name_is_another_person(store):
    add(store, record("a1", [person("per:john-smith", "John Smith", ["John Smith", "Smith"])]))
    rec = add(store, record("a2", [person("per:jane-smith", "Jane Smith", ["Jane Smith", "Smith"])]))
    assert rec["entities"][0]["id"] == "per:jane-smith"
    assert "link" not in rec["entities"][0]


def test_linking_ambiguous_family_name_is_not_linked(store):
    add(store, record("a1", [person("per:john-smith", "John Smith", ["John Smith", "Smith"])]))
    add(store, record("a2", [person("per:jane-smith", "Jane Smith", ["Jane Smith", "Smith"])]))
    rec = add(store, record("a3", [person("per:smith", "Smith", ["Smith"])]))
    assert rec["entities"][0]["id"] == "per:smith"
    assert rec["entities"][0]["link"]["ambiguous"] == ["per:jane-smith", "per:john-smith"]


def test_linking_different_country_is_another_person(store):
    add(store, record("a1", [person("per:ali-khan", "Ali Khan", ["Ali Khan", "Khan"], "PAK")]))
    rec = add(store, record("a2", [person("per:khan", "Khan", ["Khan"], "GBR")]))
    assert rec["entities"][0]["id"] == "per:khan"


def test_linking_organisation_found_by_every_surface_form(store):
    nato = {
        "id": "kb:org:NATO",
        "name": "NATO",
        "type": "ORG",
        "code": "NATO",
        "mentions": [{"text": "OTAN", "start": 0, "end": 4}, {"text": "Alliance", "start": 9, "end": 17}],
    }
    add(store, record("a1", [nato]))
    for name in ("OTAN", "alliance", "NATO"):
        assert [e["id"] for e in store.find_entities(name)] == ["kb:org:NATO"]


def test_linking_known_entities_answers_for_many_ids_at_once(store):
    add(store, record("a1", [person("per:lena-varga", "Lena Varga", ["Lena Varga"])]))
    ids = ["per:lena-varga"] + [f"per:nobody-{i}" for i in range(1200)]  # more ids than one IN (...) query holds
    assert store.known_entities(ids) == {"per:lena-varga"}
    assert store.known_entities([]) == set()


def test_linking_a_person_stored_under_the_same_id_is_not_relinked(store):
    add(store, record("a1", [person("per:lena-varga", "Lena Varga", ["Lena Varga"])]))
    rec = add(store, record("a2", [person("per:lena-varga", "Lena Varga", ["Lena Varga"])]))
    assert "link" not in rec["entities"][0]
