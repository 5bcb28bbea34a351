"""A French name printed right after a definite lowercase noun of its kind, with no « de » between (« la force X »,
« le gang X », « l'hôtel X », « le parti X », « les brigades X », « la société X », « le réseau social X »), is
mentioned by the noun and the name too, beside its bare name (issue 12: the real-news golds list such an operation,
group, party or building by that phrase; the NER read the name alone, often as a person, so the phrase was missed and
a false person stood in its place). A person so read takes the noun's type. The NER's labels are set by hand; the
sentences and the names are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import recognise, with_ner

pytestmark = pytest.mark.e2e


def _entities(text: str, lang: str, labelled: list[tuple[str, str]]) -> dict[str, tuple[str, set[str]]]:
    ents = recognise(with_ner(text, lang, labelled), lang=lang, published="2025-01-01")
    return {e["name"]: (e["type"], {m["text"] for m in e["mentions"]}) for e in ents}


@pytest.mark.parametrize(
    "text, name, label, phrase, kind",
    [
        ("Des soldats de la force Malvane ont quitté la base lundi.", "Malvane", "PER", "force Malvane", "ORG"),
        ("Le chef du gang Torvello a été arrêté mardi.", "Torvello", "PER", "gang Torvello", "ORG"),
        ("Le ministre est sorti de l'hôtel Bellarmo vers midi.", "Bellarmo", "PER", "hôtel Bellarmo", "LOC"),
        ("Le parti Nour Vaka a remporté six sièges.", "Nour Vaka", "PER", "parti Nour Vaka", "ORG"),
        (
            "Les brigades Karim Selvane ont revendiqué l'attaque.",
            "Karim Selvane",
            "PER",
            "brigades Karim Selvane",
            "ORG",
        ),
        ("La société Ostrel Gaz a confirmé la fuite.", "Ostrel Gaz", "ORG", "société Ostrel Gaz", "ORG"),
        ("Il l'a annoncé sur le réseau social Plimo dimanche.", "Plimo", "ORG", "réseau social Plimo", "ORG"),
    ],
)
def test_entities_kind_before_names_mention_the_phrase(text, name, label, phrase, kind):
    found_kind, mentions = _entities(text, "fr", [(name, label)])[name]
    assert found_kind == kind
    assert mentions == {name, phrase}


@pytest.mark.parametrize(
    "text, name, label",
    [
        # an indefinite noun: one of several
        ("Un gang Torvello a été signalé dans le quartier.", "Torvello", "ORG"),
        # a noun before « de »: the party of a person, not a party named for him
        ("Le parti de Jean Karembé dénonce une fraude.", "Jean Karembé", "PER"),
        # a noun of no listed kind
        ("Le président Malvane a quitté la base lundi.", "Malvane", "PER"),
    ],
)
def test_entities_kind_before_names_near_miss_unchanged(text, name, label):
    found_kind, mentions = _entities(text, "fr", [(name, label)])[name]
    assert found_kind == ("PERSON" if label == "PER" else "ORG")
    assert not any(m != name and m.endswith(name) for m in mentions)  # no phrase ending on the name


def test_entities_kind_before_names_english_untouched():
    text = "Soldiers of the force Malvane left the base on Monday."
    found_kind, mentions = _entities(text, "en", [("Malvane", "ORG")])["Malvane"]
    assert mentions == {"Malvane"}
