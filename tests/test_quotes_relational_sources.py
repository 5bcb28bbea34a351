"""A person's counsel or kin as a French source (issue 12, stop 58).

« …, a indiqué son avocat », « …, a-t-on appris jeudi auprès de sa famille », « …, ont dit sa sœur et ses avocats »,
« Son avocat a assuré que… »: the singular nouns were no ``anonymous`` rows (only « avocats », « familles »), so the
report was dropped for want of a speaker. They are ``anonymous`` and ``relational`` rows now: the phrase is an unnamed
source described by its words, unless the text calls exactly one person by its noun elsewhere (« l'avocate Y »,
« Me Y, l'avocat de X, »), who then speaks (`quotes.relational.called_so`; `quotes.unnamed.source_nouns` leaves a
relational noun's definite phrase to that person). The real-news golds list those reports, described (corpus/real6
uc-07, real7 vd-03, real13 qc-07 2, qc-13) or under the lawyer the text names elsewhere (real5 ti-04 2, tl-04).
Near misses as on main: a plural « ses avocats », a lawyer named beside the noun, a relational noun that is no
speaker. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from quote_fixtures import said_by
from test_quotes import run

SPEC = {
    "garnier": ("Paul Garnier", "PERSON", ["Paul Garnier", "Garnier"]),
    "morin": ("Claire Morin", "PERSON", ["Claire Morin"]),
    "morel": ("Jean Morel", "PERSON", ["Jean Morel"]),
    "petit": ("Marc Petit", "PERSON", ["Marc Petit"]),
}

ARREST = "Le militant Paul Garnier a été interpellé mardi à Brévonne"


def _by(text: str, words: str) -> tuple[frozenset[str], bool] | None:
    return said_by(run(text, "fr", SPEC), words)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, word",
    [
        (f"{ARREST}, a indiqué son avocat.", "avocat"),  # a closing incise
        (f"{ARREST}, a-t-on appris jeudi auprès de sa famille.", "famille"),  # learnt from the family
        (f"{ARREST}, ont indiqué sa sœur et ses avocats.", "sœur"),  # two coordinated relatives
        (f"{ARREST}, a précisé l'avocate du militant.", "avocate"),  # a definite phrase with its client
        (
            "Paul Garnier a été conduit au commissariat. Son avocat a assuré mardi que le militant avait été frappé.",
            "avocat",
        ),
        # two lawyers named elsewhere: neither is the one the phrase means
        (
            f"{ARREST}, a indiqué son avocat. L'avocat Jean Morel défend un autre militant, l'avocat Marc Petit "
            "un troisième.",
            "avocat",
        ),
    ],
)
def test_quotes_relational_sources_described(text: str, word: str) -> None:
    found = _by(text, "a été interpellé") or _by(text, "le militant avait été frappé")
    assert found is not None and found[1] and any(word in name.lower() for name in found[0]), run(text, "fr", SPEC)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        (  # the lawyer named in a later sentence, the noun right before the name
            f"{ARREST}, a déclaré l'avocate de Garnier. « Il est innocent », a ajouté l'avocate Claire Morin.",
            "Claire Morin",
        ),
        (  # the lawyer named later, the noun after the name and a comma
            f"{ARREST}, selon son avocat. Me Jean Morel, l'avocat de Paul Garnier, dénonce une « arrestation "
            "arbitraire ».",
            "Jean Morel",
        ),
    ],
)
def test_quotes_relational_sources_named_elsewhere(text: str, who: str) -> None:
    assert _by(text, "a été interpellé") == (frozenset({who}), False), run(text, "fr", SPEC)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, want",
    [
        # a plural row already: described, as on main
        (f"{ARREST}, ont indiqué ses avocats.", "a été interpellé", (frozenset({"ses avocats"}), True)),
        # the lawyer named beside the noun speaks, as on main
        (f"{ARREST}, a indiqué son avocat Jean Morel.", "a été interpellé", (frozenset({"Jean Morel"}), False)),
        (
            f"« Il est innocent », a déclaré l'avocate Claire Morin. {ARREST}.",
            "Il est innocent",
            (frozenset({"Claire Morin"}), False),
        ),
        # a relational noun that is no speaker: no quote
        ("Paul Garnier a appelé son avocat mardi depuis Brévonne.", "avocat", None),
        ("La sœur de Paul Garnier a rejoint sa famille à Brévonne.", "famille", None),
    ],
)
def test_quotes_relational_sources_as_before(text: str, words: str, want: tuple | None) -> None:
    assert _by(text, words) == want, run(text, "fr", SPEC)
