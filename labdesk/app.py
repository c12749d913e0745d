"""GUI entry point (``labdesk-gui``; on Windows it runs without a console)."""

from __future__ import annotations

import sys


def main() -> int:
    from labdesk.cli import main as cli_main

    return cli_main(sys.argv[1:])  # no sub-command means: start the GUI


if __name__ == "__main__":
    sys.exit(main())
