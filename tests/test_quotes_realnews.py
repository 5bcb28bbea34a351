"""Quote extraction on the constructions of real news copy (the real-news issue): each test is one class of text,
with invented sentences (invented people and statements; real capitals and states only as places that speak
through their governments, saying nothing of consequence)."""

from __future__ import annotations

import pytest

from test_quotes import PEOPLE, entities_for, run
from veille.analysis import kb as kbmod
from veille.analysis.nlp import parse
from veille.analysis.quotes import extract_quotes, lexicon


def found(quotes: list[dict], words: str) -> dict:
    """The quote whose text holds ``words``."""
    hits = [q for q in quotes if words in q["text"]]
    assert hits, f"no quote holds {words!r}: {[q['text'] for q in quotes]}"
    return hits[0]


def names(q: dict) -> set[str]:
    return {s["name"] for s in q["speakers"]}


# ------------------------------------------------------------------------------- word forms the model misreads
def test_quotes_lexicon_forms_map_misread_word_forms_to_their_lemma() -> None:
    fr = lexicon("fr")
    assert fr.forms["estime"] == "estimer"
    assert fr.forms["indique"] == "indiquer"


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("« Nous devons rester unis face à la crise », estime Paul Martel.", "Nous devons rester unis"),
        ("« Le pont sera rouvert lundi matin », indique Paul Martel dans un message.", "Le pont sera rouvert"),
        ("Paul Martel estime que la récolte sera meilleure que prévu.", "la récolte sera meilleure"),
        ("« Rien ne justifie une telle hausse des prix », juge Paul Martel.", "Rien ne justifie"),
    ],
)
def test_quotes_present_tense_cues_the_model_misreads(text: str, words: str) -> None:
    assert names(found(run(text, "fr"), words)) == {"Paul Martel"}


