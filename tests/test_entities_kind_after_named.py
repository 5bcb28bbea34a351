"""An English facility or place printed with a lowercase kind word right after its bare name ("the X pipeline",
"the X refugee camp", "the X crossing", "the X stadium") is mentioned by the name and its kind words too, beside its
bare name, where the NER labelled the bare name a person (then a place) or an organisation (issue 12: the real-news
golds list such a place by its phrase; the NER read the name alone, by its form, so the phrase was missed and the
bare name stood as a false person or organisation). The NER's labels are set by hand; the sentences and the
names are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import recognise, with_ner

pytestmark = pytest.mark.e2e


def _entities(text: str, labelled: list[tuple[str, str]]) -> dict[str, tuple[str, set[str]]]:
    ents = recognise(with_ner(text, "en", labelled), lang="en", published="2025-01-01")
    return {e["name"]: (e["type"], {m["text"] for m in e["mentions"]}) for e in ents}


@pytest.mark.parametrize(
    "text, name, label, phrase",
    [
        ("Oil flows through the Varkosa pipeline were halted on Monday.", "Varkosa", "PERSON", "Varkosa pipeline"),
        ("Saboteurs bombed the Lemtor oil pipeline again overnight.", "Lemtor", "ORG", "Lemtor oil pipeline"),
        ("Troops raided the Dorvali refugee camp before dawn.", "Dorvali", "ORG", "Dorvali refugee camp"),
        ("Aid trucks queued for hours at the Kessim crossing on Sunday.", "Kessim", "ORG", "Kessim crossing"),
        ("The rally filled the Ombasi stadium on Saturday.", "Ombasi", "PERSON", "Ombasi stadium"),
        ("Shelling was reported in the Tarnel sector, the army said.", "Tarnel", "ORG", "Tarnel sector"),
        ("Protesters blocked the Velisso bridge for two hours.", "Velisso", "PERSON", "Velisso bridge"),
    ],
)
def test_entities_kind_after_named_is_a_place(text, name, label, phrase):
    found = _entities(text, [(name, label)])
    kind, mentions = found[name]
    assert kind == ("LOC" if label == "PERSON" else "ORG")  # an organisation keeps its label
    assert mentions == {name, phrase}


@pytest.mark.parametrize(
    "text, name, label",
    [
        # "camp" alone is a side, not a place
        ("The Marlowe camp rejected the offer on Tuesday.", "Marlowe", "PERSON"),
        # an indefinite article: one of several
        ("A Varkosa pipeline was damaged in the storm.", "Varkosa", "ORG"),
        # a lowercase word after the name that names no kind
        ("The Ombasi group denied any role in the attack.", "Ombasi", "ORG"),
    ],
)
def test_entities_kind_after_named_near_miss_unchanged(text, name, label):
    kind, mentions = _entities(text, [(name, label)])[name]
    assert kind == ("PERSON" if label == "PERSON" else "ORG")
    assert mentions == {name}


def test_entities_kind_after_named_role_phrase_stays_a_person():
    # a kind word after the person's role phrase, not after a bare name: the person stays a person
    text = "Mira Taskal, secretary general of the Volden public sector union, called the strike."
    found = _entities(text, [("Mira Taskal", "PERSON"), ("Volden", "ORG")])
    assert found["Mira Taskal"][0] == "PERSON"
    assert not any(m.endswith("sector") for m in found["Mira Taskal"][1])
