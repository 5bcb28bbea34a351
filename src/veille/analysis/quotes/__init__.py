"""Quote extraction and speaker attribution.

``extract_quotes(doc, entities, lang=...)`` finds

* direct quotes between quotation marks in every common typography (« », “ ”, straight "", ‹ ›, „ “, ‘ ’),
  nested marks kept inside the outer quote, French multi-paragraph quotes (« reopened at each paragraph), and
  partial fragments inside reported speech; unbalanced marks are skipped, never fatal;
* indirect speech: the clause after "que"/"that" governed by a speech verb, a French bare infinitive ("a annoncé
  avoir…"), a sentence that names its source with a preposition ("Selon X, …", "Or, selon X, …", "…, selon X.",
  "…, according to X.") or is closed by an incise ("…, a-t-elle précisé"), what a speech verb states through
  an "as" complement ("described the attacks as…", "considère X comme…": :mod:`.complements`) or through its
  object ("a exigé la libération de…", "…, dénonçant l’absence de…"), and a French narrative infinitive ("Et
  d’affirmer que…", the speaker quoted last);
  quoted fragments inside such a clause belong to it (one statement, one quote), unless a speech verb of their own
  beside the clause's states them ("…, saluant « … »", "… et insisté sur « … »": a second quote, same speaker);

and attributes each to speakers among ``entities`` (the entity records of :mod:`veille.analysis.entities`): the
subject of the cue verb (normal or inverted order, "a-t-il ajouté", a name in apposition), "selon X" / "according to
X", "X : « … »", nominal cues ("dans une déclaration, X…"), spokespersons (→ their institution, unless named), joint
phrases ("tous deux", "les deux ministres", "les deux pays"), a speech act or a "Pour X, … :" source closing the
paragraph before a quote paragraph, relative pronouns (their antecedent), bare definite phrases ("the ministry" ->
the entity last mentioned with that noun), and subject pronouns resolved to the last compatible speaker or subject
("it" to an organisation or state), definite role phrases ("le ministre", "the spokesman") to the last person seen,
"ce dernier" / "the latter" to the entity mentioned last, a source document to its issuer ("selon une enquête de
l’ONU"), a plural role ("les dirigeants de la CEDEAO") to its organisation, never to the last person, a surname
alone ("PM Martel") to the one person of that name; a capital speaks for its state ("Séoul dénonce…" -> South
Korea). An unnamed source ("un responsable du ministère", "des sources proches de…", "activists", "le porte-parole
de X") is a *described* speaker: ``{"id": None, "name": <the phrase as printed>}``. A quote is a statement and who
made it: quoted words or reported speech whose speaker, named or described, cannot be found are dropped (a pull
quote repeating an attributed statement is merged into it first). Quoted words with no cue that run on no quote
take who the text is about right before them (the named subject of their sentence or paragraph, or of the
paragraph before, or the one person it names: :func:`.attribute.scene`); an attributed repeat overrides that.

How the passes fit together (each module says more):

1. :mod:`.frame` — a :class:`~.frame.Frame` per text, read by every pass: the text, the quotation-mark pairs
   (:mod:`.marks`), the sentence units, the language's lexicon (:mod:`.lexicon`, ``lang/<code>/quotes.tsv``), and
   the attribution incises set inside the marks ("« …, prévient X. … »", :mod:`.incises`), read as outside them.
   :mod:`.speakers` indexes the entities' mentions as :class:`~.speakers.Speaker` objects.
2. :mod:`.direct` — reads the frame, writes one :class:`~.item.Item` per quotation-mark pair that holds speech:
   its span, cue and speaker phrase (head tokens, found by :mod:`.subjects` and :mod:`.sources`).
3. :mod:`.indirect` — reads the frame, writes items for reported clauses, "selon X" sentences and incises
   (:mod:`.reported` for the rarer reported forms, :mod:`.nominal` for a speech noun's that/que clause,
   :mod:`.commitments` for statements made through an infinitive or a stance adjective: "a juré de", "is sure that";
   :mod:`.object_report` for what a speech verb states through its complements: "a exigé la libération de…";
   :mod:`.hearsay` for a sentence in the conditional of report that runs on a statement: "Les soldats auraient tiré";
   every clause found becomes an item through :mod:`.clause_items`, which sets its bounds).
4. :mod:`.attribute` — walks the text in order, resolving each item's speaker phrase to speakers
   (:mod:`.resolve`; :mod:`.owners` reads whom an institution or a document speaks for; :mod:`.surnames` whom a
   surname alone names, :mod:`.apposition` the names printed beside a phrase, :mod:`.impersonal` the source named
   after an impersonal subject: "indique-t-on au ministère"; :mod:`.unnamed` keeps "the official"
   unnamed unless the text names its holder;
   :mod:`.following` takes a speaker named in the sentence after a quote; :mod:`.self_named` gives a communiqué
   that names no issuer to the body its quoted words open on; :mod:`.epithets` reads "l'organisation",
   "the group" as the last organisation named, :mod:`.possessive` "à ses yeux", "in her view" as the last person)
   and filling the discourse
   :class:`~.memory.Memory` that later pronouns and joint phrases read. Indirect items with no speaker (named
   or described) are then dropped, and direct ones inside a reported clause (:func:`_direct_kept` keeps a fragment
   stated by a verb of its own).
5. :mod:`.merge` — merges one statement reported twice and builds the quote records; quotes left with no
   speaker are dropped.
6. :mod:`.acts` — sets apart the statements told only through an act ("threatened to impose…"): the events stage
   reads them with the quotes (:func:`read_statements`), the record does not list them.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token

from ...record import Entity, Quote
from ..context import TextContext, context_of
from ..tree import children
from . import labels
from .acts import Statements, statements
from .attribute import attribute
from .direct import NARRATIVE, direct_quotes
from .fragment_pairs import beside_clause
from .frame import Frame
from .indirect import indirect_quotes
from .item import Item
from .lexicon import Lexicon, lexicon
from .marks import find_quoted
from .memory import Memory
from .merge import merge
from .resolve import Resolver
from .speakers import index_entities

logger = logging.getLogger(__name__)


def extract_quotes(doc: Doc, entities: list[Entity], *, lang: str, context: TextContext | None = None) -> list[Quote]:
    """Extract direct and indirect quotes from a spaCy ``doc`` and attribute them to ``entities``.

    ``entities``: entity records (id, name, type, mentions with char offsets into ``doc.text``).
    Returns quote records ``{text, start, end, direct, speakers: [{id, name}], cue, sentence: {start, end, text},
    spans: [{start, end}]}`` ordered by start; offsets index ``doc.text``.
    Raises :class:`~veille.errors.UnsupportedLanguage` when ``lang`` has no language data and
    :class:`~veille.errors.InvalidRecord` for a malformed entity record. ``context`` is the text's context
    (:mod:`veille.analysis.context`) when the pipeline made one.
    """
    return read_statements(doc, entities, lang=lang, context=context).quotes


def read_statements(doc: Doc, entities: list[Entity], *, lang: str, context: TextContext | None = None) -> Statements:
    """The quotes of :func:`extract_quotes` (``quotes``) and, with them in order, the statements told only through
    an act (``all``: :mod:`.acts`), which the events stage reads for their speakers."""
    lex = lexicon(lang)
    ctx = context_of(doc, lang, context=context)
    if ctx.entities is not entities:
        ctx.set_entities(entities)
    fr = Frame(ctx, lex)
    mentions = index_entities(ctx, fr.text, lex)
    memory = Memory(quoted=fr.marks)
    direct = direct_quotes(fr, mentions)
    indirect = indirect_quotes(fr)
    attribute(fr, Resolver(fr.text, lang, lex, mentions, memory), memory, direct + indirect)
    indirect = [it for it in indirect if it.speakers]  # reported speech of nobody named is narrative, not a quote
    direct = [it for it in direct if it.speakers or it.how != NARRATIVE]  # a fragment of nobody named is no quote
    items = _direct_kept(fr, direct, indirect) + indirect
    # a quote is a statement and who made it: quoted words whose speaker is not found (after a repeat of them has
    # been merged into its attributed statement) are dropped, never kept unattributed nor guessed
    quotes = [q for q in merge(fr, items) if q["speakers"]]
    said = statements(fr, quotes)
    logger.debug(
        "%d quotes (%d direct) from %d quotation-mark pairs, %d statements told as acts",
        len(said.quotes),
        sum(q["direct"] for q in said.quotes),
        len(fr.marks),
        len(said.all) - len(said.quotes),
    )
    return said


def _own_verb(verb: Token) -> bool:
    """Whether speech verb ``verb`` states a fragment of its own beside the sentence's reported clause: a present
    participle adjunct ("…, saluant « … »", "…, hailing “…”") or a verb coordinated with the main one ("a exprimé
    son plaisir de … et insisté sur « … »"); not a verb coordinated with one of the reported content ("said it had hoped
    … and called it “…”")."""
    if verb.dep_.startswith(("advcl", "acl")):
        return labels.present_participle(verb)
    if not verb.dep_.startswith("conj"):
        return False
    shares_aux = "Part" in labels.feature(verb, "VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in children(verb)
    )  # "a exprimé son plaisir de revoir X et insisté sur…": "insisté" shares "a", whatever the parser hung it on
    return verb.head.dep_ == "ROOT" or shares_aux


def _direct_kept(fr: Frame, direct: list[Item], indirect: list[Item]) -> list[Item]:
    """The direct items kept beside the reported clauses: those outside every clause, and those inside one that are
    a statement of their own (:func:`_fragment_of`), which take the clause's speakers (set here)."""
    kept = []
    for item in direct:
        clause = _host_clause(indirect, item)
        if clause is None:
            kept.append(item)
        elif _fragment_of(fr, item, clause) or beside_clause(fr, item, clause):
            item.speakers = clause.speakers  # the fragment is the clause speaker's statement of its own
            kept.append(item)
    return kept


def _host_clause(indirect: list[Item], item: Item) -> Item | None:
    """The reported clause that holds direct ``item``, if any."""
    return next((c for c in indirect if c.start <= item.start and item.end <= c.end), None)


def _fragment_of(fr: Frame, item: Item, clause: Item) -> bool:
    """Whether direct ``item``, inside reported ``clause``, is a statement of its own: the object of a speech verb
    of its own beside the clause's ("a affirmé que l'accord est signé, saluant « un nouveau départ »": the clause
    and the fragment are two quotes). Quoted words of the clause's own content ("a précisé qu'il dévoilerait
    « bientôt » son plan", "said it had hoped for more and called the deal “a missed chance”") are its."""
    if not clause.speakers or not item.cue or item.cue == clause.cue or item.start <= clause.start + 1:
        return False
    span = fr.doc.char_span(clause.start, item.start, alignment_mode="expand")
    verb = next((t for t in reversed(span or ()) if fr.lex.lemma(t) == item.cue), None)
    return verb is not None and _own_verb(verb)


__all__ = ["Statements", "extract_quotes", "find_quoted", "lexicon", "Lexicon", "read_statements"]
