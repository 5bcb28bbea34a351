"""The pages' template environment reads a dict's fields as Jinja2's own does, only sooner."""

import pytest
from jinja2 import Environment, StrictUndefined, UndefinedError

from veille.web.render import Templates

SOURCE = (
    "{{ d.name }}|{{ d['items'] }}|{{ d.items()|list|length }}|{{ d.get('name') }}|{{ d.missing is undefined }}"
    "|{{ d.keys is callable }}|{{ o.real }}|{{ (d.nested or {}).deep }}|{{ l.append is callable }}"
)


def test_web_render_dict_fields_read_as_jinja_reads_them():
    values = {
        "d": {"name": "Ana", "items": [1, 2], "keys": "a key named keys", "nested": {"deep": 3}},
        "o": 5,
        "l": [1],
    }
    ours = Templates().from_string(SOURCE).render(**values)
    assert ours == Environment().from_string(SOURCE).render(**values)
    assert ours == "Ana|[1, 2]|4|Ana|True|True|5|3|True"


def test_web_render_missing_field_is_undefined_as_in_jinja():
    template = Templates(undefined=StrictUndefined).from_string("{{ d.missing }}")
    with pytest.raises(UndefinedError, match="missing"):
        template.render(d={"name": "Ana"})
