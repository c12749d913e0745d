"""系统管理 → 签名证书: import signatories' PKCS#12 certificates, signature images, the lab seal, CA certificates.

``CredentialsTab(session)`` is added as a tab by the admin page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
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

from labdesk.gui import files
from labdesk.gui.session import GuiSession
from labdesk.services import credentials, users
from labdesk.services.context import BEIJING
from labdesk.services.credentials import CredentialInfo


class OwnerConfirmDialog(QDialog):
    """The certificate's passphrase and its owner's own login password, typed by the owner at this bench."""

    def __init__(self, owner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入签名证书 — 持有人确认"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("签名证书只能绑定给其本人：请证书持有人「{0}」本人到场，输入证书口令和本人的登录密码。"
                              "管理员不能代为输入。口令和密码只用于核对，不保存。").format(owner_name), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.owner_password = QLineEdit(self)
        self.owner_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("证书口令(&P)："), self.passphrase)
        form.addRow(self.tr("持有人「{0}」的登录密码(&W)：").format(owner_name), self.owner_password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


class CredentialsTab(QWidget):
    HEADERS = ("类型", "用户", "证书主题 / 说明", "有效期至", "SHA-256", "导入时间")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[CredentialInfo] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("授权签字人的签名证书（PKCS#12）以其自身口令加密保存，LabDesk 不保存口令和明文私钥。"
                               "签名图片和检验检测专用章图片用于报告版面；受信任的 CA 证书用于校验报告。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.user_label = QLabel(self.tr("用户(&U)："), self)
        self.user_combo = QComboBox(self)
        self.user_label.setBuddy(self.user_combo)
        row.addWidget(self.user_label)
        row.addWidget(self.user_combo, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.p12_button = QPushButton(self.tr("导入签名证书(&P)…"), self)
        self.signature_button = QPushButton(self.tr("导入签名图片(&I)…"), self)
        self.seal_button = QPushButton(self.tr("导入检验检测专用章(&S)…"), self)
        self.ca_button = QPushButton(self.tr("导入 CA 证书(&C)…"), self)
        self.deactivate_button = QPushButton(self.tr("停用(&D)…"), self)
        for button in (self.p12_button, self.signature_button, self.seal_button, self.ca_button,
                       self.deactivate_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.table = QTableWidget(self)
        self.table.setColumnCount(len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_image)
        layout.addWidget(self.table, 1)
        self.ca_title = QLabel(self.tr("受信任的 CA 证书（签名证书须由其中之一签发）："), self)
        layout.addWidget(self.ca_title)
        self.ca_table = QTableWidget(self)
        self.ca_table.setColumnCount(3)
        self.ca_table.setHorizontalHeaderLabels([self.tr("CA 证书主题"), self.tr("有效期至"), self.tr("导入时间")])
        self.ca_table.verticalHeader().setVisible(False)
        self.ca_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ca_table.horizontalHeader().setStretchLastSection(True)
        self.ca_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ca_table.setMaximumHeight(110)
        layout.addWidget(self.ca_table)
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMinimumHeight(120)
        layout.addWidget(self.image_label)
        self.p12_button.clicked.connect(self.import_pkcs12)
        self.signature_button.clicked.connect(self.import_signature)
        self.seal_button.clicked.connect(self.import_seal)
        self.ca_button.clicked.connect(self.import_ca)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.images: dict[int, bytes] = {}
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor

        def load() -> tuple[list[tuple[int, str]], list[CredentialInfo]]:
            return users.staff_directory(ctx, actor), credentials.list_credentials(ctx, actor)

        self.session.runner.run(load, on_success=self._loaded, parent=self)

    def _loaded(self, data: tuple[list[tuple[int, str]], list[CredentialInfo]]) -> None:
        staff, rows = data
        current = self.user_combo.currentData()
        self.user_combo.clear()
        for user_id, name in staff:
            self.user_combo.addItem(name, user_id)
        if current is not None:
            index = self.user_combo.findData(current)
            if index >= 0:
                self.user_combo.setCurrentIndex(index)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            cells = (info.kind_zh, info.user_name if info.kind != credentials.LAB_SEAL else self.tr("（全实验室）"),
                     info.subject, f"{info.not_after:%Y-%m-%d}" if info.not_after else "", info.sha256[:16] + "…",
                     info.created_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        cas = [info for info in rows if info.kind == credentials.CA_CERT]
        self.ca_table.setRowCount(len(cas))
        for r, info in enumerate(cas):
            ca_cells = (info.subject, f"{info.not_after:%Y-%m-%d}" if info.not_after else "",
                        info.created_at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M"))
            for c, text in enumerate(ca_cells):
                self.ca_table.setItem(r, c, QTableWidgetItem(text))

    def _show_image(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.image_label.clear()
        if not rows:
            return
        info = self.rows[rows[0].row()]
        if info.kind not in (credentials.SIGNATURE_IMAGE, credentials.LAB_SEAL):
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: credentials.credential_image(ctx, actor, info.id),
                                on_success=self._set_image, parent=self)

    def _set_image(self, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.image_label.setPixmap(pixmap.scaledToHeight(110, Qt.TransformationMode.SmoothTransformation))

    def _run(self, fn: object) -> None:
        self.session.runner.run(fn, on_success=lambda _r: self.refresh(), parent=self)  # type: ignore[arg-type]

    def _pick(self, title: str, pattern: str) -> bytes | None:
        name, _ = files.get_open_file_name(self, title, "", pattern)
        return Path(name).read_bytes() if name else None

    def import_pkcs12(self) -> None:
        user_id = self.user_combo.currentData()
        data = self._pick(self.tr("选择签名证书"), "PKCS#12 (*.p12 *.pfx)")
        if data is None or user_id is None:
            return
        dialog = OwnerConfirmDialog(self.user_combo.currentText(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.import_pkcs12_data(user_id, data, dialog.passphrase.text(), dialog.owner_password.text())

    def import_pkcs12_data(self, user_id: int, data: bytes, passphrase: str, owner_password: str) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self._run(lambda: credentials.import_pkcs12(ctx, actor, user_id, data, passphrase,
                                                    owner_password=owner_password))

    def import_signature(self) -> None:
        user_id = self.user_combo.currentData()
        data = self._pick(self.tr("选择签名图片"), self.tr("图片 (*.png *.jpg *.jpeg)"))
        if data is not None and user_id is not None:
            ctx, actor = self.session.ctx, self.session.actor
            self._run(lambda: credentials.import_signature_image(ctx, actor, user_id, data))

    def import_seal(self) -> None:
        data = self._pick(self.tr("选择检验检测专用章图片（透明背景 PNG）"), self.tr("图片 (*.png *.jpg *.jpeg)"))
        if data is not None:
            ctx, actor = self.session.ctx, self.session.actor
            self._run(lambda: credentials.import_lab_seal(ctx, actor, data))

    def import_ca(self) -> None:
        data = self._pick(self.tr("选择 CA 证书"), self.tr("证书 (*.pem *.crt *.cer *.der)"))
        if data is not None:
            ctx, actor = self.session.ctx, self.session.actor
            self._run(lambda: credentials.import_ca_certificate(ctx, actor, data))

    def deactivate(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        info = self.rows[rows[0].row()]
        reason, ok = QInputDialog.getText(self, self.tr("停用"), self.tr("停用「{0}」的原因：").format(info.kind_zh))
        if ok and reason.strip():
            ctx, actor = self.session.ctx, self.session.actor
            self._run(lambda: credentials.deactivate(ctx, actor, info.id, reason))
