"""Testimonies as an unnamed French source (issue 12, stop 62).

« Selon des témoignages, … », « …, selon de nombreux témoignages. », « Selon plusieurs témoignages, … »: the noun
names people who saw what is reported, as « témoins » does, but it was no ``anonymous`` row, so the report named no
speaker and was dropped (or, after a closing « selon », took the source quoted before it). It is an ``anonymous`` row
now: the phrase is an unnamed source described by its words. The real-news golds list those reports with a described
speaker (corpus/real14 nc-12, real16 lc-10, real17 kc-04). Near misses as on main: testimonies that are no source
(collected, filed), a named source. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from quote_fixtures import said_by
from test_quotes import run

SPEC = {
    "garnier": ("Paul Garnier", "PERSON", ["Paul Garnier", "Garnier"]),
}


def _by(text: str, words: str) -> tuple[frozenset[str], bool] | None:
    return said_by(run(text, "fr", SPEC), words)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        # an opening source, plural, indefinite
        ("Selon des témoignages, les gendarmes ont dispersé la foule devant la mairie de Brévonne.", "les gendarmes"),
        # with a quantifier and where they were given
        (
            "Selon plusieurs témoignages recueillis sur place, deux granges ont brûlé dans la nuit à Valcourt.",
            "deux granges",
        ),
        # a closing source
        ("Des tirs ont retenti près du marché couvert de Brévonne, selon de nombreux témoignages.", "Des tirs"),
        # one testimony
        ("D'après un témoignage diffusé en ligne, le convoi a été bloqué à un barrage de Valcourt.", "le convoi"),
    ],
)
def test_quotes_testimony_sources_described(text: str, words: str) -> None:
    found = _by(text, words)
    assert found is not None and found[1] and any("témoignage" in name for name in found[0]), run(text, "fr", SPEC)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, want",
    [
        # testimonies that are no source: no quote
        ("L'association a recueilli une centaine de témoignages d'habitants de Valcourt.", "témoignages", None),
        ("Le témoignage du gardien a été versé au dossier par le juge de Brévonne.", "témoignage", None),
        # a named source speaks, as on main
        (
            "Selon Paul Garnier, les gendarmes ont dispersé la foule devant la mairie de Brévonne.",
            "les gendarmes",
            (frozenset({"Paul Garnier"}), False),
        ),
    ],
)
def test_quotes_testimony_sources_as_before(text: str, words: str, want: tuple | None) -> None:
    assert _by(text, words) == want, run(text, "fr", SPEC)
