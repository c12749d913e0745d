"""One print action for the intake documents (issue 13 items 4 and 12).

A dialog asks what to print — 标签 / 样品接收单 / 两者 — then one print dialog.  A printer gets each page
at 300 dpi on the whole paper (no printer margin shifts the label off its right edge); printing to a
PDF file writes the original vector PDF instead of a raster copy.  Saving as PDF starts in the
user's documents folder and remembers the last folder used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QRect,
    QSettings,
    QSize,
    QSizeF,
    QStandardPaths,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from labdesk.reports.files import write_atomic
from labdesk.services.intake import Document

PRINT_DPI = 300  # the label layout puts barcode modules on whole dots at 300 dpi
FOLDER_KEY = "intake/last_pdf_folder"


def _kind(document: Document) -> str:
    return "labels" if "label" in document.name else "receipt" if "receipt" in document.name else "other"


class PrintChoiceDialog(QDialog):
    """标签 / 样品接收单 / 两者 (only the documents there are)."""

    def __init__(self, documents: list[Document], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = documents
        self.setWindowTitle(self.tr("打印"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("打印哪些单据？"), self))
        self.group = QButtonGroup(self)
        names = {"labels": self.tr("样品标签"), "receipt": self.tr("样品接收单"), "other": self.tr("通知书")}
        options: list[tuple[str, list[Document]]] = [(names[_kind(d)] + f"（{d.name}）", [d]) for d in documents]
        if len(documents) > 1:
            options.append((self.tr("全部（标签和接收单）"), list(documents)))
        self.options = options
        for index, (text, _docs) in enumerate(options):
            button = QRadioButton(text, self)
            button.setObjectName(f"printChoice{index}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(len(options) - 1).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打印…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("不打印"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Document]:
        return self.options[max(0, self.group.checkedId())][1]


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
    printer.setResolution(PRINT_DPI)
    printer.setFullPage(True)
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Each PDF page on the printer at its own paper size.  To a PDF file: the vector PDF itself."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        write_atomic(Path(printer.outputFileName()), pdf)
        return
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.pageCount() == 0:
        return
    first = document.pagePointSize(0)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(printer)
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            target = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), document.render(page, target))
    finally:
        painter.end()


def print_documents(parent: QWidget, documents: list[Document]) -> list[Document]:
    """Ask what to print, then one print dialog; returns what was sent to the printer."""
    if not documents:
        return []
    choice = PrintChoiceDialog(documents, parent)
    if choice.exec() != QDialog.DialogCode.Accepted:
        return []
    chosen = choice.chosen()
    printer = new_printer()
    printer.setDocName(chosen[0].name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("打印 %1").replace("%1", "、".join(d.name for d in chosen)))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
    for index, document in enumerate(chosen):
        if to_file and index:
            first = Path(printer.outputFileName())
            printer.setOutputFileName(str(first.with_name(f"{first.stem}-{index + 1}{first.suffix}")))
        print_pdf(document.pdf, printer)
    return chosen


def start_folder() -> str:
    """The last folder PDFs were saved to, else the user's documents folder."""
    last = QSettings().value(FOLDER_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, parent.tr("保存 PDF 到文件夹"), start_folder())
    if not folder:
        return None
    QSettings().setValue(FOLDER_KEY, folder)
    return Path(folder)
