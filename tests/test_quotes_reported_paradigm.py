"""Reported speech by paradigm (issue 12): for each class, the whole paradigm of a construction, a broad list of
speech verbs, every tense and voice, every kind of source, in French and English, with invented sentences
(invented people and statements). A class passes as a whole, not sentence by sentence."""

from __future__ import annotations

import pytest

from test_quotes import run
from test_quotes_reported import speakers_of

_FR_CLAUSE = "Paul Martel {} que la récolte de blé serait retardée de deux semaines."
_EN_CLAUSE = "Paul Martel {} that the wheat harvest would be delayed by two weeks."

#: French verbs of saying, thinking and announcing that take a que-clause, in the passé composé.
FR_QUE_VERBS = [
    "a affirmé", "a assuré", "a estimé", "a jugé", "a considéré", "a rappelé", "a souligné", "a indiqué",
    "a précisé", "a expliqué", "a annoncé", "a déclaré", "a reconnu", "a admis", "a avoué", "a démenti", "a nié",
    "a contesté", "a prévenu", "a averti", "a confirmé", "a révélé", "a signalé", "a noté", "a observé", "a relevé",
    "a fait valoir", "a laissé entendre", "a martelé", "a insisté sur le fait", "a ajouté", "a dit", "a répété",
    "a soutenu", "a prétendu", "a regretté", "a déploré", "a espéré", "a constaté", "a mentionné", "a rapporté",
    "a répondu", "a répliqué", "a rétorqué", "a certifié", "a juré", "a argué", "a avancé", "a concédé",
    "a objecté", "a résumé", "a écrit", "a raconté", "a témoigné", "a conclu", "a réaffirmé", "a réitéré",
    "a alerté", "a fait remarquer", "a pensé", "a cru", "a clamé", "a proclamé", "a commenté", "a allégué",
    "a fait observer", "s'est félicité", "s'est réjoui", "s'est inquiété", "s'est plaint", "a prédit", "a redit",
]  # fmt: skip

#: English verbs of saying, thinking and announcing that take a that-clause, in the simple past.
EN_THAT_VERBS = [
    "said", "added", "warned", "insisted", "argued", "claimed", "stressed", "noted", "acknowledged", "denied",
    "announced", "confirmed", "explained", "reiterated", "suggested", "indicated", "revealed", "admitted",
    "conceded", "predicted", "estimated", "believes", "thinks", "feared", "complained", "alleged",
    "asserted", "maintained", "emphasised", "emphasized", "underlined", "pointed out", "reported", "wrote",
    "tweeted", "recalled", "promised", "pledged", "vowed", "threatened", "declared", "replied", "responded",
    "testified", "disclosed", "contended", "reckoned", "forecast", "hinted", "signalled", "proclaimed",
    "countered", "posted on social media", "cautioned", "observed", "remarked", "stated",
]  # fmt: skip


@pytest.mark.e2e
@pytest.mark.parametrize("verb", FR_QUE_VERBS)
def test_quotes_reported_paradigm_french_que_verbs(verb: str) -> None:
    assert speakers_of(run(_FR_CLAUSE.format(verb), "fr"), "la récolte de blé serait retardée") == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize("verb", EN_THAT_VERBS)
def test_quotes_reported_paradigm_english_that_verbs(verb: str) -> None:
    assert speakers_of(run(_EN_CLAUSE.format(verb), "en"), "the wheat harvest would be delayed") == ["Paul Martel"]


