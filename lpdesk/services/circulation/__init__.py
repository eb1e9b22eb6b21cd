"""Circulation use cases: the final check (``preview``), the pack (``produce_pack``), sending by
SMTP (``send_pack_smtp``) and the distribution record (``distribution``).

Recipients come only from the case's own core group (``circulation.recipients``); each is
rendered with their own redaction, encrypted with their own password; nothing is recorded until
every file is in place. See docs/decisions/0012-circulation-pipeline.md.
"""

from lpdesk.services.circulation.distribution import DistributionLine, distribution
from lpdesk.services.circulation.pack import (
    PackSummary,
    SentItem,
    produce_pack,
)
from lpdesk.services.circulation.preview import (
    CirculationPreview,
    PreviewRecipient,
    preview,
)
from lpdesk.services.circulation.sending import send_pack_smtp

__all__ = [
    "CirculationPreview",
    "DistributionLine",
    "PackSummary",
    "PreviewRecipient",
    "SentItem",
    "distribution",
    "preview",
    "produce_pack",
    "send_pack_smtp",
]
