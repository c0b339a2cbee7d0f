"""Helper packages for the imports tests (never run as tests themselves)."""
PACKAGE_GREETING = "hello from pkgs/__init__"
