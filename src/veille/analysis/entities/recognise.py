"""The order of the passes of entity recognition (the package docstring says what each reads and writes), and the
final table: entities with mentions, bylines left out, in the order of their first mention."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from ...record import Entity, Mention
from ..context import TextContext, context_of
from ..tree import text_of
from .acronyms import acronyms, common_abbreviations, media_acronyms
from .bare_bodies import cited_alone
from .bare_parties import bare_parties
from .bodies import affiliate_bodies, body_entities
from .bylines import openings, signs
from .complement_parents import complement_parents
from .compounds import hyphen_compounds
from .credits import CREDITED, credit_acronyms, credit_people, credit_spans
from .cut_words import cut_mentions
from .document_acronyms import document_abbreviations
from .facilities import facility_places
from .hits import (
    country_starts,
    defined_acronyms,
    drop_glued_acronyms,
    drop_inside_names,
    mention_hits,
    resolve_demonyms,
    seat_metonymy,
)
from .institutions import group_references, short_forms
from .kind_phrases import kind_phrases
from .led import led_entities, led_groups
from .legislatures import take_named_legislatures
from .ner import (
    coordinated_orgs,
    coordinated_subdivisions,
    dateline_places,
    document_names,
    lone_cities,
    media_titles,
    ner_spans,
    numbered_media,
    products,
)
from .others import ner_entities, state_named_orgs
from .people import find_people, person_entities
from .places import more_places, territorial_bodies
from .premodified import premodified_bodies
from .roles import role_phrases
from .scan import scan
from .seams import company_roles, complement_orgs, place_seams, role_seams
from .societies import national_societies
from .state_agencies import state_agencies
from .table import Article, EntityTable
from .territory import territory_bodies
from .un_missions import un_missions
from .variants import merge_variants
from .waters import water_names
from .words import bare_country_qualifies_body, words


def recognise(
    doc: Doc,
    *,
    lang: str,
    published: str | None = None,
    context: TextContext | None = None,
    states: Mapping[str, int] | None = None,
) -> list[Entity]:
    """Entities of a text parsed by spaCy (``doc``): an article body, or a headline or caption when ``context`` says
    so (its ``field``); offsets index the text, each mention says its field. Format: package docstring.
    ``context`` is the text's context when the pipeline made one; the entities found are set on it. ``states``: the
    mentions of each state in the article's body, for a headline or a caption (:mod:`.bare_parties`)."""
    bare_country = bare_country_qualifies_body(lang)
    ctx = context_of(doc, lang, published, context)
    art = Article(ctx, published)
    table = EntityTable(doc, ctx.field, art.text)
    kb = art.kb
    # 1. KB matches and NER spans, reconciled
    hits = cited_alone(art, scan(doc, kb, lang, art.text))  # "Maldives Police Service": no bare police inside
    common = common_abbreviations(art.text, kb, lang) | document_abbreviations(art.text)  # "MoU", "Treaty (MDT)"
    ner = [s for s in ner_spans(art) if text_of(doc, s[0], s[1]) not in common]  # "MoU": no organisation
    ner = place_seams(art, ner)  # "President of Kazakhstan Kassym-Zhomart Tokayev": a place, then a person
    ner = role_seams(art, ner)  # "Kilima MP Jane Wambui": a place, the role, then a person
    ner = coordinated_subdivisions(art, ner)  # "Jammu" + "and" + "Kashmir": one place
    ner = company_roles(art, ner, hits)  # "Huawei CFO Meng Wanzhou": the company
    ner, complemented = complement_orgs(art, ner)  # "Omar Haddad Center" + "for the Middle East": one name
    ner, joined = coordinated_orgs(art, ner)  # "Kashan Roads and Harbour Authority": one name
    joined += complemented
    hits = [h for h in hits if h.kind == "demonym" or not any(a <= h.i and h.j <= b for a, b, _ in joined)]
    hits = drop_glued_acronyms(art, hits)
    defined_acronyms(art, hits)  # "the Rapid Support Forces (RSF)": not Reporters Without Borders
    hits, ner = hyphen_compounds(art, hits, ner)
    hits, ner = document_names(art, hits, ner)
    ner = products(art, ner)
    hits, ner, orgs = state_named_orgs(art, hits, ner)
    hits, ner = premodified_bodies(art, hits, ner)  # "the National Security Council": no UN Security Council
    dateline_places(art, ner, hits)
    hits, ner = document_names(art, hits, more_places(art, ner, hits))  # no place added inside a document's name
    hits, ner = water_names(art, hits, ner)  # "the Gulf of Guinea": one place, no "Gulf" alias nor state
    ner = media_acronyms(art, ner, hits)  # "state-run ABTV television"
    ner = media_titles(art, ner, hits)  # "rapporte le magazine allemand Stern"
    ner = numbered_media(art, ner, hits)  # "the state-run channel Rossiya 24"
    hits = drop_inside_names(art, hits, ner)
    mentioned = {e.id for h in hits if h.kind == "entity" for e in h.entries[:1]}
    parents = {parent for m in mentioned if (parent := kb.entries[m].parent)}
    seat_metonymy(art, hits, mentioned)
    resolve_demonyms(art, hits, ner)
    ner = lone_cities(art, ner, hits)
    hits, led = led_groups(art, hits)
    hits, societies = national_societies(art, hits)
    country_at = country_starts(hits)
    # 2. KB entities, bodies, acronyms
    mention_hits(art, table, hits, mentioned, parents)
    ner = bare_parties(art, table, ner, hits, states)  # "Labor's spokesperson", "the Conservatives": the party
    led_entities(table, led + societies)
    affiliate_bodies(art, hits, bare_country)
    acronyms(art, table, ner, common)
    # 3. people, then the bodies and NER entities around them
    dateline = ctx.dateline_state
    phrases = role_phrases(art, table, hits)
    take_named_legislatures(table, hits)  # "the Lok Sabha": no person
    people = find_people(art, table, ner, phrases, dateline)
    body_entities(art, table, hits, {t for p in people for i, j in p.names for t in range(i, j)})
    un_missions(art, table, hits)  # "la mission onusienne en Libye"
    state_agencies(art, table, hits)  # « l'agence de presse publique marocaine »: MAP
    credit_people(table, art.kb, art.lang)
    credit_acronyms(table, art.kb, art.lang)  # "Credit: KLX": the agency
    ner_entities(art, table, ner, people, mentioned, orgs, country_at)
    territorial_bodies(art, table)
    territory_bodies(art, table)
    person_entities(art, table, people, dateline)
    short_forms(art, table)
    group_references(art, table)
    complement_parents(art, table)  # « le Conseil de sécurité de l'ONU »: the UN too
    facility_places(art, table)  # « la prison centrale de Valmont »: one place
    kind_phrases(art, table)  # « le district de Valmont »: Valmont, mentioned with its kind too
    cut_mentions(art, table)  # "... partners and Pakist": a text cut inside its last word
    entities = merge_variants(finish(table))  # a slip in a person's name: one person
    ctx.set_entities(entities)
    return entities


