"""NER spans run across the seam between a place and a person's name: the place a role belongs to read into the
name of the holder printed after it ("President of Kazakhstan Kassym-Zhomart Tokayev", "Ambassador to Washington
Adel Al-Jubeir"), and the state a person is of read into that person's name ("Jacob Zuma de l'Afrique du Sud",
"Justin Trudeau of Canada"). Each is two spans: the place, and the person. A role and its holder's name read as one
name ("Kilima MP Jane Wambui") are the role and the person (:func:`role_seams`). A company printed before a corporate
role and its holder ("Huawei CFO Meng Wanzhou", which the NER may read as one product) is an organisation
(:func:`company_roles`). An organisation's name closed by a complement the NER cuts off ("Omar Haddad Center" +
"for the" + "Middle East") is one name (:func:`complement_orgs`)."""

from __future__ import annotations

from ..kbnorm import token_norm
from ..tree import capital_word, text_of, tokens
from .scan import Hit
from .table import Article, NerSpan
from .words import words

#: Kinds of knowledge-base entries a role's place may be.
PLACE_KINDS = frozenset({"country", "city", "region"})
#: Most words of a role phrase before its preposition ("Foreign Minister", "Deputy Prime Minister").
ROLE_WORDS = 3


def _place(art: Article, a: int, b: int, kinds: frozenset[str] = PLACE_KINDS) -> bool:
    text = text_of(art.doc, a, b)
    return any(e.kind in kinds for e in art.kb.lookup(text, art.lang)) or (
        "city" in kinds and art.kb.city(text) is not None
    )


def _name(art: Article, a: int, b: int) -> bool:
    """Are tokens [a, b) a person's name: capitalised words, and name particles inside, naming nothing of the
    knowledge base?"""
    toks = tokens(art.doc)[a:b]
    particles = words().name_particles
    return (
        bool(toks)
        and toks[0].text[:1].isupper()
        and toks[-1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in particles or t.text == "-" for t in toks)
        and not art.kb.lookup(text_of(art.doc, a, b), art.lang)
    )


def _after_role(art: Article, i: int) -> bool:
    """Is the span at token ``i`` printed after a role and a preposition of its place ("President of", "Ambassador
    to", "Lawmaker for")?"""
    doc, kb = art.doc, art.kb
    if i < 2 or token_norm(tokens(doc)[i - 1]) not in words().role_places:
        return False
    return any(
        kb.role(text_of(doc, a, i - 1), lg) for a in range(max(0, i - 1 - ROLE_WORDS), i - 1) for lg in ("en", "fr")
    )


def _leading(art: Article, i: int, j: int) -> int | None:
    """The end of the place opening span [i, j) after a role ("of Kazakhstan" + "Kassym-Zhomart Tokayev"), when the
    rest is a name of two words or more."""
    if not _after_role(art, i):
        return None
    return next((k for k in range(j - 2, i, -1) if _place(art, i, k) and _name(art, k, j)), None)


