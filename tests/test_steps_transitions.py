"""The parser's and the entity recogniser's steps taken from Python give the Docs spaCy's own loops give (invented
sentences)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp
from veille.analysis.steps import STEP_LOOP_MIN, TransitionSteps

pytestmark = pytest.mark.e2e

# Invented sentences (each twice, for batches of 24): persons, bodies, places, dates, sums and counts, names over a
# line break, an entity at the end of a text, a text with none, an empty text and one of spaces only.
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


def _before(lang: str, texts: list[str], steps: str) -> list:
    """The texts parsed by Veille's pipeline up to its component ``steps`` (not run)."""
    model = nlp.load(lang)
    docs = [model.make_doc(nlp.normalise_spaces(t)) for t in texts]
    for name, proc in model.pipeline:
        if name == steps:
            break
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    return docs


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_steps_stand_in_for_the_parser_and_the_entity_recogniser(lang):
    model = nlp.load(lang)
    for shipped, steps in nlp.STEPS_COMPONENTS.items():
        assert shipped not in model.pipe_names and steps in model.pipe_names
        component = model.get_pipe(steps)
        assert component.shipped.name == shipped and component.model is component.shipped.model
        assert {getattr(node.ops, "use_blis", None) for node in component.model.walk()} == {
            getattr(node.ops, "use_blis", None) for node in model.get_pipe("tok2vec").model.walk()
        }  # the matrix products :mod:`veille.analysis.gemm` set for the other components


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("steps", sorted(nlp.STEPS_COMPONENTS.values()))
@pytest.mark.parametrize("count, batch_size", [(1, 256), (2, 256), (5, 256), (12, 256), (24, 256), (24, 8), (24, 2)])
def test_steps_docs_are_spacys_own(lang, steps, count, batch_size, monkeypatch):
    component = nlp.load(lang).get_pipe(steps)
    taken = []
    original = TransitionSteps._steps

    def counted(self, docs):
        if self is component:  # not the components before it, run by ``_before``
            taken.append(len(docs))
        return original(self, docs)

    monkeypatch.setattr(TransitionSteps, "_steps", counted)
    texts = (TEXTS[lang] * 2)[:count]
    mine = list(component.pipe(_before(lang, texts, steps), batch_size=batch_size))
    theirs = list(component.shipped.pipe(_before(lang, texts, steps), batch_size=batch_size))
    for a, b in zip(mine, theirs, strict=True):
        assert [(t.dep_, t.head.i, t.is_sent_start) for t in a] == [(t.dep_, t.head.i, t.is_sent_start) for t in b]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        assert a.to_bytes(exclude=["tensor"]) == b.to_bytes(exclude=["tensor"])
    # Python's steps for a sub-batch of enough texts times validity tests (a quarter of the batch size, as spaCy
    # cuts a batch)
    sub = max(batch_size // 4, 2)
    sizes = [
        len(batch[k : k + sub])
        for o in range(0, count, batch_size)
        for batch in [texts[o : o + batch_size]]
        for k in range(0, len(batch), sub)
    ]
    assert sorted(taken) == sorted(n for n in sizes if n * component.tests >= STEP_LOOP_MIN)


def test_steps_python_loop_is_taken_somewhere():
    """Both kinds of component take Python's steps for the job's batches (16 articles with their headlines)."""
    for steps in nlp.STEPS_COMPONENTS.values():
        for lang in ("en", "fr"):
            assert 24 * nlp.load(lang).get_pipe(steps).tests >= STEP_LOOP_MIN


def test_steps_one_text_alone_is_spacys_loop():
    component = nlp.load("en").get_pipe("veille_entity_steps")
    doc = _before("en", TEXTS["en"][:1], "veille_entity_steps")[0]
    other = _before("en", TEXTS["en"][:1], "veille_entity_steps")[0]
    assert component(doc).to_bytes(exclude=["tensor"]) == component.shipped(other).to_bytes(exclude=["tensor"])
    assert doc.ents and doc.has_annotation("ENT_IOB")
