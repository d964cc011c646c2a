"""Use cases, one module per capability. Plain Python: no Qt. Each takes a `Database`."""
