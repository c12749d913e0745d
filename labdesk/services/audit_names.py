"""Chinese names for audit action codes, entity types and detail keys (the audit log speaks Chinese).

``action_name("user.login")`` → 「登录」; unknown codes fall back to the area's name
(「检验：其他操作」), never to the raw code.  ``readable_details`` turns the stored
JSON details into 「旧值：…；新值：…」.
"""

from __future__ import annotations

import re
from typing import Any

from labdesk.domain.permissions import ROLE_NAMES_ZH, Role

ROLE_CODES = {r.value: ROLE_NAMES_ZH[r] for r in Role if r in ROLE_NAMES_ZH}

ACTIONS: dict[str, str] = {
    "user.login": "登录", "user.created": "新建用户", "user.activated": "启用用户", "user.deactivated": "停用用户",
    "user.identity_changed": "修改用户信息", "user.locked": "账户锁定", "user.password_changed": "修改密码",
    "user.password_reset": "重置密码", "user.roles_changed": "修改角色", "user.logout": "退出登录",
    "credential.deactivated": "停用签名证书", "credential.created": "导入签名证书",
    "setting.changed": "修改系统设置", "holiday.set": "设置节假日", "holiday.deleted": "删除节假日",
    "plan.imported": "导入抽查计划", "plan.exported": "导出计划数据",
    "directory.imported": "导入名录", "directory.edited": "修改名录", "directory.status": "修改名录状态",
    "sampling.assigned": "分派抽样任务", "sampling.backup_kept": "留存备用样品", "sampling.confirmation_asked":
    "发出样品确认", "sampling.confirmation_reply": "登记确认回复", "sampling.confirmation_reviewed": "审查确认结果",
    "sampling.documents": "生成抽样文书", "sampling.draw": "抽取抽样企业", "sampling.draw_printed": "打印抽取结果",
    "sampling.refused": "登记拒检", "sampling.registered": "登记抽样", "sampling.replaced": "替换抽样企业",
    "sampler.set": "设置抽样人员",
    "sample.registered": "登记样品", "sample.corrected": "更正样品信息", "sample.receipt_checked": "接收检查",
    "sample.received": "接收样品", "sample.rejected": "拒收样品", "sample.terminated": "终止检验",
    "sample.labels_printed": "打印标签", "sample.reported": "出具报告", "sample.disposed": "处置样品",
    "sample.unverified_verdict_acknowledged": "确认未核实依据的判定",
    "photo.added": "添加照片", "photo.deleted": "删除照片",
    "testing.started": "开始检验", "testing.items_created": "生成检验项目", "testing.submitted": "提交审核",
    "testing.determination_entered": "录入测定值", "testing.determination_edited": "修改测定值",
    "testing.determination_deleted": "删除测定值", "testing.determination_imported": "导入仪器测定值",
    "testing.item_method_set": "设置仪器与方法", "testing.item_redo": "重新测定", "testing.qualitative_set":
    "录入定性结果", "testing.blind_decoded": "解码盲样",
    "instrument.imported": "导入仪器数据", "instrument.mapping_changed": "修改仪器映射",
    "instrument.mapping_created": "新建仪器映射",
    "review.approved": "审核通过", "review.returned": "审核退回", "review.redetermination_ordered": "安排复测",
    "result.redetermined": "复测结果",
    "ruleset.limit_overridden": "修改判定限值", "ruleset.unverified_acknowledged": "确认未核实规则",
    "ruleset.version_applied": "改用规则版本",
    "report.signed": "签发报告", "report.amended": "更正报告", "report.superseded": "报告被替代",
    "report.retest_signed": "签发复检报告", "report.list_equipment": "报告列出仪器设备",
    "amendment.proposed": "提出报告更正",
    "delivery.recorded": "登记送达", "delivery.received": "登记签收", "ecqs.entered": "登记 e-CQS 录入",
    "objection.accepted": "受理异议", "objection.refused": "不予受理异议", "objection.unsealed": "启封备用样品",
    "objection.retested": "登记复检结果", "objection.not_retested": "异议未复检",
    "refusal.recorded": "登记拒检", "refusal.confirmed": "拒检共同认定", "refusal.reported": "拒检报送省局",
    "quality.authorisation_granted": "授权上岗", "quality.authorisation_revoked": "撤销授权",
    "quality.control_items": "设置质控项目", "quality.environment_reading": "记录环境条件",
    "quality.environment_requirement": "设置环境要求", "quality.equipment_checked": "设备核查",
    "quality.equipment_registered": "登记设备", "quality.equipment_service": "设备检定/校准",
    "quality.item_equipment_set": "设置项目设备", "quality.location_added": "新增存放位置",
    "quality.material_opened": "启用标准物质", "quality.material_registered": "登记标准物质",
    "quality.nc_closed": "关闭不符合项", "quality.nc_opened": "登记不符合项", "quality.nc_updated": "更新不符合项",
    "quality.portion_in": "样品入库", "quality.portion_out": "样品出库",
    "quality.refused_unauthorised": "拒绝未授权操作", "quality.remind_days": "设置提醒天数",
    "quality.run_accepted": "质控结果接受", "quality.run_created": "新建质控", "quality.run_failed": "质控失控",
    "quality.run_in_control": "质控受控", "quality.run_redo": "质控重做", "quality.run_value": "录入质控值",
    "integrity.checked": "完整性校验", "backup.created": "数据备份", "backup.restored": "恢复备份",
}

