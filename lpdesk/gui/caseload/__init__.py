"""The lead professional's desk: my caseload, due and overdue, and the overview pages."""
