"""Helpers shared by the 抽样 page's tabs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from labdesk.gui import files


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
            chosen, _ = files.get_save_file_name(parent, parent.tr("保存 PDF"), name, "PDF (*.pdf)")
            if not chosen:
                return None
            path = Path(chosen)
        path.write_bytes(data)
        return path
