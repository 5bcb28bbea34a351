"""French: ``fr_core_news_md`` (spaCy's official model, Universal Dependencies labels) and the data files of
this folder."""

from .. import Language, builtin_folder

LANGUAGE = Language(code="fr", name="French", model="fr_core_news_md", folder=builtin_folder("fr"))
