"""A pack's documents are allocated to render jobs that a worker process can run: each one sent
as a worker receives it (pickled) renders the very bytes the recipient's own copy has, and
recipients whose redaction is the same share one job."""

from __future__ import annotations

import pickle

from lpdesk.services.circulation import preview
from lpdesk.services.circulation.pack_render import PackRenderer
from lpdesk.services.circulation.who import chosen
from lpdesk.services.context import ServiceContext
from lpdesk.services.rendering import assemble, inputs_for, render_tree
from lpdesk.store import Store
from tests.services import test_circulation_fixtures as fixtures
from tests.services.test_circulation_fixtures import make_leaky

demo = fixtures.demo


def test_render_jobs_travel_to_a_worker_and_render_each_recipients_own_copy(
    store: Store, demo: ServiceContext
) -> None:
    meeting_id = make_leaky(store).meetings[0]
    check = preview(demo, meeting_id=meeting_id)
    renderer = PackRenderer(demo, check, None, None)
    inputs = inputs_for(demo)
    keys = set()
    asked = 0
    for plan in chosen(check, None):
        for document in plan.documents:
            if document.kind.value not in ("minutes", "plan"):
                continue
            for fmt in document.formats:
                job = renderer(plan, document.kind, fmt)
                asked += 1
                keys.add(job.key)
                function, args = pickle.loads(pickle.dumps((job.function, job.args)))
                _, data = function(*args)
                # the recipient's copy rendered on its own, as the pack did before
                record_id = check.data.case.id if document.kind.value == "plan" else meeting_id
                assert record_id is not None
                assembled = assemble(demo, inputs, kind=document.kind, record_id=record_id)
                own = render_tree(assembled.tree(plan.redaction), fmt, inputs.settings)
                assert data == own.data
                assert renderer.names[(plan.person_id, document.kind, fmt)] == own.filename
    assert asked > len(keys) > 1  # shared between recipients with the same redaction, not one
