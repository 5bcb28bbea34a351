"""A photo caption closed by its credit in a form the credit patterns lacked is a caption (issue 12, stop 61).

Pages close a caption with its credit in many house forms: a credit word after the caption's last sentence with or
without a colon ("Photograph: X", "Courtesy X", "Photo X", "Ph : X", "FILE | X", "Photo by X/Y | License Photo"), a
credit in brackets with no sentence end before it ("(Picture: X)", "(X via AP)", "(X photo)"),
an archive closer with its agency ("Photo d'archives AFP."), the agency then a slash and the photographer for the
Canadian agency ("THE CANADIAN PRESS/Jane Roe"), or the picture word, the photographer and the source in capitals
before the caption ("PHOTO JANE ROE, LA PRESSE CANADIENNE Le maire ..."). The caption stayed a paragraph of the body,
or the page's title. Near misses (a sentence of the body that opens with such a word, a paragraph closed by a wire
credit in brackets, a heading with a picture word) stay as they are. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, AFTER_FR, INTRO, INTRO_FR, TITLE, TITLE_FR, clean

CAPTIONS = [
    "Dockers block the gates of the Carvella port on Monday. Photograph: Jane Holloway",
    "Dockers block the gates of the Carvella port on Monday. Photograph: Jane Holloway/Harbour Wire",
    "Food parcels for the striking dockers of Carvella. — Courtesy Harbour Aid",
    "The harbour master of Carvella, Tom Hale. FILE | CARVELLA MEDIA GROUP",
    "The harbour master of Carvella speaks to reporters at the docks. Photo by Jane Holloway/UPI | License Photo",
    "The harbour master of Carvella has run the port since 2019 (Picture: PA)",
    "Dockers walk out of the Carvella port after the vote on Friday (Carvella Coast Guard via AP)",
    "The harbour master of Carvella meets the union leaders at the docks (Harbour photo)",
    "Union leaders march through the port of Carvella on Monday. THE CANADIAN PRESS/Jane Holloway",
]

CAPTIONS_FR = [
    "Le maire de Brévonne, Paul Vidal. Photo Agence Ouest",
    "Le maire de Brévonne, Paul Vidal, ministre des Ports. Ph : Wikipédia",
    "Les esprits se sont échauffés lundi soir sur le port de Brévonne. Photo d'archives AFP.",
    "PHOTO MARIE ROUX, LA PRESSE CANADIENNE Le maire de Brévonne",
    "PHOTO MARIE ROUX, ARCHIVES LA PRESSE CANADIENNE Le maire de Brévonne a reçu les dockers à la mairie.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_textclean_credit_tails_close_a_caption(caption):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{caption}\n\n{AFTER}\n")
    assert caption in art.captions
    assert caption not in art.paragraphs
    assert art.title == TITLE


@pytest.mark.parametrize("caption", CAPTIONS_FR)
def test_textclean_credit_tails_close_a_caption_fr(caption):
    art = clean(f"{TITLE_FR}\n\n{INTRO_FR}\n\n{caption}\n\n{AFTER_FR}\n")
    assert caption in art.captions
    assert caption not in art.paragraphs
    assert art.title == TITLE_FR


def test_textclean_credit_tail_caption_under_the_headline_is_no_title():
    caption = "The harbour master of Carvella, Tom Hale. FILE | CARVELLA MEDIA GROUP"
    art = clean(f"{TITLE}\n\n{caption}\n\n{INTRO}\n\n{AFTER}\n")
    assert art.title == TITLE
    assert caption in art.captions


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the body opening with a credit word
        "The dockers voted on Monday. Pictures of the vote were shared by the union on its website.",
        # a credit word after a sentence, then lowercase words: no source
        "The dockers voted on Monday. Courtesy was not on the agenda",
        # a long paragraph closed by a wire credit in brackets with a picture word
        "Union leaders met the port's managers on Monday to discuss pay, night shifts and the safety of the cranes, "
        "and both sides said the talks would go on next week at the town hall of Carvella. (Gr.I., photos Belga)",
        # a heading with a picture word
        "The big picture: what the strike cost the port",
        # a short wire credit in brackets, lowercase
        "Union leaders met the port's managers on Monday. (ats/jh)",
    ],
)
def test_textclean_credit_tail_near_misses_stay_body(line):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}\n")
    assert line not in art.captions
