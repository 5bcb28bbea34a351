"""English reported speech as a wire story prints it (issue 12, helper qen6): a battery of invented news sentences,
one per shape, each with the start the real-news golds give the reported content (GOLD.md: the first words of the
content, after "that"; the eval matches a gold quote when those words are inside the predicted span) and its
speaker. The shapes are those of the language, not of any tuned text: the speech verbs of a wire story in every
tense, with "that" or a bare clause; the source before or after the clause ("according to X", "X says", "X told
reporters", "X said in a statement"); spokespersons and offices; long clauses over commas; quoted words inside a
reported clause; "he added" after the clause. Invented people, places and statements only."""

from __future__ import annotations

import pytest

from test_quotes import run

#: invented people and bodies: id -> (canonical name, type, surface forms)
CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval", "the transport minister"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "mintr": (
        "Ministry of Transport of Valdor",
        "ORG",
        ["Ministry of Transport", "the transport ministry", "Valdor's transport ministry"],
    ),
    "harbour": ("Brevonne Harbour Authority", "ORG", ["Brevonne Harbour Authority", "the harbour authority"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "ostrel": ("Ostrel", "GPE", ["Ostrel"]),
}

K, D, M, H = "Anna Korval", "Milo Dessart", "Ministry of Transport of Valdor", "Brevonne Harbour Authority"

#: (text, the first words of the reported content as the gold gives them, the speaker)
BATTERY = [
    # a speech verb and "that", in every tense
    ("Anna Korval said that the bridge would reopen in March.", "the bridge would reopen in March", K),
    ("Anna Korval says that the bridge will reopen in March.", "the bridge will reopen in March", K),
    ("Anna Korval has said that the bridge will reopen in March.", "the bridge will reopen", K),
    ("Anna Korval had warned that the dam could fail after heavy rain.", "the dam could fail", K),
    ("Anna Korval will tell parliament that the bridge is safe.", "the bridge is safe", K),
    ("Anna Korval added that the tolls would be cut by half.", "the tolls would be cut", K),
    ("Anna Korval stressed that no decision had been taken yet.", "no decision had been taken", K),
    ("Anna Korval insisted that her ministry had done nothing wrong.", "her ministry had done nothing", K),
    ("Anna Korval denied that the inspectors had been dismissed.", "the inspectors had been dismissed", K),
    ("Anna Korval acknowledged that the repairs had taken too long.", "the repairs had taken too long", K),
    ("Anna Korval argued that the new tolls were unfair to farmers.", "the new tolls were unfair", K),
    ("Anna Korval claimed that the contractor had cut corners.", "the contractor had cut corners", K),
    ("Anna Korval warned on Tuesday that the dam could fail.", "the dam could fail", K),
    # a bare clause
    ("Anna Korval said the bridge would reopen in March.", "the bridge would reopen in March", K),
    ("Anna Korval says the bridge will reopen in March.", "the bridge will reopen in March", K),
    ("Anna Korval denied the inspectors had been dismissed.", "the inspectors had been dismissed", K),
    ("Anna Korval admitted mistakes had been made during the repairs.", "mistakes had been made", K),
    ("Anna Korval confirmed the bridge would reopen in March.", "the bridge would reopen", K),
    ("Anna Korval said Tuesday the bridge would reopen in March.", "the bridge would reopen", K),
    ("Anna Korval said she expected the bridge to reopen in March.", "she expected the bridge to reopen", K),
    # told, and an audience or a medium
    ("Anna Korval told reporters the bridge would reopen in March.", "the bridge would reopen", K),
    ("Anna Korval told reporters that the bridge would reopen in March.", "the bridge would reopen", K),
    ("Anna Korval told parliament on Tuesday that the bridge was safe.", "the bridge was safe", K),
    ("Anna Korval told a news conference in Ostrel the bridge was safe.", "the bridge was safe", K),
    ("Anna Korval said in a statement that the bridge would reopen.", "the bridge would reopen", K),
    ("Anna Korval wrote on social media that the bridge would reopen.", "the bridge would reopen", K),
    ("Anna Korval said in an interview with a local radio station that the bridge was safe.", "the bridge was safe", K),
    # the source after the clause
    ("The bridge will reopen in March, Anna Korval said.", "The bridge will reopen in March", K),
    ("The bridge will reopen in March, said Anna Korval.", "The bridge will reopen in March", K),
    ("The bridge will reopen in March, Anna Korval says.", "The bridge will reopen in March", K),
    ("The bridge will reopen in March, Anna Korval told reporters.", "The bridge will reopen", K),
    ("The bridge will reopen in March, Anna Korval said in a statement.", "The bridge will reopen", K),
    ("The bridge will reopen in March, the Ministry of Transport said in a statement.", "The bridge will reopen", M),
    ("The bridge will reopen in March, according to Anna Korval.", "The bridge will reopen", K),
    ("According to Anna Korval, the bridge will reopen in March.", "the bridge will reopen in March", K),
    ("The bridge will reopen in March, according to the Ministry of Transport.", "The bridge will reopen", M),
    (
        "According to a Brevonne Harbour Authority statement, the port will close on Friday.",
        "the port will close on Friday",
        H,
    ),
    ("The bridge, Anna Korval said, will reopen in March.", "The bridge", K),
    # who speaks: roles, spokespersons, offices, institutions
    ("Transport Minister Anna Korval said the bridge would reopen.", "the bridge would reopen", K),
    ("Anna Korval, the transport minister, said the bridge would reopen.", "the bridge would reopen", K),
    ("A spokesman for the Ministry of Transport said the bridge would reopen.", "the bridge would reopen", M),
    ("A spokeswoman for the Brevonne Harbour Authority said the port would close.", "the port would close", H),
    ("The Ministry of Transport said in a statement that the bridge would reopen.", "the bridge would reopen", M),
    ("In a statement, the Ministry of Transport said the bridge would reopen.", "the bridge would reopen", M),
    ("The Brevonne Harbour Authority said it had closed the port.", "it had closed the port", H),
    ("Anna Korval, speaking at a news conference in Ostrel, said the bridge was safe.", "the bridge was safe", K),
    ("Anna Korval was quoted as saying that the bridge was safe.", "the bridge was safe", K),
    # long clauses, over commas
    (
        "Anna Korval said that the bridge, which was damaged in the floods last year, would reopen in March.",
        "the bridge, which was damaged in",
        K,
    ),
    (
        "Anna Korval said that if the rain continued, the bridge would stay closed until April.",
        "if the rain continued, the bridge",
        K,
    ),
    (
        "Anna Korval told parliament that the bridge, closed since the floods, would reopen once the inspectors, "
        "who arrived on Monday, had finished their work.",
        "the bridge, closed since the floods",
        K,
    ),
    # a bare clause parted from its subject by an adjunct between commas (the parser reads the subject as an object)
    ("Anna Korval said the bridge, despite the storm, was safe.", "the bridge, despite the storm", K),
    ("Anna Korval said the talks, despite the delays, were going well.", "the talks, despite the delays", K),
    # quoted words inside a reported clause
    ('Anna Korval said the delay was "regrettable" but unavoidable.', "the delay was", K),
    ("Anna Korval said the contractor had shown “total contempt” for the rules.", "the contractor had shown", K),
    # a reported clause, then "he added", "adding"
    ("Anna Korval said the bridge was safe. The tolls will be cut next year, she added.", "The tolls will be cut", K),
    ("The bridge is safe, Anna Korval said, adding that the tolls would be cut.", "the tolls would be cut", K),
    ("Anna Korval said the bridge was safe but warned that the tolls would rise.", "the tolls would rise", K),
    # two speakers' reports in one sentence
    (
        "Anna Korval said the bridge would reopen, while Milo Dessart said it would stay shut for a year.",
        "it would stay shut for a year",
        D,
    ),
    ("Anna Korval said the bridge would reopen, but Milo Dessart said it would stay shut.", "it would stay shut", D),
    # a pronoun for the speaker named before
    ("Anna Korval visited the dam on Monday. She said the walls were sound.", "the walls were sound", K),
    ("The Ministry of Transport closed the bridge. It said the cables had rusted.", "the cables had rusted", M),
    # a bare clause with an expletive subject
    ("Anna Korval said there was no evidence that the cables had rusted.", "there was no evidence", K),
    ("Anna Korval told reporters there were no casualties.", "there were no casualties", K),
    # a stance noun voiced by the subject of its verb, with its that-clause
    ("Anna Korval expressed concern that the dam could fail.", "the dam could fail", K),
    ("Anna Korval expressed hope that the bridge would reopen in March.", "the bridge would reopen", K),
    ("The Ministry of Transport voiced confidence that the repairs would end soon.", "the repairs would end", M),
    ("Anna Korval made the claim that the contractor had cut corners.", "the contractor had cut corners", K),
    ("Anna Korval issued a warning that the dam could fail.", "the dam could fail", K),
    # a position stated through a speech verb's object: the need, the importance of something
    ("Anna Korval stressed the need for a quick inquiry into the collapse.", "the need for a quick inquiry", K),
    ("The Ministry of Transport noted the importance of regular inspections.", "the importance of regular", M),
    ("Anna Korval also underlined the necessity of an immediate ceasefire.", "the necessity of an immediate", K),
    # "they" for the subject and the partner of the act before ("X met with Y. They said…")
    (
        "Anna Korval met with Milo Dessart in Ostrel on Friday. They also stressed the need for open trade.",
        "the need for open trade",
        K,
    ),
    ("Anna Korval met with Milo Dessart on Friday. They said the border would reopen.", "the border would reopen", D),
    # the speaker named with a relative clause or an apposition before a speech act of their own
    (
        "Milo Dessart, who lives in Ostrel, has denied any role. He said the bridge was safe.",
        "the bridge was safe",
        D,
    ),
    (
        "Milo Dessart, an engineer, has denied any role. On Monday he said the bridge was safe.",
        "the bridge was safe",
        D,
    ),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, who", BATTERY)
def test_quotes_reported_battery_reads_clause_and_speaker(text: str, start: str, who: str) -> None:
    quotes = run(text, "en", CAST)
    assert any(start in q["text"] and who in {s["name"] for s in q["speakers"]} for q in quotes), quotes


#: near misses: no statement of the speaker (an indirect question, a stance nobody voices, a clause that is not
#: what was said), or not the speaker the phrase seems to name
NEAR_MISSES = [
    # "they" after a partner of the subject's act that is no person named ("met with farmers"): nobody named speaks
    ("Anna Korval met with farmers in Ostrel on Friday. They said the border would reopen.", "the border would", K),
    # an indirect question: the golds list none on their English dev texts (none printed there); Veille reads none
    ("Milo Dessart asked whether the bridge would reopen before the winter.", "the bridge would reopen", D),
    # a stance noun with no speaker: nobody voices it, or someone shares another's
    ("The concern that the dam could fail grew after the storm.", "the dam could fail", K),
    ("Anna Korval shared the concern that the dam could fail.", "the dam could fail", K),
    # the need or the importance as the object of a verb that is no speech verb
    ("Anna Korval met the need for a quick inquiry into the collapse.", "the need for a quick", K),
    # the second speaker's words are not the first one's report
    (
        "Anna Korval said the bridge would reopen, while Milo Dessart said it would stay shut for a year.",
        "it would stay shut",
        K,
    ),
    # an object and a relative clause between commas: no clause reported
    ("Anna Korval told the mayor, who was ill, nothing.", "the mayor, who was ill", K),
    ("Anna Korval thanked the workers, and went home.", "the workers, and went home", K),
    # a small clause is no statement
    ("Anna Korval declared them unfit for office.", "them unfit for office", K),
    # a place named in an apposition's relative clause does not speak for its head
    (
        "The Brevonne Accord, a treaty which brought peace to Ostrel after the war, says there must be a joint "
        "government.",
        "there must be a joint",
        "Ostrel",
    ),
    # a comma closing the verb's own subject: the name is no reported clause
    ("Milo Dessart, who lives in Ostrel, has denied any role.", "Milo Dessart", D),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, who", NEAR_MISSES)
def test_quotes_reported_battery_near_miss_is_not_that_speakers(text: str, start: str, who: str) -> None:
    quotes = run(text, "en", CAST)
    assert not any(start in q["text"] and who in {s["name"] for s in q["speakers"]} for q in quotes), quotes
