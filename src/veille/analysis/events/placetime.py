"""Where and when: an event's date, location and contexts, the country where a clause happens, and the unnamed
home groups of that country ("la police", "protesters")."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from spacy.tokens import Span, Token

from ...datafiles import DATA, read_table
from ...record import Place
from .. import dates, kb
from ..kb import group_nouns
from ..tree import ancestors, children, span_text, span_tokens, subtree, text_of, verb_above
from .blocs import bloc_group
from .capital_places import capital_place
from .frame import Frame
from .gangs import gang_party
from .lexicon import home_victim_types, token_words
from .parties import Party, group, is_state, place, state_code
from .syntax import case, is_locative, request_adjunct


def date(f: Frame, trig: Token, sent: Span, future: bool) -> str | None:
    """A date expression governed by the trigger's own clause (a caption's too), else the publication date; a
    future act without a date gets None."""
    key = (sent.start, sent.end, future)
    found = f.date_mentions.get(key)
    if found is None:
        found = f.date_mentions[key] = dates.find_dates(span_text(sent), f.lex.code, f.published, future=future)
    for d in found:
        tok = f.doc.char_span(sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand")
        if tok is None:
            continue
        t = _clause_verb(trig, tok.root)
        governing = trig.head if trig.pos_ != "VERB" else trig
        verbless = t.pos_ not in ("VERB", "AUX") and not any(x.pos_ == "VERB" for x in sent)  # a caption
        if t.i == trig.i or t.i == governing.i or verbless:
            return d.date
    return f.pub_date if not future else None


def location(
    f: Frame,
    trig: Token,
    sent: Span,
    actors: list[Party],
    recipients: list[Party],
    mode: str | None,
    etype: str | None = None,
) -> tuple[Place | None, bool]:
    """The GPE/LOC after a locative preposition of the trigger's clause; for an act of ``target_place_types`` whose
    clause names no place or only a state, the place it is aimed at (:func:`_target_place`); for a visit without
    one, the single other place of the host country that the article names. The flag is True when the place is
    inferred. The dateline is read once, by :func:`story_place`: its city places the acts of ``located_by_place``
    that name no place of their own, after the merge (:func:`.merging.settled`), with no cost to their confidence."""
    found = _clause_place(f, trig, sent)
    if (found is None or found["id"] == _state_id(f, found)) and etype in f.cues["target_place_types"]:
        found = _target_place(f, trig, sent) or found  # "strikes on the capital X" rather than "the coalition in Y"
    if found is not None:
        return found, False
    host = (recipients if mode == "visit" else actors if mode == "host" else [None])[0]
    if host is not None and host.entity.get("type") == "GPE" and not is_state(host.entity):
        return place(host.entity), False  # "who was visiting Tallinn": the city visited
    if host is not None:  # "X, qui visitait le Japon": the visit took place in the one Japanese city named
        cities = [
            e
            for e in f.entities
            if e.get("type") in ("GPE", "LOC")
            and e.get("mentions")
            and state_code(e) == host.code
            and not is_state(e)
            and e is not host.entity
            and e.get("name") != host.entity.get("name")
        ]
        if len(cities) == 1:
            return place(cities[0]), True
    if etype in home_victim_types() and actors and all(_unknown_home_authors(p) for p in actors):
        # "au moins douze personnes ont été tuées" (implicit.home_killers): in the home state its clause leaves
        state = next(
            (e for e in f.entities if is_state(e) and e.get("type") == "GPE" and e.get("code") == f.home), None
        )
        if state is not None:
            return place(state), True
    return None, False  # the story's place, its dateline city first, is given after the merge (merging.settled)


#: how many opening segments with a verb may name the place a text's story is told at (:func:`story_place`): the
#: lede and the sentence after it, where a meeting's or a rally's city is often printed after a lede that names
#: none (stop 60, measured on real5-real15; the lede alone was loc57's form at stop 57)
STORY_PLACE_SENTENCES = 2


def story_place(f: Frame) -> Place | None:
    """Where the text's story is told: the city of its opening dateline, else the first city that its opening
    sentences (``STORY_PLACE_SENTENCES``) name after a locative preposition ("Thousands marched in X on Sunday",
    « Les ministres se sont retrouvés à X »); a city of a known state, never a state nor a region; found once per
    frame, read by :func:`.merging.settled` for the acts that name no place of their own."""
    key = ("story_place",)
    if key in f.walks:
        return f.walks[key]
    dateline = _dateline_entity(f)
    found = place(dateline) if dateline is not None and _city(dateline) else None
    if found is None:
        opening = [s for s in f.context.segments if any(t.pos_ in ("VERB", "AUX") for t in span_tokens(s))]
        for sent in opening[:STORY_PLACE_SENTENCES]:
            ent = next((e for e, _ in _segment_places(f, sent) if _city(e)), None)
            if ent is not None:
                found = place(ent)
                break
    f.walks[key] = found
    return found


def _dateline_entity(f: Frame) -> dict[str, Any] | None:
    """The first entity the dateline names: its tokens in text order, not a walk over every token of the text."""
    doc = f.doc
    return next((e for i in sorted(f.dateline) if (e := f.mentions.entity(doc[i]))), None)


def _clause_verb(trig: Token, t: Token) -> Token:
    """The head of ``t``'s clause: up from ``t`` to the trigger, a verb or the root."""
    while t.i != trig.i and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _trigger_clause(trig: Token, t: Token) -> bool:
    """Whether ``t``, a clause's head (:func:`_clause_verb`), heads the trigger's clause: it is the trigger, or the
    verb that governs a nominal or xcomp trigger."""
    return t.i == trig.i or ((trig.pos_ != "VERB" or trig.dep_ == "xcomp") and t.i == trig.head.i)


