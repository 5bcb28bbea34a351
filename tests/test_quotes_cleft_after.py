"""A statement whose speaker a cleft right after it names (issue 12).

"Le pays devait agir. C'est ce que X a dit mardi.", "… . C'est ce qu'a précisé l'agence X.": the statement comes
first, with no cue, and the cleft's speech verb has the relative pronoun, which stands for it, as its object. Main
read no report there (no cue in the sentence), and where the statement was quoted it took the words before the verb
("ce qu'") for the speaker when the subject follows the verb as a role and a name. The sentence before the cleft is
now its subject's report (`quotes.cleft_after`), the subject after the verb speaks for a quote sentence too, and no
longer counts as what a verb such as « affirmer » states (main read it as a second, false quote). The
real-news golds list such statements with that speaker (corpus/real6 ud-06, corpus/real8 wa-07, corpus/real10 ya-10,
corpus/real12 sa-08). Near misses, as before: a cleft on a verb of no speech, on a subject relative, on a negated
speech verb. Every person, place and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, speakers

SPEC = {
    "durand": ("Paul Durand", "PERSON", ["Paul Durand", "Durand"]),
    "vasseur": ("Claire Vasseur", "PERSON", ["Claire Vasseur", "Vasseur"]),
    "valmont": ("Valmont", "GPE", ["Valmont"]),
    "ligue": ("Ligue des pêcheurs", "ORG", ["Ligue des pêcheurs"]),
    "abp": ("Agence borellienne de presse", "ORG", ["Agence borellienne de presse", "ABP"]),
}

#: (text, the reported words, who speaks)
READ = [
    (
        "Le Valmont devait rompre avec la Ligue des pêcheurs pour protéger ses côtes.\n"
        "C'est ce que Paul Durand a dit mardi devant les élus du port.",
        "Le Valmont devait rompre avec la Ligue des pêcheurs pour protéger ses côtes",
        "Paul Durand",
    ),
    (
        "Après le maire, c'est au tour du juge de Borelle de fermer les quais. C'est ce qu'a précisé l'Agence "
        "borellienne de presse (ABP).",
        "Après le maire, c'est au tour du juge de Borelle de fermer les quais",
        "Agence borellienne de presse",
    ),
    (
        "Le consul du Valmont a été reçu jeudi au siège de la Ligue des pêcheurs. C'est ce que précise l'Agence "
        "borellienne de presse.",
        "Le consul du Valmont a été reçu jeudi au siège de la Ligue des pêcheurs",
        "Agence borellienne de presse",
    ),
    (
        "Le Valmont a fermé tous ses quais. C'est ce qu'avait affirmé le ministre de la Mer, Paul Durand, lors de sa "
        "visite au port.",
        "Le Valmont a fermé tous ses quais",
        "Paul Durand",
    ),
    (
        "Paul Durand est arrivé lundi à Borelle. Le Valmont ne signera aucun accord sur la pêche cette année. C'est "
        "ce qu'il a affirmé devant les marins.",
        "Le Valmont ne signera aucun accord sur la pêche cette année",
        "Paul Durand",
    ),
]

#: (text, the quoted words, who speaks): a quote sentence whose cleft's subject follows the verb, a role and a name
#: (the second: main also read the subject as what the verb states, a second, false quote; the third reads right on
#: main and is kept)
DIRECT = [
    (
        "« Borelle ne cédera rien sur ses quais. » C'est ce qu'a assuré la ministre des Affaires maritimes, Claire "
        "Vasseur, devant le maire.",
        "Borelle ne cédera rien sur ses quais.",
        "Claire Vasseur",
    ),
    (
        "« Borelle ne cédera rien sur ses quais. » C'est ce qu'avait affirmé le ministre de la Mer, Paul Durand, lors "
        "de sa visite au port.",
        "Borelle ne cédera rien sur ses quais.",
        "Paul Durand",
    ),
    (
        "« Borelle ne cédera rien sur ses quais. » C'est ce qu'a déclaré le maire de Borelle, Paul Durand.",
        "Borelle ne cédera rien sur ses quais.",
        "Paul Durand",
    ),
]

#: texts with no quote, as before
NEAR = [
    # a cleft on a verb of no speech
    "Le Valmont a fermé sa frontière avec Borelle. C'est ce qu'a voulu la Ligue des pêcheurs.",
    # a cleft on a subject relative: no one speaks
    "Le Valmont a fermé sa frontière avec Borelle. C'est ce qui se dit sur les quais.",
    # a negated speech verb
    "Le Valmont a fermé sa frontière avec Borelle. C'est ce que Paul Durand n'a pas confirmé.",
    # no cleft: a sentence of the subject's own after the statement
    "Le Valmont a fermé sa frontière avec Borelle. Paul Durand est arrivé lundi.",
]


@pytest.mark.parametrize("text,said,who", READ)
def test_quotes_cleft_after_reports_sentence_before(text, said, who):
    quotes = [q for q in run(text, "fr", SPEC) if not q["direct"]]
    assert [(q["text"], speakers(q)) for q in quotes] == [(said, {who})]


@pytest.mark.parametrize("text,said,who", DIRECT)
def test_quotes_cleft_after_speaker_after_verb(text, said, who):
    quotes = run(text, "fr", SPEC)
    assert [(q["text"], speakers(q)) for q in quotes] == [(said, {who})]


@pytest.mark.parametrize("text", NEAR)
def test_quotes_cleft_after_near_misses(text):
    assert run(text, "fr", SPEC) == []
