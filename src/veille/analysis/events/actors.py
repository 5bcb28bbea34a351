"""Actors: the parties a subject names, followed through relative pronouns, pronouns (the last compatible actor
of the discourse memory), joint anaphors ("le couple", "both sides"), first-person speech (the quote's speakers)
and coordination; and the discourse memory they update (:func:`remember`)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ...datafiles import DATA, read_table
from ...record import Event
from .. import kb
from ..tree import children, governor, subtree, text_of
from .frame import Frame
from .lexicon import types
from .modality import modality
from .movement_nouns import state_group
from .parties import Party, coded_party, is_country, state_code
from .percall import per_segment
from .place_antecedents import place_act
from .placetime import domestic, group_sector, named_group, office, own_phrase
from .relative_agreement import antecedent
from .speech import quote_speakers, speaker_parties, speech_head, speech_speakers
from .subjects import INCISE_GAP, closes_quote, inverted, subject_tokens
from .syntax import (
    NOMINAL,
    PASSIVE_AUX,
    case,
    complements,
    is_locative,
    lower_phrase,
    parties_at,
    prep_objects,
)


def noun_phrase_parties(f: Frame, tok: Token) -> tuple[list[Party], bool]:
    """Entities named by the subject/agent token ``tok``; the flag says they came through anaphora."""
    c = f.cues
    low = tok.lower_.lstrip("-")  # an inverted pronoun, "a-t-il"
    if low in c["relative_pronouns"] and tok.head.dep_ in ("acl:relcl", "relcl"):
        noun = antecedent(tok.head)  # the noun the verb agrees with ("les ministres de X, pays…, qui")
        if (act := place_act(f, noun)) is not None:  # "a raid on a Syrian village that killed"
            return act, False
        return noun_phrase_parties(f, noun)
    if _joint(f, tok):  # "both armies", "les deux délégations", "commanders from both countries"
        return list(f.memory.last_joint) or main_pair(f, tok), True
    if f.memory.last_joint and _plural_joint(f, tok):  # "the defence chiefs agreed", "les ministres ont signé"
        return list(f.memory.last_joint), True
    if low in c["plural_pronouns"]:  # "ils": the last joint actors, else the last collective one (a state...)
        groups = [p for p in f.memory.singles if p.entity.get("type") != "PERSON"]
        return (list(f.memory.last_joint) or groups[-1:]), True
    if _latter(f, tok):  # "ce dernier", "celui-ci" (which the parser may cut in three subjects), "the latter"
        return _last_named(f, tok), True
    if low in c["singular_pronouns"] or lower_phrase(tok, f) in c["singular_pronouns"]:  # also "il", "she"
        # "he" needs a person, "it" a state or organisation, "il" either
        wanted = (
            {"PERSON"} if low in c["person_pronouns"] else {"ORG", "GPE", "LOC"} if low in c["thing_pronouns"] else None
        )
        fits = [p for p in f.memory.singles if wanted is None or p.entity.get("type") in wanted]
        return fits[-1:], True
    found = _named(f, tok)
    found = state_group(f, tok, found) or found  # "le mouvement libanais": the group named before
    if not any(p.code for p in found):  # "des opposants au projet de Notre-Dame-des-Landes": a home group
        if (named := epithet(f, tok)) is not None:  # "l'Etat hébreu", "the kingdom"
            return named, True
        found = domestic(f, tok) or office(f, tok) or found
    return found, False


@per_segment
def _named(f: Frame, tok: Token) -> list[Party]:
    """The parties the phrase of subject ``tok`` names itself (read once per segment: no discourse memory)."""
    found, _ = parties_at(f, tok, NOMINAL - {"obl", "obl:mod", "obl:arg", "det"}, 2, skip_locative=True)
    found = [p for p in found if not _in_a_name(f, tok, p)]
    if any(p.entity.get("type") == "GPE" for p in found) and (crowd := group_sector(f, tok)) in kb.sectors_in("crowd"):
        # "Pakistani protesters", "des étudiants iraniens", "Pakistan protesters": a home crowd of that state
        found = [Party(p.entity, crowd, p.anaphor, True) if p.entity.get("type") == "GPE" else p for p in found]
    # "the government and the rebels": a conjunct that names an armed group without its name
    codes = {q.code for q in found}
    return found + [p for c in children(tok) if c.dep_ == "conj" for p in named_group(f, c) if p.code not in codes]


def _latter(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` is (or opens) a pronoun phrase of ``latter_pronouns``."""
    words = f.cues["latter_pronouns"]
    if not any(tok.lower_ in w.replace("-", " ").split() for w in words):
        return False  # most subjects: no need to read the words after
    ahead = text_of(f.doc, tok.i, tok.i + 4).lower()
    return lower_phrase(tok, f) in words or any(
        ahead.startswith(w) and not ahead[len(w) : len(w) + 1].isalnum() for w in words
    )


