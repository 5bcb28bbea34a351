"""veille watch: the sources file, alerts (queries, matching, delivery once), and the watcher against a local news
site (tests/watch_server.py) that changes, is slow, fails, redirects to a private address and forbids a path in
robots.txt. The kill -9 test is in test_watch_resume.py."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import watch_server
from veille.config import Settings
from veille.errors import InvalidArgument
from veille.store import Store
from veille.store import watchstate as state
from veille.watch import Watcher, duration, parse_alerts, parse_sources
from veille.watch.alerts import members
from veille.watch.deliver import Deliverer, DeliveryError
from watch_server import Servers


def test_watch_durations_and_sources_file():
    assert [duration(x) for x in ("30s", "15m", "2h", "1d", "90")] == [30, 900, 7200, 86400, 90]
    with pytest.raises(InvalidArgument, match="not a duration"):
        duration("soon")
    specs = parse_sources(
        "# comment\nhttps://a.example/feed.xml every=30s\n\nhttp://10.0.0.5/rss kind=feed private  # intranet\n",
        "s.txt",
        900,
    )
    assert [(s.url, s.kind, s.interval, s.trusted) for s in specs] == [
        ("https://a.example/feed.xml", "auto", 30, False),
        ("http://10.0.0.5/rss", "feed", 900, True),
    ]
    with pytest.raises(InvalidArgument, match="s.txt:2: unknown option 'evry=3m'"):
        parse_sources("https://a.example/\nhttps://b.example/ evry=3m\n", "s.txt", 900)
    with pytest.raises(InvalidArgument, match="s.txt:1: 'file:///etc/passwd' is not an http"):
        parse_sources("file:///etc/passwd\n", "s.txt", 900)


ALERTS = """
[[alert]]
name = "russia-nato"
events = ["ASSAULT", "THREATEN"]
actor = "RUS"
recipient = "member:NATO"

[[alert]]
name = "rutte"
quote_by = "Mark Rutte"

