"""A preview of a printout's real pages, and the system's print dialog from it.

The PDF is drawn into page images off the GUI thread (PDFium, through pypdfium2); the preview then paints
those images on whatever printer the user chooses, so what is printed is what was previewed.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

PREVIEW_DPI = 150


def load_renderer() -> None:
    """Load PDFium on the calling (GUI) thread, before any worker renders: its native library loaded first
    on a worker thread, while the GUI thread collected garbage, crashed the process."""
    import pypdfium2  # noqa: F401


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as an image; safe to call off the GUI thread (QImage, not QPixmap) once load_renderer()
    has run on the GUI thread."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            width, height = bitmap.width, bitmap.height
            image = QImage(bitmap.buffer, width, height, bitmap.stride, QImage.Format.Format_RGB888)
            pages.append(image.copy())  # the bitmap's memory goes with it
            page.close()
        return pages
    finally:
        document.close()


class PreviewDialog(QPrintPreviewDialog):
    """The pages as they will be printed; the dialog's print button opens the system's print dialog."""

    def __init__(self, pages: list[QImage], title: str, parent: QWidget | None = None):
        # The dialog makes and owns its printer: one held by Python could be collected while the dialog,
        # owned by its parent window, still paints on it.
        super().__init__(parent)
        self.printer().setDocName(title)
        self.setWindowTitle(title)
        self._pages = pages
        self.paintRequested.connect(self._paint)

    @property
    def page_count(self) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for number, image in enumerate(self._pages):
                if number:
                    printer.newPage()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), scaled), image)
        finally:
            painter.end()
