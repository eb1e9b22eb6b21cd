"""Reports for managers and audits: compliance figures, team actions, caseloads."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from lpdesk.cli.common import opened, write_new


def register(sub: Any) -> None:
    rep = sub.add_parser("report", help="reports for managers and audits")
    kinds = rep.add_subparsers(dest="report", required=True)
    comp = kinds.add_parser("compliance", help="compliance figures per LP and team over a period")
    comp.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    comp.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    comp.add_argument("--team")
    out = comp.add_mutually_exclusive_group()
    out.add_argument("--csv", type=Path, help="write CSV to this file")
    out.add_argument("--xlsx", type=Path, help="write an Excel workbook to this file")
    out.add_argument("--pdf", type=Path, help="write a PDF for an audit to this file")
    comp.set_defaults(handler=compliance)
    actions = kinds.add_parser("actions", help="every action in every open plan, overdue first")
    actions.add_argument("--team")
    actions.add_argument("--as-of", type=date.fromisoformat)
    actions.set_defaults(handler=team_actions)


def compliance(args: argparse.Namespace) -> int:
    from lpdesk.documents.tree import DEFAULT_MARKING
    from lpdesk.services.audit_trail import record_access
    from lpdesk.services.compliance_report import compliance_report, to_csv, to_pdf, to_xlsx
    from lpdesk.services.settings import get_setting

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        report = compliance_report(
            ctx,
            period_start=args.start,
            period_end=args.end,
            team=args.team,
            profiles=app.profiles,
        )
        authority = get_setting(ctx, "authority_name") or "Local authority"
        marking = get_setting(ctx, "protective_marking") or DEFAULT_MARKING
        if args.pdf:
            write_new(args.pdf, to_pdf(report, authority=authority, marking=marking), field="pdf")
        elif args.csv:
            write_new(args.csv, to_csv(report), field="csv")
        elif args.xlsx:
            write_new(args.xlsx, to_xlsx(report), field="xlsx")
        else:
            print(to_csv(report).decode("utf-8-sig"), end="")
        fmt = "pdf" if args.pdf else "xlsx" if args.xlsx else "csv"
        period = f"from={args.start.isoformat()} to={args.end.isoformat()} format={fmt}"
        record_access(ctx, "report.compliance", detail=period)
    return 0


def team_actions(args: argparse.Namespace) -> int:
    from lpdesk.services.audit_trail import record_access
    from lpdesk.services.oversight import team_actions as actions

    with opened(args) as app:
        ctx = app.context(app.actor(args.user))
        rows = actions(ctx, team=args.team, as_of=args.as_of)
        record_access(ctx, "report.actions", detail=f"rows={len(rows)}")
    for row in rows:
        print(" | ".join(str(v) for v in _fields(row)))
    return 0


def _fields(row: Any) -> list[Any]:
    from dataclasses import fields

    return [getattr(row, f.name) for f in fields(row)]
