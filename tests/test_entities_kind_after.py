"""An English place printed with a lowercase kind word right after its name ("the X district", "the X region",
"X province") is mentioned by the name and its kind word too, beside its bare name (issue 12: the real-news golds
list such a place by either; the NER reads the name alone). The NER's labels are set by hand; the sentences and the
places are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import mention_texts

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text, place, phrase",
    [
        ("Gunmen stormed a checkpoint in the Varlow district overnight, police said.", "Varlow", "Varlow district"),
        ("Shelling hit several villages of the Orzenna region on Monday.", "Orzenna", "Orzenna region"),
        ("Two drones were downed over the Kestrin region, the governor wrote.", "Kestrin", "Kestrin region"),
        ("Floods cut the main road through Talmira district last week.", "Talmira", "Talmira district"),
    ],
)
def test_entities_kind_after_mentions_the_phrase(text, place, phrase):
    mentions = mention_texts(text, "en", [(place, "GPE")])
    assert mentions[place] == {place, phrase}


@pytest.mark.parametrize(
    "text, place",
    [
        # an indefinite article: one of the city's districts, not the city
        ("A Varlow district was shelled overnight, the mayor said.", "Varlow"),
        # a lowercase word after the name that names no kind
        ("The Orzenna border was closed by the floods.", "Orzenna"),
        # no kind word after the name
        ("The mayor of Kestrin resigned on Tuesday.", "Kestrin"),
    ],
)
def test_entities_kind_after_near_miss_bare_name_only(text, place):
    assert mention_texts(text, "en", [(place, "GPE")])[place] == {place}


def test_entities_kind_after_french_untouched():
    text = "Les combats ont repris dans Valmora district, selon l'armée."
    assert mention_texts(text, "fr", [("Valmora", "LOC")])["Valmora"] == {"Valmora"}
