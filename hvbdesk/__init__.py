"""hvbdesk: daily operations of a joint municipal HVB home."""

import time

# The start-up's figures count from here: the first of the program's own code to run.
STARTED = time.perf_counter()

__version__ = "0.1.0"
APP_NAME = "hvbdesk"
HOME_NAME = "HVB Dalarna"
