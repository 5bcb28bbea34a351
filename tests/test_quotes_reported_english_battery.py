"""English reported speech beyond the dev texts (issue 12, helper qen8): a third battery of invented wire-copy
sentences, of shapes the first two (test_quotes_reported_battery.py, test_quotes_speakers_battery.py) do not hold.
The cue verbs in more tenses and voices ("had said", "has been saying", "is expected to say", "was quoted as
saying", "went on to say"), more cues ("conceded", "estimated", "noted", "acknowledged", "told Reuters", "wrote on
X", "posted on social media"), the source inverted after the clause with a role or a body ("…, said the minister",
"…, the ministry said on Tuesday"), fronted sources ("According to X's spokesman, …", "In a statement on Monday, the
ministry said …"), clauses with no "that" after an adverb or a time, a clause continued in the next sentence ("She
added that …", "He went on to say …"), infinitive reports ("vowed to", "promised to", "urged X to"; "threatened
to" is an act since stop 62, a near miss), described sources ("two people familiar with the matter", "diplomats",
"a senior official"), and near misses: "said" as an adjective, "says who", a title, "as expected", "it is said", cue
verbs in their other senses.

Each row gives the first words of the content as the real-news golds give them (GOLD.md: the eval matches a gold
quote when those words are inside the predicted span; after "urged X to…" the content starts at X, after "vowed
to…" at "to") and who speaks: a canonical name, or "~word" for an unnamed source described by its phrase. The SPAN
rows check the end: what the content holds (the conjunct after "and", "but") and what it does not (the
attribution, the next sentence). Written before reading Veille's output on any of them or on any dev text for
them. Invented people, places and statements only."""

from __future__ import annotations

import pytest

from test_quotes import run

#: invented people, bodies and places: id -> (canonical name, type, surface forms)
CAST = {
    "marrow": ("Ilse Marrow", "PERSON", ["Ilse Marrow", "Marrow", "the water minister"]),
    "brask": ("Teodor Brask", "PERSON", ["Teodor Brask", "Brask"]),
    "minwa": (
        "Ministry of Water of Serrania",
        "ORG",
        ["Ministry of Water", "the water ministry", "Serrania's water ministry"],
    ),
    "lisle": ("Port Lisle Council", "ORG", ["Port Lisle Council", "the council"]),
    "serrania": ("Serrania", "GPE", ["Serrania"]),
    "quell": ("Quell", "GPE", ["Quell"]),
    "reuters": ("Reuters", "ORG", ["Reuters"]),
}

I, T, W, C, S = "Ilse Marrow", "Teodor Brask", "Ministry of Water of Serrania", "Port Lisle Council", "Serrania"


def _not_yet(text: str, start: str, who: str, why: str) -> object:
    return pytest.param(text, start, who, marks=pytest.mark.xfail(strict=True, reason=why))


