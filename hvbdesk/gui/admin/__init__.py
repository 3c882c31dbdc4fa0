"""Administration: accounts, the audit log, settings and reference data."""
