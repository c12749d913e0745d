"""系统管理 › 摄像头: choose a source, preview it, save it for the intake bench (issue 13 item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from labdesk import camera
from labdesk.domain.errors import InputError
from labdesk.gui.pages.camera_settings import CameraTab
from labdesk.gui.session import GuiSession
from labdesk.gui.tasks import TaskRunner
from labdesk.paths import resource
from labdesk.services import settings
from labdesk.services.context import Actor, ServiceContext

SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
VIDEO = resource("demo", "sealed_sample.avi")


@SQLITE
def test_camera_tab_probes_previews_and_saves(qtbot: QtBot, ctx: ServiceContext, actors: dict[str, Actor],
                                              runner: TaskRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera, "probe_devices", lambda count: [camera.FoundCamera(1, 1280, 720)])
    tab = CameraTab(GuiSession(ctx, actors["admin"], runner))
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.saved_spec == "device:0")
    tab.probe()
    qtbot.waitUntil(lambda: "找到 1 个摄像头" in tab.status.text())
    assert tab.source_combo.itemText(0) == "摄像头 1（1280×720）"
    tab.resolution_combo.setCurrentIndex(tab.resolution_combo.findData("1280x720"))
    assert tab.spec() == "device:1@1280x720"
    tab.source_combo.setCurrentIndex(tab.source_combo.findData("video"))
    assert tab.path_edit.isEnabled() and not tab.resolution_combo.isEnabled()
    tab.path_edit.setText(str(VIDEO))
    tab.preview()
    qtbot.waitUntil(lambda: tab.view.frames_shown >= 2, timeout=5000)
    assert "预览中" in tab.status.text()
    tab.view.stop()
    tab.save()
    qtbot.waitUntil(lambda: "已保存" in tab.status.text())
    assert settings.get(ctx, "camera.source") == f"video:{VIDEO}"


def test_device_spec_with_resolution() -> None:
    source = camera.source_from_spec("device:2@1280x720")
    assert isinstance(source, camera.OpenCvDeviceSource)
    assert (source.index, source.resolution) == (2, (1280, 720))


@SQLITE
def test_a_wrong_camera_setting_is_refused(ctx: ServiceContext, actors: dict[str, Actor], tmp_path: Path) -> None:
    with pytest.raises(InputError, match="摄像头来源"):
        settings.set_value(ctx, actors["admin"], "camera.source", "device:abc")
    settings.set_value(ctx, actors["admin"], "camera.source", f"folder:{tmp_path}")
    assert settings.get(ctx, "camera.source") == f"folder:{tmp_path}"
