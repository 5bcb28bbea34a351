"""Long articles in linear time: the mention index answers from a window of mentions by start (``near``), and the
quote attribution's tests of a position inside a report search sorted spans; both give what a scan of every
mention or span gave (the scans made a 54,000-word article cost twice the time per word of a 10,000-word one)."""

import random

import pytest

from veille.analysis.context import MentionIndex
from veille.analysis.quotes.attribute import _inside


def _entities(seed: int, count: int, longest: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for k in range(count):
        mentions = []
        for _ in range(rng.randint(1, 4)):
            start = rng.randint(0, 400)
            mentions.append({"start": start, "end": start + rng.randint(0, longest)})
        out.append({"id": f"e{k}", "name": f"Nom {k}", "type": "PERSON", "mentions": mentions})
    return out


def _scan_covering(index: MentionIndex, start: int, end: int) -> list[dict]:
    found: dict[str, dict] = {}
    for _, e in sorted(((b - a, e) for a, b, e in index.every if a < end and b > start), key=lambda h: -h[0]):
        found.setdefault(e["id"], e)
    return list(found.values())


def _scan_outer(every: list) -> list:
    outer: list = []
    for s in every:
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in outer):
            outer.append(s)
    return outer


@pytest.mark.parametrize(("seed", "count", "longest"), [(1, 5, 3), (2, 40, 12), (3, 120, 60), (4, 80, 1), (5, 0, 5)])
def test_covering_and_outer_are_those_of_a_scan(seed, count, longest):
    index = MentionIndex(_entities(seed, count, longest))
    assert index.outer == _scan_outer(index.every)
    rng = random.Random(seed + 100)
    for _ in range(300):
        start = rng.randint(-5, 470)
        end = start + rng.randint(0, 20)
        assert [e["id"] for e in index.covering(start, end)] == [e["id"] for e in _scan_covering(index, start, end)]


@pytest.mark.parametrize(("start", "end"), [(0, 1), (10, 30), (95, 96), (200, 200), (-3, 0)])
def test_near_holds_every_mention_overlapping_or_touching(start, end):
    index = MentionIndex(_entities(9, 60, 25))
    near = set(range(len(index.every))[index.near(start, end)])
    for k, (a, b, _) in enumerate(index.every):
        if a <= end and b >= start and a < end:
            assert k in near


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_inside_a_report_is_the_scan_s_answer(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(0, 30)):
        a = rng.randint(0, 300)
        spans.append((a, a + rng.randint(0, 80)))
    inside = _inside(sorted(spans))
    for pos in range(-2, 400):
        assert inside(pos) == any(a <= pos < b for a, b in spans)


@pytest.mark.parametrize("word", ["Varenne", "Ostrova", "Brun", "Lemaire", "Inconnu"])
def test_a_surname_is_the_one_person_a_scan_finds(word):
    from types import SimpleNamespace

    from veille.analysis.quotes.lexicon import fold
    from veille.analysis.quotes.speakers import Mentions, Speaker
    from veille.analysis.quotes.surnames import last_word, surname

    text = "Alice Varenne parle. Marc Varenne répond. Irina Ostrova écrit. Paul Brun et Léa Brun. Le juge Lemaire."
    people = {"a": "Alice Varenne", "m": "Marc Varenne", "i": "Irina Ostrova", "p": "Paul Brun", "l": "Léa Brun"}
    entities = []
    for key, name in people.items():
        start = text.index(name)
        entities.append(
            {"id": key, "name": name, "type": "PERSON", "mentions": [{"start": start, "end": start + len(name)}]}
        )
    start = text.index("Lemaire")
    entities.append(
        {"id": "j", "name": "Jean Lemaire", "type": "PERSON", "mentions": [{"start": start, "end": start + 7}]}
    )
    speakers = {e["id"]: Speaker(e["id"], e["name"], "PERSON") for e in entities}
    mentions = Mentions(MentionIndex(entities), speakers)
    scan = {
        sp.key: sp
        for a, b, sp in mentions.spans
        if sp.type == "PERSON" and fold(word) in {last_word(sp.name, 0, len(sp.name)), last_word(text, a, b)}
    }
    expected = list(scan.values()) if len(scan) == 1 else []
    assert surname(SimpleNamespace(text=word), mentions, text) == expected
