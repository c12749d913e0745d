"""The intake bench: register a sampled batch, photograph it, check it, accept or reject it.

Flow: ``check_registration`` (live, as the receptionist types) → ``register_sample``
(state registered; sample number, portion codes and blind code allocated) →
``add_photo`` / ``import_photo`` → ``save_receipt_check`` → ``accept_sample``
(state received; photos locked; labels + 样品接收单) or ``reject_sample`` (state
rejected; photos locked; 样品拒收通知 stored as a Notice).  A quality manager may
``terminate_sample`` (无证 case) with a termination notice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, String, and_, cast, func, literal, null, or_, select, union_all
from sqlalchemy.orm import selectinload

from labdesk import camera
from labdesk.domain import credit_code
from labdesk.domain.errors import InputError, NotFound, RuleViolation, StateError
from labdesk.domain.intake import (
    DOMAINS,
    RECEIPT_CHECK_NAMES,
    ExistingBatch,
    Problem,
    new_blind_code,
    normalise_code,
    plan_rule_problems,
    portion_code,
    receipt_problems,
    rejection_problems,
    sampler_problems,
)

# re-exported (explicitly, for mypy --strict): the GUI and the demo read these two here
from labdesk.domain.intake import PORTION_NAMES as PORTION_NAMES
from labdesk.domain.intake import RECEIPT_CHECKS as RECEIPT_CHECKS
from labdesk.domain.judging.engine import normalise_grade
from labdesk.domain.judging.ruleset import RuleSet
from labdesk.domain.judging_context import context_problems
from labdesk.domain.numbers import parse_decimal
from labdesk.domain.permissions import Permission
from labdesk.domain.quantities import quantity_problem
from labdesk.domain.workflow import STATE_NAMES_ZH, SampleState, check_transition
from labdesk.persistence.models import (
    Enterprise,
    Notice,
    Photo,
    Plan,
    PlanProduct,
    Portion,
    Sample,
    SampleSampler,
    User,
)
from labdesk.persistence.uow import UnitOfWork
from labdesk.reports.intake_docs import (
    DocPhoto,
    IntakeDocData,
    intake_receipt_pdf,
    rejection_notice_pdf,
    termination_notice_pdf,
)
from labdesk.reports.labels import LabelData, render_labels
from labdesk.services import audit, intake_context, numbering, ruleset_pinning
from labdesk.services.auth import authorize
from labdesk.services.context import Actor, ServiceContext
from labdesk.services.settings import get_value

PHOTO_KINDS: dict[str, str] = {
    "seal": "封条特写",
    "package": "整体包装",
    "form": "抽样单",
    "label": "标签",
    "other": "其他",
}
MAX_PHOTO_BYTES = 15 * 1024 * 1024
OPEN_STATES = frozenset({SampleState.REGISTERED.value})
# column sizes (persistence.models) as limits the receptionist sees, instead of a database error
MAX_LENGTHS: dict[str, tuple[int, str]] = {
    "form_no": (60, "抽样单编号"), "unit_name": (200, "被抽样单位名称"), "unit_address": (300, "单位地址"),
    "unit_contact": (100, "联系人"), "unit_phone": (50, "电话"), "producer_name": (200, "标称生产者"),
    "producer_address": (300, "生产者地址"), "trademark": (100, "商标"), "specification": (100, "规格型号"),
    "declared_grade": (20, "标称等级"), "batch_no": (100, "批号"), "executed_standard": (200, "执行标准"),
    "licence_no": (100, "生产许可证编号"), "base_quantity": (50, "抽样基数"), "test_quantity": (20, "检验样品数量"),
    "backup_quantity": (20, "备用样品数量"), "test_seal": (95, "检验样品封条编号"), "backup_seal": (95, "备用样品封条编号"),
    "sampling_place": (300, "抽样地点"),
}


# --- DTOs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SamplerEntry:
    name: str
    user_id: int | None = None


@dataclass(frozen=True)
class RegistrationDraft:
    """What the sampling form (抽样单) says, as typed.  Dates may be ``date`` or ISO text."""

    form_no: str = ""
    plan_id: int | None = None
    plan_product_id: int | None = None
    domain: str = "production"
    unit_name: str = ""
    unit_credit_code: str = ""
    unit_address: str = ""
    unit_contact: str = ""
    unit_phone: str = ""
    producer_name: str = ""
    producer_credit_code: str = ""
    producer_address: str = ""
    trademark: str = ""
    specification: str = ""
    declared_grade: str = ""
    declared_values: Mapping[str, str] = field(default_factory=dict)
    batch_no: str = ""
    production_date: dt.date | str | None = None
    executed_standard: str = ""
    licence_no: str = ""
    base_quantity: str = ""
    test_quantity: str = ""
    backup_quantity: str = ""
    test_seal: str = ""
    backup_seal: str = ""
    sampling_place: str = ""
    sampling_date: dt.date | str | None = None
    samplers: tuple[SamplerEntry, ...] = ()
    context: Mapping[str, Any] = field(default_factory=dict)  # coal_rank, transport_km, quench... (bool flags)
    paid: bool = True
    remarks: str = ""


@dataclass(frozen=True)
class PortionInfo:
    id: int
    kind: str
    kind_name: str
    code: str
    quantity: str
    seal_no: str
    state: str


@dataclass(frozen=True)
class PhotoInfo:
    id: int
    sample_id: int
    kind: str
    kind_name: str
    sha256: str
    width: int
    height: int
    source: str
    captured_at: dt.datetime
    captured_by: str
    workstation: str
    locked: bool


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    kind: str
    number: str
    sha256: str
    created_at: dt.datetime


@dataclass(frozen=True)
class SampleDetail:
    id: int
    version: int
    sample_no: str
    blind_code: str
    form_no: str
    plan_id: int
    plan_title: str
    plan_product_id: int
    product_code: str
    product_name: str
    needs_licence: bool
    domain: str
    sampled_unit_id: int
    unit_name: str
    unit_credit_code: str
    unit_address: str
    unit_contact: str
    followup: bool
    producer_name: str
    trademark: str
    specification: str
    declared_grade: str
    declared_values: dict[str, str]
    batch_no: str
    production_date: dt.date | None
    executed_standard: str
    licence_no: str
    base_quantity: str
    sample_quantity: str
    seal_numbers: str
    sampling_place: str
    sampling_date: dt.date
    samplers: tuple[SamplerEntry, ...]
    context: dict[str, Any]
    remarks: str
    state: str
    state_name: str
    receipt_checks: dict[str, bool | None]
    receipt_note: str
    rejection_reasons: tuple[str, ...]
    rejection_note: str
    termination_reason: str
    registered_at: dt.datetime
    received_at: dt.datetime | None
    portions: tuple[PortionInfo, ...]
    photos: tuple[PhotoInfo, ...]
    notices: tuple[NoticeInfo, ...]


@dataclass(frozen=True)
class SampleRow:
    id: int
    sample_no: str
    form_no: str
    product_name: str
    unit_name: str
    sampling_date: dt.date
    state: str
    state_name: str


@dataclass(frozen=True)
class SamplePage:
    rows: tuple[SampleRow, ...]
    next_after_id: int | None  # pass back as ``after_id`` for the next page; None: no more


@dataclass(frozen=True)
class CodeMatch:
    sample_id: int
    sample_no: str
    portion_id: int | None
    portion_kind: str | None
    code: str


@dataclass(frozen=True)
class Document:
    name: str  # a file name, e.g. "2021DL0001-labels.pdf"
    pdf: bytes


@dataclass(frozen=True)
class AcceptResult:
    sample: SampleDetail
    labels: Document
    receipt: Document


@dataclass(frozen=True)
class NoticeResult:
    sample: SampleDetail
    notice: NoticeInfo
    document: Document


@dataclass(frozen=True)
class PlanChoice:
    id: int
    title: str
    products: tuple[tuple[int, str, str, bool], ...]  # (plan_product_id, product_code, name_zh, needs_licence)


@dataclass(frozen=True)
class IntakeOptions:
    plans: tuple[PlanChoice, ...]
    staff: tuple[tuple[int, str], ...]  # (user id, full name): lab staff who can be samplers
    reject_reasons: tuple[str, ...]
    camera_source: str
    photo_kinds: tuple[tuple[str, str], ...]
    receipt_checks: tuple[tuple[str, str], ...]


class RegistrationRefused(RuleViolation):
    """``register_sample`` refused: ``problems`` holds every blocking finding."""

    code = "registration_refused"

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("无法登记：" + "；".join(p.message for p in problems))
        self.problems = tuple(problems)


# --- helpers ------------------------------------------------------------------------------


def _date(value: dt.date | str | None, field_name: str, label: str) -> tuple[dt.date | None, Problem | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    try:
        return dt.date.fromisoformat(str(value).strip()), None
    except ValueError:
        return None, Problem(field_name, f"{label}：不是有效日期（格式 YYYY-MM-DD）：{value}")


def _find_enterprise(session: Any, code: str, name: str) -> Enterprise | None:
    if code:
        found: Enterprise | None = session.scalar(select(Enterprise).where(Enterprise.credit_code == code))
        if found is not None:
            return found
    if name:
        named: Enterprise | None = session.scalar(
            select(Enterprise).where(Enterprise.name == name).order_by(Enterprise.id).limit(1))
        return named
    return None


def _existing_batches(session: Any, plan_id: int, enterprise_id: int, exclude_id: int | None = None) -> list[ExistingBatch]:
    query = (
        select(Sample.sample_no, Sample.product_code, PlanProduct.name_zh, Sample.state)
        .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
        .where(Sample.plan_id == plan_id, Sample.sampled_unit_id == enterprise_id)
        .order_by(Sample.id)
    )
    if exclude_id is not None:
        query = query.where(Sample.id != exclude_id)
    return [ExistingBatch(r.sample_no, r.product_code, r.name_zh, r.state) for r in session.execute(query)]


def _problems(uow: UnitOfWork, ctx: ServiceContext, draft: RegistrationDraft) -> list[Problem]:
    """Every finding on the draft; errors first.  Used live and again inside ``register_sample``."""
    session = uow.session
    problems, plan, product = _plan_problems(session, draft)
    problems += _unit_problems(session, draft, plan, product)
    problems += _producer_problems(draft)
    problems += _date_problems(draft, plan, ctx.today())
    problems += _quantity_problems(draft)
    problems += _licence_problems(draft, product)
    problems += _sampler_problems(session, draft)
    problems += _grade_problems(draft, product)
    problems += _context_problems(draft, product)
    problems += _number_problems(draft, product)
    problems += _length_problems(draft)
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(problems, key=lambda p: order[p.severity])


def _plan_problems(session: Any, draft: RegistrationDraft) -> tuple[list[Problem], Plan | None, PlanProduct | None]:
    """Form number, plan, product and domain; the plan and product found (None when not usable)."""
    problems: list[Problem] = []
    if not draft.form_no.strip():
        problems.append(Problem("form_no", "抽样单编号：必填。"))
    plan = session.get(Plan, draft.plan_id) if draft.plan_id else None
    if plan is None:
        problems.append(Problem("plan_id", "抽查计划：请选择。"))
    product = session.get(PlanProduct, draft.plan_product_id) if draft.plan_product_id else None
    if product is None or (plan is not None and product.plan_id != plan.id):
        problems.append(Problem("plan_product_id", "产品：请从所选计划的产品中选择。"))
        product = None
    if draft.domain not in DOMAINS:
        problems.append(Problem("domain", "抽样领域：应为生产领域或流通领域。"))

    if plan is not None and draft.form_no.strip():
        duplicate = session.scalar(
            select(Sample.sample_no).where(Sample.plan_id == plan.id, Sample.form_no == draft.form_no.strip(),
                                           Sample.state != SampleState.REJECTED.value).limit(1))
        if duplicate:
            problems.append(Problem("form_no", f"抽样单编号：{draft.form_no.strip()} 已登记为样品 {duplicate}。"))
    return problems, plan, product


def _unit_problems(session: Any, draft: RegistrationDraft, plan: Plan | None,
                   product: PlanProduct | None) -> list[Problem]:
    problems: list[Problem] = []
    # sampled unit
    unit_name = draft.unit_name.strip()
    code = ""
    if not unit_name:
        problems.append(Problem("unit_name", "被抽样单位名称：必填。"))
    if not draft.unit_credit_code.strip():
        problems.append(Problem("unit_credit_code", "统一社会信用代码：必填（见抽样单）。"))
    else:
        try:
            code = credit_code.validate(draft.unit_credit_code)
        except InputError as error:
            problems.append(Problem("unit_credit_code", str(error)))
    enterprise = _find_enterprise(session, code, "" if code else unit_name)
    if enterprise is not None and code and unit_name and enterprise.name != unit_name:
        problems.append(Problem("unit_name", f"该信用代码已登记为「{enterprise.name}」，与填写的名称不同，请核对。",
                                "warning"))
    if plan is not None and product is not None and enterprise is not None:
        problems.extend(plan_rule_problems(product.product_code, product.name_zh, enterprise.name,
                                           _existing_batches(session, plan.id, enterprise.id),
                                           followup=enterprise.followup, followup_note=enterprise.followup_note))
    elif enterprise is None and unit_name and code:
        problems.append(Problem("unit_name", "新企业：登记时将加入企业名录。", "info"))
    return problems


def _producer_problems(draft: RegistrationDraft) -> list[Problem]:
    problems: list[Problem] = []
    # producer (circulation)
    if draft.domain == "circulation" and not draft.producer_name.strip():
        problems.append(Problem("producer_name", "标称生产者：流通领域样品必填。"))
    if draft.producer_credit_code.strip():
        try:
            credit_code.validate(draft.producer_credit_code)
        except InputError as error:
            problems.append(Problem("producer_credit_code", "标称生产者" + str(error)))
    return problems


def _date_problems(draft: RegistrationDraft, plan: Plan | None, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    # batch, dates
    production_date, bad = _date(draft.production_date, "production_date", "生产日期")
    if bad:
        problems.append(bad)
    if not draft.batch_no.strip() and production_date is None and bad is None:
        problems.append(Problem("batch_no", "批号或生产日期：至少填写一项。"))
    sampling_date, bad = _date(draft.sampling_date, "sampling_date", "抽样日期")
    if bad:
        problems.append(bad)
    elif sampling_date is None:
        problems.append(Problem("sampling_date", "抽样日期：必填。"))
    else:
        if sampling_date > today:
            problems.append(Problem("sampling_date", f"抽样日期：{sampling_date} 晚于今天（{today}）。"))
        if plan is not None and ((plan.period_start and sampling_date < plan.period_start)
                                 or (plan.period_end and sampling_date > plan.period_end)):
            problems.append(Problem("sampling_date", f"抽样日期 {sampling_date} 不在计划抽样期内"
                                    f"（{plan.period_start} 至 {plan.period_end}）。", "warning"))
    if production_date and sampling_date and production_date > sampling_date:
        problems.append(Problem("production_date", "生产日期：晚于抽样日期。"))
    return problems


def _quantity_problems(draft: RegistrationDraft) -> list[Problem]:
    problems: list[Problem] = []
    # quantities and seals
    if not draft.test_quantity.strip():
        problems.append(Problem("test_quantity", "检验样品数量：必填。"))
    if not draft.backup_quantity.strip():
        problems.append(Problem("backup_quantity", "备用样品数量：必填（检验样品和备用样品分别封样）。"))
    for name, label in (("test_quantity", "检验样品数量"), ("backup_quantity", "备用样品数量"),
                        ("base_quantity", "抽样基数")):
        typed = str(getattr(draft, name) or "")
        message = quantity_problem(typed, label) if typed.strip() else None
        if message is not None:
            problems.append(Problem(name, message))
    if not draft.test_seal.strip():
        problems.append(Problem("test_seal", "检验样品封条编号：必填。"))
    if not draft.backup_seal.strip():
        problems.append(Problem("backup_seal", "备用样品封条编号：必填。"))
    if draft.test_seal.strip() and draft.test_seal.strip() == draft.backup_seal.strip():
        problems.append(Problem("backup_seal", "备用样品封条编号：与检验样品相同，两份样品应分别封样。", "warning"))
    return problems


def _licence_problems(draft: RegistrationDraft, product: PlanProduct | None) -> list[Problem]:
    problems: list[Problem] = []
    # licence (无证 → the quality manager terminates testing)
    if product is not None and product.needs_licence and not draft.licence_no.strip():
        problems.append(Problem("licence_no", "生产许可证编号：该产品实行生产许可管理；如生产者无证，"
                                "登记后由质量负责人终止检验。", "warning"))
    return problems


def _sampler_problems(session: Any, draft: RegistrationDraft) -> list[Problem]:
    problems: list[Problem] = []
    # samplers
    problems.extend(sampler_problems(s.name for s in draft.samplers))
    for sampler in draft.samplers:
        if sampler.user_id is not None and session.get(User, sampler.user_id) is None:
            problems.append(Problem("samplers", f"抽样人员「{sampler.name}」：用户不存在。"))
    return problems


def _grade_problems(draft: RegistrationDraft, product: PlanProduct | None) -> list[Problem]:
    problems: list[Problem] = []
    # the declared grade must be one the adopted rule set knows: it decides which limits apply
    if product is not None and product.ruleset is not None and draft.declared_grade.strip():
        try:
            normalise_grade(RuleSet.from_dict(product.ruleset), draft.declared_grade)
        except InputError as error:
            problems.append(Problem("declared_grade", f"标称等级：{error.detail}"))
    return problems


def _context_problems(draft: RegistrationDraft, product: PlanProduct | None) -> list[Problem]:
    """The judging context the adopted rule set asks for: a sample that could not be judged later is not
    registered (and, registered before the rule set was adopted, not accepted)."""
    if product is None or product.ruleset is None:
        return []
    # the conditions themselves, each naming its field (the page marks it); the declared values the rules
    # need (e.g. the labelled fibre composition) from intake_context
    problems = list(context_problems(RuleSet.from_dict(product.ruleset), draft.context))
    declared = intake_context.context_problems(product.ruleset, draft.context, draft.declared_values)
    return problems + [p for p in declared if p.field != "context"]


def _number_problems(draft: RegistrationDraft, product: PlanProduct | None) -> list[Problem]:
    problems: list[Problem] = []
    # numbers typed by a person
    compositions = intake_context.composition_keys(product.ruleset if product is not None else None)
    for key, value in draft.declared_values.items():
        if str(value).strip() and key not in compositions:  # compositions are checked with the context
            try:
                parse_decimal(value, f"标称值 {key}")
            except InputError as error:
                problems.append(Problem("declared_values", str(error)))
    # the rule set's conditions are checked by _context_problems; without a rule set, only the distance
    if (product is None or product.ruleset is None) and str(draft.context.get("transport_km", "")).strip():
        try:
            km = parse_decimal(draft.context["transport_km"], "运输距离")
            if km < 0:
                problems.append(Problem("context", "运输距离：不能为负数。"))
        except InputError as error:
            problems.append(Problem("context", str(error)))
    return problems


def _length_problems(draft: RegistrationDraft) -> list[Problem]:
    problems: list[Problem] = []
    for name, (limit, label) in MAX_LENGTHS.items():
        value = str(getattr(draft, name) or "").strip()
        if len(value) > limit:
            problems.append(Problem(name, f"{label}：最多 {limit} 个字符（现为 {len(value)} 个）。"))
    for sampler in draft.samplers:
        if len(sampler.name.strip()) > 100:
            problems.append(Problem("samplers", "抽样人员姓名：最多 100 个字符。"))
    return problems


def _get_sample(uow: UnitOfWork, sample_id: int) -> Sample:
    return uow.get(Sample, sample_id, "样品")


def _user_names(session: Any, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {row[0]: row[1] for row in session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))}


def _photo_infos(session: Any, sample_id: int) -> tuple[PhotoInfo, ...]:
    photos = session.scalars(select(Photo).where(Photo.sample_id == sample_id).order_by(Photo.id)).all()
    names = _user_names(session, (p.captured_by for p in photos))
    return tuple(
        PhotoInfo(p.id, p.sample_id, p.kind, PHOTO_KINDS.get(p.kind, p.kind), p.sha256, p.width, p.height, p.source,
                  p.captured_at, names.get(p.captured_by or -1, ""), p.workstation, p.locked)
        for p in photos
    )


def _detail(uow: UnitOfWork, sample: Sample) -> SampleDetail:
    session = uow.session
    plan = session.get(Plan, sample.plan_id)
    product = session.get(PlanProduct, sample.plan_product_id)
    unit = sample.sampled_unit
    producer = sample.producer
    notices = session.scalars(select(Notice).where(Notice.sample_id == sample.id).order_by(Notice.id)).all()
    checks = {key: sample.receipt_checks.get(key) for key, _ in RECEIPT_CHECKS}
    return SampleDetail(
        id=sample.id, version=sample.version, sample_no=sample.sample_no, blind_code=sample.blind_code,
        form_no=sample.form_no, plan_id=sample.plan_id, plan_title=plan.title if plan else "",
        plan_product_id=sample.plan_product_id, product_code=sample.product_code,
        product_name=product.name_zh if product else sample.product_code,
        needs_licence=bool(product and product.needs_licence), domain=sample.domain,
        sampled_unit_id=sample.sampled_unit_id, unit_name=unit.name, unit_credit_code=unit.credit_code or "",
        unit_address=unit.address, unit_contact=unit.contact, followup=unit.followup,
        producer_name=producer.name if producer else "", trademark=sample.trademark,
        specification=sample.specification, declared_grade=sample.declared_grade or "",
        declared_values=dict(sample.declared_values or {}), batch_no=sample.batch_no,
        production_date=sample.production_date, executed_standard=sample.executed_standard,
        licence_no=sample.licence_no, base_quantity=sample.base_quantity, sample_quantity=sample.sample_quantity,
        seal_numbers=sample.seal_numbers, sampling_place=sample.sampling_place, sampling_date=sample.sampling_date,
        samplers=tuple(SamplerEntry(s.name, s.user_id) for s in sample.samplers),
        context=dict(sample.context or {}), remarks=sample.remarks, state=sample.state,
        state_name=STATE_NAMES_ZH[SampleState(sample.state)], receipt_checks=checks,
        receipt_note=sample.receipt_note, rejection_reasons=tuple(sample.rejection_reasons or ()),
        rejection_note=sample.rejection_note, termination_reason=sample.termination_reason,
        registered_at=sample.registered_at, received_at=sample.received_at,
        portions=tuple(PortionInfo(p.id, p.kind, PORTION_NAMES.get(p.kind, p.kind), p.code, p.quantity, p.seal_no,
                                   p.state) for p in sample.portions),
        photos=_photo_infos(session, sample.id),
        notices=tuple(NoticeInfo(n.id, n.kind, n.number, n.sha256, n.created_at) for n in notices),
    )


def _enterprise_for(session: Any, name: str, code: str, address: str, contact: str, phone: str,
                    region: str = "") -> Enterprise:
    enterprise = _find_enterprise(session, code, "" if code else name)
    if enterprise is None:
        enterprise = Enterprise(name=name, credit_code=code or None, address=address, contact=contact, phone=phone,
                                region=region)
        session.add(enterprise)
        session.flush()
    return enterprise


def _blind_code(session: Any) -> str:
    for _ in range(20):
        code = new_blind_code()
        if session.scalar(select(Sample.id).where(Sample.blind_code == code)) is None:
            return code
    raise RuleViolation("无法生成唯一的盲样号，请重试。")  # pragma: no cover - 27^6 codes


# --- registration -------------------------------------------------------------------------


def intake_options(ctx: ServiceContext, actor: Actor) -> IntakeOptions:
    """What the intake form offers: plans with products, staff, reject reasons, camera source."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        plans = uow.session.scalars(
            select(Plan).where(Plan.status == "active").options(selectinload(Plan.products))
            .order_by(Plan.period_start.desc(), Plan.id.desc())).all()
        choices = tuple(
            PlanChoice(p.id, p.title, tuple((pp.id, pp.product_code, pp.name_zh, pp.needs_licence) for pp in p.products))
            for p in plans)
        staff = tuple((row[0], row[1]) for row in uow.session.execute(
            select(User.id, User.full_name).where(User.active).order_by(User.full_name)))
        return IntakeOptions(
            plans=choices, staff=staff,
            reject_reasons=tuple(get_value(uow, "intake.reject_reasons")),
            camera_source=str(get_value(uow, "camera.source")),
            photo_kinds=tuple(PHOTO_KINDS.items()), receipt_checks=RECEIPT_CHECKS,
        )


