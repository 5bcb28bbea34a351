"""The grammatical gender of a state or an organisation, for a language whose "il"/"elle" may stand for one
(lexicon flag ``gendered_pronouns_name_things``: French): the article the text puts before its name ("la France",
"de la Russie": feminine; "le Japon", "du Groenland", "au Japon": masculine). A pronoun of the other gender is not
it: in "Paul Martel a reçu X. La France « … », a-t-il affirmé", "il" is no longer France but the man named before,
and in "X, la voix du Groenland, … « … », a-t-elle déclaré" not Greenland. No article ("Paris", "l'Iran"), a plural
one ("les États-Unis", "aux") or articles of both genders tell nothing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Mention
from ..tree import tokens
from . import labels


def _article(t: Token) -> str | None:
    """The gender of ``t`` when it is a singular definite article, alone or joined to a preposition ("du", "au")."""
    if "Art" not in labels.feature(t, "PronType") or labels.feature(t, "Number") != ["Sing"]:
        return None
    gender = labels.feature(t, "Gender")
    return {"Masc": "m", "Fem": "f"}.get(gender[0]) if len(gender) == 1 else None


def thing_gender(doc: Doc, mentions: list[Mention]) -> str | None:
    """The gender the articles before the ``mentions`` of a state or organisation agree on; None when none tells
    it or they disagree."""
    found: set[str] = set()
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        toks = tokens(doc)
        first = toks[span.start]
        if first.pos_ == "DET" and len(span) > 1:  # the article inside the mention: "la France"
            gender = _article(first)
        elif first.i > 0 and toks[first.i - 1].head.i in range(span.start, span.end):  # "de la", "du", "au"
            gender = _article(toks[first.i - 1])
        else:
            gender = None
        if gender is not None:
            found.add(gender)
    return found.pop() if len(found) == 1 else None


__all__ = ["thing_gender"]