# ------------------------------------------------------- every tense and voice of the speech verb
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Paul Martel affirme que la récolte de blé sera retardée.", "la récolte de blé sera retardée"),
        ("fr", "Paul Martel affirmait que la récolte de blé serait retardée.", "la récolte de blé serait retardée"),
        ("fr", "Paul Martel avait affirmé que la récolte de blé serait retardée.", "la récolte de blé serait"),
        ("fr", "Paul Martel affirmera que la récolte de blé sera retardée.", "la récolte de blé sera retardée"),
        ("fr", "Paul Martel aurait affirmé que la récolte de blé serait retardée.", "la récolte de blé serait"),
        ("fr", "Paul Martel a répété, affirmant que la récolte de blé serait retardée.", "la récolte de blé serait"),
        ("fr", "Paul Martel a estimé mardi soir devant les députés que la récolte serait retardée.", "la récolte"),
        ("fr", "Paul Martel estime, dans un entretien au journal local, que la récolte sera retardée.", "la récolte"),
        ("fr", "Paul Martel a nié avoir retardé la récolte de blé.", "avoir retardé la récolte"),
        ("fr", "Paul Martel assure avoir retardé la récolte pour protéger les sols.", "avoir retardé la récolte"),
        ("fr", "La récolte de blé sera retardée, estime Paul Martel.", "La récolte de blé sera retardée"),
        ("en", "Paul Martel says the wheat harvest will be delayed.", "the wheat harvest will be delayed"),
        ("en", "Paul Martel has said that the wheat harvest would be delayed.", "the wheat harvest would be"),
        ("en", "Paul Martel had said that the wheat harvest would be delayed.", "the wheat harvest would be"),
        ("en", "Paul Martel said on Monday that the wheat harvest would be delayed.", "the wheat harvest would be"),
        ("en", "Paul Martel said in a statement that the wheat harvest would be delayed.", "the wheat harvest"),
        ("en", "Paul Martel told farmers the wheat harvest would be delayed.", "the wheat harvest would be"),
        ("en", "Paul Martel warned farmers that the wheat harvest would be delayed.", "the wheat harvest would be"),
        ("en", "The wheat harvest will be delayed by two weeks, said Paul Martel.", "The wheat harvest will be"),
        ("en", "The wheat harvest will be delayed, Paul Martel told reporters on Monday.", "The wheat harvest will"),
        ("en", "The wheat harvest will be delayed, Paul Martel said in a statement.", "The wheat harvest will be"),
        ("en", "Speaking to reporters, Paul Martel said the wheat harvest would be delayed.", "the wheat harvest"),
        ("en", "Paul Martel, speaking on Monday, said the wheat harvest would be delayed.", "the wheat harvest"),
    ],
)
def test_quotes_reported_paradigm_tenses_and_orders(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


# ------------------------------------------------------- every kind of source: a name, a document, a preposition
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        ("fr", "Selon Paul Martel, la récolte de blé sera retardée.", "la récolte de blé", "Paul Martel"),
        ("fr", "D'après Paul Martel, la récolte de blé sera retardée.", "la récolte de blé", "Paul Martel"),
        ("fr", "Pour Paul Martel, la récolte de blé sera retardée.", "la récolte de blé", "Paul Martel"),
        ("fr", "La récolte de blé sera retardée, selon Paul Martel.", "La récolte de blé", "Paul Martel"),
        ("fr", "Comme l'a rappelé Paul Martel, la récolte de blé sera retardée.", "la récolte de blé", "Paul Martel"),
        ("fr", "Les agriculteurs, a expliqué Paul Martel, attendront deux semaines.", "agriculteurs", "Paul Martel"),
        (
            "fr",
            "La récolte de blé sera retardée, a indiqué Paul Martel, cité par l'agence locale.",
            "La récolte de blé",
            "Paul Martel",
        ),
        (
            "fr",
            "Dans un communiqué, le ministère de l’Agriculture du Valdor indique que la récolte sera retardée.",
            "la récolte sera retardée",
            "Valdor Ministry of Agriculture",
        ),
        (
            "fr",
            "Un communiqué du ministère de l’Agriculture du Valdor précise que la récolte sera retardée.",
            "la récolte sera retardée",
            "Valdor Ministry of Agriculture",
        ),
        (
            "fr",
            "D’après le ministère de l’Agriculture du Valdor, la récolte de blé sera retardée.",
            "la récolte de blé",
            "Valdor Ministry of Agriculture",
        ),
        ("en", "According to Paul Martel, the wheat harvest will be delayed.", "the wheat harvest", "Paul Martel"),
        ("en", "The wheat harvest will be delayed, according to Paul Martel.", "The wheat harvest", "Paul Martel"),
        ("en", "As Paul Martel noted, the wheat harvest will be delayed.", "the wheat harvest", "Paul Martel"),
        ("en", "The wheat harvest, Paul Martel said, will be delayed.", "The wheat harvest", "Paul Martel"),
        (
            "en",
            "In a statement, the Valdor Ministry of Agriculture said the wheat harvest would be delayed.",
            "the wheat harvest",
            "Valdor Ministry of Agriculture",
        ),
        (
            "en",
            "The wheat harvest will be delayed, the Valdor Ministry of Agriculture said in a statement on Monday.",
            "The wheat harvest",
            "Valdor Ministry of Agriculture",
        ),
    ],
)
def test_quotes_reported_paradigm_sources(lang: str, text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, lang), words) == [who]


