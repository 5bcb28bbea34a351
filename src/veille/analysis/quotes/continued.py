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
    """Whether the first quoted words of a sentence (tokens ``toks``) go on with a clause its words before the marks
    opened, a finite verb among them (after a colon, if any), the first quoted word in lower case ("La solution
    serait « que chaque village garde son puits », a-t-il ajouté", "Le consul a « fait ses valises… », a ajouté X"):
    the marks hold a part of the statement, however long, not the statement. Not an adjunct or a subject alone
    before them ("Dès lundi, « le port … »", "Le pays « apporte son appui… »"), nor a quote that opens a sentence."""
    first = next((k for k, t in enumerate(toks) if fr.in_quote(t.idx)), None)
    if not first:
        return False
    end = next((k for k in range(first, len(toks)) if not fr.in_quote(toks[k].idx)), len(toks))
    if end + 1 >= len(toks) or toks[end].text != "," or toks[end + 1].pos_ not in labels.VERBAL:
        return False  # not closed by an incise ("…, a ajouté X"): "…, d'après son communiqué" is no part of it
    word = next((t for t in toks[first:end] if not t.is_punct), None)
    lead = toks[:first]
    colon = max((k for k, t in enumerate(lead) if t.text == ":"), default=-1)
    lead = lead[colon + 1 :]
    return (
        word is not None
        and word.text[:1].islower()
        and any(t.pos_ in labels.VERBAL and "Fin" in labels.feature(t, "VerbForm") for t in lead)
        and not any(fr.is_cue(t) for t in lead)  # "X a déclaré avoir discuté de « … », a-t-il dit": X's report
    )
