"""The record's JSON as stored (writing._record_json) with its quotes' and events' JSON written in their places: the
same text as the record encoded whole (invented records)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.store.keys import dumps
from veille.store.writing import _record_json, ready_of

QUOTE = {
    "text": "« Nous partirons », a dit Léa Marnier",
    "start": 0,
    "end": 38,
    "direct": True,
    "speakers": [{"name": "Léa Marnier", "id": "p-1"}],
}
EVENT = {"type": "MEET", "score": 0.75, "actors": [{"code": "NRV"}], "recipients": [], "date": None, "negated": False}


def record(**more: Any) -> dict[str, Any]:
    base = {"id": "a1", "url": None, "title": "Un titre “inventé”", "body": "Le corps.\n\nSuite\u00a0du texte.",
            "entities": [{"id": "p-1", "name": "Léa Marnier", "mentions": []}], "quotes": [QUOTE, QUOTE],
            "events": [EVENT], "analysis": {"nlp": {"seconds": {"parse": 0.1234}}}}  # fmt: skip
    return {**base, **more}


RECORDS = [
    record(),
    record(quotes=[], events=[]),
    record(quotes=None, events=[EVENT, {**EVENT, "type": "PROTEST", "score": 1e-7}]),
    record(body=""),  # no body: the record as it is
    {k: v for k, v in record().items() if k not in ("quotes", "events")},
    record(quotes=(QUOTE,)),  # a tuple: encoded as it is
]


@pytest.mark.parametrize("rec", RECORDS)
def test_store_record_json_spliced_is_the_record_encoded_whole(rec):
    whole = dumps({**rec, "body": None} if rec.get("body") else rec)
    ready = ready_of(rec)
    assert ready.record == whole
    assert ready.quotes == tuple(dumps(q) for q in rec.get("quotes") or [])
    assert ready.events == tuple(dumps(e) for e in rec.get("events") or [])


def test_store_record_json_falls_back_where_the_items_do_not_fit():
    rec = record()
    assert _record_json(rec, {"quotes": (dumps(QUOTE),)}) == _record_json(rec)  # one text for two quotes
    odd = {**rec, 7: "a key JSON writes as a string"}
    assert _record_json(odd, {"quotes": (dumps(QUOTE), dumps(QUOTE))}) == dumps({**odd, "body": None})
