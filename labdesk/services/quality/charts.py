"""Levey–Jennings control charts per item and control material, with Westgard rules.

The points are the reference positions of every run of the item that used the material, in the
order they were measured.  Limits come from the certificate (centre = certified value,
s = U / 2) or from the material's history (the first ``baseline`` points).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.domain.quality.control import Limits, limits_from_certificate, limits_from_history
from labdesk.domain.quality.westgard import RULE_NAMES_ZH, Point, evaluate
from labdesk.persistence.models import QcRun, QcRunPosition, ReferenceMaterial
from labdesk.persistence.uow import UnitOfWork
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext


@dataclass(frozen=True)
class ChartPoint:
    position_id: int
    run_no: str
    at: dt.datetime | None
    value: Decimal
    z: Decimal
    rules: tuple[str, ...]

    @property
    def rejected(self) -> bool:
        return any(r != "1_2s" for r in self.rules)


@dataclass(frozen=True)
class ChartData:
    material_code: str
    material_name: str
    lot: str
    item_code: str
    limits: Limits
    points: tuple[ChartPoint, ...]

    def rules_zh(self, point: ChartPoint) -> str:
        return "、".join(RULE_NAMES_ZH[r] for r in point.rules)


def _raw_points(uow: UnitOfWork, material_id: int, item_code: str) -> list[tuple[QcRunPosition, QcRun]]:
    rows = uow.session.execute(
        select(QcRunPosition, QcRun).join(QcRun, QcRun.id == QcRunPosition.run_id)
        .where(QcRunPosition.material_id == material_id, QcRunPosition.kind == "reference",
               QcRun.item_code == item_code, QcRunPosition.value_text.is_not(None))
        .order_by(QcRunPosition.entered_at, QcRunPosition.id))
    return [(p, r) for p, r in rows]


def chart_in(uow: UnitOfWork, material: ReferenceMaterial, item_code: str, *, source: str = "certificate",
             baseline: int = 20) -> ChartData:
    raw = _raw_points(uow, material.id, item_code)
    values = [Decimal(p.value_text or "0") for p, _ in raw]
    if source == "history":
        limits = limits_from_history(values[:baseline])
    else:
        entry = (material.certified or {}).get(item_code)
        if entry is None:
            raise InputError("控制图", f"标准物质 {material.code} 没有项目「{item_code}」的标准值。")
        u = Decimal(str(entry.get("u") or "0"))
        if u <= 0:
            allowance = (material.allowance or {}).get(item_code)
            u = Decimal(str(allowance)) if allowance else u  # in-house: allowance taken as 2s
        limits = limits_from_certificate(Decimal(str(entry["value"])), u)
    results = evaluate([Point(v, r.id) for v, (_, r) in zip(values, raw, strict=True)], limits)
    points = tuple(ChartPoint(p.id, r.run_no, p.entered_at, v, res.z, res.rules)
                   for (p, r), v, res in zip(raw, values, results, strict=True))
    return ChartData(material.code, material.name, material.lot, item_code, limits, points)


def violation_at(uow: UnitOfWork, material: ReferenceMaterial, item_code: str, position_id: int) -> str | None:
    """The rejection rules the point at ``position_id`` breaks (Chinese names), or None."""
    chart = chart_in(uow, material, item_code)
    for point in chart.points:
        if point.position_id == position_id and point.rejected:
            return "、".join(RULE_NAMES_ZH[r] for r in point.rules if r != "1_2s")
    return None


def control_chart(ctx: ServiceContext, actor: Actor, material_id: int, item_code: str, *,
                  source: str = "certificate") -> ChartData:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        material = uow.get(ReferenceMaterial, material_id, "标准物质")
        return chart_in(uow, material, item_code, source=source)


def chart_pdf(ctx: ServiceContext, actor: Actor, material_id: int, item_code: str, *,
              source: str = "certificate") -> bytes:
    from labdesk.reports.control_chart import ChartSheet, SheetPoint, render_chart
    from labdesk.services.settings import get

    chart = control_chart(ctx, actor, material_id, item_code, source=source)
    sheet = ChartSheet(
        title=f"质控图（Levey–Jennings）：{chart.item_code}",
        subtitle=f"控制物质 {chart.material_code} {chart.material_name}" + (f"，批号 {chart.lot}" if chart.lot else ""),
        lab_name=str(get(ctx, "lab.name")), centre=chart.limits.centre, sd=chart.limits.sd,
        limits_source_zh="由证书标准值与扩展不确定度（k=2）确定" if chart.limits.source == "certificate"
        else "由历史质控结果确定",
        points=tuple(SheetPoint(p.run_no, p.value, chart.rules_zh(p), p.rejected, "1_2s" in p.rules)
                     for p in chart.points),
        printed_on=ctx.today())
    return render_chart(sheet)


def chart_options(ctx: ServiceContext, actor: Actor) -> list[tuple[int, str, str]]:
    """(material id, item code, label) for every material/item pair that has points."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_QUALITY)
        pairs = uow.session.execute(
            select(QcRunPosition.material_id, QcRun.item_code).join(QcRun, QcRun.id == QcRunPosition.run_id)
            .where(QcRunPosition.material_id.is_not(None)).distinct()).all()
        out = set()
        for material_id, code in pairs:
            m = uow.get(ReferenceMaterial, material_id, "标准物质")
            out.add((m.id, code, f"{code} — {m.code} {m.name}"))
        return sorted(out, key=lambda t: t[2])