def _last_named(f: Frame, tok: Token) -> list[Party]:
    """The party "ce dernier", "celui-ci", "the latter" stands for: the last one the text named before it, as a
    noun (not "allemande" in "une chaîne allemande") and not as a place ("à Pékin"), not the last that acted ("X
    accused Y. The latter denied": Y); nothing when that one has no code."""
    named = [
        (a, e)
        for a, _, e in f.mentions.outer
        if a < tok.idx
        and (head := f.doc.char_span(a, a + 1, alignment_mode="expand")) is not None
        and head[0].pos_ in ("PROPN", "NOUN")
        and head[0].i not in f.dateline
        and not is_locative(f, head[0])  # "arrivée à Pékin. Cette dernière...": a place is where, not who
    ]
    if not named:
        return []
    last = Party(named[-1][1], named[-1][1].get("sector"), anaphor=True)
    return [last] if last.code else []


#: Epithets of states (``data/kb/epithets.tsv``).
EPITHETS = DATA / "kb" / "epithets.tsv"


@functools.cache
def _epithets() -> dict[str, str]:
    """Normalised epithet -> the state it names ("" for the last state named)."""
    return {kb.norm(row["phrase"]): (row.get("code") or "").strip() for row in read_table(EPITHETS)}


def epithet(f: Frame, tok: Token) -> list[Party] | None:
    """The state an epithet ``tok`` heads names (``epithets.tsv``): a fixed one's ("l'Etat hébreu": Israel), or,
    for a common noun with a definite or demonstrative determiner and nothing else ("le royaume", "this country"),
    the last state the discourse named as an actor; None when ``tok`` is no epithet."""
    phrase = sorted(own_phrase(tok), key=lambda t: t.i)
    if any((e := f.mentions.entity(t)) is not None and state_code(e) for t in phrase):
        return None  # a named state ("le pays voisin du Mali"); an epithet the recogniser left uncoded is read
    dets = [k for k in children(tok) if k.dep_ == "det"]
    words = [t for t in phrase if not (t.head.i == tok.i and t.dep_ in ("det", "case"))]
    code = _epithets().get(kb.norm(" ".join(t.text for t in words)))
    if code is None:
        return None
    if code:
        return [named_state(f, code)]
    if len(words) != 1 or not any({"Definite=Def", "PronType=Dem"} & set(d.morph) for d in dets):
        return None  # "le pays voisin", "un pays", "tout pays": no epithet
    states = [p for p in f.memory.singles if p.entity.get("type") == "GPE" and p.code]
    return states[-1:]


def epithet_complement(f: Frame, tok: Token, but: set[str | None]) -> list[Party]:
    """The state an epithet names as a complement of an act ("the invasion of the country", "le retrait des forces
    du pays"): a fixed one's; for a common noun ("the country", "le pays", ``epithets.tsv`` without code, with a
    definite or demonstrative determiner), the last state the text named before it as a noun or adjective, other
    than the actors' (``but``): the place the act is told of, not its actors' home; [] for any other noun."""
    if f.mentions.entity(tok) is not None or tok.pos_ != "NOUN":
        return []
    phrase = [t for t in own_phrase(tok) if not (t.head.i == tok.i and t.dep_ in ("det", "case"))]
    code = _epithets().get(kb.norm(" ".join(t.text for t in sorted(phrase, key=lambda t: t.i))))
    if code:
        return [named_state(f, code)] if code not in but else []
    dets = [k for k in children(tok) if k.dep_ in ("det", "case")]  # "du pays": the article in the preposition
    if code is None or len(phrase) != 1 or not any({"Definite=Def", "PronType=Dem"} & set(d.morph) for d in dets):
        return []
    before = [
        e
        for a, _, e in f.mentions.outer
        if a < tok.idx and is_country(e) and e.get("code") not in but and not in_dateline(f, a)
    ]
    return [Party(before[-1], "GOV", anaphor=True)] if before else []


def in_dateline(f: Frame, start: int) -> bool:
    """Whether the character at ``start`` is in the dateline ("BANGKOK (AP) -"): where a story is filed from."""
    head = f.doc.char_span(start, start + 1, alignment_mode="expand")
    return head is not None and head[0].i in f.dateline


