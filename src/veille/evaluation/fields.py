"""The per-field scorers: metadata, body fragments and captions, entities, quotes (with speakers and the
span-overlap metric), events (with dates, locations and modes). Each adds to a :class:`FileResult`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .identity import Identities, event_sides, sides_overlap
from .matching import match, required_first, score_set
from .places import same_place
from .predictions import (
    body_text,
    code_of,
    date_ok,
    event_label,
    list_field,
    name_of,
    quote_label,
    span_of,
    span_text,
    speakers_of,
)
from .report import OVERLAP_THRESHOLDS, FileResult
from .text import find_spans, fold


def score_metadata(gold: dict[str, Any], pred: dict[str, Any], result: FileResult) -> None:
    for key in ("language", "title", "authors", "published"):
        if key not in gold:
            continue
        value = pred.get(key)
        if key == "authors":
            expected = frozenset(fold(a) for a in gold[key])
            got = frozenset(fold(name_of(a)) for a in ([value] if isinstance(value, str) else value or []))
            correct, predicted = got == expected, bool(got)
        elif key == "published":
            correct, predicted = date_ok(gold[key], value), bool(value)
        else:
            correct, predicted = fold(gold[key]) == fold(value), bool(value)
        c = result.counts[key]
        if correct:
            c.tp += 1
        else:
            c.fn += 1
            c.fp += predicted
            result.miss(key, f"expected {gold[key]!r}, got {value!r}")


def score_body(gold: dict[str, Any], pred: dict[str, Any], result: FileResult, failed: bool) -> None:
    body = pred.get("body")
    if not isinstance(body, str):
        body = "\n\n".join(p for p in list_field(pred, "paragraphs") if isinstance(p, str))
    folded_body = fold(body)
    captions = [fold(c) for c in list_field(pred, "captions") if isinstance(c, str)]
    spec = gold.get("body") or {}
    for fragment in spec.get("must_include", []):
        c = result.counts["must_include"]
        if fold(fragment) in folded_body:
            c.tp += 1
        else:
            c.fn += 1
            result.miss("must_include", fragment)
    for fragment in spec.get("must_exclude", []):
        c = result.counts["must_exclude"]
        if not failed and fold(fragment) not in folded_body:
            c.tp += 1
        else:  # a failed file cannot score by having no body
            c.fp += 1
            result.false("must_exclude", fragment)
    for fragment in spec.get("captions", []):
        c = result.counts["captions"]
        if any(fold(fragment) in cap for cap in captions):
            c.tp += 1
        else:
            c.fn += 1
            result.miss("captions", fragment)


def score_entities(gold: dict[str, Any], pred: dict[str, Any], result: FileResult, ids: Identities) -> None:
    """A gold entity is found by a predicted one with its name or one of its surface forms (:mod:`.identity`);
    a predicted entity that is no gold one is a false positive."""
    if "entities" not in gold:
        return
    c = result.counts["entities"]
    for entity, g in zip(gold["entities"], ids.gold, strict=True):
        if any(g.same(p) for p in ids.pred):
            c.tp += 1
        else:
            c.fn += 1
            result.miss("entities", entity["name"])
    for entity, p in zip(list_field(pred, "entities"), ids.pred, strict=True):
        if not any(g.same(p) for g in ids.gold):
            c.fp += 1
            result.false("entities", name_of(entity) or code_of(entity))


def score_quotes(gold: dict[str, Any], pred: dict[str, Any], result: FileResult, ids: Identities) -> None:
    if "quotes" not in gold:
        return
    golds: list[dict[str, Any]] = gold["quotes"]
    preds = [q for q in list_field(pred, "quotes") if isinstance(q, dict)]
    body = body_text(pred)
    g_text = [_opening(q["text_starts"]) for q in golds]
    p_text = [fold(q["text"] if isinstance(q.get("text"), str) else span_text(q, body)) for q in preds]
    p_spk = [speakers_of(q) for q in preds]

    def same(g: int, p: int) -> bool:
        return ids.same_speakers(golds[g]["speakers"], preds[p].get("speakers") or [])

    def text_ok(g: int, p: int) -> bool:
        return g_text[g] in p_text[p]

    def full_ok(g: int, p: int) -> bool:
        return text_ok(g, p) and same(g, p)

    first = match(len(golds), len(preds), full_ok, required_first(golds))
    halves, pair_members = _other_halves(preds, set(first.values()))
    pairs = score_set(result.counts["quotes"], result, "quotes", golds, preds, full_ok, quote_label, halves)
    texts = match(len(golds), len(preds), text_ok, [g for g in range(len(golds)) if g_text[g]])
    _score_kinds(golds, pairs, texts, result)

    # Speaker accuracy: match on text alone (strict pairs first), then compare speakers.
    texted = [g for g in range(len(golds)) if g_text[g]]
    strict = match(len(golds), len(preds), full_ok, texted)
    rest_g = [g for g in texted if g not in strict]
    free_p = set(range(len(preds))) - set(strict.values())
    loose = match(len(golds), len(preds), lambda g, p: p in free_p and text_ok(g, p), rest_g)
    c = result.counts["quote_speakers"]
    c.tp += len(strict)
    c.fn += len(loose)
    c.fp += len(loose)
    for g, p in loose.items():
        result.miss(
            "quote_speakers", f"{quote_label(golds[g])} attributed to {', '.join(sorted(p_spk[p])) or 'nobody'}"
        )

    score_overlap(golds, preds, same, pred, result, text_ok, full_ok, pair_members)


def _other_halves(preds: list[dict[str, Any]], matched: set[int]) -> tuple[set[int], set[int]]:
    """Predicted quotes that are the other half of a matched one: a quoted fragment inside a reported clause of
    the same speakers, or that clause, when the gold lists only one of the two. The golds disagree on this
    (corpus/real/DISPUTES.md: the fragment alone, the clause alone, or both), so neither half is a false positive
    where the other was found. Returns the unmatched halves, and both halves of every pair with one matched (for
    the overlap metric, whose own matching may pair the gold with the other half)."""

    def nested(p: dict[str, Any], q: dict[str, Any]) -> bool:
        a, b, c, d = (x.get(k) for x in (p, q) for k in ("start", "end"))
        if not all(isinstance(v, int) for v in (a, b, c, d)) or p.get("direct") == q.get("direct"):
            return False
        return (a <= c and d <= b) or (c <= a and b <= d)  # type: ignore[operator]

    pairs = [
        (p, q)
        for p in range(len(preds))
        for q in matched
        if p != q and nested(preds[p], preds[q]) and speakers_of(preds[p]) == speakers_of(preds[q])
    ]
    return {p for p, _ in pairs if p not in matched}, {x for pair in pairs for x in pair}


#: Punctuation that may close a gold quote's first words when the quote is shorter than six words ("“We refuse,” she
#: said": `text_starts` "We refuse,"): the quote's sentence punctuation, which a quote's text may leave out.
CLOSING_PUNCTUATION = ",;:."


def _opening(text_starts: str) -> str:
    """A gold quote's first words as compared: folded, without the punctuation that closes a short quote."""
    folded = fold(text_starts)
    return folded.rstrip(CLOSING_PUNCTUATION).rstrip() or folded


