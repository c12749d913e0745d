"""Importing analyser exports (CSV/XLSX, GBK or UTF-8) into determinations.

Each instrument has a column mapping (:class:`InstrumentMapping`, edited by the
admin or the quality manager): which column holds the portion code (the test
portion's ``Portion.code`` or the sample's blind code) and which columns hold
which item.  ``preview_import`` matches every row to a sample and lists rows
that do not match or do not parse; ``import_file`` imports all rows or none,
and keeps the raw file with its SHA-256.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import DutySeparationError, InputError, LabDeskError, RuleViolation
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.domain.workflow import TESTABLE
from labdesk.persistence.models import Determination, InstrumentImport, InstrumentMapping, Portion, Sample
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.quality import hooks as quality_hooks
from labdesk.services.testing import (
    MAX_REPLICATES,
    _start_testing,
    check_not_sampler,
    ensure_test_items,
    judge_after_save,
)

MAX_FILE_BYTES = 20 * 1024 * 1024
ENCODINGS = ("auto", "utf-8", "gbk")
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class MappingInfo:
    id: int
    name: str
    instrument_type: str
    file_format: str
    encoding: str
    config: dict[str, Any]
    version: int


@dataclass(frozen=True)
class PreviewRow:
    line: int  # 1-based line (CSV) or row (XLSX) in the file
    code: str
    blind_code: str | None  # what the tester sees of the matched sample
    sample_id: int | None
    values: tuple[tuple[str, str], ...]  # (item code, value text)
    error: str = ""


@dataclass(frozen=True)
class ImportPreview:
    mapping_id: int
    mapping_name: str
    filename: str
    sha256: str
    rows: tuple[PreviewRow, ...]
    file_error: str = ""

    @property
    def bad_rows(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.error)

    @property
    def ok(self) -> bool:
        return not self.file_error and bool(self.rows) and not self.bad_rows

    @property
    def value_count(self) -> int:
        return sum(len(r.values) for r in self.rows)


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    sha256: str
    rows: int
    determinations: int
    samples: tuple[str, ...]  # blind codes


# ---------------------------------------------------------------------------------------------
# Default mappings for the instruments the demo lab has


DEFAULT_MAPPINGS: tuple[dict[str, Any], ...] = (
    {
        "name": "5E-MAG6700 全自动工业分析仪",
        "instrument_type": "proximate",
        "file_format": "csv",
        "encoding": "gbk",
        "config": {
            "delimiter": ",", "header_row": 1, "code_column": "试样编号",
            "columns": {"Mad": "Mad(%)", "Aad": "Aad(%)", "Vad": "Vad(%)"},
            "instrument": "5E-MAG6700 全自动工业分析仪", "method": "GB/T 212-2008",
        },
    },
    {
        "name": "5E-S3200 库仑定硫仪",
        "instrument_type": "sulfur",
        "file_format": "csv",
        "encoding": "utf-8",
        "config": {
            "delimiter": ",", "header_row": 1, "code_column": "样品编号",
            "columns": {"St,ad": "St,ad(%)"},
            "instrument": "5E-S3200 库仑定硫仪", "method": "GB/T 214-2007",
        },
    },
    {
        "name": "5E-C5508 自动量热仪",
        "instrument_type": "calorimeter",
        "file_format": "xlsx",
        "encoding": "auto",
        "config": {
            "header_row": 2, "code_column": "样品编号",
            "columns": {"Qb,ad": "弹筒发热量Qb,ad(J/g)"},
            "instrument": "5E-C5508 自动量热仪", "method": "GB/T 213-2008",
        },
    },
)


def _mapping_info(m: InstrumentMapping) -> MappingInfo:
    return MappingInfo(m.id, m.name, m.instrument_type, m.file_format, m.encoding, dict(m.config or {}), m.version)


def validate_config(file_format: str, encoding: str, config: dict[str, Any]) -> dict[str, Any]:
    if file_format not in FORMATS:
        raise InputError("文件格式", f"应为 {'、'.join(FORMATS)} 之一。")
    if encoding not in ENCODINGS:
        raise InputError("编码", f"应为 {'、'.join(ENCODINGS)} 之一。")
    code_column = str(config.get("code_column", "")).strip()
    if not code_column:
        raise InputError("编号列", "须指定样品编号所在的列名。")
    columns = config.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise InputError("项目列", "须至少映射一个检验项目。")
    clean_columns = {}
    for item, column in columns.items():
        if not str(item).strip() or not str(column).strip():
            raise InputError("项目列", "项目代码和列名都不能为空。")
        clean_columns[str(item).strip()] = str(column).strip()
    try:
        header_row = int(config.get("header_row", 1))
    except (TypeError, ValueError):
        raise InputError("表头行", "应为正整数。") from None
    if header_row < 1:
        raise InputError("表头行", "应为正整数。")
    delimiter = str(config.get("delimiter", ","))
    if file_format == "csv" and len(delimiter) != 1:
        raise InputError("分隔符", "应为单个字符。")
    out = dict(config)
    out.update(code_column=code_column, columns=clean_columns, header_row=header_row, delimiter=delimiter)
    return out


def list_mappings(ctx: ServiceContext, actor: Actor) -> list[MappingInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.IMPORT_INSTRUMENT if actor.can(Permission.IMPORT_INSTRUMENT)
                  else Permission.MANAGE_INSTRUMENTS)
        return [_mapping_info(m) for m in uow.session.scalars(select(InstrumentMapping).order_by(InstrumentMapping.id))]


def save_mapping(ctx: ServiceContext, actor: Actor, *, name: str, instrument_type: str, file_format: str,
                 encoding: str, config: dict[str, Any], mapping_id: int | None = None,
                 expected_version: int | None = None) -> MappingInfo:
    """Create or change an instrument's column mapping (admin / quality manager)."""
    name = name.strip()
    if not name:
        raise InputError("仪器名称", "不能为空。")
    config = validate_config(file_format, encoding, config)
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_INSTRUMENTS)
        if mapping_id is None:
            if uow.session.scalar(select(InstrumentMapping.id).where(InstrumentMapping.name == name)):
                raise RuleViolation(f"仪器映射「{name}」已存在。")
            mapping = InstrumentMapping(name=name, instrument_type=instrument_type, file_format=file_format,
                                        encoding=encoding, config=config)
            uow.session.add(mapping)
            uow.flush()
            audit.record(uow, ctx, actor, "instrument.mapping_created", "instrument_mapping", mapping.id,
                         f"新建仪器映射 {name}", details={"config": config})
        else:
            mapping = uow.get(InstrumentMapping, mapping_id, "仪器映射")
            if expected_version is not None and mapping.version != expected_version:
                from labdesk.domain.errors import ConcurrentEditError

                raise ConcurrentEditError("该仪器映射已被其他人修改，请刷新后重试。")
            old = {"name": mapping.name, "file_format": mapping.file_format, "encoding": mapping.encoding,
                   "config": mapping.config}
            mapping.name, mapping.instrument_type = name, instrument_type
            mapping.file_format, mapping.encoding, mapping.config = file_format, encoding, config
            audit.record(uow, ctx, actor, "instrument.mapping_changed", "instrument_mapping", mapping.id,
                         f"修改仪器映射 {name}", details={"old": old, "new": {"name": name, "config": config}})
        uow.flush()
        info = _mapping_info(mapping)
        uow.commit()
        return info


