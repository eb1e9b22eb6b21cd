"""Every document builder, given the fictional contexts with every piece of free text replaced by
arbitrary text (any Unicode, control characters, markup, template syntax, very long runs): each
builds its document tree; no exception escapes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lpdesk.documents.builders import (
    build_child_plan,
    build_compliance_report,
    build_distribution_record,
    build_excluded_parent_summary,
    build_family_guide,
    build_invitation,
    build_minutes,
    build_plan,
    build_plan_change_notice,
    build_review_report,
    build_visit_record,
)
from lpdesk.documents.builders.compliance_report import ComplianceFigure, ComplianceScope
from lpdesk.documents.tree import Document
from lpdesk.domain import PlanKind, PlanVersion
from tests.documents import fictional as f
from tests.fuzz.conftest import FUZZ, FUZZ_EXAMPLES

# Identifiers, not text: they link records and forms together.
KEEP = {"key", "form_id", "profile_id", "reference", "kind", "id", "username"}
OUTCOMES: Counter[str] = Counter()

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["", " ", "\x00\x01\x0b\x1f\x7f", "<w:p>", "{{ x }}", "&amp;<b>", "\u202e\u200f", "😀" * 20]
    ),
    st.integers(500, 3000).map(lambda n: "word " * n),  # a very long run, cheaply
)


class Pool:
    """A few texts drawn per example; each string field takes one of them (a one-byte draw), so a
    context with a hundred strings does not overrun Hypothesis's buffer."""

    def __init__(self, data: st.DataObject) -> None:
        self.texts = data.draw(st.lists(texts, min_size=1, max_size=6))
        self.data = data

    def __call__(self, strategy: Any) -> Any:
        if strategy is texts:
            return self.texts[self.data.draw(st.integers(0, len(self.texts) - 1))]
        return self.data.draw(strategy)


def scramble(obj: Any, draw: Callable[[Any], Any]) -> Any:
    """``obj`` with every free-text string replaced by drawn text (ids and keys kept)."""
    if isinstance(obj, Enum) or obj is None or isinstance(obj, bool | int | float):
        return obj
    if isinstance(obj, str):
        return draw(texts)
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {
            fl.name: scramble(getattr(obj, fl.name), draw)
            for fl in fields(obj)
            if fl.init and fl.name not in KEEP and not fl.name.endswith(("_id", "_ids", "_key"))
        }
        return replace(obj, **changes)
    if isinstance(obj, tuple):
        return tuple(scramble(x, draw) for x in obj)
    if isinstance(obj, list):
        return [scramble(x, draw) for x in obj]
    if isinstance(obj, dict):
        return {k: scramble(v, draw) for k, v in obj.items()}  # keys are identifiers
    return obj


BUILDERS: dict[str, Callable[[Callable[[Any], Any]], Document]] = {
    "minutes": lambda d: build_minutes(scramble(f.minutes_context(), d)),
    "plan": lambda d: build_plan(scramble(f.document_context(), d), version=2),
    "girfec_plan": lambda d: build_plan(
        scramble(f.document_context(PlanKind.GIRFEC), d),
        review_on=f.CREATED,
        child_views=d(texts),
        parents_views=d(texts),
    ),
    "invitation": lambda d: build_invitation(
        scramble(f.document_context(), d), scramble(f.MEETING, d), d(st.sampled_from([1, 7, 8]))
    ),
    "excluded_parent_summary": lambda d: build_excluded_parent_summary(
        scramble(f.document_context(), d), scramble(f.MEETING, d), 9, d(texts)
    ),
    "child_plan": lambda d: build_child_plan(
        scramble(f.document_context(), d),
        1,
        plain_words={1: d(texts)},
        next_meeting_on=f.MEETING.next_meeting_on,
        wishes=d(texts),
    ),
    "family_guide": lambda d: build_family_guide(
        scramble(f.document_context(), d), next_meeting_on=f.MEETING.next_meeting_on
    ),
    "review_report": lambda d: build_review_report(scramble(f.review_context(), d)),
    "visit_record": lambda d: build_visit_record(
        scramble(f.document_context(), d), scramble(d(st.sampled_from(f.VISITS)), d)
    ),
    "distribution_record": lambda d: build_distribution_record(
        scramble(f.distribution_context(), d)
    ),
    "plan_change_notice": lambda d: build_plan_change_notice(
        scramble(f.document_context(), d),
        PlanVersion(
            plan_id=1,
            number=3,
            created_at=datetime(2026, 11, 20, 10, 0),
            created_by=d(texts),
            summary=d(texts),
            consulted_person_ids=(4, 5),
        ),
    ),
    "compliance_report": lambda d: build_compliance_report(
        authority=d(texts),
        created=f.CREATED,
        team=d(texts),
        period_start=datetime(2025, 11, 23).date(),
        period_end=f.CREATED,
        cases=d(st.integers(min_value=0, max_value=10_000)),
        scopes=(
            ComplianceScope(
                title=d(texts),
                figures=(
                    ComplianceFigure(
                        measure="visits_in_timescale", numerator=3, denominator=4, percent=75.0
                    ),
                    ComplianceFigure(
                        measure="seen_alone", numerator=0, denominator=0, percent=None
                    ),
                ),
            ),
        ),
    ),
}


@pytest.fixture(scope="module", autouse=True)
def _report() -> Any:
    yield
    print(f"\nbuilder fuzz: {sum(OUTCOMES.values())} documents built: {dict(OUTCOMES)}")


def test_every_builder_is_fuzzed() -> None:
    import lpdesk.documents.builders as builders

    called = {getattr(builders, n) for n in builders.__all__}
    fuzzed = {
        build_minutes,
        build_plan,
        build_invitation,
        build_excluded_parent_summary,
        build_child_plan,
        build_review_report,
        build_visit_record,
        build_distribution_record,
        build_plan_change_notice,
        build_compliance_report,
        build_family_guide,
    }
    assert called == fuzzed, "add the new builder to BUILDERS"


@pytest.mark.parametrize("name", sorted(BUILDERS))
@settings(FUZZ, max_examples=max(10, FUZZ_EXAMPLES // 2))
@given(data=st.data())
def test_every_builder_takes_any_text(name: str, data: st.DataObject) -> None:
    document = BUILDERS[name](Pool(data))
    assert isinstance(document, Document)
    OUTCOMES[name] += 1
