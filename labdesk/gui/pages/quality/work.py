"""Tabs: 检验批次 (runs with positions, control results, run sheet, the quality manager's decision),
控制图 (Levey–Jennings with Westgard rules, PDF export) and 不符合工作."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QSplitter, QWidget

from labdesk.domain.errors import InputError
from labdesk.domain.permissions import Permission
from labdesk.gui import files
from labdesk.gui.pages.quality.base import Tab
from labdesk.gui.pages.quality.common import Field, FormDialog, date_text, fill, make_table
from labdesk.gui.pages.quality.registers import split_codes
from labdesk.gui.pages.reports import PdfPreview
from labdesk.gui.session import GuiSession
from labdesk.services import testing
from labdesk.services.quality import charts, equipment, materials, nonconformities, runs
from labdesk.services.quality.runs import RunInfo

RUN_COLOURS = {"open": None, "in_control": "#2E7D32", "failed": "#C00000", "accepted": "#B8860B", "redo": "#808080"}


def _save_pdf(parent: QWidget, pdf: bytes, name: str) -> None:
    path, _ = files.get_save_file_name(parent, parent.tr("保存 PDF"), name, "PDF (*.pdf)")
    if path:
        Path(path).write_bytes(pdf)


class RunTab(Tab):
    HEADERS = ("批次编号", "项目", "仪器设备", "状态", "建立人", "建立时间", "处理理由")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        tester = session.can(Permission.ENTER_RESULTS)
        self.button("新建批次…", self.create_run, enabled=tester)
        self.button("录入质控/空白结果…", self.enter_value, enabled=tester)
        self.button("打印工作单…", self.print_sheet)
        self.button("质控失败处理…", self.decide, enabled=self.manager)
        self.finish_buttons()
        self.positions = make_table(self, [self.tr(h) for h in ("位置", "类型", "编号", "结果", "判定", "标准值±允许差")])
        splitter = QSplitter(self)
        self.layout_.removeWidget(self.table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.positions)
        self.layout_.insertWidget(1, splitter, 1)
        self.table.itemSelectionChanged.connect(self._show_positions)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: runs.list_runs(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        infos: list[RunInfo] = rows
        fill(self.table, [(r.run_no, r.item_code, r.equipment_label, r.state_zh, r.created_by, date_text(r.created_at),
                           r.decision_reason) for r in infos], [RUN_COLOURS[r.state] for r in infos], colour_col=3)
        self._show_positions()

    def _show_positions(self) -> None:
        run: RunInfo | None = self.current()
        positions = run.positions if run else ()
        words = {"pass": self.tr("合格"), "fail": self.tr("不合格"), None: ""}
        fill(self.positions, [(str(p.position), p.kind_zh, p.code, p.value_text or "", words[p.outcome],
                               p.criterion_zh) for p in positions],
             ["#C00000" if p.outcome == "fail" else "#2E7D32" if p.outcome == "pass" else None for p in positions],
             colour_col=4)

    def create_run(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: (equipment.list_equipment(ctx, actor), materials.list_materials(ctx, actor)),
                                on_success=self._create_dialog, parent=self)

    def _create_dialog(self, loaded: tuple[list[Any], list[Any]]) -> None:
        eqs, mats = loaded
        values = self.ask(FormDialog(self.tr("新建检验批次"), [
            Field("item", self.tr("检验项目"), hint="Aad"),
            Field("codes", self.tr("样品（盲样编号）"), hint=self.tr("用空格分隔，可扫码")),
            Field("equipment", self.tr("仪器设备"), "combo",
                  [(self.tr("（不指定）"), None)] + [(f"{e.label} {e.status.label_zh}", e.id) for e in eqs]),
            Field("material", self.tr("标准物质/质控样"), "combo",
                  [(self.tr("（无）"), None)] + [(m.label, m.id) for m in mats]),
            Field("blanks", self.tr("空白个数"), "int"),
            Field("duplicates", self.tr("平行样（盲样编号）"), hint=self.tr("可空")),
            Field("method", self.tr("检验方法"))], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor

        def work() -> RunInfo:
            def ids(text: str) -> list[int]:
                out = []
                for code in split_codes(text):
                    sid = testing.find_by_code(ctx, actor, code)
                    if sid is None:
                        raise InputError("样品", f"找不到编号 {code}。")
                    out.append(sid)
                return out

            material = values["material"]
            return runs.create_run(ctx, actor, item_code=str(values["item"]), sample_ids=ids(str(values["codes"])),
                                   equipment_id=values["equipment"],  # type: ignore[arg-type]
                                   material_ids=[int(material)] if material is not None else [],  # type: ignore[call-overload]
                                   blanks=int(values["blanks"]),  # type: ignore[call-overload]
                                   duplicate_ids=ids(str(values["duplicates"])), method=str(values["method"]))

        self.call(work)

    def enter_value(self) -> None:
        run: RunInfo | None = self.current()
        row = self.positions.currentRow()
        if run is None or not 0 <= row < len(run.positions) or run.positions[row].kind == "sample":
            self.status.setText(self.tr("请先在右侧选择质控样、空白或平行样位置。"))
            return
        position = run.positions[row]
        values = self.ask(FormDialog(self.tr("第 %1 位 %2").replace("%1", str(position.position))
                                     .replace("%2", position.code), [Field("value", self.tr("测定结果"))], self))
        if values is None:
            return
        ctx, actor, pid = self.session.ctx, self.session.actor, position.id
        self.call(lambda: runs.enter_position_value(ctx, actor, pid, str(values["value"])))

    def print_sheet(self) -> None:
        run: RunInfo | None = self.current()
        if run is None:
            self.status.setText(self.tr("请先选择批次。"))
            return
        ctx, actor, rid, name = self.session.ctx, self.session.actor, run.id, f"{run.run_no}.pdf"
        self.session.runner.run(lambda: runs.run_sheet_pdf(ctx, actor, rid),
                                on_success=lambda pdf: _save_pdf(self, pdf, name), parent=self)

    def decide(self) -> None:
        run: RunInfo | None = self.current()
        if run is None:
            self.status.setText(self.tr("请先选择批次。"))
            return
        values = self.ask(FormDialog(self.tr("质控失败处理：%1").replace("%1", run.run_no), [
            Field("decision", self.tr("决定"), "combo", [(self.tr("重做本批次"), "redo"),
                                                          (self.tr("接受结果（须书面说明）"), "accept")]),
            Field("reason", self.tr("理由"), "multiline")], self))
        if values is None:
            return
        ctx, actor, rid = self.session.ctx, self.session.actor, run.id
        self.call(lambda: runs.decide(ctx, actor, rid, str(values["decision"]), str(values["reason"])))


class ChartTab(Tab):
    HEADERS = ("序号", "批次", "结果", "z", "规则")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.choice = QComboBox(self)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("控制限取自证书"), "certificate")
        self.source.addItem(self.tr("控制限取自历史数据"), "history")
        self.buttons.addWidget(self.choice, 1)
        self.buttons.addWidget(self.source)
        self.button("显示", self.show_chart)
        self.button("导出 PDF…", self.export)
        self.finish_buttons()
        self.preview = PdfPreview(self)
        self.preview.setMinimumHeight(360)
        self.layout_.insertWidget(1, self.preview, 3)

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.session.runner.run(lambda: charts.chart_options(ctx, actor), on_success=self._options, parent=self)

    def _options(self, options: list[tuple[int, str, str]]) -> None:
        current = self.choice.currentData()
        self.choice.clear()
        for mid, code, label in options:
            self.choice.addItem(label, (mid, code))
        if current is not None:
            index = self.choice.findData(current)
            self.choice.setCurrentIndex(max(index, 0))
        self.status.setText(self.tr("没有质控数据。") if not options else "")

    def _selected(self) -> tuple[int, str, str] | None:
        data = self.choice.currentData()
        return (data[0], data[1], str(self.source.currentData())) if data else None

    def show_chart(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        mid, code, source = chosen
        self.session.runner.run(lambda: (charts.control_chart(ctx, actor, mid, code, source=source),
                                         charts.chart_pdf(ctx, actor, mid, code, source=source)),
                                on_success=self._shown, parent=self)

    def _shown(self, result: tuple[charts.ChartData, bytes]) -> None:
        chart, pdf = result
        self.rows = list(chart.points)
        fill(self.table, [(str(i + 1), p.run_no, str(p.value), f"{p.z:.2f}", chart.rules_zh(p))
                          for i, p in enumerate(chart.points)],
             ["#C00000" if p.rejected else "#B8860B" if p.rules else None for p in chart.points], colour_col=4)
        self.preview.show_pdf(pdf)

    def export(self) -> None:
        if self.preview.pdf:
            _save_pdf(self, self.preview.pdf, "控制图.pdf")


class NonconformityTab(Tab):
    HEADERS = ("编号", "来源", "标题", "状态", "登记人", "登记时间", "原因", "纠正措施")

    def __init__(self, session: GuiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.button("登记不符合工作…", self.open_manual)
        self.button("填写处理…", self.edit, enabled=self.manager)
        self.button("关闭", self.close_current, enabled=self.manager)
        self.finish_buttons()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.load(lambda: nonconformities.list_nonconformities(ctx, actor))

    def show_rows(self, rows: list[Any]) -> None:
        fill(self.table, [(n.nc_no, n.source_zh, n.title, self.tr("未关闭") if n.state == "open" else self.tr("已关闭"),
                           n.opened_by, date_text(n.opened_at), n.cause, n.corrective_action) for n in rows],
             ["#C00000" if n.state == "open" else "#2E7D32" for n in rows], colour_col=3)

    def open_manual(self) -> None:
        values = self.ask(FormDialog(self.tr("登记不符合工作"), [
            Field("title", self.tr("标题")), Field("description", self.tr("描述"), "multiline")], self))
        if values is None:
            return
        ctx, actor = self.session.ctx, self.session.actor
        self.call(lambda: nonconformities.open_manual(ctx, actor, str(values["title"]), str(values["description"])))

    def edit(self) -> None:
        nc = self.current()
        if nc is None:
            self.status.setText(self.tr("请先选择记录。"))
            return
        values = self.ask(FormDialog(self.tr("处理 %1：%2").replace("%1", nc.nc_no).replace("%2", nc.title), [
            Field(key, self.tr(label), "multiline", default=getattr(nc, key))
            for key, label in nonconformities.FIELDS_ZH.items()], self))
        if values is None:
            return
        ctx, actor, nid = self.session.ctx, self.session.actor, nc.id
        self.call(lambda: nonconformities.update(ctx, actor, nid, **{k: str(v) for k, v in values.items()}))

    def close_current(self) -> None:
        nc = self.current()
        if nc is None:
            self.status.setText(self.tr("请先选择记录。"))
            return
        ctx, actor, nid = self.session.ctx, self.session.actor, nc.id
        self.call(lambda: nonconformities.close(ctx, actor, nid))
