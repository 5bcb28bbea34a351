"""veille watch with the real analysis (spaCy models): alerts on events (an actor and a NATO member as recipient)
and on quotes by a person fire once on the articles of a local feed, and never again."""

import json

import pytest

import watch_server
from veille.config import Settings
from veille.store import Store

pytestmark = pytest.mark.e2e

THREAT = (
    "La Russie a menacé mardi la Pologne de représailles militaires si Varsovie accueillait de nouvelles bases "
    "américaines sur son territoire, a indiqué le ministère russe des Affaires étrangères dans un communiqué publié "
    "à Moscou.\n\n« Nous défendrons chaque centimètre du territoire allié », a déclaré Mark Rutte, le secrétaire "
    "général de l'OTAN, lors d'une conférence de presse à Bruxelles.\n\nLes ministres de la Défense de l'Alliance "
    "doivent se réunir la semaine prochaine pour examiner la situation sur le flanc oriental."
)
JAPAN = (
    "La Russie a menacé mercredi le Japon de contre-mesures après l'annonce de nouvelles manœuvres militaires "
    "conjointes avec les États-Unis près des îles Kouriles, a indiqué la diplomatie russe dans un communiqué publié "
    "à Moscou.\n\nTokyo a répondu que ces exercices étaient prévus de longue date et qu'ils ne visaient aucun pays "
    "en particulier, selon le porte-parole du gouvernement japonais, qui s'exprimait devant la presse."
)
ALERTS = """
[[alert]]
name = "russia-threatens-nato"
events = ["ASSAULT", "THREATEN"]
actor = "RUS"
recipient = "member:NATO"

[[alert]]
name = "rutte"
quote_by = "Mark Rutte"
"""


def test_watch_e2e_alerts_on_analysed_articles_fire_once(tmp_path, site):
    site.site.per_generation = 0
    site.site.extra = [("threat", "Moscou menace Varsovie", THREAT), ("japan", "Moscou menace Tokyo", JAPAN)]
    out = tmp_path / "alerts.jsonl"
    with Store(tmp_path / "e.db") as store:
        settings = Settings(host_delay=0.0, fetch_timeout=10.0)
        watcher = watch_server.watcher(store, f"{site.base}/feeds/news.xml private\n", settings, (str(out),), ALERTS)
        watcher.run(once=True)
        site.site.extra.append(("copy", "Moscou menace Varsovie (mise à jour)", THREAT))  # the same text again
        watcher.run(once=True)
        watcher.close()
        assert store.count() == 3  # the copy is stored, in the story of the first: no alert again
    alerts = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(a["alert"] for a in alerts) == ["russia-threatens-nato", "rutte"]
    assert all(a["title"] == "Moscou menace Varsovie" for a in alerts)
    nato = next(a for a in alerts if a["alert"] == "russia-threatens-nato")
    assert nato["why"][0].startswith("THREATEN RUS -> POL")
