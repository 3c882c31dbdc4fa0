"""The steering report's charts, drawn with reportlab's own graphics (vector, so they print sharp)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from hvbdesk.reports.sv_format import NBSP

ORDINARY = colors.HexColor("#2e6da4")
ACUTE = colors.HexColor("#e39b2d")
MEMBER = colors.HexColor("#2e6da4")
NON_MEMBER = colors.HexColor("#a0a7b0")
TARGET = colors.HexColor("#c0392b")
FONT = "DejaVu"


def occupancy_bars(
    labels: list[str], ordinary: list[float], acute: list[float], target: float, width: float
) -> Drawing:
    """Occupancy per month (or year) for ordinary and acute places, with the target as a red line."""
    height = 190
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 42, 38, width - 60, height - 70
    chart.data = [[v * 100 for v in ordinary], [v * 100 for v in acute]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 12 else 45
    chart.categoryAxis.labels.boxAnchor = "n" if len(labels) <= 12 else "ne"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}{NBSP}%"
    chart.bars[0].fillColor, chart.bars[1].fillColor = ORDINARY, ACUTE
    chart.bars.strokeColor = None
    chart.groupSpacing = 4
    d.add(chart)
    y = chart.y + chart.height * target
    d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 2]))
    legend_y = height - 14
    text = f"{target * 100:.0f}{NBSP}% som dygnsavgiften bygger på"
    x = width - 22 - stringWidth(text, FONT, 7.5)
    d.add(Line(x, legend_y + 4, x + 16, legend_y + 4, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 2]))
    d.add(String(x + 20, legend_y + 1, text, fontName=FONT, fontSize=7.5, fillColor=TARGET))
    _legend(d, [(ORDINARY, "Ordinarie platser"), (ACUTE, "Akutplatser")], 42, height - 14)
    return d


def municipality_bars(names: list[str], member_days: list[int], non_member_days: list[int], width: float) -> Drawing:
    """Care days by placing municipality, as member and as non-member, stacked."""
    rows = max(1, len(names))
    height = 40 + rows * 16
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 20, width - 120, rows * 16
    chart.data = [member_days or [0], non_member_days or [0]]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor, chart.bars[1].fillColor = MEMBER, NON_MEMBER
    chart.bars.strokeColor = None
    d.add(chart)
    _legend(d, [(MEMBER, "Vårddygn som samverkanskommun"), (NON_MEMBER, "som övrig kommun")], 90, height - 12)
    return d


def money_bars(revenue: int, cost: int, width: float) -> Drawing:
    height = 90
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, 12, width - 150, 56
    chart.data = [[revenue / 1000, cost / 1000]]
    chart.categoryAxis.categoryNames = ["Avgiftsintäkter", "Budgeterad kostnad"]
    chart.categoryAxis.reverseDirection = True
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", NBSP) + f"{NBSP}tkr"
    chart.bars[0].fillColor = ORDINARY
    chart.bars[(0, 1)].fillColor = NON_MEMBER
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda v: f"{v * 1000:,.0f}".replace(",", NBSP) + f"{NBSP}kr"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "e"
    chart.barLabels.dx = -4
    chart.barLabels.fillColor = colors.white
    d.add(chart)
    return d


def _legend(d: Drawing, items, x: float, y: float) -> None:
    for color, text in items:
        d.add(Rect(x, y, 8, 8, fillColor=color, strokeColor=None))
        d.add(String(x + 11, y + 1, text, fontName=FONT, fontSize=7.5))
        x += 22 + stringWidth(text, FONT, 7.5)
