"""Incises of French press quotes as a paradigm (issue 12): the attribution after the quote in every tense, person
and word order ("a-t-il lancé", "s’est-elle indignée", "« … ! » s’est-il exclamé"), and the incise set inside the
quotation marks ("« …, prévient X. … »"). Invented sentences, invented people."""

from __future__ import annotations

import pytest

from quote_fixtures import speakers_of
from test_quotes import run

QUOTE = "Nous ne céderons rien sur les salaires"
INTRO = {"il": "Paul Martel a pris la parole devant les grévistes.", "elle": "Claire Vasseur a pris la parole."}
WHO = {"il": "Paul Martel", "elle": "Claire Vasseur"}


# ------------------------------------------------- inverted pronoun incises, every tense and person
INVERTED = [
    ("il", "a-t-il déclaré"),
    ("elle", "a-t-elle lancé"),
    ("il", "poursuit-il"),
    ("elle", "ajoutait-elle"),
    ("il", "avait-il expliqué"),
    ("il", "dira-t-il plus tard"),
    ("il", "martèle-t-il"),
    ("elle", "insiste-t-elle"),
    ("il", "ironise-t-il"),
    ("elle", "tacle-t-elle"),
    ("il", "s’est-il félicité"),
    ("elle", "s’est-elle réjouie"),
    ("elle", "s’est-elle emportée"),
    ("il", "s’insurge-t-il"),
    ("elle", "s’indigne-t-elle"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("pron, incise", INVERTED)
def test_quotes_direct_incises_inverted_pronoun_in_every_tense(pron: str, incise: str) -> None:
    text = f"{INTRO[pron]} « {QUOTE} », {incise}."
    assert speakers_of(run(text, "fr"), QUOTE) == {WHO[pron]}


@pytest.mark.e2e
def test_quotes_direct_incises_inverted_pronoun_after_a_passive_subject_and_a_paragraph_break() -> None:
    text = (
        "Paul Martel a été interrogé mardi sur les salaires.\n\n"
        "« Nous ne céderons rien sur ce point, le gouvernement doit l’entendre », a-t-il lancé."
    )
    assert speakers_of(run(text, "fr"), "Nous ne céderons") == {"Paul Martel"}


# ------------------------------------------------- reflexive verbs of manner, after "!" or a comma
REFLEXIVE = ["exclamé", "insurgé", "emporté", "indigné", "écrié", "esclaffé", "moqué", "agacé", "alarmé", "impatienté"]


@pytest.mark.e2e
@pytest.mark.parametrize("participle", REFLEXIVE)
@pytest.mark.parametrize("pron", ["il", "elle"])
@pytest.mark.parametrize("close", [" !\u00a0» ", " », "])
def test_quotes_direct_incises_reflexive_verb_of_manner_with_inverted_subject(
    participle: str, pron: str, close: str
) -> None:
    agreed = participle + ("e" if pron == "elle" else "")
    text = f"{INTRO[pron]} « Quelle honte pour notre ville{close}s’est-{pron} {agreed}."
    assert speakers_of(run(text, "fr"), "Quelle honte") == {WHO[pron]}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "incise",
    ["s’écrie", "se moque", "s’esclaffe", "s’impatiente", "s’emporte", "se réjouit", "s’insurge", "s’agace"],
)
def test_quotes_direct_incises_reflexive_verb_before_a_named_subject(incise: str) -> None:
    text = f"« Quelle honte pour notre ville », {incise} Paul Martel."
    assert speakers_of(run(text, "fr"), "Quelle honte") == {"Paul Martel"}


# ------------------------------------------------- the incise inside the quotation marks
@pytest.mark.e2e
@pytest.mark.parametrize(
    "incise, who",
    [
        ("explique Paul Martel", "Paul Martel"),
        ("a déclaré Paul Martel", "Paul Martel"),
        ("martèle Paul Martel, le maire de Brévonne", "Paul Martel"),
        ("prévient Claire Vasseur", "Claire Vasseur"),
        ("s’insurge Claire Vasseur", "Claire Vasseur"),
        ("a-t-il ajouté", "Paul Martel"),
    ],
)
@pytest.mark.parametrize("ends", [".", ","])
def test_quotes_direct_incises_inside_the_marks(incise: str, who: str, ends: str) -> None:
    rest = "Le gouvernement" if ends == "." else "et le gouvernement"
    text = f"Paul Martel a reçu les syndicats. « {QUOTE}, {incise}{ends} {rest} doit l’entendre. »"
    quotes = run(text, "fr")
    assert speakers_of(quotes, QUOTE) == {who}
    assert [q for q in quotes if QUOTE in q["text"]][0]["text"].endswith("doit l’entendre.")


@pytest.mark.e2e
def test_quotes_direct_incises_a_speech_verb_quoted_without_subject_is_no_incise() -> None:
    text = "Claire Vasseur a reçu les syndicats. « Je le répète, nous ne céderons rien », a-t-elle dit."
    assert speakers_of(run(text, "fr"), "Je le répète") == {"Claire Vasseur"}


# ------------------------------------------------- the speaker before a colon or a source, every form
@pytest.mark.e2e
@pytest.mark.parametrize(
    "intro",
    [
        "Paul Martel a déclaré : ",
        "Paul Martel, qui a rencontré les syndicats mardi, a prévenu : ",
        "Pour Paul Martel : ",
        "Selon Paul Martel : ",
        "Paul Martel : ",
        "Paul Martel, maire de Brévonne : ",
        "Paul Martel a été très clair devant les syndicats : ",
        "Paul Martel en est convaincu : ",
        "Interrogé sur les salaires, Paul Martel est catégorique : ",
        "Paul Martel a pris la parole. Il a assuré : ",
        "Paul Martel a pris la parole. Et d’ajouter : ",
        "Paul Martel a pris la parole. Avant de conclure : ",
        "Paul Martel a pris la parole mardi, avant de lancer : ",
        "Sur son compte, Paul Martel a écrit : ",
        "Même son de cloche chez Paul Martel : ",
    ],
)
def test_quotes_direct_incises_speaker_before_a_colon(intro: str) -> None:
    text = f"{intro}« {QUOTE}. »"
    assert speakers_of(run(text, "fr"), QUOTE) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "intro",
    [
        "Selon Paul Martel, ",
        "D’après Paul Martel, ",
        "Aux yeux de Paul Martel, ",
        "De l’aveu même de Paul Martel, ",
        "Pour reprendre les mots de Paul Martel, ",
        "Comme l’a rappelé Paul Martel, ",
        "Comme le dit Paul Martel, ",
    ],
)
def test_quotes_direct_incises_source_before_the_quote(intro: str) -> None:
    text = f"{intro}« nous ne céderons rien sur les salaires »."
    assert speakers_of(run(text, "fr"), "nous ne céderons") == {"Paul Martel"}


