"""« les opposants », « des militants », « ses partisans », « les manifestants », « la foule », "opponents",
"supporters", "protesters", "the crowd" with no name of their own:
nouns of ``group_nouns.tsv`` (sector OPP), so that in a text that names one coded opposition party or coalition they
stand for it (« Le PRV avait appelé à manifester … La police a dispersé les manifestants »: the party's people
dispersed), as the real-news golds code a crackdown or a protest whose opposition side the text names by its party;
also when a quantity counts them ("dozens of opponents"). Main read them as a home group of the scene's state
(fr/en events.json ``domestic_groups``), so the state acted on itself. Where the text names two coded parties the
noun stands for neither (nor for a home group: « ONG »'s rule); where it names none, the home group stays;
« l'opposition » as a whole stays its state's, as the golds code it. Invented parties and sentences; real states and
cities."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("cameroon", "Cameroon", "GPE", "CMR", None, "GOV", ["Cameroun", "camerounais", "Cameroon"]),
    ("douala", "Douala", "GPE", "CMR", None, None, ["Douala"]),
    ("bangladesh", "Bangladesh", "GPE", "BGD", None, "GOV", ["Bangladesh"]),
    ("dhaka", "Dhaka", "GPE", "BGD", None, None, ["Dhaka"]),
    ("prv", "Parti du renouveau valdorien", "ORG", "PRV", None, "OPP", ["Parti du renouveau valdorien", "PRV"]),
    ("ucl", "Union des citoyens libres", "ORG", "UCL", None, "OPP", ["Union des citoyens libres", "UCL"]),
    ("vup", "Valdorian Unity Party", "ORG", "VUP", None, "OPP", ["Valdorian Unity Party", "VUP"]),
]

PARTY_CALLED = "Le Parti du renouveau valdorien (PRV) avait appelé ses partisans à se rassembler samedi à Douala."


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        ("fr", PARTY_CALLED + " Plusieurs opposants ont été arrêtés dimanche à Douala.", "COERCE", ({"CMR"}, {"PRV"})),
        (
            "fr",
            PARTY_CALLED + " Ses militants ont accusé le gouvernement camerounais de répression.",
            "ACCUSE",
            ({"PRV"}, {"CMR"}),
        ),
        (
            "fr",
            PARTY_CALLED + " La police a dispersé les manifestants à coups de gaz lacrymogène.",
            "COERCE",
            ({"CMR"}, {"PRV"}),
        ),
        (
            "en",
            "The Valdorian Unity Party (VUP) called a general strike in Dhaka on Sunday. Protesters demanded the "
            "resignation of the government of Bangladesh.",
            "REQUEST",
            ({"VUP"}, {"BGD"}),
        ),
        (
            "en",
            "The Valdorian Unity Party (VUP) called a general strike in Dhaka on Sunday. Its supporters accused the "
            "government of Bangladesh of a crackdown.",
            "ACCUSE",
            ({"VUP"}, {"BGD"}),
        ),
        (
            "en",
            "The Valdorian Unity Party (VUP) called a general strike in Dhaka on Sunday. On Monday, police "
            "arrested dozens of opponents.",
            "COERCE",
            ({"BGD"}, {"VUP"}),
        ),
    ],
)
def test_events_opposition_nouns_stand_for_the_one_named_party(
    lang: str, text: str, etype: str, pair: tuple[set, set]
) -> None:
    assert pair in sides(coded(text, lang, KB), etype)


def test_events_opposition_nouns_two_parties_named_stand_for_neither() -> None:
    text = (
        "Le Parti du renouveau valdorien (PRV) et l'Union des citoyens libres (UCL) avaient appelé à manifester à "
        "Douala. Plusieurs opposants ont été arrêtés dimanche à Douala."
    )
    found = sides(coded(text, "fr", KB), "COERCE")
    assert not any(rec & {"PRV", "UCL"} for _, rec in found)
    assert ({"CMR"}, {"CMR"}) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Au Cameroun, plusieurs opposants ont été arrêtés dimanche à Douala, selon leurs avocats.",
        "Au Cameroun, la police a dispersé les manifestants dimanche à Douala.",
    ],
)
def test_events_opposition_nouns_no_party_named_stay_a_home_group(text: str) -> None:
    assert ({"CMR"}, {"CMR"}) in sides(coded(text, "fr", KB), "COERCE")


@pytest.mark.parametrize(
    ("lang", "text", "etype", "pair"),
    [
        (
            "fr",
            PARTY_CALLED + " L'opposition a accusé le gouvernement camerounais de répression.",
            "ACCUSE",
            ({"CMR"}, {"CMR"}),
        ),
        (
            "en",
            "The Valdorian Unity Party (VUP) called a general strike in Dhaka on Sunday. The opposition accused the "
            "government of Bangladesh of a crackdown.",
            "ACCUSE",
            ({"BGD"}, {"BGD"}),
        ),
    ],
)
def test_events_opposition_nouns_the_whole_opposition_stays_its_state(
    lang: str, text: str, etype: str, pair: tuple[set, set]
) -> None:
    assert pair in sides(coded(text, lang, KB), etype)
