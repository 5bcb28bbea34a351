"""A speech act told by a French gerund, "en" or "tout en" and a present participle ("X a ordonné le retrait tout
en déplorant…", "X a quitté la salle en dénonçant « … »"), is the main clause subject's (issue 12, stop 40). The
model tags "en" as a pronoun or a marker, and the surface reading took it, or the participle's object after it, for
the participle's subject: the quote then fell for want of a speaker, also a quote paragraph that such a gerund
closing the paragraph before introduces. Near miss: a gerund that reports nothing. Written before any output of
the dev texts was read for it; every person and statement is invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by

#: (text, first words of the quote, its speaker)
READ = [
    (
        "Paul Martel a ordonné un retrait progressif des troupes tout en déplorant la faiblesse des bilans des missions"
        " de paix.\n\n« En ma qualité de garant de la Constitution, j'ai demandé au gouvernement de préparer ce retrait"
        " sans délai. »",
        "En ma qualité de garant",
        "Paul Martel",
    ),
    (
        "Paul Martel a ordonné la fermeture progressive du port tout en déplorant la pauvreté des moyens "
        "des garde-côtes."
        "\n\n« En ma qualité de maire, j'ai demandé aux services de préparer cette fermeture sans délai. »",
        "En ma qualité de maire",
        "Paul Martel",
    ),
    (
        "Claire Vasseur a ordonné un désarmement graduel tout en regrettant l'échec des médiations menées depuis dix"
        " ans dans la région.\n\n« Comme présidente du conseil, j'ai chargé les services de suivre ce désarmement de"
        " près. »",
        "Comme présidente du conseil",
        "Claire Vasseur",
    ),
    (
        "Claire Vasseur a quitté la salle en dénonçant « une mascarade indigne de notre assemblée ».",
        "une mascarade indigne",
        "Claire Vasseur",
    ),
    (
        "Jean Ribot a signé le texte tout en affirmant que « rien n'est encore joué pour les pêcheurs ».",
        "rien n'est encore joué",
        "Jean Ribot",
    ),
    (
        "Claire Vasseur a levé la séance en rappelant que le budget du port serait voté en mai.",
        "le budget du port",
        "Claire Vasseur",
    ),
    (
        "Paul Martel a répondu aux élus tout en précisant qu'aucune décision n'avait été prise sur la criée.",
        "aucune décision",
        "Paul Martel",
    ),
]

#: a gerund that reports nothing: no quote
NEAR = ["Paul Martel a quitté la salle en courant vers la sortie du port de Brévonne."]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", READ)
def test_quotes_gerund_speaker_read(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text", NEAR)
def test_quotes_gerund_speaker_near_miss(text: str) -> None:
    assert not run(text, "fr")