# ------------------------------------------------- the speaker named in the sentence after the quote
@pytest.mark.e2e
@pytest.mark.parametrize(
    "after",
    [
        "C’est ce qu’a déclaré Paul Martel mardi.",
        "Voilà ce qu’a lancé Paul Martel mardi.",
        "C’est ce que glisse Paul Martel, le sourire aux lèvres.",
        "Ainsi s’exprimait Paul Martel mardi.",
        "C’est en ces termes que Paul Martel s’est adressé aux grévistes.",
        "C’est par ces mots que Paul Martel a conclu la réunion.",
        "Paul Martel ne cache pas sa colère.",
    ],
)
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_quotes_direct_incises_speaker_named_in_the_next_sentence(after: str, gap: str) -> None:
    text = f"« {QUOTE}, le gouvernement doit l’entendre. »{gap}{after}"
    assert speakers_of(run(text, "fr"), QUOTE) == {"Paul Martel"}


# ------------------------------------------------- who a pronoun or a document in the incise names
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Le ministère de l’Agriculture du Valdor a publié un communiqué mardi. « Nous ne céderons rien sur les "
            "salaires », peut-on lire dans le communiqué.",
            "Valdor Ministry of Agriculture",
        ),
        (
            "Le ministère de l’Agriculture du Valdor a publié un communiqué mardi. « Nous ne céderons rien sur les "
            "salaires », indique le texte.",
            "Valdor Ministry of Agriculture",
        ),
        (
            "Claire Vasseur a reçu les syndicats. Celle-ci a ensuite dénoncé « une provocation grossière ».",
            "Claire Vasseur",
        ),
        ("Paul Martel a reçu les syndicats. Celui-ci a ensuite dénoncé « une provocation grossière ».", "Paul Martel"),
        (
            "Claire Vasseur a reçu les syndicats. Cette dernière a ensuite dénoncé « une provocation grossière ».",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_direct_incises_document_and_demonstrative_speakers(text: str, who: str) -> None:
    quotes = run(text, "fr")
    words = "Nous ne céderons" if "Nous ne" in text else "une provocation"
    assert speakers_of(quotes, words) == {who}


# ------------------------------------------------- a quote in text wrapped at a fixed width
@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "Le conseil a décidé jeudi de suspendre le Valdor de ses instances.\n« La décision prise a été de "
            "suspendre le Valdor de toute participation aux\nactivités du conseil », a déclaré Paul Martel.",
            "La décision prise a été de suspendre le Valdor de toute participation aux\nactivités du conseil",
        ),
        (
            "The council decided on Thursday to suspend Valdor from its bodies.\n“The decision taken was to suspend "
            "Valdor from any part in the work of\nthe council until further notice,” Paul Martel told reporters.",
            "The decision taken was to suspend Valdor from any part in the work of\nthe council until further notice,",
        ),
    ],
)
def test_quotes_direct_incises_line_wrapped_inside_a_quote_is_no_paragraph_end(text: str, quoted: str) -> None:
    from veille.analysis.quotes import find_quoted

    assert [text[o + 1 : c].strip() for o, c in find_quoted(text)] == [quoted]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous ne céderons rien\n\nLe maire a reçu les syndicats mardi à la mairie », dit-il.",
        "Un titre court sans point « ouvert\nune suite » ici.",
    ],
)
def test_quotes_direct_incises_paragraph_break_or_short_line_still_ends_a_line(text: str) -> None:
    from veille.analysis.quotes import find_quoted

    assert all("\n" not in text[o:c] for o, c in find_quoted(text))


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quotes_direct_incises_wrapped_quote_keeps_its_incise_speaker(lang: str) -> None:
    text = {
        "fr": "Le conseil a décidé jeudi de suspendre le Valdor de ses instances.\n« La décision prise a été de "
        "suspendre le Valdor de toute participation aux\nactivités du conseil », a déclaré Paul Martel.",
        "en": "The council decided on Thursday to suspend Valdor from its bodies.\n“The decision taken was to suspend "
        "Valdor from any part in the work of\nthe council until further notice,” Paul Martel told reporters.",
    }[lang]
    words = {"fr": "La décision prise", "en": "The decision taken"}[lang]
    assert speakers_of(run(text, lang), words) == {"Paul Martel"}