# ------------------------------------------------------------------------ a capital speaks for its state
CAPITALS = {
    **PEOPLE,
    "kb:city:oslo": ("Oslo", "GPE", ["Oslo"]),
    "kb:city:lome": ("Lomé", "GPE", ["Lomé"]),
    "kb:city:tashkent": ("Tashkent", "GPE", ["Tachkent", "Tashkent"]),
    "kb:city:kampala": ("Kampala", "GPE", ["Kampala"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, state",
    [
        ("fr", "Selon Oslo, la réunion des ministres aura lieu mardi prochain.", "la réunion des ministres", "NOR"),
        (
            "fr",
            "Oslo dénonce une « décision unilatérale et précipitée » de ses voisins.",
            "décision unilatérale",
            "NOR",
        ),
        ("en", "Oslo said the meeting of the ministers would take place next Tuesday.", "the meeting of the", "NOR"),
        ("fr", "De son côté, Lomé nie tout rôle dans la crise du port.", "tout rôle dans la crise", "TGO"),
        ("fr", "Tachkent affirme que la frontière restera ouverte cet été.", "la frontière restera", "UZB"),
        ("en", "Kampala said the border crossing would stay closed this summer.", "the border crossing would", "UGA"),
    ],
)
def test_quotes_capital_city_speaks_for_its_state(lang: str, text: str, words: str, state: str) -> None:
    q = found(run(text, lang, CAPITALS), words)
    assert [s["id"] for s in q["speakers"]] == [f"kb:country:{state}"]


def test_quotes_capital_cities_of_the_knowledge_base_belong_to_their_state() -> None:
    """Every capital of ``places.tsv`` (kind ``city``) names the state it speaks for, and that state is known."""
    base = kbmod.load()
    capitals = [e for e in base.entries.values() if e.kind == "city" and e.id.startswith("kb:city:")]
    assert {"kb:city:kigali", "kb:city:lome", "kb:city:ndjamena", "kb:city:kampala"} <= {e.id for e in capitals}
    for entry in capitals:
        assert base.entry_for_code(entry.code) is not None, entry.id


# ------------------------------------------------------- a source named by a preposition, wherever it stands
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Or, selon Claire Vasseur, certains élus tenteraient de retarder le vote.",
            "certains élus",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Le pont sera fermé pendant deux semaines, selon Claire Vasseur.",
            "Le pont sera fermé",
            "Claire Vasseur",
        ),
        ("fr", "Le convoi, selon Claire Vasseur, a été arrêté à la frontière.", "Le convoi", "Claire Vasseur"),
        (
            "en",
            "The bridge will be closed for two weeks, according to Claire Vasseur.",
            "The bridge will",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_source_preposition_opening_closing_or_inside_the_sentence(
    lang: str, text: str, words: str, who: str
) -> None:
    q = found(run(text, lang), words)
    assert not q["direct"] and names(q) == {who}
    assert "selon" not in q["text"] or "convoi" in words  # a closing source is not part of the words reported


@pytest.mark.e2e
def test_quotes_source_preposition_needs_a_clause() -> None:
    assert run("Une hausse des prix de dix pour cent, selon Claire Vasseur.", "fr") == []


# ------------------------------------------------------------ unnamed sources: described speakers
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, phrase",
    [
        (
            "fr",
            "Un responsable du ministère a indiqué que les négociations reprendraient lundi.",
            "les négociations",
            "Un responsable du ministère",
        ),
        (
            "fr",
            "Selon des sources proches du maire, la digue sera achevée en juin.",
            "la digue sera achevée",
            "des sources proches du maire",
        ),
        (
            "fr",
            "Les manifestants ont affirmé qu’ils resteraient sur place jusqu’au soir.",
            "ils resteraient",
            "Les manifestants",
        ),
        ("en", "Activists said the convoy had been stopped at the border.", "the convoy had", "Activists"),
        (
            "en",
            "A senior government source told reporters the talks would resume on Monday.",
            "the talks would",
            "A senior government source",
        ),
    ],
)
def test_quotes_unnamed_source_is_a_described_speaker(lang: str, text: str, words: str, phrase: str) -> None:
    q = found(run(text, lang), words)
    assert q["speakers"] == [{"id": None, "name": phrase}]


@pytest.mark.e2e
def test_quotes_pronoun_of_an_unnamed_source_is_described_too() -> None:
    text = "Les habitants du village ont manifesté mardi. Ils ont affirmé que l’usine polluait la rivière."
    q = found(run(text, "fr"), "l’usine polluait")
    assert q["speakers"] == [{"id": None, "name": "Les habitants du village"}]


@pytest.mark.e2e
def test_quotes_spokesperson_of_a_person_is_an_unnamed_aide() -> None:
    text = "« Les discussions ont été très détaillées », a confié le porte-parole de Claire Vasseur."
    q = found(run(text, "fr"), "Les discussions")
    assert q["speakers"] == [{"id": None, "name": "le porte-parole de Claire Vasseur"}]


# ---------------------------------------------------- a definite role phrase: the person last speaking
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Claire Vasseur a présenté le budget mardi. « Nous tiendrons nos engagements », a ajouté la ministre.",
            "Nous tiendrons",
            "Claire Vasseur",
        ),
        (
            "fr",
            "Paul Martel a visité le chantier. « Le pont ouvrira en mai », a assuré le maire.",
            "Le pont ouvrira",
            "Paul Martel",
        ),
        (
            "en",
            "Paul Martel visited the site on Monday. “The bridge will open in May,” the mayor said.",
            "The bridge will open",
            "Paul Martel",
        ),
    ],
)
def test_quotes_definite_role_phrase_is_the_person_last_seen(lang: str, text: str, words: str, who: str) -> None:
    assert names(found(run(text, lang), words)) == {who}


