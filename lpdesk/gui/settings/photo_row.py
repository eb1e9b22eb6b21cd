"""The Settings dialog's "Your photo for children's plans" row: a small preview of the signed-in
user's own photo, "Choose photo…" and "Remove". The photo is printed beside their name under "Who
you can talk to" on the plan written for each child they lead ("My plan"). Reading the file and
saving it run on the database lane; the service checks and re-encodes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lpdesk.domain import InvalidInput, PersonPhoto
from lpdesk.gui.shell.errors import describe, field_messages
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import TaskRunner
from lpdesk.services.context import ServiceContext

__all__ = ["PhotoRow", "read_photo_file"]

PREVIEW = 96  # pixels on the long side


def read_photo_file(path: Path) -> bytes:
    """At most one byte more than the service accepts (it then says the file is too large)."""
    from lpdesk.services.photos import MAX_BYTES

    try:
        with path.open("rb") as f:
            return f.read(MAX_BYTES + 1)
    except OSError:
        raise InvalidInput.one("photo", "the file cannot be opened") from None


def _save(ctx: ServiceContext, path: Path | None) -> PersonPhoto | None:
    from lpdesk.services.photos import set_my_photo

    return set_my_photo(ctx, data=read_photo_file(path) if path is not None else None)


def _load(ctx: ServiceContext) -> PersonPhoto | None:
    from lpdesk.services.photos import my_photo

    return my_photo(ctx)


class PhotoRow(QWidget):
    sig_changed = Signal(bool)  # True: a photo is kept now; False: none
    sig_failed = Signal(str)  # the message shown

    def __init__(
        self, runner: TaskRunner, session: GuiSession | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photo_row")
        self.runner, self.session = runner, session
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("photo_preview_label")
        self.preview_label.setFixedSize(PREVIEW, PREVIEW)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setObjectName("photo_choose_button")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("photo_remove_button")
        self.status_label = StatusLabel(self)  # hidden (and not announced) while empty
        self.status_label.setObjectName("photo_status_label")
        self.status_label.setWordWrap(True)
        for button, what in (
            (self.choose_button, self.tr("Choose your photo for children's plans")),
            (self.remove_button, self.tr("Remove your photo from children's plans")),
        ):
            button.setAccessibleName(what)
        self.preview_label.setAccessibleName(self.tr("Your photo"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview_label)
        row.addLayout(buttons)
        row.addWidget(self.status_label, 1)
        self.choose_button.clicked.connect(self._browse)
        self.remove_button.clicked.connect(self.remove_photo)
        self._show(None)
        self.setEnabled(session is not None)
        if session is not None:
            self.runner.run(lambda: _load(session.ctx), self._show, self._failed, owner=self)

    @classmethod
    def add_to(
        cls, form: QFormLayout, runner: TaskRunner, session: GuiSession | None, parent: QWidget
    ) -> PhotoRow:
        """The row, labelled, added at the end of ``form``; saved at once, not with the form."""
        row = cls(runner, session, parent)
        label = QLabel(row.tr("Your photo for children's plans:"), parent)
        label.setObjectName("photo_label")
        label.setBuddy(row.choose_button)
        form.addRow(label, row)
        return row

    def _show(self, photo: PersonPhoto | None) -> None:
        self.remove_button.setEnabled(photo is not None)
        if photo is None:
            self.preview_label.clear()
            self.preview_label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(photo.data)
        self.preview_label.setPixmap(
            pixmap.scaled(
                PREVIEW,
                PREVIEW,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Your photo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_photo_file(path)

    def use_photo_file(self, path: str | Path) -> None:
        """Keep the photo in ``path`` as the signed-in user's own (checked and made smaller)."""
        self._run(Path(path), self.tr("Saving your photo…"))

    def remove_photo(self) -> None:
        self._run(None, self.tr("Removing your photo…"))

    def _run(self, path: Path | None, doing: str) -> None:
        session = self.session
        if session is None:
            return
        self.setEnabled(False)
        self.status_label.setText(doing)
        self.runner.run(lambda: _save(session.ctx, path), self._saved, self._failed, owner=self)

    def _saved(self, photo: PersonPhoto | None) -> None:
        self.setEnabled(True)
        self._show(photo)
        self.status_label.setText(
            self.tr("Your photo is saved. It is shown on the plans written for children.")
            if photo is not None
            else self.tr("Your photo is removed. Children's plans show no photo of you.")
        )
        emit(self.sig_changed, photo is not None)

    def _failed(self, err: BaseException) -> None:
        self.setEnabled(True)
        message = field_messages(err).get("photo") or describe(err).text
        text = self.tr("Your photo was not saved: {0}").format(message)
        self.status_label.setText(text)
        emit(self.sig_failed, text)
