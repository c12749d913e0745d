"""Done-when of the tamper-evident record: a direct SQL edit of any covered table is named by verify-db."""

from __future__ import annotations

from sqlalchemy import Connection, select, text, update

from labdesk.cli import main
from labdesk.persistence.chain import AUDIT, COVERED_TABLES, GENESIS, HEAD, event_hash, key_filter, row_entry
from labdesk.services import integrity, reports
from tests.integrity.populate import populate
from tests.reports.conftest import World

# one direct edit per covered table (plus the audit trail itself): (table, statement per dialect)
_JSON_SQLITE = "json_set({col}, '$.tampered', 1)"
_JSON_PG = "({col}::jsonb || '{{\"tampered\": 1}}'::jsonb)::json"


def _one(table: str, assignment: str, where: str = "") -> str:
    pick = f"(SELECT min(id) FROM {table}{' WHERE ' + where if where else ''})"
    return f"UPDATE {table} SET {assignment} WHERE id = {pick}"


def tamperings(dialect: str) -> dict[str, str]:
    json_edit = _JSON_PG if dialect == "postgresql" else _JSON_SQLITE
    return {
        "samples": _one("samples", "batch_no = batch_no || 'x'"),
        "sample_samplers": _one("sample_samplers", "name = '李冒名'"),
        "portions": _one("portions", "seal_no = seal_no || 'x'"),
        "photos": _one("photos", "sha256 = '" + "f" * 64 + "'"),
        "test_items": _one("test_items", "qualitative_value = '符合'"),
        "determinations": _one("determinations", "value_text = '9.99'"),
        "sample_evaluations": _one("sample_evaluations", "grade = 'x' || coalesce(grade, '')"),
        "review_actions": _one("review_actions", "comment = comment || 'x'"),
        "reports": _one("reports", "state = 'signed'", "state = 'superseded'"),
        "notices": _one("notices", "note = note || 'x'"),
        "users": _one("users", "password_hash = 'x' || password_hash", "username = 'signatory'"),
        "user_roles": "UPDATE user_roles SET role = 'admin' WHERE role = 'tester'",
        "user_credentials": _one("user_credentials", "active = NOT active"),
        "plan_products": _one("plan_products", "ruleset = " + json_edit.format(col="ruleset")),
        "ruleset_revisions": _one("ruleset_revisions", "reason = reason || 'x'"),
        "settings": "UPDATE settings SET value = '\"0351-0000001\"'" + ("::json" if dialect == "postgresql" else "")
        + " WHERE key = 'lab.phone'",
        "enterprises": _one("enterprises", "name = name || 'x'"),
        "verdict_acknowledgements": _one("verdict_acknowledgements", "note = note || 'x'"),
        "amendments": _one("amendments", "reason = reason || 'x'"),
        "sample_corrections": _one("sample_corrections", "reason = reason || 'x'"),
        "audit_events": _one("audit_events", "summary = summary || 'x'"),
    }


def test_every_covered_table_is_tried() -> None:
    assert set(COVERED_TABLES) | {"audit_events"} == set(tamperings("sqlite"))


def test_a_clean_database_passes(world: World) -> None:
    populate(world)
    report = integrity.check_database(world.ctx)
    assert report.ok, report.breaks
    assert report.events > 10 and report.rows > 30
    assert integrity.check_tail(world.ctx) == ()