#: (text, the first words of the reported content as a gold gives them, who speaks)
READ = [
    # cue verbs in more tenses and voices
    ("Ilse Marrow had said that the reservoir was full.", "the reservoir was full", I),
    ("Ilse Marrow had said the reservoir was full before the drought began.", "the reservoir was full", I),
    ("Ilse Marrow has been saying for weeks that the pipes are too old.", "the pipes are too old", I),
    ("Ilse Marrow is expected to say that the canal will be widened.", "the canal will be widened", I),
    ("Ilse Marrow was quoted as saying the canal would be widened.", "the canal would be widened", I),
    ("Ilse Marrow went on to say that the pumps had failed twice.", "the pumps had failed twice", I),
    ("Ilse Marrow would later say that the pumps had been sabotaged.", "the pumps had been sabotaged", I),
    ("Ilse Marrow is saying that the wells have run dry.", "the wells have run dry", I),
    ("Teodor Brask will say on Friday that the dam needs new gates.", "the dam needs new gates", T),
    ("Teodor Brask has repeatedly said the levy is unfair.", "the levy is unfair", T),
    # more cues, with and without "that"
    ("Teodor Brask conceded that the levy had hurt small farms.", "the levy had hurt small farms", T),
    ("Teodor Brask conceded the levy had hurt small farms.", "the levy had hurt small farms", T),
    ("Ilse Marrow acknowledged the canal project was behind schedule.", "the canal project was behind", I),
    ("Ilse Marrow noted that rainfall had been low for three years.", "rainfall had been low", I),
    ("Teodor Brask estimated that a third of the wells were polluted.", "a third of the wells", T),
    ("Teodor Brask argued the levy should be scrapped.", "the levy should be scrapped", T),
    ("Ilse Marrow maintained the pumps had been serviced in May.", "the pumps had been serviced", I),
    ("Teodor Brask insisted the council had known about the leak.", "the council had known", T),
    ("Ilse Marrow warned that the river could flood the lower town.", "the river could flood", I),
    ("Teodor Brask denied that he had taken any money.", "he had taken any money", T),
    ("Teodor Brask denied he had taken any money.", "he had taken any money", T),
    ("Ilse Marrow announced that the canal would open in June.", "the canal would open in June", I),
    ("Ilse Marrow confirmed on Monday that two engineers had been suspended.", "two engineers had been", I),
    ("Teodor Brask complained that nobody had consulted the farmers.", "nobody had consulted the farmers", T),
    # told, wrote, posted: audiences and media
    ("Ilse Marrow told Reuters the reservoir would last until spring.", "the reservoir would last", I),
    ("Ilse Marrow told Reuters that the reservoir would last until spring.", "the reservoir would last", I),
    ("Teodor Brask told the council that the levy would be cut.", "the levy would be cut", T),
    ("Ilse Marrow wrote on X that the pumps were working again.", "the pumps were working again", I),
    ("Teodor Brask posted on social media that the levy was theft.", "the levy was theft", T),
    ("Ilse Marrow said in a post on X that the canal would open soon.", "the canal would open soon", I),
    ("Ilse Marrow told a radio station on Sunday the wells were safe.", "the wells were safe", I),
    ("Teodor Brask told lawmakers in Quell the levy was unfair.", "the levy was unfair", T),
    # the source after the clause, inverted, with a role or a body
    ("The canal will open in June, said the water minister.", "The canal will open in June", I),
    ("The canal will open in June, the Ministry of Water said on Tuesday.", "The canal will open in June", W),
    ("The canal will open in June, said the Ministry of Water in a statement.", "The canal will open", W),
    ("The levy is unfair, Teodor Brask told Reuters.", "The levy is unfair", T),
    ("The levy is unfair and must go, Teodor Brask wrote on X.", "The levy is unfair and must go", T),
    ("The wells are safe, the council said, citing its own tests.", "The wells are safe", C),
    ("The pumps failed twice last year, Ilse Marrow acknowledged.", "The pumps failed twice", I),
    ("About a third of the wells are polluted, Teodor Brask estimated.", "About a third of the wells", T),
    # fronted sources
    ("According to Ilse Marrow, the canal will open in June.", "the canal will open in June", I),
    ("According to the Ministry of Water, the canal will open in June.", "the canal will open in June", W),
    ("According to a spokesman for the Ministry of Water, the canal will open in June.", "the canal will open", W),
    ("In a statement on Monday, the Ministry of Water said the canal would open in June.", "the canal would open", W),
    ("In an interview with Reuters, Ilse Marrow said the canal would open in June.", "the canal would open", I),
    ("Speaking to reporters in Quell, Teodor Brask said the levy was unfair.", "the levy was unfair", T),
    ("On Monday, the council said the wells were safe.", "the wells were safe", C),
    # the clause continued in the next sentence
    (
        "Ilse Marrow said the canal would open in June. She added that the locks had been tested.",
        "the locks had been tested",
        I,
    ),
    (
        "Teodor Brask said the levy was unfair. He went on to say that farmers would not pay it.",
        "farmers would not pay it",
        T,
    ),
    (
        "Teodor Brask said the levy was unfair. He also said the council had ignored the farmers.",
        "the council had ignored the farmers",
        T,
    ),
    ("Ilse Marrow spoke in Quell on Monday. She said the canal would open in June.", "the canal would open", I),
    (
        "The Ministry of Water closed the canal on Friday. It said the locks needed repairs.",
        "the locks needed repairs",
        W,
    ),
    # a reported clause after an adverb, a time or an adjunct, with no "that"
    ("Ilse Marrow said on Tuesday the canal would open in June.", "the canal would open in June", I),
    ("Ilse Marrow said last week the canal would open in June.", "the canal would open in June", I),
    ("Teodor Brask said bluntly the levy was theft.", "the levy was theft", T),
    ("Ilse Marrow said after the meeting the canal would open in June.", "the canal would open", I),
    # infinitive reports
    ("Teodor Brask vowed to fight the levy in court.", "to fight the levy in court", T),
    ("Ilse Marrow promised to rebuild the pumping station by winter.", "to rebuild the pumping station", I),
    ("Ilse Marrow pledged to cut the levy by half.", "to cut the levy by half", I),
    ("Ilse Marrow urged the council to repair the pipes.", "the council to repair the pipes", I),
    ("Teodor Brask urged farmers not to pay the levy.", "farmers not to pay the levy", T),
    # described sources
    ("Two people familiar with the matter said the canal would open late.", "the canal would open late", "~people"),
    ("Diplomats said the talks over the river had stalled.", "the talks over the river had stalled", "~iplomats"),
    ("A senior official said the dam would be inspected next week.", "the dam would be inspected", "~official"),
    (
        "A senior government official told Reuters the levy would be dropped.",
        "the levy would be dropped",
        "~official",
    ),
    ("The canal will open late, two people familiar with the matter said.", "The canal will open late", "~people"),
    ("Engineers said the dam needed new gates.", "the dam needed new gates", "~ngineers"),
    ("According to diplomats, the talks over the river had stalled.", "the talks over the river", "~iplomats"),
    ("Farmers in Quell said the wells had dried up in May.", "the wells had dried up", "~armers"),
    # the speech act told by a participle after the main clause, or by "saying" after a document
    ("Teodor Brask criticised the council, saying it had ignored the farmers.", "it had ignored the farmers", T),
    ("The Ministry of Water issued a statement saying the canal would open in June.", "the canal would open", W),
    ("Ilse Marrow defended the levy, arguing that the canal had to be paid for.", "the canal had to be paid", I),
    ("Teodor Brask left the meeting early, adding that he would sue the council.", "he would sue the council", T),
    ("Ilse Marrow visited Quell on Monday, stressing that the wells were safe.", "the wells were safe", I),
    ("Teodor Brask rejected the plan, insisting the levy was unfair.", "the levy was unfair", T),
    # the speaker with a relative clause, an apposition, a sentence adverb
    ("Ilse Marrow, who took office in May, said the canal would open in June.", "the canal would open", I),
    ("Teodor Brask, a farmer from Quell, told Reuters the levy was unfair.", "the levy was unfair", T),
    ("However, Ilse Marrow said the canal would open in June.", "the canal would open", I),
    ("Teodor Brask, however, said the levy was unfair.", "the levy was unfair", T),
    ("Ilse Marrow later said the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow also said the locks had been tested.", "the locks had been tested", I),
    ("Ilse Marrow further said that the locks had been tested.", "the locks had been tested", I),
    ("Water Minister Ilse Marrow said Monday the canal would open in June.", "the canal would open", I),
    # hearsay reported of a named source
    ("Ilse Marrow reportedly said the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow is reported to have said that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow was reported as saying the canal would open in June.", "the canal would open", I),
    # the medium and the occasion after the verb
    ("Ilse Marrow said in a televised address that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said at a news conference in Quell that the canal would open.", "the canal would open", I),
    ("Teodor Brask wrote in a letter to the council that the levy was unfair.", "the levy was unfair", T),
    (
        "Ilse Marrow told Reuters in an interview published on Sunday that the canal would open.",
        "the canal would open",
        I,
    ),
    ("In a letter to the council, Teodor Brask wrote that the levy was unfair.", "the levy was unfair", T),
    ("In remarks to reporters, Ilse Marrow said the canal would open in June.", "the canal would open", I),
    (
        "The Ministry of Water said in a statement posted on its website that the canal would open.",
        "the canal would open",
        W,
    ),
    ("The Port Lisle Council, in a statement, said the wells were safe.", "the wells were safe", C),
    # the source inside the clause, between commas
    ("The canal, Ilse Marrow said, will open in June.", "The canal", I),
    ("The levy, Teodor Brask told Reuters, is unfair.", "The levy", T),
    ("The canal will, according to Ilse Marrow, open in June.", "The canal will", I),
    # a clause after a cue and its object or audience
    ("Ilse Marrow assured farmers that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow reminded the council that the pumps were old.", "the pumps were old", I),
    ("Teodor Brask informed the ministry that the wells were polluted.", "the wells were polluted", T),
    ("Ilse Marrow told the farmers of Quell the canal would open in June.", "the canal would open", I),
    # a stance or a belief reported
    ("Ilse Marrow believes the canal will open in June.", "the canal will open", I),
    ("Teodor Brask fears the levy will ruin small farms.", "the levy will ruin small farms", T),
    ("Ilse Marrow is confident that the canal will open in June.", "the canal will open", I),
    _not_yet(
        "Teodor Brask expects the levy to be scrapped.",
        "the levy to be scrapped",
        T,
        "a forecast through an object and an infinitive: \"expect\" is no cue (\"is expected to\" is the writer's "
        "hearsay, \"expects the storm\" no statement); no gold convention for \"expects X to\" yet",
    ),
    # a body, a state as the speaker
    ("Serrania said on Monday it would widen the canal.", "it would widen the canal", S),
    ("Serrania's water ministry said the canal would open in June.", "the canal would open", W),
    ("The Port Lisle Council said it would appeal the ruling.", "it would appeal the ruling", C),
    # longer media and occasions before the clause, a bare clause after an adverb of time
    (
        "Ilse Marrow told Reuters on the sidelines of a summit in Quell that the canal would open.",
        "the canal would open",
        I,
    ),
    (
        "Ilse Marrow said Monday in a statement released by her office that the canal would open.",
        "the canal would open",
        I,
    ),
    (
        "The Ministry of Water said in a statement issued late on Monday that the canal would open.",
        "the canal would open",
        W,
    ),
    ("Ilse Marrow said in a statement on Monday the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow told Reuters late on Monday the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow told state television that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said in a speech to the nation that the canal would open in June.", "the canal would open", I),
    (
        "The Ministry of Water said in an emailed statement that the canal would open in June.",
        "the canal would open",
        W,
    ),
    ("Writing on X, Ilse Marrow said the canal would open in June.", "the canal would open", I),
    ("Asked about the levy, Teodor Brask said it would stay for now.", "it would stay for now", T),
    ("Speaking at a rally in Quell on Saturday, Teodor Brask said the levy would go.", "the levy would go", T),
    ("Responding to the report, the Ministry of Water said the wells were safe.", "the wells were safe", W),
    ("In comments published on Monday, Teodor Brask said the levy was unfair.", "the levy was unfair", T),
    ("Ilse Marrow, in a post on X, said the canal would open in June.", "the canal would open", I),
    ("Teodor Brask, 54, said the levy had ruined his farm.", "the levy had ruined his farm", T),
    (
        "Ilse Marrow, the water minister, told parliament on Tuesday that the canal would open.",
        "the canal would open",
        I,
    ),
    ("Ilse Marrow, who chairs the council, has said repeatedly that the levy is fair.", "the levy is fair", I),
    ("Ilse Marrow had earlier said the canal would open in June.", "the canal would open", I),
    ("Teodor Brask has long argued that the levy is unfair.", "the levy is unfair", T),
    (
        "Ilse Marrow said that while the canal would open in June, the locks were not ready.",
        "while the canal would open",
        I,
    ),
    ("Ilse Marrow said that, if approved, the plan would cost two million.", "if approved, the plan", I),
    ("Ilse Marrow said she had 'no intention' of resigning.", "she had", I),
    ("Ilse Marrow said it was too early to say whether the canal would open.", "it was too early", I),
    ("Ilse Marrow told Reuters that she did not know whether the canal would open.", "she did not know", I),
    ("Ilse Marrow says she is not worried about the drought.", "she is not worried", I),
    (
        "The canal will open in June, Ilse Marrow said, adding that the locks had been tested.",
        "the locks had been tested",
        I,
    ),
    ("Teodor Brask said he would not resign, calling the accusations baseless.", "he would not resign", T),
    ("Ilse Marrow spoke after the Port Lisle Council said the levy would rise.", "the levy would rise", C),
    ("Teodor Brask said he had been misled, a claim the Ministry of Water denied.", "he had been misled", T),
    ("The decision, Ilse Marrow told reporters on Monday, was final.", "The decision", I),
    # datelines, dashes and brackets, a speaker named again by a role or an age, long clauses
    (
        "QUELL, June 3 (Reuters) - Serrania's water ministry said on Monday the canal would open in June.",
        "the canal would open",
        W,
    ),
    ("QUELL (AP) — Ilse Marrow said Tuesday that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow — who took office in May — said the canal would open in June.", "the canal would open", I),
    ("The canal — closed since the floods — will open in June, Ilse Marrow said.", "The canal", I),
    ("Ilse Marrow said the canal (closed since May) would open in June.", "the canal", I),
    ("Ilse Marrow said the Port Lisle Council (PLC) would pay for the repairs.", "the Port Lisle Council", I),
    ("Ilse Marrow visited Quell on Monday. The minister said the canal would open in June.", "the canal would open", I),
    (
        "Teodor Brask spoke to farmers on Monday. The 54-year-old said the levy had ruined him.",
        "the levy had ruined him",
        T,
    ),
    (
        "Ilse Marrow arrived in Quell on Monday. The canal will open in June, the minister said.",
        "The canal will open in June",
        I,
    ),
    (
        "The Ministry of Water closed the canal. In a statement, the ministry said the locks needed work.",
        "the locks needed work",
        W,
    ),
    ("A Port Lisle Council spokesman said the wells were safe.", "the wells were safe", C),
    ("A spokesman for Serrania's water ministry said the canal would open in June.", "the canal would open", W),
    (
        "Serrania's Water Minister Ilse Marrow said on Monday that the canal would open in June.",
        "the canal would open",
        I,
    ),
    ("Former water minister Teodor Brask said the levy was unfair.", "the levy was unfair", T),
    (
        "Teodor Brask, a former water minister who now farms in Quell, said the levy was unfair.",
        "the levy was unfair",
        T,
    ),
    (
        "Ilse Marrow said the canal would open in June.\n\nShe also said the locks had been tested twice.",
        "the locks had been tested",
        I,
    ),
    (
        "Teodor Brask said the levy was unfair.\n\nThe farmers would not pay it, he added.",
        "The farmers would not pay it",
        T,
    ),
    (
        "Ilse Marrow said the canal, which cost 2.5 million, would carry 4,000 boats a year from June.",
        "the canal, which cost",
        I,
    ),
    ("Ilse Marrow said Teodor Brask had been paid 40,000 by the council in 2019.", "Teodor Brask had been paid", I),
    (
        "Teodor Brask said the ministry, the council and the farmers had all agreed to the plan.",
        "the ministry, the council",
        T,
    ),
    # more cues of wire copy, long adjuncts before "that", readouts, quoted words, anonymity
    _not_yet(
        "Ilse Marrow underscored that the canal would open in June.",
        "the canal would open",
        I,
        "“underscore” is left out: measured, its dev subjects are documents the golds do not quote (“the "
        "announcement underscored that…”: shared dev en quotes 0.881 -> 0.876)",
    ),
    ("Ilse Marrow mentioned that the locks had been tested twice.", "the locks had been tested", I),
    ("Ilse Marrow clarified that the levy would not rise.", "the levy would not rise", I),
    ("Teodor Brask confessed that he had never read the report.", "he had never read the report", T),
    ("Teodor Brask retorted that the council had ignored the farmers.", "the council had ignored", T),
    ("Teodor Brask boasted that his farm had doubled its yield.", "his farm had doubled its yield", T),
    ("Ilse Marrow speculated that the drought could last another year.", "the drought could last", I),
    _not_yet(
        "Teodor Brask agreed that the pipes were too old.",
        "the pipes were too old",
        T,
        "“agree that” is left out: in diplomatic copy it is mostly a joint decision (“the two sides agreed that "
        "talks would resume”), no gold convention read for it",
    ),
    _not_yet(
        "Teodor Brask protested that the farmers had not been consulted.",
        "the farmers had not been consulted",
        T,
        "“protest” is left out: as a closing verb it would read a march (“…, and thousands protested”) as an incise",
    ),
    ("Ilse Marrow recognised that the canal project was behind schedule.", "the canal project was behind", I),
    ("Ilse Marrow accepted that mistakes had been made.", "mistakes had been made", I),
    _not_yet(
        "Teodor Brask feels the levy is unfair.",
        "the levy is unfair",
        T,
        "a feeling with a bare clause: “feel” is left out (“feels tired”, “feels the cold”)",
    ),
    _not_yet(
        "Teodor Brask worried that the wells would run dry.",
        "the wells would run dry",
        T,
        "a worry is read as a stance adjective (“was worried that”); the finite verb is left out",
    ),
    ("Ilse Marrow reasoned that a wider canal would pay for itself.", "a wider canal would pay", I),
    _not_yet(
        "Ilse Marrow advised that the wells be tested every month.",
        "the wells be tested",
        I,
        "advice with a subjunctive clause: “advise” is left out (“advised residents to…” is an order)",
    ),
    ("Ilse Marrow disclosed that the canal had cost two million.", "the canal had cost two million", I),
    ("Ilse Marrow conceded on Monday that the canal would open late.", "the canal would open late", I),
    ("The canal will open late, Teodor Brask retorted.", "The canal will open late", T),
    ("The levy is theft, Teodor Brask countered.", "The levy is theft", T),
    ("The canal will open in June, Ilse Marrow confirmed.", "The canal will open in June", I),
    ("The canal will open in June, Ilse Marrow explained.", "The canal will open in June", I),
    ("The levy must go, Teodor Brask declared.", "The levy must go", T),
    ("The levy is unfair, Teodor Brask argued.", "The levy is unfair", T),
    ("The wells are safe, Ilse Marrow assured.", "The wells are safe", I),
    _not_yet(
        "Ilse Marrow said in a joint statement issued after talks in Quell with the council that the canal would open.",
        "the canal would open",
        I,
        "the parser reads “that” as a relative pronoun on “talks”; no clause of the speech verb to read",
    ),
    (
        "Ilse Marrow told a regular news briefing in Quell on Monday the canal would open in June.",
        "the canal would open",
        I,
    ),
    ("Ilse Marrow said at a regular press briefing on Monday the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said, without giving details, that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said, citing engineers, that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said on Monday, as she visited Quell, that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow stressed during the call that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow told reporters aboard her plane that the canal would open in June.", "the canal would open", I),
    ("According to a readout of the call, Ilse Marrow said the canal would open in June.", "the canal would open", I),
    ("In a readout of the call, the Ministry of Water said the canal would open in June.", "the canal would open", W),
    (
        "The Ministry of Water issued a statement. The statement said the canal would open in June.",
        "the canal would open",
        W,
    ),
    (
        "The Ministry of Water issued a statement on Monday. It added that the locks had been tested.",
        "the locks had been tested",
        W,
    ),
    (
        "Ilse Marrow said the canal would open in June, according to a transcript of the speech.",
        "the canal would open",
        I,
    ),
    ("The Ministry of Water said it \"strongly rejects\" the council's claims.", "it", W),
    ("Ilse Marrow said she had \"no doubt\" that the canal would open in June.", "she had", I),
    ("Teodor Brask said Serrania \"will never accept\" the levy.", "Serrania", T),
    (
        "An official, speaking on condition of anonymity because he was not authorised to speak to the media, said "
        "the canal would open.",
        "the canal would open",
        "~fficial",
    ),
    (
        "A council official, who asked not to be named, told Reuters the wells were safe.",
        "the wells were safe",
        "~official",
    ),
    # sources fronted and closing beyond “according to X”, headlines, documents with their issuer, a body's second
    # clause, media named after “told”
    ("According to a Ministry of Water statement, the canal will open in June.", "the canal will open", W),
    ("According to Ilse Marrow's spokesman, the canal will open in June.", "the canal will open", "~spokesman"),
    (
        "The canal will open in June, according to a Ministry of Water statement issued on Monday.",
        "The canal will open",
        W,
    ),
    ("The canal will open in June, Ilse Marrow was cited as saying.", "The canal will open", I),
    ("Ilse Marrow was cited by Reuters as saying the canal would open in June.", "the canal would open", I),
    ("Reuters cited Ilse Marrow as saying the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said through a spokesman that the canal would open in June.", "the canal would open", I),
    ("Teodor Brask said through his lawyer that he had never taken any money.", "he had never taken any money", T),
    ("Ilse Marrow said in a statement carried by Reuters that the canal would open.", "the canal would open", I),
    ("Canal to open in June, Ilse Marrow says\n\nThe minister spoke in Quell on Monday.", "Canal to open in June", I),
    ("Levy is theft, says Teodor Brask\n\nThe farmer spoke in Quell on Monday.", "Levy is theft", T),
    (
        "The canal will open in June, said Teodor Brask, a spokesman for the Ministry of Water.",
        "The canal will open",
        T,
    ),
    ("The canal will open in June, Teodor Brask, the ministry's spokesman, told Reuters.", "The canal will open", T),
    ("The canal will open in June, said the ministry's spokesman, Teodor Brask.", "The canal will open", T),
    ("A statement issued by the Ministry of Water said the canal would open in June.", "the canal would open", W),
    ("The Ministry of Water's statement said the canal would open in June.", "the canal would open", W),
    ("The statement, signed by Ilse Marrow, said the canal would open in June.", "the canal would open", I),
    (
        "Ilse Marrow said on Monday that the canal would open and that the locks had been tested.",
        "the canal would open",
        I,
    ),
    (
        "The Port Lisle Council said the wells were safe. It added that the water would be tested weekly.",
        "the water would be tested",
        C,
    ),
    ("Serrania said the canal would open in June. It also said the levy would be cut.", "the levy would be cut", S),
    ("Ilse Marrow told The Quell Times that the canal would open in June.", "the canal would open", I),
    ("Teodor Brask told the Associated Press the levy was unfair.", "the levy was unfair", T),
    ("Ilse Marrow told CNN on Sunday that the canal would open in June.", "the canal would open", I),
    # a sentence opened by a conjunction or a linking adverb, more media, times with no preposition, a pronoun a
    # paragraph on, two speakers in one sentence
    ("But Ilse Marrow said the canal would open in June.", "the canal would open", I),
    ("And the Ministry of Water said the canal would open in June.", "the canal would open", W),
    ("Still, Teodor Brask said the levy was unfair.", "the levy was unfair", T),
    ("Meanwhile, the Port Lisle Council said the wells were safe.", "the wells were safe", C),
    ("Teodor Brask, for his part, said the levy was unfair.", "the levy was unfair", T),
    ("Ilse Marrow insisted, however, that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow wrote on Telegram that the canal would open in June.", "the canal would open", I),
    ("Teodor Brask said in a video posted online that the levy was theft.", "the levy was theft", T),
    ("Ilse Marrow said in an op-ed published in The Quell Times that the canal would open.", "the canal would open", I),
    ("Ilse Marrow told a parliamentary committee on Wednesday that the canal would open.", "the canal would open", I),
    ("Ilse Marrow said in a statement to Reuters that the canal would open in June.", "the canal would open", I),
    ("In her letter, Ilse Marrow wrote that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said in response that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said earlier this week that the canal would open in June.", "the canal would open", I),
    ("Ilse Marrow said last month the canal would open in June.", "the canal would open", I),
    ("The canal will open in June, Ilse Marrow said late Sunday.", "The canal will open", I),
    (
        "Ilse Marrow visited Quell on Monday.\n\nShe told Reuters the canal would open in June.",
        "the canal would open",
        I,
    ),
    ("Teodor Brask spoke to farmers on Monday.\n\nThe levy, he said, was unfair.", "The levy", T),
    (
        "While Ilse Marrow said the canal would open in June, Teodor Brask said it would open late.",
        "the canal would open",
        I,
    ),
    (
        "While Ilse Marrow said the canal would open in June, Teodor Brask said it would open late.",
        "it would open late",
        T,
    ),
    ("Ilse Marrow said the canal — which cost two million — would open in June.", "the canal", I),
    ("Ilse Marrow said the Ministry of Water was \"deeply concerned\" by the leak.", "the Ministry of Water was", I),
    # a report in a relative clause, "that" after a time adjunct (the parser may tag either as a relative pronoun)
    ("Farmers pay a levy on the canal, which the council says Serrania seized in 1998.", "Serrania seized in 1998", C),
    (
        "Ilse Marrow said after the meeting that she agreed with Teodor Brask to widen the canal.",
        "she agreed with Teodor Brask",
        I,
    ),
    # a report in a relative clause whose gap is the reported clause's subject: the content starts at its verb
    (
        "Teodor Brask is serving a prison term on charges his lawyers say were invented by the council.",
        "were invented by the council",
        "~lawyers",
    ),
    ("The Port Lisle Council closed the wells it says were polluted by the leak.", "were polluted by the leak", C),
    (
        "The council blamed the leak on pumps which the Ministry of Water says were installed in 1998.",
        "were installed in 1998",
        W,
    ),
    # a document named again speaks for whoever spoke in it before, not for who released it
    (
        "In a statement issued through the Port Lisle Council, Ilse Marrow thanked the engineers. The statement said "
        "the repairs would end in May.",
        "the repairs would end in May",
        I,
    ),
    (
        "In a statement on Monday, Teodor Brask thanked the farmers. The statement also said the levy was unfair.",
        "the levy was unfair",
        T,
    ),
    # a warning through an object and an infinitive (the golds start the content at the object or the infinitive), and
    # infinitive reports told by a participle opening the sentence, whose speaker is the main clause's subject
    ("Ilse Marrow warned farmers not to drink the water from the wells.", "not to drink the water", I),
    ("Warning farmers not to drink the water, Ilse Marrow closed the wells.", "not to drink the water", I),
    ("Vowing to fight the levy, Teodor Brask left the meeting.", "to fight the levy", T),
    ("Promising to repay the farmers, Teodor Brask sold his farm.", "to repay the farmers", T),
    # a person's office, a body's head noun again
    _not_yet(
        "Marrow's office said the minister would visit Quell on Friday.",
        "the minister would visit Quell",
        I,
        "a person's office as the speaker: the convention is unsettled (a gold names the office as an "
        "organisation where the knowledge base has one; test_quotes_speakers_battery.py holds the same xfail)",
    ),
    (
        "The Ministry of Water opened an inquiry. The ministry said the pipes had been neglected.",
        "the pipes had been neglected",
        W,
    ),
]  # fmt: skip


