"""French reported speech, second battery (issue 12, stop 38): who speaks and where the statement starts, in shapes
of the language written before any dev output was read: a role or a body alone ("le porte-parole du gouvernement",
"le ministère" after the ministry was named), an unnamed source ("selon des sources proches de…", "de source
diplomatique", "un responsable de…"), a pronoun two sentences after its antecedent, "ce dernier", coordinated
speakers; a reported clause over several commas and a "mais", a quoted fragment inside the clause, a statement after
a colon; and cues ("mettre en garde contre", "se dire convaincu que", "se féliciter de", "rappeler que",
"marteler", "insister sur", "plaider pour", "réclamer"). Each case gives the first words of the content as the
real-news gold would (GOLD.md) and its speakers; a quote is read when one predicted quote holds the words and has
those speakers. All people, places and statements are invented."""

from __future__ import annotations

import pytest

from test_quotes import run, said_by, said_by_described

#: (text, words of the reported content, its speakers joined by " + ")
NAMED = [
    # a body named again by its head noun alone
    (
        "Le ministère de l’Agriculture du Valdor a publié lundi un bilan des récoltes. Le ministère a précisé que "
        "les pertes dépassaient les prévisions.",
        "les pertes dépassaient les",
        "Valdor Ministry of Agriculture",
    ),
    # a pronoun two sentences after its antecedent, another sentence between them
    (
        "Claire Vasseur a inauguré mardi le nouveau pont de Brévonne. La cérémonie a duré une heure. Elle a assuré "
        "que les travaux avaient respecté le budget.",
        "les travaux avaient respecté",
        "Claire Vasseur",
    ),
    (
        "Jean Ribot a reçu les syndicats jeudi. Les discussions ont porté sur les salaires. Selon lui, un compromis "
        "reste possible.",
        "un compromis reste possible",
        "Jean Ribot",
    ),
    (
        "Le Palais d’Ostrel a démenti toute implication dans l’affaire. Il a ajouté que l’enquête suivait son cours.",
        "l’enquête suivait son cours",
        "Palais d’Ostrel",
    ),
    # "ce dernier", "cette dernière": the last person named
    (
        "Claire Vasseur a rencontré Paul Martel à Brévonne. Ce dernier a affirmé que la coopération serait renforcée.",
        "la coopération serait renforcée",
        "Paul Martel",
    ),
    (
        "Jean Ribot s'est entretenu avec Claire Vasseur. Cette dernière a estimé que le dialogue devait se poursuivre.",
        "le dialogue devait se",
        "Claire Vasseur",
    ),
    # coordinated speakers
    (
        "Paul Martel et Claire Vasseur ont affirmé que l'accord serait signé avant la fin de l'année.",
        "l'accord serait signé avant",
        "Paul Martel + Claire Vasseur",
    ),
    (
        "Jean Ribot et Paul Martel ont estimé jeudi que la frontière devait rester ouverte.",
        "la frontière devait rester",
        "Jean Ribot + Paul Martel",
    ),
    (
        "Selon Claire Vasseur et Jean Ribot, les élections se tiendront en mai.",
        "les élections se tiendront",
        "Claire Vasseur + Jean Ribot",
    ),
    (
        "Les écoles rouvriront lundi, selon Jean Ribot et le ministère de l’Agriculture du Valdor.",
        "Les écoles rouvriront lundi",
        "Jean Ribot + Valdor Ministry of Agriculture",
    ),
    # a source with no comma before it, closing the sentence or the clause before a comma
    (
        "Une trentaine de blessés ont été soignés sur place selon le ministère de l’Agriculture du Valdor.",
        "Une trentaine de blessés ont",
        "Valdor Ministry of Agriculture",
    ),
    (
        "Les habitants, dont la moitié ont dû fuir selon Claire Vasseur, attendent toujours des secours.",
        "dont la moitié ont dû fuir",
        "Claire Vasseur",
    ),
    # a reported clause over several commas and a "mais"
    (
        "Claire Vasseur a estimé que la réforme, adoptée en mars, contestée par les syndicats, restait fragile, mais "
        "qu'elle serait appliquée.",
        "la réforme, adoptée en mars",
        "Claire Vasseur",
    ),
    (
        "Paul Martel a assuré que les réserves d'eau, malgré la sécheresse, suffiraient jusqu'en septembre, mais que "
        "des restrictions restaient possibles.",
        "les réserves d'eau, malgré la",
        "Paul Martel",
    ),
    # a quoted fragment inside the clause after "que"
    (
        "Jean Ribot a déclaré que cette décision était « une faute grave » et qu'il saisirait la justice.",
        "cette décision était",
        "Jean Ribot",
    ),
    (
        "Claire Vasseur a affirmé que le gouvernement « ne reculera pas » face aux grévistes.",
        "le gouvernement",
        "Claire Vasseur",
    ),
    # the statement after a colon, in the next sentence of the speaker
    (
        "Paul Martel a rappelé les enjeux du scrutin. Il a ajouté : la priorité reste l'emploi des jeunes.",
        "la priorité reste l'emploi",
        "Paul Martel",
    ),
    ("Claire Vasseur a conclu : le dossier sera rouvert après l'été.", "le dossier sera rouvert", "Claire Vasseur"),
    # cues: a warning, a conviction, a satisfaction, a reminder, hammering, insisting, pleading, claiming
    (
        "Claire Vasseur a mis en garde contre une hausse brutale des loyers dans la capitale.",
        "une hausse brutale des loyers",
        "Claire Vasseur",
    ),
    (
        "Paul Martel s'est dit convaincu que la saison touristique serait excellente.",
        "la saison touristique serait",
        "Paul Martel",
    ),
    (
        "Claire Vasseur s'est dite convaincue que les négociations aboutiraient avant l'hiver.",
        "les négociations aboutiraient",
        "Claire Vasseur",
    ),
    ("Jean Ribot s'est félicité de la baisse du chômage dans la région.", "la baisse du chômage", "Jean Ribot"),
    (
        "Claire Vasseur s'est félicitée que le budget ait été adopté sans retard.",
        "le budget ait été adopté",
        "Claire Vasseur",
    ),
    (
        "Paul Martel a rappelé que la loi interdisait toute manifestation devant le palais.",
        "la loi interdisait toute",
        "Paul Martel",
    ),
    (
        "Jean Ribot a martelé que son gouvernement ne céderait pas aux pressions.",
        "son gouvernement ne céderait",
        "Jean Ribot",
    ),
    (
        "Les élections auront lieu à la date prévue, a martelé Claire Vasseur.",
        "Les élections auront lieu",
        "Claire Vasseur",
    ),
    (
        "Paul Martel a insisté pour que les coupables soient sanctionnés.",
        "les coupables soient sanctionnés",
        "Paul Martel",
    ),
    (
        "Paul Martel a fait valoir que le projet créerait des centaines d'emplois.",
        "le projet créerait des",
        "Paul Martel",
    ),
    (
        "Jean Ribot a tenu à rappeler que le scrutin serait surveillé par des observateurs.",
        "le scrutin serait surveillé",
        "Jean Ribot",
    ),
    (
        "Claire Vasseur a laissé entendre qu'elle pourrait se présenter à la présidence.",
        "elle pourrait se présenter",
        "Claire Vasseur",
    ),
    # coordinated inverted subjects of a closing incise (stop 41, qfrrep: read with their conjuncts; pc-104's
    # newspaper the entities do not name still leaves the other alone)
    (
        "La récolte sera retardée de deux semaines, ont affirmé Paul Martel et Claire Vasseur.",
        "La récolte sera retardée",
        "Paul Martel + Claire Vasseur",
    ),
]  # fmt: skip

