"""Pas à Pas: the desktop application of the town's digital help points."""

__version__ = "0.2.0"
