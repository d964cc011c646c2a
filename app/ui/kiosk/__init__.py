"""The citizen-facing kiosk: one locked full-screen window over the guides and the queue."""
