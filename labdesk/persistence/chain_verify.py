"""Checking the audit hash chain and every covered row against it (``labdesk verify-db``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, LargeBinary, func, select

from labdesk.persistence.chain import (
    AUDIT,
    COVERED_TABLES,
    GENESIS,
    event_hash,
    normalise,
    read_head,
    row_entry,
)

TABLE_ZH = {
    "samples": "样品", "sample_samplers": "抽样人员", "portions": "样品份", "photos": "照片",
    "test_items": "检验项目", "determinations": "测定值", "sample_evaluations": "判定结果",
    "review_actions": "审核记录", "reports": "报告登记", "notices": "告知书", "user_roles": "角色授权",
    "user_credentials": "签名证书", "plan_products": "计划产品（判定规则）", "ruleset_revisions": "判定规则修订",
    "settings": "系统设置", "users": "用户", "enterprises": "企业", "audit_events": "审计事件", "chain_head": "审计链头",
    "verdict_acknowledgements": "未核实依据确认", "amendments": "报告更正", "sample_corrections": "样品信息更正",
}
LABEL_COLUMN = {"users": "username", "samples": "sample_no", "reports": "full_no", "portions": "code", "notices": "number",
                "enterprises": "name", "settings": "key"}
COLUMN_ZH = {
    "value_text": "测定值", "state": "状态", "verdict": "判定", "grade": "等级", "result": "判定结果",
    "jpeg": "照片文件", "pdf": "报告文件", "data": "内容", "sha256": "文件哈希", "role": "角色",
    "password_hash": "密码", "full_name": "姓名", "active": "有效", "name": "名称", "value": "取值",
    "ruleset": "判定规则", "reason": "理由", "comment": "意见", "action": "动作", "batch_no": "批号",
    "seal_no": "封条号", "code": "编号", "qualitative_value": "定性结果", "tester_id": "检验员",
    "entered_by": "录入人", "user_id": "用户", "signer_id": "签发人", "reviewer_id": "审核人",
    "chain_seq": "审计链序号", "chain_head": "审计链头", "note": "备注", "subject": "证书主题",
    "remarks": "备注", "declared_values": "标称值", "version": "版本号",
}
CHUNK = 2000

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Break:
    """One place where the database no longer matches its record."""

    table: str
    record: str
    problem: str

    def __str__(self) -> str:
        return f"{TABLE_ZH.get(self.table, self.table)}（{self.table}）{self.record}：{self.problem}"

    @property
    def text_zh(self) -> str:
        """For the screen: without the internal table name."""
        return f"{TABLE_ZH.get(self.table, self.table)} {self.record}：{self.problem}"


@dataclass(frozen=True)
class Report:
    events: int
    rows: int
    breaks: tuple[Break, ...]
    head_seq: int

    @property
    def ok(self) -> bool:
        return not self.breaks


def _events(connection: Connection, after: int = 0) -> Iterator[dict[str, Any]]:
    table = AUDIT
    last = after
    while True:
        chunk = list(connection.execute(
            select(table).where(table.c.seq > last).order_by(table.c.seq).limit(CHUNK)).mappings())
        if not chunk:
            return
        for row in chunk:
            yield dict(row)
        last = int(chunk[-1]["seq"])


def _check_event(row: dict[str, Any], expected_seq: int, prev: str) -> list[Break]:
    record = f"#{row['id']}（链序 {row['seq']}，{row['action']}）"
    found: list[Break] = []
    if row["seq"] != expected_seq:
        found.append(Break("audit_events", record, f"链序不连续：应为 {expected_seq}，缺少的事件已被删除或链序被改。"))
    if row["prev_hash"] != prev:
        found.append(Break("audit_events", record, "前一事件的哈希不符：事件被删除、插入或前一事件被修改。"))
    if event_hash(str(row["prev_hash"]), row) != row["hash"]:
        found.append(Break("audit_events", record, "事件内容与其哈希不符（事件被直接修改）。"))
    return found


def walk_chain(connection: Connection, progress: Progress | None = None, total: int = 0,
               ) -> tuple[int, int, list[Break], dict[tuple[str, str], tuple[int, dict[str, Any]]]]:
    """Check every chained event; returns (last seq, events, breaks, latest recorded state per row)."""
    table = AUDIT
    breaks: list[Break] = []
    latest: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
    seq, prev, count = 0, GENESIS, 0
    for row in _events(connection):
        breaks += _check_event(row, seq + 1, prev)
        seq, prev = int(row["seq"]), str(row["hash"])
        for entry in row["rows"] or []:
            latest[(str(entry.get("t")), json.dumps(entry.get("k")))] = (seq, entry)
        count += 1
        if progress is not None and count % 500 == 0:
            progress(count, total, f"正在核对审计链（{count} 条事件）…")
    for event_id, action in connection.execute(
            select(table.c.id, table.c.action).where(table.c.seq.is_(None)).order_by(table.c.id)):
        breaks.append(Break("audit_events", f"#{event_id}（{action}）", "事件不在审计链中（可能被直接插入）。"))
    head_seq, head_hash = read_head(connection)
    if (head_seq, head_hash) != (seq, prev):
        breaks.append(Break("chain_head", f"链序 {head_seq}",
                            f"链头与最后一条事件（链序 {seq}）不符：链尾事件被删除或链头被改。"))
    return seq, count, breaks, latest


def _label(name: str, row: Any, key: list[Any]) -> str:
    text = "/".join(str(k) for k in key)
    column = LABEL_COLUMN.get(name)
    if column and column != "key" and row is not None and row.get(column):
        return f"#{text}（{row[column]}）"
    return f"#{text}"


def _short(value: Any) -> str:
    text = json.dumps(normalise(value), ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _compare(name: str, row: Any, recorded: tuple[int, dict[str, Any]] | None) -> Break | None:
    table = COVERED_TABLES[name]
    if recorded is None:
        return Break(name, _label(name, row, row_entry(table, row)["k"]),
                     "记录不在审计链中（被直接插入数据库，未经 LabDesk 记录）。")
    seq, entry = recorded
    current = row_entry(table, row, entry.get("c") or None)
    record = _label(name, row, current["k"])
    if entry.get("h") is None:
        return Break(name, record, f"审计链记录该记录已删除（链序 {seq}），但它仍在数据库中。")
    if entry["h"] == current["h"]:
        return None
    old = entry.get("c") or {}
    changed = [c for c, digest in current["c"].items() if old.get(c) != digest]
    detail = "，".join(f"{COLUMN_ZH.get(c, c)}（现为 {_short(row[c]) if c in row else '已不存在'}）"
                       for c in changed) or "行内容"
    return Break(name, record, f"与审计链第 {seq} 号事件记录的内容不一致：{detail}。")


def check_rows(connection: Connection, latest: dict[tuple[str, str], tuple[int, dict[str, Any]]],
               progress: Progress | None = None, done: int = 0, total: int = 0) -> tuple[int, list[Break]]:
    """Compare every covered row with its latest recorded state; rows recorded but missing are named too."""
    breaks: list[Break] = []
    seen: set[tuple[str, str]] = set()
    count = 0
    for name in sorted(COVERED_TABLES):
        table = COVERED_TABLES[name]
        binary = any(isinstance(c.type, LargeBinary) for c in table.columns)  # photos, PDFs: fewer at a time
        result = connection.execute(select(table).execution_options(yield_per=50 if binary else CHUNK))
        for row in result.mappings():
            key = json.dumps(normalise([row[c.name] for c in table.primary_key.columns]))
            seen.add((name, key))
            problem = _compare(name, row, latest.get((name, key)))
            if problem is not None:
                breaks.append(problem)
            count += 1
            if progress is not None and count % 500 == 0:
                progress(done + count, total, f"正在核对{TABLE_ZH.get(name, name)}…")
    for (name, key), (seq, entry) in sorted(latest.items()):
        if entry.get("h") is not None and (name, key) not in seen:
            breaks.append(Break(name, "#" + "/".join(str(k) for k in json.loads(key)),
                                f"记录已从数据库中删除（审计链第 {seq} 号事件记录了它）。"))
    return count, breaks


def verify(connection: Connection, progress: Progress | None = None) -> Report:
    """The whole check: chain links and hashes, chain head, and every covered row."""
    table = AUDIT
    events_total = int(connection.execute(select(func.count()).select_from(table)).scalar_one())
    rows_total = sum(int(connection.execute(select(func.count()).select_from(t)).scalar_one())
                     for t in COVERED_TABLES.values())
    total = events_total + rows_total
    if progress is not None:
        progress(0, total, "正在核对审计链…")
    seq, events, breaks, latest = walk_chain(connection, progress, total)
    rows, row_breaks = check_rows(connection, latest, progress, events, total)
    anchor_breaks = check_anchors(connection)
    if progress is not None:
        progress(total, total, "核对完成")
    return Report(events, rows, tuple(breaks + row_breaks + anchor_breaks), seq)


_ANCHOR = re.compile(rb"chain=(\d+):([0-9a-f]{64})")


def check_anchors(connection: Connection) -> list[Break]:
    """Each signed report's chain head (in its PDF and its register row) must still be in the chain.

    A chain cut back or rewritten after an edit no longer holds the heads that signed reports carry.
    """
    table = COVERED_TABLES["reports"]
    breaks: list[Break] = []
    query = select(table.c.id, table.c.full_no, table.c.chain_seq, table.c.chain_head).where(
        table.c.chain_seq.is_not(None)).order_by(table.c.id)
    for report_id, full_no, seq, head in connection.execute(query).all():
        record = f"#{report_id}（{full_no}）"
        pdf = connection.execute(select(table.c.pdf).where(table.c.id == report_id)).scalar()
        match = _ANCHOR.search(bytes(pdf or b""))
        if match is None or (int(match.group(1)), match.group(2).decode("ascii")) != (seq, head):
            breaks.append(Break("reports", record, "报告文件中记录的审计链头与登记册不一致。"))
        elif hash_at(connection, int(seq)) != head:
            breaks.append(Break("reports", record, f"报告签发时的审计链头（链序 {seq}）已不在审计链中："
                                                   "审计链在其后被截断或改写。"))
    return breaks


def verify_tail(connection: Connection, last: int = 200) -> list[Break]:
    """A quick start-up check: the newest ``last`` events link and hash correctly and end at the head."""
    head_seq, head_hash = read_head(connection)
    start = max(0, head_seq - last)
    table = AUDIT
    prev = GENESIS
    if start > 0:
        stored = connection.execute(select(table.c.hash).where(table.c.seq == start)).scalar()
        if stored is None:
            return [Break("audit_events", f"链序 {start}", "事件缺失（被删除）。")]
        prev = str(stored)
    breaks: list[Break] = []
    seq = start
    for row in _events(connection, after=start):
        breaks += _check_event(row, seq + 1, prev)
        seq, prev = int(row["seq"]), str(row["hash"])
    if (seq, prev) != (head_seq, head_hash):
        breaks.append(Break("chain_head", f"链序 {head_seq}", f"链头与最后一条事件（链序 {seq}）不符。"))
    return breaks


def latest_recorded(connection: Connection, table_name: str, key: list[Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The newest chained event that recorded the row ``key`` of ``table_name``, and its entry for it."""
    table = AUDIT
    wanted = json.dumps(normalise(key))
    found: tuple[int, dict[str, Any]] | None = None
    rows = connection.execute(select(table.c.seq, table.c.rows).where(table.c.seq.is_not(None))
                              .order_by(table.c.seq).execution_options(yield_per=CHUNK))
    for seq, entries in rows:
        for entry in entries or []:
            if entry.get("t") == table_name and json.dumps(entry.get("k")) == wanted:
                found = (int(seq), entry)
    if found is None:
        return None
    event = dict(connection.execute(select(table).where(table.c.seq == found[0])).mappings().one())
    return event, found[1]


def event_intact(event: dict[str, Any]) -> bool:
    return bool(event_hash(str(event["prev_hash"]), event) == event["hash"])


def hash_at(connection: Connection, seq: int) -> str | None:
    """The stored hash of the event at chain position ``seq`` (genesis for 0)."""
    if seq == 0:
        return GENESIS
    table = AUDIT
    value = connection.execute(select(table.c.hash).where(table.c.seq == seq)).scalar()
    return str(value) if value is not None else None
