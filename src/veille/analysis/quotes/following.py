"""A quote sentence whose speaker is named in the sentence after it, a convention of feature writing: the quoted
words open the paragraph or the text, then the writer names who said them ("« … » C’est par ces mots que X a
résumé la réunion.", "« … » Voilà les termes du communiqué de X.", "“…” Those were the words of X."), or turns to
them ("« … »\\n\\nX, secrétaire générale du syndicat, ne cachait pas sa colère.").

:func:`following_heads` gives the speaker phrase of the sentence right after a quote that fills its own sentence:
the speaker of its speech verb, the owner of its speech noun, else its main subject. The attribution pass
(:mod:`.attribute`) reads it last, when neither the quote before nor the text before names the speaker, and keeps it
only when it names one entity.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tree import children, span_tokens
from . import labels
from .cleft_after import relative_speaker
from .frame import Frame, negated
from .speakers import Mentions, Speaker, dedupe
from .subjects import infinitive_subject, preceding_subject, speaker_heads, subjects


def fills_sentence(fr: Frame, o: int, c: int) -> bool:
    """Whether the quote between marks ``o`` and ``c`` is a sentence of its own: no words before it in its sentence
    unit, only punctuation after it."""
    first, last = fr.units[fr.unit_index(o)], fr.units[fr.unit_index(c)]
    return not fr.text[first.start_char : o].strip() and not any(ch.isalnum() for ch in fr.text[c + 1 : last.end_char])


def following_heads(fr: Frame, o: int, c: int) -> list[Token]:
    """The speaker phrase (head tokens) that the sentence after the quote sentence between ``o`` and ``c`` names; []
    when the quote does not fill its sentence, no sentence follows, or the next one opens on quoted words."""
    if not fills_sentence(fr, o, c):
        return []
    k = fr.unit_index(c) + 1
    if k >= len(fr.units):
        return []
    nxt = fr.units[k]
    if fr.in_quote(nxt.start_char):
        return []  # another quote: no sentence about the speaker
    return _speech_speaker(fr, nxt) or _noun_owner(fr, nxt) or _main_subject(fr, nxt)


def _speech_speaker(fr: Frame, unit: Span) -> list[Token]:
    """The speaker of the sentence's speech verb; an incise verb too where a relative pronoun is its object, the
    quote before ("« … » Voilà ce qu’a lancé X", "C’est ce que glisse X")."""
    cues = [t for t in unit if (fr.is_cue(t) or _relative_incise(fr, t)) and not negated(t)]
    return (relative_speaker(fr, cues[0]) or speaker_heads(cues[0], fr, cues[0].idx)) if cues else []


def _relative_incise(fr: Frame, t: Token) -> bool:
    """Whether ``t`` is an incise verb (``verb_incise``) whose object is a relative pronoun ("ce qu’a lancé X")."""
    return (
        fr.lex.lemma(t) in fr.lex["verb_incise"]
        and fr.verbal(t)
        and any(labels.relative_pronoun(c) and c.dep_ in labels.OBJECT_COMPLEMENT for c in children(t))
    )


def _noun_owner(fr: Frame, unit: Span) -> list[Token]:
    """The owner of a speech noun ("les termes du communiqué de la SADC"): who issued it."""
    for t in unit:
        if t.pos_ == "NOUN" and t.lemma_.lower() in fr.lex["noun"] and not fr.in_quote(t.idx):
            owners = [x for x in children(t) if x.dep_ in labels.OWNER]
            if owners:
                return owners
    return []


def _main_subject(fr: Frame, unit: Span) -> list[Token]:
    """The subject of the sentence's main verb, a name or a noun (never a pronoun: it would refer further back)."""
    for v in unit:
        if v.dep_ == "ROOT" and v.pos_ in labels.VERBAL:
            heads = subjects(v, fr) or preceding_subject(v)  # "Claire Vasseur ne cachait pas…" parsed as roots
            return [t for t in heads if t.pos_ in {"PROPN", "NOUN"}][:1]
    for v in unit:  # a cleft ("C’est en ces termes que X s’est adressé…"): the named subject of its clause
        if v.dep_ == "ROOT" and any(c.dep_ == "cop" for c in children(v)):
            clause = [t for t in v.subtree if t.pos_ in labels.VERBAL and t.dep_ in labels.NOUN_CLAUSE]
            heads = [s for t in clause[:1] for s in subjects(t, fr)]
            return [t for t in heads if t.pos_ == "PROPN"][:1]
    return []


