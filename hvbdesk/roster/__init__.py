"""The roster model and solver (OR-Tools CP-SAT). Pure: inputs -> roster + diagnostics. No Qt, no SQL."""
