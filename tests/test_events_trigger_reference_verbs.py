"""Acts whose verbs and nouns the public CAMEO verb dictionary (PETRARCH2, MIT licence) files under a PLOVER type
and the trigger lexicon lacked (issue 13, stop 39), each class in the language's terms with its near misses (the
same word in another sense reads no act of the type): striking back (ASSAULT: retaliate, retaliation, reprisals;
riposter, représailles), an apology (CONCEDE: apologise, apology; s'excuser, présenter des excuses), a veto and
an objection (REJECT: "objected to", objection; « a opposé une objection »), congratulations offered (SUPPORT:
congratulations; félicitations), a rebuke or a reprimand (ACCUSE: rebuke, reprimand; réprimande), harassment of
a party (COERCE: harass, harassment; harceler, harcèlement), waters or a border patrolled (MOBILIZE: patrol;
patrouiller), aid or funds withheld (SANCTION: withhold), restrictions loosened (CONCEDE: loosen), the entry of
aid authorised (CONCEDE: authorise), a loan granted or extended (AID: loan; prêt), a town assaulted by troops
(ASSAULT: assault), an acquittal (CONCEDE: acquit). Invented sentences; real states."""

from __future__ import annotations

import pytest

import test_events_trigger_paradigms as paradigms
from test_events import coded
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models

KB = paradigms.KB

# real2 dev: "a group considered terrorist in three states" read one of the states accusing the others
TERRORIST = "NOT_YET: terrorist is no disapproval word of a qualifying verb"


