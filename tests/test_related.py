"""Related stories: articles in two languages reporting the same events are one story; the same actors on other
business, or days apart, are not; every link says which evidence matched."""

import pytest

from veille.store import Store, related

MACRON = {"id": "per:emmanuel-macron", "name": "Emmanuel Macron", "type": "PERSON"}
SCHOLZ = {"id": "per:olaf-scholz", "name": "Olaf Scholz", "type": "PERSON"}
FRANCE = {"id": "kb:country:FRA", "name": "France", "type": "GPE", "code": "FRA", "wikidata": "Q142"}
GERMANY = {"id": "kb:country:DEU", "name": "Germany", "type": "GPE", "code": "DEU", "wikidata": "Q183"}
ELYSEE = {"id": "kb:seat:elysee", "name": "Élysée", "type": "LOC", "code": "FRA"}
BRUSSELS = {"id": "kb:city:brussels", "name": "Brussels", "type": "GPE", "code": "BEL", "wikidata": "Q239"}


def meeting(rid, lang, published, title, *entities, event="CONSULT", speaker=SCHOLZ):
    """A hand-built record: the entities, one event between France and Germany, a quote of ``speaker``."""
    return {
        "id": rid,
        "title": title,
        "body": f"{title}. " * 3,
        "language": lang,
        "published": published,
        "url": f"https://{lang}.example.org/{rid}",
        "entities": [dict(e, mentions=[]) for e in entities],
        "events": [
            {
                "type": event,
                "mode": None,
                "actors": [{"id": "kb:country:FRA", "name": "France", "code": "FRA"}],
                "recipients": [{"id": "kb:country:DEU", "name": "Germany", "code": "DEU"}],
                "date": published,
                "location": None,
                "sentence": {"start": 0, "end": 5, "text": title},
            }
        ],
        "quotes": [{"text": "q", "speakers": [{"id": speaker["id"], "name": speaker["name"]}], "direct": True}],
    }


LUNCH_FR = meeting("fr1", "fr", "2022-10-26", "Macron reçoit Scholz", MACRON, SCHOLZ, FRANCE, GERMANY, ELYSEE)
LUNCH_EN = meeting("en1", "en", "2022-10-27", "Macron hosts Scholz for lunch", MACRON, SCHOLZ, FRANCE, GERMANY, ELYSEE)
# the same two leaders, five days earlier, at a summit in Brussels
SUMMIT = meeting("en2", "en", "2022-10-21", "Macron and Scholz at EU summit", MACRON, SCHOLZ, FRANCE, GERMANY, BRUSSELS)
# the same day as the lunch, France and Germany again, but another act (a sanction) and no leader named
OTHER = meeting("en3", "en", "2022-10-26", "France fines a German carmaker", FRANCE, GERMANY, event="SANCTION")


def units(*records):
    return [related.evidence(r) for r in records]


def test_related_same_events_in_two_languages_are_one_story():
    groups, links = related.group(units(LUNCH_FR, LUNCH_EN, SUMMIT, OTHER))
    assert ["fr1", "en1"] in groups
    assert ["en2"] in groups and ["en3"] in groups
    [link] = links
    assert {link.a, link.b} == {"fr1", "en1"} and link.score >= related.THRESHOLD


def test_related_same_actors_days_apart_are_kept_apart():
    match = related.score(related.evidence(LUNCH_FR), related.evidence(SUMMIT))
    assert match.days == 5 and match.score == 0.0  # beyond the window: a hard bound, whatever is shared


def test_related_same_actors_other_event_same_day_is_kept_apart():
    match = related.score(related.evidence(LUNCH_FR), related.evidence(OTHER))
    assert match.score < related.THRESHOLD
    assert any(e.startswith("conflict:CONSULT|SANCTION") for e in match.evidence)


def domestic(rid, lang, published, title, *entities, etype="COERCE"):
    """A record whose one event is a state's act on itself (an invented coup in an invented capital's country)."""
    rec = meeting(rid, lang, published, title, *entities)
    rec["events"][0].update(type=etype, recipients=[{"id": "kb:country:FRA", "name": "France", "code": "FRA"}])
    return rec


def test_related_act_of_a_state_on_itself_is_no_shared_event():
    # a later article on another act tells the same coup as background: the shared coup is no event key
    coup = related.evidence(domestic("fr9", "fr", "2022-10-26", "Putsch à Paris", FRANCE))
    ultimatum = related.evidence(domestic("en9", "en", "2022-10-27", "Bloc gives junta a week", FRANCE))
    assert "event" not in coup.keys or not coup.keys["event"]
    assert "FRA" in coup.keys["code"]
    match = related.score(coup, ultimatum)
    assert not any(e.startswith("event:") for e in match.evidence) and match.score < related.THRESHOLD


