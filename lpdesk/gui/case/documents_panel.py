"""Documents on demand, from the case's Documents tab: any document the case's records make, in
Word or PDF, opened in the system's viewer.

The same safety as a pack: the file is written owner-only (0600) into a private folder (0700)
inside lpdesk's own data folder, never a shared temporary folder; its name carries the case
reference only; the folder is removed when the workspace closes or lpdesk quits."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from lpdesk.domain import DocumentKind, MeetingKind, MeetingStatus
from lpdesk.gui.case import form_parts as fp
from lpdesk.gui.case.case_loader import CaseSnapshot
from lpdesk.gui.shell.changes import Changes, Kind
from lpdesk.gui.shell.errors import describe
from lpdesk.gui.shell.labels import fmt_date
from lpdesk.gui.shell.session import GuiSession
from lpdesk.gui.shell.signals import emit
from lpdesk.gui.shell.status_label import StatusLabel
from lpdesk.gui.shell.tasks import Lane, TaskRunner

__all__ = ["DocumentsPanel", "ViewerFolder", "document_choices"]

Choice = tuple[str, tuple[DocumentKind, int, int | None]]
_HELD = (MeetingStatus.HELD, MeetingStatus.APPROVED, MeetingStatus.CIRCULATED)


class ViewerFolder:
    """One private folder for the files handed to the viewer; ``remove`` deletes it all."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path: Path | None = None

    def write(self, name: str, data: bytes) -> Path:
        if self.path is None or not self.path.exists():
            base = self.data_dir / "viewing"
            base.mkdir(mode=0o700, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(prefix="open-", dir=base))  # 0700
        target = self.path / name
        with contextlib.suppress(FileNotFoundError):
            target.unlink()  # the same document opened again: a fresh copy
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return target

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None

    def sweep(self, older_than_s: float = 12 * 3600) -> int:
        """Remove copies left by a session that ended without closing (a crash, a power cut);
        a folder in use by this session is younger than that. Returns how many went."""
        base = self.data_dir / "viewing"
        if not base.is_dir():
            return 0
        now, gone = time.time(), 0
        for folder in base.glob("open-*"):
            if folder.is_dir() and now - folder.stat().st_mtime > older_than_s:
                shutil.rmtree(folder, ignore_errors=True)
                gone += 1
        return gone


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsPanel", text)


def document_choices(snapshot: CaseSnapshot) -> list[Choice]:
    """Each document the case's records can make, with a label a person reads."""
    o = snapshot.overview
    case_id = o.case.id
    assert case_id is not None
    out: list[Choice] = []
    if snapshot.plan is not None:
        out.append((_tr("The plan"), (DocumentKind.PLAN, case_id, None)))
        for c in o.children:
            if c.child.id is not None:
                label = _tr("My plan, for {child}").format(child=c.name)
                out.append((label, (DocumentKind.CHILD_PLAN, c.child.id, None)))
        for version in snapshot.plan.versions:
            if version.id is not None:
                label = _tr("Plan change notice, version {n} of {day}").format(
                    n=version.number, day=fmt_date(version.created_at.date())
                )
                out.append((label, (DocumentKind.PLAN_CHANGE_NOTICE, version.id, None)))
    excluded = [m for m in o.members if m.membership.excluded]
    invitees = [m for m in o.members if not m.membership.excluded]
    for m in snapshot.meetings:
        if m.id is None or m.kind is not MeetingKind.CORE_GROUP:
            continue
        day = fmt_date(m.scheduled_at.date())
        if m.status is MeetingStatus.CONVENED:
            for member in invitees:
                label = _tr("Invitation to {name}, meeting on {day}").format(
                    name=member.name, day=day
                )
                out.append((label, (DocumentKind.INVITATION, m.id, member.membership.person_id)))
        if m.status in _HELD:
            out.append(
                (_tr("Minutes of {day}").format(day=day), (DocumentKind.MINUTES, m.id, None))
            )
            for member in excluded:
                label = _tr("Summary for {name}, meeting on {day}").format(
                    name=member.name, day=day
                )
                kind = DocumentKind.EXCLUDED_PARENT_SUMMARY
                out.append((label, (kind, m.id, member.membership.person_id)))
        if m.status is MeetingStatus.CIRCULATED:
            label = _tr("Distribution record, meeting on {day}").format(day=day)
            out.append((label, (DocumentKind.DISTRIBUTION_RECORD, m.id, None)))
    children = {c.child.id: c.name for c in o.children}
    for v in snapshot.visits:
        if v.id is not None:
            label = _tr("Visit record, {child}, {day}").format(
                child=children.get(v.child_id, ""), day=fmt_date(v.visited_at.date())
            )
            out.append((label, (DocumentKind.VISIT_RECORD, v.id, None)))
    out.append((_tr("Guide for the family"), (DocumentKind.FAMILY_GUIDE, case_id, None)))
    return out


