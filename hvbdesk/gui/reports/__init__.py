"""Rapporter: the steering group's report."""
