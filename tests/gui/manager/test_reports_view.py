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
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "period_start"  # the BOM is read as one, not as part of a heading
    assert len(rows) == len(report.rows) + 1  # a header and one line per row
    window.close()


def test_a_lead_professional_is_told_the_report_is_for_managers(qtbot, settings, demo_app) -> None:
    window = _window(qtbot, settings, demo_app, "aisha.rahman")
    view = window.reports_view
    qtbot.waitUntil(lambda: "managers" in view.compliance_hint_label.text(), timeout=10000)
    assert not view.export_button.isEnabled()
    window.close()


def test_a_figure_drills_down_to_its_cases_which_open(qtbot, settings, demo_app) -> None:
    """From the team's figure that has misses, Enter opens the cases that count against it with
    the rule in words; Enter on a case opens its workspace."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from lpdesk.gui.manager.compliance_cases_dialog import ComplianceCasesDialog

    window = _window(qtbot, settings, demo_app, "daniel.kowalczyk")
    view = window.reports_view
    with qtbot.waitSignal(view.sig_report, timeout=10000) as shown:
        pass
    report = shown.args[0]
    index = next(
        i for i, r in enumerate(report.rows) if r.scope == "team" and r.numerator < r.denominator
    )
    row = report.rows[index]
    window.show_page(view)
    view.tabs.setCurrentIndex(1)
    view.compliance_table.setFocus()
    view.compliance_table.setCurrentCell(index, 0)
    qtbot.keyClick(view.compliance_table, Qt.Key.Key_Return)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ComplianceCasesDialog))
    assert "counts against" in dialog.rule_label.text() or "count against" in (
        dialog.rule_label.text()
    )
    shown_cases = dialog.cases
    assert shown_cases and all(c.measure == row.measure and c.missed > 0 for c in shown_cases)
    # the cases add up to the figure: every miss of the team's figure is in the list
    assert sum(c.missed for c in shown_cases) == row.denominator - row.numerator
    assert dialog.cases_table.item(0, 0).text() == shown_cases[0].reference
    dialog.cases_table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.cases_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_cases[0].case_id in window.workspaces, timeout=5000)
    assert window.ui.page_stack.currentWidget() is window.workspaces[shown_cases[0].case_id]
    window.close()


def test_the_excel_export_opens_in_libreoffice_calc(qtbot, settings, demo_app, tmp_path) -> None:
    import subprocess

    window = _window(qtbot, settings, demo_app, "daniel.kowalczyk")
    view = window.reports_view
    with qtbot.waitSignal(view.sig_report, timeout=10000) as shown:
        pass
    report = shown.args[0]
    assert view.excel_button.isEnabled() and view.pdf_button.isEnabled()
    target = view.export_xlsx(str(tmp_path / "compliance.xlsx"))
    assert target is not None
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path / "out"),
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    converted = tmp_path / "out" / "compliance.csv"
    assert converted.exists(), f"{done.stdout} {done.stderr}"
    rows = list(csv.reader(converted.open(encoding="utf-8")))
    assert rows[0][:3] == ["period_start", "period_end", "scope"]
    assert len(rows) == len(report.rows) + 1
    with qtbot.waitSignal(view.sig_exported, timeout=30000) as written:
        view.export_pdf(str(tmp_path / "compliance.pdf"))
    assert written.args[0].read_bytes().startswith(b"%PDF")
    window.close()
