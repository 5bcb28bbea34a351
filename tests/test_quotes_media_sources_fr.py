"""French news cites the press it relays without naming a title (« selon les médias locaux », « des médias
français ont rapporté que… », issue 12, stop 42): the statement is a quote of an unnamed source described by its
phrase, as the real-news golds list it; the titles a « tels que » ("such as") names after it speak instead
(lexicon kind ``examples``). Before, the phrase named no entity and no unnamed-source noun, and the statement was
dropped. Not « les médias » as the object
of an act or a complement (« l'attitude des médias étrangers »: the minister speaks), nor a sentence that says
nothing of what they reported. Invented statements; no real title named."""

from __future__ import annotations

import pytest

from veille.pipeline import analyze_text


def quotes(text: str) -> list[tuple[str, set[str]]]:
    """The quotes of ``text`` with their speakers (a described one marked with "~")."""
    return [
        (q["text"], {s["name"] + ("" if s.get("id") else "~") for s in q["speakers"]})
        for q in analyze_text(text).to_dict()["quotes"]
    ]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Selon les médias locaux, le gouvernement de transition a rappelé jeudi son ambassadeur à Lomé.",
            "le gouvernement de transition a rappelé",
            "les médias locaux~",
        ),
        (
            "Selon des médias français, le romancier aurait été interpellé à sa descente d'avion.",
            "le romancier aurait été interpellé",
            "des médias français~",
        ),
        (
            "Des médias locaux ont rapporté que la junte avait ordonné l'expulsion de l'ambassadeur.",
            "la junte avait ordonné",
            "Des médias locaux~",
        ),
        (
            "La junte a ordonné l'expulsion de l'ambassadeur, selon les médias d'État.",
            "La junte a ordonné",
            "les médias d'État~",
        ),
        (
            "D'après les médias officiels, le chef de l'armée a rencontré les mutins dans la nuit.",
            "le chef de l'armée a rencontré",
            "les médias officiels~",
        ),
    ],
)
def test_the_press_cited_bare_is_a_described_source(text: str, words: str, who: str) -> None:
    assert [s for t, s in quotes(text) if words in t] == [{who}]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "D'après plusieurs médias français tels que Le Figaro et Libération, le romancier aurait été interpellé à"
            " sa descente d'avion.",
            "le romancier aurait été interpellé",
            {"Le Figaro", "Libération"},
        ),
        (
            "Selon des médias régionaux tels que Le Figaro, le préfet a interdit la marche prévue samedi.",
            "le préfet a interdit",
            {"Le Figaro"},
        ),
        (
            "Local media such as the Daily Sentinel reported that the convoy had been stopped at the border.",
            "the convoy had been stopped",
            {"Daily Sentinel"},
        ),
    ],
)
def test_the_titles_named_as_examples_speak(text: str, words: str, who: set[str]) -> None:
    assert [s for t, s in quotes(text) if words in t] == [who]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, nobody",
    [
        # the press as the object of an act: the minister speaks
        (
            "Le ministre a dénoncé jeudi l'attitude des médias étrangers, estimant que la crise avait été exagérée.",
            "des médias étrangers~",
        ),
        # nothing reported
        (
            "Le ministre est arrivé à Dakar mardi. Les médias ont largement couvert sa visite, qui a duré trois jours.",
            "Les médias~",
        ),
    ],
)
def test_the_press_named_otherwise_is_no_source(text: str, nobody: str) -> None:
    assert all(nobody not in s for _, s in quotes(text))
