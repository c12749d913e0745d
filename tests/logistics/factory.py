"""Builds plans, enterprises, samples, evaluations and signed reports straight in the database.

The logistics and plans tests need samples in every state without walking the
intake, testing and signing screens, so they write the rows those services would.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
from typing import Any

from labdesk.paths import resource
from labdesk.persistence.models import (
    Enterprise,
    Notice,
    Portion,
    Report,
    Sample,
    SampleEvaluation,
    SampleSampler,
)
from labdesk.services import plans
from labdesk.services.context import Actor, ServiceContext

INSTITUTION = "山西省工业标准化研究院"
_seq = itertools.count(1)


def seed_plan(ctx: ServiceContext, qm: Actor) -> plans.PlanInfo:
    data = plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml"))
    return plans.import_plan(ctx, qm, data, institution=INSTITUTION)


def enterprise(ctx: ServiceContext, name: str, region: str, county: str = "某区") -> int:
    with ctx.uow() as uow:
        row = Enterprise(name=name, region=region, county=county, address=f"山西省{region}市{county}",
                         contact="王经理", phone="0352-1234567")
        uow.session.add(row)
        uow.flush()
        uow.commit()
        return row.id


def tiny_pdf(title: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    from labdesk.reports.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont(font, 20)
    canvas.drawString(100, 700, title)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def evaluation_result(items: dict[str, tuple[str, str, str]], verdict: str) -> dict[str, Any]:
    """A stored engine snapshot: items {code: (reported, requirement, verdict)}."""
    return {
        "verdict": verdict,
        "grade": None,
        "failed_items": [code for code, (_, _, v) in items.items() if v == "fail"],
        "items": {code: {"code": code, "reported": rep, "value": rep, "requirement": req, "verdict": v}
                  for code, (rep, req, v) in items.items()},
        "conclusion": "经抽样检验，所检项目符合要求。" if verdict == "pass" else "经抽样检验，所检项目不符合要求。",
    }


def sample(
    ctx: ServiceContext, plan: plans.PlanInfo, product_code: str, unit_id: int, region: str, *,
    state: str = "registered", verdict: str | None = None, paid: bool = False, domain: str = "production",
    sampling_date: dt.date = dt.date(2021, 8, 2), finished: dt.datetime | None = None,
    producer_id: int | None = None, seal: str = "FT-0001", context: dict[str, Any] | None = None,
) -> int:
    n = next(_seq)
    product = next(p for p in plan.products if p.product_code == product_code)
    with ctx.uow() as uow:
        row = Sample(
            sample_no=f"2021{product.code_letter}{n:05d}", blind_code=f"B{n:06d}", form_no=f"SX2021-{n:05d}",
            plan_id=plan.id, plan_product_id=product.id, product_code=product_code, domain=domain,
            sampled_unit_id=unit_id, producer_id=producer_id, trademark="云冈", specification="混煤",
            batch_no=f"P{n}", sampling_date=sampling_date, region=region, paid=paid, state=state,
            verdict=verdict, seal_numbers=seal, base_quantity="500 t", sample_quantity="2×3 kg",
            sampling_place="成品煤场", executed_standard="GB/T 7562-2018",
            received_at=None if state in ("registered", "rejected") else
            dt.datetime.combine(sampling_date, dt.time(2), dt.UTC) + dt.timedelta(days=1),
            testing_finished_at=finished,
            context=context if context is not None else {"coal_rank": "other", "transport_km": 800},
        )
        row.portions.append(Portion(kind="test", code=f"{row.sample_no}-J", quantity="3 kg", seal_no=seal))
        row.portions.append(Portion(kind="backup", code=f"{row.sample_no}-B", quantity="3 kg", seal_no=seal))
        row.samplers.append(SampleSampler(position=0, name="孙伟"))
        row.samplers.append(SampleSampler(position=1, name="周杰"))
        uow.session.add(row)
        uow.flush()
        uow.commit()
        return row.id


def report(
    ctx: ServiceContext, sample_id: int, signer: Actor, issued_on: dt.date,
    items: dict[str, tuple[str, str, str]], verdict: str, *, notice: bool = True,
) -> int:
    """Mark the sample reported with a signed report, its evaluation and (when failing) a result notice."""
    with ctx.uow() as uow:
        row = uow.session.get(Sample, sample_id)
        assert row is not None
        row.state = "reported"
        row.verdict = verdict
        if row.testing_finished_at is None:
            row.testing_finished_at = dt.datetime.combine(issued_on, dt.time(1), dt.UTC) - dt.timedelta(days=2)
        result = evaluation_result(items, verdict)
        uow.session.add(SampleEvaluation(sample_id=sample_id, catalogue_version="test", ruleset_version="test",
                                         verdict=verdict, grade=None, result=result, evaluated_by=signer.user_id))
        pdf = tiny_pdf(f"Report {row.sample_no}")
        number = f"JC2021-{sample_id:05d}"
        rep = Report(sample_id=sample_id, report_no=number, revision=0, full_no=number, state="signed", pdf=pdf,
                     sha256=hashlib.sha256(pdf).hexdigest(), signer_id=signer.user_id,
                     signed_at=dt.datetime.combine(issued_on, dt.time(2), dt.UTC), issued_on=issued_on,
                     data={"conclusion": result["conclusion"]})
        uow.session.add(rep)
        uow.flush()
        if notice and verdict == "fail":
            npdf = tiny_pdf(f"Notice {row.sample_no}")
            uow.session.add(Notice(sample_id=sample_id, kind="result_notice", number=f"GZ2021-{sample_id:05d}",
                                   report_id=rep.id, pdf=npdf, sha256=hashlib.sha256(npdf).hexdigest()))
        uow.commit()
        return rep.id


PASS_ITEMS = {"Ad": ("12.35", "≤25.00", "pass"), "St,d": ("0.82", "≤3.00", "pass"),
              "Qnet,ar": ("21.45", "≥16.50", "pass")}
FAIL_ITEMS = {"Ad": ("31.20", "≤25.00", "fail"), "St,d": ("3.42", "≤3.00", "fail"),
              "Qnet,ar": ("15.10", "≥16.50", "fail")}


def determinations(ctx: ServiceContext, sample_id: int, values: dict[str, list[str]]) -> None:
    """Active replicate values, as result entry would leave them."""
    from labdesk.persistence.models import Determination, TestItem

    with ctx.uow() as uow:
        for position, (code, texts) in enumerate(values.items()):
            item = TestItem(sample_id=sample_id, item_code=code, position=position, status="accepted")
            for seq, text in enumerate(texts, start=1):
                item.determinations.append(Determination(round=1, seq=seq, value_text=text))
            uow.session.add(item)
        uow.commit()
