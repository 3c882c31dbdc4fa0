"""The main window's pages, one per area of work."""
