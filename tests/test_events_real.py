"""Classes of real news the event coder reads, each on invented French and English sentences: non-state actors,
home groups, agentless acts of the authorities, nominal events, reported speech, modality.

Invented people; real states and organisations. Entities are given as the entity stage gives them (an
organisation the recogniser finds without a code has ``code`` None), so these tests do not depend on it.
"""

from __future__ import annotations

import pytest

from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

PUBLISHED = "2025-04-09"

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("kabore", "Jean Kaboré", "PERSON", None, None, None, ["Jean Kaboré", "Kaboré"]),
    ("dupont", "Pierre Dupont", "PERSON", None, "FRA", "GOV", ["Pierre Dupont", "Dupont"]),
    ("smith", "John Smith", "PERSON", None, "USA", "GOV", ["John Smith", "Smith"]),
    ("hamas", "Hamas", "ORG", None, None, None, ["Hamas"]),
    ("taliban", "Taliban", "ORG", None, None, None, ["Taliban", "talibans"]),
    ("pla", "People's Liberation Army", "ORG", None, None, None, ["People's Liberation Army"]),
    ("israel", "Israel", "GPE", "ISR", None, "GOV", ["Israël", "Israel", "israéliens", "Israeli"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France"]),
    ("bfa", "Burkina Faso", "GPE", "BFA", None, "GOV", ["Burkina Faso"]),
    ("uganda", "Uganda", "GPE", "UGA", None, "GOV", ["Uganda", "Ouganda"]),
    ("kampala", "Kampala", "GPE", "UGA", None, None, ["Kampala"]),
    ("rennes", "Rennes", "GPE", "FRA", None, None, ["Rennes"]),
    ("taiwan", "Taiwan", "GPE", "TWN", None, "GOV", ["Taiwan", "Taïwan"]),
    ("afghanistan", "Afghanistan", "GPE", "AFG", None, "GOV", ["Afghanistan"]),
    ("japan", "Japan", "GPE", "JPN", None, "GOV", ["Japon", "Japan"]),
    ("tokyo", "Tokyo", "GPE", "JPN", None, None, ["Tokyo"]),
    ("kabul", "Kabul", "GPE", "AFG", None, None, ["Kaboul", "Kabul"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "canadiens", "Canadian"]),
    ("crimea", "Crimea", "LOC", "UKR", None, None, ["Crimée", "Crimea"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine", "Ukraine's"]),
    ("china", "China", "GPE", "CHN", None, "GOV", ["Chine", "China", "chinois", "Chinese"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "russe", "Russian"]),
    ("switzerland", "Switzerland", "GPE", "CHE", None, "GOV", ["Suisse", "Switzerland"]),
    ("federal", "Federal Council", "ORG", "CHE", "CHE", "GOV", ["Conseil fédéral", "Federal Council"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis", "United States"]),
    ("eu", "European Union", "ORG", "EU", None, "IGO", ["UE", "EU", "Union européenne", "European Union"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


def sides(ev: dict) -> tuple[set, set]:
    return {p["code"] for p in ev["actors"]}, {p["code"] for p in ev["recipients"]}


def realised(events: list[dict], etype: str) -> list[tuple[set, set]]:
    return [sides(e) for e in events if e["type"] == etype and is_realised(e)]


def flags(text: str, lang: str, etype: str) -> list[tuple[bool, str | None]]:
    """(negated, modality) of each event of ``etype`` coded in ``text``."""
    return [(e["negated"], e["modality"]) for e in run(text, lang) if e["type"] == etype]


# ---------------------------------------------------------------- non-state actors (data/kb/actors.tsv)


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        ("fr", "Le Hamas a libéré trois otages israéliens.", "RETREAT", {"HAMAS"}, {"ISR"}),
        ("en", "Hamas released three Israeli hostages.", "RETREAT", {"HAMAS"}, {"ISR"}),
        ("fr", "Les talibans ont attaqué l'Afghanistan.", "ASSAULT", {"TALIBAN"}, {"AFG"}),
        ("en", "The People's Liberation Army attacked Taiwan.", "ASSAULT", {"CHN"}, {"TWN"}),
    ],
)
def test_events_non_state_actor_codes_from_the_actor_table(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


def test_events_actor_table_gives_the_sector():
    ev = next(e for e in run("Hamas released three Israeli hostages.", "en") if e["type"] == "RETREAT")
    assert ev["actors"][0]["sector"] == "REB"


# ---------------------------------------------------------------- home groups, agentless acts of the authorities


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        # a crowd of the place protests to its authorities: one country on both sides (gold convention)
        (
            "fr",
            "Des opposants au projet ont manifesté jeudi devant la préfecture de Rennes.",
            "PROTEST",
            {"FRA"},
            {"FRA"},
        ),
        ("en", "Supporters of the party rallied on Monday in Kampala.", "PROTEST", {"UGA"}, {"UGA"}),
        # an agentless arrest of home people: the authorities of the place
        ("fr", "À Rennes, douze personnes ont été interpellées.", "COERCE", {"FRA"}, {"FRA"}),
        ("en", "Dozens of people were detained in Kampala on Sunday.", "COERCE", {"UGA"}, {"UGA"}),
        ("fr", "Jean Kaboré a été arrêté jeudi au Burkina Faso.", "COERCE", {"BFA"}, {"BFA"}),
        ("en", "Jean Kaboré was arrested on Thursday in Uganda.", "COERCE", {"UGA"}, {"UGA"}),
    ],
)
def test_events_home_groups_and_agentless_acts_of_the_authorities(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "À Rennes, trois policiers ont été arrêtés."),  # policemen arrested: by the other side, unknown
        ("en", "Three soldiers were detained in Kampala."),
    ],
)
def test_events_agentless_arrest_of_policemen_or_soldiers_has_no_actor(lang, text):
    assert not realised(run(text, lang), "COERCE")


# ---------------------------------------------------------------- nominal events


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        # a support verb does the act its object names: the noun's actor is the verb's subject
        ("fr", "Le Canada a annoncé mercredi l'expulsion de quatre diplomates chinois.", "COERCE", {"CAN"}, {"CHN"}),
        ("en", "Canada on Wednesday announced the expulsion of four Chinese diplomats.", "COERCE", {"CAN"}, {"CHN"}),
        ("fr", "Israël a mené des frappes contre le Hamas.", "ASSAULT", {"ISR"}, {"HAMAS"}),
        ("en", "The United States carried out airstrikes against the Taliban.", "ASSAULT", {"USA"}, {"TALIBAN"}),
        # through a quantity noun, and a restriction that is no negation ("ne fait que")
        (
            "fr",
            "Le Conseil fédéral ne fait qu'appliquer le nouveau paquet de sanctions contre la Russie.",
            "SANCTION",
            {"CHE"},
            {"RUS"},
        ),
        # the agent and the patient of a noun, one hung on the other by the parse
        (
            "fr",
            "Le Japon s'est réjoui de la libération par les talibans de deux ingénieurs canadiens.",
            "RETREAT",
            {"TALIBAN"},
            {"CAN"},
        ),
        ("en", "Japan welcomed the release of two Canadian engineers by the Taliban.", "RETREAT", {"TALIBAN"}, {"CAN"}),
        # both sides of a joint act
        ("en", "Clashes between Israel and Hamas erupted on Monday.", "ASSAULT", {"ISR", "HAMAS"}, {"ISR", "HAMAS"}),
        (
            "fr",
            "Les combats entre Israël et le Hamas se sont poursuivis mardi.",
            "ASSAULT",
            {"ISR", "HAMAS"},
            {"ISR", "HAMAS"},
        ),
    ],
)
def test_events_nominal_events(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "La France a commandé des avions de combat à la Russie.", "ASSAULT"),  # a kind of aircraft
        ("fr", "Le Canada a imposé une interdiction de voyage à la Chine.", "CONSULT"),  # a kind of ban, no trip
        ("en", "Russia said war crimes courts in Ukraine were illegal.", "ASSAULT"),  # a compound modifier
        ("en", "The Russian invasion was discussed.", "ASSAULT"),  # a noun without a recipient is no event
    ],
)
def test_events_nouns_without_an_event_reading(lang, text, etype):
    assert not realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype, modality",
    [
        ("en", "Israel will hold talks with France next week.", "CONSULT", "future"),
        ("fr", "Le Canada prévoit d'annoncer l'expulsion de six diplomates chinois.", "COERCE", "intended"),
    ],
)
def test_events_event_noun_takes_the_modality_of_its_support_verb(lang, text, etype, modality):
    hits = [e for e in run(text, lang) if e["type"] == etype]
    assert hits and hits[0]["modality"] == modality


