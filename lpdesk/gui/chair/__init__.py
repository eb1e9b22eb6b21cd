"""The conference chair's desk: reports awaiting review."""
