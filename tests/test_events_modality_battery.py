"""A battery of event modality (issue 13), written before any Veille output was read for it: invented sentences,
each with one PLOVER act and the status news gives it (realised, negated, planned, offered, claimed,
hypothetical), in English and French: future and going-to, modal verbs, verbs and adjectives of plan and schedule
("is set to", "is due to", « s'apprête à »), offers, threats, claims and the French conditional of report, negation
and its scope, conditions, time landmarks ("until", « jusqu'à », "before"), infinitives after "agreed to", and near
misses (a done act beside a modal elsewhere, a past act before "until").

Later sections were each written as a class before Veille's output on them was read: abilities and obligations
told in a perfective past (« a pu », "was able to", "had to"), implicative verbs ("chose to", « a osé »), acts nearly
done or not yet done ("nearly", « a failli », "has yet to"), gerunds under verbs of warning or prevention, acts one
is accused of (the passive is read; the active is not yet, with the measure that kept it out), and negations that
restrict or date the act ("not only", « ne … que », "not … until"). One case was written after a first run (the
genitive of a landmark's noun, marked below). Main failed 44 of the 145 status cases and 7 of the 37 near misses;
the cases marked NOT_YET fail for a reason other than modality (the act is not read, a tag), with why.

The scorer reads a status as realised or not (``event_modality``); the flags are checked loosely per status.
Invented sentences; real states (helpers of tests/test_events_real.py).
"""

from __future__ import annotations

import pytest

from test_events_real import run
from veille.analysis.events import is_realised

pytestmark = pytest.mark.e2e  # every test parses with the real spaCy models


#: a case main fails for a reason other than modality (the act is not read), strict
def NOT_YET(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=why)


#: why the act of an active accusation is not read as claimed (the passive one is)
ACTIVE_ACCUSATION = (
    "the act of an active accusation is left done: measured, it lost two real2 dev events that matched other gold acts"
)

#: the (negated, modality) flags each gold status may be told by
ALLOWED = {
    "negated": lambda negated, mood: negated,
    "planned": lambda negated, mood: not negated and mood in ("future", "intended"),
    "offered": lambda negated, mood: not negated and mood in ("intended", "hypothetical", "future"),
    "claimed": lambda negated, mood: not negated and mood in ("alleged", "hypothetical"),
    "hypothetical": lambda negated, mood: not negated and mood in ("hypothetical", "intended", "future"),
}

