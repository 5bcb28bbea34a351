"""English quotes beyond the tuned texts (issue 12, helper qen7): a second battery of invented wire-copy sentences,
of kinds the first one (test_quotes_reported_battery.py) does not hold. Who speaks without a personal name (an
office, the police of a town, officials, an anonymous senior official, sources close to someone, a ministry named
again by its head noun, a spokesperson, a state's institution with no entity of its own); a pronoun whose speaker was
named two sentences back; "the former", "the latter"; coordinated speakers; a headline-style "X: …" line; the span
of a quote (a direct quote continued after "he said," into a second sentence, one broken by its attribution, one
opening a paragraph whose speaker follows it, single and nested quotation marks, a reported clause over
semicolons); and the cues of a wire story ("warned", "insisted", "vowed", "pledged", "conceded", "maintained",
"signalled", "hinted", "noted", "pointed out", "reiterated", "recalled", "suggested", "predicted", "estimated").

Each row gives the first words of the content as the golds give them (GOLD.md: the eval matches a gold quote when
those words are inside the predicted span) and who speaks: a canonical name, a tuple of names (all speak), or
"~word" for an unnamed source described by its phrase (no entity; GOLD.md lists no speaker for an anonymous source,
and the eval matches it by a described speaker or none). Written before reading Veille's output on any dev text.
Invented people, places and statements only."""

from __future__ import annotations

import pytest

from test_quotes import run

#: invented people, bodies and places: id -> (canonical name, type, surface forms)
CAST = {
    "korval": ("Anna Korval", "PERSON", ["Anna Korval", "Korval", "the transport minister"]),
    "dessart": ("Milo Dessart", "PERSON", ["Milo Dessart", "Dessart"]),
    "vey": ("Tomas Vey", "PERSON", ["Tomas Vey", "Vey"]),
    "mintr": ("Ministry of Transport of Valdor", "ORG", ["Ministry of Transport", "the transport ministry"]),
    "harbour": ("Brevonne Harbour Authority", "ORG", ["Brevonne Harbour Authority", "the harbour authority"]),
    "valdor": ("Valdor", "GPE", ["Valdor"]),
    "kelm": ("Kelm", "GPE", ["Kelm"]),
}

K, D, V = "Anna Korval", "Milo Dessart", "Tomas Vey"
M, H, VAL = "Ministry of Transport of Valdor", "Brevonne Harbour Authority", "Valdor"

