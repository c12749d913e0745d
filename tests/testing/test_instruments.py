"""Instrument import: CSV (GBK / UTF-8) and XLSX exports, preview, all-or-nothing, raw file with hash."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select

from labdesk.domain.errors import InputError, PermissionDenied
from labdesk.persistence.models import Determination, InstrumentImport, TestItem
from labdesk.services import instruments, testing

from .conftest import DATA


def mapping(ctx, lab, kind: str) -> instruments.MappingInfo:
    instruments.seed_default_mappings(ctx, lab.actors["admin"])
    return next(m for m in instruments.list_mappings(ctx, lab.actors["tester"]) if m.instrument_type == kind)


def dets(ctx, sid: int, code: str) -> list[tuple[int, str, str]]:
    with ctx.uow() as uow:
        return [(d.seq, d.value_text, d.source) for d in uow.session.scalars(
            select(Determination).join(TestItem).where(TestItem.sample_id == sid, TestItem.item_code == code)
            .order_by(Determination.seq))]


def test_shipped_mappings_match_the_data_folder(ctx, lab):
    assert json.loads((DATA / "mappings.json").read_text("utf-8")) == list(instruments.DEFAULT_MAPPINGS)
    made = instruments.seed_default_mappings(ctx, lab.actors["quality_manager"])
    assert {m.instrument_type for m in made} == {"proximate", "sulfur", "calorimeter"}
    assert instruments.seed_default_mappings(ctx, lab.actors["admin"]) == []  # idempotent
    with pytest.raises(PermissionDenied):
        instruments.seed_default_mappings(ctx, lab.actors["tester"])


def test_gbk_proximate_csv_preview_and_import(ctx, lab):
    s1, s2 = lab.make_sample("power_coal"), lab.make_sample("power_coal")
    m = mapping(ctx, lab, "proximate")
    raw = (DATA / "proximate_5E-MAG6700.csv").read_bytes()
    preview = instruments.preview_import(ctx, lab.actors["tester"], m.id, "proximate.csv", raw)
    assert preview.ok and len(preview.rows) == 4 and preview.value_count == 12
    assert [r.blind_code for r in preview.rows] == ["B0001", "B0001", "B0002", "B0002"]
    assert preview.rows[0].values == (("Mad", "1.52"), ("Aad", "25.10"), ("Vad", "28.40"))
    assert dets(ctx, s1, "Mad") == []  # preview saves nothing
    result = instruments.import_file(ctx, lab.actors["tester"], m.id, "proximate.csv", raw,
                                     expected_sha256=preview.sha256)
    assert result.determinations == 12 and result.samples == ("B0001", "B0002")
    assert result.sha256 == hashlib.sha256(raw).hexdigest()
    assert dets(ctx, s1, "Aad") == [(1, "25.10", "import"), (2, "25.20", "import")]
    assert dets(ctx, s2, "Aad") == [(1, "31.40", "import"), (2, "31.62", "import")]
    with ctx.uow() as uow:
        record = uow.session.get(InstrumentImport, result.import_id)
        assert bytes(record.raw) == raw and record.sha256 == result.sha256 and record.rows == 4
    sheet = testing.open_sample(ctx, lab.actors["tester"], s1)
    assert sheet.state == "in_testing"
    assert sheet.item("Aad").instrument == "5E-MAG6700 全自动工业分析仪"
    assert sheet.evaluation["items"]["Aad"]["replicates"]["status"] == "accepted"


def test_bad_rows_import_nothing_until_fixed(ctx, lab):
    s1, _ = lab.make_sample("power_coal"), lab.make_sample("power_coal")
    m = mapping(ctx, lab, "proximate")
    raw = (DATA / "proximate_bad_rows.csv").read_bytes()
    preview = instruments.preview_import(ctx, lab.actors["tester"], m.id, "bad.csv", raw)
    assert not preview.ok
    assert [(r.line, r.code) for r in preview.bad_rows] == [(4, "T0002-J"), (5, "T9999-J")]
    assert "31.4O" in preview.bad_rows[0].error and "T9999-J" in preview.bad_rows[1].error
    with pytest.raises(InputError, match="未导入任何数据"):
        instruments.import_file(ctx, lab.actors["tester"], m.id, "bad.csv", raw)
    assert dets(ctx, s1, "Mad") == []  # the good rows were not imported either
    with ctx.uow() as uow:
        assert uow.session.scalars(select(InstrumentImport)).all() == []
    fixed = raw.replace("31.4O".encode("gbk"), b"31.40").replace(b"T9999-J", b"T0002-J")
    result = instruments.import_file(ctx, lab.actors["tester"], m.id, "fixed.csv", fixed)
    assert result.rows == 4 and dets(ctx, s1, "Mad") == [(1, "1.52", "import"), (2, "1.58", "import")]


def test_utf8_sulfur_csv_matches_blind_codes(ctx, lab):
    s1, s2 = lab.make_sample("power_coal"), lab.make_sample("power_coal")
    m = mapping(ctx, lab, "sulfur")
    raw = (DATA / "sulfur_5E-S3200.csv").read_bytes()
    result = instruments.import_file(ctx, lab.actors["tester2"], m.id, "s.csv", raw)
    assert result.determinations == 4
    assert dets(ctx, s1, "St,ad") == [(1, "0.82", "import"), (2, "0.85", "import")]
    assert dets(ctx, s2, "St,ad") == [(1, "2.95", "import"), (2, "3.04", "import")]


def test_xlsx_calorimeter(ctx, lab):
    s1, s2 = lab.make_sample("power_coal"), lab.make_sample("power_coal")
    m = mapping(ctx, lab, "calorimeter")
    raw = (DATA / "calorimeter_5E-C5508.xlsx").read_bytes()
    preview = instruments.preview_import(ctx, lab.actors["tester"], m.id, "q.xlsx", raw)
    assert preview.ok, preview.bad_rows
    instruments.import_file(ctx, lab.actors["tester"], m.id, "q.xlsx", raw)
    assert dets(ctx, s1, "Qb,ad") == [(1, "24350", "import"), (2, "24410", "import")]
    assert dets(ctx, s2, "Qb,ad") == [(1, "21980.5", "import"), (2, "22050", "import")]


def test_import_refuses_sampler_and_wrong_mapping(ctx, lab):
    lab.make_sample("power_coal", samplers=("sampler",))
    lab.make_sample("power_coal")
    m = mapping(ctx, lab, "proximate")
    raw = (DATA / "proximate_5E-MAG6700.csv").read_bytes()
    preview = instruments.preview_import(ctx, lab.actors["sampler"], m.id, "p.csv", raw)
    assert [r.line for r in preview.bad_rows] == [2, 3] and "抽检分离" in preview.bad_rows[0].error
    sulfur = mapping(ctx, lab, "sulfur")
    preview = instruments.preview_import(ctx, lab.actors["tester"], sulfur.id, "p.csv", raw)
    assert not preview.ok and "不是 UTF-8 编码" in preview.file_error
    other = "编号,水分\r\nT0002-J,1.5\r\n".encode("gbk")
    preview = instruments.preview_import(ctx, lab.actors["tester"], m.id, "o.csv", other)
    assert not preview.ok and "缺少列" in preview.file_error and "试样编号" in preview.file_error
    with pytest.raises(InputError, match="缺少列"):
        instruments.import_file(ctx, lab.actors["tester"], m.id, "o.csv", other)
    with pytest.raises(PermissionDenied):
        instruments.preview_import(ctx, lab.actors["receptionist"], m.id, "p.csv", raw)


def test_too_many_replicates_and_mapping_edit(ctx, lab):
    lab.make_sample("power_coal"), lab.make_sample("power_coal")
    m = mapping(ctx, lab, "proximate")
    raw = (DATA / "proximate_5E-MAG6700.csv").read_bytes()
    instruments.import_file(ctx, lab.actors["tester"], m.id, "p.csv", raw)
    preview = instruments.preview_import(ctx, lab.actors["tester"], m.id, "p.csv", raw + raw.split(b"\r\n", 1)[1])
    assert any("超过 4 次" in r.error for r in preview.bad_rows)
    with pytest.raises(PermissionDenied):
        instruments.save_mapping(ctx, lab.actors["tester"], mapping_id=m.id, name=m.name,
                                 instrument_type=m.instrument_type, file_format="csv", encoding="gbk", config=m.config)
    with pytest.raises(InputError, match="编号列"):
        instruments.save_mapping(ctx, lab.actors["admin"], mapping_id=m.id, name=m.name,
                                 instrument_type=m.instrument_type, file_format="csv", encoding="gbk",
                                 config={"columns": {"Mad": "Mad(%)"}})
    changed = instruments.save_mapping(ctx, lab.actors["quality_manager"], mapping_id=m.id, name=m.name,
                                       instrument_type="proximate", file_format="csv", encoding="auto",
                                       config=dict(m.config, columns={"Mad": "Mad(%)"}), expected_version=m.version)
    assert changed.encoding == "auto" and changed.config["columns"] == {"Mad": "Mad(%)"}
