"""Avvikelser: deviations."""
