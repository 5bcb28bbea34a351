"""A disapproval told without a party against it (a condemnation, concern, regret, a denunciation) is aimed at
whoever did the act its object or complement names: "condemned the Norwegian strikes" -> Norway, « s'est dit
préoccupé par le déploiement de troupes israéliennes » -> Israel, "Norway shelled a village. India condemned the
shelling." -> Norway (the act coded before). Near misses: the act's victim is not aimed at ("condemned the strikes
on Norwegian boats"), and praise is no disapproval. Issue 13, stop 42; invented sentences written before Veille's
output on the class was read; real states, no real people."""

from __future__ import annotations

import pytest

from test_events import sides
from test_events_french_groups_kb import sides as fr_sides
from test_events_two_states_kb import run

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    "text",
    [
        "India condemned the Norwegian strikes on the fishing port.",
        "India condemned the arrest of its fishermen by Norway.",
        "India expressed concern over the Norwegian troop build-up on the border.",
        "India deplored Norway's expulsion of two diplomats.",
        "India strongly condemned the killing of three young farmers by Norwegian soldiers last week.",
        "India condemned the detention of two reporters, Tom Hale and Ann Reed, by the Norwegian navy on Friday.",
        "Norway shelled a border village on Monday. India condemned the shelling.",
        pytest.param(
            "India voiced regret at the Norwegian decision to close the consulate.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: the lexicon reads no regret as a disapproval"),
        ),
    ],
)
def test_events_disapproval_aims_at_the_author_of_the_act_en(text):
    assert ({"IND"}, {"NOR"}) in sides(run(text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "India condemned the strikes on Norwegian fishing boats.",
        "India praised the Norwegian decision to reopen the consulate.",
        "India condemned the attack on the Norwegian embassy.",
    ],
)
def test_events_disapproval_spares_victims_and_praise_en(text):
    assert not [a for a, r in sides(run(text), "ACCUSE") if "IND" in a and "NOR" in r]


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a condamné les bombardements israéliens contre le port.",
        "L'Iran a dénoncé l'arrestation de ses ressortissants par Israël.",
        "L'Iran a fermement condamné l'exécution de deux jeunes militants par l'armée israélienne.",
        pytest.param(
            "L'Iran s'est dit préoccupé par le déploiement de soldats israéliens à la frontière.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: « se dire préoccupé » is no trigger (disputed)"),
        ),
        "L'Iran a déploré la décision israélienne de fermer le consulat.",
        "Israël a bombardé un village lundi. L'Iran a condamné ce bombardement.",
        "L'Iran a exprimé son inquiétude face au blocus israélien du port.",
    ],
)
def test_events_disapproval_aims_at_the_author_of_the_act_fr(text):
    assert ({"IRN"}, {"ISR"}) in fr_sides(text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a condamné les frappes contre des navires israéliens.",
        "L'Iran a salué la décision israélienne de rouvrir le consulat.",
    ],
)
def test_events_disapproval_spares_victims_and_praise_fr(text):
    assert not [a for a, r in fr_sides(text, "ACCUSE") if "IRN" in a and "ISR" in r]


# A request without a party asked is made of whoever is to do the act its object names: "called for Norway's
# withdrawal" asks Norway; not the people the act is for ("demanded the release of the Norwegian sailors": whoever
# holds them).
@pytest.mark.parametrize(
    "text",
    [
        "India called for Norway's withdrawal from the disputed island.",
        "India demanded the resignation of the Norwegian defence minister.",
        "India has called for an immediate Norwegian withdrawal from the strait.",
        "India urged an end to the Norwegian blockade of the port.",
    ],
)
def test_events_request_asks_the_author_of_the_act_en(text):
    assert ({"IND"}, {"NOR"}) in sides(run(text), "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a réclamé le retrait israélien du plateau.",
        "L'Iran a exigé jeudi la libération des marins capturés par Israël.",
        "L'Iran a réclamé le départ d'Israël de la zone tampon.",
    ],
)
def test_events_request_asks_the_author_of_the_act_fr(text):
    assert ({"IRN"}, {"ISR"}) in fr_sides(text, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "India demanded the release of the Norwegian sailors.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: with no holder named, the sailors' state is asked"),
        ),
        pytest.param(
            "India called for an investigation into the crash of a Norwegian airliner.",
            marks=pytest.mark.xfail(strict=True, reason="NOT_YET: the nearest party under the object is asked"),
        ),
    ],
)
def test_events_request_spares_those_the_act_is_for_en(text):
    assert not [a for a, r in sides(run(text), "REQUEST") if "IND" in a and r == {"NOR"}]