def score_overlap(
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    same: Callable[[int, int], bool],
    pred: dict[str, Any],
    result: FileResult,
    text_ok: Callable[[int, int], bool],
    full_ok: Callable[[int, int], bool],
    halves: set[int] | None = None,
) -> None:
    """Span-overlap metric (Gender Gap Tracker): gold ``text`` located in the predicted body; ``halves``: predicted
    quotes that are neither TP nor FP (:func:`_other_halves`)."""
    body = body_text(pred)
    scored = [g for g in range(len(golds)) if isinstance(golds[g].get("text"), str)]
    unscored = [g for g in range(len(golds)) if g not in scored]
    if golds and not scored:  # a gold file without quote texts (the real-news gold): nothing to score, no FP
        for t in OVERLAP_THRESHOLDS:
            for suffix in ("", "_speaker"):
                result.counts[f"quote_overlap{suffix}_{round(t * 100)}"].skipped += len(golds)
        return
    gold_spans = {g: find_spans(golds[g]["text"], body) for g in scored}
    pred_spans = [span_of(q, body) for q in preds]
    # Predictions that belong to gold quotes this metric cannot score are neither TP nor FP.
    ignorable = {
        p
        for p in range(len(preds))
        for g in unscored
        if full_ok(g, p) or (golds[g]["text_starts"].strip() and text_ok(g, p))
    } | (halves or set())

    def coverage(g: int, p: int) -> float:
        s, e = pred_spans[p]
        return max((max(0, min(e, ge) - max(s, gs)) / (ge - gs) for gs, ge in gold_spans[g]), default=0.0)

    sub_golds = [golds[g] for g in scored]
    for t in OVERLAP_THRESHOLDS:
        for suffix, speaker in (("", False), ("_speaker", True)):
            name = f"quote_overlap{suffix}_{round(t * 100)}"

            def ok(i: int, p: int, t: float = t, speaker: bool = speaker) -> bool:
                g = scored[i]
                return coverage(g, p) >= t and (not speaker or same(g, p))

            c = result.counts[name]
            c.skipped += len(unscored)
            score_set(c, result, name, sub_golds, preds, ok, quote_label, ignorable)


