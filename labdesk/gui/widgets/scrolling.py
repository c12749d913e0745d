"""Scroll areas for long content, so every page fits a 1366×768 screen (issue 13 item 1)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrollable(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` inside a frameless, resizable scroll area: it scrolls instead of growing the window."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
