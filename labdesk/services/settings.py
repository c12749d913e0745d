"""Lab-wide settings shared by every bench, with defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.persistence.models import Setting
from labdesk.persistence.uow import UnitOfWork
from labdesk.services import audit, setting_checks
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext

DEFAULTS: dict[str, Any] = {
    "lab.name": "山西省工业标准化研究院检验检测中心",
    "lab.name_en": "Shanxi Industrial Standardization Institute Testing Center",
    "lab.address": "山西省太原市小店区示例路 1 号",
    "lab.phone": "0351-0000000",
    "lab.cma_no": "210412340567",
    "lab.objection_office": "山西省市场监督管理局质量监督处",
    "numbering.sample_pattern": "{year}{product}{seq:04d}",
    "numbering.report_pattern": "JC{year}-{seq:05d}",
    "label.width_mm": 60,
    "label.height_mm": 40,
    "calorie_factor": "4.1816",
    "intake.reject_reasons": [
        "封条破损或缺失",
        "样品与抽样单记录不符",
        "样品数量不足",
        "抽样不符合实施细则规定",
        "抽样单据缺失或字迹无法辨认",
        "样品送达超过规定时限",
        "样品包装破损、受潮或污染",
    ],
    # intake bench (issue 4): camera spec device:N | video:PATH | folder:PATH; photo required before accepting
    "camera.source": "device:0",
    "intake.require_photo": True,
    # daily automatic backup (labdesk.services.backup): folder ("" = off) and days kept
    "backup.folder": "",
    "backup.keep_days": 14,
}


def get_value(uow: UnitOfWork, key: str) -> Any:
    """Read a setting inside an existing unit of work (no permission needed to read)."""
    row = uow.session.get(Setting, key)
    if row is not None:
        return row.value
    if key in DEFAULTS:
        return DEFAULTS[key]
    raise KeyError(key)


def get(ctx: ServiceContext, key: str) -> Any:
    with ctx.uow() as uow:
        return get_value(uow, key)


def all_settings(ctx: ServiceContext) -> dict[str, Any]:
    with ctx.uow() as uow:
        values = dict(DEFAULTS)
        for row in uow.session.scalars(select(Setting)):
            values[row.key] = row.value
        return values


def set_value(ctx: ServiceContext, actor: Actor, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise InputError(key, "未知的设置项。")
    value = setting_checks.check(key, value)  # typed, in range, with its unit
    if key == "backup.keep_days" and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise InputError("备份保留天数", "请填写不小于 1 的整数天数。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.MANAGE_SETTINGS)
        row = uow.session.get(Setting, key)
        before = row.value if row is not None else DEFAULTS[key]
        if row is None:
            uow.session.add(Setting(key=key, value=value, updated_at=ctx.now(), updated_by=actor.user_id))
        else:
            row.value = value
            row.updated_at = ctx.now()
            row.updated_by = actor.user_id
        audit.record(uow, ctx, actor, "setting.changed", "setting", key, f"修改设置 {key}",
                     details={"before": before, "after": value})
        uow.commit()
