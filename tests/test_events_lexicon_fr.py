"""The French trigger lexicon covered type by type (issue 13, stop 30): for each PLOVER type, the readings of the
English table and the common verbs, nouns and locutions of news French that ``lang/fr/events.tsv`` lacked. Each
group of rows is tested both ways on invented sentences: the reading found, and the same word in a reading that is
no such act (another object, no reflexive, another complement). Invented people; real states (the hand-made
knowledge base of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events import PUBLISHED
from test_events_real import realised, run
from veille.analysis.context import context_of
from veille.analysis.events.frame import new_frame
from veille.analysis.events.triggers import match_trigger
from veille.analysis.nlp import parse

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


def reading(text: str, word: str) -> str | None:
    """The type of the lexicon reading that the first token ``word`` of ``text`` matches (None: no trigger)."""
    doc = parse(text, "fr")
    f = new_frame(context_of(doc, "fr", PUBLISHED, None), [], [], lang="fr", published=PUBLISHED, source="body")
    hit = match_trigger(f, next(t for t in doc if t.text == word))
    return hit[0].type if hit else None


# (type, word, sentence): the new rows, read
FOUND = [
    # ACCUSE: disapproval voiced, reproof, blame laid, a complaint to the courts
    ("ACCUSE", "exprimé", "Le Japon a exprimé sa vive préoccupation face aux manœuvres de la Chine."),
    ("ACCUSE", "fait", "Le Canada a fait des représentations auprès de la Chine."),
    ("ACCUSE", "élevée", "La France s'est élevée contre la décision de la Russie."),
    ("ACCUSE", "indignée", "La France s'est indignée de l'arrestation d'un journaliste par l'Iran."),
    ("ACCUSE", "désapprouve", "Le Japon désapprouve la décision de la Chine."),
    ("ACCUSE", "recadré", "Paris a recadré Alger après ces propos."),
    ("ACCUSE", "tiré", "Le ministre a tiré à boulets rouges sur le gouvernement chinois."),
    ("ACCUSE", "rend", "Le Japon rend la Chine responsable de la collision."),
    ("ACCUSE", "impute", "Kiev impute l'attaque à la Russie."),
    ("ACCUSE", "saisi", "L'Ukraine a saisi la Cour internationale de justice contre la Russie."),
    ("ACCUSE", "assigné", "Le Mexique a assigné Pierre Dupont en justice."),
    ("ACCUSE", "condamnation", "La condamnation de l'attaque par le Japon a été rapide."),
    # AGREE: a deal found, reached or sealed; an approval given
    ("AGREE", "tombés", "Le Japon et la Chine sont tombés d'accord sur un calendrier."),
    ("AGREE", "mis", "Le Japon et la Chine se sont mis d'accord sur un calendrier."),
    ("AGREE", "réglé", "Le Pérou et le Chili ont réglé leur différend frontalier."),
    ("AGREE", "donné", "Le Parlement a donné son aval au traité avec la Norvège."),
    ("AGREE", "compromis", "Le compromis entre Madrid et Rabat a été salué."),
    # AID: help brought, lent or sent; rescue
    ("AID", "venu", "Le Japon est venu en aide aux Philippines."),
    ("AID", "porté", "La Grèce a porté assistance aux migrants."),
    ("AID", "transféré", "L'Allemagne a transféré des armes à l'Ukraine."),
    ("AID", "prêté", "La France a prêté main-forte au Liban."),
    ("AID", "entraîné", "Le Royaume-Uni a entraîné des soldats ukrainiens."),
    # ASSAULT: fire opened, ambushes and clashes, fighters killed, towns taken or retaken
    ("ASSAULT", "tiré", "Les soldats ont tiré sur la foule."),
    ("ASSAULT", "fait", "Les soldats russes ont fait feu sur un poste ukrainien."),
    ("ASSAULT", "tendu", "Les rebelles ont tendu une embuscade à l'armée malienne."),
    ("ASSAULT", "combattu", "L'armée malienne a combattu les jihadistes."),
    ("ASSAULT", "neutralisé", "L'armée burkinabè a neutralisé vingt terroristes."),
    ("ASSAULT", "emparés", "Les rebelles se sont emparés de la ville de Goma."),
    ("ASSAULT", "pris", "Les rebelles ont pris la ville de Goma."),
    ("ASSAULT", "repris", "L'armée ukrainienne a repris la ville de Koupiansk."),
    ("ASSAULT", "repoussé", "L'armée malienne a repoussé une attaque des rebelles."),
    ("ASSAULT", "embuscade", "Une embuscade des rebelles a tué dix soldats."),
    ("ASSAULT", "accrochages", "Des accrochages ont opposé l'armée et les rebelles."),
    ("ASSAULT", "heurts", "De violents heurts ont opposé l'armée soudanaise aux paramilitaires."),
    ("ASSAULT", "larguées", "Des bombes larguées par l'aviation russe ont frappé la ville."),
    ("ASSAULT", "opération", "L'opération militaire de la Russie en Ukraine se poursuit."),
    # COERCE: charges brought, jail kept or served, extradition, withdrawn papers, demolitions
    ("COERCE", "mis", "Pierre Dupont a été mis en examen pour corruption."),
    ("COERCE", "jeté", "Le régime a jeté trois opposants en prison."),
    ("COERCE", "placé", "La police a placé trois opposants en garde à vue."),
    ("COERCE", "reste", "Pierre Dupont reste détenu en Iran."),
    ("COERCE", "purge", "Pierre Dupont purge une peine de prison en Iran."),
    ("COERCE", "extradé", "L'Espagne a extradé Pierre Dupont vers la France."),
    ("COERCE", "retiré", "Le Burkina Faso a retiré l'accréditation d'un journaliste français."),
    ("COERCE", "démoli", "L'armée a démoli des maisons palestiniennes."),
    ("COERCE", "condamnation", "La condamnation à mort de Pierre Dupont par l'Iran a choqué."),
    ("COERCE", "refoulé", "La Tunisie a refoulé des migrants vers la Libye."),
    # CONCEDE: arms laid down, demands met, ground given
    ("CONCEDE", "déposé", "Les rebelles ont déposé les armes."),
    ("CONCEDE", "accédé", "Le gouvernement a accédé à la demande des syndicats."),
    ("CONCEDE", "lâché", "Le gouvernement a lâché du lest face aux syndicats."),
    ("CONCEDE", "reddition", "La reddition des rebelles a été annoncée."),
    # CONSULT: travel, calls, meetings chaired, attended or convened, dialogue
    ("CONSULT", "envolé", "Le ministre s'est envolé pour Pékin."),
    ("CONSULT", "conduit", "Le ministre a conduit une délégation à Pékin."),
    ("CONSULT", "échangé", "Le président français a échangé avec son homologue chinois."),
    ("CONSULT", "présidé", "Le ministre a présidé une réunion avec ses homologues africains."),
    ("CONSULT", "participé", "Le Japon a participé au sommet du G7."),
    ("CONSULT", "assisté", "Le Japon a assisté au sommet du G7."),
    ("CONSULT", "convoqué", "Le Royaume-Uni a convoqué le Conseil de sécurité en urgence."),
    ("CONSULT", "convocation", "La convocation du représentant chinois par le Japon a surpris."),
    ("CONSULT", "appelé", "Le président français a appelé son homologue chinois."),
    ("CONSULT", "séjourne", "Le président chinois séjourne en France."),
    ("CONSULT", "escale", "Lors de son escale à Dakar, le ministre a rencontré le président."),
    # COOPERATE: relations established, restored or normalised; partnerships formed; joint patrols
    ("COOPERATE", "noué", "Le Japon a noué un partenariat avec l'Inde."),
    ("COOPERATE", "normalisé", "Israël a normalisé ses relations avec le Maroc."),
    ("COOPERATE", "rétabli", "L'Arabie saoudite a rétabli ses relations avec l'Iran."),
    ("COOPERATE", "patrouilles", "Des patrouilles conjointes seront menées par le Niger et le Mali."),
    # MOBILIZE: weapons tested, troops massed, forces on alert, a call-up
    ("MOBILIZE", "testé", "La Corée du Nord a testé un missile."),
    ("MOBILIZE", "rassemblé", "La Russie a rassemblé des troupes à la frontière."),
    ("MOBILIZE", "placé", "La Chine a placé ses forces en alerte."),
    ("MOBILIZE", "essai", "Un nouvel essai de missile balistique inquiète le Japon."),
    ("MOBILIZE", "mobilisation", "La mobilisation des réservistes russes a commencé."),
    # PROTEST: strikes begun, uprisings
    ("PROTEST", "mis", "Les enseignants se sont mis en grève."),
    ("PROTEST", "soulevés", "Les habitants se sont soulevés contre la junte."),
    ("PROTEST", "contestation", "La contestation contre la junte s'étend."),
    # REJECT: texts blocked, talks ruled out, doors slammed, backs turned, a veto
    ("REJECT", "bloqué", "La Russie a bloqué la résolution des États-Unis."),
    ("REJECT", "exclu", "Le Hamas a exclu toute négociation avec Israël."),
    ("REJECT", "tourné", "Le Mali a tourné le dos à la France."),
    ("REJECT", "claqué", "L'opposition a claqué la porte des négociations."),
    ("REJECT", "veto", "Le veto de la Russie a bloqué le texte."),
    # REQUEST: orders given, advocacy
    ("REQUEST", "intimé", "Le Japon a intimé à la Chine de cesser ses manœuvres."),
    ("REQUEST", "plaidoyer", "Le plaidoyer de la France pour un cessez-le-feu a été entendu."),
    # RETREAT: prisoners exchanged, hostages handed back, sieges lifted, forces disarmed
    ("RETREAT", "échangé", "La Russie et l'Ukraine ont échangé des prisonniers."),
    ("RETREAT", "rendu", "Le Hamas a rendu trois otages à Israël."),
    ("RETREAT", "remis", "Le Hamas a remis en liberté trois otages."),
    ("RETREAT", "levé", "L'armée a levé le siège de la ville."),
    ("RETREAT", "battu", "Les rebelles ont battu en retraite."),
    ("RETREAT", "désarmé", "La Colombie a désarmé les rebelles."),
    ("RETREAT", "échange", "Un échange de prisonniers entre la Russie et l'Ukraine a eu lieu."),
    # SANCTION: bans and restrictions of trade, aid frozen, blacklists, blockades, retaliation
    ("SANCTION", "interdit", "La Chine a interdit les importations de vin australien."),
    ("SANCTION", "restreint", "La Chine a restreint les exportations de gallium vers le Japon."),
    ("SANCTION", "gelé", "La Suède a gelé son aide au Mali."),
    ("SANCTION", "placée", "La société chinoise a été placée sur liste noire par les États-Unis."),
    ("SANCTION", "blocus", "Le blocus de Gaza par Israël se poursuit."),
    ("SANCTION", "rétorsion", "Des mesures de rétorsion de la Chine visent le Japon."),
    # SUPPORT: solidarity shown or displayed, condolences, standing behind, a stance in favour
    ("SUPPORT", "manifesté", "Le Japon a manifesté sa solidarité avec la Turquie."),
    ("SUPPORT", "affiché", "Le Japon a affiché son soutien à l'Ukraine."),
    ("SUPPORT", "donné", "Le Japon a donné son appui à l'Ukraine."),
    ("SUPPORT", "présenté", "Le Japon a présenté ses condoléances à la Turquie."),
    ("SUPPORT", "réjoui", "Le Japon s'est réjoui de la libération des otages."),
    ("SUPPORT", "rangé", "Le Japon s'est rangé derrière l'Ukraine."),
    ("SUPPORT", "cautionne", "Le Japon cautionne la démarche de l'Ukraine."),
    ("SUPPORT", "favorable", "Le Japon est favorable à l'adhésion de l'Ukraine."),
    ("SUPPORT", "reconnaissance", "La reconnaissance de l'État de Palestine par l'Espagne a été saluée."),
    # THREATEN: threats waved, a right to respond reserved, readiness to strike back
    ("THREATEN", "agité", "La Russie a agité la menace nucléaire contre l'Ukraine."),
    ("THREATEN", "réserve", "L'Iran se réserve le droit de riposter contre Israël."),
    ("THREATEN", "prêt", "L'Iran est prêt à riposter contre Israël."),
    ("THREATEN", "mise", "La mise en garde de la Russie vise l'Ukraine."),
    # stop 30, second pass: nouns of exhortation and blackmail, pooled efforts, refugees taken in, targets
    # destroyed, hostages taken, media shut, talks broken off, sanctions struck, meals together, picket lines
    ("REQUEST", "exhortation", "L'exhortation du Japon à la Chine est restée lettre morte."),
    ("THREATEN", "fait", "La Russie a fait du chantage au gaz auprès de l'Ukraine."),
    ("THREATEN", "chantage", "Le chantage de la Russie vise l'Ukraine."),
    ("COOPERATE", "conjugué", "Le Niger et le Mali ont conjugué leurs efforts contre les jihadistes."),
    ("COOPERATE", "mutualisé", "Le Niger et le Mali ont mutualisé leurs moyens aériens."),
    ("AID", "volé", "Le Japon a volé au secours de l'Ukraine."),
    ("AID", "accueilli", "La Pologne a accueilli des réfugiés ukrainiens."),
    ("ASSAULT", "ciblé", "Les drones russes ont ciblé des infrastructures ukrainiennes."),
    ("SANCTION", "ciblé", "Les États-Unis ont ciblé la Chine par des sanctions."),
    ("ASSAULT", "détruit", "L'armée ukrainienne a détruit trois chars russes."),
    ("ASSAULT", "pris", "Les rebelles ont pris en otage dix civils."),
    ("ASSAULT", "prise", "La prise d'otages a duré trois jours."),
    ("COERCE", "fermé", "La junte a fermé trois radios privées."),
    ("COERCE", "bloqué", "Le gouvernement a bloqué l'accès à internet."),
    ("REJECT", "rompu", "Le Hamas a rompu les négociations avec Israël."),
    ("REJECT", "ignoré", "La Russie a ignoré les appels à la retenue."),
    ("REJECT", "fait", "La Russie a fait fi des avertissements de l'ONU."),
    ("SANCTION", "frappée", "La Russie a été frappée de sanctions par l'Union européenne."),
    ("SANCTION", "visée", "La Russie a été visée par des sanctions américaines."),
    ("SANCTION", "taxé", "Les États-Unis ont taxé les importations chinoises."),
    ("CONSULT", "dîné", "Le président français a dîné avec son homologue chinois."),
    ("PROTEST", "piquet", "Un piquet de grève bloque l'usine."),
    # concern voiced (third pass)
    ("ACCUSE", "inquiète", "Le Japon s'inquiète des manœuvres de la Chine."),
    ("ACCUSE", "alarmé", "Le Japon s'est alarmé des manœuvres de la Chine."),
    ("ACCUSE", "regrette", "Le Japon regrette la décision de la Chine."),
    ("ACCUSE", "préoccupation", "La préoccupation du Japon face aux manœuvres de la Chine grandit."),
    ("ACCUSE", "inquiétude", "L'inquiétude du Japon concernant les manœuvres de la Chine grandit."),
]

# (type or None, word, sentence): the same words in a reading the new rows must not take for their act
NOT_FOUND = [
    (None, "exprimé", "Le Japon a exprimé son avis sur le calendrier."),
    (None, "fait", "Le Canada a fait des progrès importants cette année."),
    (None, "indigne", "Cette décision indigne le Japon."),
    (None, "saisi", "La police a saisi trois kilos de drogue."),
    (None, "trouvé", "Les enquêteurs ont trouvé un document."),  # "trouver un accord": a support verb of the noun
    (None, "tombé", "Le mur est tombé sur la route."),
    (None, "mis", "Le Japon a mis l'accord en œuvre."),
    (None, "réglé", "Le Japon a réglé la facture."),
    (None, "venu", "Le ministre est venu à Paris."),
    (None, "prêté", "Le ministre a prêté serment."),
    (None, "transféré", "Le club a transféré un joueur."),
    (None, "entraîné", "La crise a entraîné des pertes."),
    (None, "tiré", "Le ministre a tiré un bilan positif sur la coopération."),
    (None, "tendu", "Le Japon a tendu la main à la Chine."),
    (None, "combattu", "Le gouvernement a combattu la corruption."),
    (None, "neutralisé", "La police a neutralisé une bombe."),
    ("COERCE", "emparés", "Les rebelles se sont emparés d'armes."),
    (None, "pris", "Le ministre a pris la parole."),
    (None, "repris", "Les négociations ont repris mardi."),
    (None, "mis", "Le rapport a été mis en ligne."),
    (None, "reste", "Pierre Dupont reste optimiste."),
    (None, "retiré", "Le Japon a retiré sa candidature."),
    (None, "démoli", "Le maire a démoli le vieux stade."),
    ("ACCUSE", "condamnation", "La condamnation de l'attaque de la prison par le Japon a été rapide."),
    ("ACCUSE", "condamné", "Le Japon a condamné les violences en prison."),  # the complement of an act: its own
    (None, "déposé", "Le Japon a déposé un projet de loi."),
    (None, "accédé", "Le Japon a accédé au marché chinois."),
    (None, "envolés", "Les prix se sont envolés de dix pour cent."),
    (None, "conduit", "Le ministre a conduit la voiture."),
    (None, "présidé", "Le ministre a présidé la cérémonie."),
    (None, "assisté", "Le Japon a assisté les victimes."),
    ("CONSULT", "convoqué", "Le Japon a convoqué l'ambassadeur de Chine."),
    ("REQUEST", "appelé", "Le président français a appelé son homologue chinois à la retenue."),
    ("COOPERATE", "échangé", "La France a échangé des informations avec le Japon."),
    (None, "rétabli", "Le gouvernement a rétabli l'électricité."),
    (None, "normalisé", "La banque a normalisé ses taux."),
    (None, "testé", "La France a testé un vaccin."),
    ("PROTEST", "mobilisation", "La mobilisation des syndicats a été massive."),
    (None, "essai", "Un essai clinique a été lancé."),
    (None, "soulevé", "Le ministre a soulevé la question."),
    (None, "contestation", "La contestation des résultats par l'opposition se poursuit."),
    ("PROTEST", "bloqué", "Les manifestants ont bloqué les routes."),
    (None, "tourné", "Le ministre a tourné la page."),
    (None, "plaidoyer", "Le plaidoyer de l'avocat a duré une heure."),
    (None, "rendu", "La France a rendu un rapport."),
    (None, "remis", "Le Japon a remis un rapport."),
    (None, "levé", "Le ministre a levé la séance."),
    (None, "battu", "Le Japon a battu la Chine en finale."),
    (None, "échange", "Un échange de vues a eu lieu."),
    ("COERCE", "interdit", "Le gouvernement a interdit la manifestation."),
    (None, "restreint", "Le Japon a restreint les dépenses."),
    (None, "gelé", "Le Japon a gelé les prix."),
    ("PROTEST", "manifesté", "Les habitants ont manifesté contre la junte."),
    (None, "affiché", "Le Japon a affiché une croissance solide."),
    (None, "présenté", "Le Japon a présenté un plan."),
    (None, "rangé", "Le ministre a rangé ses dossiers."),
    (None, "favorable", "Le vent est favorable."),
    (None, "reconnaissance", "Un vol de reconnaissance a eu lieu."),
    (None, "agité", "Les manifestants ont agité des drapeaux."),
    (None, "réservé", "Le Japon a réservé un accueil chaleureux au ministre."),
    (None, "prêt", "L'Iran est prêt à négocier avec Israël."),
    (None, "mise", "La mise en œuvre de l'accord a commencé."),
    (None, "fait", "La Russie a fait du gaz une arme."),
    (None, "conjugué", "Le verbe est conjugué au passé."),
    (None, "volé", "Les cambrioleurs ont volé des bijoux."),
    ("CONSULT", "accueilli", "La Pologne a accueilli le président ukrainien."),
    (None, "ciblé", "La campagne a ciblé les jeunes électeurs."),
    (None, "détruit", "Le feu a détruit la récolte."),
    (None, "prise", "La prise de parole du ministre a duré une heure."),
    ("SANCTION", "fermé", "La Chine a fermé sa frontière avec le Japon."),
    ("SANCTION", "rompu", "Le Niger a rompu ses relations avec la France."),
    (None, "ignoré", "La Russie a ignoré le chiffre exact."),
    ("ASSAULT", "frappé", "Un missile a frappé la ville."),
    ("ASSAULT", "visé", "Les drones ont visé des bases ukrainiennes."),
    (None, "dîné", "Le président français a dîné à l'Élysée."),
    (None, "piquet", "Un piquet de tente a cédé."),
    (None, "inquiète", "Cette hausse inquiète le Japon."),
    (None, "regrette", "Le ministre regrette son absence."),
    (None, "préoccupation", "La santé est la première préoccupation des électeurs."),
]


@pytest.mark.parametrize("etype, word, text", FOUND)
def test_events_lexicon_fr_reads_the_act(etype, word, text):
    assert reading(text, word) == etype


@pytest.mark.parametrize("etype, word, text", NOT_FOUND)
def test_events_lexicon_fr_leaves_the_other_reading(etype, word, text):
    assert reading(text, word) == etype


# the whole coder on a few rows of each kind: who acts on whom


@pytest.mark.parametrize(
    "text, etype, sides",
    [
        ("Le Japon a exprimé son inquiétude à la Chine.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("Le Japon rend la Chine responsable de la collision.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("Le Japon et la Chine sont tombés d'accord sur un calendrier.", "AGREE", ({"JPN", "CHN"}, {"JPN", "CHN"})),
        ("Le Japon et la Chine ont trouvé un accord sur la frontière.", "AGREE", ({"JPN", "CHN"}, {"JPN", "CHN"})),
        ("Le Japon et la Chine se sont mis d'accord sur un calendrier.", "AGREE", ({"JPN", "CHN"}, {"JPN", "CHN"})),
        ("Le Canada a transféré des armes à l'Ukraine.", "AID", ({"CAN"}, {"UKR"})),
        ("La Suisse a extradé Pierre Dupont vers la France.", "COERCE", ({"CHE"}, {"FRA"})),
        ("Pierre Dupont séjourne à Tokyo depuis mardi.", "CONSULT", ({"FRA"}, {"JPN"})),
        ("Pierre Dupont s'est envolé pour Tokyo.", "CONSULT", ({"FRA"}, {"JPN"})),
        ("Israël a normalisé ses relations avec le Japon.", "COOPERATE", ({"ISR"}, {"JPN"})),
        ("Le Japon a tourné le dos à la Chine.", "REJECT", ({"JPN"}, {"CHN"})),
        ("Le Hamas a rendu trois otages à Israël.", "RETREAT", ({"HAMAS"}, {"ISR"})),
        ("L'Union européenne a exclu la Russie.", "SANCTION", ({"EU"}, {"RUS"})),
        ("La Suisse a gelé son aide à l'Ukraine.", "SANCTION", ({"CHE"}, {"UKR"})),
        ("Le Japon a manifesté sa solidarité avec l'Ukraine.", "SUPPORT", ({"JPN"}, {"UKR"})),
        ("Le Japon a présenté ses condoléances à l'Ukraine.", "SUPPORT", ({"JPN"}, {"UKR"})),
        ("Israël est prêt à riposter contre le Hamas.", "THREATEN", ({"ISR"}, {"HAMAS"})),
        ("La Russie a agité la menace nucléaire contre l'Ukraine.", "THREATEN", ({"RUS"}, {"UKR"})),
        ("La Russie a été frappée de sanctions par l'Union européenne.", "SANCTION", ({"EU"}, {"RUS"})),
        ("Le Hamas a rompu les négociations avec Israël.", "REJECT", ({"HAMAS"}, {"ISR"})),
        ("Le Japon s'inquiète des manœuvres de la Chine.", "ACCUSE", ({"JPN"}, {"CHN"})),
        ("Le Japon regrette la décision de la Chine.", "ACCUSE", ({"JPN"}, {"CHN"})),
    ],
)
def test_events_lexicon_fr_codes_the_sides(text, etype, sides):
    assert sides in realised(run(text, "fr"), etype)


@pytest.mark.parametrize(
    "text, etype",
    [
        ("Le Japon a manifesté sa solidarité avec l'Ukraine.", "PROTEST"),  # solidarity shown is no protest
        ("La Russie a été frappée de sanctions par l'Union européenne.", "ASSAULT"),  # struck with sanctions
        ("Le Japon a exclu la Chine de la liste des candidats retenus par le jury.", "REJECT"),
    ],
)
def test_events_lexicon_fr_codes_no_other_act(text, etype):
    assert not realised(run(text, "fr"), etype)
