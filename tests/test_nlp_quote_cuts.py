"""No sentence starts right after an opening quotation mark nor at a comma (nlp._boundaries): the parser left « or a
straight " at the end of the sentence before (or alone, after a line break) and began the next sentence with the
quote's first word, and cut a closing mark from the comma of its incise (« … », a indiqué X). Real ends after a
closing mark, and a mark inside a title, are left as they were (invented texts)."""

from __future__ import annotations

import pytest

from veille.analysis import nlp

pytestmark = pytest.mark.e2e


def _sentences(text: str, lang: str) -> list[str]:
    return [s.text.strip() for s in nlp.parse(text, lang).sents if s.text.strip()]


#: (text, its sentences): main left the opening mark alone or cut the incise from its quote
MOVED = [
    (
        "Le maire de Valmont a quitté la salle. « Nous ne céderons rien sur le budget », a-t-il déclaré aux élus.",
        [
            "Le maire de Valmont a quitté la salle.",
            "« Nous ne céderons rien sur le budget », a-t-il déclaré aux élus.",
        ],
    ),
    (
        "Le ministre bélanien est arrivé mardi. « Ce voyage marque une nouvelle étape », a indiqué son porte-parole.",
        [
            "Le ministre bélanien est arrivé mardi.",
            "« Ce voyage marque une nouvelle étape », a indiqué son porte-parole.",
        ],
    ),
    (
        "Le port de Valmont est fermé.\n« Aucun navire ne sortira avant lundi », a précisé le préfet.",
        ["Le port de Valmont est fermé.", "« Aucun navire ne sortira avant lundi », a précisé le préfet."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), MOVED)
def test_nlp_quote_cuts_mark_opens_its_sentence(text, sentences):
    assert _sentences(text, "fr") == sentences


#: Near misses: a quotation that ends its sentence before a new one, and quotes read whole already
KEPT = [
    ("fr", "Il a conclu : « C'est fini. » Le maire est parti ensuite.", 2),
    ("en", 'He ended: "It is over." The mayor left the hall.', 2),
    ("fr", "« Nous partirons », a dit Léa Marnier. Elle n'a rien ajouté.", 2),
    ("en", 'The council met on Monday. "We will not raise taxes this year," the mayor of Vesk said.', 2),
    ("en", "Talks resumed in Valmont. “Peace is still within reach,” said Jorvik Talamo, the envoy.", 2),
    ("en", 'The port was closed.\n"No ship will leave before Monday," the prefect said.', 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), KEPT)
def test_nlp_quote_cuts_real_ends_kept(lang, text, count):
    assert len(_sentences(text, lang)) == count
