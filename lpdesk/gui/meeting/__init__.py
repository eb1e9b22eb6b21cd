"""A meeting: the wizard, its pages and the pro-forma editor."""
