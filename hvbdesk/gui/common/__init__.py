"""What every page shares: the off-thread helper, form errors, tables, layouts, names and dates."""
