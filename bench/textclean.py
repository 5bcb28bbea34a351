"""The plain-text cleaner on real pages: ScrapingHub's HTML pages rendered to text the way a scraper
saves them (one block a line, menus, footers and all), then cleaned by Veille's text cleaner alone.

    python bench/textclean.py [--limit N] [--show K]

Same metric as bench/extraction.py (4-token shingles, page-weighted precision/recall, F1 of the means).
Baseline in the same run: the raw rendered text (everything kept), which shows how much noise there is
to remove. This measures the cleaner on pages it was never tuned on; the HTML path of Veille does not use
it (it uses trafilatura).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "scrapinghub"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import page_scores, summarise  # noqa: E402  (the benchmark's metric, shared)

BLOCKS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "main",
    "form",
    "dd",
    "dt",
    "hr",
    "title",
}
DROP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


def render(html: bytes) -> str:
    """The page as a scraper's text: each block on its own line, blocks separated by blank lines."""
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ""
    for el in tree.xpath("|".join(f"//{t}" for t in DROP)):
        el.getparent().remove(el) if el.getparent() is not None else None
    out: list[str] = []

    def walk(el):
        if not isinstance(el.tag, str):
            if el.tail:
                out.append(el.tail)
            return
        block = el.tag.lower() in BLOCKS
        if block:
            out.append("\n\n")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if block:
            out.append("\n\n")
        if el.tail:
            out.append(el.tail)

    walk(tree)
    text = "".join(out)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    blocks, previous_blank = [], True
    for line in lines:
        if line:
            blocks.append(line)
            previous_blank = False
        elif not previous_blank:
            blocks.append("")
            previous_blank = True
    _ = etree  # lxml is trafilatura's parser; imported here to fail early when missing
    return "\n".join(blocks)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print the K worst pages")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: benchmark data not found at {DATA} (needs ../shared)")
        return 0
    from veille.config import Settings
    from veille.extract.textclean import clean_text
    from veille.lang.detect import detect

    languages = Settings().languages
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[: args.limit or None]
    raw_rows, ours_rows, worst = [], [], []
    for key in keys:
        text = render(gzip.decompress((DATA / "html" / f"{key}.html.gz").read_bytes()))
        gold = truth[key]["articleBody"]
        art = clean_text(text, source=key, detect=lambda t: detect(t, languages))
        raw_rows.append(page_scores(text, gold))
        row = page_scores(art.body, gold)
        ours_rows.append(row)
        worst.append((2 * row[0] * row[1] / (row[0] + row[1]) if row[0] + row[1] else 0.0, key, row))
    r, o = summarise(raw_rows), summarise(ours_rows)
    print(f"ScrapingHub pages rendered to text, {len(keys)} pages")
    print(f"{'text':<28} {'F1':>6} {'prec':>6} {'recall':>6}")
    print(f"{'rendered page (no cleaning)':<28} {r['f1']:6.3f} {r['precision']:6.3f} {r['recall']:6.3f}")
    print(f"{'veille text cleaner':<28} {o['f1']:6.3f} {o['precision']:6.3f} {o['recall']:6.3f}")
    print(f"median page F1: {statistics.median(w[0] for w in worst):.3f}")
    for f1, key, row in sorted(worst)[: args.show]:
        print(f"  {f1:.3f} p={row[0]:.2f} r={row[1]:.2f} {key} {truth[key]['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
