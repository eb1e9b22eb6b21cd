"""Run by the system's Python: Orca as /usr/bin/orca runs it, except that it neither refuses to
start nor stops anything when another Orca of the same user is running (the stock launcher does
one or the other: a test must not touch a screen reader it did not start). Arguments as orca's."""

from __future__ import annotations

import runpy
import sys

ORCA = "/usr/bin/orca"

if __name__ == "__main__":
    launcher = runpy.run_path(ORCA, run_name="orca_launcher")  # defines, does not run
    main = launcher["main"]
    main.__globals__["otherOrcas"] = lambda: []
    sys.argv = [ORCA, *sys.argv[1:]]
    sys.exit(main())
