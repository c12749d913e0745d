"""Issue 13 item 8: no internal text on the screens — every page, every role, offscreen.

Visible texts (labels, buttons, tabs, group titles, combo items, table headers and cells) are
scanned for identifiers: snake_case words, ``key=value``, JSON braces, ``.py`` files and the
developers' reference notes (``domain.md``).  Allowed on screen (ALLOWED): none of these
patterns is needed by users today; standard codes (GB/T 211-2017), item codes (St,ad, Qgr,d),
units (mg/kg) and e-CQS do not match the patterns.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from labdesk.gui.main_window import MainWindow
from labdesk.gui.session import GuiSession

IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b|\b[a-z_]+=[\w.]+|[{}]|\.py\b|\b[\w-]+\.md\b")
# Documented exceptions: the fixture's login names (user data typed by an administrator, shown in 用户与角色
# and the audit log's 用户 column) — "quality_manager" is the test account, not program text.
ALLOWED: frozenset[str] = frozenset({"quality_manager"})
TAG = re.compile(r"<[^>]+>")


def _model_texts(model: QAbstractItemModel, rows: int = 40) -> list[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for r in range(min(rows, model.rowCount())):
        for c in range(columns):
            value = model.index(r, c).data()
            if value is not None:
                texts.append(str(value))
    return texts


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            texts.append(TAG.sub(" ", label.text()))
    texts += [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    texts += [g.title() for g in root.findChildren(QGroupBox) if g.isVisibleTo(root)]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in root.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    for view in root.findChildren(QAbstractItemView):
        if view.model() is not None and view.isVisibleTo(root):
            texts += _model_texts(view.model())
    return [t for t in texts if t]


def offending(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if IDENTIFIER.search(t) and t not in ALLOWED})


def test_the_scan_finds_identifiers() -> None:
    assert offending(["coal_rank=lignite", "basic_ad_lignite", '{"a": 1}', "domain.md 未给出", "demo.py"]) == \
        sorted(['coal_rank=lignite', 'basic_ad_lignite', '{"a": 1}', "domain.md 未给出", "demo.py"])
    assert offending(["GB/T 211-2017", "St,ad", "Qgr,d", "mg/kg", "e-CQS 录入", "煤种为褐煤"]) == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("role", ["receptionist", "tester", "reviewer", "signatory", "quality_manager", "admin"])
def test_no_identifiers_on_any_page(qtbot: QtBot, ctx, actors, runner, role: str) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(GuiSession(ctx, actors[role], runner))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found: dict[str, list[str]] = {}
    for key in window.page_keys:
        page = window.navigate(key)
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
        bad = offending(visible_texts(page))
        if bad:
            found[key] = bad
    assert found == {}
