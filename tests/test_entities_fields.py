"""Entities in every field of an article: the headline and the captions contribute theirs, each mention says its
field, one entity across fields; credits name no entity; what the record lists (governments are their state,
a state named only by an adjective is none). Invented articles."""

from __future__ import annotations

import pytest

from veille.analysis.entities.credits import credit_spans
from veille.analysis.entities.fields import merge_fields, record_entities
from veille.analysis.stages import analyze_article
from veille.config import Settings
from veille.record import Article, Entity, Mention


def article(lang: str, title: str, body: list[str], captions: list[str] = ()) -> Article:
    art = Article(source="test", title=title, language=lang, published="2025-03-04")
    art.paragraphs, art.captions = list(body), list(captions)
    return analyze_article(art, Settings())


def named(art: Article, name: str) -> Entity:
    found = [e for e in art.entities if e["name"] == name]
    assert len(found) == 1, [e["name"] for e in art.entities]
    return found[0]


def fields(ent: Entity) -> set[str]:
    return {m["field"] for m in ent["mentions"]}


def ent(eid: str, name: str, typ: str, *mentions: tuple[str, int, str], code: str | None = None) -> Entity:
    return Entity(
        id=eid,
        name=name,
        type=typ,
        code=code,
        wikidata=None,
        country=None,
        sector=None,
        roles=[],
        mentions=[Mention(text=t, start=s, end=s + len(t), field=f) for t, s, f in mentions],
    )


@pytest.mark.e2e
def test_fields_caption_person_and_place_join_the_article():
    art = article(
        "en",
        "Talks resume on the river border",
        ["The two delegations met on Monday and agreed to meet again next month, officials said."],
        ["Foreign Minister Jana Kowalczyk arrives in Tallinn on March 3, 2025."],
    )
    person = named(art, "Jana Kowalczyk")
    assert fields(person) == {"caption:0"}
    assert fields(named(art, "Tallinn")) == {"caption:0"}
    caption = art.captions[0]
    assert all(caption[m["start"] : m["end"]] == m["text"] for m in person["mentions"])


@pytest.mark.e2e
def test_fields_headline_place_is_an_entity_with_title_offsets():
    art = article(
        "fr",
        "Inondations meurtrières dans la région de Zaporizhzhia",
        ["Les secours ont évacué des centaines d’habitants mardi, selon les autorités locales."],
    )
    place = next(e for e in art.entities if "Zaporizhzhia" in e["name"])
    # the bare name and « région de Zaporizhzhia » (entities.kind_phrases), both in the title
    assert {m["text"] for m in place["mentions"]} <= {"Zaporizhzhia", "région de Zaporizhzhia"}
    for m in place["mentions"]:
        assert m["field"] == "title" and art.title[m["start"] : m["end"]] == m["text"]


@pytest.mark.e2e
def test_fields_one_person_across_caption_and_body():
    art = article(
        "fr",
        "Le sommet s’ouvre à Genève",
        [
            "Le ministre a ouvert les travaux lundi. M. Halvorsen a ensuite appelé les délégations au calme.",
            "« Nous devons avancer », a déclaré Halvorsen devant la presse.",
        ],
        ["Le ministre norvégien Erik Halvorsen à Genève, le 3 mars 2025."],
    )
    persons = [e for e in art.entities if e["type"] == "PERSON"]
    assert [p["name"] for p in persons] == ["Erik Halvorsen"]
    assert {"body", "caption:0"} <= fields(persons[0])
    body = art.body
    assert all(body[m["start"] : m["end"]] == m["text"] for m in persons[0]["mentions"] if m["field"] == "body")
    # the quote's speaker follows the person to its full name
    speakers = [s for q in art.quotes for s in q["speakers"]]
    assert speakers and all(s["id"] == persons[0]["id"] and s["name"] == "Erik Halvorsen" for s in speakers)


@pytest.mark.e2e
def test_fields_every_mention_has_a_field_and_body_offsets_stay():
    art = article(
        "en",
        "Ghana and Togo sign a border accord",
        ["Ghana and Togo signed an accord in Accra on Monday, the two governments said."],
        ["The ministers in Accra, March 3, 2025."],
    )
    for e in art.entities:
        for m in e["mentions"]:
            assert m["field"] in ("body", "title", "caption:0")
            if m["field"] == "body":
                assert art.body[m["start"] : m["end"]] == m["text"]
    assert fields(named(art, "Ghana")) == {"body", "title"}


@pytest.mark.e2e
def test_fields_a_bare_body_in_a_caption_is_not_guessed():
    art = article(
        "en",
        "Ministers meet on fishing quotas",
        ["Norway and Iceland agreed on Tuesday to share the mackerel quota, Norway's foreign ministry said."],
        ["Delegates at the foreign ministry in Oslo on Tuesday. Photo: Northern Ledger"],
    )
    ministries = [e for e in art.entities if "Foreign Affairs" in e["name"]]
    assert [e["code"] for e in ministries] == ["NOR"]
    assert not any("Ledger" in e["name"] for e in art.entities)


