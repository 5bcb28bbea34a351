"""The facts about a text computed once for every stage: datelines, their state, segments, mentions, home state."""

import pytest
import spacy
from spacy.tokens import Doc

from veille.analysis.context import MentionIndex, TextContext, find_datelines, paragraph_starts
from veille.errors import UnsupportedLanguage

VOCAB = spacy.blank("en").vocab  # with the lexical attributes (is_upper)


def doc_of(text: str, pos: dict[str, str] | None = None) -> Doc:
    """A Doc of the whitespace-separated words of ``text`` (a newline opens a paragraph); ``pos`` tags words."""
    words, spaces = [], []
    for line in text.split("\n"):
        parts = line.split()
        words += parts
        spaces += [True] * len(parts)
        if words:
            spaces[-1] = False
            words.append("\n")
            spaces.append(False)
    words, spaces = words[:-1], spaces[:-1]
    tags = [(pos or {}).get(w, "X") for w in words]
    return Doc(VOCAB, words=words, spaces=spaces, pos=tags)


@pytest.mark.parametrize(
    "text",
    [
        "KYIV , 5 février ( AFP ) - Le président a parlé",
        "TALLINN — Estonia expelled a diplomat",
        "HELSINKI / MOSCOW — Talks ended",
        "Bangkok ( AP ) — Myanmar freed prisoners",  # a city in title case, closed by an agency credit
    ],
)
def test_context_dateline_found(text: str) -> None:
    doc = doc_of(text)
    [d] = find_datelines(doc)
    assert d.start == 0 and doc[d.dash].text in ("-", "—")


@pytest.mark.parametrize(
    "text",
    [
        "Both ministers — in Paris — agreed",  # a capitalised word, no capitals nor credit: no dateline
        "NATO said on Monday - ",  # a verb before the dash
        "KYIV , 5 février ( AFP ) le président a parlé",  # no dash
        "Le médiateur , le ministre Khalid Al - Mansouri",  # a hyphenated name in title case
    ],
)
def test_context_dateline_not_found(text: str) -> None:
    assert find_datelines(doc_of(text, pos={"said": "VERB"})) == []


def test_context_dateline_dash_is_not_a_hyphen() -> None:
    words = ["EU", "and", "Norway", "strike", "deal", "after", "all", "-", "night", "talks"]
    spaces = [True] * 6 + [False, False, True, False]  # "all-night": the hyphen is glued to both words
    assert find_datelines(Doc(VOCAB, words=words, spaces=spaces, pos=["X"] * len(words))) == []
    spaces[6] = spaces[7] = True  # "EU … all - night": a spaced dash after capitals is one
    assert len(find_datelines(Doc(VOCAB, words=words, spaces=spaces, pos=["X"] * len(words)))) == 1


def test_context_datelines_open_paragraphs_only() -> None:
    doc = doc_of("Le texte commence .\nPARIS — Suite .\nen PARIS — non")
    assert [doc[d.start].text for d in find_datelines(doc)] == ["PARIS"]


def test_context_dateline_state_is_the_opening_datelines_city() -> None:
    ctx = TextContext.of(doc_of("TALLINN — Foreign Minister X said"), "en")
    assert ctx.dateline is not None and ctx.dateline_state == "EST"
    assert ctx.dateline_tokens == frozenset({0})
    assert TextContext.of(doc_of("Tallinn — Foreign Minister X said"), "en").dateline_state is None
    later = TextContext.of(doc_of("A first line .\nTALLINN — X said"), "en")
    assert later.dateline is None and later.dateline_state is None and later.dateline_tokens  # not the opening one


def entity(eid: str, etype: str, code: str | None, *spans: tuple[int, int]) -> dict:
    return {
        "id": eid,
        "name": eid,
        "type": etype,
        "code": code,
        "country": None,
        "mentions": [{"text": "", "start": a, "end": b} for a, b in spans],
    }


def test_context_mention_index_outer_mentions_and_covering() -> None:
    doc = doc_of("la ministre de la Défense Anna Berg parle")
    anna = entity("per:anna", "PERSON", None, (26, 35))
    ministry = entity("body:def", "ORG", "FRA", (14, 25))
    outer = entity("x:phrase", "ORG", None, (3, 35))
    index = MentionIndex([anna, ministry, outer])
    assert index.entity(doc[5]) is outer  # a mention nested in a longer one is ignored
    assert [e["id"] for e in index.covering(20, 30)] == ["x:phrase", "body:def", "per:anna"]  # longest first
    assert index.by_id["per:anna"] is anna


def test_context_home_state_is_the_state_named_first() -> None:
    ctx = TextContext.of(doc_of("x"), "fr")
    assert ctx.home_state is None
    ctx.set_entities(
        [
            entity("kb:org:NATO", "ORG", "NATO", (0, 1)),  # an organisation is no home state
            entity("kb:country:FRA", "GPE", "FRA", (6, 7), (8, 9), (10, 11)),
            entity("kb:city:kyiv", "GPE", "UKR", (2, 3)),  # a city names its state
        ]
    )
    assert ctx.home_state == "UKR" and ctx.mentions.by_id.keys() == {"kb:country:FRA", "kb:city:kyiv", "kb:org:NATO"}


def test_context_paragraph_starts_open_every_line() -> None:
    doc = doc_of("Le ministre a parlé\nLa réunion a eu lieu\nFin")
    assert [doc[i].text for i in paragraph_starts(doc)] == ["Le", "La", "Fin"]


def test_context_text_is_the_docs_text_joined_once() -> None:
    doc = doc_of("TALLINN — Estonia expelled a diplomat\nTalks ended")
    ctx = TextContext.of(doc, "en")
    assert ctx.text == doc.text
    assert ctx.text is ctx.text  # kept: Doc.text joins the tokens again on every access


def test_context_unknown_language() -> None:
    with pytest.raises(UnsupportedLanguage, match="'xx'"):
        TextContext.of(doc_of("x"), "xx")


@pytest.mark.parametrize(
    "text, found",
    [
        ("OSLO : The ferry talks ended late on Monday", True),  # a known city in capitals and a colon
        ("OSLO , May 3 ( Reuters ) : The ferry talks ended", True),
        ("UPDATE : The ferry talks ended late on Monday", False),  # capitals, but no city: a label
        ("BIRK : We will keep the harbour open", False),  # a speaker's turn in a transcript
        ("Oslo : The ferry talks ended late on Monday", False),  # a city in title case: a headline's topic
    ],
)
def test_context_dateline_closed_by_a_colon(text: str, found: bool) -> None:
    doc = doc_of(text)
    lines = find_datelines(doc)
    assert bool(lines) is found
    if found:
        assert doc[lines[0].dash].text == ":" and doc[lines[0].dash + 1].text == "The"
