"""What a speaker phrase's own head says, read once per token of a text by the resolver (:class:`HeadMemo`, a base
of :class:`.resolve.Resolver`): whether the head is a role noun, whether its phrase opens on a definite article, and
its folded words. The resolver asks each several times for every phrase it resolves (the landmarks' subjects and
the quotes' speakers); each answer reads the parse, the lexicon and the knowledge base only, never the discourse
memory nor the position, so one answer per token serves every read."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .. import kb
from ..tree import children
from . import labels
from .lexicon import Lexicon, fold, in_any_language
from .phrases import np_text
from .speakers import Speaker
from .titles import title_role


class HeadMemo:
    """Per-token answers about a phrase's head, kept for one Doc (a token of another Doc empties them)."""

    lex: Lexicon
    lang: str
    _memo_doc: Doc | None = None
    _roles: dict[int, bool]
    _articles: dict[int, bool]
    _phrases: dict[int, str]
    _walks: dict[tuple[str, int], list[Speaker]]

    def _token_memo(self, head: Token) -> None:
        """Empty the per-token answers when ``head`` is of another Doc than those kept (one text a resolver)."""
        if head.doc is not self._memo_doc:
            self._memo_doc = head.doc
            self._roles, self._articles, self._phrases, self._walks = {}, {}, {}, {}

    def kept(self, kind: str, head: Token, walk: Callable[[Token], list[Speaker]]) -> list[Speaker]:
        """``walk(head)``, read once per token and ``kind`` (a new list each time): for the walks of a phrase that
        read the parse, the text and its mentions only (the names apposed to a head, printed after it), which the
        resolver asks again each time it resolves the phrase (a speaker's subject is resolved as a landmark, then
        as its quote's speaker)."""
        self._token_memo(head)
        key = (kind, head.i)
        found = self._walks.get(key)
        if found is None:
            found = self._walks[key] = walk(head)
        return list(found)

    def np_text(self, head: Token) -> str:
        """:func:`.phrases.np_text` of ``head``, read once per token."""
        self._token_memo(head)
        found = self._phrases.get(head.i)
        if found is None:
            found = self._phrases[head.i] = np_text(head)
        return found

    def is_role(self, head: Token) -> bool:
        """Whether ``head`` is a noun naming a role in the knowledge base ("ministre", "diplomate", "spokesman"),
        alone or with the adjective after it ("la nouvelle secrétaire générale"), or a ``person_noun`` of the
        lexicon ("le jeune homme", "the woman"); read once per token."""
        self._token_memo(head)
        found = self._roles.get(head.i)
        if found is None:
            found = self._roles[head.i] = self._is_role(head)
        return found

    def _is_role(self, head: Token) -> bool:
        if fold(head.text) in self.lex["person_noun"] and any(c.dep_ == "det" for c in children(head)):
            return True  # "le jeune homme", "the woman", "la sexagénaire" (tagged as an adjective): a person
        if head.pos_ != "NOUN" and not title_role(head, self.definite_article(head)):  # "The Chancellor"
            return False
        words = {head.lemma_.lower(), head.text}
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if nxt is not None and nxt.head.i == head.i and nxt.pos_ == "ADJ":
            words.add(f"{head.text} {nxt.text}".lower())
        return any(kb.load().role(w, self.lang) for w in words)

    def definite_article(self, head: Token) -> bool:
        """Whether the phrase of ``head`` opens on a definite article ("le ministre", "the spokesman"), read once
        per token."""
        self._token_memo(head)
        found = self._articles.get(head.i)
        if found is None:
            found = self._articles[head.i] = definite_article(head)
        return found


def definite_article(head: Token) -> bool:
    """Whether the phrase of ``head`` opens on a definite article (:meth:`HeadMemo.definite_article`, unkept)."""
    articles = in_any_language("definite_article")
    return any(
        c.dep_ == "det" and (labels.feature(c, "Definite") == ["Def"] or fold(c.text).rstrip("'") in articles)
        for c in children(head)
    )