# ------------------------------------------------------- running quotes: a quoted paragraph with no cue
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "Claire Vasseur a plaidé qu’il était « plus simple de prévenir » que de réparer.\n\n"
            "« Je pense que la vraie question est de savoir comment nous protégeons les rivières de la vallée. »",
            "Je pense que la vraie question",
        ),
        (
            "fr",
            "« Nous avons tenu nos promesses », a déclaré Claire Vasseur.\n\nLe budget a été voté en juin.\n\n"
            "« Il reste à financer le second pont et la nouvelle école du quartier nord. »",
            "Il reste à financer",
        ),
        (
            "en",
            "“We kept our promises,” Claire Vasseur said.\n\n"
            "“The real question is how we protect the rivers of the valley for the next generation.”",
            "The real question",
        ),
    ],
)
def test_quotes_running_quote_paragraph_continues_the_last_speaker(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang), words)) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_running_quote_stops_after_two_narrative_paragraphs() -> None:
    text = (
        "« Nous avons tenu nos promesses », a déclaré Claire Vasseur.\n\nLe budget a été voté en juin.\n\n"
        "Les travaux commenceront en septembre.\n\n"
        "« Il reste à financer le second pont et la nouvelle école du quartier nord. »"
    )
    assert not [q for q in run(text, "fr") if "Il reste à financer" in q["text"]]


@pytest.mark.e2e
def test_quotes_role_phrase_with_a_nationality_is_the_person_of_that_state() -> None:
    spec = {
        **PEOPLE,
        "kessler": ("Anna Kessler", "PERSON", ["Anna Kessler"]),
    }
    text = (
        "Les accords ont été signés par Anna Kessler et par Paul Martel, maire de Brévonne. "
        "Pour la diplomate norvégienne, les dons témoignent d’une amitié ancienne entre les deux villes."
    )
    ents = entities_for(text, spec)
    for e in ents:
        e["country"] = "NOR" if e["id"] == "kessler" else "FRA" if e["id"] == "martel" else None
    quotes = extract_quotes(parse(text, "fr"), ents, lang="fr")
    assert names(found(quotes, "les dons témoignent")) == {"Anna Kessler"}


# ------------------------------------------------- reported infinitives after clitics, reflexive participles
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel admet n’avoir obtenu aucune concession pendant la réunion.", "n’avoir obtenu"),
        ("Paul Martel dit l’avoir défendue devant les autres maires.", "l’avoir défendue"),
        ("Paul Martel a affirmé s’être inquiété du retard des travaux.", "s’être inquiété"),
    ],
)
def test_quotes_reported_infinitive_after_clitics(text: str, words: str) -> None:
    q = found(run(text, "fr"), words)
    assert not q["direct"] and names(q) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_reflexive_participle_speaks_for_the_main_subject() -> None:
    text = (
        "Paul Martel, arrêté mardi, a comparu devant le juge, où il a plaidé non coupable, "
        "se déclarant « victime d’un complot »."
    )
    assert names(found(run(text, "fr"), "victime d’un complot")) == {"Paul Martel"}


# ------------------------------------------------ a speech verb's object states what was said (French copy)
ORGS = {
    **PEOPLE,
    "ligue": ("Ligue des ports", "ORG", ["Ligue des ports", "Ligue"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, who",
    [
        (
            "Le ministère de l’Agriculture du Valdor annonce un bilan de trente fermes détruites.",
            "un bilan de trente",
            "Valdor Ministry of Agriculture",
        ),
        ("Paul Martel a exigé la libération immédiate des pêcheurs arrêtés.", "la libération immédiate", "Paul Martel"),
        (
            "Claire Vasseur appelle au respect des engagements pris à Brévonne.",
            "respect des engagements",
            "Claire Vasseur",
        ),
        ("Paul Martel a accusé la Ligue de vouloir bloquer le port.", "de vouloir bloquer", "Paul Martel"),
    ],
)
def test_quotes_speech_verb_object_is_reported_speech(text: str, words: str, who: str) -> None:
    q = found(run(text, "fr", ORGS), words)
    assert not q["direct"] and names(q) == {who}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Le projet accusé de retards a été suspendu par la mairie.",  # a bare participle: nobody speaks
        "Paul Martel est appelé à présider la séance de lundi.",  # passive
        "Paul Martel a salué Claire Vasseur à son arrivée.",  # a greeting
    ],
)
def test_quotes_speech_verb_object_not_a_statement(text: str) -> None:
    assert [q for q in run(text, "fr", ORGS) if not q["direct"]] == []


