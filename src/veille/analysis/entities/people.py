"""People: name spans (the NER's, and the names printed after a role), clustered into persons (name variants
merged: family name alone, reversed order), bound to the role phrases that describe them, and made entities with
their roles, state and sector."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..kb import Role, norm, sectors_in, slug
from ..kbnorm import norm_positions, token_norm
from ..tree import capital_word, text_of, tokens
from .affiliation import appositive_affiliation, is_organisation, side_affiliation, state_or_org_at
from .leaders import known_person_spans, leader_name
from .roles import RolePhrase, compatible
from .spans import (
    FUNCTION_POS,
    MAX_NAME_TOKENS,
    after_role,
    has_kb_words,
    honorific_before,
    honorific_end,
    honorific_starts,
    is_junk,
    name_after,
    name_words,
)
from .table import Article, EntityTable, NerSpan
from .words import words


@dataclass
class Person:
    names: list[tuple[int, int]] = field(default_factory=list)  # token spans of name mentions
    extra: list[tuple[int, int]] = field(default_factory=list)  # char spans of role-phrase mentions
    roles: list[tuple[Role, str | None, str]] = field(default_factory=list)  # role, affiliation, printed phrase


def _name_spans(
    art: Article, table: EntityTable, ner: list[NerSpan], phrases: list[RolePhrase]
) -> set[tuple[int, int]]:
    """The NER's person names, the leaders' full names of the knowledge base, and the names printed right after a
    role ("le ministre japonais de la Défense Gen Nakatani"), which also extend a clipped NER name ("Liu" of "Liu
    He")."""
    doc, kb = art.doc, art.kb
    spans: set[tuple[int, int]] = set()
    known = {token_norm(t) for i, j, label in ner if label == "PERSON" and j - i >= 2 for t in doc[i:j]}
    for i, j, label in ner:
        if (
            label == "PERSON"
            and not is_junk(doc, i, j, kb, known)
            and not has_kb_words(doc, i, j, kb)
            and name_words(doc, i, j) <= MAX_NAME_TOKENS
            and not any(t in table.taken for t in range(i, j))
        ):
            spans.add((i, j))
    for leader in known_person_spans(doc, table.taken):  # a leader's full name the NER missed
        spans = {s for s in spans if not (s[0] < leader[1] and leader[0] < s[1])} | {leader}
    for p in phrases:
        k = after_role(doc, p.end)
        ner_len = max((s[1] - s[0] for s in spans if s[0] == k), default=0)
        run = name_after(doc, k, kb, table.taken)
        if run and run[1] - run[0] > ner_len and not is_junk(doc, *run, kb):
            spans = {s for s in spans if not (s[0] < run[1] and run[0] < s[1])} | {run}
    others = {t for i, j, label in ner if label != "PERSON" for t in range(i, j)}
    spans |= _after_honorifics(art, table, spans, others)
    for _, j in sorted(spans):
        spans |= _listed_after(art, table, j, spans, others)
    return spans


def _after_honorifics(
    art: Article, table: EntityTable, spans: set[tuple[int, int]], others: set[int]
) -> set[tuple[int, int]]:
    """Names printed right after an honorific that the NER left out or called a miscellaneous name ("a ajouté
    M. Lavergne", "said Ms Okafor"): the honorific says a person is named. Not an honorific's word inside a
    capitalised name ("Notre Dame Cathedral"), nor a name ending with an organisation's head word ("the Sir Galen
    Foundation")."""
    doc, kb, heads = art.doc, art.kb, words().coordinated_org_heads | words().institution_heads
    named = {t for i, j in spans for t in range(i, j)}
    found: set[tuple[int, int]] = set()
    for k in sorted(honorific_starts(doc)):  # honorific_end(doc, k) is k at any other token
        h = honorific_end(doc, k)
        if h == k or h in named or h in others or any(t in table.taken for t in range(k, h)):
            continue
        if k > 0 and capital_word(doc[k - 1]) and not doc[k - 1].is_sent_start:
            continue
        run = name_after(doc, h, kb, table.taken)
        if (
            run
            and not is_junk(doc, *run, kb)
            and not any(t in others for t in range(*run))
            and token_norm(doc[run[1] - 1]) not in heads
        ):
            found.add(run)
    return found


def _listed_after(
    art: Article, table: EntityTable, j: int, spans: set[tuple[int, int]], others: set[int]
) -> set[tuple[int, int]]:
    """The names listed after a person's name ending at token j, up to the coordinated last one ("Nadia Roe, Ali
    Poe et Omar Loe"): a name of two words or more the NER missed there is a person's too. A run after a comma with
    no coordinated item after it is left (an appositive: "Nadia Roe, Orvanne Capital's chief")."""
    doc, kb, coordinators = art.doc, art.kb, words().coordinators
    found: set[tuple[int, int]] = set()
    k = j
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in coordinators):
        last = doc[k].lower_ in coordinators or k + 1 < len(doc) and doc[k + 1].lower_ in coordinators
        k += 2 if doc[k].text == "," and last else 1
        run = name_after(doc, k, kb, table.taken)
        if run is None or any(t in others for t in range(*run)):
            return set()
        run = next((s for s in spans if s[0] < run[1] and run[0] < s[1]), run)  # a name already found
        if run not in spans:
            if name_words(doc, *run) < 2 or is_junk(doc, *run, kb) or has_kb_words(doc, *run, kb):
                return set()
            found.add(run)
        if last:
            return found
        k = run[1]
    return set()


