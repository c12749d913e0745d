"""``grade``: one row of a grade table — the item's limit per grade (best grade first).

The item's grade is the best grade whose limit it meets (a grade without a cell has no
requirement for this item, e.g. CRI at grade III); the rule passes when that grade is at least
the target grade (the declared grade, or the lowest grade), fails beyond the lowest grade.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, ClassVar, Literal

from labdesk.domain.errors import CatalogueError
from labdesk.domain.judging.items import ItemSpec
from labdesk.domain.judging.rules.base import JudgeEnv, RuleBase, RuleResult, Subject, Verdict
from labdesk.domain.judging.schema import METHODS, Condition, Reader, to_dec
from labdesk.domain.numbers import Requirement, complies, validate_interval


def _err_factory(r: Reader, key: str) -> Callable[[str], CatalogueError]:
    return lambda message: r.err(key, message)


@dataclass(frozen=True, slots=True)
class GradeCell:
    grade: str
    value: Decimal
    verified: bool = True


@dataclass(frozen=True, slots=True)
class GradeRule(RuleBase):
    """One row of a grade table: the item's limit per grade (best grade first)."""

    KIND: ClassVar[str] = "grade"
    ITEM_KINDS: ClassVar[tuple[str, ...]] = ("numeric",)
    FIELDS: ClassVar[tuple[str, ...]] = ("method", "op", "limits", "compare_interval")

    id: str
    item: str
    op: str
    cells: tuple[GradeCell, ...]
    method: Literal["full", "rounded"]
    source: str
    verified: bool
    when: tuple[Condition, ...] = ()
    required: bool | None = None
    note: str = ""
    basis_zh: str = ""
    compare_interval: Decimal | None = None

    @classmethod
    def parse(cls, r: Reader, common: dict[str, Any]) -> GradeRule:
        op = r.choice("op", (">=", ">", "<=", "<"))
        cells = []
        for grade, cell in r.table("limits").items():
            if isinstance(cell, Mapping):
                cr = Reader(cell, f"{r.path}.limits.{grade}")
                cr.only(("value", "verified"))
                cells.append(GradeCell(grade, cr.dec("value"), cr.flag("verified", True)))
            else:
                cells.append(GradeCell(grade, to_dec(cell, _err_factory(r, f"limits.{grade}")), True))
        if not cells:
            raise r.err("limits", "分级规则须至少给出一个等级的限值")
        ci = r.opt_dec("compare_interval")
        if ci is not None:
            try:
                validate_interval(ci)
            except ValueError as exc:
                raise r.err("compare_interval", str(exc)) from None
        return cls(
            op=op,
            cells=tuple(cells),
            method=r.choice("method", METHODS),  # type: ignore[arg-type]
            compare_interval=ci,
            **common,
        )

    def fields(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "method": self.method,
            "op": self.op,
            "limits": {c.grade: {"value": str(c.value), "verified": c.verified} for c in self.cells},
        }
        if self.compare_interval is not None:
            d["compare_interval"] = str(self.compare_interval)
        return d

    def check(self, where: str, grades: tuple[str, ...], item: ItemSpec) -> None:
        RuleBase.check(self, where, grades, item)
        if not grades:
            raise CatalogueError(f"{where}：规则 {self.id} 是分级规则，但规则集未定义等级")
        for c in self.cells:
            if c.grade not in grades:
                raise CatalogueError(f"{where}：规则 {self.id} 引用了未知的等级 {c.grade}")

    def cell(self, grade: str) -> GradeCell | None:
        for c in self.cells:
            if c.grade == grade:
                return c
        return None

    def requirement(self, grade: str) -> Requirement | None:
        c = self.cell(grade)
        if c is None:
            return None
        return Requirement(self.op, c.value, compare_interval=self.compare_interval)

    def describe(self, env: JudgeEnv) -> str | None:
        if env.target_grade is None:
            return None
        req = self.requirement(env.target_grade)
        return req.text() if req is not None else None

    def judge(self, subject: Subject, env: JudgeEnv) -> RuleResult | None:
        if subject.value is None:
            return None
        value, grades, target = subject.value, env.grades, env.target_grade
        assert target is not None
        item_grade: str | None = None
        grade_cell_verified = True
        for g in grades:
            req = self.requirement(g)
            if req is None or complies(value, req, self.method):
                item_grade = g
                cell = self.cell(g)
                grade_cell_verified = cell.verified if cell is not None else True
                break
        target_req = self.requirement(target)
        target_cell = self.cell(target)
        verified = self.verified and grade_cell_verified and (target_cell.verified if target_cell else True)
        verdict: Verdict
        if item_grade is None:
            verdict = "fail"  # beyond the lowest grade
        elif grades.index(item_grade) <= grades.index(target):
            verdict = "pass" if target_req is not None else "none"
        else:
            verdict = "fail"
        text = target_req.text() if target_req is not None else "—"
        failure = self.not_met(env, target) if verdict == "fail" else ""
        bounds = (target_req.value,) if target_req is not None and target_req.value is not None else ()
        return self.result(text, verdict, failure, verified=verified, grade=item_grade, bounds=bounds)

    def unverified(self) -> list[Any]:
        from labdesk.domain.judging.ruleset import UnverifiedEntry

        return [
            UnverifiedEntry("grade_cell", self.item, self.id, self.source, self.note, cell.grade)
            for cell in self.cells
            if not (cell.verified and self.verified)
        ]

    def overridden(self, ov: Any, grades: tuple[str, ...]) -> tuple[GradeRule, Any]:
        from labdesk.domain.judging.ruleset import OverrideRecord

        if ov.grade is None or ov.grade not in grades or ov.value is None:
            raise CatalogueError(f"覆盖分级规则 {ov.rule_id} 须给出等级和新限值")
        old_cell = self.cell(ov.grade)
        cells = [c for c in self.cells if c.grade != ov.grade]
        cells.append(GradeCell(ov.grade, ov.value, True))
        cells.sort(key=lambda c: grades.index(c.grade))
        src = f"实施细则：{ov.reason}（原依据：{self.source}）"
        old_text = "—" if old_cell is None else Requirement(self.op, old_cell.value).text()
        record = OverrideRecord(self.id, ov.grade, old_text, Requirement(self.op, ov.value).text(), ov.reason)
        return replace(self, cells=tuple(cells), source=src), record
