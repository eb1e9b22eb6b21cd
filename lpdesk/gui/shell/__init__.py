"""The shell every desk shares: main window, navigation, session, task runner, style, errors, shared widgets."""
