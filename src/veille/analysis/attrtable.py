"""spaCy's ``attribute_ruler`` as a table lookup: the same attributes, computed once per distinct token.

A model's attribute ruler maps a token's tag (and a few words, dependency labels) to its part of speech, morphology
and lemma exceptions through a ``Matcher`` of single-token patterns, run over every token of every Doc: 3% of the
French parse, 11-12% of the English one (179 patterns; bench/throughput.py). A single-token pattern reads only the
token itself, so the attributes it leaves on a token are a function of the token's own values: its text (every
lexical attribute a pattern reads, ``LOWER``, ``IS_SPACE``, follows from it), tag, part of speech, morphology,
dependency label and lemma. :class:`AttributeTable` keeps, for each such tuple met, the values the ruler leaves and
the patterns that matched, learnt by applying the ruler's own patterns the first time the tuple is met, and writes
them with one ``Doc.from_array``. Patterns of several tokens (English: "gon na", an existential "there is") are
matched by a ``Matcher`` of those patterns alone; a token they touch gets the attributes of all its matches applied
in the ruler's order (later patterns win), as the ruler does. The result is the ruler's, token for token
(tests/test_attrtable.py compares both on invented sentences; the Docs' bytes were identical on the corpora, the
examples and the real dev texts, 2026-12-03).

The table is used only where that holds: every pattern reads attributes of the token only (:data:`_READS`) and sets
only token attributes (:data:`_SETS`: no lexeme attribute, shared by every later Doc); otherwise the ruler runs.
"""

from __future__ import annotations

from typing import Any

import numpy

from ..config import ATTRIBUTE_TABLE_MAX

