"""The enterprise directory (被抽样对象名录库) as imported: columns, row checks, per-row errors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from labdesk.domain import credit_code
from labdesk.domain.errors import InputError

# header text (as a lab's sheet names it) -> field
HEADERS: dict[str, str] = {
    "企业名称": "name", "名称": "name", "被抽样对象": "name", "name": "name",
    "统一社会信用代码": "credit_code", "信用代码": "credit_code", "credit_code": "credit_code",
    "地址": "address", "企业地址": "address", "address": "address",
    "地区": "region", "地市": "region", "所在地市": "region", "region": "region",
    "区县": "county", "county": "county",
    "产品": "products", "生产产品": "products", "products": "products",
    "许可证编号": "licence_no", "生产许可证编号": "licence_no", "licence_no": "licence_no",
    "上年度抽查结果": "last_result", "上年度结果": "last_result", "last_result": "last_result",
    "法定代表人": "legal_rep", "联系人": "contact", "联系电话": "phone", "电话": "phone",
}
REQUIRED = ("name", "credit_code", "region", "products")
FIELD_ZH = {"name": "企业名称", "credit_code": "统一社会信用代码", "region": "地区", "products": "产品"}
RESULTS: dict[str, str] = {
    "": "", "无": "", "未抽查": "", "合格": "pass", "pass": "pass", "不合格": "fail", "fail": "fail",
    "拒检": "refused", "refused": "refused",
}
RESULT_ZH = {"": "—", "pass": "合格", "fail": "不合格", "refused": "拒检"}
LIMITS = {"name": 200, "address": 300, "region": 50, "county": 50, "licence_no": 100, "legal_rep": 100,
          "contact": 100, "phone": 50}


@dataclass(frozen=True)
class DirectoryRow:
    line: int  # spreadsheet row number (header = 1)
    name: str
    credit_code: str
    address: str
    region: str
    county: str
    products: tuple[str, ...]  # product codes
    licence_no: str
    last_result: str  # "" | pass | fail | refused
    legal_rep: str = ""
    contact: str = ""
    phone: str = ""

    @property
    def needs_followup(self) -> bool:
        return self.last_result in ("fail", "refused")


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"第 {self.line} 行「{self.field}」：{self.message}"


def map_header(header: Sequence[object]) -> dict[int, str]:
    """Column index -> field; raise when a required column is missing."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        key = str(cell or "").strip().replace("（", "(").split("(")[0].strip()
        if key in HEADERS and HEADERS[key] not in columns.values():
            columns[index] = HEADERS[key]
    missing = [FIELD_ZH[f] for f in REQUIRED if f not in columns.values()]
    if missing:
        raise InputError("表头", f"缺少必需的列：{'、'.join(missing)}（第 1 行应为列名）。")
    return columns


def _products(text: str, names: Mapping[str, str]) -> tuple[tuple[str, ...], list[str]]:
    codes: list[str] = []
    unknown: list[str] = []
    for raw in re.split(r"[、,，;；/\s]+", text):
        part = raw.strip()
        if not part:
            continue
        code = names.get(part) or (part if part in names.values() else None)
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return tuple(codes), unknown


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_row(line: int, values: dict[str, str], names: Mapping[str, str]) -> tuple[DirectoryRow | None, list[RowError]]:
    errors = [RowError(line, FIELD_ZH[f], "必填，不能为空。") for f in REQUIRED if not values.get(f)]
    for key, limit in LIMITS.items():
        if len(values.get(key, "")) > limit:
            errors.append(RowError(line, FIELD_ZH.get(key, key), f"超过 {limit} 个字符。"))
    code = ""
    if values.get("credit_code"):
        try:
            code = credit_code.validate(values["credit_code"])
        except InputError as error:
            errors.append(RowError(line, FIELD_ZH["credit_code"], error.detail))
    products, unknown = _products(values.get("products", ""), names)
    if unknown:
        errors.append(RowError(line, "产品", f"不是本计划的产品：{'、'.join(unknown)}（可用：{'、'.join(names)}）。"))
    result_text = values.get("last_result", "")
    if result_text not in RESULTS:
        errors.append(RowError(line, "上年度抽查结果", f"「{result_text}」无法识别，应为 合格、不合格、拒检 或留空。"))
    if errors:
        return None, errors
    return DirectoryRow(line, values["name"], code, values.get("address", ""), values["region"],
                        values.get("county", ""), products, values.get("licence_no", ""),
                        RESULTS[result_text], values.get("legal_rep", ""), values.get("contact", ""),
                        values.get("phone", "")), []


def parse_rows(rows: Iterable[Sequence[object]], names: Mapping[str, str]) -> tuple[list[DirectoryRow], list[RowError]]:
    """Header row first.  Blank rows are skipped; a credit code twice in the file is an error on the second."""
    iterator = iter(rows)
    try:
        header = next(iterator)
    except StopIteration:
        raise InputError("文件", "文件为空。") from None
    columns = map_header(header)
    parsed: list[DirectoryRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(iterator, start=2):
        values = {field: _cell(row[i]) if i < len(row) else "" for i, field in columns.items()}
        if not any(values.values()):
            continue
        entry, problems = parse_row(line, values, names)
        if entry is not None and entry.credit_code in seen:
            problems = [RowError(line, FIELD_ZH["credit_code"], f"与第 {seen[entry.credit_code]} 行重复。")]
            entry = None
        errors.extend(problems)
        if entry is not None:
            seen[entry.credit_code] = line
            parsed.append(entry)
    return parsed, errors
