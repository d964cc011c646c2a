"""Errors of the command line that every command may raise (exit 2: bad input)."""

from __future__ import annotations


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this one-line message."""
