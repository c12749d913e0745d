"""The main window's pages, shown by role.

Each page module defines ``Page(QWidget)`` with ``__init__(self, session: GuiSession,
parent: QWidget | None = None)``, and optionally ``refresh(self) -> None`` (called
whenever the page is shown) and ``open_code(self, code: str) -> bool`` (a scanned
sample or portion code; return True when handled).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6 import QtCore

from labdesk.domain.permissions import Permission as P

# PySide6's stubs type QT_TRANSLATE_NOOP as returning object; it returns its text argument.
# The name stays QT_TRANSLATE_NOOP so that pyside6-lupdate still finds the strings below.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text, translated with context "nav"
    module: str
    any_of: frozenset[P]  # shown when the user holds at least one of these

    def visible_for(self, permissions: frozenset[P]) -> bool:
        return not self.any_of or bool(self.any_of & permissions)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("nav", "工作台"), "labdesk.gui.pages.home", frozenset()),
    PageSpec("intake", QT_TRANSLATE_NOOP("nav", "样品接收"), "labdesk.gui.pages.intake",
             frozenset({P.REGISTER_SAMPLE, P.RECEIVE_SAMPLE, P.TERMINATE_SAMPLE})),
    PageSpec("testing", QT_TRANSLATE_NOOP("nav", "检验录入"), "labdesk.gui.pages.testing",
             frozenset({P.ENTER_RESULTS})),
    PageSpec("review", QT_TRANSLATE_NOOP("nav", "结果审核"), "labdesk.gui.pages.review",
             frozenset({P.REVIEW_RESULTS})),
    PageSpec("signing", QT_TRANSLATE_NOOP("nav", "报告签发"), "labdesk.gui.pages.signing",
             frozenset({P.SIGN_REPORTS})),
    PageSpec("plans", QT_TRANSLATE_NOOP("nav", "抽查计划"), "labdesk.gui.pages.plans",
             frozenset({P.VIEW_PLANS, P.MANAGE_PLANS})),
    PageSpec("rulesets", QT_TRANSLATE_NOOP("nav", "判定规则"), "labdesk.gui.pages.rulesets",
             frozenset({P.EDIT_RULESETS})),
    PageSpec("reports", QT_TRANSLATE_NOOP("nav", "报告管理"), "labdesk.gui.pages.reports",
             frozenset({P.VIEW_REPORTS})),
    PageSpec("logistics", QT_TRANSLATE_NOOP("nav", "送达与处置"), "labdesk.gui.pages.logistics",
             frozenset({P.RECORD_DELIVERY, P.RECORD_OBJECTION, P.RECORD_REFUSAL, P.DISPOSE_SAMPLES})),
    PageSpec("quality", QT_TRANSLATE_NOOP("nav", "质量体系"), "labdesk.gui.pages.quality",
             frozenset({P.VIEW_QUALITY, P.MANAGE_QUALITY})),
    PageSpec("sampling", QT_TRANSLATE_NOOP("nav", "抽样"), "labdesk.gui.pages.sampling",
             frozenset({P.MANAGE_SAMPLING, P.ENTER_RESULTS, P.REGISTER_SAMPLE})),
    PageSpec("admin", QT_TRANSLATE_NOOP("nav", "系统管理"), "labdesk.gui.pages.admin",
             frozenset({P.MANAGE_USERS, P.MANAGE_SETTINGS, P.MANAGE_CREDENTIALS})),
)
