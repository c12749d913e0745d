"""The settings page's typed fields: validators with units and numbering previews (issue 13 items 5, 9).

The same rules (labdesk.services.setting_checks) are enforced again by the settings service.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from labdesk.domain.errors import InputError
from labdesk.services import setting_checks


def add_checks(parent: QWidget, form: QFormLayout, edits: dict[str, QLineEdit]) -> dict[str, QLabel]:
    """Validators on the number fields (with the unit as placeholder) and a live preview under each
    numbering pattern; returns the preview labels by key."""
    for key, rule in setting_checks.NUMBERS.items():
        edit = edits.get(key)
        if edit is None:
            continue
        if rule.integer:
            edit.setValidator(QIntValidator(0, int(rule.high), edit))
        else:
            validator = QDoubleValidator(0.0, float(rule.high), 4, edit)
            validator.setLocale(QLocale.c())
            edit.setValidator(validator)
        edit.setPlaceholderText(f"{rule.low}～{rule.high} {rule.unit}")
    previews: dict[str, QLabel] = {}
    for key in setting_checks.PATTERNS:
        edit = edits.get(key)
        if edit is None:
            continue
        label = QLabel(parent)
        label.setObjectName(f"preview_{key}")
        row = int(form.getWidgetPosition(edit)[0])  # type: ignore[index]  # (row, role) at run time
        form.insertRow(row + 1, "", label)
        edit.textChanged.connect(lambda text, shown=label: _preview(shown, text))
        previews[key] = label
    return previews


def _preview(label: QLabel, pattern: str) -> None:
    try:
        example = setting_checks.preview(pattern.strip())
    except InputError as error:
        label.setText(error.detail)
        label.setStyleSheet("color: #c62828;")
        return
    label.setText(label.tr("示例：%1（2021 年 8 月、动力用煤、第 1 号）").replace("%1", example))
    label.setStyleSheet("color: #555;")


def first_refusal(changes: dict[str, Any]) -> tuple[str, str] | None:
    """The first changed setting the rules refuse: (key, message)."""
    for key, value in changes.items():
        try:
            setting_checks.check(key, value)
        except InputError as error:
            return key, str(error)
    return None