@pytest.mark.e2e
def test_quotes_plural_members_speak_for_their_organisation() -> None:
    text = "« L'ère des grèves sans fin est terminée », ont martelé les dirigeants de la Ligue des ports."
    assert names(found(run(text, "fr", ORGS), "L'ère des grèves")) == {"Ligue des ports"}


# ------------------------------------------------------------------------- typography and sentence shapes
def test_quotes_opening_mark_typed_for_the_closing_one() -> None:
    from veille.analysis.quotes import find_quoted

    text = "« Nous refusons ce tracé et nous demandons une enquête« , a déclaré Paul Martel."
    assert [text[o + 1 : c].strip() for o, c in find_quoted(text)] == [
        "Nous refusons ce tracé et nous demandons une enquête"
    ]


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            'Paul Martel asserted: "Families are suffering because of the floods," adding that once again the '
            "villagers were left alone.",
            "once again the villagers",
        ),
        (
            "fr",
            "« Les familles souffrent des crues », a déclaré Paul Martel, ajoutant que les villageois étaient seuls.",
            "les villageois étaient",
        ),
    ],
)
def test_quotes_participle_after_a_quote_speaks_for_its_speaker(lang: str, text: str, words: str) -> None:
    q = found(run(text, lang), words)
    assert not q["direct"] and names(q) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Les pourparlers, a précisé Paul Martel, ont porté sur la situation à la frontière.", "Les pourparlers"),
        (
            "en",
            "The remaining engineers, Paul Martel said, will leave the site in the coming days.",
            "The remaining engineers",
        ),
        (
            "en",
            "The plan is absurd and must be withdrawn, Paul Martel said on Friday as he left the meeting.",
            "The plan is absurd",
        ),
        (
            "en",
            "Paul Martel asserted that new steps had to be taken before the floods would return.",
            "new steps had to be",
        ),
    ],
)
def test_quotes_incise_inside_the_sentence_or_before_an_adverbial_clause(lang: str, text: str, words: str) -> None:
    q = found(run(text, lang), words)
    assert not q["direct"] and names(q) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_as_per_names_a_source() -> None:
    q = found(run("As per Claire Vasseur, two of the agreements were signed in the capital.", "en"), "two of the")
    assert names(q) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_spokesperson_named_by_a_compound() -> None:
    spec = {**PEOPLE, "harbour": ("Harbour Office", "ORG", ["Harbour Office"])}
    text = "The port will close on Monday, a Harbour Office spokesperson said on Wednesday."
    assert names(found(run(text, "en", spec), "The port will close")) == {"Harbour Office"}


@pytest.mark.e2e
def test_quotes_name_before_a_role_parsed_as_the_subject() -> None:
    text = (
        "Jean Ribot, représentant du président de la Ligue des ports et patron de la délégation appelle au "
        "respect du calendrier et engage les syndicats à reprendre le dialogue."
    )
    assert names(found(run(text, "fr"), "respect du calendrier")) == {"Jean Ribot"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        ("fr", "Comme le précise Claire Vasseur, le retrait prendra environ trois mois.", "le retrait prendra"),
        ("en", "As Claire Vasseur noted, the withdrawal will take about three months.", "the withdrawal will"),
    ],
)
def test_quotes_as_clause_names_the_source(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang), words)) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_small_clause_is_no_reported_speech() -> None:
    quotes = run("Valdor expelled three envoys and declared them persona non grata on Tuesday.", "en")
    assert [q for q in quotes if not q["direct"]] == []


@pytest.mark.e2e
def test_quotes_nested_report_keeps_the_inner_statement() -> None:
    text = "Claire Vasseur reported that Paul Martel declared that the bridge would open in May."
    q = found(run(text, "en"), "the bridge would open")
    assert names(q) == {"Paul Martel"} and not q["text"].startswith("Paul Martel")