# ---------------------------------------------------------------- real-news vocabulary, by class


@pytest.mark.parametrize(
    "lang, text, etype, actors, recipients",
    [
        ("fr", "Pierre Dupont a semoncé l'ambassadeur de Chine.", "ACCUSE", {"FRA"}, {"CHN"}),
        ("en", "John Smith rebuked China over its drills.", "ACCUSE", {"USA"}, {"CHN"}),
        ("fr", "La France a rompu ses relations avec la Russie.", "SANCTION", {"FRA"}, {"RUS"}),
        ("en", "Canada severed ties with Russia.", "SANCTION", {"CAN"}, {"RUS"}),
        ("fr", "Le Canada et la Chine ont paraphé un accord commercial.", "AGREE", {"CAN", "CHN"}, {"CAN", "CHN"}),
        ("en", "Canada and China inked a trade deal.", "AGREE", {"CAN", "CHN"}, {"CAN", "CHN"}),
        ("fr", "La Russie a annexé la Crimée, un territoire de l'Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("en", "Russia annexed Ukraine's Crimea.", "ASSAULT", {"RUS"}, {"UKR"}),
        ("fr", "Les talibans ont capturé deux soldats canadiens.", "COERCE", {"TALIBAN"}, {"CAN"}),
        ("en", "The Taliban captured two Canadian soldiers.", "COERCE", {"TALIBAN"}, {"CAN"}),
        ("fr", "Pierre Dupont s'est entretenu avec John Smith.", "CONSULT", {"FRA"}, {"USA"}),
        ("en", "John Smith spoke with Pierre Dupont on Monday.", "CONSULT", {"USA"}, {"FRA"}),
        ("fr", "La Chine a dépêché des navires près de Taïwan.", "MOBILIZE", {"CHN"}, {"TWN"}),
        ("en", "China dispatched warships near Taiwan.", "MOBILIZE", {"CHN"}, {"TWN"}),
    ],
)
def test_events_real_news_vocabulary(lang, text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang, text, etype",
    [
        ("fr", "La Suisse n'a pas repris les sanctions contre la Russie.", "SANCTION"),  # a negation
        ("fr", "Le ministre a jugé la décision de la Chine inacceptable.", "COERCE"),  # judging, no trial
        ("en", "The rally of Chinese stocks lifted markets in Canada.", "PROTEST"),  # no crowd
        ("fr", "Le rassemblement de troupes russes près de l'Ukraine inquiète la France.", "PROTEST"),
    ],
)
def test_events_vocabulary_readings_that_are_no_event(lang, text, etype):
    assert not realised(run(text, lang), etype)


# ---------------------------------------------------------------- background wars (data/events/conflicts.tsv)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le Japon a prolongé mardi ses sanctions contre la Russie en raison de la guerre en Ukraine."),
        ("en", "Canada imposed sanctions on Russia over the war in Ukraine."),
        ("en", "Canada sent weapons to Ukraine to counter Russia's illegal war."),
        ("fr", "Le Canada a livré des armes à l'Ukraine pour contrer l'agression russe."),
    ],
)
def test_events_background_war_is_completed_from_the_known_war(lang, text):
    assert ({"RUS"}, {"UKR"}) in realised(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Canada imposed sanctions on China over the war in Ukraine."),  # the aggressor is not named
        ("fr", "La guerre en Ukraine inquiète le Canada et la Chine."),
    ],
)
def test_events_background_war_needs_both_states_named(lang, text):
    assert not realised(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia pulled its troops back from the river in the face of Ukraine's attacks."),
        ("fr", "La Russie a retiré ses troupes de la rive face aux attaques de l'Ukraine."),
    ],
)
def test_events_background_war_victim_strikes_back_at_the_aggressor(lang, text):
    assert ({"UKR"}, {"RUS"}) in realised(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia reported Ukraine's attacks on China's trucks."),  # a target named: not the war's
        ("en", "Ukraine's attacks on the railway lines were reported."),  # the aggressor is not named
    ],
)
def test_events_background_war_victim_act_needs_no_named_target_and_both_states(lang, text):
    assert ({"UKR"}, {"RUS"}) not in realised(run(text, lang), "ASSAULT")


