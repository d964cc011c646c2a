"""Domain layer: the CRA vocabulary, value objects and pure rules. No I/O, no Qt."""
