"""A French "il" or "elle" whose likelier referent is a state or an organisation refers instead to the one person of
its gender mentioned since, outside quotes: an outlet that asks a minister, then "elle a répondu", is no speaker of
the answer. Near misses: a state or a body stays the referent where no person of the pronoun's gender is mentioned
since it, where the person is mentioned inside a quote, or where two such persons are. Invented outlets, people and
statements."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur", "Vasseur"]),
    "roux": ("Anne Roux", "PERSON", ["Anne Roux", "Roux"]),
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
    "gazette": ("Gazette de Brévonne", "ORG", ["Gazette de Brévonne"]),
    "courrier": ("Courrier du Valdor", "ORG", ["Courrier du Valdor"]),
    "presidence": ("Présidence du Valdor", "ORG", ["présidence du Valdor"]),
    "ostrelie": ("Ostrélie", "GPE", ["Ostrélie"]),
}


def said(text: str, words: str) -> set[str]:
    """The speakers of the quote of ``text`` that holds ``words`` (empty when no quote holds them)."""
    hits = [q for q in run(text, "fr", SPEC) if words in q["text"]]
    return speakers(hits[0]) if hits else set()


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # an outlet asks, the person asked answers
        (
            "Lorsque la Gazette de Brévonne a demandé à Mme Vasseur si la région voulait des trains, elle a répondu "
            "que les lignes du nord seraient rouvertes avant l’hiver.",
            "les lignes du nord",
            "Claire Vasseur",
        ),
        (
            "Le Courrier du Valdor a interrogé M. Martel sur le budget des écoles. « Nous ne toucherons pas aux "
            "cantines », a-t-il répondu.",
            "Nous ne toucherons pas",
            "Paul Martel",
        ),
        # a state received a person, who then speaks
        (
            "L’Ostrélie a reçu Mme Roux mardi pour une visite de trois jours. Elle a estimé que les deux capitales "
            "devaient rouvrir leurs consulats.",
            "les deux capitales",
            "Anne Roux",
        ),
    ],
)
def test_quotes_pronoun_person_since_names_the_person(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        # no person of the pronoun's gender since the state: « la France … elle »
        (
            "L’Ostrélie a convoqué M. Martel lundi. Elle a estimé que ses propos sur la frontière étaient "
            "inacceptables.",
            "ses propos sur la frontière",
            "Ostrélie",
        ),
        # an outlet named « elle » when no person is in reach
        (
            "La Gazette de Brévonne a publié une longue enquête sur le port. Elle a affirmé que les quais seraient "
            "fermés au printemps.",
            "les quais seraient",
            "Gazette de Brévonne",
        ),
        # the person is named inside the body's own quote
        (
            "La présidence du Valdor « confirme la libération de Mme Vasseur. Les deux otages sont en route pour "
            "la capitale », a-t-elle indiqué.",
            "Les deux otages",
            "Présidence du Valdor",
        ),
        # the person was named before the body, not since
        (
            "Mme Vasseur a quitté la réunion avant midi. La Gazette de Brévonne a ensuite publié un long article. "
            "Elle a assuré que le maire démissionnerait avant l’été.",
            "le maire démissionnerait",
            "Gazette de Brévonne",
        ),
    ],
)
def test_quotes_pronoun_person_since_keeps_a_body(text: str, words: str, who: str) -> None:
    assert said(text, words) == {who}


@pytest.mark.e2e
def test_quotes_pronoun_person_since_two_persons_stay_ambiguous() -> None:
    """Two women asked since the outlet: the pronoun never guesses between them, and the outlet stays as on main."""
    text = (
        "La Gazette de Brévonne a interrogé Mme Vasseur et Mme Roux sur les écoles. Elle a affirmé que les classes "
        "seraient fermées en juin."
    )
    assert said(text, "les classes") == {"Gazette de Brévonne"}
