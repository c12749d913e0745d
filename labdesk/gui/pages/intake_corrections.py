"""更正: correcting a registered sample from the intake bench, and the quality manager's approvals.

Before testing the receptionist's correction applies at once; after testing began it waits in the
quality manager's 待批准更正 tab (labdesk.services.corrections decides which).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.errors import LabDeskError
from labdesk.domain.permissions import Permission
from labdesk.gui.errors import show_error
from labdesk.gui.session import GuiSession
from labdesk.gui.widgets.scrolling import scrollable
from labdesk.services import corrections
from labdesk.services.context import BEIJING
from labdesk.services.intake import SampleDetail

Field = tuple[str, str, str, tuple[tuple[str, str], ...]]


class CorrectionDialog(QDialog):
    """One row per correctable field, prefilled; a reason; the service's refusal stays in the dialog."""

    def __init__(self, session: GuiSession, detail: SampleDetail, fields: list[Field],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.detail = session, detail
        self.result_: corrections.CorrectionResult | None = None
        self.setWindowTitle(self.tr("更正登记信息 %1").replace("%1", detail.sample_no))
        layout = QVBoxLayout(self)
        before = detail.state in corrections.BEFORE_TESTING
        layout.addWidget(QLabel(self.tr("修改需要更正的项目并写明理由。") + (
            self.tr("样品尚未开始检验，保存后立即生效。") if before
            else self.tr("样品已开始检验：更正需经质量负责人批准后生效，批准后重新判定。")), self, wordWrap=True))
        form_host = QWidget(self)
        form = QFormLayout(form_host)
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.originals: dict[str, str] = {}
        for name, label, current, choices in fields:
            widget: QLineEdit | QComboBox
            if choices:
                widget = QComboBox(self)
                widget.addItem("—", "")
                for value, text in choices:
                    widget.addItem(text, value)
                widget.setCurrentIndex(max(0, widget.findData(current)))
            else:
                widget = QLineEdit(current, self)
            widget.setObjectName(f"correct_{name}")
            form.addRow(label, widget)
            self.inputs[name] = widget
            self.originals[name] = current
        layout.addWidget(scrollable(form_host, self), 1)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correct_reason")
        self.reason.setPlaceholderText(self.tr("如：抽样单注明为褐煤，登记时漏填"))
        reason_row = QFormLayout()
        reason_label = QLabel(self.tr("更正理由(&R)"), self)
        reason_label.setBuddy(self.reason)
        reason_row.addRow(reason_label, self.reason)
        layout.addLayout(reason_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setFixedHeight(40)  # a refusal never moves the buttons
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存更正") if before else self.tr("提交更正申请"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def changes(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, widget in self.inputs.items():
            value = str(widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text().strip()
            if value != self.originals[name]:
                values[name] = value
        return values

    def submit(self) -> None:
        changes, reason = self.changes(), self.reason.text()
        ctx, actor, sample_id = self.session.ctx, self.session.actor, self.detail.id
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("正在保存…"))
        self.session.runner.run(lambda: corrections.correct_sample(ctx, actor, sample_id, changes, reason),
                                on_success=self._done, on_failure=self._failed, parent=self)

    def _done(self, result: corrections.CorrectionResult) -> None:
        self.result_ = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, LabDeskError):
            self.message.setText(str(error))
        else:
            self.message.clear()
            show_error(self, error)


class ApprovalsTab(QWidget):
    """待批准更正: the quality manager approves or refuses requested corrections."""

    HEADERS = ("样品编号", "更正内容", "理由", "申请人", "申请时间")

    def __init__(self, session: GuiSession, on_decided: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.on_decided = session, on_decided
        self.rows: list[corrections.CorrectionInfo] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("correctionsTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.message = QLabel(self)
        buttons.addWidget(self.message, 1)
        self.approve_button = QPushButton(self.tr("批准并重新判定(&O)"), self)
        self.refuse_button = QPushButton(self.tr("不批准(&X)…"), self)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: corrections.pending_corrections(ctx, actor), on_success=self._show,
                                parent=self)

    def _show(self, rows: list[corrections.CorrectionInfo]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            change = "；".join(f"{label}：{old} → {new}" for label, old, new in info.changes)
            when = info.requested_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
            for c, text in enumerate((info.sample_no, change, info.reason, info.requested_by, when)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long changes and reasons stay readable
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.approve_button.setEnabled(bool(rows))
        self.refuse_button.setEnabled(bool(rows))
        if not rows:
            self.message.setText(self.tr("没有待批准的更正申请。"))

    def decide(self, approve: bool, note: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        if note is None:
            note = ""
            if not approve:
                note, ok = QInputDialog.getText(self, self.tr("不批准更正"), self.tr("不批准的理由："))
                if not ok:
                    return
        ctx, actor, correction_id = self.session.ctx, self.session.actor, self.rows[row].id

        def done(result: corrections.CorrectionResult) -> None:
            what = self.tr("已批准并重新判定") if result.applied else self.tr("已不批准")
            self.message.setText(f"{what}：{result.correction.sample_no}")
            self.refresh()
            self.on_decided(result.correction.sample_id)

        self.session.runner.run(
            lambda: corrections.decide_correction(ctx, actor, correction_id, approve=approve, note=note),
            on_success=done, parent=self)


def install_corrections(page: Any) -> None:
    """Add the 更正 button (and, for the quality manager, the 待批准更正 tab) to the intake page."""
    session: GuiSession = page.session
    f = page.form
    page.correct_button = QPushButton(page.tr("更正(&E)…"), page)
    page.correct_button.setObjectName("correctButton")
    page.correct_button.setEnabled(False)
    f.decisionButtons.insertWidget(f.decisionButtons.count() - 2, page.correct_button)
    can_correct = session.can(Permission.REGISTER_SAMPLE)
    page.correct_button.setVisible(can_correct)

    def loaded(detail: SampleDetail) -> None:
        open_states = corrections.BEFORE_TESTING | corrections.AFTER_TESTING
        page.correct_button.setEnabled(can_correct and detail.state in open_states)

    def clicked() -> None:
        detail: SampleDetail | None = page.current
        if detail is None:
            return
        ctx, actor, sample_id = session.ctx, session.actor, detail.id

        def show(fields: list[Field]) -> None:
            dialog = CorrectionDialog(session, detail, fields, page)
            page.correction_dialog = dialog
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
                corrected(dialog.result_)

        session.runner.run(lambda: corrections.correctable_fields(ctx, actor, sample_id), on_success=show,
                           parent=page)

    def corrected(result: corrections.CorrectionResult) -> None:
        text = (page.tr("已更正 %1。") if result.applied else page.tr("已提交 %1 的更正申请，待质量负责人批准。"))
        page._message(text.replace("%1", result.correction.sample_no))
        page.load_sample(result.correction.sample_id)

    page.correct_sample_done = corrected
    page.sample_loaded.connect(loaded)
    page.correct_button.clicked.connect(clicked)
    if session.can(Permission.APPROVE_CORRECTION):
        page.approvals = ApprovalsTab(session, lambda _sample_id: page.refresh_register(), page)
        f.tabs.addTab(page.approvals, page.tr("待批准更正"))
        f.tabs.currentChanged.connect(
            lambda _i: page.approvals.refresh() if f.tabs.currentWidget() is page.approvals else None)
