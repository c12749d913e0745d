"""Freeze a table's first column (the item names) so it never scrolls away horizontally.

A second view over the same model and selection shows only column 0, laid over the
table's left edge and scrolled vertically with it (the Qt "frozen column" pattern).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class FrozenColumn(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.view = QTableView(table)
        self.view.setObjectName(f"{table.objectName() or 'table'}Frozen")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setStyleSheet("QTableView { border: none; border-right: 1px solid #b0b0b0; }")
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.viewport().stackUnder(self.view)
        self._attach()
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.verticalHeader().sectionResized.connect(
            lambda index, _old, size: self.view.setRowHeight(index, size))
        table.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.view.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.installEventFilter(self)
        self.view.show()
        self.update_geometry()

    def _attach(self) -> None:
        model = self.table.model()
        self.view.setModel(model)
        self.view.setSelectionModel(self.table.selectionModel())
        self.view.setSelectionBehavior(self.table.selectionBehavior())
        model.columnsInserted.connect(self._columns)
        model.modelReset.connect(self._columns)
        model.rowsInserted.connect(self._rows)
        self._columns()

    def _alive(self) -> bool:
        return shiboken6.isValid(self) and shiboken6.isValid(self.table) and shiboken6.isValid(self.view)

    def _columns(self, *_: object) -> None:
        if not self._alive():
            return
        model = self.view.model()
        for col in range(model.columnCount()):
            self.view.setColumnHidden(col, col != 0)
        self.view.setColumnWidth(0, self.table.columnWidth(0))
        self._rows()
        self.update_geometry()

    def _rows(self, *_: object) -> None:
        if not self._alive():
            return
        for row in range(self.view.model().rowCount()):
            self.view.setRowHeight(row, self.table.rowHeight(row))

    def _resized(self, index: int, _old: int, size: int) -> None:
        if index == 0:
            self.view.setColumnWidth(0, size)
            self.update_geometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                      QEvent.Type.LayoutRequest):
            self.update_geometry()
        return False

    def update_geometry(self) -> None:
        table = self.table
        header_w = table.verticalHeader().width() if table.verticalHeader().isVisible() else 0
        self.view.setGeometry(header_w + table.frameWidth(), table.frameWidth(), table.columnWidth(0),
                              table.viewport().height() + table.horizontalHeader().height())
        self.view.setVisible(table.model().columnCount() > 1)


def freeze_first_column(table: QTableView) -> FrozenColumn:
    return FrozenColumn(table)
