"""``python -m lpdesk`` and the ``lpdesk`` command."""

from __future__ import annotations

import sys

from lpdesk.cli import main as _main


def main() -> None:
    sys.exit(_main(sys.argv[1:], hooks=True))


if __name__ == "__main__":
    main()
