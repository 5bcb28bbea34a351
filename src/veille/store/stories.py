"""Stories: articles that tell the same news, grouped so that a syndicated wire copy or an edited rewrite of an
article is one story, not many.

Each stored article gets a MinHash signature (datasketch, :data:`NUM_PERM` permutations of the ``affine64`` scheme)
of its body's word :data:`SHINGLE`-shingles; a MinHashLSH index over the stored signatures finds the articles that
may be near-copies, and their estimated Jaccard similarity J and containment C (the share of the smaller text's
shingles found in the larger, from J and both sizes) decide: an article joins the story of its most similar earlier
article when J >= :data:`SAME_STORY`, or C >= :data:`CONTAINED` with J >= :data:`MIN_JACCARD` (an excerpt of a
longer copy); it starts a new story otherwise. Cross-language grouping is not attempted: translations share no
shingles.

The LSH index lives in memory, one per open store (:class:`StoryIndex`): built from the stored signatures at the
first article added (their bytes as stored, without unpacking them), then brought up to date before each (articles
stored meanwhile by another process included).
:func:`assign` runs when an article is stored; :func:`stories`, :func:`story` and :func:`story_of` read the stories.
Figures (pair precision and recall on real wire copies and rewrites): docs/benchmarks.md, bench/stories.py.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from .keys import check_limit

#: words per shingle. On the wire-copy test set (bench/stories.py), 4 keeps every copy and rewrite of a dispatch
#: together while two dispatches written from one template (Reuters' rate decisions, AP's splashdowns) still share
#: at most ~0.2 of their shingles; 5 loses copies reworded by a scraper (0.88 of copy pairs instead of 1.0)
SHINGLE = 4
#: MinHash permutations: the estimate of J has a standard error of sqrt(J(1-J)/128) ~ 0.04 at the thresholds
NUM_PERM = 128
#: estimated Jaccard similarity from which two articles tell the same story: copies and rewrites of a dispatch score
#: 0.2-1.0 on the test set, other dispatches at most ~0.2 (one agency's successive dispatches on one fire); 0.3
#: keeps the estimate's error on the side of precision, containment catches the copies below it
SAME_STORY = 0.3
#: estimated containment from which a text is a copy cut or padded by its page (the first paragraphs only, a longer
#: version, a scraper's trailing headlines): at least 0.45 of the smaller text's shingles in the larger one (other
#: dispatches: at most ~0.35) ...
CONTAINED = 0.45
#: ... with a Jaccard similarity of at least this (a one-sentence text is contained in too many others)
MIN_JACCARD = 0.1
#: the LSH index's threshold: candidates are looked for from J ~ 0.1, the lowest pair the rules above accept
LSH_THRESHOLD = 0.1
#: fewer shingles than this (a title-only or empty body) is no text to compare: such an article is a story alone
MIN_SHINGLES = 3
SCHEME = "affine64"
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    """The word :data:`SHINGLE`-shingles of a text (case and compatibility forms folded), as bytes; a text shorter
    than a shingle is one."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@cache
def permutations() -> Any:
    """The permutations of every signature (computed once: datasketch derives them from :data:`SEED`)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def minhash(values: np.ndarray | None = None) -> MinHash:
    """A MinHash of the store's family, empty or with the given hash values."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=permutations(), hashvalues=values)


def signature(text: str) -> tuple[MinHash, int]:
    """The MinHash of a text and its number of shingles."""
    found = shingles(text)
    sig = minhash()
    if found:
        sig.update_batch(list(found))
    return sig, len(found)