@dataclass(frozen=True)
class EnterpriseInfo:
    id: int
    name: str
    credit_code: str
    address: str
    contact: str
    phone: str
    followup: bool
    followup_note: str


def enterprise_by_code(ctx: ServiceContext, actor: Actor, code: str) -> EnterpriseInfo | None:
    """The enterprise directory entry for a (valid) credit code, to fill the form; None when unknown."""
    try:
        normal = credit_code.validate(code)
    except InputError:
        return None
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        e = uow.session.scalar(select(Enterprise).where(Enterprise.credit_code == normal))
        if e is None:
            return None
        return EnterpriseInfo(e.id, e.name, e.credit_code or "", e.address, e.contact, e.phone, e.followup,
                              e.followup_note)


def check_registration(ctx: ServiceContext, actor: Actor, draft: RegistrationDraft) -> list[Problem]:
    """All findings for the draft (errors, warnings, info), for the form to show as the user types."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        return _problems(uow, ctx, draft)


def register_sample(ctx: ServiceContext, actor: Actor, draft: RegistrationDraft) -> SampleDetail:
    """Register the batch (state registered); refuse with every blocking problem named."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REGISTER_SAMPLE)
        session = uow.session
        problems = _problems(uow, ctx, draft)
        blocking = [p for p in problems if p.blocking]
        if blocking:
            raise RegistrationRefused(blocking)
        plan = session.get(Plan, draft.plan_id)
        product = session.get(PlanProduct, draft.plan_product_id)
        assert plan is not None and product is not None
        code = credit_code.validate(draft.unit_credit_code)
        unit = _enterprise_for(session, draft.unit_name.strip(), code, draft.unit_address.strip(),
                               draft.unit_contact.strip(), draft.unit_phone.strip())
        # re-check the plan rules with the enterprise row locked, so two benches cannot both add a third batch
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(Enterprise.id).where(Enterprise.id == unit.id).with_for_update())
            late = [p for p in plan_rule_problems(product.product_code, product.name_zh, unit.name,
                                                  _existing_batches(session, plan.id, unit.id)) if p.blocking]
            if late:
                raise RegistrationRefused(late)
        producer = None
        if draft.producer_name.strip():
            producer_code = credit_code.validate(draft.producer_credit_code) if draft.producer_credit_code.strip() else ""
            producer = _enterprise_for(session, draft.producer_name.strip(), producer_code,
                                       draft.producer_address.strip(), "", "")
        today = ctx.today()
        pattern = str(get_value(uow, "numbering.sample_pattern"))
        letter = product.code_letter or product.product_code.upper()
        year = numbering.plan_year(session.get(Plan, draft.plan_id), today)  # the plan's year, not today's
        sample_no = numbering.next_number(uow, "sample", pattern, year=year, month=today.month, product=letter)
        while session.scalar(select(Sample.id).where(Sample.sample_no == sample_no)) is not None:
            sample_no = numbering.next_number(uow, "sample", pattern, year=year, month=today.month,
                                              product=letter)
        production_date, _ = _date(draft.production_date, "production_date", "生产日期")
        sampling_date, _ = _date(draft.sampling_date, "sampling_date", "抽样日期")
        assert sampling_date is not None
        context = {k: (v if isinstance(v, bool) else str(v).strip()) for k, v in draft.context.items()
                   if isinstance(v, bool) or str(v).strip()}
        sample = Sample(
            sample_no=sample_no, blind_code=_blind_code(session), form_no=draft.form_no.strip(), plan_id=plan.id,
            plan_product_id=product.id, product_code=product.product_code, domain=draft.domain,
            sampled_unit_id=unit.id, producer_id=producer.id if producer else None,
            trademark=draft.trademark.strip(), specification=draft.specification.strip(),
            declared_grade=draft.declared_grade.strip() or None,
            declared_values={k: str(v).strip() for k, v in draft.declared_values.items() if str(v).strip()},
            batch_no=draft.batch_no.strip(), production_date=production_date,
            executed_standard=draft.executed_standard.strip(), licence_no=draft.licence_no.strip(),
            base_quantity=draft.base_quantity.strip(),
            sample_quantity=f"检验样品 {draft.test_quantity.strip()}；备用样品 {draft.backup_quantity.strip()}",
            seal_numbers=f"{draft.test_seal.strip()}；{draft.backup_seal.strip()}",
            sampling_place=draft.sampling_place.strip(), sampling_date=sampling_date, region=unit.region,
            context=context, paid=draft.paid, remarks=draft.remarks.strip(), state=SampleState.REGISTERED.value,
            registered_at=ctx.now(), registered_by=actor.user_id, workstation=ctx.workstation,
        )
        for position, sampler in enumerate(draft.samplers):
            if sampler.name.strip():
                sample.samplers.append(SampleSampler(position=position, name=sampler.name.strip(),
                                                     user_id=sampler.user_id))
        sample.portions.append(Portion(kind="test", code=portion_code(sample_no, "test"),
                                       quantity=draft.test_quantity.strip(), seal_no=draft.test_seal.strip()))
        sample.portions.append(Portion(kind="backup", code=portion_code(sample_no, "backup"),
                                       quantity=draft.backup_quantity.strip(), seal_no=draft.backup_seal.strip()))
        session.add(sample)
        uow.flush()
        audit.record(uow, ctx, actor, "sample.registered", "sample", sample.id,
                     f"登记样品 {sample_no}（{product.name_zh}，{unit.name}）",
                     details={"sample_no": sample_no, "form_no": sample.form_no, "plan_id": plan.id,
                              "product_code": product.product_code, "sampled_unit_id": unit.id,
                              "samplers": [s.name for s in sample.samplers],
                              "warnings": [p.message for p in problems if not p.blocking]})
        uow.commit()
        return _detail(uow, sample)


