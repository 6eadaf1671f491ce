"""``python -m app``: the same as the ``journeyline`` command."""

import sys

from app.main import main

sys.exit(main())
