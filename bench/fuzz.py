"""Fuzzing every input kind: generated and mutated inputs through the whole run, counting crashes and hangs.

    python bench/fuzz.py [--n 10000] [--seed 1] [--jobs 2] [--timeout 10] [--analyze-share 0.2]

Inputs: HTML (tag soup, deep nesting, many attributes, long runs), scraped text (random Unicode, long lines, runs of
quotes and punctuation, control characters), JSON records (deep nesting, huge numbers, wrong types), WARC archives
(valid, headers removed, truncated), RSS/Atom feeds (entity expansion, local-file links, broken XML), gzip (valid,
corrupt, a compression bomb), odd encodings (UTF-16 without BOM, stray bytes), and byte-level mutations (flips,
truncation, splices) of the project's own corpus files. Everything runs in one ``veille.pipeline.process`` call
with hard limits (supervised workers), as ``veille ingest --timeout`` does.

It prints: inputs, outcomes by status and error code, internal errors (E000: a bug), aborted runs (an exception out
of the run: must be 0), the slowest gap between two outcomes (the workers' start-up apart: with ``--timeout`` no
gap may pass it by much), and the peak memory of this process and of the largest worker.
Used by tests/test_fuzz.py for a bounded run in ``make test``.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = (
    "le président a déclaré que la ministre Valbourg Kyiv OTAN « » — « said the minister » \" ' ( ) . , ; : "
    "Photo © AFP Par By Publié le 12/03/2024 https://x.org <b> & é ’ \u00a0 \t"
).split(" ")


def _text(r: random.Random, n: int) -> str:
    kind = r.random()
    if kind < 0.3:
        return " ".join(r.choice(WORDS) for _ in range(n))
    if kind < 0.5:
        return "".join(chr(r.randrange(1, 0x3000)) for _ in range(n))
    if kind < 0.7:
        return r.choice(['"', "«", ".", " ", "-", "x", "1", "\n", "(", "é"]) * (n * r.randrange(1, 40))
    return "\n".join(" ".join(r.choice(WORDS) for _ in range(r.randrange(1, 60))) for _ in range(r.randrange(1, 30)))


def _html(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.2:
        depth = r.randrange(10, 5000)
        return "<html><body>" + "<div>" * depth + _text(r, 50) + "</div>" * r.randrange(0, depth) + "</body></html>"
    if kind < 0.35:
        attrs = " ".join(f'a{i}="{i}"' for i in range(r.randrange(100, 60_000)))
        return f"<html><body><p {attrs}>{_text(r, 80)}</p></body></html>"
    tags = ("p", "div", "article", "h1", "figure", "figcaption", "script", "style", "a", "li", "table", "td", "meta")
    parts = []
    for _ in range(r.randrange(1, 200)):
        t = r.choice(tags)
        parts.append(
            f"<{t} class='{r.choice(WORDS)}'>{_text(r, r.randrange(1, 40))}" + (f"</{t}>" if r.random() < 0.7 else "")
        )
    return "<html><head><title>" + _text(r, 8) + "</title></head><body>" + "".join(parts)


def _records(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.15:
        d = r.randrange(1000, 200_000)
        return "[" * d + "]" * d
    if kind < 0.3:
        return '{"url": "x", "text": ' + "9" * r.randrange(4000, 20_000) + "}"
    lines = []
    for _ in range(r.randrange(1, 20)):
        choice = r.random()
        if choice < 0.5:
            text = _text(r, 80).replace("\\", "").replace('"', "'").replace("\n", " ")
            lines.append(json.dumps({"url": f"http://x.invalid/{r.randrange(1000)}", "text": text}))
        elif choice < 0.7:
            lines.append(r.choice(['{"html": 3}', "[1,2]", '"text"', "{bad json", '{"text": null}', "null"]))
        else:
            lines.append(
                '{"html": "<p>' + _text(r, 60).replace('"', "").replace("\\", "").replace("\n", " ") + '</p>"}'
            )
    return "\n".join(lines)


def _warc(r: random.Random) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=r.random() < 0.3)
    for _ in range(r.randrange(1, 4)):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        uri = None if r.random() < 0.3 else "http://x.invalid/page"
        rec = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(_html(r).encode("utf-8", "replace")), http_headers=http
        )
        writer.write_record(rec)
    data = buf.getvalue()
    if r.random() < 0.3:
        data = data[: r.randrange(1, len(data))]
    return data


def _feed(r: random.Random) -> str:
    link = r.choice(
        ["file:///etc/passwd", "ftp://x.invalid/a", "data:text/plain,x", "http://127.0.0.1:1/x", "http://x.invalid/a"]
    )
    entities = ""
    if r.random() < 0.2:
        entities = (
            '<!DOCTYPE rss [<!ENTITY l0 "lol">'
            + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
            + "]>"
        )
    body = _text(r, r.randrange(5, 200)).replace("<", "").replace("&", "")
    item = f"<item><title>{body[:60]}</title><link>{link}</link><description>{body}</description></item>"
    if entities:
        item = "<item><title>&l9;</title><description>&l9;</description></item>"
    text = f'<?xml version="1.0"?>{entities}<rss version="2.0"><channel><title>t</title>{item * r.randrange(1, 5)}'
    return text + ("</channel></rss>" if r.random() < 0.8 else "")


def _mutate(r: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(r.randrange(1, 20)):
        op = r.random()
        if not data:
            break
        i = r.randrange(len(data))
        if op < 0.4:
            data[i] = r.randrange(256)
        elif op < 0.6:
            del data[i : i + r.randrange(1, 200)]
        elif op < 0.8:
            j = r.randrange(len(data))
            data[i:i] = data[j : j + r.randrange(1, 500)]
        else:
            data = data[: r.randrange(len(data))]
    return bytes(data)


def corpus() -> list[Path]:
    folders = [ROOT / "corpus" / c / "src" for c in ("dev", "dev2", "dev3")] + [ROOT / "examples"]
    return sorted(p for f in folders if f.exists() for p in f.iterdir() if p.is_file())


def generate(n: int, seed: int) -> Iterator[tuple[str, bytes]]:
    """``n`` fuzzed inputs: (file name with its suffix, bytes)."""
    r = random.Random(seed)
    files = corpus()
    for i in range(n):
        kind = r.random()
        if kind < 0.2:
            yield f"f{i}.html", _html(r).encode("utf-8", "surrogatepass")
        elif kind < 0.4:
            text = _text(r, r.randrange(5, 400))
            enc = r.choice(["utf-8", "utf-16-le", "utf-16", "cp1252", "latin-1", "utf-32-be"])
            data = text.encode(enc, "replace")
            if r.random() < 0.2:
                data = data[:10] + bytes([r.randrange(128, 256)]) + data[10:]
            yield f"f{i}.txt", data
        elif kind < 0.5:
            yield f"f{i}.jsonl", _records(r).encode("utf-8", "replace")
        elif kind < 0.55:
            yield f"f{i}.warc", _warc(r)
        elif kind < 0.65:
            yield f"f{i}.rss", _feed(r).encode("utf-8", "replace")
        elif kind < 0.7:
            payload = _html(r).encode("utf-8", "replace") if r.random() < 0.5 else b"\x00" * r.randrange(1, 30_000_000)
            data = gzip.compress(payload)
            yield f"f{i}.html.gz", data if r.random() < 0.7 else _mutate(r, data)
        elif files:
            src = r.choice(files)
            yield f"f{i}{''.join(src.suffixes)}", _mutate(r, src.read_bytes())


def run(n: int, seed: int, jobs: int, timeout: float, analyze_share: float, out=sys.stdout) -> dict:
    from veille.config import Settings
    from veille.pipeline import process

    stats: collections.Counter[str] = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, data in generate(n, seed):
            p = Path(tmp) / name
            p.write_bytes(data)
            paths.append(p)
        r = random.Random(seed + 1)
        groups = {True: [str(p) for p in paths if r.random() < analyze_share]}
        groups[False] = [str(p) for p in paths if str(p) not in set(groups[True])]
        slowest, startup, aborted, internal = 0.0, 0.0, 0, []
        started = time.monotonic()
        for analyse, group in groups.items():
            settings = Settings(
                analyze=analyse, hard_limits=True, doc_timeout=timeout, host_delay=0, fetch_retries=0, fetch_timeout=2
            )
            last, first = time.monotonic(), True
            try:
                for outcome in process(group, settings, jobs=jobs):
                    now = time.monotonic()
                    if first:  # the first outcome waits for the workers to start and load the models
                        startup, first = max(startup, now - last), False
                    else:
                        slowest = max(slowest, now - last)
                    last = now
                    code = outcome.error.code if outcome.error is not None else "ok"
                    stats[code] += 1
                    if code == "E000":
                        internal.append(str(outcome.error)[:200])
            except Exception as exc:  # noqa: BLE001 - an aborted run is what this counts
                aborted += 1
                internal.append(f"ABORTED: {type(exc).__name__}: {exc}"[:300])
        elapsed = time.monotonic() - started
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # this process: inputs made, read, models loaded
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest worker (shared pages counted)
    peak = max(parent, workers)
    result = {
        "inputs": n,
        "outcomes": sum(stats.values()),
        "by_code": dict(sorted(stats.items())),
        "internal_errors": internal,
        "aborted_runs": aborted,
        "slowest_gap_s": round(slowest, 2),
        "startup_s": round(startup, 2),
        "parent_rss_mb": parent // 1024,
        "worker_rss_mb": workers // 1024,
        "elapsed_s": round(elapsed, 1),
        "peak_rss_mb": peak // 1024,
    }
    print(
        f"{n} inputs -> {result['outcomes']} outcomes in {elapsed:.0f} s; aborted runs: {aborted}; "
        f"internal errors: {len(internal)}; slowest gap between outcomes {slowest:.1f} s (start-up apart: "
        f"{startup:.1f} s); peak RSS {parent // 1024} MB this process, {workers // 1024} MB the largest worker",
        file=out,
    )
    print("by code: " + ", ".join(f"{k} {v}" for k, v in result["by_code"].items()), file=out)
    for line in internal[:20]:
        print("  " + line, file=out)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--analyze-share", type=float, default=0.2)
    args = ap.parse_args()
    run(args.n, args.seed, args.jobs, args.timeout, args.analyze_share)


if __name__ == "__main__":
    main()
