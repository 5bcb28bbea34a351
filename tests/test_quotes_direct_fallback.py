"""Quoted words with no cue of their own in news copy: who speaks when no speech verb, colon or source names the
speaker (the real-news issue 12). Invented sentences, invented people."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run
from veille.analysis.quotes import find_quoted


def names_of(quotes: list[dict], words: str) -> set[str] | None:
    """The speakers of the quote holding ``words``; None when no quote holds them."""
    hits = [q for q in quotes if words in q["text"]]
    return {s["name"] for s in hits[0]["speakers"]} if hits else None


# ------------------------------------------------- a quote paragraph after a paragraph about its speaker
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Jean Ribot a présenté le budget mardi devant les députés.\n\n"
            "« Ce budget protège les ménages les plus modestes tout en réduisant le déficit public. »",
            "Ce budget protège",
            "Jean Ribot",
        ),
        (
            "fr",
            "C'est avec émotion que Claire Vasseur a défendu son bilan devant les élus.\n\n"
            "« Nous avons accueilli beaucoup de gens qui fuyaient la guerre, je ne le regrette pas. »",
            "Nous avons accueilli",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Écoutez Claire Vasseur, envoyée spéciale à Brévonne, commenter la grève des dockers.\n\n"
            "« J'ai rencontré des dockers qui ne comprennent pas pourquoi le port reste fermé. »",
            "J'ai rencontré",
            "Claire Vasseur",
        ),
        (
            "en",
            "Jean Ribot presented the budget to lawmakers on Tuesday.\n\n"
            "“This budget protects the poorest households while cutting the public deficit.”",
            "This budget protects",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_direct_paragraph_after_one_about_its_speaker(lang: str, text: str, words: str, who: str) -> None:
    assert names_of(run(text, lang), words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Claire Vasseur a quitté la salle sous les applaudissements. "
            "« Je reviendrai, c'est une promesse que je fais à tous ceux qui m'ont soutenue. »",
            "Je reviendrai",
            "Claire Vasseur",
        ),
        (
            "en",
            "Claire Vasseur left the room to loud applause. "
            "“I will be back, and that is a promise I make to everyone who supported me.”",
            "I will be back",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_direct_sentence_after_one_about_its_speaker(lang: str, text: str, words: str, who: str) -> None:
    assert names_of(run(text, lang), words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Il a fait doux mardi sur toute la région.\n\n"
            "« Ce budget protège les ménages les plus modestes tout en réduisant le déficit public. »",
            "Ce budget protège",
        ),
        (
            "en",
            "Jean Ribot and Claire Vasseur sat in the front row, watching the debate.\n\n"
            "“This budget protects the poorest households while cutting the public deficit.”",
            "This budget protects",
        ),
    ],
)
def test_quotes_direct_paragraph_after_one_naming_no_single_speaker_is_dropped(
    lang: str, text: str, words: str
) -> None:
    assert names_of(run(text, lang), words) is None


# ------------------------------------------------------------------ a source before the colon that opens a quote
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Pour Claire Vasseur, ancienne députée, l'affaire est grave : « On ne peut pas laisser faire cela. »",
            "On ne peut pas",
        ),
        ("fr", "Selon Claire Vasseur, la situation est claire : « Nous n’avons reçu aucune offre. »", "Nous n"),
        ("en", "According to Claire Vasseur, the picture is clear: “We have not received a serious offer.”", "We have"),
    ],
)
def test_quotes_direct_source_before_the_colon_speaks(lang: str, text: str, words: str) -> None:
    assert names_of(run(text, lang), words) == {"Claire Vasseur"}


# ------------------------------------------- an organisation named through its members, then "ils" / "they"
G7 = {**PEOPLE, "g7": ("G7", "ORG", ["G7"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Les ministres des Finances du G7 ont réitéré leur soutien au plan de relance.\n\n"
            "« Nous restons déterminés à soutenir la croissance mondiale », ont-ils affirmé dans un communiqué.",
            "Nous restons",
        ),
        (
            "en",
            "The G7 finance ministers reaffirmed their support for the recovery plan.\n\n"
            "“We remain determined to support global growth,” they said in a statement.",
            "We remain",
        ),
    ],
)
def test_quotes_direct_plural_pronoun_after_members_of_an_organisation(lang: str, text: str, words: str) -> None:
    assert names_of(run(text, lang, G7), words) == {"G7"}


@pytest.mark.e2e
def test_quotes_direct_singular_pronoun_skips_an_organisation_named_through_its_members() -> None:
    text = (
        "Paul Martel a ouvert la réunion à Brévonne. Les ministres des Finances du G7 ont ensuite réitéré leur "
        "soutien au plan.\n\n« Nous avons beaucoup travaillé cette nuit », a-t-il affirmé à la presse."
    )
    assert names_of(run(text, "fr", G7), "Nous avons") == {"Paul Martel"}


# ------------------------------------------- an incise after the quote reports the whole sentence it closes
@pytest.mark.e2e
def test_quotes_direct_incise_after_the_quote_speaks_for_an_inner_speech_verb() -> None:
    text = (
        "La ville est prête à répondre de façon « rapide et mesurée » à la grève des éboueurs, "
        "a déclaré le maire de Brévonne."
    )
    assert names_of(run(text, "fr"), "rapide et mesurée") == {"Paul Martel"}


# ------------------------------------------------- a relative clause the parser hangs on the verb before it
@pytest.mark.e2e
def test_quotes_direct_relative_pronoun_after_an_inverted_subject() -> None:
    text = (
        "Le ministère de l’Agriculture du Valdor a annoncé des aides. Ce soutien s'explique par « la volonté "
        "d'aider les éleveurs », a expliqué le ministère, qui a assuré que les fonds seraient payés "
        "« sans délai » aux éleveurs."
    )
    quotes = run(text, "fr")
    assert names_of(quotes, "sans délai") == {"Valdor Ministry of Agriculture"}


# ---------------------------------------------------------- reflexive reactions in an incise after the quote
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "« C'est une victoire pour tous les travailleurs du port », s'est félicité Jean Ribot.",
            "C'est une",
            "Jean Ribot",
        ),
        ("« Ce texte est une provocation », s'est indignée Claire Vasseur.", "Ce texte est", "Claire Vasseur"),
        (
            "« Personne ne nous avait prévenus », s'est étonné Paul Martel devant la presse.",
            "Personne ne",
            "Paul Martel",
        ),
    ],
)
def test_quotes_direct_reflexive_reaction_incise(text: str, words: str, who: str) -> None:
    assert names_of(run(text, "fr"), words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("« On ne va quand même pas interdire la pluie », ironise Jean Ribot.", "On ne va", "Jean Ribot"),
        (
            "« Il faudra du temps pour reconstruire la confiance », tempère Claire Vasseur.",
            "Il faudra",
            "Claire Vasseur",
        ),
        ("« Nous ne lâcherons rien jusqu'au bout », renchérit Paul Martel.", "Nous ne lâcherons", "Paul Martel"),
    ],
)
def test_quotes_direct_news_incise_verbs(text: str, words: str, who: str) -> None:
    assert names_of(run(text, "fr"), words) == {who}


# ------------------------------------------- the person named after a speech verb and its complement
@pytest.mark.e2e
def test_quotes_direct_person_after_the_verb_and_its_complement() -> None:
    text = (
        "« Les négociations avancent et un accord est possible », a déclaré à l'AFP Jean Ribot, porte-parole du parti."
    )
    assert names_of(run(text, "fr"), "Les négociations") == {"Jean Ribot"}


# ------------------------------------------- an impersonal subject ("on") names its source after the verb
MINAG = {**PEOPLE, "airbus": ("Airbus", "ORG", ["Airbus"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "« Aucune décision n'a encore été prise sur ce dossier », indique-t-on au ministère de l’Agriculture du "
            "Valdor.",
            "Aucune décision",
            "Valdor Ministry of Agriculture",
        ),
        ("« Le calendrier sera tenu malgré les retards », explique-t-on chez Airbus.", "Le calendrier", "Airbus"),
        (
            "« Les diplomates doivent respecter les lois du pays », peut-on lire sur le site d'Airbus.",
            "Les diplo",
            "Airbus",
        ),
    ],
)
def test_quotes_direct_impersonal_subject_names_its_source_after_the_verb(text: str, words: str, who: str) -> None:
    assert names_of(run(text, "fr", MINAG), words) == {who}


@pytest.mark.e2e
def test_quotes_direct_impersonal_subject_with_two_sources_is_not_guessed() -> None:
    text = "« Le calendrier sera tenu malgré les retards », explique-t-on chez Airbus et au Palais d’Ostrel."
    assert names_of(run(text, "fr", MINAG), "Le calendrier") is None


# ------------------------------------------------ the reporter is never the speaker; "celui-ci" is the latter
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne céderons pas sur l'essentiel de la réforme », m'a confié Jean Ribot.",
        "« Nous ne céderons pas sur l'essentiel de la réforme », nous a déclaré Jean Ribot.",
        "Claire Vasseur a reçu Jean Ribot. « Nous ne céderons pas sur l'essentiel de la réforme », a déclaré celui-ci.",
    ],
)
def test_quotes_direct_reporter_pronoun_and_demonstrative(text: str) -> None:
    assert names_of(run(text, "fr"), "Nous ne céderons") == {"Jean Ribot"}


# ------------------------- a long quoted passage inside a sentence with no speech verb: its named subject's
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Paul Martel a signé mardi un arrêté visant des faits « d'une gravité exceptionnelle pour la "
            "sécurité des habitants ».",
            "d'une gravité",
        ),
        (
            "en",
            "Paul Martel signed an order on Tuesday against acts “of an exceptional gravity for the safety of the "
            "residents”.",
            "of an exceptional",
        ),
    ],
)
def test_quotes_direct_long_passage_in_a_narrative_sentence(lang: str, text: str, words: str) -> None:
    assert names_of(run(text, lang), words) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_direct_long_passage_with_an_unnamed_subject_is_dropped() -> None:
    text = "Un arrêté vise des faits « d'une gravité exceptionnelle pour la sécurité des habitants »."
    assert names_of(run(text, "fr"), "d'une gravité") is None


# ------------------------------------------- a role phrase, then the name the parser hung on the verb
@pytest.mark.e2e
def test_quotes_direct_role_phrase_then_the_name_after_a_comma() -> None:
    text = (
        "« Nous sommes aux côtés de la population », a indiqué dimanche soir dans un communiqué le ministre de la "
        "Défense, Jean Ribot."
    )
    assert names_of(run(text, "fr"), "Nous sommes") == {"Jean Ribot"}


# ------------------------------------------------------- quotes left open at the end of their paragraph
def quoted(text: str) -> list[str]:
    return [text[o + 1 : c].strip() for o, c in find_quoted(text)]


@pytest.mark.parametrize(
    "text, inside",
    [
        (
            "Il a dit : « Nous partirons tous demain matin à six heures.\nLa suite.",
            "Nous partirons tous demain matin à six heures.",
        ),
        ('"The Kingdom rejects it,” the ministry said.\nNext.', "The Kingdom rejects it,"),
        ('He said “we failed to act." Then he left.\nNext.', "we failed to act."),
        ("« Nous refusons ce plan », a-t-elle dit », selon Paul Martel.\nNext.", "Nous refusons ce plan"),
    ],
)
def test_quotes_marks_quote_left_open_ends_with_its_paragraph_or_a_mark_of_another_kind(text: str, inside: str) -> None:
    assert quoted(text)[:1] == [inside]


def test_quotes_marks_open_quote_without_a_paragraph_end_is_dropped() -> None:
    assert quoted("Le mot « vert de la saison\nest ailleurs.") == []


@pytest.mark.e2e
def test_quotes_direct_pull_quote_takes_the_speaker_of_its_attributed_repeat_not_a_guess() -> None:
    text = (
        "Paul Martel a rencontré les commerçants près du marché mardi matin.\n\n"
        "« Nous ne reconnaîtrons pas ce résultat truqué »\n"
        "Réunis au siège de leur parti, les candidats ont rejeté les chiffres. « Nous ne reconnaîtrons pas ce "
        "résultat truqué. Le peuple a voté pour le changement », a lancé Jean Ribot."
    )
    hits = [q for q in run(text, "fr") if "Nous ne reconnaîtrons" in q["text"]]
    assert [{s["name"] for s in q["speakers"]} for q in hits] == [{"Jean Ribot"}]
