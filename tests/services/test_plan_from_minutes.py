"""Reading what minutes on the shipped core group pro-forma agree about the plan: the updated plan's
SMART actions, contingency and seeing arrangements, and the review of the plan's actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from lpdesk.domain import ActionStatus, Person
from lpdesk.forms.loader import load_form
from lpdesk.services.plans.from_minutes import AgreedPlan, agreed_plan, match_member

FORM = load_form(
    Path(__file__).resolve().parents[2] / "forms" / "proformas" / "core_group_minutes.toml"
)


def test_the_shipped_form_agrees_actions_contingency_seeing_and_reviews() -> None:
    answers = {
        "updated_plan": {
            "actions": [
                {
                    "what": "Weekly visit",
                    "who": "Gale Visitor",
                    "by_when": "2027-02-01",
                    "measured_by": "Food seen",
                },
                {"what": "  ", "who": "nobody"},  # an empty row agrees nothing
            ],
            "contingency": "Strategy discussion",
            "seen_alone": "At school",
            "seen_with_family": "At home",
        },
        "plan_review": {
            "rows": [
                {"action_id": "4", "progress": "Done", "status": "completed", "impact": "Fed"},
                {"action_id": "", "progress": "no action named"},
            ]
        },
    }
    agreed = agreed_plan(FORM, answers)
    (action,) = agreed.actions
    assert (action.what, action.who, action.by_when, action.measure, action.row) == (
        "Weekly visit",
        "Gale Visitor",
        date(2027, 2, 1),
        "Food seen",
        1,
    )
    (review,) = agreed.reviewed
    assert (review.action_id, review.status, review.impact) == (4, ActionStatus.COMPLETED, "Fed")
    assert agreed.contingency == "Strategy discussion"
    assert agreed.seen_arrangements == "Seen alone: At school\nSeen with the family: At home"
    assert agreed_plan(FORM, {}) == AgreedPlan()


def test_who_is_matched_to_one_member_by_name() -> None:
    people = {
        1: Person(id=1, name="Gale Visitor"),
        2: Person(id=2, name="Sam Lee"),
        3: Person(id=3, name="Sam Lee"),
    }
    assert match_member("gale visitor", people) == 1
    assert match_member("Gale Visitor (Health visitor)", people) == 1
    assert match_member("Sam Lee", people) is None  # two members: ambiguous, never a guess
    assert match_member("Gale", people) is None
