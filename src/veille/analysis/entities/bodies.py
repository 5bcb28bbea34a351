"""State bodies named by a common noun ("le ministère russe de la Défense", "Sweden's government", "the Indonesian
navy"): the state each one belongs to, from the words around it (:func:`affiliate_bodies`), then one organisation
per body and state, named and coded for it (:func:`body_entities`)."""

from __future__ import annotations

from ...record import Entity
from ..context import home_state
from ..kb import slug
from ..kbnorm import token_norm
from ..tree import capital_word, text_of
from .bare_bodies import as_source, bare, plain, portfolio_body
from .scan import Hit
from .spans import glued, proper_name
from .table import Article, EntityTable
from .words import missions_named_by_city, words

#: Keys of bodies.tsv for a state's missions abroad: named with the city they are in when the text prints it
#: ("the Chilean embassy in Nairobi": "Embassy of Chile in Nairobi", in English, as most real-news golds name
#: them), else with the state hosting them. Consulates are none: the real-news gold lists them (fa-038), the
#: invented corpus/dev does not (en14, fr19), and its floors hold.
MISSIONS = ("embassy", "highcommission")


def _state(x: Hit | None) -> str | None:
    """The state a hit names: a demonym's, a country's or a city's."""
    if x is None:
        return None
    if x.kind == "demonym":
        return x.code
    if x.kind == "entity" and x.entries[0].kind in ("country", "city"):
        return x.entries[0].code
    return None


def _city_at(art: Article, k: int) -> tuple[str, int, str] | None:
    """(ISO-3, end, English name) of a gazetteer city printed at token k, over glued hyphens ("Port-au-Prince")."""
    doc, j = art.doc, k
    while (
        j < len(doc)
        and j - k < 7
        and (
            doc[j].text[:1].isupper()
            and (doc[j].is_alpha or "-" in doc[j].text)
            or doc[j].is_alpha
            and j > k
            and glued(doc, j - 1)
            or glued(doc, j)
        )
    ):
        j += 1
    for end in range(j, k, -1):
        city = art.kb.city(text_of(doc, k, end))
        if city:
            return city[1], end, city[0]
    return None


def _portfolios(art: Article, k: int) -> tuple[str, int] | None:
    """The state and end of the portfolios a ministry's name lists after a comma, up to the coordinated last one,
    when one of them names its people ("ministère des Affaires étrangères, de la Coopération et des Nigériens à
    l’Étranger"): Niger's ministry, under its whole name. Each portfolio opens on a capitalised word, after a
    preposition of the name and its article or not."""
    doc, w = art.doc, words()
    code, last = None, False
    while k + 1 < len(doc) and (doc[k].text == "," or doc[k].lower_ in w.coordinators) and not last:
        last = doc[k].lower_ in w.coordinators
        k += 1
        if k < len(doc) and doc[k].lower_ in w.coordinators:  # the serial comma: ", and"
            last, k = True, k + 1
        start = k
        while k < len(doc) and k - start < 8 and doc[k].text != "," and doc[k].lower_ not in w.coordinators:
            t = doc[k]
            if not (t.text[:1].isupper() or token_norm(t) in w.of | w.of_det or t.pos_ in ("ADP", "DET", "ADJ")):
                break
            if t.text[:1].isupper() and (demonym := art.kb.demonym(t.text, art.lang)):
                code = code or demonym
            k += 1
        content = [t for t in doc[start:k] if t.is_alpha and token_norm(t) not in w.of | w.of_det]
        if not content or not content[0].text[:1].isupper():
            return None
    return (code, k) if last and code else None


def _coordinated_portfolio(art: Article, h: Hit, by_start: dict[int, Hit]) -> int:
    """End of a second portfolio a ministry's name coordinates after its first (« le ministère des Affaires
    étrangères et de la Coopération internationale »: the conjunction, a preposition of the name and its article,
    a capitalised word that opens no other name, the lowercase adjectives after it), or the hit's end. Only for
    the head nouns of entities.json ``portfolio_heads``."""
    doc, w, k = art.doc, words(), h.j
    i, j = h.core or (h.i, h.j)
    if not any(token_norm(t) in w.portfolio_heads for t in doc[i:j]):
        return k
    if k + 2 >= len(doc) or doc[k].lower_ not in w.coordinators or token_norm(doc[k + 1]) not in w.of:
        return k
    j = k + 2 + (token_norm(doc[k + 2]) in w.of_det)
    if j >= len(doc) or not capital_word(doc[j]) or j in by_start:
        return k
    j += 1
    while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "ADJ":
        j += 1
    return j


