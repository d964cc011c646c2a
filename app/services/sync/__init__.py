"""Sync between help points through a shared folder: a mailbox of immutable, encrypted segment files."""