def _cluster(art: Article, spans: set[tuple[int, int]]) -> list[Person]:
    """Full names by token sets (order-free), then single names by membership."""
    people: list[Person] = []
    keys: list[set[str]] = []
    for i, j in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        toks = {token_norm(t) for t in art.doc[i:j] if t.is_alpha or "-" in t.text}
        match = None
        for p, key in zip(people, keys, strict=True):
            if toks <= key or (len(toks) > 1 and key <= toks):
                if match is None or p.names[-1][0] < i:
                    match = p
        if match is None:
            people.append(Person())
            keys.append(set(toks))
            match = people[-1]
        else:
            keys[people.index(match)] |= toks
        match.names.append((i, j))
    return people


def _family_names(art: Article, table: EntityTable, people: list[Person]) -> None:
    """Family names the NER missed ("Tremblay praised the deal"): a lone capitalised token equal to the last word
    of a full name seen in the article, not sentence-initial unless a proper noun."""
    doc = art.doc
    family = {token_norm(doc[j - 1]): p for p in people for i, j in p.names if j - i >= 2}
    toks = tokens(doc)
    for t in (toks[i] for i in norm_positions(doc, family)):  # the positions of a family name only
        p = family[token_norm(t)]
        if t.i in table.taken or not t.text[:1].isupper() or t.pos_ in FUNCTION_POS:
            continue
        if any(
            0 <= k < len(doc) and capital_word(doc[k]) and k not in table.taken
            for k in (t.i - 1 if not t.is_sent_start else -1, t.i + 1)
        ):
            continue
        p.names.append((t.i, t.i + 1))
        table.taken.add(t.i)


def find_people(
    art: Article, table: EntityTable, ner: list[NerSpan], phrases: list[RolePhrase], dateline: str | None
) -> list[Person]:
    """The persons of the article, with the role phrases bound to them; their names are taken. ``dateline``: the
    state of the wire dateline (:func:`~.affiliation.dateline_state`)."""
    people = _cluster(art, _name_spans(art, table, ner, phrases))
    for p in people:
        for i, j in p.names:
            table.take(i, j)
    _family_names(art, table, people)
    bind(art, phrases, people, dateline)
    return people


def _predicative_holder(art: Article, ph: RolePhrase, people: list[Person]) -> Person | None:
    """ "depuis qu’il est devenu secrétaire général de l’Alliance": the person named last in the sentence before
    a copula shortly before the role phrase."""
    doc = art.doc
    sent_start = art.sent_start(ph.i)
    window = [doc[t] for t in range(max(sent_start, ph.i - 3), ph.i)]
    if not any(t.lemma_.lower() in words().copulas for t in window):
        return None
    before = [(s, q) for q in people for s in q.names if sent_start <= s[0] and s[1] <= ph.i]
    return max(before, key=lambda x: x[0])[1] if before else None


def _opens_clause(doc: Doc, ph: RolePhrase) -> bool:
    """Whether role phrase ``ph`` is the subject of a verb after it: it opens the main clause after a fronted phrase
    ("Questionné sur le rôle de X, le premier ministre a souligné…"), so the name before the comma is no apposition
    of it ("X, le premier ministre, a souligné…" is)."""
    head = next((doc[k] for k in range(ph.i, ph.j) if not ph.i <= doc[k].head.i < ph.j), None)
    return head is not None and head.dep_.startswith("nsubj") and head.head.i >= ph.j


