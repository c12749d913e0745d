"""Helpers shared by the 抽样 page's tabs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)


def table(parent: QWidget) -> QTableWidget:
    widget = QTableWidget(parent)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setAlternatingRowColors(True)
    return widget


def selected_rows(widget: QTableWidget) -> list[int]:
    return sorted({index.row() for index in widget.selectionModel().selectedRows()})


class PdfSaver:
    """Asks where to save a PDF (tests set ``folder`` to skip the dialog)."""

    folder: Path | None = None

    def save_quietly(self, parent: QWidget, data: bytes, name: str) -> None:
        self.save(parent, data, name)

    def save(self, parent: QWidget, data: bytes, name: str) -> Path | None:
        if self.folder is not None:
            path = self.folder / name
        else:
            chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("保存 PDF"), name, "PDF (*.pdf)")
            if not chosen:
                return None
            path = Path(chosen)
        path.write_bytes(data)
        return path
