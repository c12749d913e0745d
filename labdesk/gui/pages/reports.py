"""报告管理: the report register (superseded revisions marked), in-app PDF preview, print, open, amend, verify.

Also home of the shared pieces of the signing page: :class:`PdfPreview` (QtPdf
viewer over in-memory bytes), :func:`print_pdf` (pages rendered with
QPdfDocument.render onto a QPrinter) and :class:`SignDialog` (login password and
certificate passphrase asked again).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.permissions import Permission
from labdesk.gui import files
from labdesk.gui.forms.reports_page_ui import Ui_ReportsPage
from labdesk.gui.session import GuiSession
from labdesk.services import reports
from labdesk.services.context import BEIJING
from labdesk.services.reports import NoticeInfo, ReportInfo, VerifyResult

GREY = QColor(140, 140, 140)
RED = QColor(190, 20, 30)


class PdfPreview(QWidget):
    """A QPdfView showing PDF bytes held in memory (multi-page, fit to width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""

    def show_pdf(self, pdf: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf = pdf

    def clear(self) -> None:
        self.document.close()
        self.pdf = b""

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def print_pdf(document: QPdfDocument, printer: QPrinter, *, dpi: int = 300) -> int:
    """Render each page with QPdfDocument.render onto ``printer``; returns the pages printed."""
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(last, printer.toPage() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印（打印机不可用）。")
    printed = 0
    try:
        resolution = min(dpi, printer.resolution())
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(int(points.width() / 72 * resolution),
                                                 int(points.height() / 72 * resolution)))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.x(), target.y(), scaled.width(), scaled.height()), image)
            printed += 1
    finally:
        painter.end()
    return printed


