"""``lpdesk.gc_hold``: the collector is off while any hold is in force, on again once every hold is
released, and a collector someone else turned off is left off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from lpdesk import gc_hold


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc_hold.release(gc_hold.START_UP)
    gc_hold.release(gc_hold.FONTS)
    gc.unfreeze()  # the test process's objects back in the collector's sight
    (gc.enable if was else gc.disable)()


def test_off_while_any_hold_is_in_force() -> None:
    gc.enable()
    gc_hold.hold(gc_hold.START_UP)
    assert not gc.isenabled()
    with gc_hold.held(gc_hold.FONTS):
        assert not gc.isenabled()
    assert not gc.isenabled()  # the start-up hold is still in force
    gc_hold.release(gc_hold.FONTS)  # released already: nothing changes
    assert not gc.isenabled()
    gc_hold.release(gc_hold.START_UP)
    assert gc.isenabled()


def test_a_release_without_a_hold_changes_nothing() -> None:
    gc.enable()
    gc_hold.release(gc_hold.START_UP)
    assert gc.isenabled()
    with gc_hold.held(gc_hold.FONTS):
        gc_hold.release(gc_hold.START_UP)  # a window that was started without the hold
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_is_left_off() -> None:
    gc.disable()
    with gc_hold.held(gc_hold.FONTS):
        assert not gc.isenabled()
    gc_hold.hold(gc_hold.START_UP)
    gc_hold.release(gc_hold.START_UP)
    assert not gc.isenabled()


def test_released_when_the_work_fails() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), gc_hold.held(gc_hold.FONTS):
        raise RuntimeError("the fonts could not be read")
    assert gc.isenabled()


def test_the_start_ups_objects_are_frozen_when_it_ends_the_fonts_are_not() -> None:
    gc.enable()
    with gc_hold.held(gc_hold.FONTS):
        pass
    assert gc.get_freeze_count() == 0
    gc_hold.hold(gc_hold.START_UP)
    gc_hold.release(gc_hold.START_UP)
    assert gc.get_freeze_count() > 0 and gc.isenabled()
