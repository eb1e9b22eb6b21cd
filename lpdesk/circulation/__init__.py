"""Circulation: who receives what, redaction, encrypted packs, email drafts, SMTP, post, calendar.

Import the submodules directly (``from lpdesk.circulation.recipients import plan_recipients``):
this package imports nothing heavy on its own.
"""