#: shapes Veille does not read yet, each with why: a test fails when one starts to be read, so it moves to NAMED
NOT_YET = [
    # a locution whose object comes between its noun and the complement ("mettre en garde X contre"): the entry
    # names the noun under its preposition right after the verb
    (
        "Jean Ribot a mis en garde les investisseurs contre un ralentissement de l'économie.",
        "un ralentissement de l'économie",
        "Jean Ribot",
    ),
    # a stance through a prepositional complement ("insister sur", "plaider pour", "plaider en faveur de"): no
    # dev text of either gold prints one outside quotation marks, so the convention is not known ("a plaidé non
    # coupable" is none; "a insisté sur « … »" is read as a direct quote)
    (
        "Claire Vasseur a insisté sur la nécessité de protéger les nappes phréatiques.",
        "la nécessité de protéger",
        "Claire Vasseur",
    ),
    ("Jean Ribot a plaidé pour une réforme rapide du code électoral.", "une réforme rapide du code", "Jean Ribot"),
    (
        "Claire Vasseur a plaidé en faveur d'un dialogue avec l'opposition.",
        "dialogue avec l'opposition",
        "Claire Vasseur",
    ),
    # "réclamer que": réclamer is no speech verb, its object being an act in the golds (NOT_READ)
    (
        "Claire Vasseur réclame que l'enquête soit confiée à un juge indépendant.",
        "l'enquête soit confiée",
        "Claire Vasseur",
    ),
]  # fmt: skip

