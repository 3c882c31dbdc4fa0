"""Accounts, roles and permissions, the audit chain, and database key storage."""
