"""The enterprise directory (被抽样对象名录库): import from .xlsx/.csv merging by credit code, list, edit."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.domain.sampling.directory import RESULT_ZH, DirectoryRow, RowError, parse_rows
from labdesk.persistence.models import DirectoryEntry, Enterprise, Plan
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

STATUS_ZH = {"active": "正常生产", "closed": "已关闭", "not_producing": "停产"}


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    errors: tuple[RowError, ...]
    followups: int

    def lines(self) -> list[str]:
        head = f"新增 {self.created} 家，更新 {self.updated} 家，跟踪抽查 {self.followups} 家；错误 {len(self.errors)} 行。"
        return [head, *(str(e) for e in self.errors)]


@dataclass(frozen=True)
class EntryInfo:
    enterprise_id: int
    name: str
    credit_code: str
    address: str
    region: str
    county: str
    licence_no: str
    products: tuple[str, ...]
    last_result: str
    followup: bool
    status: str
    status_note: str = ""
    legal_rep: str = ""

    @property
    def last_result_zh(self) -> str:
        return RESULT_ZH.get(self.last_result, self.last_result)

    @property
    def status_zh(self) -> str:
        return STATUS_ZH.get(self.status, self.status)


@dataclass(frozen=True)
class EntryEdit:
    name: str
    address: str = ""
    region: str = ""
    county: str = ""
    licence_no: str = ""
    products: tuple[str, ...] = ()
    last_result: str = ""
    followup: bool = False
    legal_rep: str = ""


def read_table(path: Path) -> list[list[object]]:
    """Rows of a .xlsx (first sheet) or .csv (UTF-8, with or without BOM; or GB18030) file."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            try:
                return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
            finally:
                book.close()
        if suffix == ".csv":
            raw = path.read_bytes()
            for encoding in ("utf-8-sig", "gb18030"):
                try:
                    text = raw.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise InputError(path.name, "无法识别文件编码（应为 UTF-8 或 GB18030）。")
            return [list(r) for r in csv.reader(io.StringIO(text))]
    except InputError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise InputError(path.name, f"无法读取文件：{error}") from None
    raise InputError(path.name, "只支持 .xlsx 或 .csv 文件。")


def product_names(uow: UnitOfWork, plan_id: int | None) -> dict[str, str]:
    """Product name -> code for the plan (every plan when none is given)."""
    stmt = select(Plan)
    if plan_id is not None:
        stmt = stmt.where(Plan.id == plan_id)
    names: dict[str, str] = {}
    for plan in uow.session.scalars(stmt):
        for product in plan.products:
            names.setdefault(product.name_zh, product.product_code)
    return names


def plan_product_names(ctx: ServiceContext, actor: Actor) -> dict[str, str]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        return product_names(uow, None)


def _merge(uow: UnitOfWork, ctx: ServiceContext, row: DirectoryRow) -> bool:
    """Create or update one entry; True when it was new."""
    session = uow.session
    enterprise = session.scalar(select(Enterprise).where(Enterprise.credit_code == row.credit_code))
    created = enterprise is None
    if enterprise is None:
        enterprise = Enterprise(name=row.name, credit_code=row.credit_code, created_at=ctx.now())
        session.add(enterprise)
    enterprise.name = row.name
    for attr in ("address", "region", "county", "licence_no", "contact", "phone"):
        value = getattr(row, attr)
        if value:
            setattr(enterprise, attr, value)
    if row.needs_followup:
        enterprise.followup = True
        enterprise.followup_note = enterprise.followup_note or f"上年度抽查{RESULT_ZH[row.last_result]}，跟踪抽查"
    session.flush()
    entry = session.scalar(select(DirectoryEntry).where(DirectoryEntry.enterprise_id == enterprise.id))
    if entry is None:
        entry = DirectoryEntry(enterprise_id=enterprise.id)
        session.add(entry)
    entry.products = list(row.products)
    entry.last_result = row.last_result
    entry.legal_rep = row.legal_rep or entry.legal_rep
    entry.updated_at = ctx.now()
    return created


