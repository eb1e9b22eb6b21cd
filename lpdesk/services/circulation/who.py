"""Who a pack goes to: the chosen recipients (only ever the case's own), the sender of email
drafts, and anyone who cannot be reached, resolved or recorded as not sent with a reason before
anything is produced."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from lpdesk.circulation.email_draft import Mailbox
from lpdesk.circulation.recipients import RecipientPlan
from lpdesk.circulation.safety import is_valid_email
from lpdesk.domain import InvalidInput
from lpdesk.services.circulation.preview import CirculationPreview

__all__ = ["check_left_out", "chosen", "sender"]


def sender(check: CirculationPreview) -> Mailbox:
    data = check.data
    lead = data.people.get(data.lead_id) if data.lead_id is not None else None
    if lead is None or not is_valid_email(lead.email):
        raise InvalidInput.one(
            "sender", "the lead professional needs a valid email address to send email drafts"
        )
    return Mailbox(name=lead.name, email=lead.email)


def chosen(check: CirculationPreview, only: Collection[int] | None) -> list[RecipientPlan]:
    plans = [r.plan for r in check.recipients]
    if only is None:
        return plans
    known = {p.person_id for p in plans}
    strangers = sorted(set(only) - known)
    if strangers:
        raise InvalidInput.one(
            "only_person_ids",
            f"not recipients of case {check.case_reference}'s circulation: "
            + ", ".join(_name(check, p) for p in strangers),
        )
    return [p for p in plans if p.person_id in set(only)]


def _name(check: CirculationPreview, person_id: int) -> str:
    person = check.data.people.get(person_id)
    return person.name if person is not None else "someone not in the case"


def check_left_out(
    check: CirculationPreview, left_out: Mapping[int, str], only: Collection[int] | None
) -> dict[int, str]:
    """In a pack for everyone on their own channel, anyone who cannot be reached must be either
    resolved first or recorded as not sent with a reason; nothing is produced until then."""
    known = {r.person_id: r for r in check.recipients}
    strangers = sorted(set(left_out) - set(known))
    if strangers:
        raise InvalidInput.one(
            "left_out", "not recipients: " + ", ".join(_name(check, p) for p in strangers)
        )
    reasons = {p: r.strip() for p, r in left_out.items()}
    if any(not r for r in reasons.values()):
        raise InvalidInput.one("left_out", "say why each recipient left out is not sent")
    wanted = set(known) if only is None else set(only)
    blocked = [
        r
        for r in check.recipients
        if r.person_id in wanted and r.problems and r.person_id not in reasons
    ]
    if blocked:
        raise InvalidInput.one(
            "left_out",
            "resolve these recipients first, or record why they are not sent: "
            + "; ".join(f"{r.name}: {', '.join(r.problems)}" for r in blocked),
        )
    return reasons
