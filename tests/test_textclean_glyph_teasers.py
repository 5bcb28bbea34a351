"""Read-also teasers in shapes the patterns lacked are page furniture (issue 12, stop 56).

Pages print a link to another of their articles between two paragraphs: the teaser's label behind an arrow or a
triangle glyph (« → A LIRE AUSSI : », « ► À écouter aussi : »), the label « A (RE) LIRE : », the label cut from
the headline by a bar (« À lire | ») and the bare English label "READ:". They stayed in the body. Near misses: a
sentence or a quoted statement that opens on the same words, and an arrow before a heading with no teaser label,
stay text. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean


@pytest.mark.parametrize(
    "line",
    [
        "→ A LIRE AUSSI : Brévonne: les dockers votent la fin de la grève après un long conflit",
        "► À écouter aussi : Au port de Brévonne, les familles des dockers racontent trois semaines sans salaire [1/3]",
        "→ A (RE) LIRE : Grève au port de Brévonne: la direction propose une prime de nuit",
        "À lire | Le maire de Brévonne Paul Martel appelle au dialogue",
        "➜ Lire aussi : Brévonne, un port en crise",
    ],
)
def test_textclean_glyph_teasers_french_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line not in art.paragraphs
    assert [INTRO_FR, AFTER_FR] == [p for p in art.paragraphs if p in (INTRO_FR, AFTER_FR)]


@pytest.mark.parametrize(
    "line",
    [
        "READ: Carvella dockers vote to end their strike",
        "► Read more: Carvella port to stay shut for a third week",
    ],
)
def test_textclean_glyph_teasers_english_dropped(line: str) -> None:
    art = clean("\n\n".join([TITLE, INTRO, line, AFTER]))
    assert line not in art.paragraphs
    assert AFTER in art.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Read the statement the union issued to its members, a spokesman for the dockers told reporters on Monday.",
        "« À lire les chiffres de la direction, la grève a coûté cher au port », a déclaré Paul Martel lundi soir.",
        "→ Les dockers de Brévonne reprennent le travail.",
    ],
)
def test_textclean_glyph_teasers_near_miss(line: str) -> None:
    art = clean("\n\n".join([TITLE_FR, INTRO_FR, line, AFTER_FR]))
    assert line in art.paragraphs