def _city(ent: Mapping[str, Any]) -> bool:
    """A city (or a state's province the knowledge base types as a GPE) of a known state, not the state itself."""
    return ent.get("type") == "GPE" and not is_state(dict(ent)) and state_code(dict(ent)) is not None


def _unknown_home_authors(p: Party) -> bool:
    """Whether ``p`` is the unnamed, sectorless home group :func:`.implicit.home_killers` gives an authorless act."""
    return p.domestic and p.sector is None and p.entity.get("id") is None


def _clause_place(f: Frame, trig: Token, sent: Span) -> Place | None:
    """The place after a locative preposition or a word of nearness whose clause is the trigger's ("dans la région
    de X", "autour d'Harare" too)."""
    for ent, target in _segment_places(f, sent):
        t = _clause_verb(trig, target)
        if _trigger_clause(trig, t):
            return place(ent)
        if t.dep_ == "acl" and t.head.i == trig.i and trig.pos_ == "NOUN":
            return place(ent)  # "l'attentat commis à Tokyo", "the strikes carried out in Kyiv": where the act was
    return None


def _state_id(f: Frame, found: Place) -> object:
    """``found``'s id where it names a state (an entity of the text that :func:`.parties.is_state` reads so); a
    place with no id (a capital the knowledge base lacks) is no entity of the text, so no state."""
    ident = found.get("id")
    entity = next((e for e in f.entities if e.get("id") == ident), None) if ident is not None else None
    return found.get("id") if entity is not None and is_state(entity) else False


def _target_place(f: Frame, trig: Token, sent: Span) -> Place | None:
    """The city (a GPE that is no state: a LOC never passes ``is_state``'s test, which reads every non-GPE as a
    state) an attack of the trigger's clause is aimed at ("strikes on the city of X", « des missiles
    sur X »: events.json ``target_place_preps``) or that its passive subject names ("the city of X was shelled"),
    a state's name left to the recipients."""
    preps = f.cues["target_place_preps"]
    for tok in span_tokens(sent):
        ent = f.mentions.entity(tok)
        if ent is None or ent.get("type") not in ("GPE", "LOC") or is_state(ent):
            continue
        up = tok  # "the capital of X is being shelled": the place the attack's passive subject names
        while up.head.i not in (trig.i, up.i) and up.head.pos_ not in ("VERB", "AUX"):
            up = up.head
        if up.head.i == trig.i and up.dep_ in ("nsubjpass", "nsubj:pass"):
            return place(ent)
        t = tok.head if tok.dep_ in ("appos", "compound", "flat", "nmod") and case(tok) not in preps else tok
        if case(t) not in preps:
            continue
        if _trigger_clause(trig, _clause_verb(trig, t)):
            return place(ent)
    return None