class SignDialog(QDialog):
    """Asks again for the login password and for the certificate passphrase before signing."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        message = QLabel(text, self)
        message.setWordWrap(True)
        layout.addWidget(message)
        form = QFormLayout()
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("登录密码(&W)："), self.password_edit)
        form.addRow(self.tr("证书口令(&C)："), self.passphrase_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("签发"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def _accept(self) -> None:
        if not self.password_edit.text() or not self.passphrase_edit.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("请输入登录密码和证书口令。"))
            return
        self.accept()

    @property
    def password(self) -> str:
        return self.password_edit.text()

    @property
    def passphrase(self) -> str:
        return self.passphrase_edit.text()


def _when(value: object) -> str:
    if value is None:
        return ""
    return value.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M") if hasattr(value, "astimezone") else str(value)


def verify_text(result: VerifyResult) -> str:
    lines = [
        ("通过：" if result.ok else "未通过：") + result.reason,
        f"报告编号：{result.report_no or '（无法识别）'}",
        f"签名人：{result.signer or '—'}",
        f"签名时间：{_when(result.signing_time) or '—'}",
        f"SHA-256：{result.sha256}",
    ]
    return "\n".join(lines)


class Page(QWidget):
    HEADERS = ("报告编号", "样品编号", "产品", "受检单位", "结论", "状态", "签发人", "签发时间")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_ReportsPage()
        self.form.setupUi(self)
        self.preview = PdfPreview(self)
        self.form.viewerHost.addWidget(self.preview)
        self.form.splitter.setStretchFactor(0, 2)
        self.form.splitter.setStretchFactor(1, 3)
        self.form.splitter.setSizes([640, 760])
        self.reports: list[ReportInfo] = []
        self.shown: list[ReportInfo] = []
        self.current: ReportInfo | None = None
        table = self.form.reportTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.form.filterEdit.textChanged.connect(self._fill)
        self.form.showSupersededCheck.toggled.connect(self._fill)
        self.form.refreshButton.clicked.connect(self.refresh)
        self.form.printButton.clicked.connect(self.print_current)
        self.form.openButton.clicked.connect(self.open_external)
        self.form.saveButton.clicked.connect(self.save_as)
        self.form.amendButton.clicked.connect(self.amend)
        self.form.noticeButton.clicked.connect(self.show_notice)
        self.form.noticeButton.setVisible(session.can(Permission.SIGN_REPORTS) or
                                          session.can(Permission.RECORD_DELIVERY))
        self.notice: NoticeInfo | None = None
        self.form.verifyButton.clicked.connect(self.verify_file)
        self.form.amendButton.setVisible(session.can(Permission.AMEND_REPORTS) or
                                         session.can(Permission.REVIEW_RESULTS))  # reviewers review amendments
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_current)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(self.refresh)
        self._update_buttons()

    # --- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: reports.list_reports(ctx, actor), on_success=self._loaded, parent=self)

    def _loaded(self, rows: list[ReportInfo]) -> None:
        self.reports = rows
        self._fill()

    def _fill(self) -> None:
        needle = self.form.filterEdit.text().strip().lower()
        show_old = self.form.showSupersededCheck.isChecked()
        selected = self.current.id if self.current else None
        self.shown = [
            r for r in self.reports
            if (show_old or r.state != "superseded")
            and (not needle or needle in " ".join((r.full_no, r.sample_no, r.sampled_unit, r.product_name)).lower())
        ]
        table = self.form.reportTable
        table.setRowCount(len(self.shown))
        for row, info in enumerate(self.shown):
            state = info.state_zh if info.state != "superseded" else self.tr("已作废（被 {0} 替代）").format(
                info.superseded_by_no)
            cells = (info.full_no, info.sample_no, info.product_name, info.sampled_unit, info.verdict_zh, state,
                     info.signer, _when(info.signed_at))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if info.state == "superseded":
                    item.setForeground(QBrush(GREY))
                    font = QFont(item.font())
                    font.setStrikeOut(col == 0)
                    item.setFont(font)
                elif col == 4 and info.verdict == "fail":
                    item.setForeground(QBrush(RED))
                table.setItem(row, col, item)
        for row, info in enumerate(self.shown):
            if info.id == selected:
                table.selectRow(row)
                break
        self._update_buttons()

    def _selection_changed(self) -> None:
        rows = self.form.reportTable.selectionModel().selectedRows()
        self.current = self.shown[rows[0].row()] if rows else None
        self._update_buttons()
        if self.current is None:
            self.preview.clear()
            self.form.detailLabel.setText("")
            self.form.previewTitle.setText("")
            return
        info = self.current
        detail = [self.tr("SHA-256：{0}").format(info.sha256), self.tr("验证码：{0}").format(info.verification_code)]
        if info.replaces_no:
            detail.append(self.tr("替代报告 {0}；更正原因：{1}").format(info.replaces_no, info.amendment_reason))
        if info.state == "superseded":
            detail.append(self.tr("本报告已作废，现行有效的是 {0}。").format(info.superseded_by_no))
        self.form.detailLabel.setText("\n".join(detail))
        self.form.previewTitle.setText(self.tr("{0}（{1}）").format(info.full_no, info.state_zh))
        ctx, actor, report_id = self.session.ctx, self.session.actor, info.id
        self.session.runner.run(lambda: reports.report_pdf(ctx, actor, report_id),
                                on_success=lambda pdf: self._show(report_id, pdf), parent=self)

    def _show(self, report_id: int, pdf: bytes) -> None:
        if self.current is not None and self.current.id == report_id:
            self.notice = None
            self.preview.show_pdf(pdf)
            self._update_buttons()

    def show_notice(self) -> None:
        """Issue (once) and show the result notice (failing) or covering letter (passing) of the report."""
        if self.current is None or self.current.state != "signed":
            return
        ctx, actor, report_id = self.session.ctx, self.session.actor, self.current.id

        def work() -> tuple[NoticeInfo, bytes]:
            notice = reports.issue_notice(ctx, actor, report_id)
            return notice, reports.notice_pdf_bytes(ctx, actor, notice.id)

        self.session.runner.run(work, on_success=self._notice_shown, parent=self)

    def _notice_shown(self, result: tuple[NoticeInfo, bytes]) -> None:
        notice, pdf = result
        self.preview.show_pdf(pdf)
        self.notice = notice
        self.form.previewTitle.setText(self.tr("{0} {1}").format(notice.kind_zh, notice.number))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current is not None
        loaded = has and bool(self.preview.pdf)
        self.form.printButton.setEnabled(loaded)
        self.form.openButton.setEnabled(loaded)
        self.form.saveButton.setEnabled(loaded)
        signed = has and self.current is not None and self.current.state == "signed"
        self.form.amendButton.setEnabled(signed)
        self.form.noticeButton.setEnabled(signed)

    # --- actions -------------------------------------------------------------------------------

    def print_current(self) -> None:
        if not self.preview.pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.current.full_no if self.current else "LabDesk")
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.preview.page_count))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                print_pdf(self.preview.document, printer)
            except OSError as error:
                QMessageBox.warning(self, self.tr("打印"), str(error))

    def open_external(self) -> Path | None:
        if not self.preview.pdf or self.current is None:
            return None
        folder = Path(tempfile.gettempdir()) / "labdesk-reports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (self.notice.file_name if self.notice else self.current.file_name)
        path.write_bytes(self.preview.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save_as(self) -> None:
        if self.current is None:
            return
        notice = self.notice
        default = notice.file_name if notice else self.current.file_name
        name, _ = files.get_save_file_name(self, self.tr("另存为"), default, "PDF (*.pdf)")
        if not name:
            return
        ctx, actor, report_id = self.session.ctx, self.session.actor, self.current.id
        if notice is not None:
            self.session.runner.run(lambda: reports.save_notice_as(ctx, actor, notice.id, Path(name)), parent=self)
        else:
            self.session.runner.run(lambda: reports.save_report_as(ctx, actor, report_id, Path(name)), parent=self)

    def amend(self) -> None:
        """更正: propose the corrections, then review, then sign again (labdesk.gui.pages.amendment_dialogs)."""
        from labdesk.gui.pages import amendment_dialogs

        amendment_dialogs.amend(self)

    def _amended(self, info: ReportInfo) -> None:
        self.current = info
        QMessageBox.information(self, self.tr("更正报告"),
                                self.tr("已签发更正报告 {0}，原报告 {1} 已作废。").format(info.full_no, info.replaces_no))
        self.refresh()

    def verify_file(self) -> None:
        name, _ = files.get_open_file_name(self, self.tr("校验报告文件"), "", "PDF (*.pdf)")
        if name:
            self.verify_path(Path(name))

    def verify_path(self, path: Path) -> None:
        ctx = self.session.ctx

        def work() -> VerifyResult:
            return reports.verify_report(ctx, path.read_bytes())

        self.session.runner.run(work, on_success=self._verified, parent=self)

    def _verified(self, result: VerifyResult) -> None:
        self.last_verification = result
        box = QMessageBox.information if result.ok else QMessageBox.warning
        box(self, self.tr("报告校验"), verify_text(result))

    def open_code(self, code: str) -> bool:
        for row, info in enumerate(self.shown):
            if code in (info.full_no, info.sample_no):
                self.form.reportTable.selectRow(row)
                return True
        return False