@pytest.mark.e2e
def test_quotes_dateline_and_date_are_not_the_speaker() -> None:
    text = (
        "BREVONNE (Reuters) - Paul Martel on Monday dismissed as “absolutely unacceptable” a proposal from the board."
    )
    assert names(found(run(text, "en"), "absolutely unacceptable")) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "BREVONNE, June 25 (Reuters) - The Ostrel Union and Valdoria agreed on Tuesday to extend the sharing of "
            "river fishing quotas for another four years, ending months of uncertainty for fleets on both banks, "
            "negotiators said.",
            "The Ostrel Union",
        ),
        (
            "fr",
            "BREVONNE, 25 juin (AFP) - L'Union ostréenne et la Valdorie ont accepté mardi de prolonger le partage des "
            "quotas de pêche pour quatre ans, mettant fin à des mois d'incertitude pour les flottes des deux rives, "
            "ont indiqué les négociateurs.",
            "L'Union ostréenne",
        ),
    ],
)
def test_quotes_reported_clause_starts_after_the_dateline(lang: str, text: str, words: str) -> None:
    [q] = [q for q in run(text, lang) if words in q["text"]]
    assert q["text"].startswith(words)


@pytest.mark.e2e
def test_quotes_time_words_are_not_the_speaker() -> None:
    text = "« Les premières livraisons sont arrivées », a écrit samedi après-midi Claire Vasseur sur son compte."
    assert names(found(run(text, "fr"), "Les premières livraisons")) == {"Claire Vasseur"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "fr",
            "La Ligue des ports a publié un communiqué mardi. « Les navires resteront à quai », indique le communiqué.",
            "Les navires resteront",
        ),
        (
            "en",
            "The Ligue des ports issued a statement on Tuesday. “The ships will stay in port,” the statement said.",
            "The ships will stay",
        ),
    ],
)
def test_quotes_document_speaks_for_its_issuer(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang, ORGS), words)) == {"Ligue des ports"}


@pytest.mark.e2e
def test_quotes_document_of_a_person_is_not_resolved_by_memory() -> None:
    text = "Paul Martel a parlé mardi. « Les navires resteront à quai », indique le communiqué."
    assert not [q for q in run(text, "fr", ORGS) if "Les navires resteront" in q["text"]]


@pytest.mark.e2e
def test_quotes_incise_object_is_the_speaker_not_a_statement() -> None:
    text = "Au moins neuf maisons ont été détruites dans la nuit par les crues, ont annoncé les autorités locales."
    quotes = run(text, "fr")
    assert [q["text"] for q in quotes] == ["Au moins neuf maisons ont été détruites dans la nuit par les crues"]
    assert quotes[0]["speakers"] == [{"id": None, "name": "les autorités locales"}]


@pytest.mark.e2e
def test_quotes_described_phrase_stops_at_a_comma() -> None:
    text = "Selon un diplomate présent, Kigali et Kinshasa n’ont pas accepté de se rencontrer."
    q = found(run(text, "fr"), "n’ont pas accepté")
    assert q["speakers"] == [{"id": None, "name": "un diplomate présent"}]


@pytest.mark.e2e
def test_quotes_agent_of_a_participle_is_not_a_second_speaker() -> None:
    text = (
        "« Nous allons geler les loyers dès janvier », a-t-elle dit quand interrogée sur ce point par "
        "deux journalistes. Claire Vasseur a quitté la salle."
    )
    spec = {**PEOPLE}
    quotes = run("Claire Vasseur a présenté le budget. " + text, "fr", spec)
    assert names(found(quotes, "Nous allons geler")) == {"Claire Vasseur"}


@pytest.mark.e2e
def test_quotes_speech_verb_object_runs_to_its_last_adjunct() -> None:
    text = "Paul Martel a annoncé l’octroi par la ville en 2026 d’une aide de trois millions aux pêcheurs."
    assert "en 2026 d’une aide" in found(run(text, "fr"), "l’octroi")["text"]


@pytest.mark.e2e
def test_quotes_one_quoted_word_governed_by_a_speech_verb() -> None:
    text = "Jugeant la Russie « coupable » de l’attaque, Paul Martel a annoncé des sanctions."
    q = found(run(text, "fr"), "coupable")
    assert q["direct"] and q["text"] == "coupable" and names(q) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_one_quoted_word_modifying_a_noun_is_no_quote() -> None:
    assert [q for q in run("Paul Martel praised the “modern” design of the bridge.", "en") if q["direct"]] == []


