"""抽样人员名录 tab: who may sample, trained when, authorised until, and whom they must not sample (回避)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.domain.errors import InputError
from labdesk.gui.errors import show_error
from labdesk.gui.pages.sampling.common import fill, table
from labdesk.gui.session import GuiSession
from labdesk.services.sampling import samplers
from labdesk.services.sampling.samplers import SamplerInfo


def _date(text: str, field: str) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(field, f"「{text}」不是有效日期（格式 2021-03-15）。") from None


class SamplerDialog(QDialog):
    def __init__(self, staff: list[tuple[int, str]], current: SamplerInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("抽样人员名录"))
        layout = QFormLayout(self)
        self.user = QComboBox()
        for uid, name in staff:
            self.user.addItem(name, uid)
        self.trained = QLineEdit(current.trained_on.isoformat() if current and current.trained_on else "")
        self.trained.setPlaceholderText("2021-03-15")
        self.note = QLineEdit(current.training_note if current else "")
        self.until = QLineEdit(current.authorised_until.isoformat() if current and current.authorised_until else "")
        self.until.setPlaceholderText("2022-03-31")
        self.former = QLineEdit("、".join(current.former_employers) if current else "")
        self.former.setPlaceholderText(self.tr("曾任职企业的统一社会信用代码，用顿号或逗号分隔"))
        self.active = QCheckBox(self.tr("可派遣"))
        self.active.setChecked(current.active if current else True)
        if current is not None:
            self.user.setCurrentIndex(max(0, self.user.findData(current.user_id)))
            self.user.setEnabled(False)
        for label, widget in ((self.tr("人员"), self.user), (self.tr("培训日期"), self.trained),
                              (self.tr("培训说明"), self.note), (self.tr("授权有效期至"), self.until),
                              (self.tr("回避企业"), self.former), ("", self.active)):
            layout.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> dict[str, object]:
        codes = [c for c in self.former.text().replace("，", "、").replace(",", "、").split("、") if c.strip()]
        return {"user_id": self.user.currentData(), "trained_on": _date(self.trained.text(), "培训日期"),
                "authorised_until": _date(self.until.text(), "授权有效期至"), "training_note": self.note.text(),
                "former_employers": codes, "active": self.active.isChecked()}


class SamplersTab(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: list[SamplerInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加抽样人员…"))
        self.edit_button = QPushButton(self.tr("修改…"))
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = table(self)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: samplers.list_samplers(ctx, actor), on_success=self._show, parent=self)

    def _show(self, items: list[SamplerInfo]) -> None:
        self.items = items
        fill(self.table, [self.tr(h) for h in ("姓名", "培训日期", "授权有效期至", "回避企业", "状态")],
             [[s.full_name, s.trained_on.isoformat() if s.trained_on else self.tr("未培训"),
               s.authorised_until.isoformat() if s.authorised_until else self.tr("未授权"),
               "、".join(s.former_employers), self.tr("可派遣") if s.active else self.tr("停用")] for s in items])

    def edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.edit(self.items[row])

    def edit(self, current: SamplerInfo | None) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: samplers.staff(ctx, actor), on_success=lambda s: self._dialog(s, current),
                                parent=self)

    def _dialog(self, staff: list[tuple[int, str]], current: SamplerInfo | None) -> None:
        dialog = SamplerDialog(staff, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            values = dialog.values()
        except InputError as error:
            show_error(self, error)
            return
        self.save(values)

    def save(self, values: dict[str, object]) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        user_id = values.pop("user_id")
        self.session.runner.run(lambda: samplers.set_sampler(ctx, actor, user_id, **values),  # type: ignore[arg-type]
                                on_success=lambda _: self.refresh(), parent=self)