# --- reading ------------------------------------------------------------------------------


def get_sample(ctx: ServiceContext, actor: Actor, sample_id: int) -> SampleDetail:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        return _detail(uow, _get_sample(uow, sample_id))


def lookup_code(ctx: ServiceContext, actor: Actor, code: str) -> CodeMatch:
    """A scanned or typed code → its sample (and portion): sample number, portion code or blind code."""
    wanted = normalise_code(code)
    if not wanted:
        raise InputError("条码", "请扫描或输入样品编号。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        # one round trip (issue 18): sample number, else portion code, else blind code
        none_id, none_kind = cast(null(), Integer), cast(null(), String)
        found = union_all(
            select(literal(0).label("rank"), Sample.id.label("sid"), Sample.sample_no.label("no"),
                   none_id.label("pid"), none_kind.label("kind")).where(Sample.sample_no == wanted),
            select(literal(1), Sample.id, Sample.sample_no, Portion.id, Portion.kind)
            .join(Portion, Portion.sample_id == Sample.id).where(Portion.code == wanted),
            select(literal(2), Sample.id, Sample.sample_no, none_id, none_kind).where(Sample.blind_code == wanted),
        ).subquery()
        row = uow.session.execute(select(found.c.sid, found.c.no, found.c.pid, found.c.kind)
                                  .order_by(found.c.rank).limit(1)).first()
        if row is not None:
            return CodeMatch(row.sid, row.no, row.pid, row.kind, wanted)
        raise NotFound(f"未找到条码「{wanted}」对应的样品或样品份。请核对条码，或在登记簿中搜索。")


def count_samples(ctx: ServiceContext, actor: Actor, query: str = "", state: str | None = None) -> int:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        stmt = select(func.count(Sample.id))
        for condition in _search_conditions(uow, query, state):
            stmt = stmt.where(condition)
        return int(uow.session.scalar(stmt) or 0)


def _prefix(column: Any, text: str) -> Any:
    # a range instead of LIKE, so the b-tree index serves it on SQLite and PostgreSQL alike
    return and_(column >= text, column < text + "\U0010ffff")


MAX_SEARCH_LENGTH = 200


def _search_conditions(uow: UnitOfWork, query: str, state: str | None) -> list[Any]:
    conditions: list[Any] = []
    if state:
        conditions.append(Sample.state == state)
    text = (query or "").strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise InputError("搜索", f"搜索内容过长（{len(text)} 个字符），请输入不超过 {MAX_SEARCH_LENGTH} 个字符的"
                               "样品编号、抽样单编号或单位名称。")
    if text:
        code = normalise_code(text)
        unit_ids = uow.session.scalars(
            select(Enterprise.id).where(Enterprise.name.contains(text, autoescape=True)).limit(500)).all()
        options = [_prefix(Sample.sample_no, code), _prefix(Sample.form_no, text)]
        if code != text:
            options.append(_prefix(Sample.form_no, code))
        if unit_ids:
            options.append(Sample.sampled_unit_id.in_(unit_ids))
        conditions.append(or_(*options))
    return conditions


def list_samples(ctx: ServiceContext, actor: Actor, *, query: str = "", state: str | None = None,
                 after_id: int | None = None, limit: int = 200) -> SamplePage:
    """The register, newest first, one page at a time (keyset paging on the id).

    ``query`` matches the start of the sample number or form number, or part of the
    sampled unit's name.
    """
    limit = max(1, min(limit, 1000))
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        stmt = (
            select(Sample.id, Sample.sample_no, Sample.form_no, PlanProduct.name_zh, Enterprise.name,
                   Sample.sampling_date, Sample.state)
            .join(PlanProduct, PlanProduct.id == Sample.plan_product_id)
            .join(Enterprise, Enterprise.id == Sample.sampled_unit_id)
            .order_by(Sample.id.desc()).limit(limit + 1)
        )
        for condition in _search_conditions(uow, query, state):
            stmt = stmt.where(condition)
        if after_id is not None:
            stmt = stmt.where(Sample.id < after_id)
        rows = uow.session.execute(stmt).all()
        more = len(rows) > limit
        rows = rows[:limit]
        return SamplePage(
            tuple(SampleRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], STATE_NAMES_ZH[SampleState(r[6])]) for r in rows),
            rows[-1][0] if more and rows else None,
        )


