"""A definite role phrase ("the prime minister said…") refers back to a person who may hold that role, not to the
person named last when the text gives that one another role (quotes.roleheld, issue 12, stop 38). Invented people,
places and statements."""

from __future__ import annotations

import pytest

from test_quotes import entities_for
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes

CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "vey": ("Tomas Vey", "PERSON", ["Tomas Vey", "Vey"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
}


def _speakers(text: str, lang: str, roles: dict[str, list[str]]) -> list[list[str]]:
    ents = entities_for(text, CAST)
    for e in ents:
        e["roles"] = [{"role": r, "text": r, "date": None} for r in roles.get(e["id"], [])]
    return [[s["name"] for s in q["speakers"]] for q in extract_quotes(parse(text, lang), ents, lang=lang)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, roles, who",
    [
        # the person named last holds another role: the other person
        (
            "en",
            "Commission President Milo Dessart met Anna Korval in Valdor. The prime minister said the border would "
            "reopen.",
            {"dessart": ["president"]},
            "Anna Korval",
        ),
        (
            "en",
            "Anna Korval and Commission President Milo Dessart signed the deal. The prime minister said the border "
            "would reopen.",
            {"dessart": ["president"]},
            "Anna Korval",
        ),
        (
            "en",
            "Foreign Minister Milo Dessart met Anna Korval in Valdor. The president said the border would reopen.",
            {"dessart": ["foreign minister"]},
            "Anna Korval",
        ),
        (
            "fr",
            "Anna Korval et le président Milo Dessart ont signé l'accord. La Première ministre a déclaré que la "
            "frontière rouvrirait.",
            {"dessart": ["president"]},
            "Anna Korval",
        ),
        # near misses: the person named last may hold it (a role that holds the phrase's word, or a vague
        # one): the person named last, as before
        (
            "en",
            "Foreign Minister Milo Dessart met Anna Korval in Valdor. The minister said the border would reopen.",
            {"dessart": ["foreign minister"]},
            "Milo Dessart",
        ),
        (
            "en",
            "Colonel Milo Dessart met Anna Korval in Valdor. The spokesman said the border would reopen.",
            {"dessart": ["colonel"]},
            "Milo Dessart",
        ),
        (
            "en",
            "Party leader Milo Dessart met Anna Korval in Valdor. The prime minister said the border would reopen.",
            {"dessart": ["leader"]},
            "Milo Dessart",
        ),
    ],
)
def test_quotes_roleheld_reference_skips_another_roles_holder(
    lang: str, text: str, roles: dict[str, list[str]], who: str
) -> None:
    assert _speakers(text, lang, roles) == [[who]]
