"""Small building blocks of the 质量体系 page: a form dialog from field specs, table filling."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from labdesk.services.context import BEIJING


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | multiline | date | optional_date | combo | int | check
    choices: Sequence[tuple[str, object]] = ()  # combo: (shown text, value)
    default: object = None
    hint: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class FormDialog(QDialog):
    """A dialog with one row per field; ``values()`` gives what was entered (never loses input)."""

    def __init__(self, title: str, fields: Sequence[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields = list(fields)
        self.widgets: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        for spec in self.fields:
            widget = self._widget(spec)
            self.widgets[spec.key] = widget
            layout.addRow(spec.label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _widget(self, spec: Field) -> QWidget:
        if spec.kind == "multiline":
            edit = QPlainTextEdit(self)
            edit.setPlainText(str(spec.default or ""))
            edit.setFixedHeight(70)
            return edit
        if spec.kind in ("date", "optional_date"):
            date = QDateEdit(self)
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            value = spec.default if isinstance(spec.default, dt.date) else dt.datetime.now(BEIJING).date()
            date.setDate(QDate(value.year, value.month, value.day))
            if spec.kind == "optional_date":
                date.setSpecialValueText("（无）")
                date.setMinimumDate(QDate(2000, 1, 1))
                if spec.default is None:
                    date.setDate(date.minimumDate())
            return date
        if spec.kind == "combo":
            combo = QComboBox(self)
            for text, choice in spec.choices:
                combo.addItem(text, choice)
            return combo
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(0, 50)
            spin.setValue(int(spec.default or 0))  # type: ignore[call-overload]
            return spin
        if spec.kind == "check":
            box = QCheckBox(self)
            box.setChecked(bool(spec.default))
            return box
        line = QLineEdit(self)
        line.setText(str(spec.default or ""))
        line.setPlaceholderText(spec.hint)
        return line

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for spec in self.fields:
            widget = self.widgets[spec.key]
            if isinstance(widget, QPlainTextEdit):
                out[spec.key] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                qd = widget.date()
                none = spec.kind == "optional_date" and qd == widget.minimumDate()
                out[spec.key] = None if none else dt.date(qd.year(), qd.month(), qd.day())
            elif isinstance(widget, QComboBox):
                out[spec.key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[spec.key] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[spec.key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[spec.key] = widget.text()
        return out


def make_table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], colours: Sequence[str | None] | None = None,
         colour_col: int = -1) -> None:
    """Fill ``table``; ``colours[i]`` paints row i's ``colour_col`` cell (status labels)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colours is not None and colours[r] and c == colour_col:
                item.setBackground(QBrush(QColor(colours[r] or "")))
                item.setForeground(QBrush(QColor("#FFFFFF")))
            table.setItem(r, c, item)


def date_text(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
