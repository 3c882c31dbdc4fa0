"""Plain-Python domain: value objects, enums and rules. No Qt, no SQL."""
