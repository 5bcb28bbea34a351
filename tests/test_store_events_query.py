"""Event listings' total and facets read in one pass agree with the count of the listing, whatever the status."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from veille.store import EventFilter, Store
from veille.store.events_query import count_events, facets, total_and_facets
from web_fixtures import filler, records


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    odd = copy.deepcopy(filler(500))
    odd["id"] = "f" * 64
    odd["events"][0].update(negated=True, modality="hypothetical")  # both: counted by either status filter
    path: Path = tmp_path_factory.mktemp("ev") / "e.db"
    with Store(path) as s:
        s.add_many([*records(fillers=30), odd])
    with Store(path, readonly=True) as s:
        yield s


@pytest.mark.parametrize(
    "filt",
    [
        EventFilter(),
        EventFilter(include_unrealised=True),
        EventFilter(actor="LTU"),
        EventFilter(recipient="POL", include_unrealised=True),
        *[EventFilter(status=s) for s in ("realised", "negated", "future", "hypothetical", "alleged")],
        EventFilter(actor="LTU", status="future"),
    ],
)
def test_events_query_total_and_facets_match_count_and_facets(store, filt):
    total, found = total_and_facets(store.conn, filt)
    assert total == count_events(store.conn, filt)
    assert found == facets(store.conn, filt)


def test_events_query_total_counts_an_event_both_negated_and_hypothetical_under_each(store):
    for status in ("negated", "hypothetical"):
        assert total_and_facets(store.conn, EventFilter(status=status))[0] >= 1


@pytest.mark.parametrize(
    "filt", [EventFilter(), EventFilter(type="AID"), EventFilter(recipient="LTU"), EventFilter(status="future")]
)
def test_events_query_actor_facets_count_the_listed_events_of_each_actor(store, filt):
    from dataclasses import replace

    found = total_and_facets(store.conn, filt)[1]
    assert found["actor"] and found["recipient"] is not None
    for side in ("actor", "recipient"):
        for value in found[side]:
            if getattr(filt, side) is None:
                assert value["count"] == count_events(store.conn, replace(filt, **{side: value["value"]}))
