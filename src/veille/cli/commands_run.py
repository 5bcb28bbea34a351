"""The commands that run the pipeline or change the store: ``ingest``, ``analyze``, ``eval``, ``watch``,
``status`` and ``migrate`` (declarations: arguments, options, help and examples; the work is in :mod:`.run` and
:mod:`.watching`)."""

from __future__ import annotations

import argparse

import click

from .app import command, db_option, jobs_option, json_option, pipeline_options


@command(
    "ingest",
    "analyse inputs and store them (idempotent, resumable)",
    [
        "veille ingest examples/ --db news.db",
        "veille ingest page.html.gz crawl.warc.gz https://example.org/feed.rss --fetch --db news.db",
        "cat records.jsonl | veille ingest - --db news.db -j 4",
    ],
)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@jobs_option
@click.option("--summary", is_flag=True, help="print a summary of the store at the end")
@click.option(
    "--redo",
    is_flag=True,
    help="read and analyse again the input files an earlier run stored (by default they are skipped while their "
    "size and modification time are unchanged)",
)
@db_option
@pipeline_options
def ingest(args: argparse.Namespace) -> int:
    """Analyse inputs and store them: files, directories (recursive), http(s) URLs, or - for standard input.

    Each input gets one line: new, duplicate (already stored: re-ingesting is a no-op), skipped (stored without
    analysis: another language) or failed (on standard error, with the error's code and reason). Input files an
    earlier run stored are skipped before being read, so re-running an interrupted ingest costs the remaining
    inputs only. A progress bar (n/N, rate, ETA) shows on a terminal.
    """
    from .run import cmd_ingest

    return cmd_ingest(args)