class DocumentsPanel(QWidget):
    sig_opened = Signal(str)  # the path handed to the viewer
    sig_failed = Signal(str)
    sig_choices = Signal()  # every document on offer is listed

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session: GuiSession | None = None
        self.folder: ViewerFolder | None = None
        self.case_id: int | None = None  # the case shown (set with its snapshot)
        self.setObjectName("documents_panel")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.document_combo = fp.combo(self, "document_combo", self.tr("Document to open"))
        self.format_combo = fp.combo(self, "format_combo", self.tr("Format"))
        self.format_combo.addItem(self.tr("PDF"), "pdf")
        self.format_combo.addItem(self.tr("Word"), "docx")
        # Welsh, English or both, where the case's profile offers documents in Welsh
        self.language_combo = fp.combo(self, "language_combo", self.tr("Language"))
        self.language_label = fp.buddy(self, self.tr("in"), self.language_combo)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("open_document_button")
        self.open_button.setAccessibleName(self.tr("Open the document in the system's viewer"))
        self.status_label = StatusLabel(self)
        self.status_label.setObjectName("documents_status_label")
        self.status_label.setWordWrap(True)
        row.addWidget(fp.buddy(self, self.tr("Document:"), self.document_combo))
        row.addWidget(self.document_combo, 1)
        row.addWidget(fp.buddy(self, self.tr("as"), self.format_combo))
        row.addWidget(self.format_combo)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addWidget(self.open_button)
        row.addWidget(self.status_label, 1)
        fp.tab_chain(
            self, [self.document_combo, self.format_combo, self.language_combo, self.open_button]
        )
        self._show_languages(("en",))
        self.open_button.clicked.connect(self.open_document)

    def bind(self, session: GuiSession) -> None:
        self.session = session
        self.folder = ViewerFolder(session.data_dir)
        self.folder.sweep()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.remove_files)

    def _show_languages(self, offered: tuple[str, ...]) -> None:
        """The language choice, shown only where there is a choice (Welsh and English)."""
        from lpdesk.services.rendering import DOCUMENT_LANGUAGES

        current = self.language_combo.currentData()
        self.language_combo.clear()
        for code in offered:
            self.language_combo.addItem(DOCUMENT_LANGUAGES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        for widget in (self.language_label, self.language_combo):
            widget.setVisible(len(offered) > 1)

    def show_snapshot(self, snapshot: CaseSnapshot) -> None:
        if self.session is not None:
            from lpdesk.services.rendering import document_languages

            profile = self.session.profiles.get(snapshot.overview.case.profile_id)
            self._show_languages(document_languages(profile) if profile else ("en",))
        current = self.document_combo.currentText()  # chosen before a refresh: kept
        self.document_combo.clear()
        for label, data in self.choices(snapshot):
            self.document_combo.addItem(label, data)
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findText(current)))
        self.open_button.setEnabled(self.document_combo.count() > 0)
        self.case_id = snapshot.overview.case.id
        emit(self.sig_choices)

    def choices(self, snapshot: CaseSnapshot) -> list[Choice]:
        """Every document on offer: those the records make, then the lead professional's report to
        the next review conference once it is started (the snapshot carries it)."""
        out = document_choices(snapshot)
        review = snapshot.review
        if review is not None and review.report is not None and review.report.id is not None:
            label = self.tr("Report to the review conference on {day}").format(
                day=fmt_date(review.timeline.conference_on)
            )
            out.append((label, (DocumentKind.REVIEW_REPORT, review.report.id, None)))
        return out

    def select(self, label: str, fmt: str, language: str = "en") -> None:
        self.document_combo.setCurrentIndex(self.document_combo.findText(label))
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def open_document(self) -> None:
        chosen = self.document_combo.currentData()
        session, folder = self.session, self.folder
        if chosen is None or session is None or folder is None:
            return
        from lpdesk.services.rendering import render_document

        kind, record_id, person_id = chosen
        fmt = self.format_combo.currentData()
        language = self.language_combo.currentData() or "en"
        ctx, profiles, forms = session.ctx, session.profiles, session.forms

        def render() -> str:
            file = render_document(
                ctx,
                kind=kind,
                record_id=record_id,
                fmt=fmt,
                person_id=person_id,
                profiles=profiles,
                forms=forms,
                language=language,
            )
            return str(folder.write(file.filename, file.data))

        self.open_button.setEnabled(False)
        self.status_label.setText(self.tr("Making the document…"))
        case_id = self.case_id
        self.runner.run(
            render,
            self._ready,
            self._failed,
            lane=Lane.WORK,
            owner=self,
            changes=Changes.of(case_id, Kind.DOCUMENTS),
        )

    def _ready(self, path: str) -> None:
        self.open_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Opened {name}. The copy is removed when you close the case.").format(
                name=Path(path).name
            )
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        emit(self.sig_opened, path)

    def _failed(self, err: BaseException) -> None:
        self.open_button.setEnabled(True)
        text = describe(err).text
        self.status_label.setText(text)
        emit(self.sig_failed, text)

    def remove_files(self) -> None:
        if self.folder is not None:
            self.folder.remove()
