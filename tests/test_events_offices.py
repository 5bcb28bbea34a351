"""Sides named by an office or a loose "between": a role noun with no name and no state ("la ministre des Affaires
sociales", "the defence secretary", "le chef de la diplomatie") acts for the text's home state, or for the story's
other state when the home one is what it acts on; a vague head ("un responsable", "the chief executive") names no
one. Both sides of a joint act's "between" complement, also when the parse hangs it on the word above the noun
("à l'issue d'un entretien entre X et Y") or takes its second side for a conjunct of the noun ("entre Paris et New
Delhi"). Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "Japan"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada"]),
    ("india", "India", "GPE", "IND", None, "GOV", ["Inde", "India", "indiens", "Indian"]),
    ("philippines", "Philippines", "GPE", "PHL", None, "GOV", ["Philippines"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne", "Germany"]),
    ("paris", "Paris", "GPE", "FRA", None, None, ["Paris"]),
    ("delhi", "New Delhi", "GPE", "IND", None, None, ["New Delhi"]),
    ("uk", "United Kingdom", "GPE", "GBR", None, "GOV", ["britannique", "British"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["français", "French"]),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon fait face à la Chine. Le ministre de la Défense a critiqué la Chine mardi."),
        ("fr", "Le Japon fait face à la Chine. La Chine a été critiquée mardi par le ministre de la Défense."),
        ("fr", "Le Japon fait face à la Chine. Le chef de la diplomatie a vivement critiqué la Chine mardi."),
        ("en", "Japan faces pressure from China. The defence minister criticised China on Tuesday."),
        ("en", "Japan faces pressure from China. China was criticised on Tuesday by the defence minister."),
        ("en", "Japan faces pressure from China. The foreign minister sharply criticised China on Tuesday."),
    ],
)
def test_events_offices_a_bare_office_acts_for_the_home_state(lang: str, text: str) -> None:
    assert ({"JPN"}, {"CHN"}) in sides(coded(text, lang, KB), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Inde et le Canada sont en froid. Le ministre des Affaires étrangères a condamné l'Inde."),
        ("fr", "L'Inde et le Canada sont en froid. L'Inde a été condamnée par la ministre des Affaires étrangères."),
        ("en", "India and Canada are at odds. The foreign minister condemned India on Monday."),
        ("en", "India and Canada are at odds. India was condemned on Monday by the foreign minister."),
    ],
)
def test_events_offices_an_office_is_not_of_the_state_it_acts_on(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "ACCUSE")
    assert ({"CAN"}, {"IND"}) in found
    assert ({"IND"}, {"IND"}) not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Philippines protested to China again. The defense secretary accused China of lying."),
        ("fr", "Les Philippines ont protesté auprès de la Chine. Le secrétaire d'État a accusé la Chine de mentir."),
    ],
)
def test_events_offices_a_compound_office_is_read_whole(lang: str, text: str) -> None:
    assert ({"PHL"}, {"CHN"}) in sides(coded(text, lang, KB), "ACCUSE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon fait face à la Chine. Un responsable a critiqué la Chine mardi."),
        ("en", "Exporters in Germany met on Monday. The chief executive criticised China over export rules."),
        ("fr", "Des exportateurs se sont réunis en Allemagne. Le journaliste a critiqué la Chine lundi."),
    ],
)
def test_events_offices_a_vague_or_private_role_names_no_state(lang: str, text: str) -> None:
    found = sides(coded(text, lang, KB), "ACCUSE")
    assert all(not a & {"JPN", "DEU"} for a, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le contrat de vingt hélicoptères a été signé après de longues négociations entre Paris et New Delhi."),
        ("fr", "Les négociations entre Paris et New Delhi ont duré dix-huit mois avant la signature du contrat."),
        ("en", "The contract was approved after months of tough negotiations between Paris and New Delhi."),
    ],
)
def test_events_offices_between_two_capitals_are_their_states(lang: str, text: str) -> None:
    assert ({"FRA", "IND"}, {"FRA", "IND"}) in sides(coded(text, lang, KB), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "À l'issue d'une rencontre entre le ministre britannique et son homologue français, un accord a été "
            "annoncé.",
        ),
        (
            "en",
            "At the end of a meeting between the British minister and his French counterpart, a deal was announced.",
        ),
    ],
)
def test_events_offices_between_hung_above_the_noun_is_its_sides(lang: str, text: str) -> None:
    assert ({"FRA", "GBR"}, {"FRA", "GBR"}) in sides(coded(text, lang, KB), "CONSULT")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Japon fait face à la Chine. La Chine a vivement critiqué le ministre de la Défense mardi."),
        ("fr", "Le Japon fait face à la Chine. Le ministre de la Défense a été vivement critiqué par la Chine."),
        ("en", "Japan faces pressure from China. China sharply criticised the defence minister on Tuesday."),
        ("en", "Japan faces pressure from China. The defence minister was sharply criticised by China."),
    ],
)
def test_events_offices_an_office_as_recipient_is_of_the_other_state(lang: str, text: str) -> None:
    assert ({"CHN"}, {"JPN"}) in sides(coded(text, lang, KB), "ACCUSE")


EGYPT = [("egypt", "Egypt", "GPE", "EGY", None, "GOV", ["Égypte", "Egypt"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Égypte est secouée par une révolte. Les manifestants continuent de réclamer le départ du président."),
        ("fr", "L'Égypte est secouée par une révolte. Des manifestants ont exigé la démission du ministre."),
        ("en", "Egypt is shaken by a revolt. Protesters keep demanding the departure of the president."),
        ("en", "Egypt is shaken by a revolt. Protesters demanded the resignation of the interior minister."),
    ],
)
def test_events_offices_the_office_whose_act_is_demanded(lang: str, text: str) -> None:
    assert ({"EGY"}, {"EGY"}) in sides(coded(text, lang, EGYPT), "REQUEST")
