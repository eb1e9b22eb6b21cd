"""The case timeline: one lane per kind of contact, each event a marker on a shared date axis, and
every gap longer than the required cadence drawn as a hatched red band labelled with its length,
so a missed visit shows at a glance and is said in words, not colour alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from lpdesk.gui.case.timeline_model import Lane, Timeline
from lpdesk.gui.shell.labels import count
from lpdesk.rules.calendar import add_months
from lpdesk.rules.dates import day_text, month_name

__all__ = ["TimelineWidget"]

_LABEL_W, _AXIS_H, _LANE_H, _RIGHT = 200, 28, 30, 16
_GAP_FILL = QColor(214, 48, 39, 46)
_GAP_EDGE = QColor("#b3261e")
_EVENT = QColor("#1f5f99")
_AXIS = QColor("#c5ccd6")
_TODAY = QColor("#7a4b00")


class TimelineWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_widget")
        self.setAccessibleName(self.tr("Timeline of contact against the required cadence"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        # Focusable, so a keyboard or screen reader user reaches it and hears its description.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timeline: Timeline | None = None

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.setAccessibleDescription(self.describe(timeline) if timeline else "")
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def describe(self, timeline: Timeline) -> str:
        """The timeline in sentences (the accessible description a screen reader speaks when
        the timeline takes the focus): today, then each lane's count, last date, the gaps that
        closed and any gap still running."""
        lines = [self.tr("Today is {day}.").format(day=day_text(timeline.today))]
        for lane in timeline.lanes:
            if lane.events:
                text = self.tr("{lane}: {n} recorded, the last on {day}").format(
                    lane=lane.label, n=len(lane.events), day=day_text(max(lane.events))
                )
            else:
                text = self.tr("{lane}: none recorded").format(lane=lane.label)
            closed = [g for g in lane.gaps if not g.open]
            if closed:
                longest = max(g.days for g in closed)
                text += count(
                    len(closed),
                    self.tr("; %n gap longer than {cadence}, the longest {days} days"),
                    self.tr("; %n gaps longer than {cadence}, the longest {days} days"),
                ).format(cadence=lane.cadence_label, days=longest)
            running = next((g for g in lane.gaps if g.open), None)
            if running is not None:
                text += self.tr(
                    "; none since {day}: {days} days so far, longer than {cadence}"
                ).format(day=day_text(running.start), days=running.days, cadence=lane.cadence_label)
            lines.append(text + ".")
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        lanes = len(self.timeline.lanes) if self.timeline else 4
        return QSize(700, _AXIS_H + lanes * _LANE_H + 26)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    # -- geometry ---------------------------------------------------------------------------------

    def _x(self, day: date) -> float:
        assert self.timeline is not None
        span = max(1, (self.timeline.end - self.timeline.start).days)
        width = self.width() - _LABEL_W - _RIGHT
        return _LABEL_W + width * (day - self.timeline.start).days / span

    def _lane_top(self, index: int) -> int:
        return _AXIS_H + index * _LANE_H

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#dde2e8")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.hasFocus():  # where the keyboard is, seen without colour alone: a thick frame
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        if self.timeline is None:
            painter.setPen(QColor("#5b6573"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Loading…"))
            return
        self._paint_axis(painter)
        for index, lane in enumerate(self.timeline.lanes):
            self._paint_lane(painter, index, lane)
        self._paint_today(painter)
        self._paint_legend(painter)

    def _paint_axis(self, painter: QPainter) -> None:
        assert self.timeline is not None
        bottom = self._lane_top(len(self.timeline.lanes))
        day = self.timeline.start.replace(day=1)
        painter.setFont(self.font())
        while day <= self.timeline.end:
            if day >= self.timeline.start:
                x = self._x(day)
                painter.setPen(QPen(_AXIS, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, _AXIS_H - 4), QPointF(x, bottom))
                painter.setPen(QColor("#5b6573"))
                label = month_name(day.month) + (f" {day.year}" if day.month == 1 else "")
                painter.drawText(QPointF(x + 4, _AXIS_H - 10), label)
            day = add_months(day, 1)

    def _paint_lane(self, painter: QPainter, index: int, lane: Lane) -> None:
        top = self._lane_top(index)
        mid = top + _LANE_H / 2
        if index % 2 == 0:
            painter.fillRect(QRectF(0, top, self.width(), _LANE_H), QColor("#f7f9fb"))
        painter.setPen(QColor("#1d232b"))
        metrics = QFontMetrics(self.font())
        label = metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, _LABEL_W - 16)
        painter.drawText(
            QRectF(10, top, _LABEL_W - 14, _LANE_H), Qt.AlignmentFlag.AlignVCenter, label
        )
        if lane.cadence_label:
            painter.setPen(QColor("#5b6573"))
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(QPointF(_LABEL_W, mid), QPointF(self.width() - _RIGHT, mid))
        for gap in lane.gaps:
            self._paint_gap(painter, top, gap.start, gap.end, gap.days, gap.open)
        for day in lane.events:
            self._paint_marker(painter, self._x(day), mid, lane.marker)

    def _paint_gap(
        self, painter: QPainter, top: int, start: date, end: date, days: int, is_open: bool
    ) -> None:
        assert self.timeline is not None
        left = self._x(max(start, self.timeline.start))
        right = self._x(end)
        if right - left < 2:
            return
        band = QRectF(left, top + 5, right - left, _LANE_H - 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_GAP_FILL)
        painter.drawRect(band)
        painter.setBrush(QBrush(_GAP_EDGE, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(band)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_GAP_EDGE, 1.2))
        painter.drawRect(band)
        weeks = days / 7
        text = self.tr("gap %1 wk").replace("%1", f"{weeks:.0f}")
        if is_open:
            text = self.tr("%1 so far").replace("%1", text)
        metrics = QFontMetrics(self.font())
        if metrics.horizontalAdvance(text) + 8 < band.width():
            painter.setPen(_GAP_EDGE)
            tag = QRectF(band.x() + 4, band.y(), band.width() - 8, band.height())
            painter.fillRect(
                QRectF(
                    band.center().x() - metrics.horizontalAdvance(text) / 2 - 3,
                    band.y() + 2,
                    metrics.horizontalAdvance(text) + 6,
                    band.height() - 4,
                ),
                QColor(255, 255, 255, 220),
            )
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marker(self, painter: QPainter, x: float, y: float, shape: str) -> None:
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(_EVENT)
        if shape == "diamond":
            r = 7.0
            painter.drawPolygon(
                QPolygonF(
                    [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
                )
            )
        else:
            painter.drawEllipse(QPointF(x, y), 5.5, 5.5)

    def _paint_today(self, painter: QPainter) -> None:
        assert self.timeline is not None
        x = self._x(self.timeline.today)
        bottom = self._lane_top(len(self.timeline.lanes))
        painter.setPen(QPen(_TODAY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, _AXIS_H - 6), QPointF(x, bottom))
        painter.setPen(_TODAY)
        painter.drawText(QPointF(x - 14, _AXIS_H - 10 + 0), "")
        painter.drawText(QPointF(x + 3, bottom + 14), self.tr("today"))

    def _paint_legend(self, painter: QPainter) -> None:
        assert self.timeline is not None
        y = self._lane_top(len(self.timeline.lanes)) + 14
        painter.setPen(QColor("#5b6573"))
        self._paint_marker(painter, 16, y - 4, "circle")
        painter.setPen(QColor("#5b6573"))
        painter.drawText(QPointF(26, y), self.tr("contact"))
        band = QRectF(86, y - 10, 22, 11)
        painter.setPen(QPen(_GAP_EDGE, 1))
        painter.setBrush(QBrush(_GAP_EDGE, Qt.BrushStyle.BDiagPattern))
        painter.drawRect(band)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#5b6573"))
        painter.drawText(QPointF(114, y), self.tr("gap longer than the required cadence"))

    # -- tooltips ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.timeline is not None:
            help_event = event if isinstance(event, QHelpEvent) else None
            if help_event is not None:
                index = int((help_event.pos().y() - _AXIS_H) // _LANE_H)
                if 0 <= index < len(self.timeline.lanes):
                    QToolTip.showText(
                        help_event.globalPos(), self._lane_tip(self.timeline.lanes[index]), self
                    )
                else:
                    QToolTip.hideText()
                return True
        return super().event(event)

    def _lane_tip(self, lane: Lane) -> str:
        parts = [lane.label]
        if lane.cadence_label:
            parts.append(self.tr("Required: %1").replace("%1", lane.cadence_label))
        parts.append(self.tr("%n recorded", "", len(lane.events)))
        for gap in lane.gaps:
            end = self.tr("today") if gap.open else day_text(gap.end)
            parts.append(
                self.tr("Gap: %1 to %2 (%3 days)")
                .replace("%1", day_text(gap.start))
                .replace("%2", end)
                .replace("%3", str(gap.days))
            )
        return "\n".join(parts)
