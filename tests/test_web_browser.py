"""The web UI in a real browser: Playwright for Python driving Debian's chromium (``make browser`` installs it;
these tests skip, saying why, when it is missing). Every page loads without a console error, highlights sit on
the right words, filters and paging work, stored script payloads stay inert, the JSON twins match the pages.

``VEILLE_SCREENSHOTS=docs/ui`` makes the tour test write the screenshots of docs/ui.md there."""

from __future__ import annotations

import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest

from veille.store import Store
from web_fixtures import KNOWN, serving, stored

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VENDOR = Path(__file__).resolve().parents[1] / "src" / "veille" / "web" / "static" / "vendor"
ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)),
    reason=f"no chromium at {CHROMIUM}: `make browser` installs Debian's (apt-get, as root)",
)
needs_assets = pytest.mark.skipif(
    not (VENDOR / "echarts.min.js").exists(), reason="the JavaScript libraries are not vendored: run `make assets`"
)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = stored(tmp_path_factory.mktemp("web") / "w.db")
    with serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # console errors, page errors, dialogs
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


PAGES = [
    "/",
    "/articles",
    "/articles?q=accord",
    f"/articles/{KNOWN['id']}",
    "/entities",
    "/entities/kb%3Acountry%3ALTU",
    "/entities/per%3Aana-ruiz",
    "/quotes",
    "/events",
    "/events?include_unrealised=true",
    "/dyad",
    "/dyad?a=LTU&b=POL",
    "/stories?min=1",
    "/network",
    "/map",
    "/docs",
]


@needs_assets
@pytest.mark.parametrize("path", PAGES)
def test_web_browser_every_page_loads_without_console_errors(base, page, path):
    response = page.goto(base + path)
    assert response is not None and response.status == 200
    if page.locator(".chart").count():
        page.wait_for_selector(".chart[data-ready='1']", timeout=10_000)
    if path == "/map":
        page.wait_for_selector("body[data-map-ready='1']", timeout=10_000)
    if path == "/docs":
        page.wait_for_selector(".swagger-ui .opblock", timeout=10_000)
    page.wait_for_timeout(200)
    assert page.problems == []


def test_web_browser_highlights_sit_on_the_right_words(base, page):
    page.goto(f"{base}/articles/{KNOWN['id']}")
    body = page.locator("article.body")
    assert body.locator("a.hl-ent[data-entity='kb:country:LTU']").all_inner_texts() == ["Lituanie", "Lituanie"]
    assert body.locator("a.hl-ent[data-entity='per:ana-ruiz']").all_inner_texts() == ["Ana Ruiz"]
    assert body.locator("a.hl-ent.t-PERSON").first.get_attribute("href") == "/entities/per%3Aana-ruiz"
    quote = body.locator(".hl-quote").first
    assert quote.inner_text().startswith("Un accord historique")
    assert quote.locator(".speaker a").get_attribute("href") == "/entities/per%3Aana-ruiz"
    assert body.locator("b.trigger").all_inner_texts() == ["signé"]
    sentence = "".join(body.locator(".hl-ev.ev-realised[data-event='0']").all_inner_texts())
    assert sentence == "La Lituanie et la Pologne ont signé un accord à Vilnius.AGREE"  # the sentence, then its tag
    assert body.locator("a.ev-tag.ev-realised").inner_text() == "AGREE"
    assert body.locator("a.ev-tag.ev-unrealised").inner_text() == "ASSAULT (negated)"
    assert page.locator("h1 a.hl-ent").inner_text() == "Vilnius"  # a title mention (field "title")
    assert page.locator("ul.captions a.hl-ent").inner_text() == "Vilnius"  # a caption mention ("caption:0")
    page.locator("a.ev-tag.ev-unrealised").click()
    assert page.url.endswith("#event-1") and "unrealised" in page.locator("#event-1").get_attribute("class")
    page.locator("details.boilerplate summary").click()
    assert page.locator("details.boilerplate li").all_inner_texts() == KNOWN["boilerplate"]


