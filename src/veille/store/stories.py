"""Stories: articles that tell the same news, grouped so that a syndicated wire copy or an updated version
of an article is one story, not many.

Each stored article gets a MinHash signature of its body's word 5-shingles; locality-sensitive hashing
(bands of the signature) finds the stored articles that may be near-copies, and the estimated Jaccard
similarity decides. An article joins the story of its most similar earlier article when the similarity
reaches :data:`SAME_STORY`, and starts a new story otherwise. Cross-language grouping is not attempted:
two translations share no shingles.

:func:`assign` runs when an article is stored; :func:`stories`, :func:`story` and :func:`story_of` read the
stories back.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
import unicodedata
from typing import Any

from .keys import check_limit

#: words per shingle: 5 keeps rewrites of a sentence apart while matching copies with small edits
SHINGLE = 5
#: signature length and LSH banding: 32 bands of 4 rows find pairs with Jaccard >= ~0.4 with probability
#: > 0.99, and pairs below ~0.2 rarely (tuned with synthetic edits of the dev corpus articles)
PERMUTATIONS = 128
BANDS = 32
#: estimated Jaccard similarity from which two articles tell the same story: a wire copy with a new
#: headline, a byline and a reworded paragraph scores ~0.7-0.9; two articles on the same day's events
#: from different newsrooms score < 0.1
SAME_STORY = 0.5

_WORD = re.compile(r"\w+", re.UNICODE)
_EMPTY = (1 << 63) - 1
# one random 63-bit mask per permutation: h_i(x) = hash(x) XOR mask_i (a cheap min-wise family, vectorised)
_MASKS = [
    int.from_bytes(hashlib.blake2b(f"veille-minhash-{i}".encode(), digest_size=8).digest(), "big") >> 1
    for i in range(PERMUTATIONS)
]


def shingles(text: str) -> set[int]:
    """Hashes of the word 5-shingles of a text (case and compatibility forms folded)."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))} if words else set()
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") >> 1 for g in grams}


def signature(text: str) -> list[int]:
    """The MinHash signature of a text (PERMUTATIONS values)."""
    import numpy as np

    values = shingles(text)
    if not values:
        return [_EMPTY] * PERMUTATIONS
    hashed = np.bitwise_xor.outer(np.array(_MASKS, dtype=np.uint64), np.fromiter(values, dtype=np.uint64))
    return [int(v) for v in hashed.min(axis=1)]


def similarity(sig_a: list[int], sig_b: list[int]) -> float:
    """The estimated Jaccard similarity of the texts of two signatures."""
    return sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) / PERMUTATIONS


def bands(sig: list[int]) -> list[int]:
    """One 64-bit key per band of the signature (the band's index is part of the key)."""
    rows = PERMUTATIONS // BANDS
    return [
        int.from_bytes(
            hashlib.blake2b(struct.pack(f">H{rows}Q", i, *sig[i * rows : (i + 1) * rows]), digest_size=8).digest(),
            "big",
            signed=True,
        )
        for i in range(BANDS)
    ]


def pack(sig: list[int]) -> bytes:
    """A signature as stored (a BLOB)."""
    return struct.pack(f">{PERMUTATIONS}Q", *sig)


def unpack(blob: bytes) -> list[int]:
    """A stored signature."""
    return list(struct.unpack(f">{PERMUTATIONS}Q", blob))


def assign(conn: sqlite3.Connection, article_id: str, record: dict[str, Any]) -> dict[str, Any]:
    """Put a newly stored article in a story (inside the caller's transaction); return the assignment."""
    sig = signature(record.get("body") or "")
    keys = bands(sig)
    marks = ",".join("?" * len(keys))
    candidates = conn.execute(
        f"SELECT DISTINCT s.article_id, s.story_id, s.signature FROM story_bands b JOIN article_stories s"
        f" ON s.article_id = b.article_id WHERE b.band IN ({marks}) AND b.article_id != ?",
        (*keys, article_id),
    ).fetchall()
    best = max(((similarity(sig, unpack(row[2])), row[1], row[0]) for row in candidates), default=None)
    if best and best[0] >= SAME_STORY:
        story_id, score, like = best[1], best[0], best[2]
    else:
        cur = conn.execute(
            "INSERT INTO stories(title, first_published) VALUES (?, ?)", (record.get("title"), record.get("published"))
        )
        story_id, score, like = cur.lastrowid, 1.0, None
    conn.execute(
        "INSERT INTO article_stories(article_id, story_id, similarity, like_article, signature) VALUES (?, ?, ?, ?, ?)",
        (article_id, story_id, round(score, 3), like, pack(sig)),
    )
    conn.executemany("INSERT INTO story_bands(band, article_id) VALUES (?, ?)", [(k, article_id) for k in keys])
    conn.execute(
        "UPDATE stories SET articles = articles + 1, first_published = min(coalesce(first_published,"
        " ?), coalesce(?, first_published)) WHERE id = ?",
        (record.get("published"), record.get("published"), story_id),
    )
    return {"story": story_id, "similarity": round(score, 3), "like": like}


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