# --- photos -------------------------------------------------------------------------------


def _open_sample_for_photos(uow: UnitOfWork, sample_id: int) -> Sample:
    sample = _get_sample(uow, sample_id)
    if sample.state not in OPEN_STATES:
        raise StateError(f"样品 {sample.sample_no} 已{STATE_NAMES_ZH[SampleState(sample.state)]}，接收照片已锁定，"
                         "不能再添加或删除。")
    return sample


def add_photo(ctx: ServiceContext, actor: Actor, sample_id: int, kind: str, jpeg: bytes, *,
              source: str = "camera", note: str = "") -> PhotoInfo:
    """Store a JPEG (from the camera) for a registered sample, with its SHA-256, time, user and bench."""
    if kind not in PHOTO_KINDS:
        raise InputError("照片类型", f"未知类型「{kind}」（可用：{'、'.join(PHOTO_KINDS.values())}）。")
    if not jpeg.startswith(b"\xff\xd8\xff"):
        raise InputError("照片", "不是 JPEG 图像。")
    if len(jpeg) > MAX_PHOTO_BYTES:
        raise InputError("照片", f"文件过大（{len(jpeg) // 1024 // 1024} MB，上限 15 MB）。")
    info = camera.to_jpeg(jpeg)  # checks it decodes; keeps the bytes as they are
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECEIVE_SAMPLE)
        sample = _open_sample_for_photos(uow, sample_id)
        photo = Photo(sample_id=sample.id, kind=kind, stage="intake", jpeg=info.data, sha256=info.sha256,
                      width=info.width, height=info.height, source=source, captured_at=ctx.now(),
                      captured_by=actor.user_id, workstation=ctx.workstation, note=note)
        uow.session.add(photo)
        uow.flush()
        audit.record(uow, ctx, actor, "photo.added", "sample", sample.id,
                     f"样品 {sample.sample_no} 添加照片（{PHOTO_KINDS[kind]}）",
                     details={"photo_id": photo.id, "kind": kind, "sha256": info.sha256, "source": source})
        uow.commit()
        return _photo_infos(uow.session, sample.id)[-1]