def test_a_direct_edit_of_each_covered_table_is_named(world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    populate(world)
    dialect = world.ctx.engine.dialect.name
    tried = tamperings(dialect)
    detected: list[str] = []
    for table, statement in tried.items():
        with world.ctx.engine.begin() as connection:
            savepoint = connection.begin_nested()
            changed = connection.execute(text(statement)).rowcount
            assert changed >= 1, table
            report = integrity.check_database_on(connection)
            savepoint.rollback()
        if set(report.tables) == {table}:  # named, and nothing else
            detected.append(table)
    assert integrity.check_database(world.ctx).ok  # every edit was rolled back
    print(f"\n[{dialect}] tamperings detected: {len(detected)} / {len(tried)}")
    assert detected == list(tried)


def test_deleted_and_inserted_rows_are_named(world: World) -> None:
    populate(world)
    with world.ctx.engine.begin() as connection:
        connection.execute(text("DELETE FROM review_actions WHERE id = (SELECT max(id) FROM review_actions)"))
        connection.execute(text("DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events "
                                "WHERE seq > 3)"))
        connection.execute(text("INSERT INTO user_roles (user_id, role) SELECT id, 'signatory' FROM users "
                                "WHERE username = 'tester'"))
    report = integrity.check_database(world.ctx)
    text_all = "\n".join(report.breaks)
    assert "审核记录（review_actions）" in text_all and "已从数据库中删除" in text_all
    assert "链序不连续" in text_all
    assert "角色授权（user_roles）" in text_all and "不在审计链中" in text_all


def test_verify_db_command_names_the_break_and_exits_1(world: World, capsys) -> None:  # type: ignore[no-untyped-def]
    populate(world)
    url = world.ctx.engine.url.render_as_string(hide_password=False)
    assert main(["verify-db", "--db", url, "--quiet"]) == 0
    with world.ctx.engine.begin() as connection:
        connection.execute(text(tamperings(world.ctx.engine.dialect.name)["determinations"]))
    capsys.readouterr()
    assert main(["verify-db", "--db", url, "--quiet"]) == 1
    out = capsys.readouterr().out
    assert "测定值（determinations）#" in out and "测定值（现为 \"9.99\"）" in out and "9.99" in out


def test_superseded_report_set_back_to_current_fails_verify_report(world: World) -> None:
    ids = populate(world)
    signatory = world.actors["signatory"]
    old_pdf = reports.report_pdf(world.ctx, signatory, ids["first"])
    assert integrity.anchor_in(old_pdf) is not None
    assert not reports.verify_report(world.ctx, old_pdf).ok  # superseded
    current = reports.verify_report(world.ctx, reports.report_pdf(world.ctx, signatory, ids["amended"]))
    assert current.ok, current.reason
    with world.ctx.engine.begin() as connection:
        connection.execute(text(f"UPDATE reports SET state = 'signed' WHERE id = {ids['first']}"))
        connection.execute(text(f"UPDATE reports SET state = 'superseded' WHERE id = {ids['amended']}"))
    flipped = reports.verify_report(world.ctx, old_pdf)
    assert not flipped.ok
    assert "审计链" in flipped.reason and "状态" in flipped.reason


def test_register_chain_head_must_match_the_pdf(world: World) -> None:
    ids = populate(world)
    pdf = reports.report_pdf(world.ctx, world.actors["signatory"], ids["second"])
    seq, head = integrity.anchor_in(pdf) or (0, "")
    assert seq > 0 and len(head) == 64
    with world.ctx.engine.begin() as connection:
        connection.execute(text(f"UPDATE reports SET chain_seq = chain_seq + 1 WHERE id = {ids['second']}"))
    result = reports.verify_report(world.ctx, pdf)
    assert not result.ok and "审计链头" in result.reason


def _rewrite_chain(connection: Connection) -> None:
    """What an attacker with the source code would do after an edit: re-record every row and re-hash the chain."""
    events = [dict(r) for r in connection.execute(select(AUDIT).order_by(AUDIT.c.seq)).mappings()]
    prev = GENESIS
    for event in events:
        fresh = []
        for entry in event["rows"] or []:
            table = COVERED_TABLES[entry["t"]]
            row = connection.execute(select(table).where(key_filter(table, [entry["k"]]))).mappings().first()
            fresh.append(row_entry(table, row) if row is not None else entry)
        event["rows"] = fresh
        digest = event_hash(prev, event)
        connection.execute(update(AUDIT).where(AUDIT.c.id == event["id"]).values(
            rows=fresh, prev_hash=prev, hash=digest))
        prev = digest
    connection.execute(update(HEAD).values(seq=events[-1]["seq"], hash=prev))


def test_a_rewritten_chain_is_caught_by_the_heads_in_signed_reports(world: World) -> None:
    populate(world)
    with world.ctx.engine.begin() as connection:
        connection.execute(text(tamperings(world.ctx.engine.dialect.name)["determinations"]))
        _rewrite_chain(connection)
    report = integrity.check_database(world.ctx)
    assert not report.ok
    assert set(report.tables) == {"reports"}  # rows and links were made to agree; the signed heads cannot
    assert all("已不在审计链中" in line for line in report.breaks)
