"""更正报告 on the report register: propose the corrections, review them, sign the corrected revision.

The reports page calls ``amend(page)`` for its 更正 button: with no amendment open
it asks for the corrections (sample fields, re-determined results, the conclusion
text) and the reason; an open one is reviewed (by a reviewer) or signed (by a
signatory) from the same button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.services import amendments
from labdesk.services.amendments import AmendmentBasis, AmendmentInfo


class AmendmentDialog(QDialog):
    """What is wrong and what it should be: fields, results (re-determination), conclusion, reason."""

    def __init__(self, basis: AmendmentBasis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basis = basis
        self.setWindowTitle(self.tr("更正报告 %1").replace("%1", basis.report_no))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("只修改有误的内容；更正报告将列出每一处更正，经审核后重新签发，原报告作废但保留在登记册中。"),
                                self))
        fields_box = QGroupBox(self.tr("样品信息"), self)
        form = QFormLayout(fields_box)
        self.field_edits: dict[str, QLineEdit] = {}
        for key, (label, value) in basis.fields.items():
            edit = QLineEdit(value, fields_box)
            self.field_edits[key] = edit
            form.addRow(self.tr(label), edit)
        layout.addWidget(fields_box)
        results_box = QGroupBox(self.tr("检验结果（重新测定：平行测定值以逗号分隔）"), self)
        results_layout = QVBoxLayout(results_box)
        self.results = QTableWidget(len(basis.results), 2, results_box)
        self.results.setHorizontalHeaderLabels([self.tr("项目"), self.tr("测定值")])
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().setVisible(False)
        for row, (code, values) in enumerate(basis.results.items()):
            item = QTableWidgetItem(code)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.results.setItem(row, 0, item)
            self.results.setItem(row, 1, QTableWidgetItem(", ".join(values)))
        self.result_reason = QLineEdit(results_box)
        self.result_reason.setPlaceholderText(self.tr("重新测定的原因（更正结果时必填）"))
        results_layout.addWidget(self.results)
        results_layout.addWidget(self.result_reason)
        layout.addWidget(results_box)
        self.conclusion = QPlainTextEdit(basis.conclusion, self)
        self.conclusion.setMaximumHeight(70)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("更正原因（必填），例如：经核对抽样单原件，登记时批号誊写有误"))
        self.reason.setMaximumHeight(70)
        extra = QFormLayout()
        extra.addRow(self.tr("结论文字"), self.conclusion)
        extra.addRow(self.tr("更正原因"), self.reason)
        layout.addLayout(extra)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 760)

    def values(self) -> dict[str, Any]:
        fields = {k: e.text() for k, e in self.field_edits.items() if e.text().strip() != self.basis.fields[k][1]}
        results: dict[str, list[str]] = {}
        for row, (code, before) in enumerate(self.basis.results.items()):
            cell = self.results.item(row, 1)
            text = cell.text() if cell is not None else ""
            values = [v.strip() for v in text.replace("，", ",").split(",") if v.strip()]
            if values != before:
                if not values:
                    raise InputError(f"{code} 测定值", "重新测定须填写测定值。")
                results[code] = values
        conclusion = self.conclusion.toPlainText().strip()
        return {"reason": self.reason.toPlainText(), "fields": fields, "results": results,
                "result_reason": self.result_reason.text(),
                "conclusion": conclusion if conclusion != self.basis.conclusion else ""}


def amend(page: Any) -> None:
    """The 更正 button: propose, review or sign, depending on the open amendment and the user's rights."""
    info = page.current
    if info is None or info.state != "signed":
        return
    session = page.session
    ctx, actor = session.ctx, session.actor
    session.runner.run(lambda: amendments.amendment_basis(ctx, actor, info.id),
                       on_success=lambda basis: _next_step(page, basis), parent=page)


def _next_step(page: Any, basis: AmendmentBasis) -> None:
    pending = basis.pending
    if pending is None:
        _propose(page, basis)
    elif pending.state == "proposed":
        _review(page, pending)
    else:
        _sign(page, pending)


def _propose(page: Any, basis: AmendmentBasis) -> None:
    from labdesk.gui.errors import show_error

    dialog = AmendmentDialog(basis, page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        values = dialog.values()
    except InputError as error:
        show_error(page, error)
        return
    ctx, actor = page.session.ctx, page.session.actor
    page.session.runner.run(
        lambda: amendments.propose_amendment(ctx, actor, basis.report_id, **values),
        on_success=lambda a: QMessageBox.information(page, page.tr("更正报告"), page.tr(
            "已提出更正，待审核：%1").replace("%1", a.changes_zh)), parent=page)


def _review(page: Any, pending: AmendmentInfo) -> None:
    if not page.session.can(Permission.REVIEW_RESULTS):
        QMessageBox.information(page, page.tr("更正报告"), page.tr("该报告的更正待审核：%1").replace(
            "%1", pending.changes_zh))
        return
    box = QMessageBox(QMessageBox.Icon.Question, page.tr("审核更正"),
                      page.tr("更正原因：%1\n更正内容：%2").replace("%1", pending.reason)
                      .replace("%2", pending.changes_zh), parent=page)
    approve = box.addButton(page.tr("审核通过"), QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(page.tr("退回"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() not in (approve, reject):
        return
    ok = box.clickedButton() is approve
    note = ""
    if not ok:
        from PySide6.QtWidgets import QInputDialog

        note, accepted = QInputDialog.getText(page, page.tr("退回更正"), page.tr("退回理由："))
        if not accepted:
            return
    ctx, actor = page.session.ctx, page.session.actor
    page.session.runner.run(lambda: amendments.review_amendment(ctx, actor, pending.id, approve=ok, note=note),
                            on_success=lambda _: page.refresh(), parent=page)


def _sign(page: Any, pending: AmendmentInfo) -> None:
    from labdesk.gui.pages.reports import SignDialog

    if not page.session.can(Permission.SIGN_REPORTS):
        QMessageBox.information(page, page.tr("更正报告"), page.tr("更正已审核，待授权签字人签发。"))
        return
    dialog = SignDialog(page.tr("签发更正报告"), page.tr("更正内容：%1").replace("%1", pending.changes_zh), page)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    ctx, actor = page.session.ctx, page.session.actor
    password, passphrase = dialog.password, dialog.passphrase
    page.session.runner.run(
        lambda: amendments.sign_amendment(ctx, actor, pending.id, password=password, passphrase=passphrase),
        on_success=page._amended, parent=page)
