"""A caption closed by an agency, a slash and the photographer's name is a caption (issue 12, stop 58).

Pages print a photo's caption as a sentence with the credit glued after it: the agency, a slash and the
photographer ("... on Monday. KEYSTONE/Jean Dupont", "... la capitale Keystone / Jean Dupont"). The caption patterns
read a slash before the agency ("Photo/AFP") but not after it, so the caption stayed a paragraph of the body, or the
page's title. And where the byline under the headline lost its line break before the agency ("Jane DoeWire
Agency"), the agency was read as part of the name. Near misses: a paragraph naming an agency and a slash inside a
sentence, a slash before a lowercase word, and a byline with the agency after a bar, stay as they are. Every person
and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import AFTER, INTRO, TITLE, clean

CAPTIONS = [
    "Dockers gather at the gates of the Carvella port on Monday morning. REUTERS/Jane Holloway",
    "The mayor of Carvella greets the union leaders at the town hall on Friday. KEYSTONE/PETER BRILL",
    "Les dockers devant les grilles du port de Carvella, la ville portuaire Keystone / Marta Vell",
    "The harbour master of Carvella speaks to reporters after the talks. NCA NewsWire / Tom Hale",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_textclean_agency_slash_name_closes_a_caption(caption):
    art = clean(f"{TITLE}\n\n{caption}\n\n{INTRO}\n\n{AFTER}\n")
    assert caption in art.captions
    assert caption not in art.paragraphs
    assert art.title == TITLE


def test_textclean_agency_glued_to_a_bylines_name():
    art = clean(f"{TITLE}\n\nJane HolloNCA NewsWire\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Hollo"]


@pytest.mark.parametrize(
    "line",
    [
        # an agency and a slash inside a sentence of the body
        "Union leaders said a joint Reuters/Ipsos poll showed most dockers backed the strike until the end.",
        # the slash before a lowercase word
        "Dockers gather at the gates of the Carvella port on Monday morning. Reuters/archives",
    ],
)
def test_textclean_agency_slash_near_misses_stay_body(line):
    art = clean(f"{TITLE}\n\n{INTRO}\n\n{line}\n\n{AFTER}\n")
    assert line in art.paragraphs


def test_textclean_byline_agency_after_a_bar_unchanged():
    art = clean(f"{TITLE}\n\nJane Hollo | NCA NewsWire\n\n{INTRO}\n\n{AFTER}\n")
    assert art.authors == ["Jane Hollo"]
