"""A party named inside a modifier of the true recipient is no recipient (issue 13, stop 43): the backer of a
participle of backing ("le mouvement soutenu par la Libye", "the militia, backed by Libya") backs the noun it
qualifies, is no author of it and is no target of an act done to it; a place or a party in the participle's own
adjuncts is no recipient of the backing; a singular participle hung on the first conjunct of a coordination
qualifies the conjunct it agrees with (events/backed.py, ``backing_types``). A passive participle of another kind
("la suspension annoncée par la Libye": its author is aimed at) and a backing verb of its own keep their readings.
Invented sentences and people; real states."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from test_events import coded, sides
from veille.analysis.events.backed import qualified_noun

# (id, name, type, code, country, sector, surface forms)
KB = [
    ("fnt", "Front national tchadien", "ORG", "FNT", "TCD", "REB", ["FNT"]),
    ("chad", "Chad", "GPE", "TCD", None, "GOV", ["Tchad", "Chad"]),
    ("libya", "Libya", "GPE", "LBY", None, "GOV", ["Libye", "Libya"]),
    ("sudan", "Sudan", "GPE", "SDN", None, "GOV", ["soudanaise", "Sudanese"]),
    ("niger", "Niger", "GPE", "NER", None, "GOV", ["Niamey"]),
    ("dupuis", "Jean Dupuis", "PERSON", None, "TCD", "GOV", ["Jean Dupuis"]),
]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, etype, expected",
    [
        # the backer is no author of the noun the participle is hung on: the offensive is against the militia
        ("Jean Dupuis a promis une nouvelle offensive militaire contre la milice FNT, soutenue par la Libye.", "fr",
         "THREATEN", ({"TCD"}, {"FNT"})),
        ("Chad vowed a new military offensive against the FNT militia, backed by Libya.", "en", "THREATEN",
         ({"TCD"}, {"FNT"})),
    ],
)  # fmt: skip
def test_backing_participles_backer_is_no_target(text, lang, etype, expected):
    assert sides(coded(text, lang, KB), etype) == [expected]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, etype, absent",
    [
        # the backed noun names no coded party: the embassy of the participle's adjunct is not backed
        ("Des armes ont été livrées au Front, le mouvement rebelle soutenu par la Libye via un intermédiaire à "
         "l'ambassade soudanaise à Niamey, a affirmé le ministre.", "fr", "SUPPORT", {"SDN", "NER"}),
    ],
)  # fmt: skip
def test_backing_participles_modifier_party_is_no_recipient(text, lang, etype, absent):
    got = sides(coded(text, lang, KB), etype)
    assert not any(absent & recipients for _, recipients in got)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, lang, etype, expected",
    [
        # a participle of another kind: its author is aimed at
        ("Le Tchad a rejeté la suspension des négociations annoncée par la Libye.", "fr", "REJECT",
         ({"TCD"}, {"LBY"})),
        ("Chad rejected the suspension of talks announced by Libya.", "en", "REJECT", ({"TCD"}, {"LBY"})),
        # the backing participle's own event: the noun it qualifies is backed
        ("Jean Dupuis a promis une nouvelle offensive militaire contre la milice FNT, soutenue par la Libye.", "fr",
         "SUPPORT", ({"LBY"}, {"FNT"})),
        # a backing verb of its own
        ("La Libye a soutenu le FNT pendant des années.", "fr", "SUPPORT", ({"LBY"}, {"FNT"})),
    ],
)  # fmt: skip
def test_backing_participles_near_misses_keep_their_reading(text, lang, etype, expected):
    assert expected in sides(coded(text, lang, KB), etype)


def _parsed(words, heads, deps, morphs):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, morphs=morphs, pos=["NOUN"] * len(words))


# « entre la garde syrienne et le groupe libanais soutenu par Téhéran », the participle hung on the first conjunct
WORDS = ["entre", "la", "garde", "syrienne", "et", "le", "groupe", "libanais", "soutenu", "par", "Téhéran"]
HEADS = [2, 2, 2, 2, 6, 6, 2, 6, 2, 10, 8]
DEPS = ["case", "det", "ROOT", "amod", "cc", "det", "conj", "amod", "acl", "case", "obl:agent"]
FEM, MASC = "Gender=Fem|Number=Sing", "Gender=Masc|Number=Sing"


@pytest.mark.parametrize(
    "participle, expected",
    [
        (f"{MASC}|VerbForm=Part", "groupe"),  # agrees with the second conjunct only
        (f"{FEM}|VerbForm=Part", "garde"),  # agrees with its head: kept
        ("Gender=Masc|Number=Plur|VerbForm=Part", "garde"),  # plural: both, through the head
    ],
)
def test_backing_participles_qualified_conjunct_agrees(participle, expected):
    morphs = ["", "", FEM, FEM, "", "", MASC, MASC, participle, "", ""]
    doc = _parsed(WORDS, HEADS, DEPS, morphs)
    assert qualified_noun(doc[8]).text == expected