def affiliate_bodies(art: Article, hits: list[Hit], bare_country: bool) -> None:
    """State of each body hit, from the words around it; the hit then spans them: "Russia's foreign ministry",
    "the Indonesian navy", "l’armée de l’air ukrainienne", "gouvernement de la Géorgie", "embassy in Ottawa".
    ``bare_country``: the article's language puts a bare country name before a body noun ("China Coast Guard")."""
    doc, w = art.doc, words()
    by_start = {h.i: h for h in hits if h.kind != "body"}
    by_end = {h.j: h for h in hits if h.kind != "body"}
    for h in hits:
        if h.kind != "body":
            continue
        assert h.body is not None
        h.core = (h.i, h.j)
        if h.body.cited:  # "Maldives Police Service", "the Kenyan police": no state of its own (:func:`.plain`)
            continue
        code = h.code  # the body's own state (bodies.tsv) only when no word around it names another one
        before = by_end.get(h.i)
        if before is None and h.i > 0 and doc[h.i - 1].text in w.possessives:
            before = by_end.get(h.i - 1)
        # "Russian embassy", "Russia's embassy"; a bare country name where the language allows it
        if code is None and before and (before.kind == "demonym" or before.j < h.i or bare_country):
            if _state(before) and (before.kind != "entity" or before.entries[0].kind == "country"):
                code = _state(before)
                # "Britain's Ministry of Defense": a proper name after the possessive is the body's mention alone
                h.i = h.i if before.j < h.i and proper_name(doc, h.i, h.j) else before.i
        k = h.j = _coordinated_portfolio(art, h, by_start)  # "… et de la Coopération internationale du Mali"
        after = by_start.get(k)
        if after is not None and after.kind == "demonym":  # "l’armée de l’air ukrainienne"
            code, h.j = code or after.code, after.j
        elif k < len(doc) and token_norm(doc[k]) in w.of:  # "gouvernement de la Géorgie", "Ministry ... of Russia"
            k += 1 + (k + 1 < len(doc) and token_norm(doc[k + 1]) in w.of_det)
            after = by_start.get(k)
            if code is None and after and after.kind == "entity" and after.entries[0].kind == "country":
                code, h.j = after.entries[0].code, after.j
        if code is None and (portfolios := _portfolios(art, h.j)):  # "…, de la Coopération et des Nigériens"
            code, h.j = portfolios
        code = code or h.body.country  # "l'état-major des armées" is France's, "... des armées tchadiennes" Chad's
        k = h.j
        if h.body.key in MISSIONS and k + 1 < len(doc) and token_norm(doc[k]) in w.host:
            host = _state(at := by_start.get(k + 1))
            if host and at:
                h.host, h.j = host, at.j
                h.host_name = at.entries[0].name if at.kind == "entity" and at.entries[0].kind == "city" else None
            elif city := _city_at(art, k + 1):  # "l’ambassade canadienne à Port-au-Prince"
                h.host, h.j, h.host_city, h.host_name = city[0], city[1], (k + 1, city[1]), city[2]
        h.code = code


def locative_state(art: Article, h: Hit) -> str | None:
    """The state of a city set just before a bare body: "À Mexico, le ministère des Affaires étrangères a
    rejeté...", "In Kabul, the government said..."."""
    doc, kb, w = art.doc, art.kb, words()
    k = h.i
    while k > 0 and h.i - k < 2 and token_norm(doc[k - 1]) in w.definite:
        k -= 1
    if k < 2 or doc[k - 1].text != ",":
        return None
    end = k - 1
    for start in range(end - 1, max(end - 4, 0), -1):
        if doc[start - 1].lower_ in w.city_locatives:
            text = text_of(doc, start, end)
            city = kb.city(text)
            if city:
                return city[1]
            entry = next((e for e in kb.lookup(text, art.lang) if e.kind in ("city", "seat")), None)
            return entry.code if entry else None
    return None


def _latest_ministry(art: Article, table: EntityTable, h: Hit, body_keys: dict[str, str]) -> Entity | None:
    """The ministry a definite "the ministry" refers to: the state body of a ministry (of the hit's state, when it
    has one) named last before it."""
    at = art.doc[h.i].idx
    prior = [
        (min(m["start"] for m in e["mentions"] if m["start"] < at), e)
        for e in table.ents.values()
        if body_keys.get(e["id"]) not in (None, "government", *MISSIONS, "ministry")
        and e["sector"] == "GOV"
        and (h.code is None or e["code"] == h.code)
        and any(m["start"] < at for m in e["mentions"])
    ]
    if not prior:
        return None
    return max(prior, key=lambda x: max(m["start"] for m in x[1]["mentions"] if m["start"] < at))[1]


