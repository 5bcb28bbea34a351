"""The entity and quote passes that read tokens by position (issue 17: the stages' cost) read them from the Doc's
table (:func:`veille.analysis.tree.tokens`, :func:`~veille.analysis.tree.subtree`: Words made once per Doc) where
they made a new spaCy Token at every ``doc[i]``, ``for t in doc`` or ``head.subtree``: the bare party words, the
quoted media titles, the person names cut at their particles or a line break, the document names, the role phrases,
the name tails, the complement organisations, the place runs, the infinitive and participle reports, the described
speakers' phrases and the grammatical gender of a state. The entities and quotes of invented texts are the same when
those passes read spaCy's own Tokens again. Invented sentences, invented people; real places."""

from __future__ import annotations

import importlib
import json

import pytest

from veille.analysis import nlp
from veille.analysis.context import TextContext
from veille.analysis.entities import recognise
from veille.analysis.quotes import extract_quotes

pytestmark = pytest.mark.e2e

PUBLISHED = "2025-03-06"

TEXTS = [
    (
        "fr",
        "D'après la radio régionale « Radio Valdor », la ministre ostravienne des Affaires étrangères, Ingrid von "
        "der Brack, a dit avoir reçu lundi l'ambassadeur de France. « Nous attendons des réponses », a indiqué Paul "
        "Lenoir, porte-parole de l'exécutif valdorien. La France a signé la Convention de Vienne. Le Centre Omar "
        "Haddad pour le Moyen-Orient a publié un rapport, affirmant que les Verts soutiennent Dakar.",
    ),
    (
        "en",
        "According to the daily \u201cValdor Times\u201d, Norwegian Foreign Minister Ingrid von der Brack said she "
        "had met the French ambassador on Monday. \u201cWe expect answers,\u201d said a spokesman for the Malian "
        "government, Paul Lenoir. The Reciprocal Access Agreement was signed in Seine-Saint-Denis. The Omar Haddad "
        "Center for the Middle East issued a report, saying that the Greens back Dakar.",
    ),
]

#: The modules whose passes read the table, and the names they read it through.
READERS = [
    ("entities.bare_parties", "tokens"),
    ("entities.name_tails", "tokens"),
    ("entities.ner", "tokens"),
    ("entities.places", "tokens"),
    ("entities.roles", "tokens"),
    ("entities.scan", "tokens"),
    ("entities.seams", "tokens"),
    ("entities.spans", "tokens"),
    ("entities.recognise", "text_of"),
    ("quotes.adjunct_gap", "tokens"),
    ("quotes.described_names", "tokens"),
    ("quotes.described_names", "subtree"),
    ("quotes.infinitives", "tokens"),
    ("quotes.media", "tokens"),
    ("quotes.media", "span_tokens"),
    ("quotes.phrases", "tokens"),
    ("quotes.phrases", "subtree"),
    ("quotes.thing_gender", "tokens"),
]

#: What each name gives when read from spaCy's own Tokens.
SPACY_READS = {
    "tokens": lambda doc: list(doc),
    "span_tokens": lambda span: list(span),
    "subtree": lambda tok: list(tok.subtree),
    "text_of": lambda doc, i, j: doc[i:j].text,
}


def _analysed(lang: str, text: str) -> tuple[str, int, int]:
    doc = nlp.parse(text, lang)
    ctx = TextContext.of(doc, lang, PUBLISHED)
    entities = recognise(doc, lang=lang, published=PUBLISHED, context=ctx)
    quotes = extract_quotes(doc, entities, lang=lang, context=ctx)
    return json.dumps([entities, quotes], sort_keys=True, default=str), len(entities), len(quotes)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_tree_word_passes_read_what_spacy_tokens_give(lang, text, monkeypatch):
    read, entities, quotes = _analysed(lang, text)
    assert entities >= 5 and quotes >= 2  # the texts do exercise the passes
    for path, name in READERS:
        module = importlib.import_module(f"veille.analysis.{path}")
        assert hasattr(module, name), (path, name)
        monkeypatch.setattr(module, name, SPACY_READS[name])
    assert _analysed(lang, text)[0] == read
