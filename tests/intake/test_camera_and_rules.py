"""Frame sources (no Qt) and the pure intake rules."""

from __future__ import annotations

import re
from pathlib import Path

import cv2
import numpy as np
import pytest

from labdesk.camera import (
    CameraError,
    FrameSource,
    ImageFolderSource,
    OpenCvDeviceSource,
    VideoFileSource,
    encode_jpeg,
    source_from_spec,
    to_jpeg,
)
from labdesk.domain.errors import InputError
from labdesk.domain.intake import (
    BLIND_ALPHABET,
    ExistingBatch,
    check_pattern,
    counter_scope,
    format_number,
    new_blind_code,
    normalise_code,
    plan_rule_problems,
    portion_code,
    receipt_problems,
    sampler_problems,
)
from labdesk.paths import resource

VIDEO = resource("demo", "sealed_sample.avi")


def test_demo_video_is_small_mjpg_640x480() -> None:
    assert VIDEO.stat().st_size < 2 * 1024 * 1024
    cap = cv2.VideoCapture(str(VIDEO))
    try:
        assert (cap.get(cv2.CAP_PROP_FRAME_WIDTH), cap.get(cv2.CAP_PROP_FRAME_HEIGHT)) == (640, 480)
        fourcc = int(cap.get(cv2.CAP_PROP_FOURCC))
        assert "".join(chr((fourcc >> 8 * i) & 0xFF) for i in range(4)) == "MJPG"
    finally:
        cap.release()


def test_video_source_loops_and_encodes_jpeg() -> None:
    source = VideoFileSource(VIDEO)
    assert isinstance(source, FrameSource)
    source.open()
    try:
        frames = [source.read() for _ in range(70)]  # the video has 30 frames: it loops
    finally:
        source.close()
    assert frames[69].shape == (480, 640, 3)
    jpeg = encode_jpeg(frames[0])
    assert jpeg.data[:3] == b"\xff\xd8\xff" and (jpeg.width, jpeg.height) == (640, 480) and len(jpeg.sha256) == 64
    once = VideoFileSource(VIDEO, loop=False)
    once.open()
    with pytest.raises(CameraError, match="播放完毕"):
        for _ in range(31):
            once.read()
    once.close()


def test_image_folder_source(tmp_path: Path) -> None:
    for i, value in enumerate((10, 200)):
        cv2.imwrite(str(tmp_path / f"{i}.png"), np.full((20, 30, 3), value, np.uint8))
    (tmp_path / "notes.txt").write_text("x")
    source = ImageFolderSource(tmp_path)
    source.open()
    assert [int(source.read()[0, 0, 0]) for _ in range(3)] == [10, 200, 10]
    source.close()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(CameraError, match="没有图片"):
        ImageFolderSource(empty).open()


def test_missing_sources_give_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CameraError, match="视频文件不存在"):
        VideoFileSource(tmp_path / "none.avi").open()
    with pytest.raises(CameraError, match="未找到摄像头（设备 97）"):
        OpenCvDeviceSource(97).open()
    with pytest.raises(CameraError, match="摄像头设置无效"):
        source_from_spec("usb:3")
    assert isinstance(source_from_spec("device:2"), OpenCvDeviceSource)
    assert isinstance(source_from_spec("1"), OpenCvDeviceSource)
    assert isinstance(source_from_spec(f"video:{VIDEO}"), VideoFileSource)
    assert isinstance(source_from_spec(f"folder:{tmp_path}"), ImageFolderSource)


def test_to_jpeg_keeps_jpeg_bytes_and_converts_others() -> None:
    frame = np.full((50, 80, 3), 128, np.uint8)
    ok, png = cv2.imencode(".png", frame)
    converted = to_jpeg(png.tobytes())
    assert converted.data[:3] == b"\xff\xd8\xff" and (converted.width, converted.height) == (80, 50)
    assert to_jpeg(converted.data).data == converted.data
    with pytest.raises(CameraError, match="不是可识别的图片"):
        to_jpeg(b"not an image")


def test_plan_rules() -> None:
    one = [ExistingBatch("2021DL0001", "power_coal", "动力用煤", "received")]
    assert plan_rule_problems("chemical_coal", "化工用原料煤", "甲公司", one) == []
    same = plan_rule_problems("power_coal", "动力用煤", "甲公司", one)
    assert [p.message for p in same] == ["计划规则：同一产品只抽查 1 个批次——「甲公司」的动力用煤已登记（样品编号 2021DL0001）。"]
    two = one + [ExistingBatch("2021HG0001", "chemical_coal", "化工用原料煤", "registered")]
    assert "不得多于 2 个批次" in plan_rule_problems("foundry_coke", "铸造焦炭", "甲公司", two)[0].message
    rejected = [ExistingBatch("2021DL0001", "power_coal", "动力用煤", "rejected")]
    assert plan_rule_problems("power_coal", "动力用煤", "甲公司", rejected) == []
    flagged = plan_rule_problems("power_coal", "动力用煤", "甲公司", [], followup=True)
    assert [(p.severity, p.blocking) for p in flagged] == [("info", False)]


def test_samplers_and_receipt_rules() -> None:
    assert sampler_problems(["张三", "李四"]) == []
    assert sampler_problems(["张三", " "])[0].message == "抽样人员不得少于 2 人，且须为不同人员。"
    assert sampler_problems(["张三", "张三"]) != []
    yes = {k: True for k in ("appearance", "seal_intact", "matches_form", "quantity_ok", "labelling_ok")}
    assert receipt_problems(yes, "") == []
    assert "接收检查未完成：样品标识清楚完整" in receipt_problems(dict(yes, labelling_ok=None), "")[0].message
    assert receipt_problems(dict(yes, quantity_ok=False), "")[0].field == "receipt_note"
    assert receipt_problems(dict(yes, quantity_ok=False), "称量 2.1 kg，满足要求") == []


def test_numbers_and_codes() -> None:
    assert format_number("{year}{product}{seq:04d}", year=2021, month=8, product="DL", seq=7) == "2021DL0007"
    assert format_number("S{yy}{month}-{seq:05d}", year=2021, month=8, product="DL", seq=7) == "S2108-00007"
    assert counter_scope("{year}{product}{seq:04d}", year=2021, month=8, product="DL") == "y2021:DL"
    assert counter_scope("{year}-{seq:05d}", year=2021, month=8, product="DL") == "y2021"
    with pytest.raises(InputError, match="流水号"):
        check_pattern("{year}{product}")
    with pytest.raises(InputError, match="未知字段 day"):
        check_pattern("{day}{seq}")
    assert portion_code("2021DL0001", "test") == "2021DL0001-J"
    assert portion_code("2021DL0001", "backup") == "2021DL0001-B"
    codes = {new_blind_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(re.fullmatch(f"M[{BLIND_ALPHABET}]{{6}}", c) for c in codes)
    assert not set("01ILOSZ") & set(BLIND_ALPHABET)
    assert normalise_code(" ２０２１dl0001-ｂ\n") == "2021DL0001-B"
