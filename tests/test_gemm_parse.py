"""The models' matrix products on numpy's OpenBLAS give the parse of spaCy as shipped (``blis``; invented sentences)."""

from __future__ import annotations

import functools

import pytest

from veille.analysis import gemm, nlp

pytestmark = pytest.mark.e2e

TEXTS = {
    "en": [
        "The mayor of Northbrook, Ada Pellworth, said on Tuesday that the bridge would reopen in May.",
        "Troops from Valdoria crossed the border overnight, the ministry in Ostrava said.\n\nNo one was hurt.",
        "I told you it was gon na rain, and there were two ferries before the storm.",
    ],
    "fr": [
        "La maire de Valbrune, Odile Serrat, a déclaré mardi que le pont rouvrirait en mai.",
        "Les troupes de la Valdorie ont franchi la frontière, selon le ministère.\n\nPersonne n'a été blessé.",
        "  Les camions-citernes sont arrivés à Saint-Aubin-des-Prés.   Rien n'a bougé depuis.\n",
    ],
}


@functools.cache
def _stock(lang: str):
    """The language's model as spaCy ships it (``blis`` products), with Veille's paragraph breaks."""
    import spacy

    model = spacy.load(nlp.model_name(lang))
    model.add_pipe(nlp.PARAGRAPH_COMPONENT, before="parser")
    return model


def _parse(doc) -> list[tuple]:
    return [
        (t.text, t.head.i, t.dep_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_numpy_products_give_spacys_parse(lang):
    ours = nlp.load(lang)
    assert gemm.uses_numpy_gemm(ours) == gemm.single_threaded_openblas()
    assert not gemm.uses_numpy_gemm(_stock(lang))
    for mine, theirs in zip(ours.pipe(TEXTS[lang]), _stock(lang).pipe(TEXTS[lang]), strict=True):
        assert _parse(mine) == _parse(theirs)
        assert [(e.start, e.end, e.label_) for e in mine.ents] == [(e.start, e.end, e.label_) for e in theirs.ents]


@pytest.mark.parametrize("setting", [True, False])
def test_numpy_products_switch_both_ways_and_obey_the_setting(monkeypatch, setting):
    model = nlp.load("en")
    was = gemm.uses_numpy_gemm(model)
    monkeypatch.setattr(gemm, "OPENBLAS_GEMM", setting)
    try:
        assert gemm.numpy_gemm(model, on=False) is False
        assert not gemm.uses_numpy_gemm(model)
        on = gemm.numpy_gemm(model)
        assert on == (setting and gemm.single_threaded_openblas())
        assert gemm.uses_numpy_gemm(model) == on
    finally:
        monkeypatch.setattr(gemm, "OPENBLAS_GEMM", True)
        gemm.numpy_gemm(model, on=was)
    assert gemm.uses_numpy_gemm(model) == was


def test_openblas_is_found_where_numpy_has_it():
    import numpy

    blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]
    if "openblas" not in str(blas).lower():
        assert not gemm.single_threaded_openblas()
    else:
        assert gemm._openblas_paths()
