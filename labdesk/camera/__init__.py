"""Frame sources for the intake camera (no Qt here).

A source yields BGR ``numpy`` frames: a real camera (``OpenCvDeviceSource``), a
video file (``VideoFileSource``, loops by default: tests and the demo) or a folder
of images (``ImageFolderSource``).  Sources are chosen by a spec string, as stored
in the setting ``camera.source``: ``device:0``, ``video:/path/file.avi``,
``folder:/path/dir``.  Failures raise ``CameraError`` with a message in Chinese.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import cv2
import numpy as np

from labdesk.domain.errors import LabDeskError

Frame = Any  # numpy.ndarray, H × W × 3, BGR, uint8

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff")


class CameraError(LabDeskError):
    code = "camera"


@runtime_checkable
class FrameSource(Protocol):
    description: str

    def open(self) -> None: ...

    def read(self) -> Frame: ...

    def close(self) -> None: ...


class OpenCvDeviceSource:
    """A camera by OpenCV device index."""

    def __init__(self, index: int = 0, resolution: tuple[int, int] | None = None) -> None:
        self.index = index
        self.resolution = resolution
        self.description = f"摄像头 {index}" + (f"（{resolution[0]}×{resolution[1]}）" if resolution else "")
        self._cap: Any = None

    def open(self) -> None:
        cap = cv2.VideoCapture(self.index)
        if not cap.isOpened():
            cap.release()
            raise CameraError(f"未找到摄像头（设备 {self.index}）。请检查连接，或在系统设置中选择摄像头，或从文件导入照片。")
        if self.resolution is not None:
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.resolution[0])
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.resolution[1])
        self._cap = cap

    def read(self) -> Frame:
        if self._cap is None:
            raise CameraError("摄像头未打开。")
        ok, frame = self._cap.read()
        if not ok or frame is None:
            raise CameraError(f"摄像头（设备 {self.index}）已断开或无画面。可重新连接后重试，或从文件导入照片。")
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class VideoFileSource:
    """A video file played as a camera (loops by default)."""

    def __init__(self, path: str | Path, loop: bool = True) -> None:
        self.path = Path(path)
        self.loop = loop
        self.description = f"视频文件 {self.path.name}"
        self._cap: Any = None

    def open(self) -> None:
        if not self.path.is_file():
            raise CameraError(f"视频文件不存在：{self.path}")
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise CameraError(f"无法打开视频文件：{self.path}")
        self._cap = cap

    def read(self) -> Frame:
        if self._cap is None:
            raise CameraError("视频源未打开。")
        ok, frame = self._cap.read()
        if (not ok or frame is None) and self.loop:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
        if not ok or frame is None:
            raise CameraError(f"视频文件已播放完毕或无法读取：{self.path.name}")
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageFolderSource:
    """The images of a folder, in name order, over and over."""

    def __init__(self, folder: str | Path, loop: bool = True) -> None:
        self.folder = Path(folder)
        self.loop = loop
        self.description = f"图片文件夹 {self.folder.name}"
        self._files: list[Path] = []
        self._next = 0

    def open(self) -> None:
        if not self.folder.is_dir():
            raise CameraError(f"图片文件夹不存在：{self.folder}")
        self._files = sorted(p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not self._files:
            raise CameraError(f"图片文件夹中没有图片：{self.folder}")
        self._next = 0

    def read(self) -> Frame:
        if not self._files:
            raise CameraError("图片源未打开。")
        if self._next >= len(self._files):
            if not self.loop:
                raise CameraError("图片文件夹已读完。")
            self._next = 0
        path = self._files[self._next]
        self._next += 1
        frame = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if frame is None:
            raise CameraError(f"无法读取图片：{path.name}")
        return frame

    def close(self) -> None:
        self._files = []


@dataclass(frozen=True)
class FoundCamera:
    index: int
    width: int
    height: int


def probe_devices(count: int = 6) -> list[FoundCamera]:
    """The OpenCV device indices 0..count-1 that open and give a frame (slow: run off the GUI thread)."""
    found = []
    for index in range(count):
        cap = cv2.VideoCapture(index)
        try:
            if not cap.isOpened():
                continue
            ok, frame = cap.read()
            if ok and frame is not None:
                found.append(FoundCamera(index, int(frame.shape[1]), int(frame.shape[0])))
        finally:
            cap.release()
    return found


def source_from_spec(spec: str) -> FrameSource:
    """``device:0`` | ``video:PATH`` | ``folder:PATH`` (a bare number means a device)."""
    spec = spec.strip()
    kind, _, rest = spec.partition(":")
    if spec.isdigit():
        return OpenCvDeviceSource(int(spec))
    if kind == "device":
        index, _, size = rest.partition("@")  # device:0@1280x720 asks for a resolution
        try:
            width, _, height = size.partition("x")
            resolution = (int(width), int(height)) if size else None
            return OpenCvDeviceSource(int(index or 0), resolution)
        except ValueError:
            raise CameraError(f"摄像头设置无效：{spec}（应为 device:0 或 device:0@1280x720）") from None
    if kind == "video":
        return VideoFileSource(rest)
    if kind == "folder":
        return ImageFolderSource(rest)
    raise CameraError(f"摄像头设置无效：{spec}（可用 device:编号、video:视频文件、folder:图片文件夹）")


@dataclass(frozen=True)
class Jpeg:
    data: bytes
    width: int
    height: int
    sha256: str


def encode_jpeg(frame: Frame, quality: int = 90) -> Jpeg:
    """A BGR frame as JPEG bytes."""
    ok, encoded = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise CameraError("无法将画面编码为 JPEG。")
    data = encoded.tobytes()
    height, width = frame.shape[:2]
    return Jpeg(data, int(width), int(height), hashlib.sha256(data).hexdigest())


def to_jpeg(data: bytes, *, max_side: int = 2400, quality: int = 90) -> Jpeg:
    """An imported image file as JPEG: JPEGs are kept byte for byte, others re-encoded."""
    array = np.frombuffer(data, dtype=np.uint8)
    frame = cv2.imdecode(array, cv2.IMREAD_COLOR)
    if frame is None:
        raise CameraError("文件不是可识别的图片（支持 JPEG、PNG、BMP、TIFF）。")
    height, width = frame.shape[:2]
    if data[:3] == b"\xff\xd8\xff" and max(width, height) <= max_side:
        return Jpeg(data, int(width), int(height), hashlib.sha256(data).hexdigest())
    if max(width, height) > max_side:
        scale = max_side / max(width, height)
        frame = cv2.resize(frame, (int(width * scale), int(height * scale)), interpolation=cv2.INTER_AREA)
    return encode_jpeg(frame, quality)