def _segment_places(f: Frame, sent: Span) -> list[tuple[dict[str, Any], Token]]:
    """The places ``sent`` names after a locative preposition or a word of nearness, each with the token whose
    clause it belongs to, in text order: what :func:`_clause_place` reads of every trigger of the segment, found
    once per frame and segment (it reads the parse and the mentions, never the trigger nor the discourse)."""
    key = ("segment_places", sent.start, sent.end)
    found: list[tuple[dict[str, Any], Token]] | None = f.walks.get(key)
    if found is not None:
        return found
    found = f.walks[key] = []
    # the tokens a word of nearness may govern ("autour (du port) de X"); the last word of "aux abords"
    prox = {p.split()[-1] for p in f.cues["proximity_preps"]}
    after = {j for t in span_tokens(sent) if t.lower_ in prox for j in range(t.i + 1, t.i + 4)}
    for tok in span_tokens(sent):
        ent, target = f.mentions.entity(tok), tok
        near = tok.i in after and _near(f, tok, prox)
        if ent is None and (near or is_locative(f, tok)) and (city := capital_place(f, tok, main_state)) is not None:
            found.append((city, tok))  # "in the Kenyan capital, Nairobi", "dans la capitale kényane"
            continue
        if ent is None:  # "dans la région de X", "autour du port de X": a named genitive under a place word
            gen = f.cues["genitive_preps"]
            sub = next((k for k in children(tok) if k.dep_ == "nmod" and case(k) in gen and f.mentions.entity(k)), None)
            if sub is None and f.lex.preposition_heads:
                sub = next(
                    (
                        g
                        for k in children(tok)
                        if k.dep_ == "prep" and k.lower_ in gen
                        for g in children(k)
                        if f.mentions.entity(g)
                    ),
                    None,
                )
            if sub is None or not (near or is_locative(f, tok)):  # the genitive first: most words have none
                continue
            ent = f.mentions.entity(sub)
        if ent is None or ent.get("type") not in ("GPE", "LOC") or not (near or is_locative(f, target)):
            continue
        found.append((ent, target))
    return found


def contexts(f: Frame, sent: Span) -> list[str]:
    """PLOVER contexts of the sentence from keywords (lemmas, words, parts of hyphenated words, phrases)."""
    if sent.start in f.contexts:
        return f.contexts[sent.start]
    pairs = [token_words(t) for t in span_tokens(sent)]  # (lemma, form) of each token
    words = {lemma for lemma, _ in pairs} | {low for _, low in pairs}
    words |= {part for w in list(words) if "-" in w for part in w.split("-")}
    text = span_text(sent).lower()
    out: list[str] = []
    for ctx, kw in f.lex.contexts:
        if ctx in out:
            continue
        if kw.endswith("*"):
            hit = any(w.startswith(kw[:-1]) for w in words)
        elif " " in kw:
            hit = kw in text
        else:
            hit = kw in words
        if hit:
            out.append(ctx)
    f.contexts[sent.start] = sorted(out)
    return f.contexts[sent.start]