def import_photo(ctx: ServiceContext, actor: Actor, sample_id: int, kind: str, path: Path | str) -> PhotoInfo:
    """A photo from a file (when there is no camera): JPEG kept as is, other images converted to JPEG."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError("照片文件", f"无法读取 {path.name}：{error.strerror}") from None
    jpeg = camera.to_jpeg(data)
    return add_photo(ctx, actor, sample_id, kind, jpeg.data, source="file", note=path.name)


def delete_photo(ctx: ServiceContext, actor: Actor, photo_id: int) -> None:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECEIVE_SAMPLE)
        photo = uow.get(Photo, photo_id, "照片")
        sample = _open_sample_for_photos(uow, photo.sample_id)
        if photo.locked:
            raise StateError("照片已锁定，不能删除。")
        audit.record(uow, ctx, actor, "photo.deleted", "sample", sample.id, f"样品 {sample.sample_no} 删除照片",
                     details={"photo_id": photo.id, "sha256": photo.sha256})
        uow.session.delete(photo)
        uow.commit()


def photo_jpeg(ctx: ServiceContext, actor: Actor, photo_id: int) -> bytes:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        data = uow.session.scalar(select(Photo.jpeg).where(Photo.id == photo_id))
        if data is None:
            raise NotFound(f"照片 {photo_id} 不存在。")
        return bytes(data)


def _lock_photos(uow: UnitOfWork, sample: Sample) -> list[dict[str, Any]]:
    photos = uow.session.scalars(select(Photo).where(Photo.sample_id == sample.id).order_by(Photo.id)).all()
    locked = []
    for photo in photos:
        data = bytes(photo.jpeg)
        if hashlib.sha256(data).hexdigest() != photo.sha256:
            raise RuleViolation(f"照片 {photo.id} 的内容与登记的 SHA-256 不符，可能已被改动，请联系质量负责人。")
        photo.locked = True
        locked.append({"photo_id": photo.id, "kind": photo.kind, "sha256": photo.sha256})
    return locked


# --- receipt check, accept, reject, terminate ---------------------------------------------


def save_receipt_check(ctx: ServiceContext, actor: Actor, sample_id: int, checks: Mapping[str, bool | None],
                       note: str = "") -> SampleDetail:
    """Store the receptionist's ticks (partial is fine; ``accept_sample`` requires them complete)."""
    unknown = sorted(set(checks) - set(RECEIPT_CHECK_NAMES))
    if unknown:
        raise InputError("接收检查", f"未知的检查项：{'、'.join(unknown)}")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECEIVE_SAMPLE)
        sample = _get_sample(uow, sample_id)
        if sample.state not in OPEN_STATES:
            raise StateError(f"样品 {sample.sample_no} 已{STATE_NAMES_ZH[SampleState(sample.state)]}，不能修改接收检查。")
        before = dict(sample.receipt_checks or {})
        sample.receipt_checks = {k: checks.get(k) for k, _ in RECEIPT_CHECKS}
        sample.receipt_note = note.strip()
        audit.record(uow, ctx, actor, "sample.receipt_checked", "sample", sample.id,
                     f"样品 {sample.sample_no} 接收检查", details={"before": before, "after": sample.receipt_checks,
                                                                   "note": sample.receipt_note})
        uow.commit()
        return _detail(uow, sample)


