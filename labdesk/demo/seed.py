"""Demo step 1: users, lab settings, the 2021 Shanxi coal and coke plan, enterprises."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labdesk.domain.errors import RuleViolation
from labdesk.domain.permissions import Role
from labdesk.paths import resource
from labdesk.persistence.models import Enterprise
from labdesk.services import plans, users
from labdesk.services.auth import login

if TYPE_CHECKING:
    from labdesk.demo import DemoRun  # labdesk.demo imports this module: the name only for annotations

# username, full name, roles — every demo password is DEMO_PASSWORD (see README)
DEMO_USERS: tuple[tuple[str, str, tuple[Role, ...]], ...] = (
    ("admin", "系统管理员", (Role.ADMIN,)),
    ("reception", "张丽", (Role.RECEPTIONIST,)),
    ("tester1", "李强", (Role.TESTER,)),
    ("tester2", "王芳", (Role.TESTER,)),
    ("sampler1", "孙伟", (Role.TESTER,)),
    ("sampler2", "周杰", (Role.RECEPTIONIST,)),
    ("reviewer", "赵敏", (Role.REVIEWER,)),
    ("signatory", "陈刚", (Role.SIGNATORY,)),
    ("qm", "刘洋", (Role.QUALITY_MANAGER, Role.SIGNATORY)),
)

# name, unified social credit code (valid GB 32100 check character), city, county, follow-up
DEMO_ENTERPRISES: tuple[tuple[str, str, str, str, bool], ...] = (
    ("大同市云冈煤业有限公司", "91140200MA0GTQ0X19", "大同", "云冈区", False),
    ("朔州市平鲁区鑫源洗煤有限公司", "91140603MA0K3C6N5F", "朔州", "平鲁区", True),
    ("忻州市神达能源有限公司", "91140900MA0GU5FA3K", "忻州", "忻府区", False),
    ("阳泉市荫营焦化有限公司", "91140300MA0HAJ8C2Q", "阳泉", "郊区", False),
    ("吕梁市孝义鹏飞焦化有限公司", "91141181MA0KB2TP8J", "吕梁", "孝义市", True),
    ("大同市恒通煤炭经销有限公司", "91140200MA0L0FQR4N", "大同", "平城区", False),
)


def run(demo: DemoRun) -> None:
    from labdesk.demo import DEMO_PASSWORD

    ctx = demo.ctx
    if users.has_any_user(ctx):
        raise RuleViolation("演示数据只能写入空数据库（此数据库已有用户）。")
    users.bootstrap_admin(ctx, username="admin", full_name="系统管理员", password=DEMO_PASSWORD)
    admin = login(ctx, "admin", DEMO_PASSWORD)
    for username, full_name, roles in DEMO_USERS[1:]:
        users.create_user(ctx, admin, username=username, full_name=full_name, password=DEMO_PASSWORD, roles=roles)
    for username, *_ in DEMO_USERS:
        demo.users[username] = login(ctx, username, DEMO_PASSWORD)

    data = plans.read_plan_file(resource("plans", "shanxi-2021-coal-coke.toml"))
    plan = plans.import_plan(ctx, demo.actor("qm"), data, institution="山西省工业标准化研究院")
    demo.data["plan"] = plan

    with ctx.uow() as uow:
        ids = []
        for name, code, region, county, followup in DEMO_ENTERPRISES:
            enterprise = Enterprise(
                name=name, credit_code=code, region=region, county=county,
                address=f"山西省{region}市{county}", contact="王经理", phone="0352-1234567",
                followup=followup, followup_note="2020年抽查不合格，跟踪抽查" if followup else "",
            )
            uow.session.add(enterprise)
            uow.flush()
            ids.append(enterprise.id)
        uow.commit()
    demo.data["enterprise_ids"] = ids
    demo.summary.append(f"用户 {len(DEMO_USERS)} 个（密码均为 {DEMO_PASSWORD}）；计划「{plan.title}」"
                        f"（{plan.total_batches} 批次）；企业 {len(ids)} 家")
