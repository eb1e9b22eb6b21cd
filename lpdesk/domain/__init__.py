"""Plain dataclasses and enums: the vocabulary of lpdesk. Standard library only.

Every entity is a frozen, keyword-only dataclass whose ``id`` is ``None`` until stored. Collections
are tuples. Links between entities are ids, never object references, so a record can cross a thread
or be written to JSON without dragging a graph behind it. ``ENTITIES`` lists every stored entity.
"""

from lpdesk.domain.case import *  # noqa: F403
from lpdesk.domain.document_kinds import *  # noqa: F403
from lpdesk.domain.enums import *  # noqa: F403
from lpdesk.domain.errors import *  # noqa: F403
from lpdesk.domain.facts import *  # noqa: F403
from lpdesk.domain.meetings import *  # noqa: F403
from lpdesk.domain.outputs import *  # noqa: F403
from lpdesk.domain.people import *  # noqa: F403
from lpdesk.domain.plan import *  # noqa: F403
from lpdesk.domain.progress import *  # noqa: F403
from lpdesk.domain.records import *  # noqa: F403
from lpdesk.domain.registry import ENTITIES, entity_name  # noqa: F401
from lpdesk.domain.settings import *  # noqa: F403
