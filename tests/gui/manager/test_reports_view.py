"""The Reports page: the compliance report for a team manager (and its CSV), refused in words for
a lead professional."""

from __future__ import annotations

import csv

from lpdesk.gui.shell.main import create_application, start_main_window
from lpdesk.gui.shell.session import GuiSession


def _window(qtbot, settings, demo_app, username: str):  # type: ignore[no-untyped-def]
    def open_session() -> GuiSession:
        return GuiSession(
            ctx=demo_app.context(demo_app.actor(username)),
            profiles=demo_app.profiles,
            forms=demo_app.forms,
            data_dir=demo_app.data_dir,
            close=lambda: None,
        )

    create_application()
    window = start_main_window(open_session, settings=settings)
    qtbot.addWidget(window)
    return window


def test_a_team_manager_sees_and_exports_the_compliance_report(
    qtbot, settings, demo_app, tmp_path
) -> None:
    window = _window(qtbot, settings, demo_app, "daniel.kowalczyk")
    view = window.reports_view
    with qtbot.waitSignal(view.sig_report, timeout=10000) as shown:
        pass
    report = shown.args[0]
    assert report.rows and view.compliance_table.rowCount() == len(report.rows)
    assert view.compliance_table.item(0, 0).text() == (report.rows[0].name or "Whole team")
    target = view.export_csv(str(tmp_path / "compliance.csv"))
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == len(report.rows) + 1  # a header and one line per row
    window.close()


def test_a_lead_professional_is_told_the_report_is_for_managers(qtbot, settings, demo_app) -> None:
    window = _window(qtbot, settings, demo_app, "aisha.rahman")
    view = window.reports_view
    qtbot.waitUntil(lambda: "managers" in view.compliance_hint_label.text(), timeout=10000)
    assert not view.export_button.isEnabled()
    window.close()
