"""A mutual act told by a noun ("la trêve", "les combats", "the fighting", events.json ``mutual_nouns``) is between
both sides, each acting on the other: those its phrase names ("la guerre Mali-Front du Nord"), else, when it is
told as a fact of its own, those of the story's latest armed act or of its last joint act or meeting; never when a
verb asks for it, accepts or fears it, nor in the story of a background war (conflicts.tsv), nor with no sides
to take. Invented armed group and events, real states; French and English."""

from __future__ import annotations

import pytest

from test_events import PUBLISHED, coded, entities_for, sides
from veille.analysis.events import code_events
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("fdn", "Front du Nord", "ORG", "FDN", None, "REB", ["Front du Nord", "Northern Front"]),
    ("mali", "Mali", "GPE", "MLI", None, "GOV", ["Mali"]),
    ("alger", "Algiers", "GPE", "DZA", None, None, ["Alger", "Algiers"]),
    ("un", "United Nations", "ORG", "UN", None, "IGO", ["ONU", "UN"]),
    ("russia", "Russia", "GPE", "RUS", None, "GOV", ["Russie", "Russia"]),
    ("ukraine", "Ukraine", "GPE", "UKR", None, "GOV", ["Ukraine"]),
]

BOTH = ({"FDN", "MLI"}, {"FDN", "MLI"})


def run(text: str, lang: str) -> list[dict]:
    return coded(text, lang, KB)


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("fr", "Le Front du Nord a attaqué une base du Mali lundi. Les combats ont duré toute la nuit.", "ASSAULT"),
        ("en", "The Northern Front attacked a Mali army base on Monday. The fighting lasted all night.", "ASSAULT"),
        (
            "fr",
            "Le Front du Nord a attaqué une base du Mali lundi. Dès le début de la trêve, les habitants sont rentrés.",
            "CONCEDE",
        ),
        (
            "fr",
            "Le Front du Nord a attaqué une base du Mali. Depuis le début des combats, les habitants fuient la ville.",
            "ASSAULT",
        ),
        (
            "fr",
            "Le Mali et le Front du Nord ont tenu des pourparlers à Alger. De nouveaux combats ont éclaté mardi.",
            "ASSAULT",
        ),
        (
            "en",
            "Mali and the Northern Front held talks in Algiers. The truce took effect on Tuesday.",
            "CONCEDE",
        ),
    ],
)
def test_events_mutual_nouns_sides_of_the_story(lang, text, etype):
    assert BOTH in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Guerre Mali-Front du Nord : les villages se vident."),
        ("fr", "Les envoyés ont parlé de la guerre Mali-Front du Nord."),
    ],
)
def test_events_mutual_nouns_sides_named_as_modifiers(lang, text):
    # names joined by hyphens: the mentions found in the text with the hyphens blanked (same offsets)
    entities = entities_for(text.replace("-", " "), KB)
    events = code_events(parse(text, lang), entities, [], lang=lang, published=PUBLISHED)
    assert BOTH in sides(events, "ASSAULT")


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        # a truce asked for, accepted or feared is no truce kept
        ("fr", "Le Front du Nord a attaqué une base du Mali lundi. L'ONU réclame une trêve.", "CONCEDE"),
        ("en", "The Northern Front attacked a Mali army base on Monday. The UN called for a truce.", "CONCEDE"),
        ("en", "The Northern Front attacked a Mali army base. Mali refused to accept a ceasefire.", "CONCEDE"),
        ("fr", "Le Front du Nord a attaqué une base du Mali. Le pays est menacé d'une guerre civile.", "ASSAULT"),
        # what another noun is about, not a phase of the act: no sides taken from the story
        (
            "fr",
            "Le Front du Nord a attaqué une base du Mali lundi. Une commission enquêtera sur les violations de la "
            "trêve.",
            "CONCEDE",
        ),
        # no side to take: nothing coded
        ("fr", "La trêve est entrée en vigueur mardi.", "CONCEDE"),
        ("en", "The fighting lasted all night.", "ASSAULT"),
    ],
)
def test_events_mutual_nouns_no_sides_taken(lang, text, etype):
    assert BOTH not in sides(run(text, lang), etype)
    assert not [s for s in sides(run(text, lang), etype) if len(s[0]) >= 2]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Russia attacked Ukraine in February. The war has gone on for months."),
        ("fr", "La Russie a attaqué l'Ukraine en février. La guerre dure depuis des mois."),
    ],
)
def test_events_mutual_nouns_background_war_is_the_aggressors(lang, text):
    assert ({"RUS", "UKR"}, {"RUS", "UKR"}) not in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Les villages vivent au rythme des affrontements entre le Mali et le groupe armé Front du Nord."),
        ("en", "The villages live with the clashes between Mali and the armed group Northern Front."),
    ],
)
def test_events_mutual_nouns_between_a_state_and_a_described_group(lang, text):
    assert BOTH in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Mali accuse le Front du Nord. Les combats avec le Front du Nord ont repris mardi."),
        (
            "en",
            "Mali accuses the Northern Front. Since the start of the fighting with the Northern Front, Mali recruits.",
        ),
    ],
)
def test_events_mutual_nouns_partner_and_the_other_side(lang, text):
    assert BOTH in sides(run(text, lang), "ASSAULT")


@pytest.mark.parametrize(
    "lang,text,etype",
    [
        ("fr", "Le Mali et le Front du Nord ont annoncé jeudi une trêve de dix jours.", "CONCEDE"),
        ("fr", "Le Mali et le Front du Nord ont conclu un cessez-le-feu à Alger.", "CONCEDE"),
        ("en", "Mali and the Northern Front announced a ten-day truce on Thursday.", "CONCEDE"),
        ("en", "Mali and the Northern Front declared a ceasefire in Algiers.", "CONCEDE"),
    ],
)
def test_events_mutual_nouns_both_subjects_keep_it_toward_each_other(lang, text, etype):
    assert BOTH in sides(run(text, lang), etype)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Mali a annoncé jeudi une trêve de dix jours."),
        ("en", "Mali announced a ten-day truce on Thursday."),
    ],
)
def test_events_mutual_nouns_one_subject_alone_is_no_side_pair(lang, text):
    assert not [s for s in sides(run(text, lang), "CONCEDE") if s == ({"MLI"}, {"MLI"})]
