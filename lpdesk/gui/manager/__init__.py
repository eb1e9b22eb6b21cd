"""The team manager's desk: oversight and reports."""
