"""Pas à Pas: the desktop application of the town's digital help points."""

__version__ = "0.1.0"
