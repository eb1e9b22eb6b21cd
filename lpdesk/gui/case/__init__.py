"""One case: the workspace, its tabs, the timeline and the case's dialogs."""
