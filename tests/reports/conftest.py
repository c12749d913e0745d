"""Fixtures for the reports area: approved samples with a judging snapshot, and signing credentials.

Samples are written straight into the tables (the intake and testing services
are other areas); the judging snapshot comes from the real engine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from dataclasses import dataclass

import pytest

from labdesk.domain.judging.engine import evaluate
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.paths import resource
from labdesk.persistence.models import (
    Determination,
    Enterprise,
    Photo,
    PlanProduct,
    ReviewAction,
    Sample,
    SampleEvaluation,
    TestItem,
)
from labdesk.reports import pki
from labdesk.services import credentials, plans
from labdesk.services.context import Actor, ServiceContext
from tests.reports.sample_data import photo

PASSPHRASE = "cert-pass-1"
PASSWORD = "test1234"
_counter = itertools.count(1)

PASSING = {"Mad": ["1.50", "1.52"], "Aad": ["20.10", "20.20"], "St,ad": ["0.60", "0.62"], "Mt": ["8.0", "8.2"],
           "Vad": ["28.0", "28.2"], "Qb,ad": ["25000", "25050"], "Had": ["3.5", "3.6"]}
FAILING = {"Mad": ["1.50", "1.52"], "Aad": ["45.10", "45.20"], "St,ad": ["3.60", "3.62"], "Mt": ["8.0", "8.2"]}


@dataclass
class World:
    ctx: ServiceContext
    actors: dict[str, Actor]
    plan_id: int
    ca_pem: bytes

    def sample(self, *, fail: bool = False, photos: int = 2, reviewer: str = "reviewer") -> int:
        return make_approved_sample(self.ctx, self.actors, self.plan_id, fail=fail, photos=photos,
                                    reviewer=reviewer)


def make_approved_sample(ctx: ServiceContext, actors: dict[str, Actor], plan_id: int, *, fail: bool = False,
                         photos: int = 2, reviewer: str = "reviewer") -> int:
    n = next(_counter)
    values = FAILING if fail else PASSING
    with ctx.uow() as uow:
        product = uow.session.query(PlanProduct).filter_by(plan_id=plan_id, product_code="power_coal").one()
        unit = Enterprise(name=f"大同市云冈煤业有限公司{n}号矿", credit_code=None, address="山西省大同市云冈区",
                          region="大同", county="云冈区")
        uow.session.add(unit)
        uow.flush()
        now = ctx.now()
        sample = Sample(
            sample_no=f"2021D{n:04d}", blind_code=f"B{n:05d}", form_no=f"F{n:04d}", plan_id=plan_id,
            plan_product_id=product.id, product_code="power_coal", domain="production", sampled_unit_id=unit.id,
            producer_id=unit.id, specification="混煤", batch_no="20210728", sampling_date=dt.date(2021, 8, 2),
            sampling_place="成品煤仓", base_quantity="3000 t", sample_quantity="6 kg", state="approved",
            context={"coal_rank": "other", "transport_km": "300"}, received_at=now, testing_started_at=now,
            testing_finished_at=now, verdict="fail" if fail else "pass", receipt_checks={"seal_intact": True},
        )
        uow.session.add(sample)
        uow.flush()
        for pos, (code, vals) in enumerate(values.items()):
            item = TestItem(sample_id=sample.id, item_code=code, position=pos, tester_id=actors["tester"].user_id)
            uow.session.add(item)
            uow.flush()
            for seq, value in enumerate(vals, start=1):
                uow.session.add(Determination(test_item_id=item.id, seq=seq, value_text=value,
                                              entered_by=actors["tester"].user_id))
        ruleset = RuleSet.from_dict(product.ruleset)
        evaluation = evaluate(ruleset, context=sample.context, declared={}, determinations=values,
                              catalogue_version=ruleset.catalogue_version)
        uow.session.add(SampleEvaluation(
            sample_id=sample.id, catalogue_version=ruleset.catalogue_version, ruleset_version=ruleset.version,
            verdict=evaluation.verdict, grade=evaluation.grade, result=evaluation.to_json_dict(),
            evaluated_at=now))
        uow.session.add(ReviewAction(sample_id=sample.id, action="approve", user_id=actors[reviewer].user_id,
                                     at=now))
        for i in range(photos):
            jpeg = photo(i, (640, 480))
            uow.session.add(Photo(sample_id=sample.id, kind="seal", jpeg=jpeg,
                                  sha256=hashlib.sha256(jpeg).hexdigest(), width=640, height=480, locked=True,
                                  captured_at=now))
        sample_id = sample.id
        uow.commit()
    return sample_id


@pytest.fixture(scope="session")
def test_pki() -> tuple[bytes, bytes]:
    """One CA and one signatory PKCS#12 for the whole session (RSA key generation is slow)."""
    now = dt.datetime(2021, 7, 1, tzinfo=dt.UTC)
    ca = pki.make_ca("LabDesk 测试 CA", "测试实验室", now=now)
    return ca.pem, pki.issue_signatory(ca, "signatory姓名", "测试实验室", PASSPHRASE, now=now)


@pytest.fixture
def world(ctx: ServiceContext, actors: dict[str, Actor], test_pki: tuple[bytes, bytes]) -> World:
    data = plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml"))
    plan = plans.import_plan(ctx, actors["quality_manager"], data)
    admin = actors["admin"]
    ca_pem, p12 = test_pki
    credentials.import_ca_certificate(ctx, admin, ca_pem)
    credentials.import_pkcs12(ctx, admin, actors["signatory"].user_id, p12, PASSPHRASE,
                              owner_password=PASSWORD)
    credentials.import_lab_seal(ctx, admin, resource("report", "demo-seal.png").read_bytes())
    for name, key in (("signatory", "chengang"), ("reviewer", "zhaomin"), ("tester", "liqiang")):
        credentials.import_signature_image(ctx, admin, actors[name].user_id,
                                           resource("report", f"signature-{key}.png").read_bytes())
    return World(ctx, actors, plan.id, ca_pem)
