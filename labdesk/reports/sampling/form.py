"""产品质量监督抽查/复查抽样单: every field of the form (reference sampling.md §2), pre-filled from the task.

The official SAMR form was not found; the fields merge the public food form, a provincial schema
and the old rules, plus the coal fields (GB/T 475 / GB/T 19494.1).  Blank cells are filled in the
field; the barcode carries the task number that opens the registration at intake.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from labdesk.reports.sampling.common import BLANK, TaskDocData, barcode, choice, grid, p, styles

# (section, [(label, value or None for a blank), ...]); two label/value pairs per row
W = [28 * mm, 62 * mm, 28 * mm, 62 * mm]


def sections(d: TaskDocData) -> list[tuple[str, list[tuple[str, str]]]]:
    samplers = "、".join(d.samplers) if d.samplers else ""
    result = [
        ("任务信息", [
            ("抽样单编号", d.task_no), ("任务来源", f"{d.authority}"),
            ("计划名称", d.plan_title), ("计划编号", d.plan_document_no),
            ("计划类型", choice(("国家", "省级", "市级", "县级", "专项"), "专项")),
            ("抽查类别", choice(("监督抽查", "复查"), "监督抽查") + ("（跟踪抽查）" if d.followup else "")),
        ]),
        ("被抽样单位", [
            ("单位名称", d.enterprise_name), ("统一社会信用代码", d.credit_code),
            ("单位地址", d.address), ("所在地区", f"{d.region}{d.county}"),
            ("法定代表人", d.legal_rep), ("生产许可证编号", d.licence_no),
            ("联系人", d.contact), ("联系电话", d.phone),
            ("传真", ""), ("邮政编码", ""),
            ("年销售额（万元）", ""), ("从业人数", ""),
            ("年产值（万元）", ""), ("现场生产状态", choice(("正常生产", "停产", "其他"))),
            ("经济类型", choice(("国有", "集体", "私营", "股份", "外资", "其他"))),
            ("企业规模", choice(("大型", "中型", "小型", "微型"))),
        ]),
        ("抽样地点", [
            ("抽样环节", choice(("生产（成品库）", "流通（商店/仓库）", "电子商务"))), ("抽样地址", ""),
        ]),
        ("样品信息", [
            ("样品名称", d.product_name), ("商标", ""),
            ("规格型号", ""), ("生产日期/批号", ""),
            ("执行标准（编号及名称）", "；".join(d.standards)), ("质量等级", ""),
            ("生产许可证编号", d.licence_no), ("CCC 证书编号", "不适用"),
            ("产品目录编码", d.product_code), ("单价（元）", ""),
            ("是否出口", choice(("是", "否"))), ("样品购买", choice(("购买", "无偿提供（备用样品）"))),
        ]),
        ("数量", [
            ("抽样基数/批量", ""), ("抽样数量", ""),
            ("检验样品数量", ""), ("备用样品数量", ""),
            ("进货量（流通）", ""), ("库存量（流通）", ""),
        ]),
        ("样品状态", [
            ("样品形态", choice(("块状", "粒状", "粉状", "其他"))), ("包装情况", choice(("散装", "袋装", "其他"))),
            ("贮存条件", ""), ("封样状态", choice(("完好", "其他"))),
            ("检验样品封条编号", ""), ("备用样品封条编号", ""),
            ("备用样品存放", choice(("带回检验机构", "封存于被抽样单位"))), ("备用样品保管人", ""),
        ]),
        ("标称生产企业（在流通领域抽样时填写）", [
            ("企业名称", ""), ("企业地址", ""), ("联系人", ""), ("联系电话", ""),
        ]),
        ("抽样单位", [
            ("单位名称", d.lab_name), ("单位地址", d.lab_address),
            ("联系电话", d.lab_phone), ("抽样人员（不少于 2 人）", samplers),
            ("抽样日期", ""), ("寄送/送样期限及地址", f"{d.send_deadline}，{d.lab_address}"),
            ("拒检", choice(("否", "是（另填拒检认定表）"))), ("", ""),
        ]),
    ]
    if d.coal:
        result.insert(5, ("煤炭/焦炭采样（GB/T 475、GB/T 19494.1）", [
            ("采样方法", choice(("GB/T 475 人工", "GB/T 19494.1 机械"))), ("采样地点", choice(("煤堆", "车皮", "皮带"))),
            ("煤种/品种", ""), ("粒度级别", ""),
            ("批量（t）", ""), ("子样数 × 子样质量", ""),
            ("总样质量（kg）", ""), ("运输距离（km）", ""),
        ]))
    return result


def _section_rows(title: str, pairs: list[tuple[str, str]], s: dict[str, ParagraphStyle]) -> tuple[list[list[object]], int]:
    rows: list[list[object]] = [[p(title, s["section"]), "", "", ""]]
    for i in range(0, len(pairs), 2):
        row: list[object] = []
        for label, value in pairs[i:i + 2]:
            row += [p(label, s["label"]), p(value or BLANK, s["cell"])]
        while len(row) < 4:
            row += ["", ""]
        rows.append(row)
    return rows, len(rows)


def sampling_form(d: TaskDocData) -> list[Flowable]:
    s = styles()
    head = Table([[p("产品质量监督抽查/复查抽样单", s["title"]), barcode(d.task_no)]],
                 colWidths=[120 * mm, 60 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    rows: list[list[object]] = []
    spans: list[tuple[object, ...]] = []
    for title, pairs in sections(d):
        start = len(rows)
        block, _ = _section_rows(title, pairs, s)
        rows += block
        spans += [("SPAN", (0, start), (-1, start)), ("BACKGROUND", (0, start), (-1, start), colors.HexColor("#eeeeee"))]
    rows.append([p("被抽样单位意见/备注", s["label"]), p(BLANK * 3, s["cell"]), "", ""])
    spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
    sign = [[p("抽样人员签字：\n\n\n日期：", s["cell"]), "",
             p("被抽样单位代表签字并加盖公章：\n\n\n日期：", s["cell"]), ""]]
    table = grid(rows + sign, W, spans + [("SPAN", (0, len(rows)), (1, len(rows))),
                                          ("SPAN", (2, len(rows)), (3, len(rows)))])
    note = p("本单一式三联：被抽样单位、检验机构、组织监督抽查的部门各一联。抽样单经抽样人员和被抽样单位签字并盖章后生效；"
             "确需更正或补充的，应由被抽样单位在更正或补充处签名、盖章确认。被抽样单位拒绝签字的，抽样人员应注明情况，必要时由见证人签字。",
             s["small"])
    return [head, table, Spacer(1, 1 * mm), note]
