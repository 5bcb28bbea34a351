"""A photographer named after the slash of a credit's agency is a person, where the slash stands between spaces
("Photo: Reuters / Jane Roe") or the agency is a bare acronym the knowledge base lacks ("Photo: KLX/Jane Roe"): the
real-news golds list the photographer of such a credit (issue 12). The NER's labels are set by hand (it read no
person there); the sentences, agencies and people are invented."""

from __future__ import annotations

import pytest

from test_entities_ner_misses import found, with_ner

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("text", "lang", "labelled", "person"),
    [
        ("The mayor greets the delegation. Photo: Reuters / Tom Poe", "en", [("Reuters", "ORG")], "Tom Poe"),
        ("The old bridge in Lakeview on Monday. Photo: AFP / Anna Varga", "en", [], "Anna Varga"),
        ("The mayor of Lakeview greets the delegation. Photo: KLX/Tom Poe", "en", [], "Tom Poe"),
        ("Le maire de Lacville accueille la délégation. Photo : QRT / Anna Varga", "fr", [], "Anna Varga"),
    ],
)
def test_entities_credit_photographer_after_agency_slash(text, lang, labelled, person):
    assert found(with_ner(text, lang, labelled), lang).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("text", "lang", "labelled", "absent"),
    [
        # a credit word closing the part after the slash: no person
        ("The mayor of Lakeview greets the delegation. Photo: KLX/Getty Images", "en", [], "Getty Images"),
        # a credit word inside a sentence opens no credit
        ("Staff of the council sent the photo to KLX / Tom Poe on Monday.", "en", [], "Tom Poe"),
        # no credit at all
        ("The Lakeview/Varna Road was closed on Monday after the storm.", "en", [], "Varna Road"),
    ],
)
def test_entities_credit_photographer_near_misses(text, lang, labelled, absent):
    assert found(with_ner(text, lang, labelled), lang).get(absent) != "PERSON"
