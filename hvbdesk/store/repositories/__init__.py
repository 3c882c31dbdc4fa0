"""Queries, one module per aggregate. Services call these with the session of their unit of work."""
