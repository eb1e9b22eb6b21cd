"""Suite-wide set-up. Qt must be told there is no display before anything imports it, or it aborts
the whole pytest process instead of failing one test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LPDESK_LOG_LEVEL", "WARNING")
