"""The canonical serialisation and row states the chain is built on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from labdesk.persistence.chain import COVERED_TABLES, canonical, event_hash, row_entry, sha256

BEIJING = dt.timezone(dt.timedelta(hours=8))


def test_canonical_form_is_fixed() -> None:
    value = {"b": [Decimal("1.50"), (1, 2)], "a": dt.datetime(2021, 8, 2, 9, 0, tzinfo=BEIJING),
             "c": dt.date(2021, 8, 2), "d": b"\x00", "e": "煤"}
    assert canonical(value) == (
        '{"a":"2021-08-02T01:00:00.000000Z","b":["1.50",[1,2]],"c":"2021-08-02",'
        '"d":"sha256:6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d","e":"煤"}'
    ).encode()
    assert sha256({"x": 1, "y": 2}) == sha256({"y": 2, "x": 1})


def test_event_hash_covers_content_and_previous_hash() -> None:
    event = {"id": 1, "seq": 1, "action": "a", "summary": "s", "rows": []}
    base = event_hash("0" * 64, event)
    assert event_hash("1" * 64, event) != base
    assert event_hash("0" * 64, {**event, "summary": "t"}) != base
    assert event_hash("0" * 64, {**event, "hash": "ignored"}) == base


def test_a_column_added_later_does_not_break_older_records() -> None:
    table = COVERED_TABLES["portions"]
    row = {"id": 3, "sample_id": 1, "kind": "test", "code": "P-1", "quantity": "1 kg", "seal_no": "S1",
           "state": "sealed", "version": 1}
    legacy_columns = [c for c in row if c != "seal_no"]  # as if seal_no came with a later version
    legacy = row_entry(table, {k: v for k, v in row.items() if k != "seal_no"}, legacy_columns)
    assert row_entry(table, row, legacy["c"])["h"] == legacy["h"]
    assert row_entry(table, row)["h"] != legacy["h"]
    gone = {k: v for k, v in row.items() if k != "quantity"}  # a recorded column no longer there
    assert row_entry(table, gone, row_entry(table, row)["c"])["h"] != row_entry(table, row)["h"]
