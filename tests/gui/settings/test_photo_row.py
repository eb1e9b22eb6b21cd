"""The lead professional adds their photo in Settings ("Your photo for children's plans") on the
demo database; the plan written for a child they lead then shows it under "Who you can talk to", in
Word and in PDF. A text file is refused with the reason, and "Remove" takes the photo away."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from docx import Document as open_docx
from PIL import Image

from lpdesk.domain import Child, LeadAssignment, PersonPhoto
from lpdesk.gui.settings.settings_dialog import SettingsDialog
from lpdesk.gui.shell.session import GuiSession


def _session(demo_app) -> GuiSession:  # type: ignore[no-untyped-def]
    return GuiSession(
        ctx=demo_app.context(demo_app.actor()),  # the demo's lead professional
        profiles=demo_app.profiles,
        forms=demo_app.forms,
        data_dir=demo_app.data_dir,
        close=lambda: None,
    )


def _photo_file(folder: Path) -> Path:
    path = folder / "me.png"
    Image.new("RGB", (900, 1200), (90, 140, 60)).save(path, format="PNG")
    return path


def _pdf_images(data: bytes) -> list[str]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        done = subprocess.run(
            ["pdfimages", "-list", tmp.name], capture_output=True, check=True, text=True
        )
    return [line for line in done.stdout.splitlines()[2:] if line.strip()]


def _photos(demo_app) -> list[PersonPhoto]:  # type: ignore[no-untyped-def]
    with demo_app.store.unit_of_work() as uow:
        return uow.repo(PersonPhoto).find()


def test_the_lp_sets_their_photo_in_settings_and_my_plan_shows_it(  # type: ignore[no-untyped-def]
    qtbot, runner, demo_app, tmp_path
) -> None:
    from lpdesk.services.rendering import render_document

    session = _session(demo_app)
    me = session.ctx.actor.person_id
    with demo_app.store.unit_of_work() as uow:
        led = [a.case_id for a in uow.repo(LeadAssignment).find(person_id=me) if not a.ended_on]
        child = next(c for case_id in led for c in uow.repo(Child).find(case_id=case_id))
    dialog = SettingsDialog(runner, session=session)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.sig_loaded, timeout=10000).wait()
    row = dialog.photo_row
    assert row.preview_label.text() == "No photo" and not row.remove_button.isEnabled()

    text_file = tmp_path / "notes.png"
    text_file.write_text("Not a picture at all.\n", encoding="utf-8")
    with qtbot.waitSignal(row.sig_failed, timeout=10000) as refused:
        dialog.use_photo_file(text_file)
    assert "not a photo" in refused.args[0] and "PNG or JPEG" in row.status_label.text()
    assert _photos(demo_app) == []

    with qtbot.waitSignal(row.sig_changed, timeout=10000) as changed:
        dialog.use_photo_file(_photo_file(tmp_path))
    assert changed.args == [True]
    assert "saved" in row.status_label.text() and row.remove_button.isEnabled()
    assert row.preview_label.pixmap() is not None and not row.preview_label.pixmap().isNull()
    (kept,) = _photos(demo_app)
    assert kept.person_id == me
    with Image.open(io.BytesIO(kept.data)) as picture:
        assert picture.format == "JPEG" and max(picture.size) == 600

    def render(fmt: str) -> bytes:
        ctx, profiles = session.ctx, session.profiles
        made = render_document(
            ctx, kind="child_plan", record_id=child.id or 0, fmt=fmt, profiles=profiles
        )
        return made.data

    word = open_docx(io.BytesIO(render("docx")))
    assert len(word.inline_shapes) == 1
    assert len(_pdf_images(render("pdf"))) == 1

    with qtbot.waitSignal(row.sig_changed, timeout=10000) as changed:
        row.remove_button.click()
    assert changed.args == [False] and _photos(demo_app) == []
    assert row.preview_label.text() == "No photo"
    assert len(open_docx(io.BytesIO(render("docx"))).inline_shapes) == 0
    assert _pdf_images(render("pdf")) == []
