"""The administrator's desk: the circulation queue."""
