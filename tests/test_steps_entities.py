"""The entity recogniser's steps taken from Python give the Docs spaCy's own loop gives (invented sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.steps import STEP_LOOP_MIN, EntitySteps

pytestmark = pytest.mark.e2e

# Invented sentences: persons, bodies, places, dates, sums and counts, names over a line break, an entity at the
# end of a text, a text with none, an empty text and one of spaces only.
TEXTS = {
    "en": [
        "Ada Pellworth, the mayor of Northbrook, met the Valdorian Trade Council in Geneva on Monday.",
        "The Brevonne Ferry Company said on 12 March that it would cut 340 jobs by 2031.",
        "Nobody answered.",
        "Officials of the Northern Rail Authority flew to Lisbon and then to Cape Town.\n\nKarel Dunst stayed in Oslo",
        "",
        "The report cost $4.5 million, or about 12 percent of the budget of the Ministry of Coastal Affairs.",
        "   ",
        "Paul Martel told Radio Valbrune that the Brevonne Fisheries Board had met three times since June.",
        "In Arlon, the Green Lantern Party won 41 seats; the Civic Union took 17.",
        "The talks between Odile Serrat and the European Commission ended on the second day.",
        "Prime Minister Tomas Hallberg visited Kigali, Nairobi and Addis Ababa last week.",
        "It rained.",
    ],
    "fr": [
        "Odile Serrat, maire de Valbrune, a rencontré le Conseil valdorien du commerce à Genève lundi.",
        "La Compagnie des bacs de Brévonne a annoncé le 12 mars la suppression de 340 emplois d'ici 2031.",
        "Personne n'a répondu.",
        "Les responsables de l'Autorité ferroviaire du Nord se sont rendus à Lisbonne.\n\nKarel Dunst est resté à Oslo",
        "",
        "Le rapport a coûté 4,5 millions d'euros, soit 12 % du budget du ministère des Affaires côtières.",
        "   ",
        "Paul Martel a déclaré à Radio Valbrune que l'Office des pêches de Brévonne s'était réuni trois fois.",
        "À Arlon, le Parti de la lanterne verte a remporté 41 sièges ; l'Union civique en a obtenu 17.",
        "Les discussions entre Odile Serrat et la Commission européenne se sont achevées le deuxième jour.",
        "Le Premier ministre Tomas Hallberg s'est rendu à Kigali, Nairobi et Addis-Abeba la semaine dernière.",
        "Il pleuvait.",
    ],
}


def _before_entities(lang: str, texts: list[str]) -> list:
    """The texts parsed by Veille's pipeline up to its entity recogniser (not run)."""
    model = nlp.load(lang)
    docs = [model.make_doc(nlp.normalise_spaces(t)) for t in texts]
    for name, proc in model.pipeline:
        if name == nlp.STEPS_COMPONENT:
            break
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs


def test_steps_stand_in_for_the_entity_recogniser():
    for lang in ("en", "fr"):
        model = nlp.load(lang)
        assert nlp.NER_COMPONENT not in model.pipe_names and nlp.STEPS_COMPONENT in model.pipe_names
        assert isinstance(model.get_pipe(nlp.STEPS_COMPONENT).shipped, type(model.get_pipe(nlp.STEPS_COMPONENT).ner))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("count, batch_size", [(1, 256), (2, 256), (5, 256), (12, 256), (12, 8), (12, 2)])
def test_steps_entities_are_spacys_own(lang, count, batch_size, monkeypatch):
    steps = nlp.load(lang).get_pipe(nlp.STEPS_COMPONENT)
    taken = []
    original = EntitySteps._steps
    monkeypatch.setattr(EntitySteps, "_steps", lambda self, docs: taken.append(len(docs)) or original(self, docs))
    texts = TEXTS[lang][:count]
    mine = list(steps.pipe(_before_entities(lang, texts), batch_size=batch_size))
    theirs = list(steps.ner.pipe(_before_entities(lang, texts), batch_size=batch_size))
    for a, b in zip(mine, theirs, strict=True):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        assert a.to_bytes(exclude=["tensor"]) == b.to_bytes(exclude=["tensor"])
    # Python's steps for a sub-batch of enough texts times moves (a quarter of the batch size, as spaCy cuts it)
    sub = max(batch_size // 4, 2)
    sizes = [min(sub, count - k) for k in range(0, count, sub)]
    expected = [n for n in sizes if n * steps.ner.moves.n_moves >= STEP_LOOP_MIN]
    assert sorted(taken) == sorted(expected)


def test_steps_one_text_alone_is_spacys_loop():
    steps = nlp.load("en").get_pipe(nlp.STEPS_COMPONENT)
    doc = _before_entities("en", TEXTS["en"][:1])[0]
    other = _before_entities("en", TEXTS["en"][:1])[0]
    assert steps(doc).to_bytes(exclude=["tensor"]) == steps.ner(other).to_bytes(exclude=["tensor"])
    assert doc.ents and doc.has_annotation("ENT_IOB")