CASES = [
    # realised: the plain act
    ("en", "Russia attacked Ukraine on Monday.", "ASSAULT", "realised"),
    ("fr", "La Russie a attaqué l'Ukraine lundi.", "ASSAULT", "realised"),
    ("en", "Japan imposed sanctions on Russia last week.", "SANCTION", "realised"),
    ("fr", "Le Japon a imposé des sanctions à la Russie la semaine dernière.", "SANCTION", "realised"),
    # planned: future and going-to
    ("en", "Japan will impose new sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Russia is going to attack Ukraine again, the officer warned.", "ASSAULT", "planned"),
    ("fr", "Le Japon imposera de nouvelles sanctions à la Russie.", "SANCTION", "planned"),
    ("fr", "Le Japon va imposer de nouvelles sanctions à la Russie.", "SANCTION", "planned"),
    # planned: verbs and adjectives of plan and schedule
    ("en", "Japan plans to impose sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Canada intends to send humanitarian aid to Ukraine.", "AID", "planned"),
    ("en", "Japan is set to impose fresh sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Japan is expected to impose fresh sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Canada is due to send humanitarian aid to Ukraine next month.", "AID", "planned"),
    ("en", "Japan is poised to impose fresh sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Japan is scheduled to impose the sanctions on Russia in May.", "SANCTION", "planned"),
    ("en", "Canada is preparing to send humanitarian aid to Ukraine.", "AID", "planned"),
    ("fr", "La France prévoit de sanctionner la Russie.", "SANCTION", "planned"),
    pytest.param(
        "fr",
        "Le Canada compte envoyer une aide humanitaire à l'Ukraine.",
        "AID",
        "planned",
        marks=NOT_YET("the parser reads « Canada compte » as one name"),
    ),
    ("fr", "Le Japon envisage d'imposer des sanctions à la Russie.", "SANCTION", "planned"),
    ("fr", "Le Japon s'apprête à imposer des sanctions à la Russie.", "SANCTION", "planned"),
    pytest.param(
        "fr",
        "Le Japon est sur le point d'imposer des sanctions à la Russie.",
        "SANCTION",
        "planned",
        marks=NOT_YET("no act read: the infinitive hangs on the noun « point »"),
    ),
    ("fr", "La signature de l'accord entre la Chine et le Japon est attendue vendredi.", "AGREE", "planned"),
    # planned: the infinitive after an agreement (the agreement itself is done)
    ("en", "Russia agreed to withdraw its troops from Ukraine.", "RETREAT", "planned"),
    ("fr", "La Russie a accepté de retirer ses troupes d'Ukraine.", "RETREAT", "planned"),
    ("fr", "La Russie a convenu de retirer ses troupes d'Ukraine.", "RETREAT", "planned"),
    # realised: verbs that imply their infinitive act is done when they are (implicative verbs)
    ("en", "Japan chose to impose sanctions on Russia.", "SANCTION", "realised"),
    ("en", "Japan opted to impose sanctions on Russia.", "SANCTION", "realised"),
    ("en", "Japan rushed to send humanitarian aid to Ukraine.", "AID", "realised"),
    ("en", "Japan hastened to condemn Russia.", "ACCUSE", "realised"),
    ("en", "Japan dared to condemn China.", "ACCUSE", "realised"),
    ("en", "Japan moved quickly to impose sanctions on Russia.", "SANCTION", "realised"),
    pytest.param(
        "en",
        "Japan went on to impose sanctions on Russia.",
        "SANCTION",
        "realised",
        marks=NOT_YET("the parser reads 'to impose' as the purpose of 'went on'"),
    ),
    ("en", "Japan helped Ukraine sign an agreement with Russia.", "AGREE", "realised"),
    ("fr", "Le Japon a choisi d'imposer des sanctions à la Russie.", "SANCTION", "realised"),
    ("fr", "Le Japon a osé condamner la Chine.", "ACCUSE", "realised"),
    ("fr", "Le Japon s'est empressé de condamner la Russie.", "ACCUSE", "realised"),
    pytest.param(
        "fr",
        "Le Japon a tenu à condamner la Russie.",
        "ACCUSE",
        "realised",
        marks=NOT_YET(
            "« tenir à » is done in the passé composé, a wish in the present (« tient à rencontrer »): "
            "not read by tense"
        ),
    ),
    ("fr", "Le Japon a fini par imposer des sanctions à la Russie.", "SANCTION", "realised"),
    ("fr", "Le Japon a opté pour imposer des sanctions à la Russie.", "SANCTION", "realised"),
    # not done: the same verbs under a modal, a future, a negation
    ("en", "Japan may choose to impose sanctions on Russia.", "SANCTION", "hypothetical"),
    ("fr", "Le Japon n'a pas osé condamner la Chine.", "ACCUSE", "negated"),
    ("en", "Japan did not dare to condemn China.", "ACCUSE", "negated"),
    # hypothetical: modal verbs
    ("en", "Russia may attack Ukraine again this winter.", "ASSAULT", "hypothetical"),
    ("en", "China could impose sanctions on Japan.", "SANCTION", "hypothetical"),
    ("en", "Japan should impose sanctions on Russia, the senator said.", "SANCTION", "hypothetical"),
    ("en", "Canada must send more aid to Ukraine.", "AID", "hypothetical"),
    ("fr", "La Russie pourrait attaquer l'Ukraine cet hiver.", "ASSAULT", "hypothetical"),
    ("fr", "Le Japon devrait imposer des sanctions à la Russie.", "SANCTION", "hypothetical"),
    pytest.param(
        "fr",
        "Le Canada doit envoyer davantage d'aide à l'Ukraine.",
        "AID",
        "hypothetical",
        marks=NOT_YET("no act read: « davantage d'aide » is no object the lexicon reads"),
    ),
    # ability: done when told in a perfective past (« a pu », "was able to"), else possible
    ("fr", "Le Canada a pu envoyer une aide humanitaire à l'Ukraine.", "AID", "realised"),
    ("fr", "La Chine a enfin pu rencontrer le Japon à Tokyo.", "CONSULT", "realised"),
    ("fr", "Le Japon et la Chine ont pu signer un accord vendredi.", "AGREE", "realised"),
    pytest.param(
        "fr",
        "Une aide humanitaire a pu être envoyée par le Canada en Ukraine.",
        "AID",
        "realised",
        marks=NOT_YET("no act read: the passive under « a pu » finds no AID"),
    ),
    ("en", "Canada was able to send humanitarian aid to Ukraine.", "AID", "realised"),
    ("en", "China and Japan were able to sign an agreement on Friday.", "AGREE", "realised"),
    ("en", "Canada managed to send humanitarian aid to Ukraine.", "AID", "realised"),
    ("fr", "Le Japon n'a pas pu signer l'accord avec la Chine.", "AGREE", "negated"),
    ("en", "Japan was not able to sign the agreement with China.", "AGREE", "negated"),
    ("en", "Japan was unable to sign the agreement with China.", "AGREE", "negated"),
    ("fr", "Le Japon avait pu signer un accord avec la Chine en mars.", "AGREE", "realised"),
    ("fr", "La Chine peut rencontrer le Japon dès vendredi.", "CONSULT", "hypothetical"),
    ("fr", "La Chine pouvait encore rencontrer le Japon avant le vote.", "CONSULT", "hypothetical"),
    ("fr", "Le Japon aurait pu imposer des sanctions à la Russie.", "SANCTION", "hypothetical"),
    ("fr", "La Chine pourra rencontrer le Japon en mai.", "CONSULT", "hypothetical"),
    ("en", "Japan will be able to impose sanctions on Russia.", "SANCTION", "planned"),
    ("en", "Japan could have imposed sanctions on Russia.", "SANCTION", "hypothetical"),
    ("en", "Canada is able to send more aid to Ukraine.", "AID", "hypothetical"),
    # planned: "is to", "is about to", « est censé »; not yet done: "has yet to", « n'a toujours pas »
    ("en", "Japan is to impose new sanctions on Russia from May.", "SANCTION", "planned"),
    ("en", "Japan is about to impose new sanctions on Russia.", "SANCTION", "planned"),
    pytest.param(
        "fr",
        "Le Japon est censé imposer des sanctions à la Russie en mai.",
        "SANCTION",
        "planned",
        marks=NOT_YET("no act read: no actor found through the adjective « censé »"),
    ),
    ("en", "Japan has yet to impose sanctions on Russia.", "SANCTION", "negated"),
    ("fr", "Le Japon n'a toujours pas imposé de sanctions à la Russie.", "SANCTION", "negated"),
    # a near act is not done: "nearly", "almost", « a failli », "stopped short of"
    ("en", "Russia nearly attacked Ukraine in March.", "ASSAULT", "negated"),
    ("en", "Japan almost imposed sanctions on Russia last year.", "SANCTION", "negated"),
    ("fr", "La Russie a failli attaquer l'Ukraine en mars.", "ASSAULT", "negated"),
    pytest.param(
        "en",
        "Japan stopped short of imposing sanctions on Russia.",
        "SANCTION",
        "negated",
        marks=NOT_YET("no act read: the gerund hangs on the adverb « short »"),
    ),
    # an aim: "in a bid to", « en vue de », "warned against"
    pytest.param(
        "en",
        "Japan met China in a bid to sign an agreement with Russia.",
        "AGREE",
        "planned",
        marks=NOT_YET("no act read: the infinitive hangs on the noun « bid »"),
    ),
    pytest.param(
        "fr",
        "Le Japon a rencontré la Chine en vue de signer un accord avec la Russie.",
        "AGREE",
        "planned",
        marks=NOT_YET("no act read: the infinitive hangs on the noun « vue »"),
    ),
    ("en", "Japan warned Russia against attacking Ukraine.", "ASSAULT", "hypothetical"),
    ("en", "Japan prevented Russia from attacking Ukraine.", "ASSAULT", "negated"),
    ("en", "Russia refrained from attacking Ukraine.", "ASSAULT", "negated"),
    # obligation: done when told in the simple past ("had to"), else not yet
    ("en", "Russia had to withdraw its troops from Ukraine.", "RETREAT", "realised"),
    ("en", "Japan had to impose sanctions on Russia after the vote.", "SANCTION", "realised"),
    ("en", "Russia has to withdraw its troops from Ukraine.", "RETREAT", "hypothetical"),
    ("en", "Russia will have to withdraw its troops from Ukraine.", "RETREAT", "planned"),
    ("en", "Russia would have to withdraw its troops from Ukraine.", "RETREAT", "hypothetical"),
    ("en", "Japan had yet to impose sanctions on Russia in March.", "SANCTION", "negated"),
    ("en", "Russia did not have to withdraw its troops from Ukraine.", "RETREAT", "negated"),
    # hypothetical: conditions
    ("en", "If Russia attacks Ukraine, Japan will respond.", "ASSAULT", "hypothetical"),
    ("en", "Japan will lift its sanctions unless Russia attacks Ukraine again.", "ASSAULT", "hypothetical"),
    ("fr", "Si la Russie attaque l'Ukraine, le Japon réagira.", "ASSAULT", "hypothetical"),
    (
        "fr",
        "Le Japon lèvera ses sanctions à condition que la Russie retire ses troupes d'Ukraine.",
        "RETREAT",
        "hypothetical",
    ),
    (
        "en",
        "Japan will lift its sanctions provided that Russia withdraws its troops from Ukraine.",
        "RETREAT",
        "hypothetical",
    ),
    (
        "en",
        "Japan will lift its sanctions as long as Russia withdraws its troops from Ukraine.",
        "RETREAT",
        "hypothetical",
    ),
    (
        "fr",
        "Le Japon lèvera ses sanctions pourvu que la Russie retire ses troupes d'Ukraine.",
        "RETREAT",
        "hypothetical",
    ),
    # offered: offers and proposals
    ("en", "Japan offered to send humanitarian aid to Ukraine.", "AID", "offered"),
    ("fr", "Le Japon a proposé d'envoyer une aide humanitaire à l'Ukraine.", "AID", "offered"),
    ("en", "Canada said it was ready to send more aid to Ukraine.", "AID", "offered"),
    pytest.param(
        "fr",
        "Le Canada s'est dit prêt à envoyer une aide humanitaire à l'Ukraine.",
        "AID",
        "offered",
        marks=NOT_YET("no act read: no actor found through the adjective « prêt »"),
    ),
    ("en", "Canada is willing to send more aid to Ukraine.", "AID", "offered"),
    # threats: the threatened act is not done
    ("en", "Russia threatened to attack Ukraine.", "ASSAULT", "hypothetical"),
    ("en", "China threatened to impose sanctions on Japan.", "SANCTION", "hypothetical"),
    ("fr", "La Russie a menacé de frapper l'Ukraine.", "ASSAULT", "hypothetical"),
    ("en", "Russia warned that it would attack Ukraine.", "ASSAULT", "hypothetical"),
    # claimed: hearsay, the French conditional of report
    ("en", "Russia reportedly attacked Ukraine on Monday.", "ASSAULT", "claimed"),
    ("en", "Russia allegedly attacked Ukraine on Monday.", "ASSAULT", "claimed"),
    ("en", "Russia is said to have attacked Ukraine on Monday.", "ASSAULT", "claimed"),
    ("fr", "La Russie aurait attaqué l'Ukraine lundi.", "ASSAULT", "claimed"),
    ("fr", "Selon Kiev, la Russie aurait frappé l'Ukraine lundi.", "ASSAULT", "claimed"),
    ("fr", "La Russie aurait prétendument attaqué l'Ukraine lundi.", "ASSAULT", "claimed"),
    ("en", "Ukraine claimed that Russia had attacked its ports.", "ASSAULT", "claimed"),
    # claimed: the act one party accuses or suspects another of (the accusation itself is done)
    pytest.param(
        "en",
        "Ukraine accused Russia of attacking its ports.",
        "ASSAULT",
        "claimed",
        marks=NOT_YET(ACTIVE_ACCUSATION),
    ),
    pytest.param(
        "en",
        "Ukraine has accused Russia of sending troops into Crimea.",
        "MOBILIZE",
        "claimed",
        marks=NOT_YET(ACTIVE_ACCUSATION),
    ),
    ("en", "Russia is accused of attacking Ukraine's ports.", "ASSAULT", "claimed"),
    ("en", "Russia is suspected of attacking Ukraine's ports.", "ASSAULT", "claimed"),
    pytest.param(
        "en",
        "Russia has been accused by Ukraine of sending troops into Crimea.",
        "MOBILIZE",
        "claimed",
        marks=NOT_YET("no act read: no actor found for the gerund after a passive with its agent"),
    ),
    ("fr", "La Russie est accusée d'avoir attaqué l'Ukraine.", "ASSAULT", "claimed"),
    pytest.param(
        "fr",
        "L'Ukraine a accusé la Russie d'avoir attaqué ses ports.",
        "ASSAULT",
        "claimed",
        marks=NOT_YET(ACTIVE_ACCUSATION),
    ),
    pytest.param(
        "fr",
        "L'Ukraine accuse la Russie d'attaquer ses ports.",
        "ASSAULT",
        "claimed",
        marks=NOT_YET(ACTIVE_ACCUSATION),
    ),
    pytest.param(
        "fr",
        "La Russie est soupçonnée d'avoir attaqué les ports ukrainiens.",
        "ASSAULT",
        "claimed",
        marks=NOT_YET("no act read: « les ports ukrainiens » gives no target"),
    ),
    # negated: negation and its scope
    ("en", "Russia did not attack Ukraine on Monday.", "ASSAULT", "negated"),
    ("en", "Japan never imposed sanctions on Russia.", "SANCTION", "negated"),
    ("fr", "La Russie n'a pas attaqué l'Ukraine lundi.", "ASSAULT", "negated"),
    ("fr", "Le Japon n'a jamais imposé de sanctions à la Russie.", "SANCTION", "negated"),
    ("en", "Japan refused to impose sanctions on Russia.", "SANCTION", "negated"),
    ("fr", "Le Japon a refusé d'imposer des sanctions à la Russie.", "SANCTION", "negated"),
    ("en", "Russia denied attacking Ukraine.", "ASSAULT", "negated"),
    ("en", "Russia denied that it had attacked Ukraine.", "ASSAULT", "negated"),
    ("fr", "La Russie a nié avoir attaqué l'Ukraine.", "ASSAULT", "negated"),
    ("fr", "La Russie a démenti avoir attaqué l'Ukraine.", "ASSAULT", "negated"),
    ("en", "Japan failed to impose sanctions on Russia.", "SANCTION", "negated"),
    ("fr", "Le Japon n'a pas exclu d'imposer des sanctions à la Russie.", "SANCTION", "hypothetical"),
    ("en", "Japan did not rule out imposing sanctions on Russia.", "SANCTION", "hypothetical"),
    # a negation with its partner after « avant que » is one
    ("fr", "Le Japon a rencontré la Chine avant que la Russie n'attaque pas l'Ukraine.", "ASSAULT", "negated"),
    # a negation that stays one beside a restriction's words
    ("en", "Japan has not imposed sanctions on Russia since March.", "SANCTION", "negated"),
    ("fr", "Le Japon n'a pas imposé de sanctions à la Russie, que la Chine soutient.", "SANCTION", "negated"),
    pytest.param(
        "fr",
        "Le Japon ne signera l'accord avec la Chine que si la Russie se retire.",
        "AGREE",
        "hypothetical",
        marks=NOT_YET("the tagger reads « signera » as a participle; the act stays unrealised, read as negated"),
    ),
    # time landmarks: an act still to come
    ("en", "Japan will keep its sanctions until Russia withdraws its troops from Ukraine.", "RETREAT", "planned"),
    ("en", "The sanctions stay in force until Russia withdraws its troops from Ukraine.", "RETREAT", "planned"),
    pytest.param(
        "fr",
        "Les sanctions resteront en vigueur jusqu'au retrait des troupes russes d'Ukraine.",
        "RETREAT",
        "planned",
        marks=NOT_YET("no act read: « retrait des troupes russes » gives no RETREAT"),
    ),
    ("en", "Japan wants to meet China before Russia attacks Ukraine.", "ASSAULT", "hypothetical"),
    (
        "fr",
        "Les sanctions resteront en vigueur jusqu'à ce que la Russie retire ses troupes d'Ukraine.",
        "RETREAT",
        "planned",
    ),
    ("fr", "Le Japon veut rencontrer la Chine avant que la Russie n'attaque l'Ukraine.", "ASSAULT", "hypothetical"),
    ("fr", "Le Japon lèvera ses sanctions à moins que la Russie n'attaque l'Ukraine.", "ASSAULT", "hypothetical"),
    # the genitive of a landmark's noun (written after the first run: « jusqu'au retrait des troupes » is not read)
    (
        "fr",
        "Les sanctions resteront en vigueur jusqu'à la signature de l'accord entre la Chine et le Japon.",
        "AGREE",
        "planned",
    ),
]

