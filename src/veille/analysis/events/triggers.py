"""Triggers: the reading of the lexicon (``events.tsv``) that a token matches, with its conditions checked
(preposition, object, subject, adverb, governing word, clause, reflexive, negation), a predicate with a copula
read as its clause's verb ("est solidaire de"), and the mode refined from the weapon named around it."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from .. import kb
from ..dates import TIME_ENTITY, is_month
from ..tree import children, tokens
from . import hedges, phrases
from .frame import Frame
from .leavers import leavers
from .lexicon import Entry, negator, token_words
from .parties import ARMED_SECTORS, is_country
from .syntax import (
    PASSIVE_AUX,
    complements,
    is_locative,
    marker_after,
    misread_verb,
    objects,
    rebuilt_infinitive,
    reflexive,
    verb_lemma,
)

#: The parts of speech a trigger can have: a verb (an auxiliary only as a copula), a noun, a name read as a noun or
#: a participle, an adjective read as a predicate or a misread verb. :func:`match_trigger` answers None for others
#: (and the coder skips them: no trigger, and no verb whose subject the discourse keeps).
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def match_trigger(f: Frame, tok: Token) -> tuple[Entry, str] | None:
    """The first reading of the lexicon that ``tok`` matches and its part of speech ("verb" or "noun")."""
    if tok.pos_ not in TRIGGER_POS:
        return None  # a determiner, a preposition, a pronoun...: no reading below takes it (most tokens)
    lex = f.lex
    key = (tok.pos_, tok.lemma, tok.lower)
    untriggered = lex.untriggered.get(key)
    if untriggered is None:
        untriggered = lex.untriggered.put(key, _untriggered(f, tok.pos_, *token_words(tok)))
    if untriggered:
        return None  # a word no reading takes, whatever its children and neighbours (most nouns, verbs, names)
    segment, hits = f.hits
    if segment is not f.segment:  # the answers of another segment (their walks stop at its bounds): read anew
        f.hits = (f.segment, hits := {})
    elif tok.i in hits:
        return hits[tok.i]  # asked again: by the summons rule of each reading with no coded actor, by the sides
    hit = hits[tok.i] = _matched(f, tok)
    return hit


def _matched(f: Frame, tok: Token) -> tuple[Entry, str] | None:
    """:func:`match_trigger`'s reading of a token some reading may take (the lexicon's tests in order)."""
    lex, cues = f.lex, f.cues
    lemmas = list(token_words(tok))  # [lemma, form], lower case
    # "frappe" left as the noun's lemma: "frapper" (a verb whose lemma is its form, or a noun or adjective)
    if lex.present_endings and tok.pos_ in ("VERB", "NOUN", "ADJ") and (tok.pos_ != "VERB" or lemmas[0] == lemmas[1]):
        if (rebuilt := verb_lemma(f, tok)) != lemmas[0]:
            lemmas.insert(0, rebuilt)
    if lemmas[0] in cues["copula_verbs"] and tok.pos_ in ("AUX", "VERB") and (hit := _copula_predicate(f, tok)):
        return hit
    if tok.pos_ == "NOUN" and (bare := hedges.unprefixed(lex.code, lemmas[0])):
        lemmas.append(bare)  # "la non-libération": the act, negated (:func:`.modality.modality`)
    if tok.lower_ in lex.hyphen_ends:  # "build-up": the noun's lemma is its last part's token
        lemmas += hyphen_forms(tok, opens=False)
    endings = lex.participle_endings
    participle = bool(endings) and tok.lower_.endswith(endings)
    if not participle and not any(lemma in lex.lemmas for lemma in lemmas):
        return None  # fast path: most tokens are no trigger
    if tok.pos_ in ("ADJ", "NOUN") and any(k.dep_ == "cop" for k in children(tok)):
        # a predicate with a copula is read as its clause's verb ("la France est solidaire de l'Ukraine", "nous
        # sommes aux côtés de Kiev"): its subject acts, its complements are the recipients
        for lemma in lemmas:
            for e in lex.triggers.get(("pred", lemma), []):
                if matches(f, tok, e):
                    return e, "verb"
    if tok.pos_ == "VERB":
        pos = "verb"
    elif tok.pos_ in ("NOUN", "PROPN", "ADJ") and any(k.dep_.startswith("aux") for k in children(tok)):
        pos = "verb"  # a participle tagged as a noun ("a téléphoné"): its auxiliary shows it is a verb
        if endings:
            lemmas.append(_participle_pattern(endings).sub(cues["infinitive_ending"], tok.lower_))
    elif misread_verb(f, tok):
        pos = "verb"  # "la France critique la Chine" with critique tagged as an adjective
    elif tok.pos_ in ("NOUN", "PROPN") and not _month(f, tok):
        pos = "noun"
    else:
        return None
    for lemma in lemmas:
        for e in lex.triggers.get((pos, lemma), []):
            if matches(f, tok, e):
                return e, pos
    return None


def _untriggered(f: Frame, pos: str, lemma: str, form: str) -> bool:
    """Whether no reading can take a token of part of speech ``pos``, lower-cased lemma ``lemma`` and form ``form``
    in any context: :func:`match_trigger` would answer None before reading its children, neighbours or morphology.
    Every word that :func:`match_trigger` may try is counted (the present form's infinitive, whatever the tense
    or the children say; the word without a negating prefix), and a copula, a hyphenated word's last part or a
    participle's form is left to the full test."""
    lex = f.lex
    words = [lemma, form]
    if lex.present_endings and pos in ("VERB", "NOUN", "ADJ"):
        rebuilt = rebuilt_infinitive(form, lex.present_endings, str(f.cues["infinitive_ending"]))
        if rebuilt is not None:
            words.append(rebuilt)
    if pos in ("AUX", "VERB") and any(w in f.cues["copula_verbs"] for w in words):
        return False
    if pos == "NOUN":
        words += [bare for w in words[:1] + words[2:] if (bare := hedges.unprefixed(lex.code, w))]
    if form in lex.hyphen_ends or (lex.participle_endings and form.endswith(lex.participle_endings)):
        return False
    return not any(w in lex.lemmas for w in words)


