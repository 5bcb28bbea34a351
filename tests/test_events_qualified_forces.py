"""Forces moved, told by the participle that qualifies them (``forces.qualified_forces``): "les soldats japonais
déployés en Ukraine", "Japanese troops deployed in Ukraine" are the forces' state's deployment, on the state where
they are; the participle's noun is its object even where the parse takes a complement for one ("déployée en
Ukraine dans le cadre de l'Union européenne"). The same participle qualifying no forces ("les efforts déployés",
"the software deployed") is no deployment. Invented sentences, real states."""

from __future__ import annotations

import pytest

from test_events_trigger_paradigms import realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        ("fr", "Les soldats japonais déployés en Ukraine sont basés près de la capitale.", ({"JPN"}, {"UKR"})),
        ("fr", "Pierre Dupont a salué les militaires japonais déployés en Ukraine.", ({"JPN"}, {"UKR"})),
        (
            "fr",
            "La mission japonaise, déployée en Ukraine dans le cadre de l'Union européenne, doit s'achever en juillet.",
            ({"JPN"}, {"UKR"}),
        ),
        ("en", "Japanese troops deployed in Ukraine are based near the capital.", ({"JPN"}, {"UKR"})),
    ],
)
def test_events_qualified_forces_a_participle_of_forces_is_their_deployment(lang, text, sides):
    assert sides in realised_sides(text, lang, "MOBILIZE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les efforts japonais déployés en Ukraine ont porté leurs fruits."),  # efforts made, no forces
        ("fr", "Les blindés déployés dans la rue ont été retirés."),  # no party named
        ("en", "The Japanese software deployed in Ukraine was hacked."),
    ],
)
def test_events_qualified_forces_a_participle_of_no_forces_is_no_deployment(lang, text):
    assert not realised_sides(text, lang, "MOBILIZE")