def _trailing(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The preposition and the start of the state closing person span [i, j) ("Jacob Zuma" + "de" + "l'Afrique du
    Sud")."""
    doc, w = art.doc, words()
    for k in range(i + 1, j - 1):
        if token_norm(doc[k]) not in w.of:
            continue
        m = k + 1 + (token_norm(doc[k + 1]) in w.of_det and k + 2 < j)
        if _place(art, m, j, frozenset({"country"})) and _name(art, i, k):
            return k, m
    return None


def place_seams(art: Article, ner: list[NerSpan]) -> list[NerSpan]:
    """The NER spans, each run across a place and a person's name (module docstring) cut in two: the place, then
    the person."""
    out: list[NerSpan] = []
    for i, j, label in ner:
        k = _leading(art, i, j)
        if k is not None:
            out += [(i, k, "LOC"), (k, j, "PERSON")]
            continue
        cut = _trailing(art, i, j) if label == "PERSON" else None
        if cut is not None:
            out += [(i, cut[0], "PERSON"), (cut[1], j, "LOC")]
            continue
        out.append((i, j, label))
    return out


def _role_at(art: Article, i: int, j: int) -> tuple[int, int] | None:
    """The first role printed capitalised inside span [i, j) with a name of two words or more after it to the
    span's end ("Kilima MP Jane Wambui", "CS Peter Otieno"): its tokens. Not a title that is part of how the text
    names its holder (``name_titles``: "King Charles Edward")."""
    doc, kb = art.doc, art.kb
    for r in range(i, j - 2):
        if not doc[r].text[:1].isupper():
            continue
        for e in range(min(j - 2, r + ROLE_WORDS), r, -1):
            role = kb.role(text_of(doc, r, e), art.lang)
            if role is not None and role.role not in words().name_titles and _name(art, e, j):
                return r, e
    return None


def role_seams(art: Article, ner: list[NerSpan]) -> list[NerSpan]:
    """The NER spans, each run over a role and the name of its holder printed after it cut there ("Kilima MP Jane
    Wambui", "Interior CS Peter Otieno" read as one name): the role stays a role, the holder is a person, and the
    place printed before the role (the constituency, the county) a place of its own. A span whose words before the
    role are no place ("Unity Caucus MP Jane Wambui") is left as it was."""
    out: list[NerSpan] = []
    for i, j, label in ner:
        at = _role_at(art, i, j) if j - i >= 3 else None
        if at is None or (at[0] > i and not _place(art, i, at[0])):
            out.append((i, j, label))
            continue
        out += [(i, at[0], "LOC")] if at[0] > i else []
        out.append((at[1], j, "PERSON"))
    return out


#: Most words of a company's name printed before a corporate role ("Tokyo Electric CEO ...").
COMPANY_WORDS = 3


def company_roles(art: Article, ner: list[NerSpan], hits: list[Hit]) -> list[NerSpan]:
    """The NER spans, and an organisation for the proper nouns printed right before a business role that a name
    follows ("Huawei CFO Meng Wanzhou", "Norvex CEO Jana Holt"): the company the holder works for, whatever span
    the NER ran over the three. Nothing of the knowledge base, no sentence's first word, no span the NER already
    ends at the role."""
    doc = art.doc
    taken = {t for h in hits if h.kind != "role" for t in range(h.i, h.j)}
    found: list[NerSpan] = []
    for h in hits:
        if h.kind != "role" or h.role is None or h.role.sector != "BUS" or h.j >= len(doc) or h.i == 0:
            continue
        if not (capital_word(doc[h.j])):
            continue  # no name after the role
        a = h.i
        while (
            a > 0
            and h.i - a < COMPANY_WORDS
            and doc[a - 1].pos_ == "PROPN"
            and doc[a - 1].text[:1].isupper()
            and doc[a - 1].ent_type_ not in ("DATE", "TIME")  # "On Monday Norvex CEO ...": no date
        ):
            a -= 1
        if a == h.i or doc[a].is_sent_start or any(t in taken for t in range(a, h.i)):
            continue
        if any(s[0] <= a and s[1] == h.i for s in ner) or art.kb.lookup(text_of(doc, a, h.i), art.lang):
            continue
        found.append((a, h.i, "ORG"))
    return [s for s in ner if not any(s[0] < b and a < s[1] and s[1] <= b for a, b, _ in found)] + found


def complement_orgs(art: Article, ner: list[NerSpan]) -> tuple[list[NerSpan], list[NerSpan]]:
    """An organisation whose name closes with a complement ("Omar Haddad Center for the Middle East", "Kessler
    Program on Central Asia"): the NER ends a span on the head word (``coordinated_org_heads``) and reads the
    complement's place as a span of its own. One organisation when a preposition of ``org_complements`` and maybe
    a definite article join the two spans, nothing else between them, and the first names nothing the knowledge
    base knows ("the Security Council on Ukraine" is the Council, then Ukraine). Returns the spans and the names
    joined (a place found inside one is part of its name)."""
    doc, w = art.doc, words()
    by_start = {s[0]: s for s in ner if s[2] != "PERSON"}
    joined: list[NerSpan] = []
    for i, j, label in ner:
        head = tokens(doc)[j - 1]
        if j + 2 >= len(doc) or token_norm(head) not in w.coordinated_org_heads:
            continue
        if label == "PERSON" and not head.text[:1].isupper():  # "Omar Haddad Center", read as a person: no one's
            continue
        if token_norm(tokens(doc)[j]) not in w.org_complements or art.kb.lookup(text_of(doc, i, j), art.lang):
            continue  # "a UN Security Council meeting on Ukraine": a known body's name is whole
        k = j + 2 if token_norm(tokens(doc)[j + 1]) in w.definite else j + 1
        nxt = by_start.get(k)
        if nxt is not None:
            joined.append((i, nxt[1], "ORG"))
    return [s for s in ner if not any(a <= s[0] and s[1] <= b for a, b, _ in joined)] + joined, joined
