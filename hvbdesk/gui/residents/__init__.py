"""Ungdomar: the list of young people and a young person's page."""
