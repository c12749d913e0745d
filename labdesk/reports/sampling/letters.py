"""The other field documents of a task: notice, authorisation, backup-sample notice, feedback, refusal form.

Their official templates were not found (reference sampling.md §2); the content follows the
seed plan, the AQSIQ-era notice (three parts, validity) and the analogues the reference cites.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from labdesk.reports.sampling.common import (
    BLANK,
    TaskDocData,
    build,
    choice,
    date_zh,
    grid,
    p,
    signature_block,
    styles,
)
from labdesk.reports.sampling.form import sampling_form

W2 = [40 * mm, 140 * mm]


def _head(title: str, d: TaskDocData, sub: str = "") -> list[Flowable]:
    s = styles()
    return [p(title, s["title"]), p(sub or f"编号：{d.task_no}", s["sub"]), Spacer(1, 4 * mm)]


def _rows(pairs: list[tuple[str, str]]) -> list[list[object]]:
    s = styles()
    return [[p(k, s["label"]), p(v or BLANK + "\n", s["cell"])] for k, v in pairs]


def notice(d: TaskDocData) -> list[Flowable]:
    """监督抽查通知书 (one per enterprise; three parts; valid within the period)."""
    s = styles()
    samplers = "、".join(d.samplers) or BLANK
    body = (f"{d.enterprise_name}：\n根据《中华人民共和国产品质量法》《产品质量监督抽查管理暂行办法》和{d.authority}"
            f"《{d.plan_title}》（{d.plan_document_no}），{d.lab_name}受委托对你单位生产（销售）的{d.product_name}"
            f"进行监督抽查{('（跟踪抽查）' if d.followup else '')}，由抽样人员 {samplers} 依照实施细则抽取样品。"
            "请你单位如实提供监督抽查所需材料和信息，予以配合，不得以任何方式阻碍、拒绝监督抽查。"
            "检验样品按标价购买，备用样品由你单位先行无偿提供；本次抽查不向你单位收取任何费用。")
    table = grid(_rows([
        ("被抽样单位", d.enterprise_name), ("统一社会信用代码", d.credit_code), ("地址", d.address),
        ("抽查产品", d.product_name), ("承检机构", d.lab_name), ("抽样人员", samplers),
        ("有效期", f"{date_zh(d.valid_from)} 至 {date_zh(d.valid_until)}"),
    ]), W2)
    foot = p("本通知书一式三联：第一联组织监督抽查的部门留存；第二联抽样时交被抽样单位；第三联抽样后寄回组织部门。"
             "本通知书经抽样人员签字后生效，涂改无效；未使用的通知书应交回。", s["small"])
    return [*_head("产品质量监督抽查通知书", d), p(body, s["body"]), Spacer(1, 4 * mm), table, Spacer(1, 6 * mm),
            p(f"{d.authority}（盖章）\n{date_zh(None)}", s["right"]), Spacer(1, 6 * mm),
            signature_block(s, ("抽样人员", "被抽样单位")), Spacer(1, 3 * mm), foot]


def authorisation(d: TaskDocData) -> list[Flowable]:
    """授权委托书 (samplers show a copy with the notice and their ID)."""
    s = styles()
    body = (f"兹委托{d.lab_name}（地址：{d.lab_address}）承担《{d.plan_title}》（{d.plan_document_no}）中"
            f"{d.product_name}等产品的抽样和检验工作，按监督抽查实施细则随机抽取被抽样对象、随机选派抽样人员，"
            f"依法开展抽样、检验及结果报送等工作。委托期限：{date_zh(d.valid_from)} 至 {date_zh(d.valid_until)}。")
    table = grid([[p("抽样人员", s["label"]), p("身份证明（工作证/身份证号）", s["label"])],
                  *[[p(n, s["cell"]), p(BLANK * 2, s["cell"])] for n in (d.samplers or ("", ""))]], [60 * mm, 120 * mm])
    return [*_head("授权委托书", d, f"（复印件随通知书出示） 任务编号：{d.task_no}"), p(body, s["body"]),
            Spacer(1, 4 * mm), table, Spacer(1, 10 * mm),
            p(f"委托单位：{d.authority}（盖章）\n{date_zh(None)}", s["right"])]


def seal_notice(d: TaskDocData) -> list[Flowable]:
    """样品封存和处置告知单 (backup sample kept sealed at the enterprise)."""
    s = styles()
    table = grid(_rows([
        ("被抽样单位", d.enterprise_name), ("样品名称", d.product_name), ("抽样单编号", d.task_no),
        ("备用样品数量", ""), ("封条编号", d.backup_seal), ("封存地点", d.backup_place), ("保管人", d.backup_keeper),
        ("贮存条件", choice(("防雨", "防潮", "防混入杂物", "其他"))),
        ("封存期限", "至检验结果异议期（收到结果之日起 15 日）及复检结束；届时由承检机构书面通知解除封存"),
        ("处置方式", choice(("解封后退还被抽样单位", "移交检验机构用于复检", "交市场监管部门依法处理"))),
    ]), W2)
    text = ("上述备用样品已由抽样人员和被抽样单位共同签封。封存期间，被抽样单位应妥善保管，不得擅自拆封、调换、转移、"
            "使用、隐匿或处置；封条破损或样品被调换、转移的，复检无效，由被抽样单位承担相应责任。复检时由检验机构凭本告知单"
            "和封条编号提取备用样品，双方确认封条完好。")
    return [*_head("样品封存和处置告知单", d), table, Spacer(1, 4 * mm), p(text, s["body"]), Spacer(1, 6 * mm),
            signature_block(s, ("抽样人员", "被抽样单位（保管人）"))]


def feedback(d: TaskDocData) -> list[Flowable]:
    """工作质量及工作纪律反馈单 (filled in by the enterprise, posted to the organiser, not the lab)."""
    s = styles()
    questions = ("抽样人员是否不少于 2 人", "是否出示监督抽查通知书、身份证明和授权委托书复印件",
                 "是否按实施细则规定的方法随机抽样", "检验样品是否按标价购买", "是否向企业收取任何费用",
                 "是否接受宴请、礼品或有其他违反工作纪律的行为", "抽样文书是否经双方签字确认", "态度是否文明规范")
    rows = [[p("序号", s["label"]), p("反馈事项", s["label"]), p("情况", s["label"])]]
    rows += [[p(str(i), s["cell"]), p(q, s["cell"]), p(choice(("是", "否")), s["cell"])]
             for i, q in enumerate(questions, start=1)]
    table = grid(rows, [14 * mm, 120 * mm, 46 * mm])
    head = grid(_rows([("被抽样单位", d.enterprise_name), ("抽查产品", d.product_name), ("承检机构", d.lab_name),
                       ("抽样人员", "、".join(d.samplers))]), W2)
    foot = p(f"请被抽样单位如实填写，加盖公章后直接寄送 {d.feedback_office}，不经承检机构转交。", s["base"])
    return [*_head("产品质量监督抽查工作质量及工作纪律反馈单", d), head, Spacer(1, 3 * mm), table, Spacer(1, 3 * mm),
            p("其他意见和建议：" + BLANK * 5, s["base"]), Spacer(1, 8 * mm), foot, Spacer(1, 6 * mm),
            signature_block(s, ("被抽样单位",))]


def refusal_form(d: TaskDocData) -> list[Flowable]:
    """产品质量监督抽查拒检认定表 (with the county bureau's joint confirmation)."""
    s = styles()
    table = grid(_rows([
        ("被抽样单位", d.enterprise_name), ("统一社会信用代码", d.credit_code), ("地址", d.address),
        ("抽查产品", d.product_name), ("抽样单编号", d.task_no), ("抽样人员", "、".join(d.samplers)),
        ("发生时间", date_zh(None) + "　　时　　分"), ("在场人员", ""),
        ("拒检情形", choice(("拒绝接受抽样", "以明显不合理的样品价格阻碍", "拒绝签字确认", "转移、隐匿产品",
                             "其他"))),
        ("企业陈述的理由", BLANK * 4), ("已告知的法律后果", "已告知拒绝监督抽查的，以拒检不合格向社会公布，并依法处理"),
        ("证据（照片/录像编号）", ""), ("见证人", ""),
        ("县级市场监督管理部门认定意见", BLANK * 4),
    ]), W2)
    return [*_head("产品质量监督抽查拒检认定表", d), table, Spacer(1, 6 * mm),
            signature_block(s, ("抽样人员", "被抽样单位（或注明拒签）", "见证人")), Spacer(1, 4 * mm),
            signature_block(s, ("县级市场监督管理部门",)),
            p("本表报送省局；拒检企业以拒检不合格向社会公布。", s["small"])]


DOCUMENTS: dict[str, tuple[str, Callable[[TaskDocData], list[Flowable]]]] = {
    "notice": ("监督抽查通知书", notice),
    "form": ("产品质量监督抽查/复查抽样单", sampling_form),
    "seal": ("样品封存和处置告知单", seal_notice),
    "feedback": ("工作质量及工作纪律反馈单", feedback),
    "refusal": ("拒检认定表", refusal_form),
    "authorisation": ("授权委托书", authorisation),
}


def document_pdf(kind: str, d: TaskDocData) -> bytes:
    title, make = DOCUMENTS[kind]
    return build([make(d)], f"{title} {d.task_no}")


def task_pack_pdf(d: TaskDocData, kinds: tuple[str, ...] = tuple(DOCUMENTS)) -> bytes:
    """Every field document of the task in one PDF, each on its own page(s)."""
    return build([DOCUMENTS[k][1](d) for k in kinds], f"抽样任务资料 {d.task_no}")