def _doc_data(uow: UnitOfWork, sample: Sample, notice_no: str = "", with_photos: bool = False) -> IntakeDocData:
    session = uow.session
    plan = session.get(Plan, sample.plan_id)
    product = session.get(PlanProduct, sample.plan_product_id)
    assert plan is not None and product is not None
    batch = "；".join(x for x in (sample.batch_no, sample.production_date.isoformat() if sample.production_date else "")
                     if x)
    photos: tuple[DocPhoto, ...] = ()
    if with_photos:
        rows = session.scalars(select(Photo).where(Photo.sample_id == sample.id).order_by(Photo.id)).all()
        photos = tuple(DocPhoto(PHOTO_KINDS.get(p.kind, p.kind), bytes(p.jpeg), p.width, p.height, p.sha256)
                       for p in rows)
    return IntakeDocData(
        lab_name=str(get_value(uow, "lab.name")), plan_title=plan.title, plan_document_no=plan.document_no,
        authority=plan.issuing_authority, sample_no=sample.sample_no, form_no=sample.form_no,
        product_name=product.name_zh, domain_name=DOMAINS.get(sample.domain, sample.domain),
        sampled_unit=sample.sampled_unit.name, sampled_unit_address=sample.sampled_unit.address,
        producer=sample.producer.name if sample.producer else "", trademark=sample.trademark,
        specification=" ".join(x for x in (sample.specification, sample.declared_grade or "") if x), batch=batch,
        sampling_date=sample.sampling_date, sampling_place=sample.sampling_place,
        samplers=tuple(s.name for s in sample.samplers), seal_numbers=sample.seal_numbers,
        portions=tuple((PORTION_NAMES.get(p.kind, p.kind), p.code, p.quantity, p.seal_no) for p in sample.portions),
        notice_no=notice_no, photos=photos,
    )


