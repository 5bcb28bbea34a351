"""A definite phrase of an unnamed source ("the official", "le responsable valdorien") refers back to the unnamed
source introduced before it ("a Valdor official said"), not to the last person named, even when the entity stage
linked the phrase to that person; a person the text calls by that noun ("ministry official Jean Ribot") stays the
speaker. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run
from test_quotes_realnews import found

# The entity stage's guess: the definite phrase of the source linked to the person named last
MISLINKED = {
    **PEOPLE,
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel", "the official", "le responsable valdorien"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "The harvest will be late this year, a Valdor official said on Monday. Paul Martel visited the farms "
            "in the north on Tuesday. The rains damaged the wheat, the official said, without elaborating. Prices "
            "will rise, according to the official.",
            "The rains damaged",
        ),
        (
            "fr",
            "Le contrat sera signé vendredi par Paul Martel, a précisé un responsable du ministère valdorien. Les "
            "détails « ne seront publiés qu’après la signature », selon le responsable valdorien. "
            "Le prix « sera revu », a ajouté le responsable valdorien.",
            "ne seront publiés",
        ),
    ],
)
@pytest.mark.parametrize("spec", [PEOPLE, MISLINKED], ids=["unlinked", "mislinked"])
def test_quotes_speaker_unnamed_definite_source_stays_unnamed(lang: str, text: str, words: str, spec: dict) -> None:
    q = found(run(text, lang, spec), words)
    assert q["speakers"], "the unnamed source is described"
    assert all(s["id"] is None for s in q["speakers"])


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "Agriculture ministry official Jean Ribot said on Monday that the harvest would be late. The rains "
            "damaged the wheat, the official said.",
            "The rains damaged",
        ),
        (
            "fr",
            "Le responsable du ministère, Jean Ribot, a annoncé lundi une récolte tardive. Les pluies « ont abîmé "
            "le blé », a ajouté le responsable.",
            "ont abîmé",
        ),
    ],
)
def test_quotes_speaker_unnamed_source_named_by_the_text_is_that_person(lang: str, text: str, words: str) -> None:
    spec = {**PEOPLE, "ribot": ("Jean Ribot", "PERSON", ["Jean Ribot", "Ribot", "the official", "le responsable"])}
    q = found(run(text, lang, spec), words)
    assert [s["name"] for s in q["speakers"]] == ["Jean Ribot"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "A Valdor official said the harvest would be late. The chief negotiator of Valdor in Brevonne, Jean "
            "Ribot, said on Monday that the talks would resume.",
            "the talks would resume",
        ),
        (
            "fr",
            "Un responsable valdorien a annoncé une récolte tardive. Le négociateur valdorien à Brévonne, Jean Ribot, "
            "a annoncé lundi que les discussions reprendraient.",
            "les discussions reprendraient",
        ),
    ],
)
def test_quotes_speaker_unnamed_source_with_a_name_in_apposition_is_that_person(
    lang: str, text: str, words: str
) -> None:
    q = found(run(text, lang), words)
    assert [s["name"] for s in q["speakers"]] == ["Jean Ribot"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "The harvest will be late, a Valdor Ministry of Agriculture spokesperson said on Monday. Paul Martel "
            "visited the farms on Tuesday.\n“We call on the farmers to stay calm,” the spokesperson said.",
            "We call on",
        ),
        (
            "fr",
            "La récolte sera tardive, a indiqué lundi un porte-parole du ministère de l’Agriculture du Valdor. Paul "
            "Martel a visité les fermes mardi.\n« Nous appelons les agriculteurs au calme », a ajouté le porte-parole.",
            "Nous appelons",
        ),
    ],
)
def test_quotes_speaker_unnamed_bare_spokesperson_speaks_for_the_last_spokesperson_institution(
    lang: str, text: str, words: str
) -> None:
    q = found(run(text, lang), words)
    assert [s["id"] for s in q["speakers"]] == ["minag"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "Paul Martel met Claire Vasseur in Brevonne on Monday. The accord will be signed in May, the two "
            "officials said.",
            "The accord will be signed",
        ),
        (
            "fr",
            "Paul Martel a reçu Claire Vasseur lundi à Brévonne. L’accord sera signé en mai, ont indiqué les deux "
            "responsables.",
            "L’accord sera signé",
        ),
    ],
)
def test_quotes_speaker_unnamed_counted_group_of_sources_is_the_persons_named(lang: str, text: str, words: str) -> None:
    q = found(run(text, lang), words)
    assert sorted(s["name"] for s in q["speakers"]) == ["Claire Vasseur", "Paul Martel"]


# ------------------------------------------- a quantity of unnamed sources ("des centaines de manifestants")
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, phrase",
    [
        (
            "fr",
            "Des centaines de manifestants ont affirmé que Paul Martel devait partir.",
            "Paul Martel devait",
            "manifestants",
        ),
        (
            "fr",
            "Des dizaines de protestataires se sont rassemblés devant la mairie. Ils ont exigé la démission de Paul "
            "Martel.",
            "la démission de Paul Martel",
            "protestataires",
        ),
        (
            "en",
            "Hundreds of protesters gathered in Brevonne. They said Paul Martel must resign.",
            "Paul Martel must",
            "protesters",
        ),
    ],
)
def test_quotes_speaker_unnamed_quantity_of_sources_is_described(lang: str, text: str, words: str, phrase: str) -> None:
    (speaker,) = found(run(text, lang), words)["speakers"]
    assert speaker["id"] is None and phrase in speaker["name"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Des centaines de bateaux ont quitté le port. Ils ont affirmé que Paul Martel devait partir."),
        ("en", "Hundreds of boats left the port. They said Paul Martel must resign."),
        (
            "fr",
            "Une vingtaine de manifestants ont été accueillis en mairie, précisant que Paul Martel devait partir.",
        ),
    ],
)
def test_quotes_speaker_unnamed_quantity_of_things_or_patients_speaks_not(lang: str, text: str) -> None:
    assert run(text, lang) == []


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (  # the press's own people are unnamed sources: not the person named before
            "Paul Martel visited the port on Friday. The political editor of the Brevonne Herald said on a "
            "podcast that an emergency meeting was taking place to review the damage.",
            "an emergency meeting",
            None,
        ),
        (
            "Paul Martel toured the docks. A correspondent for the Brevonne Herald reported that two cranes had "
            "fallen into the harbour overnight.",
            "two cranes had fallen",
            None,
        ),
        (  # a person the text calls so in an apposition after the name is the speaker
            "Paul Martel, the editor of the Brevonne Herald, visited the port on Friday. The editor said that an "
            "emergency meeting was taking place to review the damage.",
            "an emergency meeting",
            "Paul Martel",
        ),
        (
            "Jean Ribot, an official of the port authority, visited the docks on Friday. The official said that an "
            "emergency meeting was taking place to review the damage.",
            "an emergency meeting",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_speaker_unnamed_press_people_and_appositions(text: str, words: str, speaker: str | None) -> None:
    q = found(run(text, "en"), words)
    names = [s["name"] for s in q["speakers"] if s["id"] is not None]
    assert names == ([speaker] if speaker else []) and q["speakers"]