def realised(text: str, lang: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (e["type"], {p["code"] for p in e["actors"]}, {p["code"] for p in e["recipients"]})
        for e in coded(text, lang, KB)
        if is_realised(e)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "etype", "actor", "recipient"),
    [
        # striking back
        ("en", "Japan retaliated against China with a wave of air strikes.", "ASSAULT", "JPN", "CHN"),
        ("en", "Russian forces retaliated against Ukraine overnight.", "ASSAULT", "RUS", "UKR"),
        ("en", "Russia carried out reprisals against Ukrainian villages.", "ASSAULT", "RUS", "UKR"),
        ("en", "The Russian retaliation against Ukraine left a bridge in ruins.", "ASSAULT", "RUS", "UKR"),
        ("fr", "La Russie a riposté contre l'Ukraine par des frappes aériennes.", "ASSAULT", "RUS", "UKR"),
        ("fr", "La Russie a mené des représailles contre l'Ukraine.", "ASSAULT", "RUS", "UKR"),
        # an apology
        ("en", "Japan apologised to China for the incident at sea.", "CONCEDE", "JPN", "CHN"),
        ("en", "Japan offered an apology to China on Tuesday.", "CONCEDE", "JPN", "CHN"),
        ("en", "Japan issued a formal apology to China.", "CONCEDE", "JPN", "CHN"),
        ("fr", "Le Japon s'est excusé auprès de la Chine pour l'incident.", "CONCEDE", "JPN", "CHN"),
        ("fr", "Le Japon a présenté ses excuses à la Chine.", "CONCEDE", "JPN", "CHN"),
        # a veto, an objection
        ("en", "Russia objected to Ukraine's membership bid.", "REJECT", "RUS", "UKR"),
        # "raised objections" stays the disapproval an older row of the lexicon reads (with "raised concerns")
        ("en", "Russia raised objections to the plan put forward by Ukraine.", "ACCUSE", "RUS", "UKR"),
        ("en", "Russia's objection to Ukraine's proposal stalled the talks.", "REJECT", "RUS", "UKR"),
        ("fr", "La Russie a opposé une objection à la proposition de l'Ukraine.", "REJECT", "RUS", "UKR"),
        # congratulations
        ("en", "Japan sent its congratulations to China on the launch.", "SUPPORT", "JPN", "CHN"),
        ("en", "Japan extended congratulations to China after the vote.", "SUPPORT", "JPN", "CHN"),
        ("fr", "Le Japon a adressé ses félicitations à la Chine.", "SUPPORT", "JPN", "CHN"),
        # a rebuke, a reprimand
        ("en", "Japan issued a sharp rebuke to China over the incident.", "ACCUSE", "JPN", "CHN"),
        ("en", "China drew a reprimand from Japan for its conduct.", "ACCUSE", "JPN", "CHN"),
        ("fr", "Le Japon a adressé une réprimande à la Chine.", "ACCUSE", "JPN", "CHN"),
        # harassment of a party
        ("en", "Chinese coast guard ships harassed Japanese fishing boats.", "COERCE", "CHN", "JPN"),
        pytest.param(
            "en",
            "Japan protested the harassment of its diplomats by China.",
            "COERCE",
            "CHN",
            "JPN",
            marks=pytest.mark.xfail(reason="NOT_YET: a noun's agent after 'by' under a verb of protest"),
        ),
        ("fr", "Des navires chinois ont harcelé des bateaux de pêche japonais.", "COERCE", "CHN", "JPN"),
        # waters patrolled
        ("en", "Chinese warships patrolled the waters off Japan.", "MOBILIZE", "CHN", "JPN"),
        ("fr", "Des navires de guerre chinois ont patrouillé près des côtes du Japon.", "MOBILIZE", "CHN", "JPN"),
        # aid withheld
        ("en", "Japan withheld aid from China after the vote.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan has withheld funds promised to China.", "SANCTION", "JPN", "CHN"),
        # restrictions loosened
        ("en", "China loosened restrictions on imports from Japan.", "CONCEDE", "CHN", "JPN"),
        # entry of aid authorised
        ("en", "China authorised the entry of aid convoys from Japan.", "CONCEDE", "CHN", "JPN"),
        # a loan
        ("en", "Japan granted a loan to Uganda.", "AID", "JPN", "UGA"),
        ("en", "Japan extended a new loan to Uganda for a railway.", "AID", "JPN", "UGA"),
        ("fr", "Le Japon a accordé un prêt à l'Ouganda.", "AID", "JPN", "UGA"),
        # a town assaulted
        ("en", "Russian troops assaulted the Ukrainian town at dawn.", "ASSAULT", "RUS", "UKR"),
        # an acquittal
        ("en", "A Chinese court acquitted two Japanese nationals of spying.", "CONCEDE", "CHN", "JPN"),
        ("en", "A Chinese court exonerated the Japanese crew of all charges.", "CONCEDE", "CHN", "JPN"),
        ("fr", "Un tribunal chinois a innocenté l'équipage japonais.", "CONCEDE", "CHN", "JPN"),
        # branding a party as something: a qualifying verb's judgement (events.json qualifying_verbs)
        pytest.param(
            "en",
            "Russia branded Ukraine a terrorist state.",
            "ACCUSE",
            "RUS",
            "UKR",
            marks=pytest.mark.xfail(reason=TERRORIST),
        ),
        ("en", "Russia has branded the Ukrainian leaders as criminals.", "ACCUSE", "RUS", "UKR"),
        pytest.param(
            "fr",
            "La Russie a qualifié l'Ukraine d'État terroriste.",
            "ACCUSE",
            "RUS",
            "UKR",
            marks=pytest.mark.xfail(reason=TERRORIST),
        ),
        # disapproval, regret of a decision
        ("en", "Japan disapproved of China's decision to close the port.", "ACCUSE", "JPN", "CHN"),
        ("en", "Japan regretted China's decision to close the port.", "ACCUSE", "JPN", "CHN"),
        # sanctions reimposed
        ("en", "The United States reimposed sanctions on Russia.", "SANCTION", "USA", "RUS"),
        pytest.param(
            "fr",
            "Les États-Unis ont réimposé des sanctions à la Russie.",
            "SANCTION",
            "USA",
            "RUS",
            marks=pytest.mark.xfail(reason="NOT_YET: the parser hangs 'des sanctions' on the rare verb as a modifier"),
        ),
        ("fr", "Les États-Unis ont rétabli les sanctions contre la Russie.", "SANCTION", "USA", "RUS"),
        # entry permitted, funds unblocked
        ("en", "China permitted the entry of Japanese inspectors.", "CONCEDE", "CHN", "JPN"),
        ("en", "The United States unblocked the frozen assets of Afghanistan.", "CONCEDE", "USA", "AFG"),
        # reassurance, appreciation
        ("en", "Japan reassured Ukraine of its continued support.", "SUPPORT", "JPN", "UKR"),
        ("fr", "Le Japon a rassuré l'Ukraine sur son soutien.", "SUPPORT", "JPN", "UKR"),
        ("en", "Japan appreciated the efforts made by China.", "SUPPORT", "JPN", "CHN"),
        # insults
        ("en", "Russia insulted Ukraine's leaders in a televised speech.", "ACCUSE", "RUS", "UKR"),
        ("en", "Russia hurled insults against Ukraine.", "ACCUSE", "RUS", "UKR"),
        pytest.param(
            "en",
            "Russia hurled insults at Ukraine.",
            "ACCUSE",
            "RUS",
            "UKR",
            marks=pytest.mark.xfail(reason="NOT_YET: 'at' is no recipient preposition (it names places)"),
        ),
        ("fr", "La Russie a insulté les dirigeants ukrainiens.", "ACCUSE", "RUS", "UKR"),
        ("fr", "Le président russe s'est moqué de l'Ukraine.", "ACCUSE", "RUS", "UKR"),
        # entry authorised (French)
        ("fr", "La Chine a autorisé l'entrée de convois d'aide japonais.", "CONCEDE", "CHN", "JPN"),
        # acts told by the noun of a verb the lexicon reads, with a determiner and an argument
        ("en", "The United States announced the lifting of sanctions on Russia.", "CONCEDE", "USA", "RUS"),
        ("en", "The United States announced an easing of restrictions on Russia.", "CONCEDE", "USA", "RUS"),
        ("en", "Japan announced a loosening of export controls on China.", "CONCEDE", "JPN", "CHN"),
        ("fr", "Les États-Unis ont annoncé l'assouplissement des sanctions contre la Russie.", "CONCEDE", "USA", "RUS"),
        ("en", "Japan approved the extradition of a Chinese banker.", "COERCE", "JPN", "CHN"),
        ("en", "Japan voiced its endorsement of Ukraine's bid.", "SUPPORT", "JPN", "UKR"),
        ("en", "Japan announced its recognition of Ukraine's independence.", "SUPPORT", "JPN", "UKR"),
        ("en", "China's persecution of Japanese monks drew wide criticism.", "COERCE", "CHN", "JPN"),
        ("en", "China stepped up its intimidation of Japanese fishermen.", "COERCE", "CHN", "JPN"),
        ("en", "Russia's repression of Ukrainian activists has intensified.", "COERCE", "RUS", "UKR"),
        ("en", "Russia ordered the confiscation of Ukrainian grain.", "COERCE", "RUS", "UKR"),
        ("en", "Russia ordered the demolition of Ukrainian homes in the town.", "COERCE", "RUS", "UKR"),
        ("fr", "La Chine a intensifié la persécution des moines japonais.", "COERCE", "CHN", "JPN"),
        ("fr", "La Russie a ordonné la confiscation des céréales ukrainiennes.", "COERCE", "RUS", "UKR"),
        ("fr", "La Russie a ordonné la démolition de maisons ukrainiennes.", "COERCE", "RUS", "UKR"),
        ("fr", "La Chine a multiplié les actes d'intimidation contre les pêcheurs japonais.", "THREATEN", "CHN", "JPN"),
        # disapproval voiced as disappointment, dismay, displeasure (CAMEO disappoint, dismay under disapproval;
        # the rows of express, voice, convey, exprimer and their objects)
        ("fr", "Le Japon a exprimé sa déception à la Chine.", "ACCUSE", "JPN", "CHN"),
        ("en", "Japan expressed disappointment over China's decision.", "ACCUSE", "JPN", "CHN"),
        ("en", "Japan voiced its dismay at China's refusal to talk.", "ACCUSE", "JPN", "CHN"),
        ("en", "Japan conveyed its displeasure with the Chinese decision.", "ACCUSE", "JPN", "CHN"),
        ("en", "Japan expressed indignation over the Chinese raid.", "ACCUSE", "JPN", "CHN"),
        pytest.param(
            "fr",
            "Le Japon a exprimé sa déception face à la décision de la Chine.",
            "ACCUSE",
            "JPN",
            "CHN",
            marks=pytest.mark.xfail(reason="NOT_YET: the author of an act after 'face à' is no recipient"),
        ),
        pytest.param(
            "fr",
            "Le Japon a fait part de son mécontentement à la Chine.",
            "ACCUSE",
            "JPN",
            "CHN",
            marks=pytest.mark.xfail(reason="NOT_YET: the locution 'faire part de' is read as no verb of its object"),
        ),
        pytest.param(
            "fr",
            "Le Japon a exprimé son indignation après la décision chinoise.",
            "ACCUSE",
            "JPN",
            "CHN",
            marks=pytest.mark.xfail(reason="NOT_YET: the author of an act after 'après' is no recipient"),
        ),
        # objects the CAMEO verb patterns give verbs the lexicon has (the rows' object lists)
        ("en", "Japan cut cooperation with China after the incident.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan severed aid to China.", "SANCTION", "JPN", "CHN"),
        ("en", "Japan froze aid to China after the vote.", "SANCTION", "JPN", "CHN"),
        ("en", "Russian troops fired mortars into Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("en", "Japan received the Chinese ambassador in Tokyo.", "CONSULT", "JPN", "CHN"),
        ("en", "Japan expressed gratitude to China for its help.", "SUPPORT", "JPN", "CHN"),
        ("en", "Japan expressed its condemnation of the Chinese raid.", "ACCUSE", "JPN", "CHN"),
        ("en", "China lifted the ban on Japanese seafood.", "CONCEDE", "CHN", "JPN"),
        ("en", "China lifted its boycott of Japanese goods.", "CONCEDE", "CHN", "JPN"),
        ("fr", "Le Japon a coupé sa coopération avec la Chine.", "SANCTION", "JPN", "CHN"),
        ("fr", "Le Japon a exprimé sa gratitude à la Chine pour son aide.", "SUPPORT", "JPN", "CHN"),
        ("fr", "La Chine a levé l'interdiction des produits de la mer japonais.", "CONCEDE", "CHN", "JPN"),
        # a party's claims or commitments put in doubt (as "mettre en cause")
        ("en", "Japan cast doubt on China's account of the collision.", "ACCUSE", "JPN", "CHN"),
        ("fr", "Le Japon a mis en doute les affirmations de la Chine.", "ACCUSE", "JPN", "CHN"),
        ("fr", "Le Japon a remis en question les engagements de la Chine.", "ACCUSE", "JPN", "CHN"),
        # contact made
        ("en", "Japan contacted China about the missing boat.", "CONSULT", "JPN", "CHN"),
        ("fr", "Le Japon a contacté la Chine au sujet du bateau disparu.", "CONSULT", "JPN", "CHN"),
        # light verbs: the act named by the object the verb carries out
        ("en", "Japan participated in talks with China.", "CONSULT", "JPN", "CHN"),
        ("en", "Russia launched a barrage of missiles at Ukraine.", "ASSAULT", "RUS", "UKR"),
        ("en", "Japan imposed a raft of sanctions on Russia.", "SANCTION", "JPN", "RUS"),
        ("en", "Japan gave its backing to Ukraine.", "SUPPORT", "JPN", "UKR"),
        ("en", "Japan reaffirmed its full backing for Ukraine.", "SUPPORT", "JPN", "UKR"),
    ],
)
def test_events_trigger_reference_verbs_are_read(lang, text, etype, actor, recipient):
    found = realised(text, lang)
    assert (etype, {actor}, {recipient}) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "Japan fears retaliation from its trading partners.", "ASSAULT"),
        ("en", "Japan apologised for the delay in the shipment.", "CONCEDE"),
        ("fr", "Le ministre s'est excusé de son retard.", "CONCEDE"),
        ("en", "Japan raised no objection to the schedule.", "REJECT"),
        ("en", "The minister received congratulations on his birthday.", "SUPPORT"),
        ("fr", "Le ministre a reçu des félicitations pour son anniversaire.", "SUPPORT"),
        ("en", "The coach gave the players a rebuke at half time.", "ACCUSE"),
        ("en", "Police patrolled the streets of the capital.", "MOBILIZE"),
        ("en", "Japanese troops patrol at a base in Iraq.", "MOBILIZE"),
        ("fr", "Des soldats japonais patrouillent sur une base en Irak.", "MOBILIZE"),
        ("en", "Japan withheld comment on the report.", "SANCTION"),
        ("en", "Japan loosened its tie before the speech.", "CONCEDE"),
        ("en", "The bank granted a loan to a local bakery.", "AID"),
        ("fr", "La banque a accordé un prêt à une boulangerie.", "AID"),
        ("en", "A man assaulted a neighbour in Tokyo.", "ASSAULT"),
        ("en", "Japan authorised the construction of a bridge.", "CONCEDE"),
        ("en", "The court acquitted the singer of tax fraud.", "CONCEDE"),
        ("fr", "Le Japon s'est acquitté de sa dette.", "CONCEDE"),
        ("fr", "Le Japon s'est qualifié pour la finale face à la Chine.", "ACCUSE"),
        ("fr", "Le ministre chinois a qualifié la rencontre d'historique.", "ACCUSE"),
        ("en", "Japan regrets nothing.", "ACCUSE"),
        ("en", "The player insulted the referee in Tokyo.", "ACCUSE"),
        ("fr", "Le joueur s'est moqué de l'arbitre à Tokyo.", "ACCUSE"),
        ("en", "The figures reassured investors in Japan.", "SUPPORT"),
        ("en", "Readers in Japan can contact the newspaper by email.", "CONSULT"),
        ("en", "The farmer branded his cattle in Japan.", "ACCUSE"),
        ("en", "The easing of inflation in Japan surprised analysts.", "CONCEDE"),
        ("fr", "Le Japon a annoncé l'assouplissement de sa politique monétaire.", "CONCEDE"),
        ("en", "Japan's recognition of the problem came late.", "SUPPORT"),
        ("en", "The demolition of the old stadium in Tokyo began.", "COERCE"),
        ("en", "A Japanese singer signed an endorsement deal with a shoe brand.", "SUPPORT"),
        ("en", "Fans voiced disappointment over the defeat in Tokyo.", "ACCUSE"),
        ("fr", "Les supporters ont exprimé leur déception après la défaite à Tokyo.", "ACCUSE"),
        ("en", "The Japanese minister cut the ribbon at the new bridge.", "SANCTION"),
        ("en", "Japan froze the fish for export.", "SANCTION"),
        ("en", "The athlete expressed gratitude to his coach in Japan.", "SUPPORT"),
        ("fr", "L'athlète a exprimé sa gratitude à son entraîneur au Japon.", "SUPPORT"),
        ("en", "The storm cast a shadow over the festival in Japan.", "ACCUSE"),
        ("fr", "Le ministre japonais a remis en question sa propre stratégie.", "ACCUSE"),
        # a verb of giving whose object is a speech act delivers no aid
        ("en", "Japan delivered a warning to China.", "AID"),
        ("en", "Japan delivered a speech in China.", "AID"),
        ("en", "The court delivered its verdict on the Chinese ship.", "AID"),
        ("en", "The singer performed a string of hits in China.", "ASSAULT"),
        ("en", "The plan has the backing of the whole cabinet.", "SUPPORT"),
    ],
)
def test_events_trigger_reference_verbs_near_misses(lang, text, etype):
    found = realised(text, lang)
    assert not [f for f in found if f[0] == etype], found
