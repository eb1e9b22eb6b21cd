"""lpdesk: the lead professional's desk for children on a child protection plan."""

__version__ = "0.1.0"