#: the fields scoring an attribute of matched events, with the attribute they compare
EVENT_ATTRIBUTES = {"event_dates": "date", "event_locations": "location", "event_modes": "mode"}


def attribute_ok(key: str, expected: str, value: Any, lang: str = "") -> bool:
    """Whether a matched event's ``date``, ``location`` (the same place, :func:`.places.same_place`, its names read
    in the gold's language ``lang`` first) or ``mode`` is the gold one."""
    if key == "date":
        return date_ok(expected, value)
    if key == "location":
        return same_place(expected, value, lang)
    return fold(expected) == fold(value if isinstance(value, str) else "")


def _gold_done(event: dict[str, Any]) -> bool:
    """Whether a gold event is told as realised."""
    return event.get("status") == "realised"


def score_events(gold: dict[str, Any], pred: dict[str, Any], result: FileResult, ids: Identities | None = None) -> None:
    """Events, scored several ways (``veille.evaluation.scoring``):

    * ``events``: a realised prediction (neither negated nor with a modality: a flagged act is no event) matches a
      gold event of the same type whose actor and recipient code sets it overlaps (a side the gold leaves empty is
      free); required gold events count for recall, a prediction matched to an optional one (a gold event that is
      not realised) is neither right nor wrong; ``events/<TYPE>`` is the same per type (gold type for recall,
      predicted type for false positives);
    * ``events_type``: the same with the sides ignored (did we find an act of that type at all);
    * ``event_modality``: over gold events with a ``status`` that a prediction of the same type and sides finds,
      realised or flagged: whether the realised/flagged decision is the gold one (where two gold events of the same
      type and sides could take a prediction, a realised one stands first for a realised gold event, a flagged one
      for a gold event that is not realised either, whatever the gold's order);
    * ``events_status/<status>``: per gold status, the share of gold events that some prediction of the same type
      and sides finds, whatever its flags (detection apart from modality);
    * ``event_dates``, ``event_locations``, ``event_modes``: attributes of the matched events.

    With ``ids``, a predicted party also carries the gold codes of the gold entities it is
    (:meth:`.identity.Identities.gold_codes`: an organisation the gold codes "AI" and the knowledge base "AMNESTY").
    """
    if "events" not in gold:
        return
    golds: list[dict[str, Any]] = gold["events"]
    every = [e for e in list_field(pred, "events") if isinstance(e, dict)]
    # only realised acts count: negated, future, intended or hypothetical ones are flagged, not events
    preds = [e for e in every if _realised(e)]
    flagged = [e for e in every if not _realised(e)]

    def etype(event: dict[str, Any]) -> str:
        return str(event.get("type") or "").strip().upper()

    g_sides = [event_sides(e) for e in golds]

    def matcher(events: list[dict[str, Any]], sides: bool) -> Callable[[int, int], bool]:
        p_sides = [event_sides(e, ids) for e in events]

        def ok(g: int, p: int) -> bool:
            if etype(golds[g]) != etype(events[p]):
                return False
            return not sides or sides_overlap(g_sides[g], p_sides[p])

        return ok

    def agreeing(g: int, p: int) -> int:
        # among equally valid pairs (same type and sides), the one whose date and place are the gold's
        return sum(
            attribute_ok(k, golds[g][k], preds[p].get(k), result.language)
            for k in ("date", "location")
            if k in golds[g]
        )

    ok = matcher(preds, True)
    pairs = score_set(
        result.counts["events"], result, "events", golds, preds, ok, event_label, first=_gold_done, prefer=agreeing
    )
    _score_by_type(golds, preds, pairs, etype, result)
    type_only = FileResult(result.id, result.path, result.language)  # its details would repeat those of events
    score_set(result.counts["events_type"], type_only, "events_type", golds, preds, matcher(preds, False), event_label)
    unpaired = sorted((g for g in range(len(golds)) if g not in pairs), key=lambda g: _gold_done(golds[g]))
    loose = match(len(golds), len(flagged), matcher(flagged, True), unpaired)
    _score_status(golds, pairs, loose, flagged, result)
    for g, p in sorted(pairs.items()):
        gold_e, pred_e = golds[g], preds[p]
        for name, key in EVENT_ATTRIBUTES.items():
            if key not in gold_e:
                continue
            value = pred_e.get(key)
            c = result.counts[name]
            if attribute_ok(key, gold_e[key], value, result.language):
                c.tp += 1
            else:
                c.fn += 1
                c.fp += bool(value)
                result.miss(name, f"{event_label(gold_e)}: expected {gold_e[key]!r}, got {value!r}")


