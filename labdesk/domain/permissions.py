"""Roles and permissions.

A user may hold several roles; a role grants a fixed set of permissions.  Services
check permissions (``labdesk.services.auth.authorize``); the GUI only hides what a
user cannot do.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    TESTER = "tester"
    REVIEWER = "reviewer"
    SIGNATORY = "signatory"
    QUALITY_MANAGER = "quality_manager"
    ADMIN = "admin"


ROLE_NAMES_ZH: dict[Role, str] = {
    Role.RECEPTIONIST: "收样员",
    Role.TESTER: "检验员",
    Role.REVIEWER: "审核员",
    Role.SIGNATORY: "授权签字人",
    Role.QUALITY_MANAGER: "质量负责人",
    Role.ADMIN: "系统管理员",
}


class Permission(StrEnum):
    # administration
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_CREDENTIALS = "manage_credentials"
    VIEW_AUDIT = "view_audit"
    # plans
    VIEW_PLANS = "view_plans"
    MANAGE_PLANS = "manage_plans"
    EDIT_RULESETS = "edit_rulesets"
    MANAGE_DUTY_RULES = "manage_duty_rules"  # separation-of-duties options (quality manager)
    # intake
    REGISTER_SAMPLE = "register_sample"
    RECEIVE_SAMPLE = "receive_sample"
    REJECT_SAMPLE = "reject_sample"
    TERMINATE_SAMPLE = "terminate_sample"
    PRINT_LABELS = "print_labels"
    VIEW_SAMPLE_DETAILS = "view_sample_details"  # enterprise and sampling data
    # testing
    VIEW_BLIND_QUEUE = "view_blind_queue"
    ENTER_RESULTS = "enter_results"
    IMPORT_INSTRUMENT = "import_instrument"
    MANAGE_INSTRUMENTS = "manage_instruments"
    DECODE_BLIND = "decode_blind"
    # review and reports
    REVIEW_RESULTS = "review_results"
    ORDER_REDETERMINATION = "order_redetermination"
    SIGN_REPORTS = "sign_reports"
    AMEND_REPORTS = "amend_reports"
    VIEW_REPORTS = "view_reports"
    # after the report
    RECORD_DELIVERY = "record_delivery"
    RECORD_OBJECTION = "record_objection"
    RECORD_REFUSAL = "record_refusal"
    DISPOSE_SAMPLES = "dispose_samples"
    EXPORT_PLAN = "export_plan"
    # quality system (issue 16)
    VIEW_QUALITY = "view_quality"
    MANAGE_QUALITY = "manage_quality"
    # sampling (directory, draws, sampler assignment, field documents)
    MANAGE_SAMPLING = "manage_sampling"
    APPROVE_CORRECTION = "approve_correction"  # a registered sample corrected after testing began


P = Permission

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset(
        {
            P.VIEW_PLANS, P.REGISTER_SAMPLE, P.RECEIVE_SAMPLE, P.REJECT_SAMPLE, P.PRINT_LABELS,
            P.VIEW_SAMPLE_DETAILS, P.RECORD_DELIVERY, P.RECORD_REFUSAL, P.DISPOSE_SAMPLES,
            P.VIEW_REPORTS, P.VIEW_QUALITY,
        }
    ),
    Role.TESTER: frozenset({P.VIEW_BLIND_QUEUE, P.ENTER_RESULTS, P.IMPORT_INSTRUMENT, P.VIEW_QUALITY}),
    Role.REVIEWER: frozenset(
        {P.VIEW_BLIND_QUEUE, P.REVIEW_RESULTS, P.ORDER_REDETERMINATION, P.VIEW_REPORTS, P.VIEW_PLANS}
    ),
    Role.SIGNATORY: frozenset(
        {
            P.VIEW_BLIND_QUEUE, P.SIGN_REPORTS, P.AMEND_REPORTS, P.VIEW_REPORTS, P.DECODE_BLIND,
            P.VIEW_SAMPLE_DETAILS, P.VIEW_PLANS,
        }
    ),
    Role.QUALITY_MANAGER: frozenset(
        {
            P.VIEW_PLANS, P.MANAGE_PLANS, P.EDIT_RULESETS, P.TERMINATE_SAMPLE, P.DECODE_BLIND,
            P.VIEW_SAMPLE_DETAILS, P.VIEW_BLIND_QUEUE, P.ORDER_REDETERMINATION, P.VIEW_REPORTS,
            P.VIEW_AUDIT, P.RECORD_OBJECTION, P.RECORD_DELIVERY, P.RECORD_REFUSAL, P.DISPOSE_SAMPLES,
            P.EXPORT_PLAN, P.MANAGE_INSTRUMENTS, P.MANAGE_DUTY_RULES, P.VIEW_QUALITY, P.MANAGE_QUALITY,
            P.MANAGE_SAMPLING,
            P.APPROVE_CORRECTION,
        }
    ),
    Role.ADMIN: frozenset(
        {P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_CREDENTIALS, P.VIEW_AUDIT, P.MANAGE_INSTRUMENTS}
    ),
}


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)
