"""``python -m labdesk`` (and the frozen app): the same as the ``labdesk`` command."""

import sys

if getattr(sys, "frozen", False):
    # the GUI's worker process is spawned from this executable: the child must run the worker,
    # not a second LabDesk (imported only when frozen: `labdesk evaluate` stays light)
    import multiprocessing

    multiprocessing.freeze_support()

from labdesk.cli import main

sys.exit(main())
