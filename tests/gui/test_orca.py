"""What Orca, the screen reader, says as a lead professional works lpdesk with the keyboard.

The real main window runs on an Xvfb display with Qt's AT-SPI bridge on, Orca 43 runs beside it on
the test run's private D-Bus session and AT-SPI bus, and real key events go to the display with
xdotool (XTEST), as a keyboard sends them. Orca's speech goes nowhere audible: it has no Speech
Dispatcher to talk to, and writes each utterance to its debug log, which this test reads (waiting
on the log, with time limits). Skipped, saying why, where Orca, xdotool or the AT-SPI parts are
missing (scripts/system-deps.sh installs them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import date
from pathlib import Path

import pytest

from lpdesk.rules.dates import day_text
from tests.gui.atspi.session import (
    OrcaLog,
    accessibility_bus,
    app_running,
    focus_window,
    key,
    missing_orca_parts,
    orca_running,
    xvfb_display,
)

pytestmark = [pytest.mark.slow, pytest.mark.slowest]  # minutes each: started first (make test)


class Listener:
    """Keys pressed on the display, and what Orca said after each."""

    def __init__(self, display: str, log: OrcaLog) -> None:
        self.display = display
        self.log = log

    def press(self, name: str, *, wait: str | None = None) -> list[str]:
        """Press a key; what Orca said once it fell quiet (or, with ``wait``, once it said
        something matching it)."""
        mark = self.log.mark()
        key(self.display, name)
        if wait is not None:
            self.log.wait_for(wait, since=mark, timeout=20)
        return self.log.settle(since=mark, quiet=0.5, timeout=3)

    def press_until(self, name: str, pattern: str, *, limit: int = 25) -> list[str]:
        """Press a key (Tab, Shift+Tab…) until Orca says something matching ``pattern``;
        everything said on the way."""
        said: list[str] = []
        for _ in range(limit):
            heard = self.press(name)
            said += heard
            if any(re.search(pattern, line) for line in heard):
                return said
        raise AssertionError(f"{name} never brought Orca to say /{pattern}/; it said: {said}")


@pytest.fixture
def orca(tmp_path: Path, demo_database: Path) -> Iterator[Listener]:
    missing = missing_orca_parts()
    if missing:
        pytest.skip(missing)
    with ExitStack() as stack:
        display = stack.enter_context(xvfb_display())
        stack.enter_context(accessibility_bus(display))
        stack.enter_context(app_running(demo_database, tmp_path, display))
        log = stack.enter_context(orca_running(tmp_path, display))
        mark = log.mark()
        focus_window(display, "lpdesk")
        log.wait_for(r"^1 of 8\.$", since=mark, timeout=30)  # the navigation has the focus
        yield Listener(display, log)


def test_orca_speaks_the_pages_the_due_list_a_case_its_timeline_and_a_dialog(
    orca: Listener,
) -> None:
    log = orca.log
    assert "Navigation." in log.heard and "List with 8 items." in log.heard
    assert "My caseload." in log.heard

    # the navigation: each page by its name and its place among the 8
    assert orca.press("Down", wait=r"of 8") == ["Due and overdue.", "2 of 8."]

    # a combo box is announced by its label (what it chooses), then its value
    said = orca.press_until("Tab", r"^Whose cases")
    assert said[-2:] == ["Whose cases: combo box.", "My cases."], said

    # the due list, a row read in full, and Enter opens its case
    said = orca.press_until("Tab", r"^Due list")
    assert re.match(r"table with \d+ rows 6 columns\.", said[-1]), said
    row = orca.press("Down")
    assert re.fullmatch(r"2 of \d+\.", row[-1]), row
    reference = next(cell for cell in row if re.fullmatch(r"CP-\d{4}-\d{4}\.", cell))
    opened = orca.press("Return", wait=r"^Overview page tab\.$")
    assert opened[:2] == ["Overview page tab.", "1 of 10."], opened
    said = orca.press_until("Tab", r"^Navigation\.$")  # the case is a page of its own now
    assert f"Case {reference}" in said, said

    # the timeline takes the focus and its summary is spoken: today, then each kind of contact
    said = orca.press_until("Tab", r"^Timeline of contact")
    summary = said[-1]
    assert summary.startswith(f"Today is {day_text(date.today())}."), said
    assert "Child seen:" in summary and "Seen alone:" in summary, summary
    # a gap that has closed: how many, against which cadence, and the longest
    closed = r"\d+ gaps? longer than every \d+ weeks, the longest \d+ days"
    assert re.search(closed, summary), summary
    # the child not yet seen alone: the gap still running is said, with its length so far
    said = orca.press("shift+Tab")
    assert said[0] == "Child: combo box.", said
    running = ""
    for _ in range(3):
        orca.press("Down")
        summary = orca.press("Tab", wait=r"^Today is")[-1]
        running = next((line for line in summary.splitlines() if "none since" in line), "")
        if running:
            break
        orca.press("shift+Tab")
    assert re.search(r"none since \d+ \w+ \d{4}: \d+ days so far, longer than every", running), (
        summary
    )

    # a dialog: its title and purpose, then each field by its label
    orca.press_until("shift+Tab", r"^Record a visit push button\.$")
    opened = orca.press("space", wait=r"^Record a visit: CP-\d{4}-\d{4} dialog")
    assert any(line.startswith("Record a visit: ") for line in opened), opened
    said = orca.press_until("Tab", r"^Outcome combo box\.$")
    assert "Child combo box." in said, said
    assert "Visitor combo box." in said, said
    assert any(line.startswith("Date and time ") for line in said), said