def modifies_noun(art: Article, h: Hit) -> bool:
    """Does the body's word qualify a noun after it rather than name the body: "Russian military activity", "US
    military and civilian personnel", "Russia's military commanders"? (An adjective or a nominal modifier; a
    compound such as "government forces" or "the army chief" still names its body.)"""
    assert h.core is not None
    last = art.doc[h.core[1] - 1]
    head = last.head
    return (
        head.i >= h.core[1] and head.pos_ in ("NOUN", "PROPN") and (last.pos_ == "ADJ" or last.dep_ in ("amod", "nmod"))
    )


def body_entities(art: Article, table: EntityTable, hits: list[Hit], names: set[int]) -> None:
    """Entities for state bodies, also inside role phrases ("le porte-parole du ministère chinois des Affaires
    étrangères": the ministry is named, and the person's role is affiliated to its state). A bare body ("le
    gouvernement", "the foreign ministry") is the state's body already named, else the body of the article's home
    state (:func:`veille.analysis.context.home_state`, among the entities found so far) where the lexicon allows
    it, for some bodies only where the text names it as a source (:func:`.bare_bodies.as_source`) (in a body: a
    bare body of a headline or caption is left to the body's). ``names``: the tokens of the
    persons' names."""
    doc, kb, w = art.doc, art.kb, words()
    body_keys: dict[str, str] = {}  # entity id of a state body -> its key in bodies.tsv
    latest: dict[str, Entity] = {}  # body key -> entity last mentioned
    home: list[str | None] = []  # the home state, once computed
    for h in hits:
        if h.kind != "body" or h.body is None or h.core is None or any(t in names for t in range(*h.core)):
            continue
        if modifies_noun(art, h):
            continue
        code, eid = h.code, None
        if h.body.key == "ministry":  # "the ministry said": the ministry last named (of that state), never a new one
            ministry = _latest_ministry(art, table, h, body_keys) if bare(art, h) else None
            if ministry is not None:
                table.tok_mention(ministry, h.i, h.j)
            if ministry is not None or (found := portfolio_body(art, h, hits)) is None:
                continue
            h.body, code = found  # "le ministre tchadien de l'Intérieur… a indiqué le ministère"
        if h.body.cited and not plain(art, h):  # "riot police", "Border Police", "police officers"
            continue
        if code is None and not h.body.cited:
            code = locative_state(art, h)
        if code is None:
            prev = latest.get(h.body.key)
            if prev is not None:
                code, eid = prev["code"], prev["id"]
            elif art.context.field == "body" and (  # a headline or caption has no home state of its own
                (h.body.source and as_source(art, h))  # "…, police said": the article is optional
                or (
                    h.body.default
                    and h.i > 0
                    and (
                        token_norm(doc[h.i - 1]) in w.definite
                        or (doc[h.i - 1].text in w.possessives and h.i - 2 not in names)
                    )
                )
            ):  # "the Taliban's Ministry", not "President Ortega's government", whose state is not the home one
                if not home:
                    home.append(home_state(table.ents.values()))
                code = home[0]
        if code is None:
            continue
        if eid is None and h.body.key in MISSIONS and h.host is None:  # "the Russian embassy": the one named
            eid = next((e for e, key in body_keys.items() if key == h.body.key and table.ents[e]["code"] == code), None)
        name = kb.body_name(h.body.key, code, h.host, h.host_name if missions_named_by_city(art.lang) else None)
        ent = table.ents.get(eid) if eid else None
        seat = next((e for e in kb.lookup(name, "en") if e.kind == "seat"), None)  # "la présidence russe"
        if ent is None and seat is not None:
            ent = table.kb_entity(seat)
        if ent is None:
            ent = table.entity(
                f"body:{slug(name)}", name=name, type="ORG", code=code, country=code, sector=h.body.sector
            )
            body_keys[ent["id"]] = h.body.key
        table.tok_mention(ent, h.i, h.j)
        if h.host_city:  # the city the mission is in is a place of the story too ("consulat du Maroc à Montréal")
            table.taken.difference_update(range(*h.host_city))
        latest[h.body.key] = ent