@pytest.mark.parametrize(
    "text,credit",
    [
        ("A vessel near the shoal on July 15, 2024. (Coral Ledger/File)", "(Coral Ledger/File)"),
        ("Riot police near parliament on Tuesday. Photo: Daily Ledger", "Photo: Daily Ledger"),
        ("Le siège à Vienne, le 18 mars 2025. © Anna Roe / JDN", "© Anna Roe / JDN"),
        ("© C. Roe — La résidence de l’ambassadeur, dans le quartier de San Isidro, à Lima.", "© C. Roe"),
        ("Drones at a factory in Montreal on Feb. 19, 2024. THE DISPATCH/Marc Roe", "THE DISPATCH/Marc Roe"),
        (
            "Structures on the island, December 2024. Photo courtesy of the Coast Guard",
            "Photo courtesy of the Coast Guard",
        ),
        ("Des soldats à Bol, le 5 mai 2025 (Photo : La Gazette du Lac).", "(Photo : La Gazette du Lac)"),
        ("Trucks at the crossing in Torkham. (John Roe/Wire Photo)", "(John Roe/Wire Photo)"),
    ],
)
def test_credits_closing_a_caption_are_found(text, credit):
    assert any(credit in text[a:b] for a, b in credit_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "The image of the city has suffered, the mayor said in Lyon on Tuesday.",
        "Photo : Des partisans de l’opposition rassemblés à Moroni, le 23 avril 2026, avant le scrutin.",
        "Le président a parlé de la Commission de l’Union africaine (UA) à Addis-Abeba.",
    ],
)
def test_credits_not_found_in_ordinary_sentences(text):
    assert credit_spans(text) == []


def test_merge_fields_full_name_of_a_caption_names_the_body_person():
    body = [ent("per:tamm", "Tamm", "PERSON", ("Tamm", 10, "body"))]
    caption = [ent("per:kadri-tamm", "Kadri Tamm", "PERSON", ("Kadri Tamm", 0, "caption:0"))]
    merged, renamed = merge_fields(body, [caption])
    assert [(e["id"], e["name"]) for e in merged] == [("per:kadri-tamm", "Kadri Tamm")]
    assert [m["field"] for m in merged[0]["mentions"]] == ["body", "caption:0"]
    assert renamed["per:tamm"] is merged[0]
    assert body[0]["name"] == "Tamm" and len(body[0]["mentions"]) == 1  # the inputs are left alone


def test_merge_fields_same_id_is_one_entity_and_others_are_appended():
    body = [ent("kb:country:EST", "Estonia", "GPE", ("Estonia", 0, "body"), code="EST")]
    title = [
        ent("kb:country:EST", "Estonia", "GPE", ("Estonia", 5, "title"), code="EST"),
        ent("kb:city:riga", "Riga", "GPE", ("Riga", 20, "title"), code="LVA"),
    ]
    merged, renamed = merge_fields(body, [title])
    assert [e["id"] for e in merged] == ["kb:country:EST", "kb:city:riga"]
    assert len(merged[0]["mentions"]) == 2 and not renamed


def test_merge_fields_different_persons_sharing_no_family_name_stay_apart():
    body = [ent("per:anna-berg", "Anna Berg", "PERSON", ("Anna Berg", 0, "body"))]
    caption = [ent("per:anna-lind", "Anna Lind", "PERSON", ("Anna Lind", 0, "caption:0"))]
    merged, _ = merge_fields(body, [caption])
    assert [e["name"] for e in merged] == ["Anna Berg", "Anna Lind"]


def test_record_entities_government_is_its_state():
    entities = [
        ent(
            "body:government-of-estonia", "Government of Estonia", "ORG", ("Estonian government", 0, "body"), code="EST"
        ),
    ]
    out, folded = record_entities(entities, "en")
    assert [e["id"] for e in out] == ["kb:country:EST"]
    assert [m["text"] for m in out[0]["mentions"]] == ["Estonian government"]
    assert folded["body:government-of-estonia"] is out[0]


@pytest.mark.parametrize(
    "lang,mentions,kept",
    [
        ("en", ["Estonian"], False),
        ("en", ["Estonian", "Estonians"], False),
        ("fr", ["estonien", "Estonie"], True),
        ("en", ["Estonian", "Estonian government"], True),
    ],
)
def test_record_entities_state_named_only_by_its_adjective_is_left_out(lang, mentions, kept):
    state = ent("kb:country:EST", "Estonia", "GPE", *((t, 10 * k, "body") for k, t in enumerate(mentions)), code="EST")
    out, _ = record_entities([state], lang)
    assert bool(out) is kept


def test_merge_fields_a_body_with_and_without_its_place_is_one():
    title = [ent("body:embassy-of-peru", "Embassy of Peru", "ORG", ("ambassade du Pérou", 10, "title"), code="PER")]
    body = [
        ent(
            "body:embassy-of-peru-in-chile",
            "Embassy of Peru in Chile",
            "ORG",
            ("ambassade du Pérou à Santiago", 3, "body"),
            code="PER",
        )
    ]
    merged, _ = merge_fields(body, [title])
    assert [e["name"] for e in merged] == ["Embassy of Peru in Chile"] and len(merged[0]["mentions"]) == 2


@pytest.mark.parametrize(
    "names,kept",
    [
        (["Embassy of Peru", "Embassy of Peru in Chile"], ["Embassy of Peru in Chile"]),
        (["Embassy of Peru in Chile", "Embassy of Peru"], ["Embassy of Peru in Chile"]),
        (["Embassy of Peru", "Embassy of Bolivia in Chile"], ["Embassy of Peru", "Embassy of Bolivia in Chile"]),
    ],
)
def test_record_entities_a_body_with_and_without_its_place_in_one_field_is_one(names, kept):
    bodies = [
        ent(f"body:{k}", name, "ORG", (name, 40 * k, "body"), code="PER" if "Peru" in name else "BOL")
        for k, name in enumerate(names)
    ]
    out, folded = record_entities(bodies, "en")
    assert [e["name"] for e in out] == kept
    assert sum(len(e["mentions"]) for e in out) == len(names)
    assert all(folded[i]["name"] == kept[0] for i in folded)
