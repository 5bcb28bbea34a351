"""Partial quotes of a subject in narrative (issue 12), as a paradigm: the quoted words sit in a que-clause whose
subject is a thing ("X et Y sont tombés d’accord sur le fait que la réforme imposait « … »", "X a convenu que la
crise appelait « … »": X speaks, not "la crise"), or hang on the subject's own predicate ("X et Y souhaitent « … »",
"X pushed for “…”"); one or two subjects, a name or an institution, fr and en. Negative: a person subject of the
clause keeps the words. Invented sentences, invented people."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run

FRAGMENT = "une réponse commune et rapide"
SUBJECTS = {
    "Paul Martel et Claire Vasseur": ({"Paul Martel", "Claire Vasseur"}, "s"),
    "Paul Martel": ({"Paul Martel"}, ""),
    "Le ministère de l’Agriculture du Valdor": ({"Valdor Ministry of Agriculture"}, ""),
}
PREDICATES = [
    "{s} {sont} tombé{pl} d’accord sur le fait que la réforme imposait « {f} »",
    "{s} se {sont} accordé{pl} sur le fait que la crise exige « {f} »",
    "{s} {ont} convenu que la crise appelait « {f} »",
    "{s} se {sont} entendu{pl} pour que la crise reçoive « {f} »",
    "{s} {ont} plaidé pour « {f} »",
    "{s} {ont} appelé à « {f} »",
    "{s} se {sont} engagé{pl} à apporter « {f} »",
]


@pytest.mark.e2e
@pytest.mark.parametrize("predicate", PREDICATES)
@pytest.mark.parametrize("subject", list(SUBJECTS))
def test_quotes_subject_speaks_through_a_clause_or_its_predicate(predicate: str, subject: str) -> None:
    who, pl = SUBJECTS[subject]
    plural = bool(pl)
    text = (
        predicate.format(
            s=subject,
            f=FRAGMENT,
            pl=pl,
            sont="sont" if plural else "est",
            ont="ont" if plural else "a",
        )
        + "."
    )
    assert speakers_of(run(text, "fr"), FRAGMENT) == who


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["souhaitent", "veulent", "privilégient"])
def test_quotes_subject_speaks_two_subjects_of_a_stance_verb(verb: str) -> None:
    text = f"Paul Martel et Claire Vasseur {verb} « {FRAGMENT} » face à la crise."
    assert speakers_of(run(text, "fr"), FRAGMENT) == {"Paul Martel", "Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_subject_speaks_not_over_a_person_subject_of_the_clause() -> None:
    text = f"Paul Martel a convenu que Claire Vasseur exigeait « {FRAGMENT} »."
    assert speakers_of(run(text, "fr"), FRAGMENT) != {"Paul Martel"}


EN_FRAGMENT = "a joint and rapid response"
EN_SUBJECTS = {
    "Paul Martel and Claire Vasseur": {"Paul Martel", "Claire Vasseur"},
    "Paul Martel": {"Paul Martel"},
    "The Valdor Ministry of Agriculture": {"Valdor Ministry of Agriculture"},
}
EN_PREDICATES = [
    "{s} agreed that the crisis required “{f}”",
    "{s} agreed on the fact that the crisis called for “{f}”",
    "{s} pushed for “{f}” to the crisis",
    "{s} pledged to bring “{f}” to the crisis",
]


@pytest.mark.e2e
@pytest.mark.parametrize("predicate", EN_PREDICATES)
@pytest.mark.parametrize("subject", list(EN_SUBJECTS))
def test_quotes_subject_speaks_english(predicate: str, subject: str) -> None:
    text = predicate.format(s=subject, f=EN_FRAGMENT) + "."
    assert speakers_of(run(text, "en"), EN_FRAGMENT) == EN_SUBJECTS[subject]
