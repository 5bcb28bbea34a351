"""Documents that summarise talks, hearings or rulings, or carry an office's word, speak for their issuer (issue
12, English lexicon: `noun` rows readout, transcript, judgment, release, assessment, cable, email, dispatch... in
`lang/en/quotes.tsv`): "a readout provided by X said…", "according to a readout from X", "X's readout of the call
said…", "the judgment of the court said…", "a press release from X said…", "a US intelligence assessment said…", "a
dispatch from KCNA said…". Before, such a subject was no document of the lexicon: its statement named no speaker and
was dropped. Near misses: a gauge's readout that "showed" something, the release of hostages, a verdict that is no
subject of a speech verb. Invented sentences and people; real bodies and states only as the issuers."""

from __future__ import annotations

import pytest

from test_quotes_seat_number_ten import _article

pytestmark = pytest.mark.e2e


CALL = "The defence ministers of Japan and Australia spoke by telephone on Monday.\n\n"
TALKS = "The foreign ministers of the United States and India met in New Delhi on Tuesday."
BORDER = "Kenya and Somalia have argued over the sea border for years.\n\n"
COURT = "Bolivia took its quarrel with Chile over the sea to the judges in The Hague in 2013.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            CALL + "A readout issued by the Pentagon said both ministers would widen their joint patrols around the"
            " islands.",
            "joint patrols",
            "Pentagon",
        ),
        (
            "The leaders of France and Germany spoke by telephone on Monday.\n\nAccording to a readout from the"
            " Elysee, the two leaders agreed that the ceasefire had to hold.",
            "ceasefire had to hold",
            "Élysée Palace",
        ),
        (
            "The leaders of Russia and Turkey spoke by telephone on Monday.\n\nThe Kremlin's readout of the call said"
            " the grain corridor had been discussed at length.",
            "grain corridor",
            "Kremlin",
        ),
        (
            TALKS + " The State Department later released a readout of the talks.\n\nThe readout said the secretary"
            " had raised the detention of two aid workers.",
            "detention of two aid workers",
            "United States Department of State",
        ),
        (
            BORDER + "A press release from the Kenyan foreign ministry said the government would not recognise the"
            " outcome.",
            "would not recognise",
            "Ministry of Foreign Affairs of Kenya",
        ),
        (
            COURT + "The International Court of Justice's judgment said Chile owed Bolivia no talks on a corridor to"
            " the coast.",
            "owed Bolivia no talks",
            "International Court of Justice",
        ),
        (
            "Russia massed troops near the border with Ukraine in the autumn.\n\nA US intelligence assessment said"
            " Russia had moved more than 100,000 troops to the border.",
            "100,000 troops",
            "United States",
        ),
        (
            "Talks between the two Koreas broke down in June.\n\nA dispatch from KCNA said the North would cut all"
            " lines of communication with the South.",
            "lines of communication",
            "Korean Central News Agency",
        ),
        (
            "Canada and India expelled each other's diplomats in October.\n\nAn email from the Indian foreign"
            " ministry said the visas would not be renewed.",
            "visas would not be renewed",
            "Ministry of External Affairs",
        ),
    ],
)
def test_quotes_document_readout_speaks_for_its_issuer(text: str, words: str, speaker: str) -> None:
    quotes = [q for q in _article(text)["quotes"] if words in q["text"]]
    assert [[s["name"] for s in q["speakers"]] for q in quotes] == [[speaker]]


@pytest.mark.parametrize(
    "text",
    [
        "The engineers checked the pumps at the plant on Monday after a leak was reported.\n\nThe readout on the"
        " gauge showed that the pressure had fallen overnight.",
        "Thirty hostages were freed by the rebels on Sunday.\n\nThe release of the hostages was greeted with joy in"
        " the capital, where families waited for news.",
        "Staff at the plant checked the pumps on Monday after a leak was reported.\n\nThe verdict of the inspectors"
        " was that the pumps had to be replaced.",
    ],
)
def test_quotes_document_readout_near_miss(text: str) -> None:
    assert _article(text)["quotes"] == []
