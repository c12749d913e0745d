"""Regenerate calorimeter_5E-C5508.xlsx (an export as the 5E-C5508 writes it: title row, then header)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def main() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "测试结果"
    sheet.append(["5E-C5508 自动量热仪 测试报告"])
    sheet.append(["序号", "样品编号", "样品质量(g)", "弹筒发热量Qb,ad(J/g)", "测试时间"])
    rows = [("T0001-J", 1.0012, 24350), ("T0001-J", 0.9987, 24410), ("T0002-J", 1.0003, 21980.5),
            ("T0002-J", 1.0021, 22050)]
    for n, (code, mass, q) in enumerate(rows, 1):
        sheet.append([n, code, mass, q, dt.datetime(2021, 8, 3, 14, n)])
    book.save(HERE / "calorimeter_5E-C5508.xlsx")


if __name__ == "__main__":
    main()