def similarity(a: MinHash, b: MinHash) -> float:
    """The estimated Jaccard similarity of the texts of two signatures."""
    return float(a.jaccard(b))


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The estimated share of the smaller set's shingles found in the larger: |A n B| / min(|A|, |B|), with
    |A n B| = J (|A| + |B|) / (1 + J)."""
    if min(size_a, size_b) <= 0:
        return 0.0
    return min(jaccard * (size_a + size_b) / ((1 + jaccard) * min(size_a, size_b)), 1.0)


def same_story(jaccard: float, size_a: int, size_b: int) -> bool:
    """Whether two texts tell the same story (see the module docstring)."""
    return jaccard >= SAME_STORY or jaccard >= MIN_JACCARD and containment(jaccard, size_a, size_b) >= CONTAINED


def pack(sig: MinHash) -> bytes:
    """A signature as stored (a BLOB of NUM_PERM big-endian unsigned 64-bit integers)."""
    return np.asarray(sig.hashvalues, dtype=">u8").tobytes()


def unpack(blob: bytes) -> MinHash:
    """A stored signature."""
    return minhash(np.frombuffer(blob, dtype=">u8").astype(np.uint64))


@cache
def bands() -> tuple[int, int]:
    """The LSH index's bands and rows per band: those datasketch chooses for :data:`LSH_THRESHOLD` and
    :data:`NUM_PERM`, found once per process (it integrates false positive and negative rates over every choice:
    ~1,300 numerical integrals, done again for each store opened otherwise)."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class StoryIndex:
    """The LSH index of the stored signatures, kept in memory by an open store and brought up to date from the
    database before each use (articles are read by increasing ``articles.seq``).

    The buckets of datasketch's ``MinHashLSH`` with the bands and rows it chooses (:func:`bands`), built from the
    signatures as stored: per band, the band's slice of the packed signature (its big-endian integers, the bytes
    MinHashLSH reads) -> the article that has it, or the set of those that do; a query is the union of the articles
    under the query's slices, as MinHashLSH's. Stored signatures are indexed as read, not unpacked into MinHashes
    nor hashed again, and a one-article bucket holds its id, not a set: for 10,000 stored articles the index is
    built in 0.26 s of CPU instead of 1.97 s and holds 52 MB instead of 172 (built once per open store, at its
    first article added)."""

    def __init__(self) -> None:
        self.bands, self.rows = bands()
        step = 8 * self.rows  # bytes of a band in a packed signature
        self.ranges = [(i * step, (i + 1) * step) for i in range(self.bands)]
        self.tables: list[dict[bytes, str | set[str]]] = [{} for _ in range(self.bands)]
        self.last_seq = 0
        self.keys: set[str] = set()

    def refresh(self, conn: sqlite3.Connection) -> None:
        # the articles stored since the last refresh (by seq, the primary key), then their signatures by article id:
        # two index searches; joined in one query, SQLite read every stored signature each time (a scan, or a
        # Bloom filter built over them)
        new = dict(conn.execute("SELECT id, seq FROM articles WHERE seq > ?", (self.last_seq,)).fetchall())
        found: list[tuple[int, str, bytes, int]] = []
        ids = list(new)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found += [
                (new[article_id], article_id, blob, size)
                for article_id, blob, size in conn.execute(
                    "SELECT article_id, signature, shingles FROM article_stories"
                    f" WHERE article_id IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            ]
        for seq, article_id, blob, size in sorted(found):
            if size >= MIN_SHINGLES:  # a shorter text is a story alone: not in the index
                self.add_packed(article_id, blob)
            self.last_seq = max(self.last_seq, seq)

    def add(self, article_id: str, sig: MinHash) -> None:
        self.add_packed(article_id, pack(sig))

    def add_packed(self, article_id: str, packed: bytes) -> None:
        """Index a signature as stored (:func:`pack`)."""
        if article_id in self.keys:
            return
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            key = packed[start:end]
            held = table.get(key)
            if held is None:
                table[key] = article_id
            elif isinstance(held, set):
                held.add(article_id)
            else:
                table[key] = {held, article_id}
        self.keys.add(article_id)

    def candidates(self, sig: MinHash) -> list[str]:
        packed = pack(sig)
        found: set[str] = set()
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            held = table.get(packed[start:end])
            if isinstance(held, str):
                found.add(held)
            elif held is not None:
                found |= held
        return list(found)


def assign(
    conn: sqlite3.Connection,
    article_id: str,
    record: dict[str, Any],
    index: StoryIndex | None = None,
    signed: tuple[MinHash, int] | None = None,
) -> dict[str, Any]:
    """Put a newly stored article in a story (inside the caller's transaction); return the assignment. ``index``
    is the store's LSH index (a temporary one is built from the database without it); ``signed``: the body's
    :func:`signature`, computed beforehand (by the worker process that analysed it)."""
    index = index or StoryIndex()
    index.refresh(conn)
    sig, size = signed if signed is not None else signature(record.get("body") or "")
    best: tuple[float, int, str] | None = None
    if size >= MIN_SHINGLES:
        found = [c for c in index.candidates(sig) if c != article_id]
        for start in range(0, len(found), 500):
            chunk = found[start : start + 500]
            rows = conn.execute(
                "SELECT article_id, story_id, signature, shingles FROM article_stories"
                f" WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()  # a candidate whose transaction was rolled back is not found: skipped
            for other, story_id, blob, other_size in rows:
                score = similarity(sig, unpack(blob))
                if same_story(score, size, other_size) and (best is None or score > best[0]):
                    best = (score, story_id, other)
    if best is not None:
        score, story_id, like = best
    else:
        cur = conn.execute(
            "INSERT INTO stories(title, first_published) VALUES (?, ?)", (record.get("title"), record.get("published"))
        )
        story_id, score, like = int(cur.lastrowid or 0), 1.0, None
    conn.execute(
        "INSERT INTO article_stories(article_id, story_id, similarity, like_article, signature, shingles)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (article_id, story_id, round(score, 3), like, pack(sig), size),
    )
    conn.execute(
        "UPDATE stories SET articles = articles + 1, first_published = min(coalesce(first_published,"
        " ?), coalesce(?, first_published)) WHERE id = ?",
        (record.get("published"), record.get("published"), story_id),
    )
    if size >= MIN_SHINGLES:
        index.add(article_id, sig)
    return {"story": story_id, "similarity": round(score, 3), "like": like}


def resign(conn: sqlite3.Connection) -> None:
    """Migration 7: every stored article's signature computed again in this family (its story is kept)."""
    rows = conn.execute(
        "SELECT s.article_id, a.body FROM article_stories s JOIN articles a ON a.id = s.article_id"
    ).fetchall()
    for article_id, body in rows:
        sig, size = signature(body or "")
        conn.execute(
            "UPDATE article_stories SET signature = ?, shingles = ? WHERE article_id = ?",
            (pack(sig), size, article_id),
        )


def stories(conn: sqlite3.Connection, limit: int = 20, min_articles: int = 2) -> list[dict[str, Any]]:
    """Stories told by at least ``min_articles`` stored articles, largest and newest first."""
    rows = conn.execute(
        "SELECT * FROM stories WHERE articles >= ? ORDER BY articles DESC, first_published DESC LIMIT ?",
        (min_articles, check_limit(limit)),
    ).fetchall()
    return [found for r in rows if (found := story(conn, r["id"])) is not None]


def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """One story and its articles (with each one's similarity to the article it was matched with)."""
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    members = conn.execute(
        "SELECT a.id, a.title, a.published, a.language, a.source, s.similarity, s.like_article"
        " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?"
        " ORDER BY a.published, a.seq",
        (story_id,),
    ).fetchall()
    return {
        "id": row["id"],
        "title": row["title"],
        "first_published": row["first_published"],
        "articles": [dict(m) for m in members],
    }


def story_of(conn: sqlite3.Connection, article_id: str) -> int | None:
    """The story an article belongs to."""
    row = conn.execute("SELECT story_id FROM article_stories WHERE article_id = ?", (article_id,)).fetchone()
    return row[0] if row else None
