"""English quotes relayed by a second incise closing the sentence (issue 12, stop 48): the parser hangs the speaker's
incise under the outlet's ("“…,” X said at the forum, the Times reported": "said" a complement or parataxis of
"reported"), or the outlet's incise under a participle ("X reacted, saying …, the daily Y reported"), or the
outlet's incise closes a report of its own ("X issued a statement saying …, Y reports"); X made the statement, the
outlet only relays it (:func:`veille.analysis.quotes.closing.relays_incise`, lexicon flag
``relayed_incise``). Near misses: an outlet's incise alone still speaks, as does a speaker's alone, and
an outlet's incise after an act whose adverbial clause holds a report. French has no
flag and is left as it was. Invented sentences, invented people and places."""

from __future__ import annotations

import pytest

from test_quotes import run
from veille.analysis.quotes import lexicon
from veille.analysis.quotes.lexicon import RELAYED_INCISE

SPEC = {
    "birk": ("Tom Birk", "PERSON", ["Tom Birk", "Birk"]),
    "port": ("Velmar Harbour Authority", "ORG", ["Velmar Harbour Authority", "Harbour Authority"]),
    "velmar": ("Velmar", "GPE", ["Velmar"]),
    "house": ("Amber House", "ORG", ["Amber House"]),
}


def _quotes(text: str) -> list[tuple[str, set[str]]]:
    return [(q["text"], {s["name"] for s in q["speakers"]}) for q in run(text, "en", SPEC)]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            '"Our aim was to send a clear signal," Tom Birk said at the forum, the Velmar Times reported.',
            "Our aim was to send a clear signal",
            "Tom Birk",
        ),
        (
            '"Our aim was to send a clear signal," Tom Birk said, the Velmar Times reported.',
            "Our aim was to send a clear signal",
            "Tom Birk",
        ),
        (
            '"Our aim was to send a clear signal," Tom Birk said at the forum, Amber House reported.',
            "Our aim was to send a clear signal",
            "Tom Birk",
        ),
        (
            '"The quays stay shut for the week," the Harbour Authority said in a notice on Tuesday, '
            "Amber House news agency reported.",
            "The quays stay shut for the week",
            "Velmar Harbour Authority",
        ),
        (
            "The Harbour Authority reacted to the ruling, saying it was hardly the first time the dockers had "
            "refused, the daily Velmar Post reported.",
            "it was hardly the first time the dockers had refused",
            "Velmar Harbour Authority",
        ),
        (
            "The Harbour Authority reacted to the ruling, saying it was hardly the first time the dockers had "
            "refused, Amber House reported.",
            "it was hardly the first time the dockers had refused",
            "Velmar Harbour Authority",
        ),
        (
            'Tom Birk arrived at noon. "The quays will stay shut for a week," he said, Amber House reported.',
            "The quays will stay shut for a week",
            "Tom Birk",
        ),
        (
            '"The quays will stay shut for a week," Tom Birk wrote on social media, Amber House reported.',
            "The quays will stay shut for a week",
            "Tom Birk",
        ),
        (
            "The Harbour Authority issued a statement on Monday saying the quays would stay shut, Amber House reports.",
            "the quays would stay shut",
            "Velmar Harbour Authority",
        ),
        (
            "Tom Birk issued a statement on Monday saying the quays would stay shut, Amber House reported.",
            "the quays would stay shut",
            "Tom Birk",
        ),
    ],
)
def test_quotes_closing_relayed_incise_the_inner_speaker_speaks(text: str, words: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith(words)], found
    assert not [w for w, s in found if w.startswith(words) and s != {who}], found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ('"Our aim was to send a clear signal," Amber House reported.', "Our aim was to send", "Amber House"),
        ('"Our aim was to send a clear signal," Tom Birk said at the forum.', "Our aim was to send", "Tom Birk"),
        (
            "The Harbour Authority reacted to the ruling, saying it was hardly the first time the dockers had refused.",
            "it was hardly the first time",
            "Velmar Harbour Authority",
        ),
        (
            "The Harbour Authority closed the quays after the dockers said they would strike, Amber House reported.",
            "The Harbour Authority closed the quays",
            "Amber House",
        ),
        (
            "Tom Birk is ready to answer the dockers in a firm way, the Harbour Authority said.",
            "Tom Birk is ready to answer",
            "Velmar Harbour Authority",
        ),
    ],
)
def test_quotes_closing_relayed_incise_a_single_incise_still_speaks(text: str, words: str, who: str) -> None:
    found = _quotes(text)
    assert [w for w, s in found if s == {who} and w.startswith(words)], found


@pytest.mark.parametrize("lang, held", [("en", True), ("fr", False)])
def test_quotes_closing_relayed_incise_flag_per_language(lang: str, held: bool) -> None:
    assert lexicon(lang).has(RELAYED_INCISE) is held
