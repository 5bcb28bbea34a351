"""The speaker of a speech verb whose subject pronoun refers to no one ("indique-t-on au ministère", "explique-t-on
chez X", "peut-on lire dans la note"): what the words after the pronoun name, up to the next punctuation. Read
by :mod:`.resolve` (step 4 of the passes listed in the package's docstring) for a third-person subject pronoun that
is no personal pronoun of the lexicon.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from .owners import PhraseResolver, document_issuer
from .sources import opening_source
from .speakers import Speaker, dedupe, described


class ImpersonalResolver(PhraseResolver, Protocol):
    """What :func:`impersonal` reads of a :class:`~.resolve.Resolver`, besides what :func:`.owners.document_issuer`
    reads: whether a phrase opens on a definite article and whether it is an unnamed source's."""

    def definite_article(self, head: Token) -> bool: ...

    def anonymous(self, head: Token) -> bool: ...


def impersonal(resolver: ImpersonalResolver, pron: Token, pos: int) -> list[Speaker]:
    """The speaker of a speech verb whose subject ``pron`` refers to no one ("indique-t-on au ministère",
    "explique-t-on chez X"): the one organisation or state named in the words after it, up to the next
    punctuation, else the issuer of a document named there ("peut-on lire dans la note"), else the unnamed
    source named there ("explique-t-on dans l’entourage du ministre", "indique-t-on de source diplomatique":
    described); [] when none or several."""
    found: list[Speaker] = []
    words = []
    for t in pron.doc[pron.i + 1 : pron.i + 12]:
        if t.is_punct or t.is_space:
            break
        words.append(t)
        found += [e for e in resolver.mentions.covering(t.idx, t.idx + len(t)) if e.type in {"ORG", "GPE"}]
    found = dedupe(found) or opening_source(pron, resolver.mentions, resolver.lex)  # "Du côté de X, on dit"
    document = next((t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in resolver.lex["noun"]), None)
    if not found and document is not None and resolver.definite_article(document):
        return document_issuer(resolver, document, pos)  # "peut-on lire dans la note": who issued it
    if not found:
        k = next((k for k, t in enumerate(words) if resolver.anonymous(t)), None)
        if k is None:
            return []
        while k and words[k - 1].pos_ in {"DET", "ADJ"}:
            k -= 1
        return [described(pron.doc[words[k].i : words[-1].i + 1].text)]  # "l’entourage du maire"
    return found if len(found) == 1 else []