def bind(art: Article, phrases: list[RolePhrase], people: list[Person], dateline: str | None) -> None:
    """Give each role phrase to the person it describes: the name right after it or right before it (apposition),
    the subject of a copula; else, for a definite phrase ("le chef de l’OTAN a déclaré"), the person named last
    with a compatible role."""
    doc = art.doc

    def starting(k: int) -> Person | None:
        return next((p for p in people for s in p.names if s[0] == k), None)

    def ending(k: int) -> Person | None:
        return next((p for p in people for s in p.names if s[1] == k), None)

    def add(p: Person, ph: RolePhrase) -> None:
        # "futur président de la Cedeao", "former UN envoy": a role not held now gives no organisation (its
        # state stays: "l'ancien président haïtien")
        opening = doc[max(ph.i - 1, 0) : min(ph.i + 2, ph.j)]  # its first words, not "de l'ancienne colonie"
        unheld = any(token_norm(t) in words().unheld_role_words for t in opening)
        aff = None if unheld and is_organisation(ph.aff, art.kb) else ph.aff
        p.roles.append((ph.role, aff, text_of(doc, ph.i, ph.j)))
        p.extra.append((doc[ph.i].idx, doc[ph.j - 1].idx + len(doc[ph.j - 1])))
        if ph.role.role in words().name_titles:  # "King Salman", "le roi Philippe": the title names them too
            one = next(((i, j) for i, j in p.names if i == ph.j and j - i == 1), None)
            if one is not None:
                p.extra.append((doc[ph.j - 1].idx, doc[one[0]].idx + len(doc[one[0]])))

    pending = []
    for ph in phrases:
        k = after_role(doc, ph.end)
        b = ph.i - 1 if ph.i > 0 and doc[ph.i - 1].text == "," and not _opens_clause(doc, ph) else None
        p = starting(k) or (ending(b) if b is not None else None) or _predicative_holder(art, ph, people)
        if p is not None:
            add(p, ph)
        elif ph.definite:
            pending.append(ph)
    for ph in pending:
        best, best_pos = None, -1
        for p in people:
            country = next((a for _, a, _ in p.roles if a), None)
            if country is None and any(r.sector == "GOV" for r, _, _ in p.roles):
                country = dateline
            if not any(compatible(ph.role, ph.aff, r, a or country) for r, a, _ in p.roles):
                continue
            pos = max((s[0] for s in p.names if s[0] < ph.i), default=-1)
            if pos > best_pos:
                best, best_pos = p, pos
        if best is not None:
            add(best, ph)


def person_name(art: Article, p: Person) -> str:
    """The name of a person: the longest form; then the order that ends with the name also printed alone (the
    family name: "Ishiba" makes "Shigeru Ishiba" beat "Ishiba Shigeru"); then the most frequent; then the first."""
    forms = [text_of(art.doc, i, j) for i, j in p.names]
    alone = {norm(f) for f in forms if len(f.split()) == 1}
    return max(forms, key=lambda f: (len(f.split()), norm(f.split()[-1]) in alone, forms.count(f), -forms.index(f)))


def person_entities(art: Article, table: EntityTable, people: list[Person], dateline: str | None) -> None:
    """An entity per person, with its mentions, its roles (specific and affiliated ones first), and its state and
    sector: from its roles, else from the phrase in apposition to its name, else (a government role) from the
    dateline."""
    kb = art.kb
    code_at: dict[int, str] | None = None  # state and organisation offsets, built when first needed
    for p in people:
        name = " ".join(person_name(art, p).split())  # a name wrapped over two lines is printed on one
        name = leader_name(name)  # "President Obama": the leader the surname names alone, "Barack Obama"
        ent = table.entity(f"per:{slug(name)}", name=name, type="PERSON")
        for i, j in p.names:
            h = honorific_before(art.doc, i)  # "M. Kagame", "Col. Ann Poe": the text names them so
            table.tok_mention(ent, i if any(t in table.taken for t in range(h, i)) else h, j)
        for s, e in p.extra:
            table.mention(ent, s, e)
        roles = sorted(p.roles, key=lambda r: (r[0].generic, r[1] is None))  # specific, affiliated first
        for role, _aff, text in roles:
            if not any(r["role"] == role.role for r in ent["roles"]):
                ent["roles"].append({"role": role.role, "text": text, "date": art.published})
        for role, aff, _ in roles:
            if aff:
                ent["country"] = ent["country"] or aff
                org = kb.entry_for_code(aff)
                ent["sector"] = ent["sector"] or (org.sector if org and org.kind == "org" else role.sector)
        if roles and not ent["sector"]:
            ent["sector"] = roles[0][0].sector
        if not ent["country"]:
            if code_at is None:
                code_at = state_or_org_at(table.ents)
            aff = appositive_affiliation(art.doc, p.names, code_at)
            if aff is None and ent["sector"] in sectors_in("official") and p.roles:
                aff = side_affiliation(art, p.names)  # "Du côté malien, le Premier ministre X"
            if aff is None and ent["sector"] == "GOV" and p.roles:
                aff = dateline  # "TALLINN — ... Foreign Minister X said": the dateline's state
            if aff is not None:
                ent["country"] = aff
                org = kb.entry_for_code(aff)
                ent["sector"] = ent["sector"] or (org.sector if org is not None else None)
