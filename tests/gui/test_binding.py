"""The Qt binding must keep CPython's reference counts right.

PySide6 6.12.0 on CPython 3.11 returned ``None`` from every void C++ method without
taking a reference; after some ten thousand calls (a busy result grid makes that many
in minutes) the interpreter aborted with "none_dealloc".  LabDesk pins a release
without the fault; this test keeps an upgrade from bringing it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_methods_do_not_steal_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("检")
    after = sys.getrefcount(None)
    assert after - before > -100, f"None lost {before - after} references in 1000 setText calls"


def test_bool_and_int_results_keep_their_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = (sys.getrefcount(False), sys.getrefcount(0))
    for _ in range(1000):
        label.isVisible()
        label.margin()
    assert sys.getrefcount(False) - before[0] > -100
    assert sys.getrefcount(0) - before[1] > -100
