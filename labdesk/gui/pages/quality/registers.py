"""Tabs: 仪器设备 (status in green/yellow/red, confirmations, usage log), 人员授权, 标准物质."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from labdesk.domain.errors import InputError
from labdesk.domain.quality.equipment import CHECK_KINDS_ZH, OUTCOMES_ZH
from labdesk.domain.quality.scope import CATEGORIES_ZH
from labdesk.gui.pages.quality.base import Tab
from labdesk.gui.pages.quality.common import Field, FormDialog, date_text, fill, make_table
from labdesk.gui.session import GuiSession
from labdesk.services import users
from labdesk.services.quality import authorisations, equipment, materials
from labdesk.services.quality.equipment import EquipmentInfo, UsageEntry


def split_codes(text: str) -> list[str]:
    """Item codes contain commas (St,ad): separate them by spaces, 、 or semicolons."""
    return [c for c in re.split(r"[;；、\s]+", text) if c]


class EquipmentTab(Tab):
    HEADERS = ("设备编号", "名称", "型号", "出厂编号", "位置", "状态", "下次到期", "说明", "检验项目")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("登记设备…", self.register, enabled=self.manager)
        self.button("记录检定/校准/核查…", self.record_check, enabled=self.manager)
        self.button("停用/恢复…", self.toggle_service, enabled=self.manager)
        self.button("使用记录", self.show_usage)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: equipment.list_equipment(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        infos: list[EquipmentInfo] = rows
        fill(self.table, [(e.asset_no, e.name, e.model, e.serial_no, e.location, e.status.label_zh,
                           date_text(e.status.next_due), e.status.reason, "、".join(e.items)) for e in infos],
             [e.status.colour for e in infos], colour_col=5)

    def register(self) -> None:
        values = self.ask(FormDialog(self.tr("登记设备"), [
            Field("asset_no", self.tr("设备编号")), Field("name", self.tr("名称")), Field("model", self.tr("型号规格")),
            Field("serial_no", self.tr("出厂编号")), Field("location", self.tr("存放位置")),
            Field("items", self.tr("检验项目"), hint=self.tr("项目代码，用空格或顿号分隔，如 Mad Aad St,ad")),
            Field("main", self.tr("报告中列为主要设备"), "check", default=True)], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        items = split_codes(str(values["items"]))
        self.call(lambda: equipment.register(
            ctx, actor, asset_no=str(values["asset_no"]), name=str(values["name"]), model=str(values["model"]),
            serial_no=str(values["serial_no"]), location=str(values["location"]), items=items,
            main=bool(values["main"])))

    def record_check(self) -> None:
        current = self.current()
        if current is None:
            self.status.setText(self.tr("请先选择设备。"))
            return
        values = self.ask(FormDialog(self.tr("计量确认记录：%1").replace("%1", current.label), [
            Field("kind", self.tr("类型"), "combo", [(v, k) for k, v in CHECK_KINDS_ZH.items()]),
            Field("performed_on", self.tr("确认日期"), "date"),
            Field("outcome", self.tr("结论"), "combo", [(v, k) for k, v in OUTCOMES_ZH.items()]),
            Field("next_due", self.tr("下次到期日"), "optional_date"),
            Field("certificate_no", self.tr("证书编号")), Field("body", self.tr("检定/校准机构")),
            Field("note", self.tr("备注"), "multiline")], self))
        if values is None:
            return
        ctx, actor, eid = self.session.ctx, self.session.actor, current.id
        self.call(lambda: equipment.record_check(
            ctx, actor, eid, kind=str(values["kind"]), performed_on=values["performed_on"],  # type: ignore[arg-type]
            outcome=str(values["outcome"]), next_due=values["next_due"],  # type: ignore[arg-type]
            certificate_no=str(values["certificate_no"]), body=str(values["body"]), note=str(values["note"])))

    def toggle_service(self) -> None:
        current = self.current()
        if current is None:
            self.status.setText(self.tr("请先选择设备。"))
            return
        stop = not current.out_of_service
        title = self.tr("停用设备：%1") if stop else self.tr("恢复使用：%1")
        values = self.ask(FormDialog(title.replace("%1", current.label), [Field("reason", self.tr("理由"),
                                                                                  "multiline")], self))
        if values is None:
            return
        ctx, actor, eid = self.session.ctx, self.session.actor, current.id
        self.call(lambda: equipment.set_out_of_service(ctx, actor, eid, stop, str(values["reason"])))

    def show_usage(self) -> None:
        current = self.current()
        if current is None:
            self.status.setText(self.tr("请先选择设备。"))
            return
        ctx, actor, eid, label = self.session.ctx, self.session.actor, current.id, current.label
        self.session.runner.run(lambda: equipment.usage_log(ctx, actor, eid),
                                on_success=lambda rows: self._usage(label, rows), parent=self)

    def _usage(self, label: str, rows: list[UsageEntry]) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("使用记录：%1").replace("%1", label))
        dialog.resize(720, 420)
        table = make_table(dialog, [self.tr(h) for h in ("时间", "样品", "项目", "测定值", "检验人", "批次")])
        fill(table, [(date_text(u.at), u.blind_code, u.item_code, u.value_text, u.username,
                      str(u.run_id or "")) for u in rows])
        QVBoxLayout(dialog).addWidget(table)
        dialog.open()


class AuthorisationTab(Tab):
    HEADERS = ("人员", "类型", "范围", "方法", "生效日期", "有效期至", "授权依据", "授权人", "状态")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("新增上岗授权…", lambda: self.grant("test"), enabled=self.manager)
        self.button("新增签字领域…", lambda: self.grant("sign"), enabled=self.manager)
        self.button("撤销…", self.revoke, enabled=self.manager)
        self.finish_buttons()
        self.people: list[tuple[int, str]] = []

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: users.staff_directory(ctx, actor),
                                on_success=lambda p: setattr(self, "people", p), parent=self)
        self.load(lambda: authorisations.list_authorisations(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        today = self.session.ctx.today()
        fill(self.table, [(a.user_name, authorisations.KINDS_ZH[a.kind], a.scope_zh, a.method,
                           date_text(a.valid_from), date_text(a.valid_to) or self.tr("长期"), a.record_ref,
                           a.authorised_by, self.tr("有效") if a.valid_on(today) else
                           (self.tr("已撤销") if a.revoked else self.tr("不在有效期"))) for a in rows],
             ["#2E7D32" if a.valid_on(today) else "#C00000" for a in rows], colour_col=8)

    def grant(self, kind: str) -> None:
        hint = (self.tr("项目代码，用空格或顿号分隔，如 Aad Vad St,ad") if kind == "test"
                else self.tr("产品代码或类别：%1；* 表示全部").replace("%1", "、".join(CATEGORIES_ZH)))
        values = self.ask(FormDialog(self.tr("新增") + authorisations.KINDS_ZH[kind], [
            Field("user_id", self.tr("人员"), "combo", [(name, uid) for uid, name in self.people]),
            Field("scopes", self.tr("授权范围"), hint=hint), Field("method", self.tr("检验方法/标准")),
            Field("valid_from", self.tr("生效日期"), "date"), Field("valid_to", self.tr("有效期至"), "optional_date"),
            Field("record_ref", self.tr("授权依据（考核记录/授权书编号）"))], self))
        if values is None or values["user_id"] is None:
            return
        scopes = split_codes(str(values["scopes"]))
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: authorisations.grant(
            ctx, actor, user_id=int(values["user_id"]), kind=kind, scopes=scopes,  # type: ignore[call-overload]
            valid_from=values["valid_from"], valid_to=values["valid_to"],  # type: ignore[arg-type]
            record_ref=str(values["record_ref"]), method=str(values["method"])))

    def revoke(self) -> None:
        current = self.current()
        if current is None:
            self.status.setText(self.tr("请先选择授权记录。"))
            return
        values = self.ask(FormDialog(self.tr("撤销授权"), [Field("reason", self.tr("撤销理由"), "multiline")], self))
        if values is None:
            return
        ctx, actor, aid = self.session.ctx, self.session.actor, current.id
        self.call(lambda: authorisations.revoke(ctx, actor, aid, str(values["reason"])))


def parse_certified(text: str) -> dict[str, tuple[str, str]]:
    """"Aad=25.16±0.20; St,ad=0.85±0.03" → {"Aad": ("25.16", "0.20"), ...}."""
    out: dict[str, tuple[str, str]] = {}
    for part in text.replace("；", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError("标准值", f"「{part.strip()}」应写成 项目=标准值±不确定度。")
        code, rest = part.split("=", 1)
        value, _, u = rest.replace("+-", "±").partition("±")
        out[code.strip()] = (value.strip(), u.strip())
    return out


class MaterialTab(Tab):
    HEADERS = ("编号", "名称", "类别", "批号", "标准值 ± U", "允许差", "有效期至", "开封日期")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("登记标准物质…", self.register, enabled=self.manager)
        self.button("记录开封…", self.opened, enabled=self.manager)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: materials.list_materials(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        fill(self.table, [(m.code, m.name, m.kind_zh, m.lot,
                           "；".join(f"{k} {v}±{u}" if u else f"{k} {v}" for k, (v, u) in m.certified.items()),
                           "；".join(f"{k} ±{v}" for k, v in m.allowance.items()) or self.tr("取 U"),
                           date_text(m.expires_on), date_text(m.opened_on)) for m in rows])

    def register(self) -> None:
        values = self.ask(FormDialog(self.tr("登记标准物质/质控样"), [
            Field("code", self.tr("编号"), hint="GBW11108"), Field("name", self.tr("名称")),
            Field("kind", self.tr("类别"), "combo", [(v, k) for k, v in materials.KINDS_ZH.items()]),
            Field("lot", self.tr("批号")),
            Field("certified", self.tr("标准值"), hint=self.tr("Aad=25.16±0.20; St,ad=0.85±0.03")),
            Field("allowance", self.tr("实验室允许差（可空）"), hint=self.tr("Aad=0.25")),
            Field("expires_on", self.tr("有效期至"), "optional_date")], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> object:
            certified = parse_certified(str(values["certified"]))
            allowance = {k: v for k, (v, _u) in parse_certified(str(values["allowance"])).items()}
            return materials.register(ctx, actor, code=str(values["code"]), name=str(values["name"]),
                                      kind=str(values["kind"]), lot=str(values["lot"]), certified=certified,
                                      allowance=allowance, expires_on=values["expires_on"])  # type: ignore[arg-type]

        self.call(work)

    def opened(self) -> None:
        current = self.current()
        if current is None:
            self.status.setText(self.tr("请先选择标准物质。"))
            return
        values = self.ask(FormDialog(self.tr("开封日期"), [Field("on", self.tr("开封日期"), "date")], self))
        if values is None:
            return
        ctx, actor, mid = self.session.ctx, self.session.actor, current.id
        self.call(lambda: materials.mark_opened(ctx, actor, mid, values["on"]))  # type: ignore[arg-type]
