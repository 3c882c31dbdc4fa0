"""What every printout shares: fonts with Swedish letters, the secrecy header, page numbers, DEMO.

Text from the database always goes through `para`, which escapes it: reportlab's Paragraph reads
markup, and a goal written as `<img src=...>` must print as those characters and fetch nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hvbdesk import HOME_NAME
from hvbdesk.config import resource_path

SECRECY = "Sekretess enligt 26 kap. OSL"
_FONTS_READY = False


def register_fonts() -> None:
    global _FONTS_READY
    if _FONTS_READY:
        return
    folder = resource_path("resources") / "fonts"
    pdfmetrics.registerFont(TTFont("DejaVu", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold"
    )
    _FONTS_READY = True


def style(
    size: float = 10, *, bold: bool = False, leading: float | None = None, space_after: float = 4, color=colors.black
) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        f"s{size}{bold}",
        fontName="DejaVu-Bold" if bold else "DejaVu",
        fontSize=size,
        leading=leading or size * 1.3,
        spaceAfter=space_after,
        textColor=color,
    )


def para(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of text from the database: escaped, line breaks kept."""
    return Paragraph(escape(text or "").replace("\n", "<br/>"), st)


@dataclass(frozen=True)
class PageFrame:
    title: str
    demo: bool
    header_right: str = SECRECY  # what a printout says of itself: secret, or that it holds no person


def build(frame: PageFrame, story: list, *, margins_mm: float = 20, pagesize=A4) -> bytes:
    register_fonts()
    out = io.BytesIO()

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        width, height = pagesize
        canvas.setFont("DejaVu", 8)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(margins_mm * mm, height - 12 * mm, f"{HOME_NAME} · {frame.title}")
        canvas.drawRightString(width - margins_mm * mm, height - 12 * mm, frame.header_right)
        canvas.drawRightString(width - margins_mm * mm, 10 * mm, f"Sida {doc.page}")
        if frame.demo:
            canvas.setFont("DejaVu-Bold", 9)
            canvas.setFillColor(colors.HexColor("#c0392b"))
            canvas.drawString(margins_mm * mm, 10 * mm, "DEMO – påhittade uppgifter")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margins_mm * mm,
        rightMargin=margins_mm * mm,
        topMargin=22 * mm,
        bottomMargin=18 * mm,
        title=frame.title,
        author=HOME_NAME,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()
