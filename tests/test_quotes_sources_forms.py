"""Sources and speakers named in forms of news copy: an organisation named back by a short common noun ("a fait
savoir l’organisation", "the group said") or by a word of its name tagged as a name ("the Alliance said"); an
unnamed described source after an inverted incise ("a confié un proche du dossier"); source phrases longer than the
preposition they open with ("selon les mots de X", "according to a statement from X"); a source phrase opening a
sentence whose subject is impersonal ("Du côté de X, on affirme que…"). Invented organisations, people and
statements."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_realnews import found, names

SPEC = {
    "alliance": (
        "Alliance valdorienne pour le climat",
        "ORG",
        ["Alliance valdorienne pour le climat", "Valdor Climate Alliance"],
    ),
    "terre": ("Terre Claire", "ORG", ["Terre Claire"]),
    "martel": ("Paul Martel", "PERSON", ["Paul Martel", "Martel"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "L’ONG Terre Claire a publié un rapport lundi. « Les forêts reculent », a fait savoir l’organisation.",
            "Les forêts reculent",
        ),
        (
            "fr",
            "Terre Claire a publié un rapport. « Les forêts reculent », a précisé l’association dans un communiqué.",
            "Les forêts reculent",
        ),
        (
            "fr",
            "Terre Claire a publié un rapport. « Les forêts reculent », indique le collectif.",
            "Les forêts reculent",
        ),
        (
            "fr",
            "Terre Claire a publié un rapport. « Les forêts reculent partout », a estimé l’ONG.",
            "reculent partout",
        ),
        (
            "fr",
            "Terre Claire a publié un rapport. L’organisation a affirmé que les forêts reculaient.",
            "les forêts reculaient",
        ),
        ("en", "Terre Claire published a report on Monday. “Forests are shrinking,” the group said.", "Forests are"),
        (
            "en",
            "Terre Claire published a report. “Forests are shrinking,” the organization said in a statement.",
            "Forests are",
        ),
        (
            "en",
            "Terre Claire published a report. The charity said forests were shrinking everywhere.",
            "forests were shrinking",
        ),
        ("en", "Terre Claire published a report. “Forests are shrinking,” said the agency.", "Forests are"),
    ],
)
def test_quotes_sources_forms_short_noun_names_the_last_organisation(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang, SPEC), words)) == {"Terre Claire"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "L’Alliance valdorienne pour le climat s’est réunie lundi. « Il faut agir », a indiqué l’Alliance."),
        ("en", "The Valdor Climate Alliance met on Monday. “We must act,” the Alliance said in a statement."),
        ("en", "The Valdor Climate Alliance met on Monday. “We must act,” said the Alliance."),
    ],
)
def test_quotes_sources_forms_word_of_the_name_names_the_organisation(lang: str, text: str) -> None:
    quotes = run(text, lang, SPEC)
    assert [names(q) for q in quotes] == [{"Alliance valdorienne pour le climat"}]


@pytest.mark.e2e
def test_quotes_sources_forms_short_noun_without_organisation_names_no_one() -> None:
    text = "Paul Martel a visité les fermes. « Les forêts reculent », a fait savoir l’organisation."
    assert all(names(q) != {"Paul Martel"} for q in run(text, "fr", SPEC))


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, phrase",
    [
        (
            "fr",
            "« Le dialogue reste ouvert », a fait savoir une source diplomatique valdorienne.",
            "Le dialogue",
            "source diplomatique",
        ),
        ("fr", "« Rien n’est encore signé », a confié un proche du dossier.", "Rien n’est", "un proche du dossier"),
        ("en", "“Nothing has been signed yet,” said a source close to the talks.", "Nothing has", "a source close"),
        (
            "en",
            "“Nothing has been signed yet,” a source close to the talks told reporters.",
            "Nothing has",
            "a source close",
        ),
    ],
)
def test_quotes_sources_forms_inverted_incise_unnamed_source_is_described(
    lang: str, text: str, words: str, phrase: str
) -> None:
    q = found(run(text, lang, SPEC), words)
    assert q["speakers"] and all(s["id"] is None for s in q["speakers"])
    assert phrase in q["speakers"][0]["name"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Selon les mots de Paul Martel, la récolte « sera tardive ».", "sera tardive"),
        ("fr", "La récolte sera tardive, selon les termes de Paul Martel.", "La récolte sera tardive"),
        ("fr", "À en croire Paul Martel, la récolte sera tardive.", "la récolte sera tardive"),
        ("fr", "Aux dires de Paul Martel, la récolte sera tardive.", "la récolte sera tardive"),
        ("en", "The harvest will be late, according to a statement from Paul Martel.", "The harvest will be late"),
        ("en", "According to a statement issued by Paul Martel, the harvest will be late.", "the harvest will be late"),
        ("en", "In the words of Paul Martel, the harvest “will be late”.", "will be late"),
    ],
)
def test_quotes_sources_forms_longest_source_phrase_names_its_object(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang, SPEC), words)) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Selon le communiqué publié par Terre Claire, la récolte « sera tardive ».",
            "sera tardive",
            "Terre Claire",
        ),
        (
            "fr",
            "Selon un rapport diffusé par Terre Claire, les forêts reculent partout.",
            "les forêts reculent",
            "Terre Claire",
        ),
        (
            "fr",
            "Selon la déclaration lue par Paul Martel, les négociations reprendront lundi.",
            "les négociations reprendront",
            "Paul Martel",
        ),
        (
            "en",
            "According to a report released by Terre Claire, forests are shrinking.",
            "forests are shrinking",
            "Terre Claire",
        ),
        (
            "en",
            "Forests are shrinking, according to a study published by Terre Claire.",
            "Forests are shrinking",
            "Terre Claire",
        ),
    ],
)
def test_quotes_sources_forms_document_speaks_for_the_agent_who_issued_it(
    lang: str, text: str, words: str, who: str
) -> None:
    """ "selon le communiqué publié par X", "according to a report released by X": X speaks through the document."""
    assert names(found(run(text, lang, SPEC), words)) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Du côté de Terre Claire, on affirme que les forêts reculent.", "les forêts reculent"),
        ("Du côté de Terre Claire, on assure que les forêts reculent.", "les forêts reculent"),
        ("Du côté de Terre Claire, on se montre prudent : « Les forêts reculent. »", "Les forêts reculent"),
    ],
)
def test_quotes_sources_forms_opening_source_speaks_for_impersonal_subject(text: str, words: str) -> None:
    assert names(found(run(text, "fr", SPEC), words)) == {"Terre Claire"}


def test_quotes_sources_forms_lexicon_lists_organisation_epithets() -> None:
    from veille.analysis.quotes import lexicon

    assert "organisation" in lexicon("fr")["org_epithet"]
    assert "group" in lexicon("en")["org_epithet"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        ("fr", "Paul Martel a visité les fermes. À ses yeux, la récolte sera tardive.", "la récolte", "Paul Martel"),
        ("fr", "Paul Martel a visité les fermes. La récolte sera tardive, à ses yeux.", "La récolte", "Paul Martel"),
        (
            "fr",
            "Claire Vasseur a visité les fermes. À son avis, la récolte sera tardive.",
            "la récolte",
            "Claire Vasseur",
        ),
        (
            "en",
            "Claire Vasseur visited the farms. In her view, the harvest will be late.",
            "the harvest",
            "Claire Vasseur",
        ),
        ("en", "Paul Martel visited the farms. The harvest will be late, in his words.", "The harvest", "Paul Martel"),
        (
            "en",
            "Paul Martel visited the farms. In his opinion, the harvest will be late.",
            "the harvest",
            "Paul Martel",
        ),
    ],
)
def test_quotes_sources_forms_possessive_locution_names_the_last_person(
    lang: str, text: str, words: str, speaker: str
) -> None:
    assert names(
        found(run(text, lang, SPEC | {"vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur"])}), words)
    ) == {speaker}


@pytest.mark.e2e
def test_quotes_sources_forms_plural_possessive_names_no_single_person() -> None:
    text = "Paul Martel and Claire Vasseur visited the farms. In their view, the harvest will be late."
    spec = SPEC | {"vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur"])}
    assert all(names(q) not in ({"Paul Martel"}, {"Claire Vasseur"}) for q in run(text, "en", spec))
