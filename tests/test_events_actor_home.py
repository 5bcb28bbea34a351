"""Actors the text does not name: a state organ told by a common noun ("l'armée", "the president") acts for the
country where the clause happens, else the state the text names most (not the one its dateline was filed from);
the subject a French incise puts after its verb (« ... », a dénoncé le gouvernement chinois) is the actor, never
a recipient. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("myanmar", "Myanmar", "GPE", "MMR", None, "GOV", ["Myanmar", "Birmanie", "birmane", "birman"]),
    ("bangkok", "Bangkok", "GPE", "THA", None, None, ["Bangkok", "BANGKOK"]),
    ("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Égypte", "Egypt", "égyptien", "égyptiens", "Egyptian"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada"]),
    ("ottawa", "Ottawa", "GPE", "CAN", None, None, ["Ottawa"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China", "chinois"]),
    ("uk", "United Kingdom", "GPE", "GBR", None, "GOV", ["Londres", "London", "Royaume-Uni", "Britain", "britannique"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("hamas", "Hamas", "ORG", None, None, None, ["Hamas"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Ouganda", "Uganda", "ougandaise", "Ugandan"]),
    ("taliban", "Taliban", "ORG", None, None, None, ["Taliban", "talibans"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France", "French", "françaises"]),
    ("cgov", "Government of China", "ORG", "CHN", "CHN", "GOV", ["gouvernement chinois", "Chinese government"]),
]


def run(text: str, lang: str, quotes=()) -> list[dict]:
    return coded(text, lang, KB, quotes)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "BANGKOK, 3 mars (AFP) - La Birmanie reste instable. L'armée a décrété un couvre-feu. "
            "Le régime birman a libéré 300 détenus, un geste rare en Birmanie.",
        ),
        (
            "en",
            "BANGKOK (AP) - Myanmar remains unstable. The army imposed a curfew. "
            "Myanmar's rulers freed 300 detainees, a rare gesture in Myanmar.",
        ),
    ],
)
def test_events_actor_home_state_organ_acts_for_the_state_named_most(lang, text):
    assert ({"MMR"}, {"MMR"}) in sides(run(text, lang), "COERCE")


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "OTTAWA - Des Égyptiens ont défilé à Ottawa. En Égypte, le climat reste tendu. L'Égypte vit une crise. "
            "Le président a décrété un couvre-feu.",
        ),
        (
            "en",
            "OTTAWA - Egyptians marched in Ottawa. In Egypt, tension remains high. Egypt is in crisis. "
            "The president imposed a curfew.",
        ),
    ],
)
def test_events_actor_home_dateline_is_not_the_scene(lang, text):
    found = sides(run(text, lang), "COERCE")
    assert ({"EGY"}, {"EGY"}) in found
    assert all("CAN" not in a for a, _ in found)


def _quote(text: str, words: str, cue: str) -> dict:
    start = text.find(words)
    return {
        "text": words,
        "start": start,
        "end": start + len(words),
        "direct": True,
        "speakers": [{"id": "china", "name": "China"}],
        "cue": cue,
    }


@pytest.mark.parametrize(
    "lang,text,words,cue,etype",
    [
        (
            "fr",
            "Londres a expulsé deux diplomates chinois lundi. « Cette décision est inacceptable », a dénoncé le "
            "gouvernement chinois.",
            "Cette décision est inacceptable",
            "dénoncer",
            "ACCUSE",
        ),
        (
            "en",
            'London expelled two diplomats of China on Monday. "This decision is unacceptable," denounced the Chinese '
            "government.",
            "This decision is unacceptable,",
            "denounce",
            "ACCUSE",
        ),
    ],
)
def test_events_actor_home_incise_subject_is_the_actor(lang, text, words, cue, etype):
    found = sides(run(text, lang, [_quote(text, words, cue)]), etype)
    assert found and all(a == {"CHN"} and "CHN" not in r for a, r in found)


@pytest.mark.parametrize(
    "lang,text,words,cue",
    [
        (
            "fr",
            "« La Chine s'ingère de manière inacceptable dans nos affaires », a dénoncé la ministre britannique "
            "des Affaires étrangères.",
            "La Chine s'ingère de manière inacceptable dans nos affaires",
            "dénoncer",
        ),
    ],
)
def test_events_actor_home_incise_quote_subject_is_the_recipient(lang, text, words, cue):
    q = {**_quote(text, words, cue), "speakers": [{"id": "uk", "name": "United Kingdom"}]}
    assert ({"GBR"}, {"CHN"}) in sides(run(text, lang, [q]), "ACCUSE")


@pytest.mark.parametrize(
    "lang,text,words,cue",
    [
        (
            "fr",
            "Londres s'inquiète. « Les manœuvres de la Chine mettent la paix en danger », a dénoncé le ministère "
            "dans un communiqué.",
            "Les manœuvres de la Chine mettent la paix en danger",
            "dénoncer",
        ),
    ],
)
def test_events_actor_home_unnamed_incise_subject_defers_to_the_speakers(lang, text, words, cue):
    q = {**_quote(text, words, cue), "speakers": [{"id": "uk", "name": "United Kingdom"}]}
    found = sides(run(text, lang, [q]), "ACCUSE")
    assert found and all(a == {"GBR"} for a, _ in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Twelve aid groups gathered in the Egypt Relief Forum warned London that food would run out."),
    ],
)
def test_events_actor_home_state_inside_an_unknown_name_is_no_actor(lang, text):
    events = run(text, lang)
    assert all("EGY" not in {p["code"] for p in e["actors"]} for e in events)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Les otages israéliens tués par le Hamas ont été enterrés lundi."),
        ("en", "The two Israeli hostages kidnapped by Hamas were freed on Tuesday."),
    ],
)
def test_events_actor_home_noun_a_passive_participle_qualifies_is_the_recipient(lang, text):
    assert ({"HAMAS"}, {"ISR"}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'armée ougandaise a affirmé dimanche que ses soldats avaient tué cinq combattants talibans."),
        ("en", "The Ugandan army said on Sunday that its troops had killed five Taliban fighters."),
    ],
)
def test_events_actor_home_possessed_subject_of_reported_speech_is_the_speakers(lang, text):
    assert ({"UGA"}, {"TALIBAN"}) in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'Ouganda a réitéré son appel à la France."),
        ("en", "Uganda repeated its call for the departure of French troops."),
    ],
)
def test_events_actor_home_possessed_event_noun_is_the_verb_subjects(lang, text):
    assert ({"UGA"}, {"FRA"}) in sides(run(text, lang), "REQUEST")