def scene(
    f: Frame, skip: frozenset[int] = frozenset(), near: int | None = None, act: Token | None = None
) -> str | None:
    """The country where the segment happens: its coded place ("à Berlin" before "Berlin" before "ukrainiens"),
    not the dateline's, nor the state that owns a body named there ("devant l'ambassade de Russie à Paris": France),
    nor the asker of a request adjunct ("à la demande des États-Unis"), nor a token of ``skip`` that is no
    locative (the phrase of those arrested: "un député italien a été interpellé" happens where the story does, not
    in Italy; "two Canadians detained in China" in China), else the country the article names most
    (:func:`main_state`). Among places alike, the one named nearest the token ``near`` when given (the group
    the scene is sought for: "Poland condemned it after Belarusian police detained protesters": Belarus). Given
    the trigger ``act``, a place told as where another clause happens is named like any other, not as the scene
    ("were charged, said the spokesman for the coalition fighting in Yemen": not in Yemen)."""
    places = [
        (
            not (is_locative(f, tok) and _told_at(tok, act)),
            tok.pos_ != "PROPN" if near is None else abs(tok.i - near),
            state_code(ent),
        )
        for tok in (span_tokens(f.segment) if f.segment is not None else [])
        if tok.i not in f.dateline  # "BANGKOK (AP) - Myanmar's army...": where the story is filed from
        and (tok.i not in skip or is_locative(f, tok))
        for ent in [_place_at(f, tok)]
        if ent is not None
        and not any(request_adjunct(f, a) for a in (tok, *ancestors(tok)))  # "à la demande des États-Unis"
    ]
    return min(places)[2] if places else main_state(f)


def _told_at(tok: Token, act: Token | None) -> bool:
    """Whether the locative place ``tok`` tells where the trigger ``act`` happens: the nearest verb above it is the
    act's or one of the clauses above the act's (any place when no act is given)."""
    verb = verb_above(tok)
    return act is None or verb is None or verb.i == act.i or verb.i in {a.i for a in ancestors(act)}


def coded_place(ent: Mapping[str, Any]) -> bool:
    """Whether entity ``ent`` is a place (GPE, LOC) with a state: its own code or the country it is in."""
    return ent.get("type") in ("GPE", "LOC") and bool(state_code(ent))


def _near(f: Frame, tok: Token, words: set[str]) -> bool:
    """Whether ``tok`` names a place by nearness, its genitive right after one of ``words`` (the last words of
    ``proximity_preps``: "autour d'Harare", "près de Kiev", "aux abords de"), wherever the parse hangs that word."""
    cases = [c for c in children(tok) if c.dep_ == "case" and c.lower_ in f.cues["genitive_preps"]]
    return any(c.i > 0 and tok.doc[c.i - 1].lower_ in words for c in cases)


def _place_at(f: Frame, tok: Token) -> dict | None:
    """The coded place ``tok`` names, or None; inside the name of a body, the place that is not the body's own
    state ("l'ambassade de Russie à Paris": Paris, not Russia)."""
    ent = f.mentions.entity(tok)
    if ent is not None and ent.get("type") == "ORG":  # the body's mention covers its host's name
        inner = f.context.mentions.covering(tok.idx, tok.idx + len(tok.text))
        owners = {o.get("code") for o in inner if o.get("type") == "ORG"}
        ent = next((dict(e) for e in inner if coded_place(e)), None)
        if ent is not None and state_code(ent) in owners:
            return None
    return ent if ent is not None and coded_place(ent) else None


def main_state(f: Frame) -> str | None:
    """The state the text names most often (its name, demonyms, cities and places; the dateline's place left
    out: "BANGKOK (AP) - Myanmar's army..." is about Myanmar); the first named one on a tie. Counted once per frame and
    entity list (each event of a text asks: counted at each call, it read every mention again, quadratic on long
    articles)."""
    key = (id(f.entities), len(f.entities))
    if key not in f.main_state:
        f.main_state[key] = _main_state(f)
    return f.main_state[key]


def _main_state(f: Frame) -> str | None:
    counts: dict[str, list[int]] = {}
    for e in f.entities:
        code = state_code(e)
        if e.get("type") not in ("GPE", "LOC") or not code or len(code) != 3:
            continue
        for m in e.get("mentions") or []:
            tok = f.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if tok is not None and tok.start in f.dateline:
                continue
            counts.setdefault(code, []).append(m["start"])
    if not counts:
        return f.home
    return min(counts.items(), key=lambda kv: (-len(kv[1]), min(kv[1])))[0]


