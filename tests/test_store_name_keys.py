"""The lookup key of an entity name (``store.keys.normalise_name``), remembered per name: the same key from the
cache as from the first reading (invented names)."""

import pytest

from veille.store.keys import NAME_KEYS_KEPT, normalise_name


@pytest.mark.parametrize(
    "name, key",
    [
        ("Ada Mellor", "ada mellor"),
        ("  Ada   Mellor ", "ada mellor"),
        ("Île d’Avrelle", "île d'avrelle"),  # accents kept, apostrophes folded
        ("Ile d'Avrelle", "ile d'avrelle"),
        ("Pe\u0301rou", "pérou"),  # NFC: a decomposed accent is the composed one
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),  # casefolded
        ("", ""),
    ],
)
def test_store_name_key_is_the_same_read_again(name, key):
    assert normalise_name(name) == key
    assert normalise_name(name) == key  # remembered


def test_store_name_keys_kept_are_bounded():
    normalise_name.cache_clear()
    for k in range(NAME_KEYS_KEPT + 10):
        normalise_name(f"Person {k}")
    info = normalise_name.cache_info()
    assert info.currsize == NAME_KEYS_KEPT and info.maxsize == NAME_KEYS_KEPT
    assert normalise_name("Person 3") == "person 3"
