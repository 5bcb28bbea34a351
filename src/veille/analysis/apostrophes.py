"""A possessive printed with a look-alike of the apostrophe: the modifier letter "ʼ" (U+02BC), the acute accent "´"
or the backtick "`" ("Borrellʼs office", "Washington´s embassy", "Bangladesh`s mission"), as pages keyed on other
layouts print it. spaCy's tokenizers split only "'s" and "’s" off a name, so "Borrellʼs" stayed one word the NER
read as a name of its own. The look-alike and its "s" become a token of their own (:func:`split_odd_possessives`,
added to the model's suffixes when it is loaded); a word that merely holds the character elsewhere is untouched."""

from __future__ import annotations

from typing import Any

from .tokenizer_patterns import add_pattern

#: A look-alike apostrophe and "s" closing a word after a letter or a digit.
ODD_POSSESSIVE = r"(?<=\w)[ʼ´`]s$"


def split_odd_possessives(nlp: Any) -> None:
    """Add :data:`ODD_POSSESSIVE` to the suffixes of ``nlp``'s tokenizer (its own patterns kept as they are)."""
    add_pattern(nlp, "suffix_search", ODD_POSSESSIVE)
