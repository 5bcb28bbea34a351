"""Captions told by a mark the cleaner did not know (issue 12, stop 43): a photo's caption printed in the text of the
page was kept in the body when its credit or its label took a form the caption shapes lacked: an agency in square
brackets ("… along the main street [Getty]"), an agency after a label of its own ("Picture: Getty"), the agency and the
word for its picture after the last sentence ("… 2023. AFP PHOTO"), a caption label with no colon ("Image caption
…"), a picture word and a credit with a slash before the caption ("Photo ONU/J. Roux Les élus …"), a closer after the
caption ("… (photo d'archives).", "… last night. Photo supplied"). Near misses: body sentences and headings that hold
the same words stay in the body. Every person and place is invented."""

from __future__ import annotations

import pytest

from test_textclean import clean

TITLE = "Floods force hundreds from their homes in Carvella"
INTRO = (
    "Hundreds of families left their homes in the river town of Carvella on Monday as the water rose for a third "
    "day, the regional civil protection office said."
)
AFTER = (
    "The regional governor, Anna Brill, said the army would send two more rescue teams on Tuesday morning to help "
    "the volunteers already on the banks."
)
TITLE_FR = "Inondations : des centaines de familles quittent Carvella"
INTRO_FR = (
    "Des centaines de familles ont quitté lundi leurs maisons dans la ville de Carvella, où l'eau monte depuis trois "
    "jours, a indiqué la protection civile régionale."
)
AFTER_FR = (
    "La gouverneure de la région, Anna Brill, a annoncé que l'armée enverrait mardi deux équipes de secours de plus "
    "pour aider les bénévoles déjà présents sur les berges."
)

#: (language, caption line): taken out of the body, kept as a caption
CAPTIONS = [
    ("en", "Volunteers carry sandbags along the flooded main street of Carvella [Getty]"),
    ("en", "Residents wait for boats on the roof of the old school in Carvella. Picture: Alamy"),
    ("en", "A rescuer helps an elderly man across the square in Carvella on Monday, March 4, 2024. AFP PHOTO"),
    ("en", "A rescuer helps an elderly man across the square in Carvella on Monday, March 4, 2024. REUTERS Photo"),
    ("en", "Anna Brill visited the shelters set up in the town hall last night. Photo supplied"),
    ("fr", "Image caption Anna Brill, gouverneure de la région, a visité lundi les abris de la mairie."),
    ("fr", "Photo ONU/Jean Roux Les délégués de Carvella réunis en cellule de crise à la mairie mardi."),
    ("fr", "La gouverneure Anna Brill devant la mairie de Carvella, lors d'une visite en 2021 (photo d'archives)."),
]

#: (language, line): body text or a heading, with the same words: kept in the body
BODY = [
    ("en", "The bigger picture: what the floods mean for the farmers of the valley"),
    ("en", "The photo supplied by the governor's office showed the bridge under water, the agency said."),
    ("en", "Getty and other agencies sent photographers to the town, where the water kept rising all night."),
    ("fr", "La photo de la mairie sous les eaux a été partagée des milliers de fois sur les réseaux sociaux lundi."),
    ("fr", "Image de la crise : la mairie de Carvella sert d'abri à plus de trois cents familles depuis lundi."),
]


def _page(language: str, line: str) -> str:
    title, intro, after = (TITLE, INTRO, AFTER) if language == "en" else (TITLE_FR, INTRO_FR, AFTER_FR)
    return f"{title}\n\n{intro}\n\n{line}\n\n{after}"


@pytest.mark.parametrize(("language", "line"), CAPTIONS)
def test_textclean_caption_marks_caption(language: str, line: str) -> None:
    art = clean(_page(language, line))
    assert line not in art.paragraphs
    assert line in art.captions


@pytest.mark.parametrize(("language", "line"), BODY)
def test_textclean_caption_marks_near_miss(language: str, line: str) -> None:
    art = clean(_page(language, line))
    assert line in art.paragraphs