# ------------------------------------------------------- a promise, an oath, a proposal, a reproach: the infinitive
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        ("fr", "Paul Martel a juré de payer les agriculteurs avant lundi.", "de payer les agriculteurs", "Paul Martel"),
        ("fr", "Paul Martel a proposé de reporter la récolte de blé.", "de reporter la récolte", "Paul Martel"),
        (
            "fr",
            "Paul Martel a reproché à Jean Ribot d'avoir retardé la récolte de blé.",
            "d'avoir retardé la récolte",
            "Paul Martel",
        ),
        ("en", "Paul Martel vowed on Monday to pay farmers before the harvest.", "to pay farmers", "Paul Martel"),
        ("en", "Paul Martel promised to pay farmers before Monday.", "to pay farmers", "Paul Martel"),
        ("en", "Paul Martel has pledged to pay farmers before Monday.", "to pay farmers", "Paul Martel"),
        ("en", "Paul Martel denied delaying the wheat harvest.", "delaying the wheat harvest", "Paul Martel"),
    ],
)
def test_quotes_reported_paradigm_infinitive_statements(lang: str, text: str, words: str, who: str) -> None:
    assert speakers_of(run(text, lang), words) == [who]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel n'a pas juré de payer les agriculteurs."),
        ("fr", "Jean Ribot, qui avait proposé de reporter la récolte, a quitté la salle."),
        ("fr", "Paul Martel s'est dit prêt à négocier avec les agriculteurs."),
        ("en", "Paul Martel did not threaten to block the roads."),
        # a threat told through its infinitive is an act (a THREATEN event), not a statement (stop 62, quotes.acts)
        ("en", "Paul Martel threatened to block the roads of Valdor."),
        ("en", "Paul Martel left the meeting, threatening to block the roads."),
        ("en", "Paul Martel is threatened with dismissal."),
        ("en", "Paul Martel left the meeting after the talks on the wheat harvest."),
        # an offer or an invitation is an act (an event of status offered), not a statement (stop 42, qen11)
        ("en", "Paul Martel offered to mediate between the farmers and Jean Ribot."),
        ("en", "Paul Martel invited farmers to support the efforts of the town hall."),
    ],
)
def test_quotes_reported_paradigm_no_statement(lang: str, text: str) -> None:
    assert run(text, lang) == []


@pytest.mark.e2e
def test_quotes_reported_paradigm_quoted_infinitive_is_left_to_the_direct_quote() -> None:
    quotes = run("Paul Martel a proposé de « tout reprendre à zéro ».", "fr")
    assert [(q["text"], q["direct"]) for q in quotes] == [("tout reprendre à zéro", True)]


# ------------------------------------------------------- "s'est dit convaincu que…": the adjective's que-clause
@pytest.mark.e2e
def test_quotes_reported_paradigm_pronominal_adjective_with_clause() -> None:
    quotes = run("Paul Martel s'est dit convaincu que la récolte de blé serait retardée.", "fr")
    assert speakers_of(quotes, "la récolte de blé serait retardée") == ["Paul Martel"]


# ------------------------------------------------------- an adjunct between the auxiliary and the participle
@pytest.mark.e2e
def test_quotes_reported_paradigm_adjunct_after_auxiliary_keeps_the_subject() -> None:
    text = (
        "Titre de test\n\nLe chef de l'État a, par ailleurs, indiqué que le budget de la région serait revu à la "
        "hausse.\n\nJean Ribot a pour sa part estimé que ces aides arrivaient trop tard.\n"
    )
    assert speakers_of(run(text, "fr"), "ces aides arrivaient trop tard") == ["Jean Ribot"]


# ------------------------------------------------------- institutions with no entity: described by their phrase
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        ("fr", "La police a précisé que trois personnes avaient été interpellées.", "trois personnes", "La police"),
        ("fr", "Selon l'armée, les routes du nord resteront fermées jusqu'à jeudi.", "les routes du nord", "l'armée"),
        (
            "fr",
            "Dans un communiqué, la préfecture souligne que les rassemblements sont interdits.",
            "les rassemblements sont interdits",
            "la préfecture",
        ),
        ("fr", "Pour l'opposition, la gestion de la crise a été catastrophique.", "la gestion", "l'opposition"),
        ("en", "Police said three people had been arrested overnight.", "three people had been", "Police"),
        ("en", "According to the army, roads in the north will remain closed.", "roads in the north", "the army"),
    ],
)
def test_quotes_reported_paradigm_institution_without_entity_is_described(
    lang: str, text: str, words: str, who: str
) -> None:
    quote = next(q for q in run(text, lang) if words in q["text"])
    assert [(s["id"], s["name"]) for s in quote["speakers"]] == [(None, who)]