def _month(f: Frame, tok: Token) -> bool:
    """Whether a noun is a month's capitalised name ("in March", "March 25 (UPI)"), not the act its lower-case form
    names ("a march on parliament"): inside a sentence, or opening one before a number."""
    if not tok.text[:1].isupper() or not is_month(f.lex.code, tok.text):
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.i != tok.sent.start or (after is not None and after.like_num)


def _copula_predicate(f: Frame, tok: Token) -> tuple[Entry, str] | None:
    """The copula read as its clause's verb when the parse hangs the predicate under it as an oblique instead of
    giving the predicate a cop child ("nous sommes aux côtés de Kiev", côtés obl:arg of sommes; "the army was on
    high alert", alert the object of the copula's preposition): the reading of
    the predicate's "pred" row, checked on the predicate; the copula needs a subject (who acts)."""
    kids = list(children(tok))
    if not any(k.dep_ in f.lex.subject_deps for k in kids):
        return None
    # "the army was on high alert": the predicate under the copula's preposition
    preds = [g for k in kids if k.dep_ == "prep" for g in children(k) if g.dep_ == "pobj"]
    for k in [*kids, *preds]:
        if k.dep_ in ("obl:arg", "obl", "pobj") and k.pos_ in ("NOUN", "ADJ"):
            for lemma in token_words(k):
                for e in f.lex.triggers.get(("pred", lemma), []):
                    if matches(f, k, e):
                        return e, "verb"
    return None


