"""A social network named by one capital letter and printed before a sentence's full stop (« a écrit le ministre sur
le réseau social X. », "he wrote on X."): spaCy's tokenizers keep « X. » as one token, an initial, so the network
is never read (:func:`.entities.spans.short_network` compares the letter) and the NER may take the initial for a
name of its own. Each letter of ``entities.json`` ``short_networks`` printed with a full stop becomes the letter
and the stop (:func:`split_short_networks`, a special case of the model's tokenizer added when it is loaded); an
initial of another letter is untouched."""

from __future__ import annotations

from typing import Any

from .. import lang as _lang


def split_short_networks(nlp: Any, code: str) -> None:
    """Add to ``nlp``'s tokenizer a special case splitting each short network of language ``code`` from the full stop
    glued to it. Raises :class:`~veille.errors.UnsupportedLanguage` for a language with no data."""
    from spacy.attrs import ORTH

    for letter in _lang.get(code).json("entities.json").get("short_networks", []):
        nlp.tokenizer.add_special_case(f"{letter}.", [{ORTH: letter}, {ORTH: "."}])


__all__ = ["split_short_networks"]
