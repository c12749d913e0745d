"""职责分离 tab (quality manager): the separation-of-duties rules, and whether samplers may review or sign."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from labdesk.domain.duties import RULE_NAMES_ZH
from labdesk.gui.session import GuiSession
from labdesk.services import duties

RULES_TEXT_ZH = {
    "sampling_testing": "抽样人员不得检验其抽取的样品（录入、导入、修改、提交结果）。",
    "sampling_review_signing": "抽样人员不得审核、签发其抽取的样品（可由质量负责人在下方放宽）。",
    "testing_review": "录入过样品任何测定值的人员不得审核该样品。",
    "testing_signing": "录入过样品任何测定值的人员不得签发其报告。",
    "review_signing": "审核过样品的人员不得签发其报告。",
}


class DutyRulesEditor(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        lines = [f"「{RULE_NAMES_ZH[code]}」：{text}" for code, text in RULES_TEXT_ZH.items()]
        rules = QLabel("\n".join(lines), self)
        rules.setWordWrap(True)
        layout.addWidget(rules)
        self.allow_box = QCheckBox(self.tr("允许抽样人员审核、签发其抽取的样品(&A)"), self)
        layout.addWidget(self.allow_box)
        row = QHBoxLayout()
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("修改理由（必填，记入审计记录）"))
        self.save_button = QPushButton(self.tr("保存(&S)"), self)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.message = QLabel(self)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: duties.sampler_may_review_sign(ctx), on_success=self.allow_box.setChecked,
                                parent=self)

    def save(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        allowed, reason = self.allow_box.isChecked(), self.reason_edit.text()
        self.session.runner.run(lambda: duties.set_sampler_may_review_sign(ctx, actor, allowed, reason),
                                on_success=lambda _r: self._saved(), parent=self)

    def _saved(self) -> None:
        self.reason_edit.clear()
        self.message.setText(self.tr("已保存"))
        self.refresh()
