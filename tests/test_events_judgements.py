"""What reported speech calls dangerous, hostile, illegal... is accused by the speaker: the subject it is said of
(a copular predicate in French too: "le renforcement ... était dangereux"), else the owner of the act it qualifies
("Russia's illegal war"); no one when neither is named. A qualifying verb ("described X as hostile") accuses what
its object names. Invented sentences, French and English; real states."""

from __future__ import annotations

import pytest

from test_events import coded, sides

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("canada", "Canada", "GPE", "CAN", None, "GOV", ["Canada", "Ottawa"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia", "Russia's"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
]


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "fr",
            "La Russie a massé des troupes près de l'Ukraine. Le Canada a déclaré que le renforcement militaire de "
            "la Russie était dangereux.",
        ),
        ("en", "Russia has massed troops near Ukraine. Canada said that Russia's military buildup was dangerous."),
        ("fr", "Le Canada a déclaré qu'il se tenait aux côtés de l'Ukraine face à la guerre illégale de la Russie."),
        ("en", "Canada said it stood with Ukraine against Russia's illegal war."),
    ],
)
def test_events_judgements_accuse_what_the_words_are_said_of(lang, text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Des policiers ont été blessés à Ottawa. La police a déclaré que ces violences étaient criminelles."),
        ("en", "Policemen were hurt in Ottawa. The police said the violence was criminal."),
    ],
)
def test_events_judgements_of_a_home_group_name_no_other_side(lang, text):
    assert not sides(run(text, lang), "ACCUSE")


# ---------------------------------------------------------------- a verb that names its object by a judgement


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Canada described the decision of Russia as a hostile action."),
        ("en", "Canada branded the decision of Russia as a dangerous provocation."),
        ("en", "Canada called Russia a dangerous neighbour."),
        ("fr", "Le Canada a qualifié la décision de la Russie d'action hostile."),
        ("en", "Canada deemed the decision of Russia unacceptable."),
        ("en", "Canada regards the decision of Russia as a dangerous provocation."),
        ("fr", "Le Canada a jugé la décision de la Russie inacceptable."),
        ("fr", "Le Canada considère la décision de la Russie comme une provocation dangereuse."),
        # the act the object names, told before: its author
        ("en", "Russia expelled ten diplomats of Ukraine. The move was described by Canada as a hostile action."),
    ],
)
def test_events_judgements_a_qualifying_verb_accuses_what_its_object_names(lang, text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Canada described the talks with Russia as constructive."),  # no judgement word
        ("fr", "Le Canada a qualifié les discussions avec la Russie de constructives."),
        ("en", "Canada described the weather as dangerous."),  # no one named
        ("en", "Canada regards the talks with Russia as constructive."),
        ("fr", "Le Canada a jugé les discussions avec la Russie constructives."),
    ],
)
def test_events_judgements_a_qualifying_verb_without_blame_accuses_no_one(lang, text):
    assert not sides(run(text, lang), "ACCUSE")


# ---------------------------------------------------------------- a judgement said of an act told before


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia arrested a reporter from Ukraine. Canada said the arrest was unlawful."),
        ("en", "Russia expelled ten diplomats of Ukraine. Canada argued that this move amounts to interference."),
        ("en", "Russia shelled a dam in Ukraine. Canada warned that the attack constitutes a grave breach of the law."),
        ("en", "Russia shelled a dam in Ukraine, an attack which Canada described as an illegal act."),
        ("fr", "La Russie a arrêté un reporter venu d'Ukraine. Le Canada a estimé que l'arrestation était illégale."),
        (
            "fr",
            "La Russie a expulsé dix diplomates de l'Ukraine. Le Canada a déclaré que cette décision constituait "
            "une ingérence.",
        ),
        ("fr", "La Russie a bombardé un barrage en Ukraine, une attaque que le Canada a qualifiée d'acte illicite."),
        # the owner the subject names
        ("fr", "Le Canada a estimé que la décision de la Russie était illégale."),
    ],
)
def test_events_judgements_of_an_act_accuse_its_author(lang, text):
    assert ({"CAN"}, {"RUS"}) in sides(run(text, lang), "ACCUSE")


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Russia arrested a reporter from Ukraine. Canada said that an arrest would be unlawful."),  # no act told
        ("en", "Russia arrested a reporter from Ukraine. Canada said the storm was dangerous."),  # no act named
        ("en", "Canada expelled ten diplomats of Russia. Canada said the move was lawful."),  # no judgement word
        ("fr", "La Russie a arrêté un reporter venu d'Ukraine. Le Canada a estimé qu'une arrestation serait illégale."),
        ("fr", "La Russie a arrêté un reporter venu d'Ukraine. Le Canada a jugé que la tempête était dangereuse."),
    ],
)
def test_events_judgements_of_no_act_told_accuse_no_one(lang, text):
    assert not [a for a, r in sides(run(text, lang), "ACCUSE") if a == {"CAN"}]
