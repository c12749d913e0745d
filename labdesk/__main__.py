"""``python -m labdesk`` (and the frozen app): the same as the ``labdesk`` command."""

import sys

from labdesk.cli import main

sys.exit(main())