[[alert]]
name = "otan-japon"
words = ["OTAN", "Japon"]
new_story = true
to = ["x.jsonl"]
"""


def event(kind, actor, recipient, **extra):
    return {
        "type": kind,
        "actors": [{"code": actor}],
        "recipients": [{"code": recipient}],
        "sentence": {"text": f"{actor} {kind} {recipient}"},
        **extra,
    }


def test_watch_alerts_match_events_nato_members_quotes_and_words(tmp_path):
    alerts = {a.name: a for a in parse_alerts(ALERTS, "alerts.toml")}
    assert "POL" in members()["NATO"] and "JPN" not in members()["NATO"]
    assert alerts["otan-japon"].to == ("x.jsonl",)
    with Store(tmp_path / "a.db") as store:
        rus_pol = {"id": "a", "events": [event("THREATEN", "RUS", "POL")]}
        assert alerts["russia-nato"].matches(rus_pol, store) == ["THREATEN RUS -> POL: RUS THREATEN POL"]
        assert not alerts["russia-nato"].matches({"id": "b", "events": [event("THREATEN", "RUS", "JPN")]}, store)
        assert not alerts["russia-nato"].matches({"id": "c", "events": [event("CONSULT", "RUS", "POL")]}, store)
        future = {"id": "d", "events": [event("ASSAULT", "RUS", "EST", modality="future")]}
        assert not alerts["russia-nato"].matches(future, store)  # did not happen
        quote = {"id": "e", "quotes": [{"text": "Nous tiendrons.", "speakers": [{"name": "Mark Rutte", "id": "x"}]}]}
        assert alerts["rutte"].matches(quote, store) == ["quote by Mark Rutte: Nous tiendrons."]
        assert not alerts["rutte"].matches({"id": "f", "quotes": [{"speakers": [{"name": "Rutger"}]}]}, store)
        store.add({"id": "g", "title": "L'OTAN et le Japon", "body": "Un accord entre l'Otan et le Japon."})
        stored = store.get("g")
        assert alerts["otan-japon"].matches(stored, store) == ["mentions 'OTAN' and 'Japon'", "a new story"]
        store.add({"id": "h", "title": "L'OTAN et le Japon", "body": "Un accord entre l'Otan et le Japon."})
        assert not alerts["otan-japon"].matches(store.get("h"), store)  # a copy: not a new story
        assert not alerts["otan-japon"].matches({"id": "i", "title": "OTANIEN Japon", "body": ""}, store)


def test_watch_alerts_file_errors_name_the_alert():
    with pytest.raises(InvalidArgument, match="alert 1 .x.: unknown event type 'THREATN'"):
        parse_alerts('[[alert]]\nname = "x"\nevents = ["THREATN"]\n', "a.toml")
    with pytest.raises(InvalidArgument, match="no members known for 'OTAN'"):
        parse_alerts('[[alert]]\nname = "x"\nrecipient = "member:OTAN"\n', "a.toml")
    with pytest.raises(InvalidArgument, match="needs a condition"):
        parse_alerts('[[alert]]\nname = "x"\n', "a.toml")
    with pytest.raises(InvalidArgument, match="not valid TOML"):
        parse_alerts("[[alert]\n", "a.toml")


class Hook:
    """A webhook on 127.0.0.1 that records what it is sent, answering ``status``."""

    def __init__(self, status: int = 204) -> None:
        self.posts: list[tuple[dict, str]] = []
        self.status = status
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.posts.append((json.loads(body), self.headers.get("Idempotency-Key")))
                self.send_response(hook.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_watch_delivers_to_a_file_and_a_webhook(tmp_path):
    hook = Hook()
    deliverer = Deliverer("veille-test")
    try:
        deliverer.send(str(tmp_path / "a.jsonl"), {"id": "x:1", "alert": "x"})
        deliverer.send(hook.url, {"id": "x:1", "alert": "x"})
        assert json.loads((tmp_path / "a.jsonl").read_text()) == {"id": "x:1", "alert": "x"}
        assert hook.posts == [({"id": "x:1", "alert": "x"}, "x:1")]
        hook.status = 503
        with pytest.raises(DeliveryError, match="HTTP 503"):
            deliverer.send(hook.url, {"id": "x:2"})
    finally:
        deliverer.close()
        hook.close()


def test_watch_a_file_gets_each_alert_once_even_after_a_kill(tmp_path):
    target = tmp_path / "a.jsonl"
    target.write_text('{"id": "x:1", "alert": "x"}\n{"id": "x:2", "al')  # a kill cut the last line short
    deliverer = Deliverer("veille-test")  # a new watcher, delivering what the killed one had not recorded
    deliverer.send(str(target), {"id": "x:1", "alert": "x"})  # written before the kill: not again
    deliverer.send(str(target), {"id": "x:2", "alert": "x"})
    deliverer.send(str(target), {"id": "x:2", "alert": "x"})
    assert [json.loads(x)["id"] for x in target.read_text().splitlines()] == ["x:1", "x:2"]


def watcher(store: Store, site: Servers, targets: tuple[str, ...], alerts: str = "") -> Watcher:
    settings = Settings(analyze=False, host_delay=0.0, fetch_timeout=5.0, fetch_retries=1)
    return watch_server.watcher(store, site.sources(), settings, targets, alerts)


WORDS = '[[alert]]\nname = "otan-japon"\nwords = ["OTAN", "Japon"]\n'


def stored_titles(store: Store) -> list[str]:
    return sorted(r[0] for r in store.conn.execute("SELECT title FROM articles"))


def test_watch_stores_new_items_once_honours_robots_and_never_reaches_a_private_address(site, tmp_path):
    hook = Hook()
    out = tmp_path / "alerts.jsonl"
    try:
        with Store(tmp_path / "w.db") as store:
            w = watcher(store, site, (str(out), hook.url), WORDS)
            counts = w.run(once=True)
            first = stored_titles(store)
            # news: 3 items; teasers: 1 page (the secret is disallowed, the internal one private); slow: 1; sitemap: 1
            assert counts.new == 6 and len(first) == 6
            assert counts.errors == 3  # broken (HTTP 500), redirect (to 127.0.0.2), the 127.0.0.2 feed itself
            site.site.generation = 2  # the site publishes
            w.run(once=True)
            w.run(once=True)  # nothing new: conditional GETs answered 304
            w.close()
            titles = stored_titles(store)
            assert len(titles) == len(set(titles)) == 6 + 3 + 1 + 1 + 1
            status = state.status(store.conn)
            news = next(s for s in status["sources"] if s["url"].endswith("/feeds/news.xml"))
            assert news["stored"] == 6 and news["polls"] == 3 and news["last_error"] is None
            broken = next(s for s in status["sources"] if s["url"].endswith("/feeds/broken.xml"))
            assert broken["failures"] == 3 and "HTTP 500" in broken["last_error"]
        assert site.hits("127.0.0.2") == [] and site.hits("/private/") == []
        otan = [t for t in titles if t.startswith("L'OTAN")]
        lines = [json.loads(x) for x in out.read_text().splitlines()]
        assert sorted(x["title"] for x in lines) == sorted(otan) and len({x["id"] for x in lines}) == len(lines)
        assert sorted(p["title"] for p, _ in hook.posts) == sorted(otan)
    finally:
        hook.close()


def test_watch_uses_conditional_requests(site, tmp_path):
    with Store(tmp_path / "c.db") as store:
        w = watcher(store, site, ("-",))
        w.run(once=True)
        before = len(site.hits("/feeds/news.xml"))
        w.run(once=True)
        w.close()
    assert len(site.hits("/feeds/news.xml")) == before + 1
    # the second answer was a 304: the source's item count did not move and nothing was re-read
    with Store(tmp_path / "c.db") as store:
        assert store.conn.execute("SELECT count(*) FROM watch_items WHERE status = 'new'").fetchone()[0] == 6


def test_watch_an_undelivered_alert_is_delivered_by_the_next_run(site, tmp_path):
    hook = Hook(status=503)
    try:
        with Store(tmp_path / "d.db") as store:
            w = watcher(store, site, (hook.url,), WORDS)
            w.run(once=True)
            assert state.status(store.conn)["alerts"]["pending"] == 3 and w.counts.alerts == 0
            hook.status = 204
            w.run(once=True)
            w.close()
            assert state.status(store.conn)["alerts"] == {"delivered": 3, "pending": 0, "given_up": 0}
        delivered = [p["id"] for p, _ in hook.posts if p]
        assert len(set(delivered)) == 3
    finally:
        hook.close()


def test_watch_command_line_runs_once_and_status_reports(site, tmp_path, capsys):
    from veille.cli import main

    sources = tmp_path / "sources.txt"
    sources.write_text(site.sources())
    alerts = tmp_path / "alerts.toml"
    alerts.write_text(WORDS)
    db = str(tmp_path / "cli.db")
    argv = ["watch", str(sources), "--db", db, "--once", "--no-analyze", "--host-delay", "0", "--alerts", str(alerts)]
    assert main(argv + ["--fetch-timeout", "5"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3 and all(json.loads(x)["alert"] == "otan-japon" for x in out.splitlines())
    assert "6 new, 0 duplicate" in err and "poll failed" in err
    assert main(["status", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert "feeds/news.xml" in out and "alerts: 3 delivered, 0 pending" in out
    assert not Path(db + ".nope").exists()
