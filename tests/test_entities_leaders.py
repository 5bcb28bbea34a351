"""A leader the text names by the surname alone is named by the full name of the knowledge base; other people keep
the name as printed. Invented sentences (the leaders are named, never quoted)."""

from __future__ import annotations

import pytest

from veille.analysis.entities import recognise
from veille.analysis.entities.leaders import known_person, known_person_spans, leader_name
from veille.analysis.nlp import parse


def people(text: str, lang: str) -> set[str]:
    ents = recognise(parse(text, lang), lang=lang, published="2025-01-01")
    return {e["name"] for e in ents if e["type"] == "PERSON"}


@pytest.mark.parametrize(
    "printed,name",
    [
        ("Obama", "Barack Obama"),
        ("Orban", "Viktor Orbán"),  # accents folded
        ("Xi", "Xi Jinping"),  # a family name printed first
        ("Tinubu", "Bola Tinubu"),
        ("Dantagnan", "Dantagnan"),  # no leader's surname
        ("Michelle Obama", "Michelle Obama"),  # a full name stays
    ],
)
def test_leaders_a_lone_surname_names_the_leader(printed, name):
    assert leader_name(printed) == name


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("The senator said President Obama had visited the plant twice.", "en", "Barack Obama"),
        ("Le ministre a rappelé que le président Tinubu recevrait la délégation lundi.", "fr", "Bola Tinubu"),
    ],
)
def test_leaders_a_leader_named_by_title_and_surname_gets_the_full_name(text, lang, name):
    found = people(text, lang)
    assert name in found, found


@pytest.mark.e2e
def test_leaders_a_surname_the_text_gives_someone_else_stays_theirs():
    found = people("Michelle Obama opened the new library on Monday. Obama said the pupils had chosen its name.", "en")
    assert "Michelle Obama" in found and "Barack Obama" not in found, found


@pytest.mark.parametrize(
    "printed,known",
    [
        ("Faustin Archange Touadera", True),  # dashes and accents of "Faustin-Archange Touadéra" aside
        ("YOSHIHIDE SUGA", True),
        ("Suga", False),  # a surname alone is no full name
        ("Federal Security Service", False),  # an agency of a state's row, not a person
        ("Anne Dantagnan", False),
    ],
)
def test_leaders_known_person_by_full_name(printed, known):
    assert known_person(printed) is known


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("Faustin Archange Touadera est arrivé jeudi à Douala pour un sommet régional.", "fr", "Touadera"),
        ("Yoshihide Suga, then chief cabinet secretary, arrived in Hanoi on Sunday.", "en", "Yoshihide Suga"),
    ],
)
def test_leaders_a_leader_full_name_is_a_person_where_the_ner_misses_it(text, lang, name):
    doc = parse(text, lang)
    spans = [doc[i:j].text for i, j in known_person_spans(doc, set())]
    assert any(s.endswith(name) for s in spans), spans
    found = people(text, lang)
    assert any(n.endswith(name) for n in found), found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text,lang,name",
    [
        ("The bill - drafted under President Barack Obama - failed to pass the senate.", "en", "Barack Obama"),
        ("Le texte, signé par Faustin Archange Touadera - alors en visite -, reste en vigueur.", "fr", "Touadera"),
        ("The plant was opened by Yoshihide Suga.", "en", "Yoshihide Suga"),  # a period closing the sentence
        ("The senator met Faustin-Archange Touadéra on Monday.", "en", "Touadéra"),  # a name's own dash
    ],
)
def test_leaders_a_leader_full_name_ends_on_a_word(text, lang, name):
    doc = parse(text, lang)
    spans = [doc[i:j].text for i, j in known_person_spans(doc, set())]
    assert spans and all(s.endswith(name) for s in spans), spans