def colon_after(fr: Frame, ctx: Span, o: int, c: int, mentions: Mentions) -> list[Speaker] | None:
    """The speakers of a quote opening its sentence and closed by a colon ("« … » : le cri de colère de X", "« … » :
    X durcit le ton"): the entities the words after the colon name, persons first (the subject's when they hold
    a verb with one); None when the quote is not so shaped or they name no one."""
    after = fr.text[c + 1 : ctx.end_char]
    if fr.text[ctx.start_char : o].strip() or not after.lstrip().startswith(":"):
        return None
    colon = c + 1 + after.index(":")
    seg = [t for t in ctx if t.idx > colon and not fr.in_quote(t.idx)]
    subj = [t for t in seg if t.dep_ in labels.SUBJECT and t.head.i != t.i]
    if subj:
        seg = list(subj[0].subtree)
    if not seg:
        return None
    ents = mentions.covering(seg[0].idx, seg[-1].idx + len(seg[-1]))
    people = dedupe([e for e in ents if e.type == "PERSON"])
    found = people or dedupe([e for e in ents if e.type == "ORG"])
    return found[:1] if len(found) == 1 else None


def narrative_colon(fr: Frame, ctx: Span, o: int) -> tuple[Token, list[Token]] | None:
    """The infinitive and speaker phrase of a French narrative infinitive that introduces the quote at ``o`` after
    a colon ("Et d’ajouter : « … »", "Avant de conclure : « … »": [], the speaker quoted last goes on; "Et le
    ministre de conclure : « … »": the noun); None when the words before the colon are not so shaped (a
    conjunction or a preposition, a noun phrase or none, the infinitive's marker, the infinitive)."""
    before = [t for t in span_tokens(ctx) if t.idx < o and not t.is_space]
    if not before or before[-1].text != ":" or before[0].pos_ not in {"CCONJ", "ADP"}:  # "Et d’ajouter", "Avant de…"
        return None
    inf = next((t for t in before if t.pos_ == "VERB"), None)
    if inf is None or "Inf" not in labels.feature(inf, "VerbForm") or inf.i < 2:
        return None
    mark = inf.doc[inf.i - 1]
    if mark.pos_ != "ADP" or mark.head.i != inf.i:
        return None
    if mark.i == before[0].i + 1:
        return inf, []  # "Et d’ajouter :"
    heads = infinitive_subject(inf, fr)
    return (inf, heads) if heads else None


#: How a quote after "Son message : « … »" got its speaker: the one the possessive refers to, who the text is about
#: right before it (:func:`.attribute.scene`).
POSSESSIVE = "possessive"


def possessive_colon(fr: Frame, ctx: Span, o: int, mentions: Mentions) -> bool:
    """Whether the words before the colon that introduces the quote at ``o`` are a noun phrase on a possessive
    determiner naming no one ("Son message aux salariés : « … »", "Sa réponse est sans appel : « … »", "Her answer
    was blunt: “…”"): its owner, who the text was about, speaks."""
    before = [t for t in ctx if t.idx < o and not fr.in_quote(t.idx) and not t.is_space]
    if len(before) < 2 or before[-1].text != ":" or mentions.covering(before[0].idx, before[-1].idx):
        return False
    noun = next((t for t in before if t.pos_ == "NOUN"), None)
    return noun is not None and any(
        c.dep_ in {"det", "poss", "nmod:poss"} and "Yes" in labels.feature(c, "Poss") and c.i < noun.i
        for c in children(noun)
    )
