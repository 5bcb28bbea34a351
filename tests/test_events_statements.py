"""A statement is also an act of its speaker's side (veille.analysis.events.statements): the act its reporting verb
names ("a dénoncé", "demanded"), else the act its own first-person words make ("nous exigeons", "we will expel",
"inacceptable"), aimed at the party the statement answers. A paradigm of invented sentences per act x cue kind x
language (incise, "selon X", reported verb), with the statements that must make no act: neutral words, questions,
the other side's words reported by the speaker, a negated reporting verb. States speak as institutions (the
Norwegian government), never a real person."""

from __future__ import annotations

import pytest

from test_events import sides

pytestmark = pytest.mark.e2e  # every test runs the whole pipeline with the real spaCy models

CLOSED_FR = "La Suède a fermé sa frontière avec la Norvège lundi. "
CLOSED_EN = "Sweden closed its border with Norway on Monday. "
OPENED_FR = "La Finlande a rouvert sa frontière avec la Norvège lundi. "
OPENED_EN = "Finland reopened its border with Norway on Monday. "
FILL_FR = " Le temps était froid et humide toute la journée dans la région du nord du pays.\n"
FILL_EN = " The weather was cold and wet all day long in the northern region of the country.\n"


def events(text: str, lang: str) -> list[dict]:
    from veille.pipeline import analyze_text

    fill = FILL_FR if lang == "fr" else FILL_EN
    return analyze_text("Tensions\n\n" + text + fill, source="t.txt").events


PARADIGM = [
    # ACCUSE: a cue verb in an incise, a first-person verb after a neutral cue or "selon", a strong judgement
    ("fr", CLOSED_FR + "« C'est une faute grave », a dénoncé le gouvernement norvégien.", "ACCUSE", "SWE"),
    ("fr", CLOSED_FR + "« C'est une faute grave », a fustigé le gouvernement norvégien.", "ACCUSE", "SWE"),
    ("fr", CLOSED_FR + "Selon le gouvernement norvégien, « nous condamnons cette fermeture ».", "ACCUSE", "SWE"),
    ("fr", CLOSED_FR + "« C'est inacceptable », a déclaré le gouvernement norvégien.", "ACCUSE", "SWE"),
    ("en", CLOSED_EN + '"This is a grave mistake," the Norwegian government denounced.', "ACCUSE", "SWE"),
    ("en", CLOSED_EN + 'According to the Norwegian government, "we condemn this closure."', "ACCUSE", "SWE"),
    ("en", CLOSED_EN + '"This is unacceptable," the Norwegian government said.', "ACCUSE", "SWE"),
    (
        "fr",
        CLOSED_FR + "« Une telle fermeture ne sera jamais tolérée », a déclaré le gouvernement norvégien.",
        "ACCUSE",
        "SWE",
    ),
    ("en", CLOSED_EN + '"Such a closure will never be tolerated," the Norwegian government said.', "ACCUSE", "SWE"),
    # REQUEST
    ("fr", CLOSED_FR + "« Il faut rouvrir la frontière », a exigé le gouvernement norvégien.", "REQUEST", "SWE"),
    (
        "fr",
        CLOSED_FR + "« Nous exigeons la réouverture de la frontière », a déclaré le gouvernement norvégien.",
        "REQUEST",
        "SWE",
    ),
    ("en", CLOSED_EN + '"The border must reopen now," the Norwegian government demanded.', "REQUEST", "SWE"),
    ("en", CLOSED_EN + '"We demand that the border be reopened," the Norwegian government said.', "REQUEST", "SWE"),
    # REJECT
    ("fr", CLOSED_FR + "« Nous refusons ce diktat », a déclaré le gouvernement norvégien.", "REJECT", "SWE"),
    (
        "fr",
        "La Norvège accuse la Suède d'espionnage. « Ces accusations sont sans fondement », a démenti le "
        "gouvernement suédois.",
        "REJECT",
        "NOR",
    ),
    ("en", CLOSED_EN + '"We refuse this diktat," the Norwegian government said.', "REJECT", "SWE"),
    ("en", CLOSED_EN + '"We will not accept this," the Norwegian government said.', "REJECT", "SWE"),
    (
        "en",
        'Norway accused Sweden of espionage. "These accusations are baseless," the Swedish government denied.',
        "REJECT",
        "NOR",
    ),
    # an unnamed official of a named nationality speaks for its state
    ("fr", CLOSED_FR + "« Nous refusons ce diktat », a déclaré un responsable norvégien.", "REJECT", "SWE"),
    ("en", CLOSED_EN + '"We refuse this diktat," a Norwegian official said.', "REJECT", "SWE"),
    # THREATEN: a warning cue, a conditional or near-future consequence, a readiness to respond
    (
        "fr",
        CLOSED_FR + "« Nous riposterons fermement à cette provocation », a averti le gouvernement norvégien.",
        "THREATEN",
        "SWE",
    ),
    (
        "fr",
        CLOSED_FR + "« Si la frontière reste fermée, nous allons expulser leurs diplomates », a déclaré le "
        "gouvernement norvégien.",
        "THREATEN",
        "SWE",
    ),
    ("fr", CLOSED_FR + "« Nous sommes prêts à riposter », a déclaré le gouvernement norvégien.", "THREATEN", "SWE"),
    ("en", CLOSED_EN + '"We will respond," the Norwegian government warned.', "THREATEN", "SWE"),
    (
        "en",
        CLOSED_EN + '"If the border stays closed, we will expel their diplomats," the Norwegian government said.',
        "THREATEN",
        "SWE",
    ),
    ("en", CLOSED_EN + '"We are ready to retaliate," the Norwegian government said.', "THREATEN", "SWE"),
    # SUPPORT: praise of the counterpart's act
    ("fr", OPENED_FR + "« C'est un geste courageux », a salué le gouvernement norvégien.", "SUPPORT", "FIN"),
    (
        "fr",
        OPENED_FR + "« Nous saluons la décision de nos voisins », a déclaré le gouvernement norvégien.",
        "SUPPORT",
        "FIN",
    ),
    ("en", OPENED_EN + '"This is a courageous step," the Norwegian government praised.', "SUPPORT", "FIN"),
    ("en", OPENED_EN + '"We welcome the decision of our neighbours," the Norwegian government said.', "SUPPORT", "FIN"),
]


