"""The app's frame: starting up, logging in and out, the main window, the lock, help, look and language."""
