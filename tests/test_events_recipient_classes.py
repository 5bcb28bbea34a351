"""Recipients of the main act that a plain clause leaves where the object walk did not look (issue 13): a state or
office after a contracted dative ("a livré des armes au Niger", "a remis un don au ministre de la Défense du
Mali"), the subject of a verb of receipt ("le Bénin a reçu l'aide de la France", "received the weapons sent
by X"), and the state of the place that forces leave ("withdrew from a base in Mali"). Invented sentences;
invented people; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niger"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali", "maliennes", "Malian"]),
    ("usa", "United States", "GPE", "USA", None, "GOV", ["États-Unis", "United States"]),
    ("france", "France", "GPE", "FRA", None, "GOV", ["France", "français", "françaises", "French"]),
    ("germany", "Germany", "GPE", "DEU", None, "GOV", ["Allemagne", "Germany"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("benin", "Benin", "GPE", "BEN", None, "GOV", ["Bénin", "Benin"]),
    ("togo", "Togo", "GPE", "TGO", None, "GOV", ["Togo"]),
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "canadien", "canadienne"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
    ("belgium", "Belgium", "GPE", "BEL", None, "GOV", ["Belgique", "Belgium"]),
    ("gao", "Gao", "GPE", "MLI", None, None, ["Gao"]),
    ("morocco", "Morocco", "GPE", "MAR", None, "GOV", ["Maroc", "Morocco", "Moroccan"]),
    ("lyon", "Lyon", "GPE", "FRA", None, None, ["Lyon"]),
    ("au", "African Union", "ORG", "AU", None, "IGO", ["Union africaine", "African Union"]),
    ("lenoir", "Paul Lenoir", "PERSON", None, "BEN", "GOV", ["Paul Lenoir"]),
]


def realised(text: str, lang: str, etype: str) -> list[tuple[set, set]]:
    return sides(coded(text, lang, KB), etype)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("La France a fourni des armes au Niger.", "AID", "FRA", "NER"),
        ("Le Canada a demandé aux États-Unis de retirer leurs troupes.", "REQUEST", "CAN", "USA"),
        ("La France a remis un lot de véhicules au ministre de la Défense du Mali.", "AID", "FRA", "MLI"),
        ("L'ambassadeur d'Allemagne a remis ce don au ministre de l'Intérieur du Tchad.", "AID", "DEU", "TCD"),
        ("Le Bénin a livré des vivres aux habitants de Gao.", "AID", "BEN", "MLI"),
        ("Le Canada a demandé au Mali de libérer les otages.", "REQUEST", "CAN", "MLI"),
    ],
)
def test_events_recipient_classes_contracted_dative(text, etype, actor, recipient):
    """ "au"/"aux" contract the article: before a masculine or plural state, or a common noun, the recipient."""
    assert ({actor}, {recipient}) in realised(text, "fr", etype)


@pytest.mark.parametrize(
    "text,etype,absent",
    [
        ("Le Bénin a condamné l'attaque au Niger.", "ACCUSE", "NER"),
        ("Le Togo a fourni des armes à la Belgique depuis sa base au Niger.", "AID", "NER"),
    ],
)
def test_events_recipient_classes_contracted_place_stays_a_place(text, etype, absent):
    """A state named after "au" that the verb does not take as its argument is still where the act happens."""
    assert all(absent not in recipients for _, recipients in realised(text, "fr", etype))


@pytest.mark.parametrize(
    "lang,text,etype,actor,recipient",
    [
        ("fr", "Le Bénin a reçu lundi les armes envoyées par le Canada.", "AID", "CAN", "BEN"),
        ("fr", "L'Ukraine a reçu l'aide militaire de la Belgique.", "AID", "BEL", "UKR"),
        ("fr", "L'Ukraine a bénéficié de l'aide de la Belgique.", "AID", "BEL", "UKR"),
        ("fr", "Le Mali a reçu les vivres livrés au titre de l'aide canadienne.", "AID", "CAN", "MLI"),
        ("fr", "Le Bénin a obtenu le soutien du Togo.", "SUPPORT", "TGO", "BEN"),
        ("fr", "Le président Paul Lenoir vient de bénéficier du soutien du Togo.", "SUPPORT", "TGO", "BEN"),
        ("en", "Benin received military aid from France.", "AID", "FRA", "BEN"),
        ("en", "Ukraine received the weapons sent by Canada.", "AID", "CAN", "UKR"),
        ("en", "Ukraine has received military assistance from Belgium.", "AID", "BEL", "UKR"),
        ("en", "Benin won the support of Togo.", "SUPPORT", "TGO", "BEN"),
    ],
)
def test_events_recipient_classes_receipt(lang, text, etype, actor, recipient):
    """The subject of a verb of receipt is the recipient of the act it receives; the giver is the act's actor."""
    assert ({actor}, {recipient}) in realised(text, lang, etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La France a condamné l'aide de la Belgique."),
        ("fr", "Le Bénin a critiqué les armes envoyées par le Canada."),
        ("en", "Benin criticised the weapons sent by Canada."),
    ],
)
def test_events_recipient_classes_no_receipt_without_its_verb(lang, text):
    """An act held by another verb than one of receipt gives its subject no part in it."""
    assert all(
        "BEN" not in recipients and "FRA" not in recipients
        for etype in ("AID", "SUPPORT")
        for _, recipients in realised(text, lang, etype)
    )


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "French soldiers have withdrawn from the Kidal base in Mali."),
        ("en", "French troops withdrew from Gao on Monday."),
        ("fr", "Les troupes françaises se sont retirées de Gao."),
        ("fr", "Les troupes françaises ont quitté lundi leur base de Gao."),
    ],
)
def test_events_recipient_classes_retreat_from_a_place(lang, text):
    """Forces that leave a place without a named recipient withdraw from the state of that place."""
    assert ({"FRA"}, {"MLI"}) in realised(text, lang, "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [("en", "Malian troops withdrew from Gao on Monday."), ("fr", "Les troupes maliennes se sont retirées de Gao.")],
)
def test_events_recipient_classes_retreat_at_home(lang, text):
    """Forces that leave a place of their own state withdraw from no one."""
    assert all("MLI" not in recipients for _, recipients in realised(text, lang, "RETREAT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'Union africaine a suspendu le Mali."),
        ("fr", "L'Union africaine a décidé lundi de suspendre le Mali jusqu'à la tenue d'élections."),
        ("en", "The African Union suspended Mali on Thursday."),
        ("en", "The African Union has decided to suspend Mali until elections are held."),
    ],
)
def test_events_recipient_classes_suspended_member(lang, text):
    """A body that suspends a state (a member) sanctions it; a decision to do so is the act."""
    assert ({"AU"}, {"MLI"}) in realised(text, lang, "SANCTION")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "L'Union africaine pourrait suspendre le Mali."),
        ("fr", "L'Union africaine n'a pas suspendu le Mali."),
        ("en", "The African Union may suspend Mali."),
    ],
)
def test_events_recipient_classes_suspension_not_done(lang, text):
    """A possible or denied suspension is no realised sanction."""
    assert realised(text, lang, "SANCTION") == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Une manifestation a eu lieu lundi devant le consulat du Maroc à Lyon."),
        ("fr", "Des centaines de personnes ont manifesté devant le consulat du Maroc à Lyon."),
        ("en", "A protest took place outside the Moroccan consulate in Lyon."),
    ],
)
def test_events_recipient_classes_protest_at_a_mission(lang, text):
    """A crowd that gathers at a state's diplomatic mission named by a common noun protests to that state."""
    assert any("MAR" in recipients for _, recipients in realised(text, lang, "PROTEST"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The junta in Mali said that the French soldiers have left the country."),
        ("en", "Mali's rulers said 900 French troops have now left the country."),
        ("fr", "La junte au pouvoir au Mali a indiqué que les soldats français ont quitté le pays."),
    ],
)
def test_events_recipient_classes_the_country_left(lang, text):
    """ "The country" that forces leave is the state of the story, not the forces' own."""
    assert ({"FRA"}, {"MLI"}) in realised(text, lang, "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The junta in Mali said that the French soldiers have left their country."),
        ("fr", "La junte au pouvoir au Mali a indiqué que les soldats français ont quitté leur pays."),
    ],
)
def test_events_recipient_classes_their_country_is_not_the_story(lang, text):
    """A possessive names the forces' own country, not the state of the story."""
    assert all("MLI" not in recipients for _, recipients in realised(text, lang, "RETREAT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        # the place is only named inside the object ("the base north of Gao") or elsewhere in the story
        ("en", "Mali is tense. On Friday, French forces handed over the sprawling air base north of Gao."),
        ("en", "Mali is calm. French troops have withdrawn from the desert base north of Gao on Sunday."),
        ("en", "The war in Mali went on for years. On Tuesday, the last French soldiers withdrew."),
    ],
)
def test_events_recipient_classes_retreat_from_the_host_of_the_story(lang, text):
    """Foreign forces that leave or hand over a base without a named recipient or place withdraw from the state
    where the story happens."""
    assert ({"FRA"}, {"MLI"}) in realised(text, lang, "RETREAT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Mali is tense. On Friday, Malian forces handed over the sprawling air base north of Gao."),
        ("en", "Mali is tense. The French government withdrew the bill on Monday."),
    ],
)
def test_events_recipient_classes_no_host_for_home_forces_or_bills(lang, text):
    """Home forces have no host to leave; a bill withdrawn is no retreat from the story's state."""
    assert all("MLI" not in recipients for _, recipients in realised(text, lang, "RETREAT"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany raised the trade dispute during a rare visit by a senior French official."),
        ("en", "Germany's chancellor raised the dispute after the visit by the French foreign minister on Monday."),
    ],
)
def test_events_recipient_classes_visit_by_someone_is_hosted_by_the_clause(lang, text):
    """A visit noun in an adjunct that names only its visitor ("during the visit by X") is hosted by the subject
    of the clause."""
    assert ({"FRA"}, {"DEU"}) in realised(text, lang, "CONSULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "France raised the trade dispute during the visit by the French foreign minister."),
        ("en", "Germany criticised the visit by the French minister to Mali."),
    ],
)
def test_events_recipient_classes_visit_by_someone_not_hosted_by_itself_or_a_critic(lang, text):
    """The clause's subject hosts nothing it is the visitor of, nor a visit it only names as its object."""
    assert all("DEU" not in r and "FRA" not in r for _, r in realised(text, lang, "CONSULT"))


@pytest.mark.parametrize(
    "lang,text,actor,recipient",
    [
        # unnamed victims of a foreign armed act: the story's state, not the actor's adjective
        ("en", "Niger is under attack. A Malian drone killed five people in the night.", "MLI", "NER"),
        ("en", "Mali is in turmoil. French troops shot three civilians on Monday.", "FRA", "MLI"),
        # the police of the story's own state act on its people
        ("en", "Mali is tense. Malian police killed two protesters on Tuesday.", "MLI", "MLI"),
    ],
)
def test_events_recipient_classes_unnamed_victims_are_the_story_s(lang, text, actor, recipient):
    assert ({actor}, {recipient}) in realised(text, lang, "ASSAULT")
