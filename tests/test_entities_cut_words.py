"""A text cut in the middle of its last word (a page whose copy stops at a length limit): the unfinished word, the
beginning of a longer word printed earlier, names no entity of its own ("Pakist" after "Pakistan", « Mos » after «
Moscou »), and a person's cut name is the person named in full, who keeps the quote (« », a assuré M. Ka » after «
Jean Kavel »), :mod:`veille.analysis.entities.cut_words`. Near misses: a name printed only at the cut (no longer word
says it is cut), a state's full name that begins a demonym printed before it, a state of the knowledge base after its
demonym ("South Korea" after "Korean"), a word after its plural ("Department of State" after "United States"), a text
ending on a full stop. Invented sentences."""

from __future__ import annotations

import pytest

from entity_fixtures import entities, forms, quotes
from veille.analysis.entities.cut_words import unfinished_end
from veille.analysis.kb import load

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "text,lang,cut,full",
    [
        (
            "Officials from Valmoria met envoys from Pakistan on Monday. Aid will be shared with partners and Pakist",
            "en",
            "Pakist",
            "Pakistan",
        ),
        ("Le ministre s'est rendu à Moscou lundi. Il doit revenir la semaine prochaine à Mos", "fr", "Mos", "Moscow"),
    ],
)
def test_entities_cut_words_unfinished_last_word_names_nothing(text, lang, cut, full):
    found = entities(text, lang)
    assert cut not in found, list(found)
    assert full in found, list(found)
    assert all(cut not in forms(e) for e in found.values()), {k: forms(v) for k, v in found.items()}


@pytest.mark.parametrize(
    "text,cut,full",
    [
        (
            "Le parti de Martin Fayulu a dénoncé le scrutin. Des militants sont venus au siège du parti de Martin Fa",
            "Martin Fa",
            "Martin Fayulu",
        ),
        (
            "Le président Jean Kavel a reçu son homologue. « Nous voulons la paix », a assuré M. Ka",
            "M. Ka",
            "Jean Kavel",
        ),
    ],
)
def test_entities_cut_words_unfinished_person_is_the_person_named_in_full(text, cut, full):
    found = entities(text, "fr")
    assert full in found, list(found)
    assert cut in forms(found[full]), forms(found[full])
    assert [e["name"] for e in found.values() if cut in forms(e)] == [full], {k: forms(v) for k, v in found.items()}


def test_entities_cut_words_speaker_named_at_the_cut_is_the_person():
    text = "Le président Jean Kavel a reçu son homologue. « Nous voulons la paix », a assuré M. Ka"
    said = quotes(text, "fr")
    assert [[s["name"] for s in q["speakers"]] for q in said] == [["Jean Kavel"]], said


@pytest.mark.parametrize(
    "text,lang,name,mention",
    [
        # printed only at the cut: no longer word says the name is unfinished
        ("The talks in Valmoria were chaired by the envoy Amara Kelvi", "en", "Amara Kelvi", "Amara Kelvi"),
        # a state's full name that begins a demonym printed before it
        (
            "Les diplomates camerounais ont été reçus lundi. Ils ont été conduits à l'ambassade du Cameroun",
            "fr",
            "Cameroon",
            "Cameroun",
        ),
        # a state of the knowledge base whose last word begins its demonym printed before it
        (
            "Korean envoys met officials in Valmoria on Monday. The next round will be held in South Korea",
            "en",
            "South Korea",
            "South Korea",
        ),
        # a body named whole, whose last word's plural is printed before it
        (
            "Envoys of the United States met in Valmoria with officials of the Department of State",
            "en",
            "United States Department of State",
            "Department of State",
        ),
        # the text ends on a full stop: its last word is whole, whatever it reads
        ("Envoys from Pakistan met in Valmoria. They will meet again in Pakist.", "en", "Pakist", "Pakist"),
    ],
)
def test_entities_cut_words_whole_last_word_kept(text, lang, name, mention):
    found = entities(text, lang)
    assert name in found, list(found)
    assert text.rstrip(".").endswith(forms(found[name])[-1]), forms(found[name])
    assert mention in forms(found[name]), forms(found[name])


@pytest.mark.parametrize(
    "text,lang,cut",
    [
        ("Envoys from Pakistan met in Valmoria. Aid went to Pakist", "en", "Pakist"),
        ("Le ministre a quitté Moscou. Il reviendra à Mos", "fr", "Mos"),
        # no sign of a cut: a plural, a glued headline, a name of the knowledge base, a full stop, a lowercase word
        ("Envoys of the United States met officials of the Department of State", "en", None),
        ("Valmoria Holds DrillValmoria Holds Drill", "en", None),
        ("Les diplomates camerounais sont rentrés au Cameroun", "fr", None),
        ("Envoys from Pakistan met in Valmoria. Aid went to Pakist.", "en", None),
        ("Envoys from Pakistan met in Valmoria, then signed a pact", "en", None),
    ],
)
def test_entities_cut_words_unfinished_end(text, lang, cut):
    found = unfinished_end(text, load(), lang)
    assert (None if found is None else text[found:]) == cut