@pytest.mark.e2e
def test_quotes_report_of_the_speakers_own_belief_stays_whole() -> None:
    text = "Paul Martel said he believes building a second bridge would help the valley."
    q = found(run(text, "en"), "he believes building")
    assert names(q) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("« Cet avion a coupé tout contact », a fait remarquer Paul Martel.", "Cet avion a coupé"),
        ("Paul Martel laissait alors entendre que Jean Ribot n’œuvrait pas pour la paix.", "Jean Ribot n’œuvrait"),
    ],
)
def test_quotes_verb_pairs_report_speech(text: str, words: str) -> None:
    assert names(found(run(text, "fr"), words)) == {"Paul Martel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, cue",
    [
        (
            "fr",
            "Ce matin, Paul Martel a fait cette annonce : la ville serait prête à accepter des inspections.",
            "la ville serait",
            "annonce",
        ),
        (
            "en",
            "Paul Martel made this announcement: the city would be ready to accept inspections.",
            "the city would",
            "announcement",
        ),
    ],
)
def test_quotes_speech_noun_before_a_colon_introduces_reported_words(
    lang: str, text: str, words: str, cue: str
) -> None:
    q = found(run(text, lang), words)
    assert names(q) == {"Paul Martel"} and q["cue"] == cue and not q["direct"]


@pytest.mark.e2e
def test_quotes_demonym_head_with_a_named_person_in_apposition() -> None:
    text = "Le Valdorien d’origine, Paul Martel, s’est joint au rassemblement : « Je suis venu aider les dockers. »"
    assert names(found(run(text, "fr"), "Je suis venu")) == {"Paul Martel"}


@pytest.mark.e2e
def test_quotes_role_phrase_naming_an_unknown_person_is_not_the_last_person() -> None:
    text = (
        "Paul Martel a perdu l’élection. « La décision a été prise », a déclaré à la presse le commissaire de la "
        "Ligue, Anton Brevik."
    )
    assert names(found(run(text, "fr", ORGS), "La décision a été prise")) != {"Paul Martel"}


# ------------------------------------------------------------------- an excerpt cut inside its last quote
def test_quotes_text_cut_inside_its_last_quote() -> None:
    from veille.analysis.quotes import find_quoted

    text = "Paul Martel a parlé.\n\n« Nous ne partirons pas avant la fin des trav"
    assert [text[o + 1 : c].strip() for o, c in find_quoted(text)] == ["Nous ne partirons pas avant la fin des trav"]
    assert find_quoted("Il a dit « bonjour.\n\nFin.") == []
    assert find_quoted('Paul Martel a parlé.\n\n"Le pont tiendra.\n\nLes ingénieurs ver') == []  # not reopened


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words",
    [
        ("Paul Martel spoke to the crowd in the square. “We marched to the town hall and", "town hall and"),
        ("Claire Vasseur spoke on Friday. “The harbour will reopen soon,” she said.", "will reopen soon"),
        (  # a quote reopened at each paragraph, the text cut in its last one
            "Paul Martel said on Monday that the town was already sending help to the valley.\n\n"
            '"Our first teams are already at work in the valley, and the engineers of the port are checking every '
            'bridge across the river.\n\n"We will keep working until every road of the valley is op',
            "every road of the valley is op",
        ),
    ],
)
def test_quotes_text_cut_inside_its_last_quote_keeps_its_last_word(text: str, words: str) -> None:
    quote = found(run(text, "en"), words)
    assert quote["text"].endswith(words)


@pytest.mark.e2e
def test_quotes_text_cut_inside_a_quote_after_a_source_sentence() -> None:
    text = (
        "Selon Claire Vasseur, les crues sont devenues fréquentes dans la vallée. "
        "« Le barrage où les ouvriers travaillaient a cédé sous la pres"
    )
    quotes = run(text, "fr")
    assert names(found(quotes, "Le barrage où")) == {"Claire Vasseur"}
    assert isinstance(run("Paul Martel a déclaré que « le pont sera", "fr"), list)  # never fatal