def _speaks(q: dict, who: str) -> bool:
    """Whether quote ``q`` is spoken by ``who`` (a canonical name, or "~word": an unnamed described source)."""
    if who.startswith("~"):
        return bool(q["speakers"]) and all(s["id"] is None and who[1:] in s["name"] for s in q["speakers"])
    return who in {s["name"] for s in q["speakers"]}


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, who", READ)
def test_quotes_reported_english_battery_reads_content_and_speaker(text: str, start: str, who: str) -> None:
    quotes = run(text, "en", CAST)
    assert any(start in q["text"] and _speaks(q, who) for q in quotes), quotes


#: described sources of wire copy, each the subject of one clause: (the phrase, a word of the described speaker)
DESCRIBED = [
    ("A person with knowledge of the matter", "person"),
    ("People close to the negotiations", "People"),
    ("A government source", "source"),
    ("Western diplomats", "diplomats"),
    ("A senior Serrania official", "official"),
    ("Two officials", "officials"),
    ("An aide to Ilse Marrow", "aide"),
    ("An adviser to Ilse Marrow", "adviser"),
    ("Economists", "Economists"),
    ("Critics", "Critics"),
    ("Opponents of the plan", "Opponents"),
    ("Aid workers", "workers"),
    ("Medical sources", "sources"),
    ("A military source", "source"),
    ("Local officials", "officials"),
    ("A lawmaker", "lawmaker"),
    ("Survivors", "Survivors"),
    ("Relatives of the workers", "Relatives"),
    ("Union leaders", "leaders"),
    ("Shipping industry sources", "sources"),
    ("Bankers", "Bankers"),
    ("Traders", "Traders"),
    ("Investors", "Investors"),
    ("A doctor at the hospital", "doctor"),
    ("Scientists", "Scientists"),
    ("Prosecutors", "Prosecutors"),
    ("Insiders", "Insiders"),
    ("A former official", "official"),
    ("Campaigners", "Campaigners"),
    ("Commentators", "Commentators"),
    ("A European diplomat", "diplomat"),
    ("Officials familiar with the plan", "Officials"),
    ("Airline executives", "executives"),
    ("A company spokesman", "spokesman"),
    ("Port workers", "workers"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("phrase, word", DESCRIBED)
def test_quotes_reported_english_battery_described_source(phrase: str, word: str) -> None:
    quotes = run(f"{phrase} said the canal would open late.", "en", CAST)
    assert any("the canal would open late" in q["text"] and _speaks(q, "~" + word) for q in quotes), quotes


#: (text, words that start the content, words the same quote holds, words it does not hold)
SPAN = [
    # the content goes on over coordination and "but"
    (
        "Ilse Marrow said the canal would open in June and the locks had been tested.",
        "the canal would open",
        "the locks had been tested",
        "Ilse Marrow",
    ),
    pytest.param(
        "Teodor Brask said the levy was unfair but the farmers would pay it.",
        "the levy was unfair",
        "the farmers would pay it",
        "Teodor Brask",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the parser hangs the conjunct after \"but\" on the speech verb, as it does the writer's own "
            "contrast; no dev or untuned figure depends on a span's end (the eval matches its start)",
        ),
    ),
    (
        "Ilse Marrow said that the canal would open in June and that the locks had been tested.",
        "the canal would open",
        "the locks had been tested",
        "Ilse Marrow",
    ),
    # the attribution after the clause is not content
    ("The canal will open in June, said the water minister.", "The canal will open", "in June", "water minister"),
    ("The canal will open in June, the Ministry of Water said on Tuesday.", "The canal will open", "in June", "said"),
    ("The levy is unfair, Teodor Brask told Reuters on Monday.", "The levy is unfair", "unfair", "Reuters"),
    # the next sentence is not content, nor is the source's adjunct
    (
        "Ilse Marrow said the canal would open in June. The weather was fine.",
        "the canal would open",
        "in June",
        "weather",
    ),
    (
        "Ilse Marrow told Reuters on Monday that the canal would open in June.",
        "the canal would open",
        "in June",
        "Reuters",
    ),
]  # fmt: skip


@pytest.mark.e2e
@pytest.mark.parametrize("text, start, holds, not_held", SPAN)
def test_quotes_reported_english_battery_span_ends(text: str, start: str, holds: str, not_held: str) -> None:
    quotes = [q for q in run(text, "en", CAST) if start in q["text"]]
    assert quotes and all(holds in q["text"] and not_held not in q["text"] for q in quotes), quotes


#: near misses: "said" or a cue verb in another sense, a title, hearsay with no speaker, an order or a question
NEAR_MISSES = [
    # "said" as an adjective, "says who", a title holding a cue verb
    ("The said agreement was signed in Quell in 1998.", "agreement was signed"),
    ("Under the said agreement, the canal belongs to Serrania.", "the canal belongs to Serrania"),
    ("Says who? Teodor Brask asked the crowd.", "who"),
    ("A report titled 'The River Says No' was published by the council.", "No"),
    ("Her memoir, Nobody Told Me the Well Was Dry, sold well in Quell.", "the Well Was Dry"),
    # "as expected", "as noted", hearsay with no speaker
    ("As expected, the canal opened in June.", "the canal opened in June"),
    ("As noted above, the canal opened in June.", "the canal opened in June"),
    ("It is said that the old well is haunted.", "the old well is haunted"),
    ("The old well is said to be haunted.", "be haunted"),
    # a threat told through its infinitive is an act (a THREATEN event), no statement (stop 62, quotes.acts)
    ("Teodor Brask threatened to block the canal with tractors.", "to block the canal"),
    # cue verbs in their other senses
    ("Teodor Brask maintained the pumps of Quell for twenty years.", "the pumps of Quell"),
    ("Ilse Marrow added salt to the water samples.", "salt to the water"),
    ("Teodor Brask conceded the match after an hour.", "the match after an hour"),
    ("Ilse Marrow acknowledged the crowd with a wave.", "the crowd with a wave"),
    ("The council denied Teodor Brask entry to the meeting.", "entry to the meeting"),
    ("Teodor Brask argued the case before the court in Quell.", "the case before the court"),
    ("The noted engineer Teodor Brask arrived in Quell.", "engineer Teodor Brask arrived"),
    ("The estimated cost of the canal rose to two million.", "cost of the canal"),
    ("Ilse Marrow told the story of the flood to the children.", "the story of the flood"),
    # a cue with no content, or a refusal to speak
    ("Ilse Marrow declined to say whether the canal would open.", "the canal would open"),
    ("Teodor Brask did not say when the levy would be cut.", "the levy would be cut"),
    ("Ilse Marrow warned the farmers on Monday.", "the farmers"),
    ("Teodor Brask promised land to the farmers of Quell.", "land to the farmers"),
    # a speaker told something is no speaker of it; a question is no statement
    ("Ilse Marrow was told that the canal would open in June.", "the canal would open"),
    ("Teodor Brask asked whether the levy would be cut.", "the levy would be cut"),
    # a clause that is no statement: a purpose, a condition, a fact seen
    ("Ilse Marrow saw that the canal had flooded.", "the canal had flooded"),
    ("Teodor Brask said goodbye to the farmers of Quell.", "goodbye to the farmers"),
    ("Ilse Marrow reminded the council of the flood.", "the flood"),
    ("Teodor Brask said in a statement and posted on X that he would appeal.", "Teodor Brask"),
    # set phrases holding a cue verb, a refusal, an order
    ("A spokesperson for Ilse Marrow declined to comment.", "comment"),
    ("Ilse Marrow could not be reached for comment on Monday.", "for comment"),
    ("That said, the canal opened in June.", "the canal opened in June"),
    ("Needless to say, the canal opened late.", "the canal opened late"),
    ("All told, the canal cost two million.", "the canal cost two million"),
    ("Truth be told, the canal opened late.", "the canal opened late"),
    ("Ilse Marrow said nothing about the canal.", "about the canal"),
    ("Ilse Marrow told the council to repair the pipes by May.", "the council to repair"),
    # a dateline, a relative clause's report, a cue verb in its other senses
    ("QUELL, June 3 (Reuters) - The canal opened on Monday after two years of work.", "The canal opened"),
    ("Ilse Marrow, who said last year that she would resign, opened the canal on Monday.", "opened the canal"),
    ("Ilse Marrow underscored her point with a chart.", "her point with a chart"),
    ("Teodor Brask agreed to sell his farm to the council.", "to sell his farm"),
    ("Ilse Marrow accepted the award on behalf of the ministry.", "the award on behalf"),
    ("Ilse Marrow recognised the new government of Quell.", "the new government of Quell"),
    ("Teodor Brask feels tired after the long meeting.", "tired after the long meeting"),
    ("The council advised residents to boil their water.", "residents to boil"),
    ("Ilse Marrow mentioned the canal twice in her speech.", "the canal twice"),
    # indirect questions: what was asked or left unsaid is no statement; a relaying verb with no “as saying”
    ("Teodor Brask declined to say how much he had been paid.", "he had been paid"),
    ("Teodor Brask refused to say who had paid him.", "who had paid him"),
    ("Ilse Marrow would not say whether the canal would open in June.", "the canal would open"),
    ("Teodor Brask told Reuters why the levy had been raised.", "the levy had been raised"),
    ("The canal, which Reuters cited as a model, will open in June.", "The canal"),
    # a passive announcement with no speaker, an “as” of the writer
    ("It was announced that the canal would open in June.", "the canal would open"),
    ("But the canal opened in June, as planned.", "the canal opened"),
    # a relative clause with no speech verb
    ("Teodor Brask found pipes the council laid in 1998.", "laid in 1998"),
    # a warning received, a warning of a danger with no statement
    ("Ilse Marrow was warned not to drink the water.", "not to drink the water"),
    ("The council warned of floods in Quell.", "floods in Quell"),
]


@pytest.mark.e2e
@pytest.mark.parametrize("text, words", NEAR_MISSES)
def test_quotes_reported_english_battery_near_miss_no_quote(text: str, words: str) -> None:
    quotes = run(text, "en", CAST)
    assert not any(words in q["text"] for q in quotes), quotes
