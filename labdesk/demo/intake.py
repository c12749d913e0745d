"""Demo step 'intake' — to be written by the owner of this area (see labdesk/demo/__init__.py)."""

from __future__ import annotations

from typing import Any


def run(demo: Any) -> None:
    demo.log("  (step 'intake' not built yet)")
