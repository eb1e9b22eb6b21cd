"""Status badges in item views: a rounded pill per status, coloured AND worded ("2 overdue"), so
nothing depends on seeing colour. Models return ``[(text, kind), ...]`` under ``BADGE_ROLE``;
kind is a key of ``style.BADGE``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lpdesk.gui.shell.style import BADGE

__all__ = ["BADGE_ROLE", "BadgeDelegate"]

BADGE_ROLE = Qt.ItemDataRole.UserRole + 10

_PAD_X, _GAP, _RADIUS = 8, 6, 9


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BADGE_ROLE) or []
        # the selection/hover background, without the display text
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setBold(True)
        font.setPointSizeF(max(7.5, font.pointSizeF() - 0.5))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        height = metrics.height() + 4
        x = option.rect.x() + 6
        y = option.rect.y() + (option.rect.height() - height) // 2
        for text, kind in badges:
            background, foreground = BADGE.get(kind, BADGE["info"])
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            pill = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(pill, _RADIUS, _RADIUS)
            painter.setPen(foreground)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + _GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badges = index.data(BADGE_ROLE) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP + 4 for t, _ in badges) + 12
        base = super().sizeHint(option, index)
        return QSize(max(width, base.width()), max(base.height(), metrics.height() + 12))
