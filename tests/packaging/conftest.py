"""Packaging tests use the desk window fixture of the UI tests."""

from tests.ui.conftest import desk  # noqa: F401