#: What a pattern may read for the table to hold: the token's text and what follows from it, and the columns of
#: :data:`_NAMES`.
_READS = frozenset({"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "POS", "MORPH", "DEP", "LEMMA"})
#: What a pattern may set: token attributes, all of them in :data:`_NAMES`.
_SETS = frozenset({"TAG", "POS", "MORPH", "DEP", "LEMMA"})
_NAMES = ("ORTH", "TAG", "POS", "MORPH", "DEP", "LEMMA")

#: The token attributes whose values a pattern of several tokens names that :func:`_needs` reads as what a Doc must
#: hold for the pattern to match (a string, or a list under ``IN``; hashes in the Doc, as ``POS`` is not).
_NEEDED = ("ORTH", "TEXT", "LOWER", "TAG", "DEP")


def _tableable(ruler: Any) -> bool:
    """Whether every pattern of ``ruler`` reads and sets only what the table keys and writes."""
    for entry in ruler.patterns:
        if not set(entry["attrs"]) <= _SETS:
            return False
        for pattern in entry["patterns"]:
            if not all(isinstance(tok, dict) and set(tok) <= _READS for tok in pattern):
                return False
    return True


def _needs(patterns: list[list[dict[str, Any]]], strings: Any) -> list[list[tuple[str, frozenset[int]]]] | None:
    """For each pattern of several tokens, what a Doc must hold for it to match: for each of its tokens that must be
    there (no ``OP``), each of :data:`_NEEDED` it names, the attribute and the hashes of the values it may take (one
    of them is in the Doc's column); None when some pattern needs nothing of the kind (then the Matcher always runs).
    """
    out: list[list[tuple[str, frozenset[int]]]] = []
    for pattern in patterns:
        needs: list[tuple[str, frozenset[int]]] = []
        for tok in pattern:
            if "OP" in tok:
                continue
            for attr in _NEEDED:
                value = tok.get(attr)
                if isinstance(value, dict) and set(value) == {"IN"}:
                    value = value["IN"]
                if isinstance(value, str):
                    value = [value]
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    needs.append(("ORTH" if attr == "TEXT" else attr, frozenset(strings.add(v) for v in value)))
        if not needs:
            return None
        out.append(needs)
    return out


class AttributeTable:
    """A spaCy component giving a Doc what ``ruler`` (an ``AttributeRuler``) would, by table lookup."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.usable = _tableable(ruler)
        self._columns = [IDS[name] for name in _NAMES]
        self._slot = {attr: k for k, attr in enumerate(self._columns[1:])}  # a set attribute -> its value's place
        self._single = Matcher(ruler.vocab)
        self._multi = Matcher(ruler.vocab)
        self._has_multi = False
        multi: list[list[dict[str, Any]]] = []
        for key, entry in enumerate(ruler.patterns):  # the ruler's own match ids: str(position of the entry)
            several = any(len(p) > 1 for p in entry["patterns"])
            (self._multi if several else self._single).add(str(key), entry["patterns"])
            self._has_multi |= several
            multi += entry["patterns"] if several else []
        # what a Doc must hold for a pattern of several tokens to match: a Doc that holds it for none of them is not
        # given to their Matcher (English: "gon na", an existential "there is" need "gon" and "na", "expl" and a form
        # of "be"; most texts hold neither)
        self._needs = _needs(multi, ruler.vocab.strings) if multi else None
        self._needed = sorted({attr for needs in self._needs or [] for attr, _ in needs})
        # (orth, tag, pos, morph, dep, lemma) -> (the values after the single-token patterns, their ids in order),
        # both rows of values as the bytes of their unsigned 64-bit integers (the Doc's arrays, read and written)
        self._table: dict[bytes, tuple[bytes, tuple[int, ...]]] = {}

    @property
    def shipped(self) -> Any:
        """The component this one stands for (spaCy's attribute ruler)."""
        return self.ruler

    def __call__(self, doc):
        if not self.usable or not len(doc):
            return self.ruler(doc)
        if len(self._table) > ATTRIBUTE_TABLE_MAX:
            self._table.clear()
        before = doc.to_array(self._columns)
        # each token's row of values as bytes (one object per token, made by numpy: no int of it made in Python)
        keys = numpy.ascontiguousarray(before, dtype="uint64").view(f"V{8 * len(self._columns)}").ravel().tolist()
        get = self._table.get
        found = [get(key) for key in keys]
        if None in found:
            self._learn(doc, keys, before, [i for i, hit in enumerate(found) if hit is None])
            found = [get(key) for key in keys]
        after = numpy.frombuffer(b"".join([hit[0] for hit in found]), dtype="uint64").reshape(len(keys), -1)
        if self._has_multi and (touched := self._touched(doc)):
            after = after.copy()
            for i, extra in touched.items():  # all of the token's matches, in the ruler's order
                after[i] = self._fold(tuple(before[i, 1:].tolist()), sorted([*found[i][1], *extra]))
        doc.from_array(self._columns[1:], after)
        return doc

    def _touched(self, doc) -> dict[int, list[int]]:
        """The tokens a pattern of several tokens sets, with the ids of those patterns."""
        out: dict[int, list[int]] = {}
        if self._needs is not None:
            from spacy.attrs import IDS

            held = dict(
                zip(self._needed, map(set, doc.to_array([IDS[a] for a in self._needed]).T.tolist()), strict=True)
            )
            if not any(all(values & held[attr] for attr, values in needs) for needs in self._needs):
                return out
        for match_id, start, end in self._multi(doc, allow_missing=True):
            key = int(self.ruler.vocab.strings[match_id])
            out.setdefault(range(start, end)[self.ruler.indices[key]], []).append(key)
        return out

    def _learn(self, doc, keys: list[bytes], rows: Any, unknown: list[int]) -> None:
        """Match the single-token patterns on the tokens whose values are not in the table, and keep the result.

        A single-token pattern reads the token alone, so the patterns are matched on a Doc of those tokens only, one
        token for each distinct row of values (its text, then its tag, part of speech, morphology, dependency label and
        lemma written from the row), not on the whole Doc: on a text read for the first time the Matcher walked every
        token of it again for the few it did not know (most tokens of a fresh article are known, and a row met twice in
        a text is learnt once)."""
        from spacy.tokens import Doc

        first: dict[bytes, int] = {}
        for i in unknown:
            first.setdefault(keys[i], i)
        picked = list(first.values())
        strings = self.ruler.vocab.strings
        words = [strings[orth] for orth in rows[picked, 0].tolist()]
        few = Doc(self.ruler.vocab, words=words, spaces=[False] * len(words))
        few.from_array(self._columns[1:], rows[picked, 1:])
        matched: dict[int, list[int]] = {}
        for match_id, start, _end in self._single(few, allow_missing=True):
            matched.setdefault(start, []).append(int(strings[match_id]))
        for k, i in enumerate(picked):
            ids = tuple(sorted(matched.get(k, ())))
            after = self._fold(tuple(rows[i, 1:].tolist()), ids)
            self._table[keys[i]] = (numpy.array(after, dtype="uint64").tobytes(), ids)

    def _fold(self, values: tuple[int, ...], ids) -> tuple[int, ...]:
        """``values`` (tag, pos, morph, dep, lemma) after the attributes of the patterns ``ids``, in that order: the
        ruler sets each pattern's attributes in turn on the token (``set_token_attrs``: the value itself)."""
        out = list(values)
        for key in ids:
            for attr, value in self.ruler.attrs[key].items():
                out[self._slot[attr]] = value
        return tuple(out)