@pytest.mark.parametrize("lang,text,etype,target", PARADIGM)
def test_events_statements_a_statement_is_its_speakers_act(lang, text, etype, target):
    assert ({"NOR"} if target != "NOR" else {"SWE"}, {target}) in sides(events(text, lang), etype)


NO_ACT = [
    # neutral words, a question, the other side's refusal reported by the speaker, a negated reporting verb
    ("fr", CLOSED_FR + "« La frontière restera fermée jusqu'au printemps », a déclaré le gouvernement norvégien."),
    ("fr", CLOSED_FR + "« Pourquoi fermer la frontière ? », a demandé le gouvernement norvégien."),
    ("fr", CLOSED_FR + "« La Suède dit qu'elle refuse tout dialogue », a déclaré le gouvernement norvégien."),
    ("fr", CLOSED_FR + "Le gouvernement norvégien n'a pas condamné cette décision."),
    ("fr", CLOSED_FR + "« Nous avons été condamnés sans preuve », a déclaré le gouvernement norvégien."),
    # a warning of a danger is no threat (the threat is read from the statement's own words)
    ("fr", CLOSED_FR + "« L'hiver sera très dur pour les frontaliers », a averti le gouvernement norvégien."),
    ("fr", CLOSED_FR + "« Nous avons décidé d'expulser leurs diplomates », a déclaré le gouvernement norvégien."),
    ("en", CLOSED_EN + '"The border will stay closed until spring," the Norwegian government said.'),
    ("en", CLOSED_EN + '"Why close the border?" the Norwegian government asked.'),
    ("en", CLOSED_EN + '"Sweden says it refuses any dialogue," the Norwegian government said.'),
    ("en", CLOSED_EN + "The Norwegian government did not condemn the decision."),
    ("en", CLOSED_EN + '"We have been condemned without evidence," the Norwegian government said.'),
    ("en", CLOSED_EN + '"We have decided to expel their diplomats," the Norwegian government said.'),
]


@pytest.mark.parametrize("lang,text", NO_ACT)
def test_events_statements_neutral_words_questions_reported_refusals_and_warnings_make_no_act(lang, text):
    found = events(text, lang)
    for etype in ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"):
        assert ({"NOR"}, {"SWE"}) not in sides(found, etype), etype


def test_events_statements_words_cover_both_languages():
    from veille.analysis.events.statements import words

    for code in ("fr", "en"):
        w = words(code)
        assert w is not None
        assert {t for t, _ in w.cue_acts.values()} >= {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"}
    assert words("xx") is None