def quote_kind(quote: dict[str, Any]) -> str:
    """A gold quote's kind: ``direct`` (inside quotation marks), ``partial`` (a quoted fragment in reported speech)
    or ``reported``."""
    if quote.get("partial"):
        return "partial"
    return "direct" if quote.get("direct") else "reported"


def _score_kinds(golds: list[dict[str, Any]], pairs: dict[int, int], texts: dict[int, int], result: FileResult) -> None:
    """``quotes/<kind>``: recall of the required gold quotes of each kind (text and speakers right);
    ``quotes_text/<kind>``: the share whose text some prediction has, whoever it names as speaker."""
    for g, gold_q in enumerate(golds):
        if gold_q.get("required", True) is False:
            continue
        kind = quote_kind(gold_q)
        for name, found in (("quotes", g in pairs), ("quotes_text", g in texts)):
            c = result.counts.get(f"{name}/{kind}")
            if c is not None:
                c.tp += found
                c.fn += not found


def _realised(event: dict[str, Any]) -> bool:
    return not event.get("negated") and event.get("modality") is None


def _score_by_type(
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    pairs: dict[int, int],
    etype: Callable[[dict[str, Any]], str],
    result: FileResult,
) -> None:
    """``events/<TYPE>`` from the matching of ``events``: recall per gold type, false positives per predicted type."""
    matched = set(pairs.values())
    for g, gold_e in enumerate(golds):
        c = result.counts.get(f"events/{etype(gold_e)}")
        if c is None or gold_e.get("required", True) is False:
            continue
        if g in pairs:
            c.tp += 1
        else:
            c.fn += 1
    for p, pred_e in enumerate(preds):
        c = result.counts.get(f"events/{etype(pred_e)}")
        if c is not None and p not in matched:  # one matched to an optional gold event is neither right nor wrong
            c.fp += 1


def _score_status(
    golds: list[dict[str, Any]],
    pairs: dict[int, int],
    loose: dict[int, int],
    flagged: list[dict[str, Any]],
    result: FileResult,
) -> None:
    """``event_modality`` and ``events_status/<status>`` over the gold events that state a status: ``pairs`` match
    gold events with realised predictions, ``loose`` the others with flagged ones (same type and sides)."""
    modality = result.counts["event_modality"]
    for g, gold_e in enumerate(golds):
        status = gold_e.get("status")
        if not isinstance(status, str):
            continue
        found = g in pairs or g in loose
        c = result.counts.get(f"events_status/{status}")
        if c is not None:
            if found:
                c.tp += 1
            else:
                c.fn += 1
        if not found:
            continue
        if (status == "realised") == (g in pairs):
            modality.tp += 1
        else:
            modality.fn += 1
            modality.fp += 1
            got = "realised" if g in pairs else _flags(flagged[loose[g]])
            result.miss("event_modality", f"{event_label(gold_e)}: {status}, predicted {got}")


def _flags(event: dict[str, Any]) -> str:
    return "negated" if event.get("negated") else str(event.get("modality"))
