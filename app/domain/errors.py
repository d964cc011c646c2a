"""The one error type for bad input: names the field and, where it helps, the allowed values."""

from __future__ import annotations

from collections.abc import Iterable


class ValidationError(ValueError):
    """Bad input for one field; the message says what is wrong and how to fix it."""

    def __init__(self, field: str, message: str, allowed: Iterable[str] | None = None) -> None:
        self.field = field
        self.message = message
        self.allowed = list(allowed) if allowed is not None else None
        text = f"{field} : {message}"
        if self.allowed:
            text += " (valeurs possibles : " + ", ".join(self.allowed) + ")"
        super().__init__(text)
