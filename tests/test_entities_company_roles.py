"""A company printed right before a corporate role and its holder ("Norvex CEO Jana Holt", "Huawei CFO Meng
Wanzhou") is an organisation, and the holder a person, whatever span the NER ran over the three
(entities.seams.company_roles; roles.tsv: CFO, COO); a date word or a sentence's first word before the role is no
company. Invented sentences and people (and one real firm's officer title)."""

from __future__ import annotations

import pytest

from entity_fixtures import entities

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        ("Shortly after, Huawei CFO Jana Holt was arrested.", "Huawei", "Jana Holt"),
        ("On Monday Norvex CEO Jana Holt said profits fell.", "Norvex", "Jana Holt"),
        ("The deal was signed by Kestrel Mining COO Amir Vale and others.", "Kestrel Mining", "Amir Vale"),
    ],
)
def test_company_roles_the_company_and_the_holder(text: str, company: str, person: str) -> None:
    found = entities(text, "en")
    assert found.get(company, {}).get("type") == "ORG", found
    assert found.get(person, {}).get("type") == "PERSON", found


@pytest.mark.parametrize(
    "text",
    ["Former CEO Jana Holt said profits fell.", "Analysts said the CEO Jana Holt would resign."],
)
def test_company_roles_no_company_before_the_role(text: str) -> None:
    assert not any(e["type"] == "ORG" for e in entities(text, "en").values())