@command(
    "analyze",
    "analyse inputs without a store",
    ["veille analyze page.html", "veille analyze page.html scraped.txt --json | jq .events"],
)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@json_option("one JSON record per line, in input order (the full analysis)")
@jobs_option
@click.option(
    "--out",
    metavar="DIR",
    help="write the records as Parquet shards in DIR instead of printing them (bring them into a store with "
    "veille load DIR), e.g. --out shards/",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine; ray: a Ray cluster (pip install 'veille[ray]'; needs --out; "
    "-j is then the number of Ray workers, by default one per CPU of the cluster)",
)
@click.option(
    "--ray-address",
    metavar="ADDRESS",
    envvar="RAY_ADDRESS",
    help="with --executor ray: the cluster to join (default: a Ray started on this machine), e.g. ray://head:10001",
)
@pipeline_options
def analyze(args: argparse.Namespace) -> int:
    """Analyse inputs and print each article: title, metadata, the text with its quotes and events marked, then
    the entities, quotes and events found (--json: the full records, one per line, in input order).

    With --out DIR, the records are written as Parquet shards instead, on this machine or, with --executor ray,
    on a Ray cluster (docs/scale.md); veille load DIR --db news.db stores them, linking and grouping stories."""
    from .run import cmd_analyze

    return cmd_analyze(args)


@command(
    "load",
    "store the Parquet shards of veille analyze --out (linking, stories)",
    ["veille analyze crawl/ --executor ray --out shards/ && veille load shards/ --db news.db"],
)
@click.argument("directory", metavar="DIR")
@db_option
def load(args: argparse.Namespace) -> int:
    """Store the records of the Parquet shards in DIR (written by veille analyze --out, locally or on a Ray
    cluster), in input order: each is linked to the persons already stored, then stored and grouped into stories,
    as veille ingest does. Each record gets one line (new, duplicate); a document that failed in the analysis is
    reported on standard error with its code and reason."""
    from .run import cmd_load

    return cmd_load(args)


@command(
    "eval",
    "score the pipeline against gold annotation files",
    [
        "veille eval corpus/dev/gold",
        "veille eval ../shared/real/gold --texts corpus/real/raw",
        "veille eval corpus/dev/gold --baseline quality/baseline.json",
    ],
)
@click.argument("gold_dir", metavar="GOLD_DIR", type=click.Path(file_okay=False))
@json_option("scores as JSON")
@click.option(
    "--texts",
    metavar="DIR",
    default="corpus/real/raw",
    show_default=True,
    help=(
        "real-news gold (../shared/real/gold): the folder of the retrieved texts, <id>.txt"
        " (or the source path a gold file names, under it)"
    ),
)
@click.option("--details", is_flag=True, help="with --json: include per-file details (never for blind texts)")
@click.option(
    "--baseline",
    metavar="FILE",
    help="quality gate: fail when a score falls below this baseline, e.g. --baseline quality/baseline.json",
)
@click.option(
    "--corpus",
    metavar="NAME",
    help="name of the corpus in the baseline (default: GOLD_DIR's name; real-news gold: 'real', scored as "
    "'real-dev' and 'real-blind')",
)
@click.option("--update-baseline", is_flag=True, help="write the current scores as the new floors")
@click.option("--allow-lower", is_flag=True, help="with --update-baseline: allow lowering a floor")
@click.option("--reason", metavar="TEXT", help="with --update-baseline: why (required to lower a floor)")
@pipeline_options
def evaluate(args: argparse.Namespace) -> int:
    """Score the pipeline against a folder of gold annotation files (../shared/gold/FORMAT.md), or the real-news
    gold against the texts retrieved; with --baseline, the quality gate (exit 1 below a floor)."""
    from .run import cmd_eval

    return cmd_eval(args)


@command(
    "watch",
    "monitor feeds, sitemaps and pages: new items analysed, stored and alerted on",
    [
        "veille watch sources.txt --db news.db --alerts alerts.toml",
        "veille watch --db news.db --once            # poll the stored sources once, then stop",
        "veille watch sources.txt --db news.db --to alerts.jsonl --to http://127.0.0.1:9000/hook",
    ],
)
@click.argument("sources", required=False, metavar="[SOURCES]", type=click.Path(dir_okay=False))
@click.option(
    "--alerts",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="saved queries to evaluate on each new article (TOML; docs/cli.md shows the format), e.g. --alerts "
    "alerts.toml",
)
@click.option(
    "--to",
    "targets",
    multiple=True,
    metavar="TARGET",
    help="where alerts go when a query names none: - (standard output, JSON Lines), a file (JSON Lines appended) "
    "or an http(s) webhook (JSON POST); repeat for several, e.g. --to alerts.jsonl (default -)",
)
@click.option(
    "--interval",
    metavar="DURATION",
    default="15m",
    show_default=True,
    help="poll interval of a source that names none (30s, 15m, 2h), with +-10% jitter",
)
@click.option("--once", is_flag=True, help="poll every source once, deliver the alerts, then stop")
@click.option(
    "--duration", metavar="DURATION", help="stop after this long (e.g. --duration 10m); default: until Ctrl-C"
)
@click.option(
    "--host-delay",
    type=click.FloatRange(0),
    metavar="SECONDS",
    help="seconds between two requests to one host (default 1; robots.txt's Crawl-delay when larger), "
    "e.g. --host-delay 2",
)
@db_option
@pipeline_options
def watch(args: argparse.Namespace) -> int:
    """Monitor news sources: each feed, sitemap or page of SOURCES (a file, one URL a line with its options; or,
    without it, the sources stored in --db) is polled on its own interval with jitter; new items are fetched
    politely (robots.txt, per-host delay, conditional GET, the SSRF guard), analysed and stored once; saved queries
    (--alerts) are evaluated on each new article and each alert is delivered once. Stopped (Ctrl-C, a crash, kill
    -9), it resumes where it was: the state of every source is in the store."""
    from .watching import cmd_watch

    return cmd_watch(args)


@command(
    "status",
    "the watched sources: last poll and success, errors, items per day",
    ["veille status --db news.db", "veille status --db news.db --json"],
)
@json_option()
@db_option
def status(args: argparse.Namespace) -> int:
    """What `veille watch` is doing: each source with its last poll, last success, last error, the items seen and
    stored, items per day, and the alerts pending delivery."""
    from .watching import cmd_status

    return cmd_status(args)


@command("migrate", "upgrade a store to this version's schema", ["veille migrate --db news.db"])
@db_option
def migrate(args: argparse.Namespace) -> int:
    """Upgrade an existing store to this version's schema (the commands that only read a store never do; a store
    that does not exist is refused, never created)."""
    from ..store import migrate as upgrade

    before, after = upgrade(args.db)
    print(f"{args.db}: schema version {after}" + (f" (upgraded from {before})" if before != after else " (up to date)"))
    return 0


__all__ = ["ingest", "analyze", "load", "evaluate", "watch", "status", "migrate"]
