"""An agency's credit in brackets glued to a body paragraph (issue 12, stop 43): before its first word ("(Belga) Le
port…", "(DW) In a tense night…") or after its last sentence ("… au Niger. (euronews)", "… (The Daily Ledger)", an
expander after it: "(Xinhua)…[+]") is page furniture: it is cut off the paragraph and kept in the boilerplate, where
the source lines of the entities read it. Near misses: a dateline's agency ("(JNS) WASHINGTON – The…", "PARIS
(Reuters) - …") stays with its paragraph, as the golds keep it; a bracket inside a sentence stays; a caption keeps its
closing credit (a short line closed by a credit is a caption: "credit after"). Every person and place is invented.
"""

from __future__ import annotations

import pytest

from test_textclean import clean

TITLE = "Le port de Brévonne rouvre après trois semaines de grève"
INTRO = "Le port de Brévonne a rouvert lundi matin après trois semaines de grève des dockers, a annoncé la direction."
AFTER = "Les syndicats doivent rencontrer la direction jeudi pour discuter des salaires et des horaires de nuit."
TITLE_EN = "Carvella port reopens after three-week strike"
INTRO_EN = "The port of Carvella reopened on Monday morning after a three-week strike by dockers, its managers said."
AFTER_EN = "Union leaders are due to meet the managers on Thursday to discuss pay and night shifts at the docks."

#: (language, paragraph, what is left in the body, the credit cut)
CUT = [
    (
        "fr",
        "(Belga) Le ministre des Transports a salué un accord « équilibré » entre les dockers et la direction du port.",
        "Le ministre des Transports a salué un accord « équilibré » entre les dockers et la direction du port.",
        "(Belga)",
    ),
    (
        "en",
        "(DW) In a tense night at the docks, hundreds of workers cheered as the first ship entered the harbour.",
        "In a tense night at the docks, hundreds of workers cheered as the first ship entered the harbour.",
        "(DW)",
    ),
    (
        "fr",
        "Le port reste fermé aux navires de plus de 200 mètres jusqu'au 30 juin. (euronews)",
        "Le port reste fermé aux navires de plus de 200 mètres jusqu'au 30 juin.",
        "(euronews)",
    ),
    (
        "en",
        "The strike cost the port more than 40 million euros in lost fees, its managers said. Several shipping "
        "lines moved their calls to other ports of the coast for the rest of the season. (The Daily Ledger)",
        "The strike cost the port more than 40 million euros in lost fees, its managers said. Several shipping "
        "lines moved their calls to other ports of the coast for the rest of the season.",
        "(The Daily Ledger)",
    ),
    (
        "en",
        "Ships had waited off the coast for days before the deal was signed on Sunday evening. (Xinhua)…[+]",
        "Ships had waited off the coast for days before the deal was signed on Sunday evening.",
        "(Xinhua)",
    ),
]

#: (language, paragraph): kept whole in the body
KEPT = [
    ("en", "(JNS) WASHINGTON – The port of Carvella reopened on Monday after a deal between dockers and managers."),
    ("fr", "PARIS (Reuters) - Le port de Brévonne a rouvert lundi après un accord entre les dockers et la direction."),
    ("en", "The dockers' union (the DWU) said the deal was a first step and that talks would go on in the spring."),
    ("fr", "Le syndicat des dockers (CGT) a jugé l'accord « insuffisant » et appelé à rester mobilisé tout le mois."),
]


def _page(language: str, line: str) -> str:
    title, intro, after = (TITLE, INTRO, AFTER) if language == "fr" else (TITLE_EN, INTRO_EN, AFTER_EN)
    return f"{title}\n\n{intro}\n\n{line}\n\n{after}"


@pytest.mark.parametrize(("language", "paragraph", "left", "credit"), CUT)
def test_textclean_wire_credits_cut(language: str, paragraph: str, left: str, credit: str) -> None:
    art = clean(_page(language, paragraph))
    assert left in art.paragraphs
    assert credit not in art.body
    assert credit in art.boilerplate


@pytest.mark.parametrize(("language", "paragraph"), KEPT)
def test_textclean_wire_credits_near_miss(language: str, paragraph: str) -> None:
    art = clean(_page(language, paragraph))
    assert paragraph in art.paragraphs


def test_textclean_wire_credits_caption_keeps_its_credit() -> None:
    caption = "Des dockers devant le port de Brévonne, le 4 mars 2024. (AFP)"
    art = clean(_page("fr", caption))
    assert caption in art.captions
