"""Beläggning: the bed board, the timeline, admitting and changing stays."""
