"""PLOVER event coding over parsed French and English sentences.

A trigger is a verb or event noun of the lexicon (``veille/lang/<code>/events.tsv``); its actors come from the
clause subject (or, for passives, the agent), its recipients from its objects and prepositional complements,
both mapped through entity mentions to PLOVER actor codes (state ISO-3 or organisation code; a person acts for
its ``country``). Subjects are followed through relative pronouns, coordination, control verbs, pronouns
(last compatible actor), joint anaphors ("le couple", "tous deux", "both") and reported speech (the speakers
of a quote or the subject of the speech verb). A speech verb whose content calls an entity "destabilising",
"aggressive"... is coded ACCUSE/disapprove from the speaker to that entity.

Choices (documented once, here):

* Negated, future, intended, hypothetical and alleged acts are **returned, flagged** (``negated`` True or ``modality``
  set): only events with ``negated`` False and ``modality`` None are realised; :func:`is_realised` tests it.
  A conflictual act someone is accused of ("accusé la Russie d'avoir frappé Soumy") is reported as done; any
  other accused act is ``alleged``.
* An event needs an actor code. It needs a recipient code too, except for the types marked ``unilateral`` in
  ``types.tsv`` (ASSAULT, MOBILIZE, PROTEST, RETREAT), which are kept with a lower confidence; an attack or a
  protest still needs one in the end, unless a weapon is fired (``cues.json``: ``aimed_types``; a place or a
  crowd's authorities may give it). A rejection whose
  object names no party (nor a verdict, a vote, a third party's attempt: events.json ``third_party_objects``), and a
  sanction or build-up with no named target (by a named actor, told as done), is aimed at the story's other side
  (``cues.json``: ``adversary_types``, ``open_adversary_types``).
* An event whose single actor code equals its single recipient code is never emitted; reciprocal types
  (AGREE, CONSULT, COOPERATE) with two or more actor codes and no recipient are coded actors <-> actors.
* Identical events (type, mode, actor and recipient codes, date, flags) in one text are merged: articles
  repeat a statement (the seed reports the same visit twice); acts that come one by one (rallies, arrests,
  measures: ``cues.json`` ``occurrence_types``) told at a place of their own or as items of a list of measures
  are kept apart, and so is an event noun a modifier tells as another act ("other rallies"): :mod:`.merging`.
* Dates: a date expression governed by the trigger's own clause (``veille.analysis.dates``), else the publication
  date; a future act without a date gets None. Location: see :func:`.placetime.location`.

How the passes fit together. :func:`code_events` makes a :class:`~.frame.Frame` (:mod:`.frame`: the parse, the
language's :mod:`.lexicon`, the mention index of :mod:`.parties`, the dateline, the headline's events as history)
and runs the loop of :mod:`.coder` over each segment (a sentence cut at paragraph breaks), token by token:

1. a verb with a subject updates the discourse memory with its actors (:mod:`.actors`; writes ``frame.memory``);
2. :mod:`.triggers` matches the token against the lexicon (reads ``frame.lex``);
3. for a verb, :mod:`.actors` and :mod:`.subjects` find its actors, :mod:`.recipients` its recipients, and
   :mod:`.discourse` the recipients a clause without one refers to (reads ``frame.history`` and
   ``frame.memory``); for an event noun, :func:`.recipients.noun_parties` reads both from the noun phrase
   (:mod:`.forces` for the forces a movement noun names, :mod:`.giver` for an act a verb of receipt's subject
   receives); :mod:`.implicit` gives the actors an agentless passive
   leaves implicit (a captive's holder, the authorities of a protest); :mod:`.syntax` holds the dependency helpers
   they share, :mod:`.speech` the quotes' speakers;
4. :mod:`.build` applies the coding rules above, with :mod:`.modality` (negation, modality; :mod:`.hedges`
   for the marks outside the verb chain, in ``modality.json``) and
   :mod:`.placetime` (date, location, contexts), and adds the event, merging duplicates;
5. a realised event joins ``frame.history`` (and, reciprocal, ``frame.memory``'s joint actors);
6. at the end of a segment, :func:`.discourse.speech_accusations` codes the judgements of reported speech, then
   :mod:`.statements` the acts the segment's statements are of their speakers' side (a quote's cue verb, "a
   dénoncé", or its own first-person words, "nous exigeons"; ``data/events/statements.json``) that no trigger
   coded; at the end of the text, :func:`.merging.merge_views` merges a visit with its reception.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ...errors import InputError
from ...record import Entity, Event, Quote
from ..context import TextContext, context_of
from .coder import code
from .frame import is_realised, new_frame


def code_events(
    doc: Doc,
    entities: list[Entity],
    quotes: list[Quote],
    *,
    lang: str,
    published: str | None,
    source: str = "body",
    known: Sequence[Event] = (),
    context: TextContext | None = None,
) -> list[Event]:
    """Code PLOVER events in the parsed ``doc`` (a spaCy Doc whose offsets are those of the text).

    ``entities`` and ``quotes`` are the entity and quote dicts of the same text (mention and quote offsets index
    it); ``published`` (ISO date) anchors relative dates and is the default date; ``source`` is "body" or
    "caption". ``known`` are events the reader already knows (the headline's): the realised ones are the
    discourse the text can refer to ("la décision", "les mesures"). Returns one dict per event, flagged rather
    than dropped when negated or not realised (see the module docstring and :func:`is_realised`). Raises
    :class:`~veille.errors.UnsupportedLanguage` for a language without event data. ``context`` is the text's
    context (:mod:`veille.analysis.context`) when the pipeline made one.
    """
    if source not in ("body", "caption"):
        raise InputError(f"event source must be 'body' or 'caption', not {source!r}")
    ctx = context_of(doc, lang, published, context)
    frame = new_frame(ctx, entities, quotes, lang=lang, published=published, source=source, known=known)
    return code(frame)


__all__ = ["code_events", "is_realised"]
