"""Alembic scripts for the lpdesk schema (a package so a frozen build can find env.py)."""