@functools.cache
def _participle_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A participle ending at the end of a word ("é|ée|és|ées"; at most one ends a word at a given place)."""
    return re.compile("(?:" + "|".join(re.escape(e) for e in endings) + ")$")


def matches(f: Frame, tok: Token, entry: Entry) -> bool:
    """Whether ``tok`` meets every condition of the reading (``cond`` of events.tsv; "gen" is no condition)."""
    kids = list(children(tok))
    # the noun a relative clause qualifies ("les offres qu'il a reçues"), and the noun a participle qualifies ("les
    # armes envoyées", "a statement released by")
    relative = tok.head if tok.dep_ in ("acl:relcl", "relcl") and tok.head.i != tok.i else None
    qualified = (
        tok.head if tok.dep_ == "acl" and "VerbForm=Part" in str(tok.morph) and tok.head.pos_ == "NOUN" else None
    )
    for key, vals in entry.cond:
        if key == "prep":
            if not _prep_words(f, tok) & vals:
                return False
        elif key == "not":  # also under a modifier of the trigger ("le rassemblement injustifié de forces")
            under = {g.lemma_.lower() for k in kids if k.dep_ in ("amod", "acl") for g in children(k)}
            under |= {n.lemma_.lower() for n in (relative, qualified) if n is not None}
            # and the objects through a quantity word ("released some of the names": names, not some)
            under |= {k.lemma_.lower() for k in objects(f, tok)}
            if (_prep_words(f, tok) | under) & vals:
                return False
        elif key == "obj":
            # the objects, a name parsed as an object predicate ("called President X" read as naming), and the
            # title before a name ("called Ukrainian President X" names a president)
            named = objects(f, tok) + [k for k in kids if k.dep_ == "oprd"]
            if qualified is not None:  # a participle qualifying its object: "les armes envoyées", "the weapons sent"
                named.append(qualified)  # whatever a complement misparsed as an object names ("dans le cadre de X")
            if relative is not None and any(
                (k.dep_ in ("obj", "dobj") and k.lower_ in f.cues["object_relatives"])
                or (k.dep_ in f.lex.passive_subject_deps and k.lower_ in f.cues["relative_pronouns"])
                for k in kids
            ):  # the noun a relative object, or a relative passive subject, stands for: "la solidarité qu'il a
                named.append(relative)  # manifestée", "les élections, qui ont été boycottées par X"
            objs = {w for k in named for w in (k.lemma_.lower(), k.lower_, *hyphen_forms(k))}
            # a name's compound, and the title in apposition after it ("summoned X, Japan's ambassador"); a common
            # noun with the compound before it as one phrase ("summoned an embassy official": "embassy official")
            objs |= {
                g.lemma_.lower()
                for k in named
                if k.pos_ == "PROPN"
                for g in children(k)
                if g.dep_ in ("compound", "appos")
            }
            objs |= {
                f"{g.lemma_.lower()} {k.lemma_.lower()}"
                for k in named
                if k.pos_ == "NOUN"
                for g in children(k)
                if g.dep_ == "compound"
            }
            if not objs & vals:
                return False
        elif key == "about" and not _about_words(f, tok, kids) & vals:  # what the agreement settles
            return False
        elif key in ("subj", "notsubj"):  # the subject names who acts: "des soldats sont arrivés", "troops landed"
            subjects = [k for k in kids if k.dep_ in f.lex.any_subject_deps]
            if not subjects and tok.dep_ == "xcomp":  # an infinitive's subject is its governor's: "l'armée a
                subjects = [k for k in children(tok.head) if k.dep_ in f.lex.subject_deps]  # affirmé se redéployer"
            if bool(_heads(f, subjects) & vals) != (key == "subj"):  # notsubj: "it flew to", "the plane flew"
                return False
        elif key == "active":  # not told in the passive: "was flown home" carries someone, it is no visit
            if any(k.dep_ in PASSIVE_AUX or k.dep_ in f.lex.passive_subject_deps for k in kids):
                return False
        elif key == "mod":  # an adverb of the trigger, wherever it stands ("a vivement attaqué", "sharply attacked")
            if not {k.lemma_.lower() for k in kids if k.dep_ == "advmod"} & vals:
                return False
        elif key == "head":  # the verb that governs the noun: "renforcer la coopération", "deepen cooperation"
            if tok.head.i == tok.i or tok.head.lemma_.lower() not in vals:
                return False
        elif key == "state":  # a state as the object: "a suspendu le Mali", "suspended Guinea" (of a body)
            if not any(is_country(f.mentions.entity(k)) for k in _patients(f, tok)):
                return False
        elif key == "clause":
            if not any(k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") for k in kids):
                return False
        elif key == "inf":  # the infinitive the verb governs: "sommé de quitter le pays", "ordered to leave"
            # a subjunctive the lemmatiser left as it is counts by its rebuilt lemma (« que X quitte le pays »)
            if not {w for k in _infinitives(kids) for w in (k.lemma_.lower(), verb_lemma(f, k))} & vals:
                return False
        elif key == "infobj":  # the object of that infinitive: "de quitter le pays" (not "de quitter la réunion")
            if not {o.lemma_.lower() for k in _infinitives(kids) for o in objects(f, k)} & vals:
                return False
        elif key == "infstate":  # that infinitive's object names a state: « que l'ambassadeur quitte le Niger »
            if not any(is_country(f.mentions.entity(o)) for k in _infinitives(kids) for o in objects(f, k)):
                return False
        elif key == "leaver" and not leavers(f, tok) & f.cues["leaver_nouns"]:  # who is told to leave: an envoy
            return False  # (« que l'ambassadeur quitte »: expelled; a government told to go is asked)
        elif key == "neg":  # read only when negated: "n'exclut pas une intervention", "did not rule out force"
            negation = f.cues["negation"]
            if not any(negator(k, negation) for k in kids):
                return False
        elif key == "words":  # a fixed phrase of the verb's own clause: "déclaré persona non grata"
            if not phrases.holds(tok, vals):
                return False
        elif key in ("refl", "norefl"):
            if reflexive(f, tok) != (key == "refl"):
                return False
        elif key == "place" and not any(_place_after(f, tok, k) for k in kids):
            return False  # "arrivé mardi à Beyrouth" is a visit, "arrivé au pouvoir" or "à la conclusion" none
        elif key == "official" and not any(_official(f, k) for k in kids if k.dep_ in f.lex.any_subject_deps):
            return False  # "le président est arrivé à Beyrouth" visits; "une touriste est arrivée à Beyrouth" not
        elif key == "armed" and not any(_armed(f, k, relative) for k in kids if k.dep_ in f.lex.any_subject_deps):
            return False  # "l'armée prend le pouvoir", "la junte qui a pris le pouvoir"; not "le président élu"
    return True


def _official(f: Frame, k: Token) -> bool:
    """Whether a subject names who acts for a state or a body: a person or organisation of sector GOV or IGO (a
    leader of the knowledge base), a state itself ("Norway is protesting"), a role of ``kb/roles.tsv`` of those
    sectors ("le président", "la ministre") or a noun of ``visitor_nouns`` ("une délégation")."""
    entity, lemma = f.mentions.entity(k), k.lemma_.lower()
    if entity is not None and (entity.get("sector") in _OFFICIAL_SECTORS or is_country(entity)):
        return True
    role = kb.load().role(lemma, f.context.lang)
    return (role is not None and role.sector in _OFFICIAL_SECTORS) or lemma in f.cues["visitor_nouns"]


def _armed(f: Frame, k: Token, relative: Token | None) -> bool:
    """Whether a subject names an armed force or its officers: a person or organisation of an armed sector (MIL,
    REB), a role of ``kb/roles.tsv`` of sector MIL or a noun of ``armed_nouns`` ("l'armée", "les putschistes"); a
    relative pronoun stands for the noun its clause qualifies (``relative``: "la junte qui a pris le pouvoir")."""
    if relative is not None and k.lower_ in f.cues["relative_pronouns"]:
        k = relative
    entity, lemma = f.mentions.entity(k), k.lemma_.lower()
    if entity is not None and entity.get("sector") in ARMED_SECTORS:
        return True
    role = kb.load().role(lemma, f.context.lang)
    return (role is not None and role.sector == "MIL") or bool({lemma, k.lower_} & set(f.cues["armed_nouns"]))


#: The sectors of who acts for a state or an international body.
_OFFICIAL_SECTORS = frozenset({"GOV", "IGO"})


def _place_after(f: Frame, tok: Token, k: Token) -> bool:
    """Whether ``k``, a complement after the trigger, names a place where it happens (a GPE or LOC entity after a
    locative preposition: "à Beyrouth", "en Belgique")."""
    entity = f.mentions.entity(k)
    return k.i > tok.i and entity is not None and entity.get("type") in ("GPE", "LOC") and is_locative(f, k)


#: Labels of an infinitive a verb governs: its complement ("sommé de quitter"), or an adjunct of purpose ("laissé
#: 24 heures à l'ambassadeur pour quitter le pays").
_INFINITIVE_DEPS = ("xcomp", "ccomp", "advcl")


def _infinitives(kids: list[Token]) -> list[Token]:
    """The verbs among a trigger's children that it governs as an infinitive (:data:`_INFINITIVE_DEPS`), and an
    infinitive the parse hangs on its addressee ("demandé à l'ambassadeur de Chine de quitter", quitter under
    ambassadeur)."""
    found = [k for k in kids if k.dep_ in _INFINITIVE_DEPS and k.pos_ == "VERB"]
    return found + [
        a
        for k in kids
        if k.dep_ in ("obl:arg", "obj", "dobj", "iobj")
        for a in children(k)
        if a.dep_ == "acl" and a.pos_ == "VERB" and "VerbForm=Inf" in str(a.morph)
    ]


def _patients(f: Frame, tok: Token) -> list[Token]:
    """Who undergoes the act: a verb's objects, an event noun's genitive ("la suspension du Mali", "the suspension
    of Mali")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return objects(f, tok)
    return [n for prep, n in complements(tok) if prep in f.cues["genitive_preps"]]


def _heads(f: Frame, nouns: list[Token]) -> set[str]:
    """The lemmas of ``nouns``, of what a quantity among them counts ("des centaines de soldats", "hundreds of
    troops": soldat, troop) and of what a participle of one carries ("un avion transportant des policiers")."""
    counted = [
        g
        for n in nouns
        if n.lemma_.lower() in f.cues["quantity_nouns"] or n.pos_ == "NUM"
        for k in children(n)
        for g in (k, *(g for g in children(k) if g.dep_ == "pobj"))
    ]
    # what a participle of the noun carries: "un avion transportant 400 policiers", "a plane carrying troops"
    carried = [g for n in nouns for k in children(n) if k.dep_ == "acl" for g in objects(f, k)]
    return {w for n in (*nouns, *counted, *carried) for w in (n.lemma_.lower(), n.lower_)}


def hyphen_forms(tok: Token, opens: bool = True) -> tuple[str, ...]:
    """The hyphenated words ``tok`` ends (and, with ``opens``, opens), as the tokenizer splits them ("anti-dumping":
    anti, -, dumping; "live-fire", "co-operation"), lower-cased: a word of events.tsv with a hyphen is met by a part's
    token (the parse hangs the parts apart); a spaced dash joins nothing."""
    doc, i, out = tokens(tok.doc), tok.i, []  # the Doc's tokens, made once (``doc[k]`` makes a Token per read)
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        out.append(f"{doc[i - 2].lower_}-{tok.lower_}")
    if opens and i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_:
        out.append(f"{tok.lower_}-{doc[i + 2].lower_}")
    return tuple(out)


def _about_words(f: Frame, tok: Token, kids: list[Token]) -> set[str]:
    """The words an "about=" condition looks at: a compound before the trigger's object or its complements, and
    those of a noun the trigger governs through a preposition ("signed a cease-fire agreement", "reached an
    agreement on a truce", « un accord de trêve »)."""
    nouns = objects(f, tok) + [k for k in kids if k.dep_ in ("obl", "obl:arg")]
    nouns += [g for k in kids if k.dep_ == "prep" for g in children(k) if g.dep_ == "pobj"]
    words = [g for n in nouns for g in children(n) if g.dep_ == "compound"]
    words += [g for n in nouns for _, g in complements(n)]
    return {w for g in words for w in (g.lemma_.lower(), g.lower_, *hyphen_forms(g))}


def _prep_words(f: Frame, tok: Token) -> set[str]:
    """The words a "prep=" condition looks at: children, their case/mark/prep words, the marker of an infinitive
    after the object, and the complements of a date hung between ("entretenue mercredi par téléphone"). A verb's
    complements are those after it: an adjunct in front is none ("On Monday, X called Y" is no call on Y)."""
    kids = [k for k in children(tok) if (tok.pos_ != "VERB" or k.i > tok.i) and not _date_complement(k)]
    words = {k.lemma_.lower() for k in kids} | {k.lower_ for k in kids} | {w for k in kids for w in hyphen_forms(k)}
    words |= {g.lower_ for k in kids for g in children(k) if g.dep_ in ("case", "mark", "prep", "pobj")}
    # the attribute of the object, parsed as the object's adjective after it ("jugé la Russie coupable", quoted:
    # "jugeant la Russie « coupable »", an apposition)
    words |= {
        g.lemma_.lower()
        for k in kids
        if k.dep_ in ("obj", "dobj")
        for g in children(k)
        if g.dep_ in ("amod", "appos") and g.pos_ == "ADJ" and g.i > k.i
    }
    # an infinitive hung on the object ("appelé les autorités à respecter") or misattached elsewhere
    # ("appelé Belgrade et Pristina à « éviter »", à-éviter parsed under another verb): the marker
    # that opens an infinitive right after the object
    for k in kids:
        if k.dep_ in ("obj", "dobj", "xcomp") and k.pos_ in ("NOUN", "PROPN") and k.i > tok.i:
            words |= {m.lower_ for a in children(k) if a.dep_ == "acl" for m in children(a) if m.dep_ == "mark"}
            words |= marker_after(f, k)
    # a complement of the verb that the parse hangs on its object, a party ("a placé trois opposants en garde à vue");
    # on an act or thing it is the object's own ("a condamné les violences en prison")
    if cases := f.cues["object_complement_cases"]:
        words |= {
            g.lemma_.lower()
            for k in kids
            if k.dep_ in ("obj", "dobj") and k.i > tok.i and _party(f, k)
            for g in children(k)
            if g.dep_ == "nmod" and g.i > k.i and any(c.dep_ == "case" and c.lower_ in cases for c in children(g))
        }
    # a complement hung on the preceding date ("entretenue mercredi par téléphone")
    words |= {
        g.lemma_.lower()
        for k in kids
        if k.dep_ in ("obl:mod", "npadvmod") and k.i > tok.i
        for g in children(k)
        if g.dep_ == "nmod"
    }
    return words


def _party(f: Frame, noun: Token) -> bool:
    """Whether ``noun`` names a party: an entity, a proper name or a home group ("trois opposants")."""
    return (
        noun.pos_ == "PROPN" or f.mentions.entity(noun) is not None or noun.lemma_.lower() in f.cues["domestic_groups"]
    )


def _date_complement(k: Token) -> bool:
    """A preposition whose object is a date the parser's recogniser marks ("on Monday"): no complement of the act."""
    objs = [g for g in children(k) if g.dep_ == "pobj"]
    return k.dep_ == "prep" and bool(objs) and all(g.ent_type_ in TIME_ENTITY for g in objs)


def refine_mode(f: Frame, tok: Token, entry: Entry) -> str | None:
    """Refine the mode from the weapon named around the trigger ("frappes de drones" -> drone)."""
    by_mode = f.lex.shared.mode_words.get(entry.type)
    if not by_mode:
        return entry.mode
    words = {w for k in children(tok) for t in (k, *children(k)) for w in (t.lemma_.lower(), t.lower_)}
    if tok.dep_ in ("nsubj", "obj", "dobj") or tok.pos_ == "NOUN":
        words |= {tok.head.lemma_.lower()}
    for k in children(tok):  # the subject of "des drones russes ont frappé" names the weapon too
        if k.dep_ in f.lex.subject_deps:
            words.add(k.lemma_.lower())
    for mode, kws in by_mode.items():
        if words & kws:
            return mode
    return entry.mode