NEAR_MISSES = [
    # a done act beside a modal, a future or a plan elsewhere in the sentence
    ("en", "Russia attacked Ukraine on Monday, and Japan may respond.", "ASSAULT"),
    ("fr", "La Russie a attaqué l'Ukraine lundi et le Japon pourrait réagir.", "ASSAULT"),
    ("en", "Japan, which imposed sanctions on Russia in March, will meet China next week.", "SANCTION"),
    ("fr", "Le Japon, qui a imposé des sanctions à la Russie en mars, rencontrera la Chine.", "SANCTION"),
    ("en", "Japan plans new measures after Russia attacked Ukraine.", "ASSAULT"),
    ("fr", "Le Japon prévoit de nouvelles mesures après que la Russie a attaqué l'Ukraine.", "ASSAULT"),
    # a past act before "until", « jusqu'à »: the landmark was reached
    ("en", "Russia shelled Ukraine until the ceasefire took effect.", "ASSAULT"),
    ("en", "Russia shelled Ukraine until Monday.", "ASSAULT"),
    ("fr", "La Russie a bombardé l'Ukraine jusqu'à l'aube.", "ASSAULT"),
    ("en", "The fighting lasted until Russia withdrew its troops from Ukraine.", "RETREAT"),
    ("en", "Japan kept its sanctions until Russia withdrew its troops from Ukraine.", "RETREAT"),
    pytest.param(
        "fr",
        "Le Japon a maintenu ses sanctions jusqu'au retrait des troupes russes d'Ukraine.",
        "RETREAT",
        marks=NOT_YET("no act read: « retrait des troupes russes » gives no RETREAT"),
    ),
    ("en", "Japan kept its sanctions on Russia until the withdrawal of Russian troops from Ukraine.", "RETREAT"),
    pytest.param(
        "fr",
        "Les sanctions sont restées en vigueur jusqu'à la signature de l'accord entre la Chine et le Japon.",
        "AGREE",
        marks=NOT_YET("the parser reads « sont restées » as a present passive"),
    ),
    ("fr", "Le Japon a maintenu ses sanctions jusqu'à ce que la Russie retire ses troupes d'Ukraine.", "RETREAT"),
    ("en", "Japan imposed sanctions on Russia before China met Japan.", "SANCTION"),
    # the agreement is done, the infinitive after it is not; a decision told as done
    ("en", "Russia and Ukraine signed an agreement in Geneva, and Russia agreed to free prisoners.", "AGREE"),
    # an accusation is done; a past perfect before a landmark is done
    ("en", "Ukraine condemned Russia, which had attacked its ports before the talks.", "ACCUSE"),
    ("en", "Russia had attacked Ukraine before the summit.", "ASSAULT"),
    ("fr", "La Russie avait attaqué l'Ukraine avant le sommet.", "ASSAULT"),
    # a gerund after a verb that neither wants nor prevents it; "yet again"; nearness of a number
    ("en", "Japan condemned Russia for attacking Ukraine.", "ASSAULT"),
    ("en", "Japan has yet again imposed sanctions on Russia.", "SANCTION"),
    ("en", "Russia attacked Ukraine with nearly 100 drones.", "ASSAULT"),
    # the accusation is done; an act confirmed or admitted is done
    ("en", "Ukraine accused Russia of attacking its ports.", "ACCUSE"),
    ("fr", "L'Ukraine a accusé la Russie d'avoir attaqué ses ports.", "ACCUSE"),
    ("en", "Russia admitted attacking Ukraine's ports.", "ASSAULT"),
    ("fr", "La Russie a reconnu avoir attaqué l'Ukraine.", "ASSAULT"),
    ("en", "Russia confirmed that it had attacked Ukraine.", "ASSAULT"),
    # a negation that does not deny the act: "not only", « non seulement », a restriction « ne … que »,
    # "not … until" (the act came later)
    ("en", "Japan not only condemned Russia but also imposed sanctions on it.", "ACCUSE"),
    ("en", "Japan did not only condemn Russia, it imposed sanctions on it.", "ACCUSE"),
    ("fr", "Le Japon a non seulement condamné la Russie, mais il lui a aussi imposé des sanctions.", "ACCUSE"),
    ("fr", "Le Japon n'a imposé que des sanctions limitées à la Russie.", "SANCTION"),
    ("fr", "La Russie n'a attaqué l'Ukraine qu'en mars.", "ASSAULT"),
    ("en", "Japan did not impose sanctions on Russia until March.", "SANCTION"),
    ("fr", "Le Japon n'a imposé de sanctions à la Russie qu'après le sommet.", "SANCTION"),
    # a negation in another clause
    ("en", "Japan did not say when it would meet China, but it condemned Russia.", "ACCUSE"),
    ("fr", "Le Japon n'a pas précisé la date, mais il a condamné la Russie.", "ACCUSE"),
]


@pytest.mark.parametrize("lang, text, etype, status", CASES)
def test_events_modality_battery_status(lang, text, etype, status):
    events = [e for e in run(text, lang) if e["type"] == etype]
    assert events, f"no {etype} read"
    if status == "realised":
        assert any(is_realised(e) for e in events)
        return
    assert not any(is_realised(e) for e in events)
    assert any(ALLOWED[status](e["negated"], e["modality"]) for e in events), [
        (e["negated"], e["modality"]) for e in events
    ]


@pytest.mark.parametrize("lang, text, etype", NEAR_MISSES)
def test_events_modality_battery_near_miss_is_realised(lang, text, etype):
    events = [e for e in run(text, lang) if e["type"] == etype]
    assert events, f"no {etype} read"
    assert any(is_realised(e) for e in events), [(e["negated"], e["modality"]) for e in events]