def named_group(f: Frame, tok: Token) -> list[Party]:
    """ "the rebels", "les insurgés", "la rébellion", « les manifestants », "supporters" with no name of their own
    (``data/kb/group_nouns.tsv``), or counted by a quantity ("dozens of opponents"): the one organisation of that
    sector that the text names ("M23 ... The rebels launched their offensive", « Le MRC … La police a dispersé les
    manifestants »); none when it names several or none."""
    tok, sector = _group_noun(f, tok)
    if sector is None or any(f.mentions.entity(t) is not None for t in own_phrase(tok)):
        return []
    named = {e.get("code"): e for e in f.entities if e.get("type") == "ORG" and e.get("sector") == sector}
    named.pop(None, None)
    return [Party(next(iter(named.values())), sector, anaphor=True)] if len(named) == 1 else []


def _group_noun(f: Frame, tok: Token) -> tuple[Token, str | None]:
    """The noun of ``group_nouns.tsv`` that ``tok`` is, or that a quantity ``tok`` counts ("dozens of opponents",
    « des dizaines d'opposants »), and its sector; else ``tok`` and None."""
    nouns = group_nouns()
    for heads in _counted(f, tok):
        for h in heads:
            if sector := nouns.get(h.lemma_.lower()) or nouns.get(h.lower_):
                return h, sector
    return tok, None


