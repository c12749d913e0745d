"""Editor of the per-instrument column mappings (admin / quality manager).

A self-contained widget: the rule-set page shows it as a tab; the admin page can
add it the same way (``MappingEditor(session)``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labdesk.gui.session import GuiSession
from labdesk.services import instruments
from labdesk.services.instruments import MappingInfo

TYPES = (("proximate", "工业分析仪"), ("sulfur", "定硫仪"), ("calorimeter", "量热仪"), ("other", "其他"))


class MappingEditor(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mappings: list[MappingInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.mappingCombo = QComboBox(self)
        self.newButton = QPushButton(self.tr("新建(&N)"), self)
        self.defaultsButton = QPushButton(self.tr("添加内置映射"), self)
        top.addWidget(QLabel(self.tr("仪器映射："), self))
        top.addWidget(self.mappingCombo, 1)
        top.addWidget(self.newButton)
        top.addWidget(self.defaultsButton)
        layout.addLayout(top)
        form = QFormLayout()
        self.nameEdit = QLineEdit(self)
        self.typeCombo = QComboBox(self)
        for key, label in TYPES:
            self.typeCombo.addItem(label, key)
        self.formatCombo = QComboBox(self)
        self.formatCombo.addItems(list(instruments.FORMATS))
        self.encodingCombo = QComboBox(self)
        self.encodingCombo.addItems(list(instruments.ENCODINGS))
        self.headerSpin = QSpinBox(self)
        self.headerSpin.setRange(1, 50)
        self.delimiterEdit = QLineEdit(",", self)
        self.delimiterEdit.setMaxLength(1)
        self.codeEdit = QLineEdit(self)
        self.columnsEdit = QPlainTextEdit(self)
        self.columnsEdit.setTabChangesFocus(True)
        self.columnsEdit.setPlaceholderText(self.tr("每行一个：项目代码=文件列名，如 Mad=Mad(%)"))
        self.columnsEdit.setMaximumHeight(110)
        self.instrumentEdit = QLineEdit(self)
        self.methodEdit = QLineEdit(self)
        for label, widget in ((self.tr("名称(&A)"), self.nameEdit), (self.tr("仪器类型"), self.typeCombo),
                              (self.tr("文件格式"), self.formatCombo), (self.tr("编码"), self.encodingCombo),
                              (self.tr("表头所在行"), self.headerSpin), (self.tr("分隔符"), self.delimiterEdit),
                              (self.tr("样品编号列"), self.codeEdit), (self.tr("项目列"), self.columnsEdit),
                              (self.tr("记录仪器"), self.instrumentEdit), (self.tr("记录方法"), self.methodEdit)):
            form.addRow(label, widget)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        self.saveButton = QPushButton(self.tr("保存映射(&S)"), self)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        bottom.addWidget(self.messageLabel, 1)
        bottom.addWidget(self.saveButton)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.mappingCombo.currentIndexChanged.connect(self._show)
        self.newButton.clicked.connect(self._new)
        self.saveButton.clicked.connect(self.save)
        self.defaultsButton.clicked.connect(self._defaults)
        self.current: MappingInfo | None = None

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: instruments.list_mappings(ctx, actor), on_success=self._loaded, parent=self)

    def _loaded(self, rows: list[MappingInfo]) -> None:
        keep = self.current.id if self.current else None
        self.mappings = rows
        self.mappingCombo.blockSignals(True)
        self.mappingCombo.clear()
        for m in rows:
            self.mappingCombo.addItem(m.name, m.id)
        self.mappingCombo.blockSignals(False)
        index = self.mappingCombo.findData(keep) if keep is not None else 0
        self.mappingCombo.setCurrentIndex(max(index, 0))
        self._show()

    def _show(self) -> None:
        i = self.mappingCombo.currentIndex()
        if not 0 <= i < len(self.mappings):
            self._new()
            return
        m = self.current = self.mappings[i]
        self.nameEdit.setText(m.name)
        self.typeCombo.setCurrentIndex(max(0, self.typeCombo.findData(m.instrument_type)))
        self.formatCombo.setCurrentText(m.file_format)
        self.encodingCombo.setCurrentText(m.encoding)
        self.headerSpin.setValue(int(m.config.get("header_row", 1)))
        self.delimiterEdit.setText(str(m.config.get("delimiter", ",")))
        self.codeEdit.setText(str(m.config.get("code_column", "")))
        self.columnsEdit.setPlainText("\n".join(f"{k}={v}" for k, v in m.config.get("columns", {}).items()))
        self.instrumentEdit.setText(str(m.config.get("instrument", "")))
        self.methodEdit.setText(str(m.config.get("method", "")))

    def _new(self) -> None:
        self.current = None
        for edit in (self.nameEdit, self.codeEdit, self.instrumentEdit, self.methodEdit):
            edit.clear()
        self.columnsEdit.clear()
        self.headerSpin.setValue(1)
        self.nameEdit.setFocus()

    def config(self) -> dict[str, object]:
        columns = {}
        for line in self.columnsEdit.toPlainText().splitlines():
            if "=" in line:
                item, column = line.split("=", 1)
                columns[item.strip()] = column.strip()
        return {"header_row": self.headerSpin.value(), "delimiter": self.delimiterEdit.text() or ",",
                "code_column": self.codeEdit.text().strip(), "columns": columns,
                "instrument": self.instrumentEdit.text().strip(), "method": self.methodEdit.text().strip()}

    def save(self) -> None:
        ctx, actor, current = self.session.ctx, self.session.actor, self.current
        kwargs = dict(name=self.nameEdit.text(), instrument_type=self.typeCombo.currentData(),
                      file_format=self.formatCombo.currentText(), encoding=self.encodingCombo.currentText(),
                      config=self.config())

        def done(info: MappingInfo) -> None:
            self.current = info
            self.messageLabel.setStyleSheet("color: #1b7f3a;")
            self.messageLabel.setText(self.tr("已保存。"))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.messageLabel.setStyleSheet("color: #c62828;")
            self.messageLabel.setText(str(error))

        self.session.runner.run(
            lambda: instruments.save_mapping(ctx, actor, mapping_id=current.id if current else None,
                                             expected_version=current.version if current else None,
                                             **kwargs),
            on_success=done, on_failure=failed, parent=self)

    def _defaults(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: instruments.seed_default_mappings(ctx, actor),
                                on_success=lambda _: self.refresh(), parent=self)
