"""系统管理 › 摄像头: choose the intake camera (issue 13 item 3).

Lists the cameras OpenCV finds (device indices probed off the GUI thread), or a video file or an image
folder played as a camera; a resolution; a live preview.  Saved as the setting ``camera.source``
(``device:0``, ``device:0@1280x720``, ``video:PATH``, ``folder:PATH``), which every intake bench uses.
"""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labdesk import camera
from labdesk.gui.camera_view import CameraView
from labdesk.gui.session import GuiSession
from labdesk.services import settings

RESOLUTIONS = (("", "摄像头默认"), ("640x480", "640×480"), ("1280x720", "1280×720"), ("1920x1080", "1920×1080"))
PROBE_COUNT = 6


class CameraTab(QWidget):
    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.found: list[camera.FoundCamera] | None = None
        self.saved_spec = ""
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("cameraSourceCombo")
        self.probe_button = QPushButton(self.tr("查找摄像头(&F)"), self)
        row = QHBoxLayout()
        row.addWidget(self.source_combo, 1)
        row.addWidget(self.probe_button)
        form.addRow(self.tr("来源"), row)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("cameraPathEdit")
        self.browse_button = QPushButton(self.tr("浏览(&B)…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form.addRow(self.tr("视频文件 / 图片文件夹"), path_row)
        self.resolution_combo = QComboBox(self)
        for value, text in RESOLUTIONS:
            self.resolution_combo.addItem(self.tr(text), value)
        form.addRow(self.tr("分辨率"), self.resolution_combo)
        left.addLayout(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setFixedHeight(48)
        left.addWidget(self.status)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览(&P)"), self)
        self.save_button = QPushButton(self.tr("保存摄像头设置(&S)"), self)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        left.addLayout(buttons)
        left.addStretch(1)
        layout.addLayout(left, 1)
        self.view = CameraView(self)
        self.view.setFixedSize(400, 300)
        layout.addWidget(self.view, 0, Qt.AlignmentFlag.AlignTop)
        self.view.started.connect(lambda d: self._say(self.tr("预览中：%1").replace("%1", d)))
        self.view.error.connect(lambda m: self._say(m, error=True))
        self.source_combo.currentIndexChanged.connect(self._kind_changed)
        self.probe_button.clicked.connect(self.probe)
        self.browse_button.clicked.connect(self._browse)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self._fill_sources()

    # sources -------------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for cam in self.found or ():
            self.source_combo.addItem(self.tr("摄像头 %1（%2×%3）").replace("%1", str(cam.index))
                                      .replace("%2", str(cam.width)).replace("%3", str(cam.height)),
                                      f"device:{cam.index}")
        if self.found is None:  # not probed yet: offer the stored device
            index = self.saved_spec.removeprefix("device:").split("@")[0] if self.saved_spec.startswith(
                "device:") else "0"
            self.source_combo.addItem(self.tr("摄像头 %1").replace("%1", index), f"device:{index}")
        self.source_combo.addItem(self.tr("视频文件…"), "video")
        self.source_combo.addItem(self.tr("图片文件夹…"), "folder")
        self.source_combo.blockSignals(False)
        position = self.source_combo.findData(current)
        self.source_combo.setCurrentIndex(max(0, position))
        self._kind_changed()

    def probe(self) -> None:
        """Probe device indices 0..5 on the task runner (opening a missing device can take a while)."""
        self.probe_button.setEnabled(False)
        self.view.stop()
        self._say(self.tr("正在查找摄像头…"))

        def found(cameras: list[camera.FoundCamera]) -> None:
            self.probe_button.setEnabled(True)
            self.found = cameras
            self._fill_sources()
            self._say(self.tr("找到 %1 个摄像头。").replace("%1", str(len(cameras))) if cameras else
                      self.tr("未找到摄像头：请检查连接，或选择视频文件 / 图片文件夹。"), error=not cameras)

        self.session.runner.run(lambda: camera.probe_devices(PROBE_COUNT), on_success=found, parent=self)

    def _kind_changed(self, _index: int = 0) -> None:
        kind = str(self.source_combo.currentData() or "")
        is_file = kind in ("video", "folder")
        self.path_edit.setEnabled(is_file)
        self.browse_button.setEnabled(is_file)
        self.resolution_combo.setEnabled(not is_file)

    def _browse(self) -> None:
        start = self.path_edit.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if self.source_combo.currentData() == "folder":
            path = QFileDialog.getExistingDirectory(self, self.tr("选择图片文件夹"), start)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择视频文件"), start,
                                                  self.tr("视频 (*.avi *.mp4 *.mkv *.mov)"))
        if path:
            self.path_edit.setText(path)

    # spec ----------------------------------------------------------------------------------
    def spec(self) -> str:
        kind = str(self.source_combo.currentData() or "device:0")
        if kind in ("video", "folder"):
            return f"{kind}:{self.path_edit.text().strip()}"
        size = str(self.resolution_combo.currentData() or "")
        return f"{kind}@{size}" if size else kind

    def show_spec(self, spec: str) -> None:
        self.saved_spec = spec
        self._fill_sources()
        kind, _, rest = spec.partition(":")
        if kind in ("video", "folder"):
            self.source_combo.setCurrentIndex(self.source_combo.findData(kind))
            self.path_edit.setText(rest)
        else:
            device, _, size = spec.partition("@")
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(device)))
            self.resolution_combo.setCurrentIndex(max(0, self.resolution_combo.findData(size)))
        self._kind_changed()

    def refresh(self) -> None:
        ctx = self.session.ctx
        self.session.runner.run(lambda: str(settings.get(ctx, "camera.source")), on_success=self.show_spec,
                                parent=self)

    def preview(self) -> None:
        self.view.start(self.spec())

    def save(self) -> None:
        spec = self.spec()
        ctx, actor = self.session.ctx, self.session.actor

        def saved(_none: None) -> None:
            self.saved_spec = spec
            self._say(self.tr("已保存：样品接收的摄像头将使用此来源。"))

        self.session.runner.run(lambda: settings.set_value(ctx, actor, "camera.source", spec), on_success=saved,
                                parent=self)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")

    def hideEvent(self, event: object) -> None:
        self.view.stop()
        super().hideEvent(event)  # type: ignore[arg-type]
