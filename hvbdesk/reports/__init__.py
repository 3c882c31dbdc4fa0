"""PDF documents (reportlab). Headless: they take plain data and return bytes."""