def _labels(uow: UnitOfWork, sample: Sample) -> Document:
    product = uow.session.get(PlanProduct, sample.plan_product_id)
    name = product.name_zh if product else sample.product_code
    header = str(get_value(uow, "lab.name"))
    labels = [LabelData(sample.sample_no, "样品", name,
                        (f"抽样单 {sample.form_no}", f"抽样日期 {sample.sampling_date.isoformat()}"))]
    for portion in sample.portions:
        if portion.kind == "test":
            # the test portion goes to the tester: blind code, no enterprise, no form number
            lines = (f"盲样号 {sample.blind_code}", f"数量 {portion.quantity}")
        else:
            # the backup portion stays in the sample store, found by sample number and seal
            lines = (f"样品编号 {sample.sample_no}", f"封条 {portion.seal_no}  数量 {portion.quantity}")
        labels.append(LabelData(portion.code, PORTION_NAMES.get(portion.kind, portion.kind), name, lines))
    pdf = render_labels(labels, width_mm=float(get_value(uow, "label.width_mm")),
                        height_mm=float(get_value(uow, "label.height_mm")), header=header)
    return Document(f"{sample.sample_no}-labels.pdf", pdf)


def _receipt(uow: UnitOfWork, sample: Sample) -> Document:
    names = _user_names(uow.session, [sample.received_by])
    checks = [(name, sample.receipt_checks.get(key)) for key, name in RECEIPT_CHECKS]
    received_at = (sample.received_at or sample.registered_at).astimezone(dt.timezone(dt.timedelta(hours=8)))
    pdf = intake_receipt_pdf(_doc_data(uow, sample), checks=checks, note=sample.receipt_note,
                             receptionist=names.get(sample.received_by or -1, ""), received_at=received_at)
    return Document(f"{sample.sample_no}-receipt.pdf", pdf)


