"""名录库 tab: import (.xlsx/.csv) with a per-row error report, search, edit, follow-up marks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.sampling.directory import RESULT_ZH
from labdesk.gui import files
from labdesk.gui.errors import show_error
from labdesk.gui.pages.sampling.common import fill, table
from labdesk.gui.session import GuiSession
from labdesk.services.sampling import directory
from labdesk.services.sampling.directory import EntryEdit, EntryInfo, ImportReport


class EntryDialog(QDialog):
    def __init__(self, entry: EntryInfo, products: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑名录库：%1").replace("%1", entry.name))
        self.entry = entry
        layout = QFormLayout(self)
        self.name = QLineEdit(entry.name)
        self.address = QLineEdit(entry.address)
        self.region = QLineEdit(entry.region)
        self.county = QLineEdit(entry.county)
        self.licence = QLineEdit(entry.licence_no)
        self.legal_rep = QLineEdit(entry.legal_rep)
        self.result_box = QComboBox()
        for key, text in RESULT_ZH.items():
            self.result_box.addItem(text, key)
        self.result_box.setCurrentIndex(max(0, self.result_box.findData(entry.last_result)))
        self.followup = QCheckBox(self.tr("跟踪抽查（上年度不合格或拒检）"))
        self.followup.setChecked(entry.followup)
        self.products = QListWidget()
        for name, code in products.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in entry.products else Qt.CheckState.Unchecked)
            self.products.addItem(item)
        layout.addRow(self.tr("统一社会信用代码"), QLabel(entry.credit_code))
        for label, widget in ((self.tr("企业名称"), self.name), (self.tr("地址"), self.address),
                              (self.tr("地区"), self.region), (self.tr("区县"), self.county),
                              (self.tr("许可证编号"), self.licence), (self.tr("法定代表人"), self.legal_rep),
                              (self.tr("上年度抽查结果"), self.result_box), ("", self.followup),
                              (self.tr("产品"), self.products)):
            layout.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def edit(self) -> EntryEdit:
        products = tuple(self.products.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.products.count())
                         if self.products.item(i).checkState() == Qt.CheckState.Checked)
        return EntryEdit(self.name.text(), self.address.text(), self.region.text(), self.county.text(),
                         self.licence.text(), products, self.result_box.currentData(), self.followup.isChecked(),
                         self.legal_rep.text())


class DirectoryTab(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entries: list[EntryInfo] = []
        self.products: dict[str, str] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入名录（.xlsx/.csv）…"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按企业名称或信用代码查找"))
        self.followup_only = QCheckBox(self.tr("只看跟踪抽查企业"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        for widget in (self.import_button, self.search, self.followup_only, self.edit_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.table = table(self)
        layout.addWidget(self.table, 3)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("导入结果和逐行错误显示在这里。"))
        self.report.setMaximumHeight(140)
        layout.addWidget(self.report)
        self.import_button.clicked.connect(self.choose_file)
        self.search.returnPressed.connect(self.refresh)
        self.followup_only.toggled.connect(lambda _: self.refresh())
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        query, only = self.search.text(), self.followup_only.isChecked()

        def load() -> tuple[list[EntryInfo], dict[str, str]]:
            return (directory.list_entries(ctx, actor, query=query, followup_only=only),
                    directory.plan_product_names(ctx, actor))

        self.session.runner.run(load, on_success=self._show, parent=self)

    def _show(self, result: tuple[list[EntryInfo], dict[str, str]]) -> None:
        self.entries, self.products = result
        codes = {code: name for name, code in self.products.items()}
        fill(self.table, [self.tr(h) for h in ("企业名称", "统一社会信用代码", "地区", "区县", "产品", "上年度结果",
                                               "跟踪抽查", "状态")],
             [[e.name, e.credit_code, e.region, e.county, "、".join(codes.get(p, p) for p in e.products),
               e.last_result_zh, self.tr("是") if e.followup else "", e.status_zh] for e in self.entries])

    def choose_file(self) -> None:
        path, _ = files.get_open_file_name(self, self.tr("导入被抽样对象名录库"), "",
                                              self.tr("表格 (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.report.setPlainText(self.tr("正在导入 %1…").replace("%1", path.name))

        def failed(error: BaseException) -> None:
            self.report.setPlainText(str(error))
            show_error(self, error)

        self.session.runner.run(lambda: directory.import_file(ctx, actor, path), on_success=self._imported,
                                on_failure=failed, parent=self)

    def _imported(self, report: ImportReport) -> None:
        self.report.setPlainText("\n".join(report.lines()))
        self.refresh()

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        dialog = EntryDialog(self.entries[row], self.products, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, actor, eid, edit = self.session.ctx, self.session.actor, self.entries[row].enterprise_id, dialog.edit()
        self.session.runner.run(lambda: directory.update_entry(ctx, actor, eid, edit),
                                on_success=lambda _: self.refresh(), on_failure=lambda e: show_error(self, e),
                                parent=self)
