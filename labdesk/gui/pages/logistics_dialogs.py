"""Dialogs of the 送达与处置 page: re-test entry in the result grid, unsealing with the camera,
closing an objection, and dated steps of a refusal (county confirmation, report to the province)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.errors import InputError
from labdesk.gui import files
from labdesk.gui.camera_view import CameraView
from labdesk.gui.widgets.result_grid import ResultGrid
from labdesk.services.logistics import METHODS, OUTCOME_ZH, ObjectionInfo


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, today: dt.date) -> QDateEdit:
    """A date field that cannot go past today (no event may be recorded before it happens)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(qdate(today))
    edit.setDate(qdate(today))
    return edit


def province_text(refusal: Any) -> str:
    """'date method reference' of a refusal reported to the province ("" while not reported)."""
    day = refusal.reported_to_province_on
    if day is None:
        return ""
    method = METHODS.get(refusal.province_method, "")
    return " ".join(x for x in (day.isoformat(), method, refusal.province_reference) if x)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ProvinceReportDialog(QDialog):
    """已报送省局: the date, the method and the reference (EMS number or receipt), like a delivery."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("拒检认定表报送省局"))
        form = QFormLayout(self)
        self.date = date_edit(self, today)
        self.method = QComboBox(self)
        for key in ("ems", "direct"):
            self.method.addItem(self.tr(METHODS[key]), key)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("EMS 运单号（必填）或签收回执编号"))
        form.addRow(self.tr("报送日期"), self.date)
        form.addRow(self.tr("报送方式"), self.method)
        form.addRow(self.tr("单号/回执"), self.reference)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"reported_on": pydate(self.date.date()), "method": self.method.currentData(),
                "reference": self.reference.text()}


class CountyConfirmDialog(QDialog):
    """县级局共同认定: which bureau, and on which day."""

    def __init__(self, today: dt.date, bureau: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("县级局共同认定"))
        form = QFormLayout(self)
        self.bureau = QLineEdit(bureau, self)
        self.date = date_edit(self, today)
        form.addRow(self.tr("县级市场监管部门"), self.bureau)
        form.addRow(self.tr("认定日期"), self.date)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"county_bureau": self.bureau.text(), "confirmed_on": pydate(self.date.date())}


class CloseObjectionDialog(QDialog):
    """The quality manager closes an open objection: 不予复检 or 申请人撤回, with the reason."""

    def __init__(self, objection: ObjectionInfo, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("办结异议 — 样品 %1").replace("%1", objection.sample_no))
        form = QFormLayout(self)
        self.outcome = QComboBox(self)
        for key in ("not_retested", "withdrawn"):
            self.outcome.addItem(self.tr(OUTCOME_ZH[key]), key)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("例如：备用样品已退还受检单位，无封存完好的备用样品，不予复检"))
        self.date = date_edit(self, today)
        form.addRow(self.tr("办结结果"), self.outcome)
        form.addRow(self.tr("理由"), self.reason)
        form.addRow(self.tr("办结日期"), self.date)
        form.addRow(_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(), "reason": self.reason.toPlainText(),
                "closed_on": pydate(self.date.date())}


class RetestGridDialog(QDialog):
    """Re-test results in the same result grid as testing: replicates, repeatability, live judging."""

    def __init__(self, sheet: Any, parent: QWidget | None = None) -> None:
        from labdesk.domain.judging.ruleset import RuleSet

        super().__init__(parent)
        self.setWindowTitle(self.tr("录入复检结果 — 复检盲样号 %1").replace("%1", sheet.blind_code))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("用备用样品复检的项目填写平行测定值；未填写的项目沿用原检验数据。"
                                        "微生物项目不复检，未列出。"), self))
        self.grid = ResultGrid(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.grid.message.connect(self.message.setText)
        layout.addWidget(self.grid)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        self.grid.load(sheet, RuleSet.from_dict(sheet.ruleset))
        self.resize(1100, 520)

    def values(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        numeric: dict[str, list[str]] = {}
        qualitative: dict[str, str] = {}
        for row in self.grid.rows:
            texts = [t for t in self.grid.cell_texts(row.code) if t]
            if not texts:
                continue
            if row.kind == "qualitative":
                qualitative[row.code] = texts[0]
            elif row.kind == "numeric":
                numeric[row.code] = texts
        if not numeric and not qualitative:
            raise InputError("复检结果", "至少录入一个复检项目的结果。")
        return numeric, qualitative


class UnsealDialog(QDialog):
    """Unsealing the backup: the seal number seen, and the photo — from the camera or a file."""

    def __init__(self, camera_source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("启封备用样品"))
        self.camera_source = camera_source
        self.jpeg: bytes | None = None
        self.source = "camera"
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.seal = QLineEdit(self)
        self.seal.setPlaceholderText(self.tr("启封时看到的封条编号"))
        form.addRow(self.tr("封条编号"), self.seal)
        layout.addLayout(form)
        self.camera = CameraView(self)
        layout.addWidget(self.camera)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("开启摄像头"), self)
        self.capture_button = QPushButton(self.tr("拍照"), self)
        self.file_button = QPushButton(self.tr("从文件导入…"), self)
        for button in (self.start_button, self.capture_button, self.file_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.status = QLabel(self.tr("尚未拍摄启封照片"), self)
        layout.addWidget(self.status)
        layout.addWidget(_buttons(self))
        self.start_button.clicked.connect(lambda: self.camera.start(self.camera_source))
        self.capture_button.clicked.connect(self.capture)
        self.file_button.clicked.connect(self._choose_file)
        self.camera.error.connect(self.status.setText)
        self.resize(560, 560)

    def capture(self) -> bool:
        jpeg = self.camera.capture_jpeg()
        if jpeg is None:
            self.status.setText(self.tr("摄像头未开启或无画面：请开启摄像头，或从文件导入照片。"))
            return False
        self.jpeg, self.source = jpeg, "camera"
        self.status.setText(self.tr("已拍摄启封照片（%1 KB）").replace("%1", str(len(jpeg) // 1024)))
        return True

    def use_file(self, path: Path) -> None:
        self.jpeg, self.source = path.read_bytes(), "file"
        self.status.setText(self.tr("已选择照片：%1").replace("%1", path.name))

    def _choose_file(self) -> None:
        name, _ = files.get_open_file_name(self, self.tr("启封照片"), "", self.tr("JPEG 图像 (*.jpg *.jpeg)"))
        if name:
            self.use_file(Path(name))

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


def suggest_method(combo: QComboBox, item: Any) -> None:
    """EMS to an enterprise, 直接送达 to an authority, until the user picks a 送达方式 (then it is kept)."""
    if not combo.property("chosen"):
        combo.setCurrentIndex(0 if "企业" in item.duty_name or "单位" in item.duty_name else 1)


def delivery_fields(f: Any, item: Any) -> dict[str, Any]:
    """The 登记送达 arguments from the logistics form ``f`` for the pending delivery ``item``."""
    def day(d: QDate) -> dt.date:
        return dt.date(d.year(), d.month(), d.day())

    return {"duty": item.duty, "method": f.methodCombo.currentData(), "recipient": f.recipientEdit.text(),
            "sent_on": day(f.sentDate.date()), "tracking_no": f.trackingEdit.text(), "note": f.noteEdit.text(),
            "received_on": day(f.receivedDate.date()) if f.receivedCheck.isChecked() else None,
            "sample_id": item.sample_id, "plan_id": item.plan_id}


def delivery_summary(item: Any, method: str, fields: dict[str, Any]) -> str:
    """What 登记送达 will record, line by line, exactly as it will be stored."""
    received = fields.get("received_on")
    lines = [f"送达事项：{item.sample_no or '计划'}：{item.duty_name}", f"送达方式：{method}",
             f"收件人：{fields.get('recipient') or '—'}", f"快递单号：{fields.get('tracking_no') or '—'}",
             f"寄出/送达日期：{fields['sent_on'].isoformat()}",
             f"签收日期：{received.isoformat() if received else '（未签收）'}"]
    return "\n".join(lines)


def confirm_delivery(parent: QWidget, summary: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("确认登记送达"), parent.tr("将登记以下送达记录：") + "\n\n" + summary,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
