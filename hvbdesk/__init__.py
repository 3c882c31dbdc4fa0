"""hvbdesk: daily operations of a joint municipal HVB home."""

__version__ = "0.1.0"
APP_NAME = "hvbdesk"
HOME_NAME = "HVB Dalarna"