#: (text, the first words of the content as a gold gives them, who speaks)
BATTERY = [
    # speakers without a personal name
    pytest.param(
        "Korval's office said the minister would not attend the summit.",
        "the minister would not attend",
        K,
        marks=pytest.mark.xfail(
            strict=True,
            reason="a person's office as the speaker: no reading yet, the convention unsettled (a gold names the "
            "office as an organisation where the knowledge base has one)",
        ),
    ),
    ("Police in Kelm said two men had been arrested after the fire.", "two men had been arrested", "~olice"),
    ("Kelm police said the fire had been started on purpose.", "the fire had been started", "~police"),
    ("Officials said the border crossing would reopen on Monday.", "the border crossing would reopen", "~fficials"),
    (
        "A senior official who asked not to be named said the talks had stalled over the tolls.",
        "the talks had stalled",
        "~official",
    ),
    ("Sources close to Anna Korval said she was ready to resign.", "she was ready to resign", "~ources"),
    ("Diplomats familiar with the talks said a deal was close.", "a deal was close", "~iplomats"),
    (
        "The Ministry of Transport opened an inquiry on Monday. The ministry said in a statement that the tolls "
        "would rise.",
        "the tolls would rise",
        M,
    ),
    ("A spokesperson for the Brevonne Harbour Authority said the port would close.", "the port would close", H),
    ("Harbour authority spokesman Tomas Vey said the port would close on Friday.", "the port would close", V),
    ("A statement from the Ministry of Transport said the bridge was safe.", "the bridge was safe", M),
    (
        "Valdor's foreign ministry said its envoy to Kelm had been called home for talks.",
        "its envoy to Kelm had been called home",
        VAL,
    ),
    ("The Valdor government said the election would go ahead in June.", "the election would go ahead", VAL),
    # qualified authorities are described, as the golds list them; bare "the authorities" are the state's
    ("Authorities in Valdor said twelve people had died in the floods.", "twelve people had died", "~uthorities"),
    ("A source familiar with the matter said the bridge would reopen.", "the bridge would reopen", "~source"),
    ("Two people briefed on the talks said a deal was close.", "a deal was close", "~people"),
    ("Residents of Kelm said the water had risen overnight.", "the water had risen", "~esidents"),
    ("The bridge would reopen, a ministry statement said.", "The bridge would reopen", "~statement"),
    ("Valdor's transport minister said the bridge would reopen.", "the bridge would reopen", "~minister"),
    (
        "The Ministry of Transport's spokesman, Tomas Vey, said the bridge would reopen.",
        "the bridge would reopen",
        V,
    ),
    ("Kelm's mayor, Tomas Vey, said the water had receded.", "the water had receded", V),
    # people close to a person, unnamed
    ("“The bridge is safe,” Dessart's lawyer said.", "The bridge is safe", "~lawyer"),
    ("A lawyer for Milo Dessart said the bridge was safe.", "the bridge was safe", "~lawyer"),
    ("Dessart's family said the bridge was safe.", "the bridge was safe", "~family"),
    # a source that quotes another
    ("The Valdor Herald quoted Anna Korval as saying the bridge was safe.", "the bridge was safe", K),
    # the speaker with an adjunct of the medium
    ("In a post on social media, Anna Korval said the bridge would reopen.", "the bridge would reopen", K),
    ("Anna Korval, in a statement, said the bridge would reopen.", "the bridge would reopen", K),
    ("Anna Korval told the Valdor Herald the bridge would reopen.", "the bridge would reopen", K),
    # a pronoun whose speaker was named two sentences back
    (
        "Anna Korval arrived in Kelm on Monday. The visit had been planned for months. She said the bridge would "
        "reopen.",
        "the bridge would reopen",
        K,
    ),
    (
        "Milo Dessart met farmers in Kelm. The meeting lasted two hours and ended without a deal. He told reporters "
        "the tolls would stay.",
        "the tolls would stay",
        D,
    ),
    (
        "Milo Dessart toured the site on Friday. Work had stopped in May. The cables were rusted through, he said.",
        "The cables were rusted through",
        D,
    ),
    # the former, the latter
    ("Anna Korval met Milo Dessart in Kelm. The latter said the border would reopen.", "the border would reopen", D),
    ("Anna Korval met Milo Dessart in Kelm. The former said the border would reopen.", "the border would reopen", K),
    # coordinated speakers
    ("Anna Korval and Milo Dessart said the border would reopen.", "the border would reopen", (K, D)),
    (
        "Anna Korval and Milo Dessart said in a joint statement that the talks had gone well.",
        "the talks had gone well",
        (K, D),
    ),
    ("The border will reopen next week, Anna Korval and Milo Dessart said.", "The border will reopen", (K, D)),
    ("Both Anna Korval and Milo Dessart insisted that the talks were not over.", "the talks were not over", (K, D)),
    (
        "Anna Korval, Milo Dessart and Tomas Vey said in a letter that the tolls were unfair.",
        "the tolls were unfair",
        (K, D, V),
    ),
    # a headline-style line, the speaker before a colon
    pytest.param(
        "Anna Korval: the bridge will reopen in March\n\nThe transport minister spoke in Kelm on Monday.",
        "the bridge will reopen in March",
        K,
        marks=pytest.mark.xfail(strict=True, reason="a headline's speaker before a colon: no reading yet"),
    ),
    # quote spans
    (
        "“The bridge is safe,” Anna Korval said. “We will reopen it in March.”",
        "We will reopen it in March",
        K,
    ),
    (
        "“The bridge is safe,” Anna Korval said, “and it will reopen in March.”",
        "The bridge is safe",
        K,
    ),
    (
        "“We will not give up on the bridge. The money is there and the workers are ready,” said Anna Korval, the "
        "transport minister.",
        "We will not give up on the bridge",
        K,
    ),
    ("‘The bridge is safe,’ Anna Korval said on Monday.", "The bridge is safe", K),
    (
        "“They told us ‘the bridge is safe’, and we believed them,” Milo Dessart said.",
        "They told us",
        D,
    ),
    (
        "Anna Korval said the bridge would reopen in March; the tolls would be cut by half; and the inspectors "
        "would report in May.",
        "the bridge would reopen in March",
        K,
    ),
    ("Anna Korval said that the bridge was safe and that it would reopen in March.", "the bridge was safe", K),
    (
        "The bridge is safe and will reopen in March, said Anna Korval, who visited the site on Monday.",
        "The bridge is safe and will reopen",
        K,
    ),
    # the cues of a wire story, in several shapes
    ("Anna Korval warned the dam could burst if the rain continued.", "the dam could burst", K),
    ("The bridge is safe, Anna Korval insisted on Tuesday.", "The bridge is safe", K),
    ("Anna Korval vowed that the bridge would reopen by March.", "the bridge would reopen by March", K),
    ("Anna Korval pledged the tolls would not rise this year.", "the tolls would not rise", K),
    ("The tolls were too high, Anna Korval conceded.", "The tolls were too high", K),
    ("Milo Dessart maintained that he had never met the contractor.", "he had never met the contractor", D),
    ("Anna Korval signalled that the ministry could drop the plan.", "the ministry could drop the plan", K),
    ("Anna Korval hinted the tolls might be cut after the election.", "the tolls might be cut", K),
    ("The bridge needed new cables, Milo Dessart noted.", "The bridge needed new cables", D),
    ("Anna Korval pointed out that the bridge had passed every inspection.", "the bridge had passed every", K),
    ("Anna Korval reiterated that the bridge was safe.", "the bridge was safe", K),
    ("Milo Dessart recalled that the dam had failed once before, in 1998.", "the dam had failed once before", D),
    ("Anna Korval suggested the talks could resume next month.", "the talks could resume next month", K),
    ("Milo Dessart predicted the tolls would double within five years.", "the tolls would double", D),
    (
        "The Ministry of Transport estimated that 40,000 cars cross the bridge every day.",
        "40,000 cars cross the bridge",
        M,
    ),
    ("“We are not going anywhere,” Milo Dessart vowed.", "We are not going anywhere", D),
    ("The repairs will take another year, the harbour authority warned.", "The repairs will take another year", H),
]