@pytest.mark.parametrize("event", ["CONSULT", "SANCTION"])
def test_related_act_between_two_states_is_a_shared_event(event):
    a, b = (
        related.evidence(meeting("a", "fr", "2022-10-26", "t", FRANCE, event=event)),
        related.evidence(meeting("b", "en", "2022-10-26", "t", FRANCE, event=event)),
    )
    assert any(e.startswith(f"event:{event}/FRA/DEU") for e in related.score(a, b).evidence)


def test_related_explanation_lists_the_evidence():
    match = related.score(related.evidence(LUNCH_FR), related.evidence(LUNCH_EN))
    assert "event:CONSULT/FRA/DEU" in match.evidence
    assert {"person:per:emmanuel-macron", "person:per:olaf-scholz"} <= set(match.evidence)
    assert "place:kb:seat:elysee" in match.evidence and "speaker:per:olaf-scholz" in match.evidence
    assert "state:FRA" in match.evidence and "date:1d" in match.evidence
    assert "code:FRA" not in match.evidence  # a code that is a shared state is not counted twice
    assert not any(e.startswith("surname:") for e in match.evidence)  # nor the surname of a shared person


def test_related_surname_joins_two_spellings_of_one_person():
    a = meeting("a", "fr", "2024-02-16", "x", {"id": "per:a-a-navalny", "name": "A. A. Navalny", "type": "PERSON"})
    b = meeting("b", "en", "2024-02-16", "y", {"id": "per:alexei-navalny", "name": "Alexei Navalny", "type": "PERSON"})
    assert "surname:navalny" in related.score(related.evidence(a), related.evidence(b)).evidence


def test_related_article_without_date_is_grouped_with_nothing():
    undated = dict(LUNCH_EN, id="u", published=None)
    groups, links = related.group(units(LUNCH_FR, undated))
    assert groups == [["fr1"], ["u"]] and not links


def test_related_candidates_come_from_shared_keys_in_neighbouring_buckets():
    far = dict(LUNCH_EN, id="far", published="2023-10-26")
    stranger = meeting("s", "en", "2022-10-26", "Floods in the north", event="PROTEST", speaker=MACRON)
    stranger["entities"], stranger["quotes"], stranger["events"] = [], [], []
    pairs = related.candidates(units(LUNCH_FR, LUNCH_EN, far, stranger))
    assert pairs == {(0, 1)}


def test_related_near_copies_count_as_one_unit():
    copy = dict(LUNCH_EN, id="en1-copy", quotes=[])
    [unit] = related.units_of([("story:1", LUNCH_EN), ("story:1", copy)])
    assert unit.members == ["en1", "en1-copy"] and "speaker" in unit.keys


def test_related_average_link_does_not_chain_two_stories():
    # a story told by a, a2 and b; c shares another person and place with b only: single link would chain it
    a = meeting("a", "fr", "2022-10-26", "a", MACRON, ELYSEE)
    a2 = dict(a, id="a2", language="en")
    b = meeting("b", "en", "2022-10-26", "b", MACRON, SCHOLZ, ELYSEE, BRUSSELS)
    c = meeting("c", "en", "2022-10-26", "c", SCHOLZ, BRUSSELS, speaker=MACRON)
    for r in (a, a2, b, c):
        r["events"] = []
    a["quotes"] = a2["quotes"] = []
    assert related.score(related.evidence(b), related.evidence(c)).score >= related.THRESHOLD
    groups, _ = related.group(units(a, a2, b, c))
    assert groups == [["a", "a2", "b"], ["c"]]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_related_store_story_lists_articles_by_language_and_outlet_and_events_once(store):
    for record in (LUNCH_FR, LUNCH_EN, SUMMIT, OTHER):
        store.add(record)
    [story] = store.related()
    assert [a["id"] for a in story["articles"]] == ["fr1", "en1"]
    assert story["by_language"] == {"en": ["en1"], "fr": ["fr1"]}
    assert story["by_outlet"] == {"en.example.org": ["en1"], "fr.example.org": ["fr1"]}
    consults = [e for e in story["events"] if e["type"] == "CONSULT"]
    assert len(consults) == 2  # one per date (26 and 27 October), each once
    assert story["links"][0]["evidence"] and story["languages"] == ["en", "fr"]
    assert store.related(since="2022-10-20", until="2022-10-22") == []


def test_related_cli_stories_across_prints_languages_outlets_events_and_evidence(tmp_path, capsys):
    from veille.cli import main

    db = tmp_path / "news.db"
    with Store(db) as s:
        for record in (LUNCH_FR, LUNCH_EN, SUMMIT, OTHER):
            s.add(record)
    assert main(["stories", "--across", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 articles, en, fr" in out and "fr.example.org" in out and "en.example.org" in out
    assert out.count("CONSULT  FRA -> DEU") == 2  # one line per event date, not one per article
    assert "person:per:olaf-scholz" in out
    assert main(["stories", "--across", "--since", "2022-10-20", "--until", "2022-10-22", "--db", str(db)]) == 0
    assert "no story told by 2 or more articles across outlets" in capsys.readouterr().err