def seed_default_mappings(ctx: ServiceContext, actor: Actor) -> list[MappingInfo]:
    """Create the shipped mappings that do not exist yet (idempotent; the demo calls it)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_INSTRUMENTS)
        existing = set(uow.session.scalars(select(InstrumentMapping.name)))
    made = []
    for spec in DEFAULT_MAPPINGS:
        if spec["name"] not in existing:
            made.append(save_mapping(ctx, actor, **spec))
    return made


# ---------------------------------------------------------------------------------------------
# Reading files


def decode_text(raw: bytes, encoding: str) -> str:
    if encoding == "utf-8":
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError("文件编码", f"不是 UTF-8 编码（第 {error.start} 字节）。") from None
    if encoding == "gbk":
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError as error:
            raise InputError("文件编码", f"不是 GBK 编码（第 {error.start} 字节）。") from None
    for candidate in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError:
            continue
    raise InputError("文件编码", "既不是 UTF-8 也不是 GBK 编码。")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Excel stores numbers as binary floats: repr() gives the shortest text that round-trips,
        # i.e. what the analyser wrote ("8.53", not 8.5299999...).
        return format(Decimal(repr(value)).normalize(), "f") if value == value else "nan"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def read_table(raw: bytes, file_format: str, encoding: str, config: dict[str, Any]) -> list[tuple[int, list[str]]]:
    """All rows as (1-based line, cells) including the header rows."""
    if file_format == "xlsx":
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        except (InvalidFileException, KeyError, OSError, ValueError) as error:
            raise InputError("文件", f"不是有效的 XLSX 文件：{error}") from None
        except Exception as error:  # zipfile.BadZipFile and friends
            raise InputError("文件", f"不是有效的 XLSX 文件：{error}") from None
        try:
            sheet_name = config.get("sheet")
            sheet = book[sheet_name] if sheet_name else book.worksheets[0]
            return [(n, [_cell_text(v) for v in row]) for n, row in enumerate(sheet.iter_rows(values_only=True), 1)]
        finally:
            book.close()
    text = decode_text(raw, encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=config.get("delimiter", ","))
    try:
        return [(n, [c.strip() for c in row]) for n, row in enumerate(reader, 1)]
    except csv.Error as error:
        raise InputError("文件", f"CSV 格式错误：{error}") from None


@dataclass
class _Parsed:
    line: int
    code: str
    values: list[tuple[str, str]]
    error: str = ""


def parse_rows(raw: bytes, file_format: str, encoding: str, config: dict[str, Any]) -> list[_Parsed]:
    table = read_table(raw, file_format, encoding, config)
    header_row = int(config.get("header_row", 1))
    header = next((cells for line, cells in table if line == header_row), None)
    if header is None:
        raise InputError("文件", f"找不到第 {header_row} 行表头。")
    index = {name.strip(): i for i, name in enumerate(header) if name and name.strip()}
    code_column = config["code_column"]
    missing = [c for c in [code_column, *config["columns"].values()] if c not in index]
    if missing:
        raise InputError("文件表头", f"缺少列：{'、'.join(missing)}（映射与文件不符）。")
    skip = set(config.get("skip_values", ["", "-", "--", "/"]))
    out = []
    for line, cells in table:
        if line <= header_row or not any(c.strip() for c in cells):
            continue

        def cell(name: str, cells: list[str] = cells) -> str:
            i = index[name]
            return cells[i].strip() if i < len(cells) else ""

        code = cell(code_column)
        row = _Parsed(line, code, [])
        errors = []
        if not code:
            errors.append("缺少样品编号")
        for item, column in config["columns"].items():
            text = cell(column)
            if text in skip:
                continue
            try:
                parse_decimal(text, item)
            except InputError:
                errors.append(f"{item} 的值「{text}」不是有效数值")
                continue
            row.values.append((item, text))
        if not row.values and not errors:
            errors.append("该行没有任何检验数据")
        row.error = "；".join(errors)
        out.append(row)
    return out


def _match(uow: UnitOfWork, actor: Actor, parsed: list[_Parsed]) -> list[PreviewRow]:
    """Match rows to samples; count replicates per item; name every problem."""
    codes = {p.code for p in parsed if p.code}
    by_portion = dict(uow.session.execute(
        select(Portion.code, Portion.sample_id).where(Portion.code.in_(codes), Portion.kind == "test")
    ).all()) if codes else {}
    by_blind = dict(uow.session.execute(
        select(Sample.blind_code, Sample.id).where(Sample.blind_code.in_(codes))
    ).all()) if codes else {}
    samples: dict[int, Sample] = {}
    item_cache: dict[int, dict[str, Any]] = {}
    counts: dict[tuple[int, str], int] = {}
    rows = []
    for p in parsed:
        sample_id = by_portion.get(p.code) or by_blind.get(p.code)
        errors = [p.error] if p.error else []
        blind = None
        if p.code and sample_id is None:
            errors.append(f"编号「{p.code}」不是任何检验样品的编号或盲样编号")
        if sample_id is not None:
            sample = samples.get(sample_id) or uow.session.get(Sample, sample_id)
            assert sample is not None
            samples[sample_id] = sample
            blind = sample.blind_code
            if sample.state not in TESTABLE:
                errors.append(f"样品 {blind} 当前不在检验中，不能导入")
            else:
                try:
                    check_not_sampler(uow, actor, sample)
                except DutySeparationError as error:
                    errors.append(str(error))
                else:
                    try:
                        if sample_id not in item_cache:
                            item_cache[sample_id] = {i.item_code: i for i in ensure_test_items(uow, sample)}
                        items = item_cache[sample_id]
                    except LabDeskError as error:
                        errors.append(str(error))
                        items = {}
                    for item_code, _ in p.values if items else ():
                        item = items.get(item_code)
                        if item is None:
                            errors.append(f"样品 {blind} 没有检验项目 {item_code}")
                            continue
                        key = (sample_id, item_code)
                        if key not in counts:
                            counts[key] = sum(1 for d in item.determinations if d.active and d.round == item.round)
                        counts[key] += 1
                        if counts[key] > MAX_REPLICATES:
                            errors.append(f"样品 {blind} 的 {item_code} 测定次数将超过 {MAX_REPLICATES} 次")
        rows.append(PreviewRow(p.line, p.code, blind, sample_id, tuple(p.values), "；".join(errors)))
    return rows


def _preview(uow: UnitOfWork, actor: Actor, mapping: InstrumentMapping, filename: str, raw: bytes) -> ImportPreview:
    digest = hashlib.sha256(raw).hexdigest()
    if len(raw) > MAX_FILE_BYTES:
        return ImportPreview(mapping.id, mapping.name, filename, digest, (), "文件过大（超过 20 MB）。")
    try:
        parsed = parse_rows(raw, mapping.file_format, mapping.encoding, dict(mapping.config))
    except LabDeskError as error:
        return ImportPreview(mapping.id, mapping.name, filename, digest, (), str(error))
    if not parsed:
        return ImportPreview(mapping.id, mapping.name, filename, digest, (), "文件中没有数据行。")
    return ImportPreview(mapping.id, mapping.name, filename, digest, tuple(_match(uow, actor, parsed)))


def preview_import(ctx: ServiceContext, actor: Actor, mapping_id: int, filename: str, raw: bytes) -> ImportPreview:
    """Parse and match without saving anything (the test items a match needs are not kept)."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.IMPORT_INSTRUMENT)
        mapping = uow.get(InstrumentMapping, mapping_id, "仪器映射")
        return _preview(uow, actor, mapping, filename, raw)  # rolled back on exit


