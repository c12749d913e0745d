"""Tabs: 样品存放 (locations, store / check-out / check-in, chain of custody) and 环境条件
(temperature and humidity readings, CSV import, the ranges methods require)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from labdesk.gui import files
from labdesk.gui.pages.quality.base import Tab
from labdesk.gui.pages.quality.common import Field, FormDialog, date_text, fill, make_table
from labdesk.gui.session import GuiSession
from labdesk.services.quality import environment, storage
from labdesk.services.quality.storage import CustodyEntry, LocationInfo, PortionPlace


class StorageTab(Tab):
    HEADERS = ("房间", "柜", "层", "盒")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("新增位置…", self.add, enabled=self.manager)
        self.button("样品入库/移位…", self.store)
        self.button("借出…", self.check_out)
        self.button("归还…", self.check_in)
        self.button("流转记录…", self.custody)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: storage.list_locations(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        locations: list[LocationInfo] = rows
        fill(self.table, [(loc.room, loc.cabinet, loc.shelf, loc.box) for loc in locations])

    def add(self) -> None:
        values = self.ask(FormDialog(self.tr("新增存放位置"), [Field("room", self.tr("房间")), Field("cabinet", self.tr("柜")),
                                                             Field("shelf", self.tr("层")), Field("box", self.tr("盒"))],
                                     self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: storage.add_location(ctx, actor, str(values["room"]), str(values["cabinet"]),
                                               str(values["shelf"]), str(values["box"])))

    def _done(self, place: PortionPlace) -> None:
        who = self.tr("，借出人 %1").replace("%1", place.checked_out_by) if place.checked_out_by else ""
        self.status.setText(f"{place.portion_code}（{place.kind_zh}）：{place.location}{who}")

    def store(self) -> None:
        values = self.ask(FormDialog(self.tr("样品入库/移位"), [
            Field("code", self.tr("样品编号（扫码）")),
            Field("location", self.tr("存放位置"), "combo", [(loc.label, loc.id) for loc in self.rows])], self))
        if values is None or values["location"] is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: storage.store(ctx, actor, str(values["code"]), int(values["location"])),  # type: ignore[call-overload]
                  self._done)

    def check_out(self) -> None:
        values = self.ask(FormDialog(self.tr("借出样品"), [Field("code", self.tr("样品编号（扫码）")),
                                                        Field("purpose", self.tr("用途"))], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: storage.check_out(ctx, actor, str(values["code"]), str(values["purpose"])), self._done)

    def check_in(self) -> None:
        values = self.ask(FormDialog(self.tr("归还样品"), [Field("code", self.tr("样品编号（扫码）")),
                                                        Field("note", self.tr("备注"))], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: storage.check_in(ctx, actor, str(values["code"]), str(values["note"])), self._done)

    def custody(self) -> None:
        values = self.ask(FormDialog(self.tr("流转记录"), [Field("code", self.tr("样品编号（扫码）"))], self))
        if values is None:
            return
        ctx, actor, code = self.session.ctx, self.session.actor, str(values["code"])
        self.session.runner.run(lambda: storage.custody(ctx, actor, code),
                                on_success=lambda rows: self._custody(code, rows), parent=self)

    def _custody(self, code: str, rows: list[CustodyEntry]) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("流转记录：%1").replace("%1", code))
        dialog.resize(640, 360)
        table = make_table(dialog, [self.tr(h) for h in ("时间", "操作", "位置", "经手人", "备注")])
        fill(table, [(date_text(e.at), e.action_zh, e.location, e.username, e.note) for e in rows])
        QVBoxLayout(dialog).addWidget(table)
        dialog.open()


class EnvironmentTab(Tab):
    HEADERS = ("房间", "时间", "温度 ℃", "相对湿度 %", "来源")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("记录温湿度…", self.record)
        self.button("导入记录仪 CSV…", self.import_file)
        self.button("设置方法环境要求…", self.requirement, enabled=self.manager)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: environment.list_readings(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        fill(self.table, [(r.room, date_text(r.at), r.temperature, r.humidity,
                           self.tr("导入") if r.source == "import" else self.tr("录入")) for r in rows])

    def record(self) -> None:
        values = self.ask(FormDialog(self.tr("记录温湿度"), [Field("room", self.tr("房间")),
                                                           Field("t", self.tr("温度 ℃")),
                                                           Field("rh", self.tr("相对湿度 %"))], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: environment.record_reading(ctx, actor, str(values["room"]), str(values["t"]),
                                                     str(values["rh"])))

    def import_file(self) -> None:
        path, _ = files.get_open_file_name(self, self.tr("选择温湿度记录文件"), "", "CSV (*.csv)")
        if not path:
            return
        raw = Path(path).read_bytes()
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: environment.import_csv(ctx, actor, raw),
                  lambda n: self.status.setText(self.tr("已导入 %1 条记录。").replace("%1", str(n))))

    def requirement(self) -> None:
        values = self.ask(FormDialog(self.tr("方法环境要求"), [
            Field("item", self.tr("检验项目"), hint="Qb,ad"), Field("room", self.tr("房间"), hint=self.tr("量热室")),
            Field("t_min", self.tr("最低温度 ℃")), Field("t_max", self.tr("最高温度 ℃")),
            Field("rh_max", self.tr("最高相对湿度 %"))], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: environment.set_requirement(ctx, actor, str(values["item"]), str(values["room"]),
                                                      t_min=str(values["t_min"]), t_max=str(values["t_max"]),
                                                      rh_max=str(values["rh_max"])))
