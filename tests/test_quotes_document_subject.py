"""A document or communication as the subject of a speech verb (issue 12: institutional sources): "le communiqué du
ministère précise que…", "a statement from X said…", "the statement said…". The issuing body speaks: the document's
owner (a complement, a possessive, an issuer preposition, a demonym: "le communiqué valdorien"), else who the text
has just named as issuing it ("X a publié un communiqué. Le texte précise…"), else the institution last seen
speaking. A document with no issuer at all gets no named speaker: an indefinite one is kept as a described source
("a statement issued after the talks said…"), a definite one refers back to it or is dropped. A person's report
keeps its person. Invented sentences, invented people and institutions."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run

ORGS = {**PEOPLE, "ligue": ("Ligue des ports", "ORG", ["Ligue des ports"])}
FR = "la récolte sera retardée"
EN = "the harvest will be delayed"


def speakers_of(quotes: list[dict], words: str) -> list[dict] | None:
    """The speakers of the quote holding ``words``; None when no quote holds them."""
    hits = [q for q in quotes if words in q["text"]]
    return hits[0]["speakers"] if hits else None


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, who",
    [
        (
            "fr",
            f"Le communiqué du ministère de l’Agriculture du Valdor précise que {FR}.",
            "Valdor Ministry of Agriculture",
        ),
        ("fr", f"Le courrier de la Ligue des ports indique que {FR}.", "Ligue des ports"),
        ("fr", f"Le communiqué valdorien souligne que {FR}.", "Valdor"),
        ("fr", f"Les communications valdoriennes soulignent que {FR}.", "Valdor"),
        ("fr", f"La Ligue des ports a publié un communiqué mardi. Le document souligne que {FR}.", "Ligue des ports"),
        ("fr", f"Paul Martel a publié un communiqué mardi. Le texte précise que {FR}.", "Paul Martel"),
        ("fr", f"La Ligue des ports s’est réunie mardi. La déclaration finale affirme que {FR}.", "Ligue des ports"),
        ("en", f"A statement from the Ligue des ports said {EN}.", "Ligue des ports"),
        ("en", f"The Valdor Ministry of Agriculture's statement said {EN}.", "Valdor Ministry of Agriculture"),
        ("en", f"The Ligue des ports issued a statement on Tuesday. The text said {EN}.", "Ligue des ports"),
        ("en", f"Paul Martel issued a statement on Tuesday. The statement said {EN}.", "Paul Martel"),
        ("en", f"The proposal, set out by the Ligue des ports, said {EN}.", "Ligue des ports"),
        ("en", f"The Ligue des ports made a proposal on Tuesday. The proposal also said {EN}.", "Ligue des ports"),
    ],
)
def test_quotes_document_subject_speaks_for_its_issuer(lang: str, text: str, who: str) -> None:
    found = speakers_of(run(text, lang, ORGS), FR if lang == "fr" else EN)
    assert found is not None and {s["name"] for s in found} == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, who",
    [
        ("fr", f"Le rapport de Paul Martel indique que {FR}.", "Paul Martel"),
        ("en", f"Paul Martel's report said {EN}.", "Paul Martel"),
    ],
)
def test_quotes_document_subject_of_a_person_keeps_the_person(lang: str, text: str, who: str) -> None:
    found = speakers_of(run(text, lang, ORGS), FR if lang == "fr" else EN)
    assert found is not None and {s["name"] for s in found} == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", f"Un communiqué publié après la réunion précise que {FR}.", FR),
        ("en", f"A statement issued after the talks said {EN}.", EN),
        (
            "en",
            "A statement issued after the talks said the ports would reopen. “The harvest will be delayed,” the "
            "statement said.",
            "The harvest will be delayed",
        ),
    ],
)
def test_quotes_document_subject_with_no_issuer_is_described(lang: str, text: str, words: str) -> None:
    found = speakers_of(run(text, lang, ORGS), words)
    assert found is not None and found and all(s.get("id") is None for s in found)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", f"Paul Martel a parlé mardi. Le communiqué précise que {FR}.", FR),
        ("en", f"Paul Martel spoke on Tuesday. The statement said {EN}.", EN),
        (
            "fr",
            f"Dans un communiqué lu mardi par Paul Martel, la Ligue des ports souligne que les quais ferment. Le "
            f"communiqué précise que {FR}.",
            FR,
        ),
    ],
)
def test_quotes_document_subject_guesses_no_person_who_did_not_issue_it(lang: str, text: str, words: str) -> None:
    found = speakers_of(run(text, lang, ORGS), words) or []
    assert "Paul Martel" not in {s["name"] for s in found}
