"""Within-article entity recognition and linking (French and English).

:func:`recognise` takes the spaCy ``Doc`` of an article body and returns one entity per person, organisation or
place it names (:class:`veille.record.Entity`)::

    {"id": "kb:org:NATO" | "kb:country:JPN" | "kb:city:tokyo" | "per:shigeru-ishiba" | "org:nsatu" | "loc:...",
     "name": "NATO",              # canonical; the English name for KB entities, the longest full name for persons
     "type": "PERSON" | "ORG" | "GPE" | "LOC",
     "code": "NATO",              # ISO-3 for states and places in them, organisation code, or None
     "wikidata": "Q7184" | None,
     "country": "JPN" | None,     # persons: state ISO-3 or organisation code they act for; organisations and state
                                  # bodies: the state or organisation they belong to (EEAS -> EU, navy -> its state)
     "sector": "GOV" | None,      # persons: PLOVER sector of their role; organisations: IGO, NGO, ...
     "roles": [{"role": "prime minister", "text": "le Premier ministre japonais", "date": "2025-04-09"}],
     "mentions": [{"text": "l’OTAN" -> "OTAN", "start": 10, "end": 14, "field": "body"}]}
                                  # offsets index the text the mention is in: "body", "title", "caption:N"

How: statistical NER (spaCy) plus a rule layer over the knowledge base (:mod:`veille.analysis.kb`). The passes,
in the order :func:`~.recognise.recognise` runs them; each works on the :class:`~.table.Article` (read only) and
writes what is said:

1. Matches (:mod:`.scan`, :mod:`.ner`, :mod:`.compounds`, :mod:`.places`, :mod:`.hits`,
   :func:`.others.state_named_orgs`, :func:`.led.led_groups`). ``scan``: a longest-match scan of KB names,
   demonyms, role words and state bodies gives the *hits* (:class:`~.scan.Hit`); ``ner_spans``: the NER's
   entities as cleaned *NER spans* (articles, prepositions and honorifics stripped, hyphenated names joined,
   coordinated places split; an honorific makes a person; a name wrapped over two lines is one,
   :func:`.ner.wrapped_names`; a person's name the NER ended or began one plain name word short takes that word back,
   :mod:`.name_edges`; a Title Case headline's verbs and prepositions end a name,
   :func:`.spans.headline_word`), less the abbreviations of common nouns (:func:`.acronyms.common_abbreviations`);
   a span run across a place and a person's name is cut in two ("President of Kazakhstan Kassym-Zhomart Tokayev",
   "Jacob Zuma de l'Afrique du Sud": :mod:`.seams`), a company before a corporate role and its holder is an
   organisation ("Huawei CFO Meng Wanzhou": :func:`.seams.company_roles`), two places that together name a
   subdivision are one ("Jammu and Kashmir": :func:`.ner.coordinated_subdivisions`), and a medium named with a
   number is one name ("Rossiya 24": :func:`.ner.numbered_media`).
   Hyphenated compounds are read as a pair of parties or one name (:mod:`.compounds`); names of documents and
   products are no entities (:func:`.ner.document_names`, :func:`.ner.products`); places the NER misses are added
   from how news prints them (streets, type words, facilities, gazetteer cities after a locative:
   :mod:`.places`). Then hits and NER spans are reconciled: an acronym the text defines for another organisation
   than the knowledge base's names that one ("the Rapid Support Forces (RSF)", :func:`.hits.defined_acronyms`);
   an acronym glued in a hyphenated word, a
   country inside an organisation's name ("Guyana Defence Force": the organisation's state is recorded in a
   :class:`~.others.StateNamedOrgs`), a place inside a person's name ("George Washington"), a state leading a
   group ("the Saudi-led coalition": :mod:`.led`, the group an organisation of its own) or a movement's national
   society ("la Croix-Rouge chinoise": :mod:`.societies`) are dropped, and so is the state or organisation that
   closes a French body's name the NER ended before its lowercase tail, the name run on over it (« le Comité des
   affaires frontalières » + « du Gabon »: :mod:`.name_tails`); a wire dateline's place the NER missed,
   cut or mislabelled is added (a town in capitals the gazetteer lacks too); a seat city used for its body
   ("Bruxelles exige") becomes the body's context alias; an ambiguous demonym takes the state named; a lone
   "person" that is a known city becomes a place.
2. KB entities (:func:`.hits.mention_hits`): each hit becomes a mention in the :class:`~.table.EntityTable`
   (demonyms are mentions of their country; capitals and seats of power stay their own entity carrying the
   state's code; context aliases such as "l’Alliance" count only where the organisation is otherwise named); the
   tokens used are *taken*. :func:`.bodies.affiliate_bodies` gives each state-body hit its state from the words
   around it ("Russia's foreign ministry", "l’armée de l’air ukrainienne"). :func:`.acronyms.acronyms`: acronyms
   defined in parentheses become organisations; so does an acronym printed next to a medium's noun ("state-run
   ABTV television", :func:`.acronyms.media_acronyms`, run with the matches).
   A party named by a bare word ("Labour", "the Conservatives") is the party of the state the text names
   (:mod:`.bare_parties`, ``party_names.tsv``; a headline's or caption's with the body's states).
3. People (:mod:`.roles`, :mod:`.people`): role phrases with their affiliation ("le Premier ministre japonais",
   "Mark Rutte, secrétaire général de l’OTAN"); person names (the NER's, and those printed after a role),
   clustered into persons (family name, reversed order); each role phrase bound to its person (apposition,
   "devenu/named + role", or a definite phrase such as "le chef de l’OTAN" resolved to the latest person holding a
   compatible role).
4. Entities around them: :func:`.bodies.body_entities` (one organisation per state body and state, named for its
   state; a bare "le gouvernement" is the body already named, else the article's home state's);
   :func:`.others.ner_entities` (NER organisations and places the KB lacks, agency credits such as "(AFP)"
   included; regions get their state from ISO 3166-2 subdivisions); :func:`.people.person_entities` (persons with
   their roles, and their state from a role, the phrase in apposition, or the wire dateline: :mod:`.affiliation`).
   :func:`.places.territorial_bodies`: bodies named for their territory ("la préfecture de la Vendée", "le parquet
   de Lyon"); :func:`.territory.territory_bodies`: such a body printed bare ("selon la préfecture") is the one of
   the department the story has set itself in last ("En Vendée, ..."). :func:`.institutions.short_forms`: an
   institution named again by its head noun alone ("le ministère", "the department") is one more mention of the
   last one named with that head. In French (lexicon flags): the body an organ's complement names is mentioned too
   (« le Conseil de sécurité de l'ONU »: :mod:`.complement_parents`), and a facility named by its lowercase type
   noun and a proper name is one place (« l'aéroport Ben Gourion »: :mod:`.facilities`). A place printed with a
   lowercase noun of its kind and « de » (« le district de Valmont ») is mentioned by the whole phrase too
   (:mod:`.kind_phrases`).
5. :func:`.recognise.finish`: entities with a mention, bylines and the places of credits (:mod:`.credits`) left
   out (a credit's agency and photographer are entities), in the order of their first mention; then
   :func:`.variants.merge_variants`: a person printed again with a one-edit slip in the family name is one.

The body, the headline and each caption are recognised apart, and the source and staff lines the extraction set
aside as boilerplate ("Avec Reuters", "(Reporting by Jane Roe)") are read without a parse (:mod:`.sourcelines`,
field ``boilerplate:N``); :mod:`.fields` merges them into the article's list (one entity across fields) and says
what the record lists (a government is its state; a state named only by an adjective is none). The pipeline's
``fields`` stage (:mod:`veille.analysis.stages`) runs it.

The words the passes read ("le", "of", "By"...) are data of each language (``veille/lang/<code>/entities.json``,
:mod:`.words`), the union over languages applied to every text.
"""

from __future__ import annotations

from .recognise import recognise
from .roles import parse_role_phrase, resolve_role_phrase

__all__ = ["recognise", "parse_role_phrase", "resolve_role_phrase"]