# ------------------------------------------------- the incise verb list, in four tenses, after another speaker
VERB_FORMS = {
    "déclarer": ("déclaré", "déclare", "déclarait"),
    "marteler": ("martelé", "martèle", "martelait"),
    "lancer": ("lancé", "lance", "lançait"),
    "nuancer": ("nuancé", "nuance", "nuançait"),
    "tempérer": ("tempéré", "tempère", "tempérait"),
    "tonner": ("tonné", "tonne", "tonnait"),
    "résumer": ("résumé", "résume", "résumait"),
    "protester": ("protesté", "proteste", "protestait"),
    "avancer": ("avancé", "avance", "avançait"),
    "cingler": ("cinglé", "cingle", "cinglait"),
    "implorer": ("imploré", "implore", "implorait"),
    "tempêter": ("tempêté", "tempête", "tempêtait"),
    "glisser": ("glissé", "glisse", "glissait"),
    "ironiser": ("ironisé", "ironise", "ironisait"),
    "tacler": ("taclé", "tacle", "taclait"),
    "souffler": ("soufflé", "souffle", "soufflait"),
    "regretter": ("regretté", "regrette", "regrettait"),
    "poster": ("posté", "poste", "postait"),
}


@pytest.mark.e2e
@pytest.mark.parametrize("verb", sorted(VERB_FORMS))
@pytest.mark.parametrize("tense", ["a-t-elle {pp}", "{pres}-t-elle", "{imp}-elle", "avait-elle {pp}"])
def test_quotes_direct_incises_verb_list_in_four_tenses_names_the_pronoun_s_referent(verb: str, tense: str) -> None:
    pp, pres, imp = VERB_FORMS[verb]
    incise = tense.format(pp=pp, pres=pres, imp=imp)
    text = (
        f"« Le dialogue est rompu », a dit Paul Martel. Claire Vasseur lui a répondu sèchement. « {QUOTE} », {incise}."
    )
    assert speakers_of(run(text, "fr"), QUOTE) == {"Claire Vasseur"}