# ---------------------------------------------------------------- gerund adjuncts, acts of control at home


@pytest.mark.parametrize(
    "text, etype, actors, recipients",
    [
        (
            "Canada's foreign minister met her Chinese counterpart before traveling to Japan.",
            "CONSULT",
            {"CAN"},
            {"JPN"},
        ),
        ("After meeting the Chinese president, John Smith flew to Tokyo.", "CONSULT", {"USA"}, {"CHN"}),
    ],
)
def test_events_gerund_adjunct_takes_the_subject_of_its_clause(text, etype, actors, recipients):
    assert (actors, recipients) in realised(run(text, "en"), etype)


def test_events_gerund_adjunct_shares_the_clause_modality():
    events = run("China will play a role in helping Afghanistan rebuild its army.", "en")
    assert not realised(events, "AID")
    events = run("Canada could engage in supporting criminal activity against China.", "en")
    assert not realised(events, "SUPPORT")


@pytest.mark.parametrize(
    "lang, text, actors, recipients",
    [
        ("fr", "Les talibans ont décrété un couvre-feu à Kaboul.", {"TALIBAN"}, {"AFG"}),
        ("en", "The Taliban imposed a curfew in Kabul on Sunday.", {"TALIBAN"}, {"AFG"}),
    ],
)
def test_events_act_of_control_at_home_falls_on_the_people_of_the_place(lang, text, actors, recipients):
    assert (actors, recipients) in realised(run(text, lang), "COERCE")


def test_events_act_of_control_needs_a_home_object():
    # a ship seized at sea: no named target, no curfew, power or parliament: no event of the home people
    assert not realised(run("Les talibans ont saisi un navire à Kaboul.", "fr"), "COERCE")