def named_state(f: Frame, code: str) -> Party:
    """The state (or bloc) ``code`` as a party: the text's entity for it, else one made from the knowledge base."""
    return coded_party(f.entities, code)


def bloc_adjective(f: Frame, tok: Token) -> list[Party]:
    """The bloc a fixed epithet names as an adjective ("Western sanctions", "les sanctions occidentales")."""
    code = _epithets().get(kb.norm(tok.text)) if tok.dep_ == "amod" and f.mentions.entity(tok) is None else None
    return [named_state(f, code)] if code else []


def _in_a_name(f: Frame, tok: Token, p: Party) -> bool:
    """Whether the state ``p`` is only named inside the name of something the recogniser did not find, below the
    subject ``tok`` ("42 aid groups in the Afghanistan NGO Forum": not Afghanistan)."""
    if p.entity.get("type") != "GPE":
        return False
    hits = [t for t in subtree(tok) if t.i != tok.i and f.mentions.entity(t) is p.entity]
    return bool(hits) and all(
        t.dep_ == "compound" and t.head.pos_ == "PROPN" and f.mentions.entity(t.head) is None for t in hits
    )


def _plural_joint(f: Frame, tok: Token) -> bool:
    """A plural joint noun after a definite determiner, with no entity in its phrase: "the ministers", "the
    defence chiefs", "les dirigeants" (not "the Russian ministers", nor "the ministers of Canada")."""
    return (
        tok.lemma_.lower() in f.cues["joint_nouns"]
        and "Number=Plur" in str(tok.morph)
        and lower_phrase(tok, f).startswith(tuple(f.cues["plural_joint_determiners"]))
        and all(f.mentions.entity(t) is None for t in subtree(tok))
    )


def _joint(f: Frame, tok: Token) -> bool:
    """Whether ``tok`` names both sides met so far: a joint anaphor, or a joint noun after a joint determiner, in
    the phrase or in its members' complement ("commanders from both countries"), not what lies between them ("la
    frontière entre les deux pays")."""
    c = f.cues
    if lower_phrase(tok, f) in c["joint_anaphors"] or tok.lower_ in c["joint_anaphors"]:
        return True
    determiners = tuple(c["joint_determiners"])
    if not determiners:  # a language whose joint anaphors are all listed whole (French): no phrase to read
        return False
    inner = [
        g
        for k in children(tok)
        if k.dep_ in ("nmod", "prep")
        for g in ([k] if k.dep_ == "nmod" else prep_objects(k))
        if (k.lower_ if k.dep_ == "prep" else case(k)) in c["member_preps"]
    ]
    # the noun first: most nouns are no joint noun, whose phrase is then not read
    return any(
        g.lemma_.lower() in c["joint_nouns"] and lower_phrase(g, f).startswith(determiners) for g in [tok, *inner]
    )


