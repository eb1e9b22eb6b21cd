"""Circulation use cases: the final check (``preview``), the pack (``produce_pack``), sending by
SMTP (``send_pack_smtp``), the state of each item (``mark_reached``, ``mark_failed``,
``record_not_sent``), the excluded parent's summary, the password list and the distribution
record (``distribution_status``).

Recipients come only from the case's own core group (``circulation.recipients``); each is
rendered with their own redaction, encrypted with their own password; nothing is recorded until
every file is in place, and the meeting counts as circulated only once every entitled recipient
is reached. See docs/decisions/0012-circulation-pipeline.md and docs/circulation.md.
"""

from lpdesk.services.circulation.distribution import (
    DistributionLine,
    MeetingDistribution,
    RecipientStatus,
    distribution,
    distribution_status,
)
from lpdesk.services.circulation.pack import (
    PackSummary,
    SentItem,
    produce_pack,
)
from lpdesk.services.circulation.passwords import (
    PasswordRow,
    mark_password_given,
    password_list,
    reveal_password,
)
from lpdesk.services.circulation.preview import (
    CirculationPreview,
    PreviewRecipient,
    preview,
)
from lpdesk.services.circulation.sending import send_pack_smtp
from lpdesk.services.circulation.states import (
    Marked,
    mark_failed,
    mark_reached,
    record_not_sent,
)
from lpdesk.services.circulation.summaries import write_excluded_summary

__all__ = [
    "CirculationPreview",
    "DistributionLine",
    "Marked",
    "MeetingDistribution",
    "PackSummary",
    "PasswordRow",
    "PreviewRecipient",
    "RecipientStatus",
    "SentItem",
    "distribution",
    "distribution_status",
    "mark_failed",
    "mark_password_given",
    "mark_reached",
    "password_list",
    "preview",
    "produce_pack",
    "record_not_sent",
    "reveal_password",
    "send_pack_smtp",
    "write_excluded_summary",
]
