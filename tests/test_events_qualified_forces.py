"""Forces moved, told by a participle set off by a comma after them (``forces.qualified_forces``): "la mission
japonaise, déployée en Ukraine depuis 2018, ...", "Japanese troops, deployed in Ukraine since May, ..." tell the
deployment of the forces' state, on the state where they are; the participle's noun is its object even where the
parse takes a complement for one ("dans le cadre de l'Union européenne"). A participle that only tells which forces
are meant ("les soldats japonais déployés en Ukraine sont basés", "rencontrer les militaires japonais déployés en
Ukraine": the golds code no deployment there), or that qualifies no forces ("les efforts déployés", "the software
deployed"), is no deployment. Invented sentences, real states."""

from __future__ import annotations

import pytest

from test_events_trigger_paradigms import realised_sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "lang, text, sides",
    [
        ("fr", "La mission japonaise, déployée en Ukraine depuis 2018, doit s'achever en juillet.", ({"JPN"}, {"UKR"})),
        (
            "fr",
            "La mission japonaise, déployée en Ukraine dans le cadre de l'Union européenne, doit s'achever en juillet.",
            ({"JPN"}, {"UKR"}),
        ),
        ("en", "Japanese troops, deployed in Ukraine since May, will leave in July.", ({"JPN"}, {"UKR"})),
    ],
)
def test_events_qualified_forces_an_aside_of_forces_is_their_deployment(lang, text, sides):
    assert sides in realised_sides(text, lang, "MOBILIZE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Les soldats japonais déployés en Ukraine sont basés près de la capitale."),  # which soldiers
        ("fr", "Pierre Dupont doit rencontrer les militaires japonais déployés en Ukraine."),
        ("en", "Japanese troops deployed in Ukraine are based near the capital."),
        ("fr", "Les efforts japonais, déployés en Ukraine depuis mai, ont porté leurs fruits."),  # efforts, no forces
        ("fr", "Les blindés, déployés dans la rue, ont été retirés."),  # no party named
        ("en", "The Japanese software, deployed in Ukraine last year, was hacked."),
    ],
)
def test_events_qualified_forces_no_aside_of_forces_is_no_deployment(lang, text):
    assert not realised_sides(text, lang, "MOBILIZE")
