"""Quoted words with no attribution of their own take the speaker the context gives: the person named by the
sentence or paragraph before ("X a pris la parole devant les députés. « … »"), the speaker of "X a déclaré :" when
the quote opens the next paragraph, the speaker of the quoted paragraph before (a second quoted paragraph), the
speaker of the quote before a connective and a colon ("« … », a dit X. Puis : « … »"). And the negatives: a
quote opening a new topic after a narrative paragraph, a question of the journalist, a quote whose speaker is
named after it. Invented people and statements."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, run, speakers
from test_quotes_realnews import found


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Claire Vasseur a pris la parole devant les députés de la commission. « Nous ne céderons rien sur les "
            "salaires des infirmières. »",
            "Nous ne céderons",
            "Claire Vasseur",
        ),
        (
            "en",
            "Claire Vasseur addressed the committee on Tuesday. “We will not give up on the nurses’ wages.”",
            "We will not give up",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Paul Martel, le maire de Brévonne, a déclaré :\n\n« Les travaux du pont commenceront au printemps et "
            "dureront deux ans. »",
            "Les travaux du pont",
            "Paul Martel",
        ),
        (
            "en",
            "Paul Martel, the mayor of Brevonne, said:\n\n“The bridge works will start in the spring and last two "
            "years.”",
            "The bridge works",
            "Paul Martel",
        ),
        (
            "fr",
            "« Les travaux du pont commenceront au printemps », a déclaré Paul Martel.\n\n« Nous avons trouvé le "
            "financement auprès de la région. »",
            "Nous avons trouvé",
            "Paul Martel",
        ),
        (
            "en",
            "“The bridge works will start in the spring,” said Paul Martel.\n\n“We have found the money with the "
            "region.”",
            "We have found",
            "Paul Martel",
        ),
        # the parse misses the subject of the sentence before: the one person it names
        (
            "fr",
            "À la sortie du conseil, visiblement ému, Paul Martel. « On nous a menti sur le calendrier du chantier. »",
            "On nous a menti",
            "Paul Martel",
        ),
        # a connective and a colon: the quote before goes on
        (
            "fr",
            "« Les travaux du pont commenceront au printemps », a affirmé Paul Martel. Puis : « Nous avons trouvé "
            "le financement. »",
            "Nous avons trouvé",
            "Paul Martel",
        ),
        (
            "fr",
            "« Le dossier avance », a assuré Claire Vasseur. Et plus tard : « Rien ne sera décidé sans vous. »",
            "Rien ne sera",
            "Claire Vasseur",
        ),
        (
            "en",
            "“The bridge works will start in the spring,” Paul Martel said. Then: “We have found the money.”",
            "We have found",
            "Paul Martel",
        ),
    ],
)
def test_quotes_context_running_quote_takes_the_speaker_before(lang: str, text: str, words: str, who: str) -> None:
    assert speakers(found(run(text, lang, PEOPLE), words)) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        # a new topic: the quote after it is named to another speaker
        (
            "fr",
            "Paul Martel a présenté le budget lundi. « Les impôts ne monteront pas », a-t-il promis.\n\nLe prix du "
            "blé a chuté en un an. « Nous vendons à perte », explique Jean Ribot, agriculteur à Brévonne.",
            "Nous vendons",
            "Jean Ribot",
        ),
        (
            "en",
            "Paul Martel presented the budget on Monday. “Taxes will not rise,” he promised.\n\nWheat prices fell "
            "in a year. “We are selling at a loss,” explains Jean Ribot, a farmer in Brevonne.",
            "We are selling",
            "Jean Ribot",
        ),
        # a question of the journalist is no quote; the answer is the speaker's
        (
            "fr",
            "Paul Martel a présenté le budget lundi. Les impôts monteront-ils ? « Pas cette année », a répondu le "
            "maire de Brévonne.",
            "Pas cette année",
            "Paul Martel",
        ),
    ],
)
def test_quotes_context_named_speaker_after_wins(lang: str, text: str, words: str, who: str) -> None:
    quotes = run(text, lang, PEOPLE)
    assert speakers(found(quotes, words)) == {who}
    assert not [q for q in quotes if "monteront-ils" in q["text"]]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        # a narrative paragraph of a new topic, then a quote paragraph with no speaker: not guessed
        (
            "fr",
            "« Les impôts ne monteront pas », a promis Paul Martel.\n\nLa sécheresse a détruit la moitié des "
            "récoltes de la région. Les prix ont doublé depuis mars.\n\nUne coopérative a fermé ses portes.\n\n"
            "« Nous vendons à perte depuis des mois. »",
            "Nous vendons",
        ),
        # two persons named before: which of them spoke is not guessed
        (
            "fr",
            "Le rapport publié mardi cite Paul Martel et Claire Vasseur. « On nous a menti sur le calendrier du "
            "chantier. »",
            "On nous a menti",
        ),
        # a colon after words of the writer's own is no connective
        (
            "fr",
            "« Le dossier avance », a assuré Claire Vasseur. Les élus de l’opposition ont une autre lecture : « Rien "
            "n’avance. »",
            "Rien n’avance",
        ),
    ],
)
def test_quotes_context_quote_of_a_new_topic_is_not_the_speaker_before(lang: str, text: str, words: str) -> None:
    quotes = [q for q in run(text, lang, PEOPLE) if words in q["text"]]
    assert all(speakers(q) not in ({"Paul Martel"}, {"Claire Vasseur"}) for q in quotes)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (  # "responding" is a speech verb inside the reported clause: the reporting verb's subject speaks
            "en",
            "Claire Vasseur said on Monday that Valdor is already responding with assistance.\n\n"
            "“Our first teams are already at work in the valley, and the engineers of the port are checking every "
            "bridge across the river.”",
            "Our first teams",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Claire Vasseur a déclaré lundi que le Valdor avait déjà répondu à l’appel des sinistrés.\n\n"
            "« Nos premières équipes travaillent déjà dans la vallée et les ingénieurs du port vérifient chaque pont "
            "sur la rivière. »",
            "Nos premières équipes",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_context_running_paragraph_speaker_is_the_outer_speech_verbs(
    lang: str, text: str, words: str, who: str
) -> None:
    assert speakers(found(run(text, lang), words)) == {who}
