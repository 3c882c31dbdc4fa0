"""Schema: the roster grid, its set-up and the solver."""
