"""French acts the lexicon left unread (issue 13, stop 43): a capital or a palace taken by force (ASSAULT: « ont
pris la capitale », « ont pris, dimanche, le palais », the object after a date or a place set between commas), a
state ending its own military presence or its part in a deal (RETREAT: « a mis un terme à sa présence au Tchad »),
a body suspending a member named « le pays » from its ranks (SANCTION), the army redeployed (MOBILIZE), and praise
through a qualifying verb (SUPPORT: « a qualifié l'accord d'historique »). Near misses: a town taken as a witness,
a plane taken, part taken in drills, power seized (a coup: COERCE), a state taken, an end put to cooperation
(SANCTION) or to another's presence, a situation or an act with no author qualified, a judgement in a clause.
Invented sentences; real states and groups, no real people."""

from __future__ import annotations

import pytest

from test_events import coded
from test_events import sides as events_sides
from test_events_french_groups_kb import KB as GROUPS

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = [
    *GROUPS,
    ("gao", "Gao", "GPE", "MLI", None, None, ["Gao"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "tchadien", "tchadiens", "tchadiennes"]),
    ("ghana", "Ghana", "GPE", "GHA", None, "GOV", ["Ghana", "ghanéen"]),
    ("senegal", "Senegal", "GPE", "SEN", None, "GOV", ["Sénégal", "sénégalais"]),
    ("morocco", "Morocco", "GPE", "MAR", None, "GOV", ["Maroc", "marocain"]),
    ("ecowas", "ECOWAS", "ORG", "ECOWAS", None, "IGO", ["Cédéao"]),
]


def sides(text: str, etype: str) -> list[tuple[set[str], set[str]]]:
    return events_sides(coded(text, "fr", KB), etype)


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("Les combattants du JNIM ont pris, dimanche, le palais du gouverneur de Gao.", "ASSAULT", "JNIM", "MLI"),
        ("Le JNIM a pris la capitale régionale, Gao, après trois jours de combats.", "ASSAULT", "JNIM", "MLI"),
        ("Paris a mis un terme à sa présence armée au Tchad.", "RETREAT", "FRA", "TCD"),
        ("La France a mis fin l'an dernier à sa présence au Sénégal.", "RETREAT", "FRA", "SEN"),
        ("Le Japon a mis fin à sa participation à l'accord de pêche avec la Chine.", "RETREAT", "JPN", "CHN"),
        (
            "Le Mali refuse toute élection. La Cédéao a suspendu lundi le pays de toutes ses instances.",
            "SANCTION",
            "ECOWAS",
            "MLI",
        ),
        ("Le Mali a redéployé l'armée à Gao face aux groupes armés.", "MOBILIZE", "MLI", "MLI"),
        (
            "Le Japon et la Chine ont signé un accord de pêche. Le Ghana a qualifié cet accord d'« acte historique ».",
            "SUPPORT",
            "GHA",
            "JPN",
        ),
        (
            "Le Ghana considère le plan marocain de partage des eaux comme une base sérieuse de négociation.",
            "SUPPORT",
            "GHA",
            "MAR",
        ),
    ],
)
def test_events_fr_seizures_withdrawals_read(text, etype, actor, recipient):
    assert any(actor in a and recipient in r for a, r in sides(text, etype)), coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Le président malien a pris Gao à témoin de ses efforts.", "ASSAULT"),
        ("Le ministre sénégalais a pris l'avion pour Gao dimanche.", "ASSAULT"),
        ("Les soldats tchadiens ont pris la direction de Gao.", "ASSAULT"),
        ("Le Mali a pris part aux exercices de l'armée tchadienne.", "ASSAULT"),
        ("Le Hamas s'est emparé du pouvoir à Gaza en 2007.", "ASSAULT"),
        ("La France a pris le Mali comme exemple de coopération.", "ASSAULT"),
        ("La France a mis fin à sa coopération militaire avec le Mali.", "RETREAT"),
        ("Le Mali a mis fin à la présence des soldats français sur son sol.", "RETREAT"),
        ("Le Mali a suspendu le pays de la liste des destinations autorisées.", "SANCTION"),
        ("Le président ghanéen a qualifié la situation au Mali de très importante.", "SUPPORT"),
        ("Le Ghana juge important de poursuivre le dialogue avec le Mali.", "SUPPORT"),
        ("Le Ghana a estimé que la visite du ministre malien était historique.", "SUPPORT"),
    ],
)
def test_events_fr_seizures_withdrawals_near_misses(text, etype):
    assert not sides(text, etype)


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Les troupes tchadiennes ont commencé à quitter le Mali.", "RETREAT", "TCD"),
        ("L'armée malienne a commencé à se redéployer à Gao.", "MOBILIZE", "MLI"),
    ],
)
def test_events_fr_seizures_withdrawals_infinitive_subject(text, etype, actor):
    """A verb read by who does it (« subj= »), as an infinitive: its subject is its governor's."""
    assert any(actor in a for a, _r in sides(text, etype)), coded(text, "fr", KB)


@pytest.mark.parametrize(
    "text",
    ["Le ministre malien a commencé à quitter la réunion.", "Le ministre français a affirmé vouloir quitter Gao."],
)
def test_events_fr_seizures_withdrawals_infinitive_subject_near_misses(text):
    assert not sides(text, "RETREAT")


@pytest.mark.parametrize(
    "text,etype,actor,recipient",
    [
        ("La Chine a suspendu, à la surprise générale, ses relations avec le Japon.", "SANCTION", "CHN", "JPN"),
        ("Le Japon a suspendu, vendredi, ses relations avec la Chine.", "SANCTION", "JPN", "CHN"),
    ],
)
def test_events_fr_seizures_withdrawals_object_after_inserted_adjunct(text, etype, actor, recipient):
    """The object after an adjunct set between commas, parsed as the adjunct's conjunct, is the verb's."""
    assert any(actor in a and recipient in r for a, r in sides(text, etype)), coded(text, "fr", KB)
