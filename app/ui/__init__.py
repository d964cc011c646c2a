"""Qt user interface: the desk, the guides space, dialogs. Thin: decisions live in services."""