@pytest.mark.e2e
def test_quotes_colon_speaker_is_the_head_not_its_apposition() -> None:
    text = (
        "Anton Brevik, secrétaire général du gouvernement du Valdor : « Nous ne pouvons pas tolérer ces provocations. »"
    )
    q = found(run(text, "fr"), "Nous ne pouvons pas")
    assert q["speakers"] == [{"id": None, "name": "Anton Brevik"}]


# ---------------------------------------------- what a speech verb states through an "as" complement, unquoted
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "en",
            "The Valdor Ministry of Agriculture said the talks had failed. It described such attacks as a flagrant "
            "violation of international law.",
            "such attacks as a flagrant violation",
            "Valdor Ministry of Agriculture",
        ),
        (
            "en",
            "Paul Martel denounced the count as a farce staged by his rivals.",
            "the count as a farce",
            "Paul Martel",
        ),
        (
            "fr",
            "Paul Martel considère ce nouveau tramway comme une étape décisive pour les quartiers du nord.",
            "ce nouveau tramway comme une étape",
            "Paul Martel",
        ),
        (
            "fr",
            "Claire Vasseur a présenté le projet comme une avancée majeure pour la région.",
            "le projet comme une avancée",
            "Claire Vasseur",
        ),
    ],
)
def test_quotes_as_complement_states_what_was_said(lang: str, text: str, words: str, speaker: str) -> None:
    q = found(run(text, lang), words)
    assert not q["direct"] and names(q) == {speaker}


@pytest.mark.e2e
def test_quotes_as_complement_negated_or_quoted_is_no_reported_speech() -> None:
    assert run("Paul Martel did not describe the plan as a success for the farmers.", "en") == []
    q = found(run("Paul Martel a décrit la réunion comme « un moment historique pour le pays ».", "fr"), "un moment")
    assert q["direct"] and q["text"] == "un moment historique pour le pays"


# -------------------------------------------- a name whose first word the model reads as a possessive ("Ma")
@pytest.mark.e2e
def test_quotes_name_opening_on_a_possessive_form_has_no_gender_from_it() -> None:
    spec = {**PEOPLE, "ma": ("Ma Lien", "PERSON", ["Ma Lien"])}
    text = "L’ambassadeur Ma Lien a signé l’accord.\n\n« Par ce geste, nous voulons aider nos amis », a-t-il dit."
    assert names(found(run(text, "fr", spec), "Par ce geste")) == {"Ma Lien"}


# ------------------------------------------- a surname alone, where the entities left it unmentioned
SURNAMES = {"martel": ("Paul Martel", "PERSON", ["Paul Martel"]), "ribot": ("Jean Ribot", "PERSON", ["Jean Ribot"])}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words",
    [
        (
            "en",
            "Prime Minister Paul Martel met Jean Ribot on Monday.\n\n"
            "“We will cooperate on trade and on security in the whole region,” PM Martel added.",
            "We will cooperate",
        ),
        (
            "fr",
            "Le Premier ministre Paul Martel a reçu Jean Ribot lundi.\n\n"
            "« Nous allons coopérer sur le commerce et la sécurité dans toute la région », a ajouté M. Martel.",
            "Nous allons coopérer",
        ),
    ],
)
def test_quotes_surname_alone_names_the_one_person_of_that_name(lang: str, text: str, words: str) -> None:
    assert names(found(run(text, lang, SURNAMES), words)) == {"Paul Martel"}


# ------------------------------- a quote paragraph after one whose predicate reports speech, not a later infinitive
@pytest.mark.e2e
def test_quotes_paragraph_intro_is_the_predicate_not_an_infinitive_after_it() -> None:
    text = (
        "La ministre Claire Vasseur a parlé du fleuve. Elle mentionne le besoin de protéger les berges et "
        "de soutenir les pêcheurs.\n\n"
        "« Je crois que ce barrage servira la vallée. Mais pas à tout prix, évidemment. »"
    )
    assert names(found(run(text, "fr"), "Je crois que")) == {"Claire Vasseur"}