def _vessel(ent: Entity) -> bool:
    """Is ``ent`` a ship, named with a navy's prefix ("USS Carver", "HMAS Tarrant": ``ship_prefixes``)? The
    real-news golds list no vessel."""
    first, _, rest = ent["name"].partition(" ")
    return not ent["id"].startswith("kb:") and first in words().ship_prefixes and rest[:1].isupper()


def finish(table: EntityTable) -> list[Entity]:
    """The entities with a mention, their mentions in text order, in the order of their first mention. The author
    ("By Jane Doe", "Par Jean Dupont", a line holding only the name, unless it names a state or an organisation
    of the knowledge base: "Guerre Israël-Hamas" is a heading) and the places of a byline ("By South Asia
    correspondent ...") are no entities of the story; nor is what a credit names ("Photo: Jane Roe / Daily
    Ledger", :mod:`.credits`) unless it is an agency, a medium or a photographer: the real-news convention lists
    "(AFP)", "Photo: Reuters", "AP Photo/Jane Roe" as entities of the field they are printed in; a place in a
    credit ("(Pacific Ledger/File)") is still none; nor is a ship named with a navy's prefix (:func:`_vessel`)."""
    kb_mentions = [m for e in table.ents.values() if e["id"].startswith("kb:") for m in e["mentions"]]
    bylines = [
        (m.start(), m.end())
        for m in words().byline.finditer(table.text)
        # a line of capitalised words naming a state or an organisation is a heading, no author's name
        if len(m.group(0).split()) > 3 or not any(m.start() <= k["start"] and k["end"] <= m.end() for k in kb_mentions)
    ]
    credits = credit_spans(table.text)
    signed = openings(table.text)  # "By AFP": the medium that signs the story is an entity

    def in_byline(m: Mention) -> bool:
        return any(a <= m["start"] and m["end"] <= b for a, b in bylines)

    out = []
    for ent in table.ents.values():
        if credits and ent["type"] not in CREDITED:
            ent["mentions"] = [
                m for m in ent["mentions"] if not any(a <= m["start"] and m["end"] <= b for a, b in credits)
            ]
        if not ent["mentions"] or _vessel(ent):
            continue
        if (
            any(in_byline(m) for m in ent["mentions"])
            and (ent["type"] == "PERSON" or all(in_byline(m) for m in ent["mentions"]))
            and not signs(ent, signed)
        ):
            continue
        ent["mentions"].sort(key=lambda m: (m["start"], m["end"]))
        out.append(ent)
    out.sort(key=lambda e: e["mentions"][0]["start"])
    return out