def test_web_browser_filters_facets_and_paging(base, page):
    page.goto(base + "/events?limit=10")
    assert page.locator("p.total b").inner_text() == "50"
    first = page.locator("table.events tbody tr").all_inner_texts()
    page.locator("nav.pager a[rel=next]").first.click()
    assert "offset=10" in page.url
    assert page.locator("table.events tbody tr").all_inner_texts() != first
    page.locator("nav.pager a[rel=prev]").first.click()
    assert page.locator("table.events tbody tr").all_inner_texts() == first
    page.locator(".facet[data-facet='type'] a", has_text="AID").click()
    assert "type=AID" in page.url
    types = page.locator("table.events tbody tr td:nth-child(2) a").all_inner_texts()
    assert types and set(types) == {"AID"}
    page.goto(base + "/events")
    page.fill("input[name=type]", "ASSAULT")
    page.check("input[name=include_unrealised]")
    page.locator("#event-filters button").click()
    assert page.locator("table.events tbody tr.unrealised").count() == 1
    assert page.locator("table.events tbody tr .badge").inner_text() == "negated"


@needs_assets
def test_web_browser_stored_script_payloads_are_inert(base, page):
    for path in (f"/articles/{'c' * 64}", "/entities/per%3Axss", "/quotes", "/events", "/", "/map"):
        page.goto(base + path)
        page.wait_for_timeout(150)
        assert page.evaluate("window.__xss") is None, path
    assert page.problems == []


def test_web_browser_json_twins_match_the_pages(base, page):
    for path, count_rows in (
        ("/events?limit=10&type=CONSULT", "table.events tbody tr"),
        ("/entities", "table tbody tr"),
    ):
        page.goto(base + path)
        twin = page.locator("a.twin").get_attribute("href")
        data = json.loads(urllib.request.urlopen(base + twin, timeout=10).read())
        assert page.locator(count_rows).count() == len(data["items"])
        assert f"of {data['total']}" in page.locator("nav.pager .count").first.inner_text()
    page.goto(f"{base}/articles/{KNOWN['id']}")
    data = json.loads(urllib.request.urlopen(f"{base}/articles/{KNOWN['id']}.json", timeout=10).read())
    assert page.locator("ul.entities li > a").all_inner_texts() == [e["name"] for e in data["entities"]]
    assert page.locator("table.events tbody tr").count() == len(data["events"])


@needs_assets
@pytest.mark.e2e
def test_web_browser_screenshot_tour(tmp_path, browser):
    """The pages of docs/ui.md, over the invented articles of examples/ and corpus/dev analysed for real."""
    from veille import process
    from veille.store.linking import store_record

    db = tmp_path / "tour.db"
    with Store(db) as store:
        for outcome in process([str(ROOT / "examples"), str(ROOT / "corpus" / "dev" / "src")]):
            if outcome.article is not None:
                store_record(outcome.article.to_dict(), store)
        article = store.conn.execute(
            "SELECT a.id FROM articles a JOIN events e ON e.article_id = a.id WHERE a.source LIKE '%baltic%'"
            " GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        edge = store.network(__import__("veille").store.EventFilter())["edges"][0]
    out = Path(os.environ.get("VEILLE_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    shots = {
        "article": f"/articles/{article}",
        "actor": "/entities/kb%3Aorg%3ANATO",
        "dyad": f"/dyad?a={edge['source']}&b={edge['target']}&include_unrealised=true",
        "network": "/network",
        "map": "/map",
        "events": "/events?include_unrealised=true&limit=15",
    }
    with serving(db) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        for name, path in shots.items():
            assert pg.goto(base + path).status == 200, path
            if pg.locator(".chart").count():
                pg.wait_for_selector(".chart[data-ready='1']", timeout=10_000)
            pg.wait_for_timeout(1500 if name in ("network", "map") else 300)
            pg.screenshot(path=str(out / f"{name}.png"))
            assert (out / f"{name}.png").stat().st_size > 10_000
        context.close()