def actors(f: Frame, verb: Token, depth: int = 0) -> tuple[list[Party], bool]:
    """Actors of a verb clause and whether anaphora was involved."""
    c = f.cues
    subs, _ = subject_tokens(f, verb)
    subs = [t for t in subs if t.pos_ not in ("VERB", "AUX")]  # « Cet accord fait ... », a déclaré X: the quote
    subs = subs or [k for c in children(verb) for k in _reduced_relative_subjects(f, c)]
    passive = any(k.dep_ in PASSIVE_AUX for k in children(verb))  # its own, not inherited
    parties: list[Party] = []
    anaphor = False
    for s in subs:
        low = s.lower_.lstrip("-")  # an inverted pronoun, "a-t-il dénoncé"
        if inverted(s) and closes_quote(f, verb) and (speakers := cue_speakers(f, verb)):
            parties += [p for p in speakers if all(p.entity is not q.entity for q in parties)]  # « ... », a-t-il dit
            anaphor = True
            continue
        if low in c["first_person"]:  # "nous" in a quote: its speakers, or the speech verb's subject
            head = speech_head(f, verb)
            found = quote_speakers(f, s) or (actors(f, head, depth + 1)[0] if head is not None else [])
            if found:
                return found, True
        elif low in c["plural_pronouns"] | c["singular_pronouns"] and not quote_speakers(f, s):
            head = speech_head(f, verb)  # indirect speech: "X et Y ont déclaré qu'ils condamnaient..."
            found = actors(f, head, depth + 1)[0] if head is not None and depth < 3 else []
            if found and (len(found) > 1) == (low in c["plural_pronouns"]):
                return found, True
        found, ana = noun_phrase_parties(f, s)
        if s.i > verb.i and all(p.domestic or not p.code for p in found) and closes_quote(f, verb):
            # « ... », a dénoncé le ministère: an unnamed body the quote's speakers name better
            found, ana = (
                (speakers, True) if (speakers := quote_speakers(f, verb) or cue_speakers(f, verb)) else (found, ana)
            )
        if not any(p.code for p in found) and third_person_possessor(s) and depth < 3:
            # "the army said its troops had killed", "X a affirmé que ses soldats avaient...": the speaker's
            head = speech_head(f, verb)
            found, ana = (actors(f, head, depth + 1)[0], True) if head is not None else (found, ana)
        parties += [p for p in found if all(p.entity is not q.entity for q in parties)]
        anaphor |= ana
    if not subs and not passive and not (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
        # a subjectless verb in a quote is the speaker's; not a participle that qualifies a noun ("des
        # cargaisons livrées à des intermédiaires russes", whose agent is unknown), nor a passive without agent
        # ("until political prisoners are released")
        speakers = quote_speakers(f, verb) or speech_speakers(f, verb)
        if speakers:
            return speakers, True
    head = verb.head
    if not parties and verb.dep_ in ("conj", "xcomp") and head.pos_ in ("VERB", "AUX") and f.inside(head) and depth < 3:
        # the subject of a coordinated verb was misparsed, or control passes through
        above = actors(f, head, depth + 1)
        if (
            not above[0]
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in c["speech_verbs"]
            and f.inside(head.head)
        ):  # "X said the troops were ... and accused Guyana": X accused
            return actors(f, head.head, depth + 2)
        return above
    return parties, anaphor


def third_person_possessor(tok: Token) -> bool:
    """Whether the noun ``tok`` is owned by a third-person possessive ("its troops", "ses soldats", "leurs
    forces"), read from the parse's morphology."""
    return any(
        "Poss=Yes" in str(k.morph) and "Person=1" not in str(k.morph) and "Person=2" not in str(k.morph)
        for k in children(tok)
        if k.dep_ in ("poss", "nmod:poss", "det")
    )


def _reduced_relative_subjects(f: Frame, clause: Token) -> list[Token]:
    """ "42 aid groups gathered in the Kabul NGO Forum warned": the participle parsed as a clausal subject; the
    noun it qualifies, parsed as its subject, is the subject."""
    if clause.dep_ != "csubj" or clause.pos_ != "VERB" or not {"VerbForm=Part", "Tense=Past"} & set(clause.morph):
        return []
    if any(k.dep_.startswith("aux") for k in children(clause)):
        return []
    return [k for k in children(clause) if k.dep_ in f.lex.subject_deps and k.pos_ in ("NOUN", "PROPN")]


def cue_speakers(f: Frame, verb: Token) -> list[Party]:
    """The speakers of the quote that ``verb`` closes (« ... », a dénoncé X)."""
    lemma = verb.lemma_.lower()
    for q in f.quotes:
        if q.get("cue") == lemma and 0 <= verb.idx - q["end"] <= INCISE_GAP:
            return speaker_parties(f, q)
    return []


def joint_sides(f: Frame, tok: Token) -> list[Party]:
    """The parties a joint phrase ("les deux pays", "both sides", "the two countries") names, [] for any other
    noun: the last joint actors, else the two states named most so far."""
    return (list(f.memory.last_joint) or main_pair(f, tok)) if _joint(f, tok) else []


def main_pair(f: Frame, tok: Token) -> list[Party]:
    """ "Les deux pays" with no joint actors yet: the two states the text has named most up to ``tok``."""
    counts: dict[str, tuple[int, dict]] = {}
    for e in f.entities:
        code = e.get("code")
        if e.get("type") == "GPE" and code and len(code) == 3:
            n = sum(1 for m in e.get("mentions", []) if m["start"] < tok.idx)
            if n:
                counts[code] = (counts.get(code, (0, e))[0] + n, counts.get(code, (0, e))[1])
    top = sorted(counts.values(), key=lambda x: -x[0])[:2]
    return [Party(e, e.get("sector"), anaphor=True) for _, e in top] if len(top) == 2 else []


#: A verb's actors and whether anaphora was involved (:func:`actors`).
Read = tuple[list[Party], bool]


def remember_actors(f: Frame, verb: Token) -> Read | None:
    """Remember the actors of ``verb`` (:func:`remember`) unless anaphora found them; they are returned while the
    memory they were read with holds (the same reading, not made again), None once remembering changed it."""
    memory = f.memory.singles, f.memory.last_joint
    read = actors(f, verb)
    if not read[1]:
        remember(f, read[0])
    same = f.memory.singles is memory[0] and f.memory.last_joint is memory[1]  # :func:`remember` makes new lists
    return read if same else None


def remember(f: Frame, parties: list[Party]) -> None:
    """Update the discourse memory: two or more codes are the new joint actors, a single party the last single."""
    codes = {p.code for p in parties if p.code}
    if len(codes) >= 2:
        f.memory.last_joint = [p for i, p in enumerate(parties) if p.code not in {q.code for q in parties[:i]}]
    elif len(parties) == 1:
        f.memory.singles = [p for p in f.memory.singles if p.entity is not parties[0].entity][-9:] + parties


def remember_joint(
    f: Frame, r: tuple[str, str | None, str], actors: list[Party], recipients: list[Party], ev: Event
) -> None:
    """The sides of a realised reciprocal act (``r``: its type, mode and part of speech) are the next joint actors
    ("X met Y. The two leaders..."); of an act reciprocal by its mode only, a ceasefire (types.tsv), when a verb
    tells it, as when such verbs read an agreement ("X reached a ceasefire with Y. The neighbours also agreed..."),
    not a ceasefire noun ("X declared a ceasefire against Y. The envoy urged all parties to hold a dialogue").
    Given the event built (``ev``), a recipient of the reading that the event left out is none of them."""
    etype, mode, pos = r
    # a recipient the coding rules left out (a topic: "agreed to cooperate on X") is no side
    kept = {p.get("code") for p in ev["actors"] + ev["recipients"]}
    recipients = [p for p in recipients if p.code in kept]
    own = types().get((etype, mode))
    if types()[(etype, None)].reciprocal or (own is not None and own.reciprocal and pos == "verb"):
        remember(f, [p for p in actors + recipients if p.code])


def responsible_parties(f: Frame, noun: Token) -> list[Party]:
    """The author a word of responsibility names for the act ``noun`` it governs (events.json
    ``responsibility_words``): its own subject or genitive ("l'Iran est responsable de la frappe", "holds
    Iran responsible for the raid", "la responsabilité de Téhéran dans la frappe", "Iran's responsibility for"),
    the noun it qualifies ("the faction responsible for the attacks"), the subject of its copula ("Iran is
    responsible for"), or of a verb that claims it (``claim_verbs``: "X claimed responsibility for the attack");
    [] for any other noun, and for a responsibility denied, hedged or refused ("n'est pas responsable de", "denied
    responsibility", "denied that it was responsible for", "may be responsible for", "refused to claim")."""
    c = f.cues
    word = governor(noun)  # "responsible for the attack": over "for"
    if word.i == noun.i or word.lemma_.lower() not in c["responsibility_words"] or not f.inside(word):
        return []
    head = word.head
    through = word.dep_ in ("acomp", "obj", "dobj", "xcomp", "oprd") and head.i != word.i
    if any(k.dep_ == "neg" or k.lower_ in c["negation"] for w in [word, head][: 1 + through] for k in children(w)):
        return []
    if modality(f, head if through or word.dep_ == "acomp" else word) != (False, None):
        # "Iran denied that it was responsible for", "may be responsible for", "serait responsable", "refused to
        # claim": the act's own record (read from its noun) could not carry that flag, so no author is given
        return []
    own = [k for k in children(word) if k.dep_ in f.lex.subject_deps or k.dep_ in ("nmod:poss", "poss")]
    own += [n for prep, n in complements(word) if prep in c["genitive_preps"] and n.i != noun.i]
    found = [p for k in own for p in noun_phrase_parties(f, k)[0]]
    # "la faction responsable des attaques", "X, responsable des attaques" (an apposition the parse may read as a
    # conjunct without its coordinator)
    qualifies = word.dep_ in ("amod", "acl", "appos") or (
        word.dep_ == "conj" and not any(k.dep_ == "cc" for k in children(word))
    )
    if not own and qualifies and head.pos_ in ("NOUN", "PROPN"):
        found = noun_phrase_parties(f, head)[0]
    elif not own and word.dep_ == "acomp":
        found = actors(f, head)[0]  # "Iran is responsible for"
    elif not own and through and head.lemma_.lower() in c["claim_verbs"]:
        found = actors(f, head)[0]  # "X claimed responsibility for the attack"
    return [p for p in found if p.code]
