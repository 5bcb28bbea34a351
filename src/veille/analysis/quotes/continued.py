"""Quoted words that go on with a clause opened before the marks, the sentence closed by an incise (issue 12):
"La solution serait « que chaque village garde son puits », a-t-il ajouté", "Le consul a « fait ses valises… »,
a ajouté X". The sentence is the speaker's statement reported, the quoted words a fragment of it (kept beside it
where the language reads fragments so: :mod:`.fragment_pairs`), however much of the sentence they hold; read by
:func:`.reported.quoted_fragments`."""

from __future__ import annotations

from spacy.tokens import Token

from . import labels
from .frame import Frame


def continued_clause(fr: Frame, toks: list[Token]) -> bool:
    """Whether the quoted words of a sentence (tokens ``toks``) go on with a clause its words outside the marks
    opened, a finite verb among them (after a colon, if any), the first quoted word in lower case ("La solution
    serait « que chaque village garde son puits », a-t-il ajouté", "Le consul a « fait ses valises… », a ajouté X"):
    the marks hold a part of the statement, however long, not the statement. The quoted words an incise closes may
    be the last of several fragments of the clause, its finite verb between them ("Le plan vise à « aider » les
    villages et « à rouvrir les écoles », a déclaré X", "Le retard du « chantier » a provoqué des « querelles », a
    dit X"), each fragment opening in lower case, no speech verb outside the marks before the last. Not an adjunct
    or a subject alone before the marks ("Dès lundi, « le port … »", "Le pays « apporte son appui… »"), nor a quote
    that opens a sentence."""
    first = next((k for k, t in enumerate(toks) if fr.in_quote(t.idx)), None)
    if not first:
        return False
    end = _closed_by_incise(fr, toks, first)
    if end is None:
        return False  # not closed by an incise ("…, a ajouté X"): "…, d'après son communiqué" is no part of it
    lead = toks[:first]
    colon = max((k for k, t in enumerate(lead) if t.text == ":"), default=-1)
    lead = lead[colon + 1 :]
    between = [t for t in toks[first:end] if not fr.in_quote(t.idx)]
    return (
        all(_lower_opening(fr, toks, k, end) for k in range(first, end) if _opens(fr, toks, k))
        and any(t.pos_ in labels.VERBAL and "Fin" in labels.feature(t, "VerbForm") for t in [*lead, *between])
        and not any(fr.is_cue(t) for t in [*lead, *between])  # "X a déclaré avoir discuté de « … », a-t-il dit"
    )


def _opens(fr: Frame, toks: list[Token], k: int) -> bool:
    """Whether token ``k`` of a sentence is the first of a run of quoted tokens."""
    return fr.in_quote(toks[k].idx) and (k == 0 or not fr.in_quote(toks[k - 1].idx))


def _lower_opening(fr: Frame, toks: list[Token], k: int, end: int) -> bool:
    """Whether the quoted run opening at token ``k`` (before token ``end``) opens on a word in lower case."""
    word = next((t for t in toks[k:end] if fr.in_quote(t.idx) and not t.is_punct), None)
    return word is not None and word.text[:1].islower()


def _closed_by_incise(fr: Frame, toks: list[Token], first: int) -> int | None:
    """The index of the comma that closes a run of quoted tokens at or after token ``first`` and opens an incise
    (a verb right after it: "« … », a-t-il ajouté"); None when no quoted run is so closed."""
    for k in range(first + 1, len(toks) - 1):
        if (
            toks[k].text == ","
            and not fr.in_quote(toks[k].idx)
            and fr.in_quote(toks[k - 1].idx)
            and toks[k + 1].pos_ in labels.VERBAL
        ):
            return k
    return None
