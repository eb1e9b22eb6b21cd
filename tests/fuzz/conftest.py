"""Fuzz tests: Hypothesis against the import format, every pro-forma field kind through
save_draft, and every document builder. A modest number of examples each (``FUZZ_EXAMPLES``,
raised with ``LPDESK_FUZZ_EXAMPLES``); no deadline (the machine is shared and slow at times)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("LPDESK_FUZZ_EXAMPLES") or 40)

settings.register_profile(
    "lpdesk-fuzz",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)
FUZZ = settings.get_profile("lpdesk-fuzz")