#: (text, words of the reported content, a word of the description): an unnamed speaker, no entity
DESCRIBED = [
    (
        "Le porte-parole du gouvernement a indiqué que le projet de loi serait présenté en juin.",
        "le projet de loi serait",
        "porte-parole",
    ),
    (
        "Un responsable de la préfecture a expliqué que la route resterait fermée jusqu'à nouvel ordre.",
        "la route resterait fermée",
        "responsable",
    ),
    (
        "Selon des sources proches du dossier, la vente de l'entreprise pourrait être annoncée jeudi.",
        "la vente de l'entreprise",
        "sources",
    ),
    (
        "Selon une source diplomatique, les deux délégations se retrouveront à Brévonne la semaine prochaine.",
        "les deux délégations se",
        "source",
    ),
    (
        "Les négociations ont repris à Brévonne, a-t-on appris mardi de source diplomatique.",
        "Les négociations ont repris",
        "",
    ),
    (
        "Un diplomate européen, qui a requis l'anonymat, a estimé que les sanctions seraient levées.",
        "les sanctions seraient levées",
        "diplomate",
    ),
    (
        "Un haut responsable du ministère de l’Agriculture du Valdor a affirmé que les stocks étaient suffisants.",
        "les stocks étaient suffisants",
        "responsable",
    ),
    (
        "La récolte a été jugée insuffisante selon des experts présents sur place.",
        "La récolte a été jugée",
        "experts",
    ),
    # two unnamed sources joined: one described speaker
    (
        "Selon des sources policières et des témoins, une centaine de blindés ont quitté la caserne.",
        "une centaine de blindés",
        "sources policières et des témoins",
    ),
    # aid workers
    (
        "Seuls dix camions ont pu passer selon des travailleurs humanitaires présents à Brévonne.",
        "Seuls dix camions ont pu",
        "travailleurs",
    ),
    # a reform's critics
    (
        "La réforme divise la majorité. Selon ses détracteurs, elle menace l'emploi des jeunes agriculteurs.",
        "elle menace l'emploi",
        "détracteurs",
    ),
]  # fmt: skip

#: the same words with no reported speech: no quote holds them
NOT_READ = [
    ("Paul Martel a monté la garde devant la mairie toute la nuit.", "devant la mairie"),
    ("Claire Vasseur a rappelé le numéro laissé sur son répondeur.", "le numéro laissé"),
    ("Le porte-parole du gouvernement est arrivé à Brévonne en fin de matinée.", "en fin de matinée"),
    ("Selon la tradition, les moissons commencent fin juin dans la vallée.", "les moissons commencent"),
    ("Paul Martel a conclu lundi un accord de vente avec trois éleveurs.", "un accord de vente"),
    ("Le comité a ajouté deux noms à la liste des candidats.", "deux noms à la liste"),
    ("Claire Vasseur s'est dite fatiguée après le long voyage.", "après le long voyage"),
    ("Paul Martel a appelé son avocat dès son arrivée au commissariat.", "dès son arrivée"),
    ("Les travailleurs de l'usine ont repris leur poste lundi matin.", "ont repris leur poste"),
    # "selon" as "depending on", "in accordance with": no one speaks
    ("Les prix des fruits varient selon les régions.", "Les prix des fruits"),
    ("Le tribunal a jugé Paul Martel selon la loi en vigueur.", "Le tribunal a jugé"),
    ("La récolte commence en juillet ou en août selon les années.", "La récolte commence"),
    # "d'après" opening a compound word: no source
    (
        "Trois cents personnes manifestaient toujours au milieu d'après-midi et au Valdor, le calme était revenu.",
        "Trois cents personnes",
    ),
    ("L'avocat de Paul Martel est arrivé au tribunal de Brévonne lundi matin.", "au tribunal de Brévonne"),
    # a demand's object is an act, no statement, in the real-news golds ("réclamer le départ de…", "pour réclamer la
    # démission de…": no quote in the dev texts that print them)
    ("Paul Martel réclame la démission du directeur de l'hôpital.", "la démission du directeur"),
    ("Jean Ribot a réclamé jeudi l'ouverture d'une enquête sur les incidents.", "l'ouverture d'une enquête"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", NAMED)
def test_quotes_reported_french_speakers_named(text: str, words: str, who: str) -> None:
    assert said_by(text, words, who)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, word", DESCRIBED)
def test_quotes_reported_french_speakers_described(text: str, words: str, word: str) -> None:
    assert said_by_described(text, words, word)


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NOT_READ)
def test_quotes_reported_french_speakers_near_miss(text: str, words: str) -> None:
    assert not any(words in q["text"] for q in run(text, "fr"))


@pytest.mark.e2e
@pytest.mark.parametrize("text, words, who", NOT_YET)
def test_quotes_reported_french_speakers_not_yet(text: str, words: str, who: str) -> None:
    assert not said_by(text, words, who)
