"""The judging-context rows of the intake form, built from the adopted rule set's ``context`` variables.

choice → combo box with the Chinese labels (the stored key as item data), number → line edit that accepts
only a decimal number, with the unit beside it, bool → check box.  Declared values the rules need (the
labelled fibre composition, a declared breaking force) get a line edit each, and products under the plan's
老年用品 emphasis a check box stored in the context as ``elderly``.  Coal's own widgets stay on the page: the
keys in ``PAGE_KEYS`` are not repeated here.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from labdesk.services.intake_context import ELDERLY_KEY, ContextField, ContextForm

PAGE_KEYS = frozenset({"coal_rank", "transport_km", "quench"})  # widgets of the intake form itself
NUMBER = QRegularExpression(r"^\s*[0-9０-９]+([.．][0-9０-９]*)?\s*$")


class ContextFields(QWidget):
    """Rows for one plan product; ``context()`` and ``declared()`` give what the draft stores."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextFields")
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widgets: dict[str, QWidget] = {}
        self._declared: dict[str, QLineEdit] = {}
        self._elderly: QCheckBox | None = None
        self.setVisible(False)

    # --- building ---------------------------------------------------------------------------

    def set_form(self, form: ContextForm | None) -> None:
        """Replace the rows; values typed for keys the new product also asks are kept."""
        kept = self.context()
        kept_declared = self.declared()
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._widgets, self._declared, self._elderly = {}, {}, None
        if form is None:
            self.setVisible(False)
            return
        for field in form.fields:
            if field.key in PAGE_KEYS:
                continue
            widget, holder = self._make(field)
            self._widgets[field.key] = widget
            label = QLabel(field.label_zh + ("" if field.required else self.tr("（选填）")), self)
            label.setBuddy(widget)
            self._layout.addRow(label, holder)
        for d in form.declared:
            edit = QLineEdit(self)
            edit.setObjectName(f"declared_{d.key}")
            edit.setPlaceholderText(d.hint_zh)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            self._declared[d.key] = edit
            self._layout.addRow(QLabel(d.label_zh, self), edit)
        if form.elderly_focus:
            self._elderly = QCheckBox(self.tr("老年用品（计划重点：老年人使用的纺织品）"), self)
            self._elderly.toggled.connect(lambda _b: self.changed.emit())
            self._layout.addRow("", self._elderly)
        self.set_values(kept, kept_declared)
        self.setVisible(self._layout.rowCount() > 0)

    def _make(self, field: ContextField) -> tuple[QWidget, QWidget]:
        if field.type == "choice":
            combo = QComboBox(self)
            combo.addItem("—", "")
            for key, label in field.choices:
                combo.addItem(label, key)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            return combo, combo
        if field.type == "bool":
            box = QCheckBox(self)
            box.toggled.connect(lambda _b: self.changed.emit())
            return box, box
        edit = QLineEdit(self)
        edit.setValidator(QRegularExpressionValidator(NUMBER, edit))
        if field.min is not None or field.max is not None:
            edit.setPlaceholderText(f"{field.min or ''}～{field.max or ''}")
        edit.textEdited.connect(lambda _t: self.changed.emit())
        if not field.unit:
            return edit, edit
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(QLabel(field.unit, holder))
        return edit, holder

    # --- values -----------------------------------------------------------------------------

    def widget(self, key: str) -> QWidget | None:
        return self._widgets.get(key) or self._declared.get(key)

    def context(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, widget in self._widgets.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData() or ""
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        if self._elderly is not None:
            out[ELDERLY_KEY] = self._elderly.isChecked()
        return out

    def declared(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self._declared.items() if edit.text().strip()}

    def set_values(self, context: dict[str, object], declared: dict[str, str]) -> None:
        for key, value in context.items():
            widget = self._widgets.get(key)
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
        if self._elderly is not None:
            self._elderly.setChecked(bool(context.get(ELDERLY_KEY, False)))
        for key, text in declared.items():
            if key in self._declared:
                self._declared[key].setText(text)

    def clear_values(self) -> None:
        for widget in self._widgets.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QLineEdit):
                widget.clear()
        for edit in self._declared.values():
            edit.clear()
        if self._elderly is not None:
            self._elderly.setChecked(False)