AREAS: dict[str, str] = {
    "user": "用户", "credential": "签名证书", "setting": "系统设置", "holiday": "节假日", "plan": "抽查计划",
    "directory": "名录", "sampling": "抽样", "sampler": "抽样人员", "sample": "样品", "photo": "照片",
    "testing": "检验", "instrument": "仪器数据", "review": "审核", "result": "结果", "ruleset": "判定规则",
    "report": "报告", "amendment": "报告更正", "delivery": "送达", "ecqs": "e-CQS", "objection": "异议",
    "refusal": "拒检", "quality": "质量管理", "integrity": "完整性", "backup": "备份",
}

ENTITIES: dict[str, str] = {
    "authorisation": "授权", "delivery": "送达", "directory": "名录", "ecqs": "e-CQS", "enterprise": "企业",
    "environment": "环境记录", "environment_requirement": "环境要求", "equipment": "设备",
    "holiday": "节假日", "instrument_import": "仪器导入", "instrument_mapping": "仪器映射",
    "nonconformity": "不符合项", "objection": "异议", "plan": "计划", "plan_product": "计划产品",
    "portion": "样品份", "reference_material": "标准物质", "refusal": "拒检", "report": "报告", "run": "质控",
    "sample": "样品", "sampling_draw": "抽取", "sampling_task": "抽样任务", "setting": "设置",
    "storage_location": "存放位置", "user": "用户", "user_credential": "签名证书",
}

DETAIL_KEYS: dict[str, str] = {
    "action": "操作", "after": "修改后", "before": "修改前", "old": "原值", "new": "新值", "comment": "意见",
    "reason": "理由", "code": "编号", "item": "项目", "items": "项目", "field": "字段", "kind": "类别",
    "kinds": "类别", "method": "方法", "name": "名称", "version": "版本", "old_version": "原版本",
    "new_version": "新版本", "verdict": "判定", "sample_no": "样品编号", "samples": "样品", "recipient": "收件人",
    "reference": "文号", "notice_no": "通知书编号", "serial_no": "序列号", "model": "型号", "place": "地点",
    "outcome": "结果", "grounds": "理由", "files": "文件", "rows": "行数", "errors": "错误",
    "old_round": "原轮次", "new_round": "新轮次", "source": "来源", "subject": "对象", "keeper": "保管人",
    "products": "产品", "samplers": "抽样人员", "seal_ok": "封条完好", "filed_on": "提出日期",
    "occurred_on": "发生日期", "confirmed_on": "认定日期", "reported_on": "报送日期", "done_on": "完成日期",
    "closed_on": "关闭日期", "rule": "规则", "from_state": "原状态", "allowance": "允许差", "certified": "标准值",
    "evidence": "证据", "portion": "样品份", "changes": "修改", "keys": "设置项", "report": "报告",
}


def action_name(code: str) -> str:
    if code in ACTIONS:
        return ACTIONS[code]
    area = AREAS.get(code.split(".", 1)[0])
    return f"{area}：其他操作" if area else "其他操作"


def entity_name(entity_type: str) -> str:
    return ENTITIES.get(entity_type, "对象")


_CODE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$|^[a-z]+$")  # product codes, document kinds: internal


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return "—"
    if isinstance(value, dict):
        return "，".join(f"{DETAIL_KEYS.get(str(k), str(k)) if '_' in str(k) else str(k)} {_value(v)}"
                        for k, v in value.items())
    if isinstance(value, list | tuple):
        return "、".join(t for t in (_value(v) for v in value) if t)
    text = str(value)
    if text in ROLE_CODES:
        return ROLE_CODES[text]
    return "" if _CODE.match(text) else text


def readable_details(details: dict[str, Any]) -> str:
    """「原值：…；新值：…」 in the detail keys' Chinese names; internal ids (``*_id``) are left out."""
    parts = []
    for key, value in details.items():
        if key.endswith(("_id", "_ids")) or key in ("config", "refs", "draw", "evaluation_id"):
            continue
        label, text = DETAIL_KEYS.get(key), _value(value)
        if text:
            parts.append(f"{label}：{text}" if label else text)
    return "；".join(p for p in parts if p)