# ------------------------------------------------------- verbs that report only through a que-clause
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Jean Ribot a souhaité que les deux pays poursuivent leur coopération.", "les deux pays poursuivent"),
        ("Jean Ribot a rassuré que les fonds seraient débloqués avant l'été.", "les fonds seraient débloqués"),
        ("Jean Ribot maintient que les fonds seront débloqués avant l'été.", "les fonds seront débloqués"),
    ],
)
def test_quotes_reported_paradigm_que_clause_only_verbs(text: str, words: str) -> None:
    quote = next(q for q in run(text, "fr") if words in q["text"])
    assert [s["name"] for s in quote["speakers"]] == ["Jean Ribot"]
    assert not quote["text"].startswith("que")


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    ["Jean Ribot a souhaité rencontrer les agriculteurs.", "Jean Ribot a maintenu les prix du blé à leur niveau."],
)
def test_quotes_reported_paradigm_que_clause_only_verbs_state_nothing_else(text: str) -> None:
    assert run(text, "fr") == []


# ------------------------------------------------------- calls through an infinitive, with their addressee
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Paul Martel a invité les agriculteurs à soutenir la mairie.", "les agriculteurs à soutenir"),
    ],
)
def test_quotes_reported_paradigm_invitation_with_addressee(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


@pytest.mark.e2e
def test_quotes_reported_paradigm_adjunct_and_noun_complement_in_surface_subject() -> None:
    text = "Le maire de Brévonne a par la suite invité les populations à soutenir les efforts du gouvernement."
    quote = next(q for q in run(text, "fr") if "les populations à soutenir" in q["text"])
    assert [s["name"] for s in quote["speakers"]] == ["Le maire de Brévonne"]


# ------------------------------------------------------- a que-clause whose complementizer hangs on its copula
@pytest.mark.e2e
def test_quotes_reported_paradigm_complementizer_on_the_copula() -> None:
    text = "Le maire de Brévonne a tenu à rassurer les partenaires, affirmant que le climat des affaires restait bon."
    assert any("le climat des affaires restait bon" in q["text"] for q in run(text, "fr"))


# ------------------------------------------------------- more sources: "à en croire X", described representatives
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("À en croire Claire Vasseur, plusieurs commerces pourraient fermer.", "plusieurs commerces", "Claire Vasseur"),
        (
            "Ces mesures sont insuffisantes, selon plusieurs représentants des commerçants.",
            "Ces mesures sont insuffisantes",
            "plusieurs représentants des commerçants",
        ),
    ],
)
def test_quotes_reported_paradigm_more_sources(text: str, words: str, who: str) -> None:
    quote = next(q for q in run(text, "fr") if words in q["text"])
    assert [s["name"] for s in quote["speakers"]] == [who]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        ("La récolte de blé sera retardée de deux semaines, de source policière.", "La récolte", "source policière"),
        ("De source diplomatique, la récolte de blé sera retardée.", "la récolte", "source diplomatique"),
    ],
)
def test_quotes_reported_paradigm_source_locution_ending_in_its_noun(text: str, words: str, who: str) -> None:
    quote = next(q for q in run(text, "fr") if words in q["text"])
    assert [(s["id"], s["name"]) for s in quote["speakers"]] == [(None, who)]


# ------------------------------------------------------- an adjective of conviction after "être" / "be"
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Paul Martel est persuadé que la récolte sera bonne.", "la récolte sera bonne"),
        ("fr", "Paul Martel est convaincu que la récolte sera bonne.", "la récolte sera bonne"),
        ("fr", "Aux dires de Paul Martel, les discussions ont été franches.", "les discussions ont été franches"),
        ("en", "Paul Martel is convinced that the harvest will be good.", "the harvest will be good"),
        ("en", "Paul Martel was confident that the harvest would be good.", "the harvest would be good"),
    ],
)
def test_quotes_reported_paradigm_conviction(lang: str, text: str, words: str) -> None:
    assert speakers_of(run(text, lang), words) == ["Paul Martel"]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Paul Martel n'est pas convaincu que la récolte sera bonne."),
        ("fr", "Il est certain que la récolte sera bonne."),
        ("en", "It is certain that the harvest will be good."),
    ],
)
def test_quotes_reported_paradigm_conviction_negated_or_impersonal(lang: str, text: str) -> None:
    assert run(text, lang) == []
