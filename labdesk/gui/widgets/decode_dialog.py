"""解码盲样: a quality manager or signatory looks up who a blind code belongs to (audited).

Not tied to a page: the main window (or any page) opens it with ``DecodeDialog(session, parent).open()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from labdesk.gui.session import GuiSession
from labdesk.services import testing
from labdesk.services.testing import DecodedSample


class DecodeDialog(QDialog):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.decoded: DecodedSample | None = None
        self.setWindowTitle(self.tr("解码盲样"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.codeEdit = QLineEdit(self)
        self.codeEdit.setPlaceholderText(self.tr("盲样编号"))
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setPlaceholderText(self.tr("解码原因（记入审计记录）"))
        form.addRow(self.tr("盲样编号(&B)"), self.codeEdit)
        form.addRow(self.tr("原因(&R)"), self.reasonEdit)
        layout.addLayout(form)
        self.resultLabel = QLabel(self)
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setMinimumWidth(420)
        layout.addWidget(self.resultLabel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.decodeButton = buttons.addButton(self.tr("解码(&D)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.decodeButton.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.decodeButton.clicked.connect(self.decode)
        self.reasonEdit.returnPressed.connect(self.decode)
        layout.addWidget(buttons)

    def decode(self) -> None:
        code, reason = self.codeEdit.text().strip(), self.reasonEdit.text().strip()
        if not code:
            self.codeEdit.setFocus()
            return
        ctx, actor = self.session.ctx, self.session.actor

        def show(d: DecodedSample) -> None:
            self.decoded = d
            self.resultLabel.setText(
                self.tr("<b>%1</b> → 样品编号 %2（抽样单 %3）<br>%4　受检单位：%5<br>生产单位：%6<br>"
                        "商标 %7　规格 %8　批号 %9　抽样日期 %10<br><i>本次解码已记入审计记录。</i>")
                .replace("%10", f"{d.sampling_date:%Y-%m-%d}").replace("%1", d.blind_code).replace("%2", d.sample_no)
                .replace("%3", d.form_no).replace("%4", d.product_name_zh).replace("%5", d.sampled_unit)
                .replace("%6", d.producer or "/").replace("%7", d.trademark or "/")
                .replace("%8", d.specification or "/").replace("%9", d.batch_no or "/"))

        def failed(error: BaseException) -> None:
            self.decoded = None
            self.resultLabel.setText(f"<span style='color:#c62828'>{error}</span>")

        self.session.runner.run(lambda: testing.decode_blind(ctx, actor, code, reason), on_success=show,
                                on_failure=failed, parent=self)
