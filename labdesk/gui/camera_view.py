"""Live camera preview: a worker thread reads a ``labdesk.camera`` source and hands frames to the GUI.

The worker runs on its own ``QThread`` (never the GUI thread, never the database
worker).  Frames cross as ``QImage`` copies via a queued signal; the preview is
throttled (``interval_ms``) and drops frames when the GUI is busy.  Stopping is
cooperative (an event the loop checks); the thread is never ``terminate()``-d.
When the source fails — no camera, or unplugged mid-preview — the worker emits
``error`` with a message and stops; the rest of the form stays usable.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from labdesk import camera
from labdesk.camera import FrameSource


def frame_to_qimage(frame: Any) -> QImage:
    height, width = frame.shape[:2]
    return QImage(frame.data, width, height, 3 * width, QImage.Format.Format_BGR888).copy()


class CameraWorker(QObject):
    """Reads frames until stopped or until the source fails."""

    frame_ready = Signal(QImage)
    opened = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, source: FrameSource, interval_ms: int = 66) -> None:
        super().__init__()
        self.source = source
        self.interval = interval_ms / 1000
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._last: Any = None
        self._in_flight = threading.Semaphore(2)  # at most two frames queued for the GUI

    @Slot()
    def run(self) -> None:
        try:
            try:
                self.source.open()
            except Exception as error:  # CameraError, or a driver failure: shown, never raised
                self.failed.emit(str(error))
                return
            self.opened.emit(getattr(self.source, "description", ""))
            while not self._stop.is_set():
                try:
                    frame = self.source.read()
                except Exception as error:
                    self.failed.emit(str(error))
                    return
                with self._lock:
                    self._last = frame
                if self._in_flight.acquire(blocking=False):
                    self.frame_ready.emit(frame_to_qimage(frame))
                self._stop.wait(self.interval)
        finally:
            try:
                self.source.close()
            finally:
                self.finished.emit()

    def frame_shown(self) -> None:
        self._in_flight.release()

    def stop(self) -> None:
        self._stop.set()

    def last_frame(self) -> Any:
        with self._lock:
            return None if self._last is None else self._last.copy()


class CameraView(QWidget):
    """The preview widget.  ``start(source)``, ``stop()``, ``capture_jpeg()``."""

    started = Signal(str)
    error = Signal(str)
    stopped = Signal()
    frame_shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, interval_ms: int = 66) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.preview = QLabel(self.tr("摄像头未开启"), self)
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(320, 240))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel#cameraPreview { background: #202020; color: #dddddd; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        self._thread: QThread | None = None
        self._worker: CameraWorker | None = None
        self.frames_shown = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, source: FrameSource | str) -> None:
        if self.running:
            self.stop()
        try:
            frame_source = camera.source_from_spec(source) if isinstance(source, str) else source
        except camera.CameraError as error:
            self._show_error(str(error))
            return
        worker = CameraWorker(frame_source, self.interval_ms)
        thread = QThread(self)
        thread.setObjectName("labdesk-camera")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.frame_ready.connect(self._show_frame, Qt.ConnectionType.QueuedConnection)
        worker.opened.connect(self.started, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        self._worker, self._thread = worker, thread
        self.preview.setText(self.tr("正在打开摄像头…"))
        thread.start()

    def stop(self) -> None:
        """Ask the worker to stop and wait for its thread (cooperative: a read takes milliseconds)."""
        worker, thread = self._worker, self._thread
        if worker is None or thread is None:
            return
        worker.stop()
        thread.quit()
        thread.wait(5000)
        self._cleanup()
        self.stopped.emit()

    def capture_frame(self) -> Any:
        """The newest frame (numpy BGR), or None when no camera is running."""
        return self._worker.last_frame() if self._worker is not None else None

    def capture_jpeg(self) -> bytes | None:
        frame = self.capture_frame()
        return None if frame is None else camera.encode_jpeg(frame).data

    @Slot(QImage)
    def _show_frame(self, image: QImage) -> None:
        if self._worker is not None:
            self._worker.frame_shown()
            pixmap = QPixmap.fromImage(image).scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.FastTransformation)
            self.preview.setPixmap(pixmap)
            self.frames_shown += 1
            self.frame_shown.emit()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.preview.clear()
        self.preview.setText(message)
        self.error.emit(message)

    @Slot()
    def _thread_finished(self) -> None:
        if self._thread is not None and not self._thread.isRunning():
            self._cleanup()
            self.stopped.emit()

    def _cleanup(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.deleteLater()
        del worker  # Python owns it; its thread has finished

    def closeEvent(self, event: Any) -> None:  # Qt override
        self.stop()
        super().closeEvent(event)