def import_rows(ctx: ServiceContext, actor: Actor, rows: Iterable[Sequence[object]], *, plan_id: int | None = None,
                source: str = "") -> ImportReport:
    """Import parsed rows; good rows are merged by credit code, bad rows are reported by line, not imported."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        parsed, errors = parse_rows(rows, product_names(uow, plan_id))
        created = sum(_merge(uow, ctx, row) for row in parsed)
        followups = sum(row.needs_followup for row in parsed)
        audit.record(uow, ctx, actor, "directory.imported", "directory", plan_id or 0,
                     f"导入名录库 {source}：新增 {created}，更新 {len(parsed) - created}，错误 {len(errors)} 行",
                     details={"source": source, "rows": len(parsed), "errors": [str(e) for e in errors][:200]})
        uow.commit()
        return ImportReport(created, len(parsed) - created, tuple(errors), followups)


def import_file(ctx: ServiceContext, actor: Actor, path: Path | str, *, plan_id: int | None = None) -> ImportReport:
    path = Path(path)
    return import_rows(ctx, actor, read_table(path), plan_id=plan_id, source=path.name)


def _info(enterprise: Enterprise, entry: DirectoryEntry | None) -> EntryInfo:
    return EntryInfo(enterprise.id, enterprise.name, enterprise.credit_code or "", enterprise.address,
                     enterprise.region, enterprise.county, enterprise.licence_no,
                     tuple(entry.products) if entry else (), entry.last_result if entry else "", enterprise.followup,
                     entry.status if entry else "active", entry.status_note if entry else "",
                     entry.legal_rep if entry else "")


def list_entries(ctx: ServiceContext, actor: Actor, *, query: str = "", followup_only: bool = False) -> list[EntryInfo]:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        stmt = select(Enterprise, DirectoryEntry).join(DirectoryEntry, DirectoryEntry.enterprise_id == Enterprise.id)
        if query.strip():
            text = query.strip()
            stmt = stmt.where(Enterprise.name.contains(text, autoescape=True)
                              | Enterprise.credit_code.startswith(text.upper(), autoescape=True))
        if followup_only:
            stmt = stmt.where(Enterprise.followup.is_(True))
        rows = uow.session.execute(stmt.order_by(Enterprise.region, Enterprise.name)).all()
        return [_info(e, d) for e, d in rows]


def update_entry(ctx: ServiceContext, actor: Actor, enterprise_id: int, edit: EntryEdit) -> EntryInfo:
    """Edit one entry from the GUI (the credit code is the key and is not edited here)."""
    name = edit.name.strip()
    if not name:
        raise InputError("企业名称", "不能为空。")
    if edit.last_result not in RESULT_ZH:
        raise InputError("上年度抽查结果", "应为 合格、不合格、拒检 或空。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        enterprise = uow.get(Enterprise, enterprise_id, "企业")
        names = product_names(uow, None)
        unknown = [p for p in edit.products if p not in names.values()]
        if unknown:
            raise InputError("产品", f"未知产品：{'、'.join(unknown)}。")
        before = _info(enterprise, uow.session.scalar(
            select(DirectoryEntry).where(DirectoryEntry.enterprise_id == enterprise_id)))
        entry = uow.session.scalar(select(DirectoryEntry).where(DirectoryEntry.enterprise_id == enterprise_id))
        if entry is None:
            entry = DirectoryEntry(enterprise_id=enterprise_id)
            uow.session.add(entry)
        enterprise.name, enterprise.address = name, edit.address.strip()
        enterprise.region, enterprise.county = edit.region.strip(), edit.county.strip()
        enterprise.licence_no = edit.licence_no.strip()
        enterprise.followup = edit.followup or edit.last_result in ("fail", "refused")
        entry.products, entry.last_result, entry.legal_rep = list(edit.products), edit.last_result, edit.legal_rep
        entry.updated_at = ctx.now()
        uow.flush()
        after = _info(enterprise, entry)
        audit.record(uow, ctx, actor, "directory.edited", "enterprise", enterprise_id, f"修改名录库：{name}",
                     details={"before": before.__dict__ | {"products": list(before.products)},
                              "after": after.__dict__ | {"products": list(after.products)}})
        uow.commit()
        return after


def set_status(ctx: ServiceContext, actor: Actor, enterprise_id: int, status: str, note: str) -> EntryInfo:
    if status not in STATUS_ZH:
        raise InputError("状态", "应为 正常生产、停产 或 已关闭。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SAMPLING)
        enterprise = uow.get(Enterprise, enterprise_id, "企业")
        entry = uow.session.scalar(select(DirectoryEntry).where(DirectoryEntry.enterprise_id == enterprise_id))
        if entry is None:
            entry = DirectoryEntry(enterprise_id=enterprise_id)
            uow.session.add(entry)
        entry.status, entry.status_note, entry.updated_at = status, note.strip(), ctx.now()
        uow.flush()
        audit.record(uow, ctx, actor, "directory.status", "enterprise", enterprise_id,
                     f"{enterprise.name}：{STATUS_ZH[status]}", reason=note.strip() or None)
        uow.commit()
        return _info(enterprise, entry)