# ----------------------------------------------- "ce dernier", "the latter": the entity mentioned last
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "fr",
            "Le Palais d’Ostrel a reçu Paul Martel, porte-parole du Palais d’Ostrel. Dans un communiqué, ce dernier "
            "souligne que la frontière a été violée.",
            "la frontière a été violée",
            "Palais d’Ostrel",
        ),
        (
            "en",
            "Paul Martel met Jean Ribot on Monday. The latter said that the police would stay.",
            "the police would stay",
            "Jean Ribot",
        ),
    ],
)
def test_quotes_latter_is_the_entity_mentioned_last(lang: str, text: str, words: str, speaker: str) -> None:
    assert names(found(run(text, lang, {**PEOPLE, **SURNAMES}), words)) == {speaker}


@pytest.mark.e2e
def test_quotes_latter_as_an_adjective_is_no_speaker() -> None:
    text = "Paul Martel a reçu Jean Ribot. Cette dernière visite a montré que la paix est possible."
    assert run(text, "fr", SURNAMES) == []


# --------------------------------------------------- a closing incise on a verb pair ("…, a fait savoir X")
@pytest.mark.e2e
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Un plan de formation a été élaboré pour les unités, a fait savoir Paul Martel.", "Un plan", "Paul Martel"),
        (
            "La frontière restera fermée jusqu’à nouvel ordre, a laissé entendre le Palais d’Ostrel.",
            "La frontière restera",
            "Palais d’Ostrel",
        ),
    ],
)
def test_quotes_incise_on_a_verb_pair(text: str, words: str, speaker: str) -> None:
    q = found(run(text, "fr"), words)
    assert not q["direct"] and names(q) == {speaker}


# ----------------------- an unnamed source described with modifiers is no reference back to the last person named
@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, speaker",
    [
        (
            "fr",
            "L’accord sera signé vendredi par Paul Martel, a précisé un responsable du ministère. Les détails « ne "
            "seront rendus publics qu’après la signature », selon le responsable valdorien.",
            "ne seront rendus publics",
            "le responsable valdorien",
        ),
        (
            "en",
            "Paul Martel met Jean Ribot in New York, a Valdor official said. They talked for an hour, according to "
            "the Valdor foreign ministry official.",
            "They talked for an hour",
            "the Valdor foreign ministry official",
        ),
    ],
)
def test_quotes_described_unnamed_source_is_not_the_last_person(lang: str, text: str, words: str, speaker: str) -> None:
    q = found(run(text, lang, SURNAMES), words)
    assert q["speakers"] == [{"id": None, "name": speaker}]


# --------------------------------------------------- an institution of several states: "les gouvernements de X et Y"
STATES = {
    "kb:country:TCD": ("Chad", "GPE", ["Tchad", "Chad"]),
    "kb:country:TGO": ("Togo", "GPE", ["Togo"]),
    "kb:country:GHA": ("Ghana", "GPE", ["Ghana"]),
}


@pytest.mark.e2e
@pytest.mark.parametrize(
    "lang, text, words, who",
    [
        (
            "fr",
            "Les gouvernements du Tchad, du Togo et du Ghana ont annoncé le retrait « sans délai » de leurs troupes.",
            "sans délai",
            {"Chad", "Togo", "Ghana"},
        ),
        (
            "fr",
            "Les autorités du Tchad et du Togo ont affirmé que la route serait rouverte.",
            "la route",
            {"Chad", "Togo"},
        ),
        (
            "en",
            "The governments of Chad, Togo and Ghana announced that the road would reopen on Monday.",
            "the road would reopen",
            {"Chad", "Togo", "Ghana"},
        ),
        ("en", "The government of Chad said the road would reopen at dawn.", "the road would reopen", {"Chad"}),
    ],
)
def test_quotes_institution_of_several_states_names_each_state(lang: str, text: str, words: str, who: set) -> None:
    assert names(found(run(text, lang, STATES), words)) == who
