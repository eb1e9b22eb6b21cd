"""Prints the mutation score per module from the results mutmut left in ``mutants/`` (run by
``make mutation``; see docs/testing.md), and the surviving mutants by name.

A mutant counts as caught when a test failed (or timed out) with it in place; one no test reached
counts as surviving. ``--fail-under N`` exits 1 when a module scores below N per cent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CAUGHT = {1, 3, 24, 36, 37, 152, 255, -24}  # a test failed, errored or timed out
SKIPPED = {34}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mutants", default="mutants", type=Path)
    parser.add_argument("--fail-under", type=float, default=0.0)
    parser.add_argument("--survivors", action="store_true", help="list each surviving mutant")
    args = parser.parse_args(argv)
    metas = sorted(args.mutants.glob("lpdesk/**/*.py.meta"))
    if not metas:
        print(f"no mutation results in {args.mutants}/: run `make mutation` first")
        return 1
    below: list[str] = []
    total_caught = total_counted = 0
    print(f"{'module':48} {'caught':>7} {'of':>5} {'score':>7}")
    for meta in metas:
        module = str(meta.relative_to(args.mutants)).removesuffix(".meta")
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        counted = {k: v for k, v in codes.items() if v not in SKIPPED}
        caught = sum(1 for v in counted.values() if v in CAUGHT)
        score = 100.0 * caught / len(counted) if counted else 100.0
        total_caught, total_counted = total_caught + caught, total_counted + len(counted)
        print(f"{module:48} {caught:7} {len(counted):5} {score:6.1f}%")
        if score < args.fail_under:
            below.append(module)
        if args.survivors:
            for name, code in sorted(counted.items()):
                if code not in CAUGHT:
                    state = (
                        "not run" if code is None else "no test" if code in {5, 33} else "survived"
                    )
                    print(f"    {state:9} {name}")
    overall = 100.0 * total_caught / total_counted if total_counted else 100.0
    print(f"{'all':48} {total_caught:7} {total_counted:5} {overall:6.1f}%")
    if below:
        print(f"below {args.fail_under:g}%: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
