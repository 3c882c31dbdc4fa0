"""Planer: implementation plans, the journal, care plans and contact persons."""