def accept_sample(ctx: ServiceContext, actor: Actor, sample_id: int, checks: Mapping[str, bool | None] | None = None,
                  note: str | None = None, *, expected_version: int | None = None) -> AcceptResult:
    """Receipt check complete → state received; photos locked (hashes audited); labels and receipt rendered."""
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.RECEIVE_SAMPLE)
        sample = _get_sample(uow, sample_id)
        if expected_version is not None and sample.version != expected_version:
            raise StateError("该样品已被其他工作站修改，请刷新后重试。")
        check_transition(sample.state, SampleState.RECEIVED)
        if checks is not None:
            sample.receipt_checks = {k: checks.get(k) for k, _ in RECEIPT_CHECKS}
        if note is not None:
            sample.receipt_note = note.strip()
        problems = receipt_problems(sample.receipt_checks or {}, sample.receipt_note)
        if problems:
            raise RuleViolation("；".join(p.message for p in problems))
        intake_context.require_context(sample, uow.session.get(PlanProduct, sample.plan_product_id))
        if bool(get_value(uow, "intake.require_photo")):
            count = uow.session.scalar(select(func.count(Photo.id)).where(Photo.sample_id == sample.id))
            if not count:
                raise RuleViolation("接收前须拍照记录样品外观和封条（至少一张照片）；无摄像头时可从文件导入。")
        locked = _lock_photos(uow, sample)
        sample.state = SampleState.RECEIVED.value
        sample.received_at = ctx.now()
        sample.received_by = actor.user_id
        ruleset_version = ruleset_pinning.pin_on_acceptance(uow, sample)
        for portion in sample.portions:
            portion.state = "sealed"
        uow.flush()
        audit.record(uow, ctx, actor, "sample.received", "sample", sample.id, f"接收样品 {sample.sample_no}",
                     details={"receipt_checks": sample.receipt_checks, "note": sample.receipt_note,
                              "photos": locked, "ruleset_version": ruleset_version})
        labels = _labels(uow, sample)
        receipt = _receipt(uow, sample)
        uow.commit()
        return AcceptResult(_detail(uow, sample), labels, receipt)


def _store_notice(uow: UnitOfWork, ctx: ServiceContext, actor: Actor, sample: Sample, kind: str, prefix: str,
                  render: Any, note: str) -> tuple[Notice, Document]:
    today = ctx.today()
    number = numbering.next_number(uow, f"notice_{kind}", prefix + "{year}-{seq:04d}", year=today.year,
                                   month=today.month)
    pdf = render(_doc_data(uow, sample, notice_no=number, with_photos=True))
    notice = Notice(sample_id=sample.id, kind=kind, number=number, pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(),
                    note=note, created_at=ctx.now(), created_by=actor.user_id)
    uow.session.add(notice)
    uow.flush()
    return notice, Document(f"{sample.sample_no}-{kind}-{number}.pdf", pdf)


def reject_sample(ctx: ServiceContext, actor: Actor, sample_id: int, reasons: Sequence[str], note: str = "",
                  checks: Mapping[str, bool | None] | None = None) -> NoticeResult:
    """Refuse the sample with written reasons; it stays in the register as rejected, with a notice PDF."""
    reasons = [r.strip() for r in reasons if r and r.strip()]
    problems = rejection_problems(reasons, note)
    if problems:
        raise InputError("拒收理由", problems[0].message.split("：", 1)[-1])
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.REJECT_SAMPLE)
        sample = _get_sample(uow, sample_id)
        check_transition(sample.state, SampleState.REJECTED)
        if checks is not None:
            sample.receipt_checks = {k: checks.get(k) for k, _ in RECEIPT_CHECKS}
        locked = _lock_photos(uow, sample)
        sample.state = SampleState.REJECTED.value
        sample.rejection_reasons = list(reasons)
        sample.rejection_note = note.strip()
        uow.flush()
        receptionist = actor.full_name
        day = ctx.today()
        notice, document = _store_notice(
            uow, ctx, actor, sample, "rejection", "JS",
            lambda data: rejection_notice_pdf(data, reasons=reasons, note=note, receptionist=receptionist, day=day),
            "；".join(reasons))
        audit.record(uow, ctx, actor, "sample.rejected", "sample", sample.id, f"拒收样品 {sample.sample_no}",
                     details={"reasons": reasons, "photos": locked, "notice_no": notice.number,
                              "notice_sha256": notice.sha256}, reason=note.strip() or "；".join(reasons))
        uow.commit()
        info = NoticeInfo(notice.id, notice.kind, notice.number, notice.sha256, notice.created_at)
        return NoticeResult(_detail(uow, sample), info, document)


def terminate_sample(ctx: ServiceContext, actor: Actor, sample_id: int, reason: str) -> NoticeResult:
    """Stop testing (e.g. 无证: the producer lacks a required licence) → terminated, with a notice PDF."""
    if not reason.strip():
        raise InputError("终止理由", "必填（将写入报送省局的终止检验通知）。")
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.TERMINATE_SAMPLE)
        sample = _get_sample(uow, sample_id)
        check_transition(sample.state, SampleState.TERMINATED)
        previous = sample.state
        if previous == SampleState.REGISTERED.value:
            _lock_photos(uow, sample)
        sample.state = SampleState.TERMINATED.value
        sample.termination_reason = reason.strip()
        uow.flush()
        manager = actor.full_name
        day = ctx.today()
        notice, document = _store_notice(
            uow, ctx, actor, sample, "termination", "ZZ",
            lambda data: termination_notice_pdf(data, reason=reason.strip(), manager=manager, day=day),
            reason.strip())
        audit.record(uow, ctx, actor, "sample.terminated", "sample", sample.id, f"终止检验 {sample.sample_no}",
                     details={"from_state": previous, "notice_no": notice.number, "notice_sha256": notice.sha256},
                     reason=reason.strip())
        uow.commit()
        info = NoticeInfo(notice.id, notice.kind, notice.number, notice.sha256, notice.created_at)
        return NoticeResult(_detail(uow, sample), info, document)


# --- documents again (reprint) ------------------------------------------------------------


def labels_pdf(ctx: ServiceContext, actor: Actor, sample_id: int) -> Document:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.PRINT_LABELS)
        sample = _get_sample(uow, sample_id)
        if sample.state in (SampleState.REGISTERED.value, SampleState.REJECTED.value):
            raise StateError(f"样品 {sample.sample_no} 为{STATE_NAMES_ZH[SampleState(sample.state)]}，接收后才能打印标签。")
        audit.record(uow, ctx, actor, "sample.labels_printed", "sample", sample.id, f"打印标签 {sample.sample_no}")
        document = _labels(uow, sample)
        uow.commit()
        return document


def receipt_pdf(ctx: ServiceContext, actor: Actor, sample_id: int) -> Document:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        sample = _get_sample(uow, sample_id)
        if sample.received_at is None:
            raise StateError(f"样品 {sample.sample_no} 尚未接收，没有样品接收单。")
        return _receipt(uow, sample)


def notice_pdf(ctx: ServiceContext, actor: Actor, notice_id: int) -> Document:
    with ctx.uow() as uow:
        authorize(uow, actor, Permission.VIEW_SAMPLE_DETAILS)
        notice = uow.get(Notice, notice_id, "通知")
        sample = _get_sample(uow, notice.sample_id)
        return Document(f"{sample.sample_no}-{notice.kind}-{notice.number}.pdf", bytes(notice.pdf))
