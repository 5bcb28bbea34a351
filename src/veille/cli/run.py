"""The commands that run the pipeline: ``ingest`` (analyse and store), ``analyze`` (analyse, print) and
``eval`` (score against gold files, with the quality gate)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import VeilleError
from ..record import Article
from .browse import print_summary
from .common import dump, open_store, settings_of, short
from .console import RunProgress, short_path
from .reading import print_article


def failed_line(source: str, error: VeilleError) -> str:
    """The one line a failed input gets: ``failed <input>: <code> <reason>``."""
    reason = " ".join(str(error.reason).split())
    return f"failed {error.source or source}: {error.code} {reason}"


def analysis_note(art: Article) -> str | None:
    """``skipped (language de)`` for an article stored without its analysis because of its language."""
    nlp = art.analysis.get("nlp") or {}
    if nlp.get("status") != "skipped" or nlp.get("reason") == "analysis disabled":
        return None
    return f"skipped (language {art.language or 'undetermined'})"


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..pipeline import process
    from ..store import inputs as ingest_state
    from ..store.linking import prepare, store_record

    settings = settings_of(args)
    counts = {"new": 0, "duplicate": 0, "failed": 0, "skipped": 0}
    with open_store(args) as store:
        items = ingest_state.expand(args.inputs)
        todo, done_before = (items, []) if args.redo else ingest_state.split(store.conn, items)
        if done_before:
            print(
                f"{len(done_before)} input(s) stored by an earlier run, unchanged: skipped (--redo reads them again)",
                file=sys.stderr,
            )
        tracker = ingest_state.Tracker(todo)
        jobs = max(1, min(args.jobs, len(todo)))
        # a commit every few records (Store.batched): a crash loses the open batch at most, which a rerun stores
        with RunProgress(len(todo)) as progress, store.batched():

            def finished(done: list[tuple[str, int, bool]]) -> None:
                for item, documents, stored in done:
                    key = ingest_state.key_of(item) if stored else None
                    if key is not None:
                        ingest_state.record(store.conn, key, documents)
                progress.advance(len(done))

            # each record made ready to store by the worker that analysed it (its JSON, its story signature)
            for outcome in process(todo, settings, jobs=jobs, prepare=prepare):
                status, art_id, title = "failed", "", ""
                if outcome.error is not None:
                    print(failed_line(outcome.source, outcome.error), file=sys.stderr, flush=True)
                else:
                    art = outcome.article
                    assert art is not None  # an outcome without an error has its article
                    try:
                        result = store_record(outcome.prepared or art.to_dict(), store)
                        status, art_id, title = result.status, result.id, art.title or ""
                    except VeilleError as exc:
                        print(failed_line(outcome.source, exc), file=sys.stderr, flush=True)
                    else:
                        note = analysis_note(art) if status == "new" else None
                        counts["skipped"] += note is not None
                        progress.line(
                            f"{note or status:<10} {art_id[:12]}  {short_path(outcome.source)}  {short(title, 60)}"
                        )
                counts[status] += 1
                finished(tracker.see(outcome.source, status != "failed"))
            finished(tracker.end())
        skipped = f" ({counts['skipped']} of them not analysed: another language)" if counts["skipped"] else ""
        before = f", {len(done_before)} unchanged input(s) skipped" if done_before else ""
        print(
            f"\n{counts['new']} new{skipped}, {counts['duplicate']} duplicate, {counts['failed']} failed{before} "
            f"-> {args.db}"
        )
        if args.summary:
            print()
            print_summary(store, args.db)
    return 1 if counts["failed"] else 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from ..pipeline import process
    from ..store.inputs import expand

    failed = 0
    items = expand(args.inputs)
    if getattr(args, "executor", "local") == "ray" or getattr(args, "out", None):
        return analyze_to_shards(args, items)
    jobs = max(1, min(args.jobs, len(items)))
    as_json = (lambda art: dump(art.to_dict())) if args.json else None  # each line written by its worker
    for outcome in process(items, settings_of(args), jobs=jobs, prepare=as_json):
        if outcome.error is not None:
            failed += 1
            print(failed_line(outcome.source, outcome.error), file=sys.stderr)
            continue
        art = outcome.article
        assert art is not None  # an outcome without an error has its article
        if args.json:
            print(outcome.prepared or dump(art.to_dict()), flush=True)
        else:
            print_article(art.to_dict(), analysis_note(art))
    return 1 if failed else 0


def analyze_to_shards(args: argparse.Namespace, items: list[str]) -> int:
    """``veille analyze --out DIR`` (``--executor local`` or ``ray``): the records as Parquet shards."""
    from ..errors import InvalidArgument

    if not args.out:
        raise InvalidArgument("--executor ray writes Parquet shards: give their directory with --out DIR")
    settings = settings_of(args)
    out = Path(args.out)
    if args.executor == "ray":
        import click
        from click.core import ParameterSource

        from ..raydata import analyze_to_shards as on_ray

        ctx = click.get_current_context(silent=True)  # -j given: that many workers; else one per CPU of the cluster
        given = ctx is not None and ctx.get_parameter_source("jobs") is ParameterSource.COMMANDLINE
        jobs = args.jobs if given or not args.ray_address else None
        count = on_ray(items, out, settings, workers=jobs, address=args.ray_address)
        print(f"{count} input(s) analysed on Ray -> {out} (veille load {out} --db FILE stores them)")
        return 0
    from .. import shards
    from ..pipeline import process

    index = {item: i for i, item in enumerate(items)}
    rows: list[tuple[int, int, Any]] = []
    current, item, failed = 0, 0, 0
    for outcome in process(items, settings, jobs=max(1, min(args.jobs, len(items)))):
        # outcomes come in input order; a record of a JSON Lines file is named "file#n", a WARC's by their URL
        for name in (outcome.source, outcome.source.split("#", 1)[0]):
            if index.get(name, -1) > current:
                current, item = index[name], 0
                break
        rows.append((current, item, outcome))
        item += 1
        if outcome.error is not None:
            failed += 1
            print(failed_line(outcome.source, outcome.error), file=sys.stderr)
    shards.write(out / "part-00000.parquet", rows)
    print(f"{len(rows)} document(s) -> {out} (veille load {out} --db FILE stores them)")
    return 1 if failed else 0


def cmd_load(args: argparse.Namespace) -> int:
    from .. import shards
    from ..store.linking import store_record

    counts = {"new": 0, "duplicate": 0, "failed": 0}
    with open_store(args) as store, store.batched():
        for row in shards.read(Path(args.directory)):
            if row.error is not None or row.record is None:
                counts["failed"] += 1
                if row.error is not None:
                    print(failed_line(row.source, row.error), file=sys.stderr, flush=True)
                continue
            try:
                result = store_record(row.record, store)
            except VeilleError as exc:
                counts["failed"] += 1
                print(failed_line(row.source, exc), file=sys.stderr, flush=True)
                continue
            counts[result.status] += 1
            print(
                f"{result.status:<10} {result.id[:12]}  {short_path(row.source)}  {short(row.record.get('title'), 60)}"
            )
    print(f"\n{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed -> {args.db}")
    return 1 if counts["failed"] else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from ..evaluation import evaluate, evaluate_real, format_real, format_table, is_real_gold

    settings = settings_of(args)

    def analyze(path: Path) -> dict[str, Any]:
        from ..pipeline import process

        outcome = next(iter(process([str(path)], settings)))
        if outcome.error is not None:
            raise outcome.error
        assert outcome.article is not None  # an outcome without an error has its article
        return outcome.article.to_dict()

    gold_dir = Path(args.gold_dir)
    if is_real_gold(gold_dir):
        real = evaluate_real(gold_dir, Path(args.texts), analyze)
        if not any(r.files for r in real.splits.values()):
            print(
                f"no real-news text retrieved in {args.texts} (see ../shared/real/README.md): skipped", file=sys.stderr
            )
            return 0
        print(dump(real.to_dict(args.details)) if args.json else format_real(real))
        corpus = args.corpus or "real"
        reports = {f"{corpus}-{split}": report.to_dict() for split, report in real.splits.items() if report.files}
    else:
        report = evaluate(gold_dir, analyze)
        data = report.to_dict()
        if args.json:
            print(dump(data if args.details else {k: v for k, v in data.items() if k != "per_file"}))
        else:
            print(format_table(report))
        reports = {args.corpus or gold_dir.name: data}
    return gate_reports(args, reports) if args.baseline else 0


def gate_reports(args: argparse.Namespace, reports: dict[str, dict[str, Any]]) -> int:
    """Update the baseline with, or check against it, each corpus's scores; 1 when a score is under its floor."""
    from ..evaluation import gate

    status = 0
    for corpus, data in reports.items():
        if args.update_baseline:
            gate.update(data, Path(args.baseline), corpus, reason=args.reason or "", allow_lower=args.allow_lower)
            print(f"baseline {args.baseline} updated for corpus {corpus!r}", file=sys.stderr)
            continue
        regressions = gate.check(data, Path(args.baseline), corpus)
        for reg in regressions:
            print(f"REGRESSION {corpus}: {reg.key} = {reg.value} < floor {reg.floor}", file=sys.stderr)
        if regressions:
            status = 1
        else:
            print(f"quality gate passed for corpus {corpus!r}", file=sys.stderr)
    return status