def _sector_named(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is a noun of ``group_nouns.tsv`` (« ONG ») whose sector the text names a coded organisation
    of: the noun stands for those (:func:`named_group` gives the one), never for an unnamed home group."""
    sector = _group_noun(f, tok)[1]
    return sector is not None and any(
        e.get("type") == "ORG" and e.get("sector") == sector and e.get("code") for e in f.entities
    )


#: Dependencies of the clauses that qualify a noun ("the rebels, who accused Kabila"): not the noun's own words (an
#: apposition is: "la ministre Marie Lenoir" names a person, whose state the text may not give).
CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})


def own_phrase(tok: Token) -> list[Token]:
    """The words of the phrase ``tok`` heads, without the clauses that qualify it."""
    out = [tok]
    for k in children(tok):
        if k.dep_ not in CLAUSE_DEPS and k.dep_ != "punct":
            out += own_phrase(k)
    return out


def adversary(f: Frame, actors: list[Party]) -> list[Party]:
    """The story's other side for ``actors``: the state or coded organisation (not a medium, firm, charity or
    school) the text names most often (the dateline's place left out), neither one of the actors nor the state
    they belong to; the first named on a tie; none when the text names no other."""
    mine = {p.code for p in actors} | {p.entity.get("country") for p in actors}
    counts: dict[str, tuple[int, int, dict]] = {}
    for e in f.entities:
        code = state_code(e)
        if not code or code in mine or not (e.get("type") == "GPE" or (e.get("type") == "ORG" and e.get("code"))):
            continue
        if e.get("sector") in kb.sectors_in("no_side"):  # a newspaper, a firm, a charity is no side
            continue
        starts = [m["start"] for m in e.get("mentions") or [] if not _in_dateline(f, m["start"])]
        if starts:
            n, first, ent = counts.get(code, (0, min(starts), e))
            counts[code] = (n + len(starts), min(first, *starts), ent if is_state(ent) else e)  # a state first
    if not counts:
        return []
    _, _, ent = min(counts.values(), key=lambda v: (-v[0], v[1]))
    return [Party(ent, ent.get("sector"), anaphor=True)]


def _in_dateline(f: Frame, start: int) -> bool:
    tok = f.doc.char_span(start, start + 1, alignment_mode="expand")
    return tok is not None and tok.start in f.dateline


def group_sector(f: Frame, tok: Token) -> str | None:
    """The sector of the home group a noun names ("la police", "des milliers de manifestants", "students",
    through nested quantities: "un groupe de quelques dizaines d'habitants", "a group of hundreds of protesters":
    ``domestic_groups``), None for any other noun."""
    groups = f.cues["domestic_groups"]
    for heads in _counted(f, tok):
        if found := next((groups[h.lemma_.lower()] for h in heads if h.lemma_.lower() in groups), None):
            return found
    return None


def _counted(f: Frame, tok: Token) -> Iterator[list[Token]]:
    """The noun ``tok``, then what it counts, then what that counts ("des dizaines d'opposants", "dozens of
    opponents": ``quantity_nouns``, ``collective_nouns``)."""
    quantity = f.cues["quantity_nouns"] | f.cues["collective_nouns"]
    heads = [tok]
    for _ in range(3):  # the noun, what it counts, what that counts
        yield heads
        counted = [g for h in heads if h.lemma_.lower() in quantity for g in children(h)]
        heads = [g for g in counted if g.dep_ in ("nmod", "pobj")]
        heads += [x for g in counted if g.dep_ == "prep" for x in children(g) if x.dep_ == "pobj"]


def domestic(f: Frame, tok: Token) -> list[Party]:
    """An unnamed home group ("la police", "des centaines d'habitants", "protesters"): a party of the country
    where the clause happens (a coded place in the sentence, else the country the article names most); a noun that
    names an armed group or a charity is that group (:func:`named_group`: « l'ONG » after one named charity; none
    after several), a bloc's members named together the bloc (:func:`.blocs.bloc_group`: « les autorités
    européennes »)."""
    if found := gang_party(f, tok) or named_group(f, tok) or bloc_group(f, tok):
        return found
    if _sector_named(f, tok):
        return []  # « les deux ONG » after two named ones: those, not an unnamed home group
    sector = group_sector(f, tok)
    code = scene(f) if sector else None
    if code is None or sector is None:
        return []
    return [group(tok.lemma_.lower(), code, sector)]


@functools.cache
def _shared_roles() -> frozenset[str]:
    """Roles that international bodies or foreign states hold too (``data/kb/shared_roles.tsv``)."""
    return frozenset(row["role"] for row in read_table(DATA / "kb" / "shared_roles.tsv"))


def office(f: Frame, tok: Token) -> list[Party]:
    """A state office that a role noun names without a name or a state ("la ministre des Affaires sociales",
    "the foreign minister", "le juge"; ``data/kb/roles.tsv``, not its vague heads "chef", "responsable" nor the
    roles of ``shared_roles.tsv``, "le commissaire", "the envoy"): a party
    of the text's home state (:attr:`~veille.analysis.context.TextContext.home_state`, the state it names first:
    a wire's minister is of its dateline's state), marked ``office`` so that :func:`.build.build` can move it to
    the story's other state when that reading would have it act on itself ("Canada and India ... The foreign
    minister condemned India"). Officials of a bloc's members named together are the bloc (« les ministres
    arabes »: :func:`.blocs.bloc_group`)."""
    if bloc := bloc_group(f, tok):
        return bloc
    if (
        f.home is None
        or tok.pos_ not in ("NOUN", "PROPN")
        or any(f.mentions.entity(t) is not None for t in own_phrase(tok))
    ):
        return []
    roles, lang = kb.load(), f.context.lang
    left = min([tok.i, *(k.i for k in tok.lefts if k.dep_ in ("compound", "amod", "nmod"))])
    phrases = [text_of(f.doc, left, tok.i + 1)]  # "defence secretary", "foreign minister"
    nmod = next((k for k in tok.rights if k.dep_ in ("nmod", "prep")), None)
    if nmod is not None:  # "chef de la diplomatie", "ministre de la Défense"
        phrases.insert(0, text_of(f.doc, tok.i, max(t.i for t in subtree(nmod)) + 1))
    role = next((r for p in [*phrases, tok.lemma_, tok.lower_] if (r := roles.role(p, lang)) is not None), None)
    if role is None or role.generic or role.sector not in kb.sectors_in("office") or role.role in _shared_roles():
        return []
    entity = {"id": None, "name": tok.lemma_.lower(), "type": "GROUP", "code": f.home, "office": True}
    return [Party(entity, role.sector)]
