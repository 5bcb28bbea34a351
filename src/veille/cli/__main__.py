"""``python -m veille.cli``: the ``veille`` command."""

import sys

from . import main

sys.exit(main())