def _speaks(q: dict, who: str | tuple[str, ...]) -> bool:
    """Whether quote ``q`` is spoken by ``who`` (see the module docstring)."""
    if isinstance(who, tuple):
        return set(who) <= {s["name"] for s in q["speakers"]}
    if who.startswith("~"):
        return bool(q["speakers"]) and all(s["id"] is None and who[1:] in s["name"] for s in q["speakers"])
    return who in {s["name"] for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, who", BATTERY)
def test_quotes_speakers_battery_reads_content_and_speaker(text: str, start: str, who: str | tuple[str, ...]) -> None:
    quotes = run(text, "en", CAST)
    assert any(start in q["text"] and _speaks(q, who) for q in quotes), quotes


#: near misses: the cue in another sense, no statement at all, or not the speaker the phrase seems to name
NEAR_MISSES = [
    ("Anna Korval recalled the ambassador from Kelm on Monday.", "the ambassador from Kelm", K),
    ("Anna Korval maintained the roads of Kelm for ten years.", "the roads of Kelm", K),
    ("Anna Korval pointed out the damage to the visitors.", "the damage to the visitors", K),
    ("Anna Korval suggested a walk along the river.", "a walk along the river", K),
    ("Police in Kelm arrested two men after the fire.", "two men", "~olice"),
    # sources close to a person are not that person, nor are the person's lawyers or family
    ("Dessart's lawyer said the bridge was safe.", "the bridge was safe", D),
    ("Dessart's family said the bridge was safe.", "the bridge was safe", D),
    # sources close to a person are not that person
    ("Sources close to Anna Korval said she was ready to resign.", "she was ready to resign", K),
    # the latter is not the one named first, the former not the one named last
    ("Anna Korval met Milo Dessart in Kelm. The latter said the border would reopen.", "the border would reopen", K),
    ("Anna Korval met Milo Dessart in Kelm. The former said the border would reopen.", "the border would reopen", D),
    # a place named in a locative adjunct is no member of the pair; a town's police is not the town
    (
        "Anna Korval met Milo Dessart in Kelm. The latter said the border would reopen.",
        "the border would reopen",
        "Kelm",
    ),
    ("Kelm police said the fire had been started on purpose.", "the fire had been started", "Kelm"),
    ("Police in Kelm said two men had been arrested after the fire.", "two men had been arrested", "Kelm"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, who", NEAR_MISSES)
def test_quotes_speakers_battery_near_miss_is_not_that_speaker(text: str, start: str, who: str) -> None:
    quotes = run(text, "en", CAST)
    assert not any(start in q["text"] and _speaks(q, who) for q in quotes), quotes
