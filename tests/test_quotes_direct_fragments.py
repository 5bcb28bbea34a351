"""Quoted fragments of news copy that no speech verb governs, and typography of quotes (the real-news issue 12):
who speaks for a short quoted fragment in a narrative sentence, an inverted pronoun before a prepositional phrase,
straight marks in French spacing. Invented sentences, invented people."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_direct_fallback import names_of
from veille.analysis.quotes import find_quoted


# --------------------------------------- a short quoted fragment in a narrative sentence: the subject's words
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Le ministère de l’Agriculture du Valdor a pris des mesures « avec effet immédiat » contre le blé.",
            "avec effet immédiat",
            "Valdor Ministry of Agriculture",
        ),
        ("fr", "Paul Martel veut « remettre de l'ordre » dans les finances.", "remettre de l", "Paul Martel"),
        (
            "fr",
            "Claire Vasseur s'est engagée à « tout mettre en œuvre » pour retrouver les auteurs de l'attaque.",
            "tout mettre",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Jean Ribot a présenté le budget mardi. Il a défendu « un budget de responsabilité » devant les députés.",
            "un budget de",
            "Jean Ribot",
        ),
        (
            "fr",
            "Le projet est soutenu par Claire Vasseur, qui compte « le défendre sans relâche » devant les élus.",
            "le défendre",
            "Claire Vasseur",
        ),
        (
            "en",
            "The Valdor Ministry of Agriculture took measures “with immediate effect” against grain imports.",
            "with immediate effect",
            "Valdor Ministry of Agriculture",
        ),
        (
            "en",
            "Jean Ribot presented the budget on Tuesday. He defended “a responsible budget” before lawmakers.",
            "a responsible budget",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_direct_fragments_narrative_fragment_is_its_subjects_words(
    lang: str, text: str, words: str, who: str
) -> None:
    assert names_of(run(text, lang), words) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        # no subject naming one speaker: a scare quote or a term, not a quote
        ("fr", "Des militaires possiblement impliqués dans des « crimes de guerre » ont été sanctionnés.", "crimes de"),
        ("fr", "Paul Martel et Claire Vasseur ont envoyé une « notification formelle » au ministère.", "notification"),
        ("en", "Soldats possibly involved in “war crimes” were sanctioned on Monday.", "war crimes"),
    ],
)
def test_quotes_direct_fragments_narrative_fragment_of_no_single_named_subject_is_dropped(
    lang: str, text: str, words: str
) -> None:
    assert names_of(run(text, lang), words) is None


# ------------------------------------------ an inverted pronoun before a prepositional phrase, with no comma
@pytest.mark.e2e
def test_quotes_direct_fragments_inverted_pronoun_is_no_member_of_a_group() -> None:
    text = (
        "Paul Martel a visité l'usine mardi. « Nous ne fermerons pas cette usine, c'est une promesse » "
        "déclare-t-il devant les salariés."
    )
    assert names_of(run(text, "fr"), "Nous ne fermerons") == {"Paul Martel"}


# --------------------------------------------------------------- straight quotation marks in French spacing
@pytest.mark.parametrize(
    "text, expected",
    [
        ('Il a dit " bonjour à tous ", hier.', [" bonjour à tous "]),
        ('Il a dit " bonjour " et " au revoir ".', [" bonjour ", " au revoir "]),
        ('"Nous partons ", a-t-il dit.', ["Nous partons "]),
        ('Un écran de 12 " et un autre.', []),  # an inch mark closes nothing
        ('Il a dit " bonjour\n\nà tous " hier.', []),  # never across a paragraph
    ],
)
def test_quotes_direct_fragments_straight_marks_in_french_spacing(text: str, expected: list[str]) -> None:
    assert [text[o + 1 : c] for o, c in find_quoted(text)] == expected


@pytest.mark.e2e
def test_quotes_direct_fragments_french_spaced_straight_marks_make_a_direct_quote() -> None:
    text = 'Paul Martel a visité l\'usine mardi. " Nous ne fermerons pas cette usine ", a-t-il déclaré.'
    quotes = [q for q in run(text, "fr") if "Nous ne fermerons" in q["text"]]
    assert [(q["text"], q["direct"]) for q in quotes] == [("Nous ne fermerons pas cette usine", True)]


@pytest.mark.e2e
def test_quotes_direct_fragments_quoted_predicate_is_its_subjects_words() -> None:
    text = "The crisis deepened on Sunday. Valdor “decided to expel” three diplomats, ordering them to leave at once."
    assert names_of(run(text, "en"), "decided to expel") == {"Valdor"}


# ------------------------------------------- a guessed fragment, then the attributed statement that holds it
@pytest.mark.e2e
def test_quotes_direct_fragments_attributed_statement_is_the_record_of_a_guessed_repeat() -> None:
    text = (
        "Paul Martel veut « une notification formelle » du ministère. "
        "« Toute la notification formelle », a précisé le ministère de l’Agriculture du Valdor."
    )
    quotes = [q for q in run(text, "fr") if "notification formelle" in q["text"]]
    assert [(q["text"], {s["name"] for s in q["speakers"]}) for q in quotes] == [
        ("Toute la notification formelle", {"Valdor Ministry of Agriculture"})
    ]


# ------------------------------------------------ a quote sentence, then the sentence that names its speaker
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Les syndicats ont été reçus lundi pour une longue réunion.\n\n"
            "« Nous n'avons rien obtenu, absolument rien. » C'est par ces mots que Claire Vasseur a résumé la réunion.",
            "Nous n'avons rien",
            "Claire Vasseur",
        ),
        (
            "fr",
            "« Il faut convaincre les deux camps de revenir à la table des négociations sans conditions. » "
            "Voilà les termes du communiqué du ministère de l’Agriculture du Valdor, publié mardi.",
            "Il faut convaincre",
            "Valdor Ministry of Agriculture",
        ),
        (
            "fr",
            "La réunion a duré trois heures.\n\n"
            "« Nous n'avons rien obtenu. Le gouvernement ne nous a rien proposé de concret. »\n\n"
            "Claire Vasseur ne cachait pas sa colère à la sortie de la réunion.",
            "Le gouvernement ne nous",
            "Claire Vasseur",
        ),
        (
            "en",
            "“We got nothing at all from this meeting, absolutely nothing.” "
            "Claire Vasseur did not hide her anger as she left the ministry.",
            "We got nothing",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_direct_fragments_quote_sentence_then_the_sentence_naming_its_speaker(
    lang: str, text: str, words: str, who: str
) -> None:
    assert names_of(run(text, lang), words) == {who}


@pytest.mark.e2e
def test_quotes_direct_fragments_speaker_before_the_quote_wins_over_the_sentence_after() -> None:
    text = (
        "Jean Ribot a présenté le budget mardi devant les députés.\n\n"
        "« Ce budget protège les ménages les plus modestes tout en réduisant le déficit. »\n\n"
        "Claire Vasseur, élue de l'opposition, a quitté la salle."
    )
    assert names_of(run(text, "fr"), "Ce budget protège") == {"Jean Ribot"}


# ------------------------------------------------ a person's spokesperson, a role phrase in apposition after
@pytest.mark.e2e
def test_quotes_direct_fragments_aide_of_a_person_followed_by_her_role_is_described() -> None:
    text = (
        "Claire Vasseur a reçu les négociateurs à Brévonne mardi.\n"
        "« On n’a jamais reçu autant de dossiers en une semaine », nous confiait le porte-parole de Claire Vasseur, "
        "la ministre du Logement."
    )
    assert names_of(run(text, "fr"), "On n’a jamais") == {"le porte-parole de Claire Vasseur"}


# ----------------------------------- a quote opening its sentence, closed by a colon and the phrase naming who said it
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        (
            "« Nous ne lâcherons rien » : le cri de colère de Paul Martel contre la fermeture de l'usine, "
            "annoncée mardi par la direction.",
            "Paul Martel",
        ),
        ("« Nous ne lâcherons rien » : Claire Vasseur durcit le ton face à la direction du groupe.", "Claire Vasseur"),
    ],
)
def test_quotes_direct_fragments_quote_then_colon_then_its_speaker(text: str, who: str) -> None:
    assert names_of(run(text, "fr"), "Nous ne lâcherons") == {who}


# ------------------------------------------ a short quote filling its own sentence after a statement of the paragraph
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Paul Martel demande au gouvernement de revenir sur sa décision. « Nous ne lâcherons rien. »",
            "Nous ne lâcherons rien",
        ),
        ("en", "Paul Martel urged the government to reverse its decision. “We will never give up.”", "We will never"),
    ],
)
def test_quotes_direct_fragments_short_quote_sentence_after_a_statement(lang: str, text: str, words: str) -> None:
    assert names_of(run(text, lang), words) == {"Paul Martel"}


# ------------------------------------------------------- a role of two words: the person it refers back to
@pytest.mark.e2e
def test_quotes_direct_fragments_role_of_a_noun_and_its_adjective() -> None:
    text = (
        "Claire Vasseur a été élue mardi à la tête du syndicat. "
        "« C'est une grande fierté et une lourde responsabilité », a réagi la nouvelle secrétaire générale."
    )
    assert names_of(run(text, "fr"), "C'est une grande") == {"Claire Vasseur"}


# ------------------------------------------- a quote ending on a comma, its incise cut into the next paragraph
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            'Paul Martel spoke for an hour.\n\n"The proposals of the lenders are unrealistic,"\n\n'
            "Paul Martel said, adding that the offer ignored months of talks.",
            "The proposals",
        ),
        (
            "fr",
            "Paul Martel a parlé une heure.\n\n« Les propositions des créanciers ne sont pas réalistes, »\n\n"
            "a déclaré Paul Martel devant les députés.",
            "Les propositions",
        ),
    ],
)
def test_quotes_direct_fragments_quote_ending_on_a_comma_runs_on_into_its_incise(
    lang: str, text: str, words: str
) -> None:
    assert names_of(run(text, lang), words) == {"Paul Martel"}


# ----------------------------------------- a French narrative infinitive naming its subject ("Et X d'insister : …")
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "« Il n'y aura pas de recul », a prévenu mardi Paul Martel, le ministre du Travail. "
            "Et le ministre d'insister : « Le texte sera voté avant l'été. »",
            "Le texte sera",
        ),
        (
            "Le débat a duré trois heures. Et Paul Martel de conclure : « Le texte sera voté avant l'été. »",
            "Le texte sera",
        ),
    ],
)
def test_quotes_direct_fragments_narrative_infinitive_with_its_subject(text: str, words: str) -> None:
    assert names_of(run(text, "fr"), words) == {"Paul Martel"}


# ----------------------------- a role phrase with a nationality, the people named before it of no known state
@pytest.mark.e2e
def test_quotes_direct_fragments_role_with_a_nationality_is_the_person_named_last_of_no_known_state() -> None:
    text = "Claire Vasseur recevra Paul Martel jeudi. Le président américain estime que la rencontre sera décisive."
    assert names_of(run(text, "fr"), "la rencontre sera") == {"Paul Martel"}


# ----------------------------- incise verbs of news copy, social media ones, and forms the model misreads
@pytest.mark.e2e
@pytest.mark.parametrize(
    "verb", ["a tweeté", "a posté", "s'indigne", "tempête", "analyse", "grince", "balaie", "concède", "s'inquiète"]
)
def test_quotes_direct_fragments_news_incise_verbs(verb: str) -> None:
    text = (
        "Paul Martel a visité l'usine de Brévonne mardi.\n"
        f"« Nous ne fermerons jamais ce site industriel », {verb} Paul Martel devant les salariés."
    )
    assert names_of(run(text, "fr"), "Nous ne fermerons") == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize("verb", ["posted", "joked", "snapped", "shot back", "charged", "mused"])
def test_quotes_direct_fragments_english_inverted_incise_verbs(verb: str) -> None:
    text = (
        "Paul Martel visited the Brevonne plant on Tuesday.\n"
        f"“We will never close this industrial site,” {verb} Paul Martel in front of the workers."
    )
    assert names_of(run(text, "en"), "We will never") == {"Paul Martel"}


# ------------------------------------------- a French narrative infinitive before a colon introduces the quote
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "« Nous ne fermerons pas cette usine », a déclaré Paul Martel mardi. "
            "Et d'ajouter : « C'est une promesse que je tiendrai. »",
            "C'est une promesse",
        ),
        (
            "Paul Martel a visité l'usine mardi. « Nous ne fermerons pas cette usine », a-t-il assuré. "
            "Et de lancer aux salariés : « Il n'y aura aucune fermeture. »",
            "Il n'y aura",
        ),
        ("Le débat a duré trois heures. Et Paul Martel d'insister : « Le texte sera voté avant l'été. »", "Le texte"),
    ],
)
def test_quotes_direct_fragments_narrative_infinitive_before_a_colon(text: str, words: str) -> None:
    assert names_of(run(text, "fr"), words) == {"Paul Martel"}


# ---------------------------------------- a noun phrase on a possessive before the colon: its owner speaks
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Paul Martel a visité l'usine mardi. Son message aux salariés : « Nous ne vous laisserons pas tomber. »",
            "Nous ne",
        ),
        (
            "fr",
            "Paul Martel a visité l'usine mardi. Sa réponse est sans appel : « Il n'y aura aucune fermeture. »",
            "Il n'y",
        ),
        (
            "en",
            "Paul Martel visited the plant on Tuesday. His message to the workers: “We will not let you down.”",
            "We will",
        ),
    ],
)
def test_quotes_direct_fragments_possessive_phrase_before_the_colon(lang: str, text: str, words: str) -> None:
    assert names_of(run(text, lang), words) == {"Paul Martel"}