def import_file(ctx: ServiceContext, actor: Actor, mapping_id: int, filename: str, raw: bytes,
                expected_sha256: str | None = None) -> ImportResult:
    """Import every row or nothing; store the raw file with its SHA-256."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.IMPORT_INSTRUMENT)
        mapping = uow.get(InstrumentMapping, mapping_id, "仪器映射")
        preview = _preview(uow, actor, mapping, filename, raw)
        if expected_sha256 is not None and preview.sha256 != expected_sha256:
            raise RuleViolation("文件在预览后已被修改，请重新预览。")
        if preview.file_error:
            raise InputError(filename, preview.file_error)
        if preview.bad_rows:
            listed = "；".join(f"第{r.line}行：{r.error}" for r in preview.bad_rows[:10])
            more = f"（另有 {len(preview.bad_rows) - 10} 行）" if len(preview.bad_rows) > 10 else ""
            raise InputError(filename, f"有 {len(preview.bad_rows)} 行无法导入，未导入任何数据。{listed}{more}")
        quality_hooks.check_import(uow, ctx, actor, mapping.id,
                                   [(r.sample_id or 0, code) for r in preview.rows for code, _ in r.values])
        record = InstrumentImport(mapping_id=mapping.id, filename=filename[:300], sha256=preview.sha256, raw=raw,
                                  rows=len(preview.rows), imported_by=actor.user_id, imported_at=ctx.now())
        uow.session.add(record)
        uow.flush()
        config = dict(mapping.config)
        touched: dict[int, Sample] = {}
        item_cache: dict[int, dict[str, Any]] = {}
        count = 0
        for row in preview.rows:
            assert row.sample_id is not None
            sample = touched.get(row.sample_id) or uow.session.get(Sample, row.sample_id)
            assert sample is not None
            touched[row.sample_id] = sample
            if row.sample_id not in item_cache:
                item_cache[row.sample_id] = {i.item_code: i for i in ensure_test_items(uow, sample)}
            items = item_cache[row.sample_id]
            for item_code, value in row.values:
                item = items[item_code]
                used = {d.seq for d in item.determinations if d.active and d.round == item.round}
                seq = next(s for s in range(1, MAX_REPLICATES + 1) if s not in used)
                item.determinations.append(Determination(
                    round=item.round, seq=seq, value_text=value, active=True, source="import", import_id=record.id,
                    entered_by=actor.user_id, entered_at=ctx.now(),
                ))
                item.tester_id = actor.user_id
                if config.get("instrument") and not item.instrument:
                    item.instrument = str(config["instrument"])[:200]
                if config.get("method") and not item.method:
                    item.method = str(config["method"])[:200]
                count += 1
                audit.record(uow, ctx, actor, "testing.determination_imported", "sample", sample.id,
                             f"导入 {item_code} 第{seq}次测定值 {value}（{mapping.name}）",
                             details={"item": item_code, "seq": seq, "round": item.round, "old": None,
                                      "new": value, "import_id": record.id, "line": row.line})
        uow.flush()
        quality_hooks.import_saved(uow, ctx, actor, record.id, mapping.id)
        for sample in touched.values():
            _start_testing(uow, ctx, actor, sample)
            uow.flush()
            judge_after_save(uow, ctx, actor, sample)
        audit.record(uow, ctx, actor, "instrument.imported", "instrument_import", record.id,
                     f"导入仪器数据 {filename}（{len(preview.rows)} 行，{count} 个测定值）",
                     details={"sha256": preview.sha256, "mapping": mapping.name,
                              "samples": sorted(s.blind_code for s in touched.values())})
        result = ImportResult(record.id, preview.sha256, len(preview.rows), count,
                              tuple(sorted(s.blind_code for s in touched.values())))
        uow.commit()
        return result


def stored_file(ctx: ServiceContext, actor: Actor, import_id: int) -> tuple[str, str, bytes]:
    """(filename, sha256, raw bytes) of an import, e.g. for a reviewer to re-check."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_BLIND_QUEUE)
        record = uow.get(InstrumentImport, import_id, "导入记录")
        return record.filename, record.sha256, bytes(record.raw)


def mapping_columns(info: MappingInfo) -> Sequence[tuple[str, str]]:
    return list(info.config.get("columns", {}).items())
