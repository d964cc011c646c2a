"""The one error type for bad input: names the field and, where it helps, the allowed values."""

from __future__ import annotations

from collections.abc import Iterable

# What is wrong, as a code a program can test (a screen never shows it; it shows the message).
REQUIRED = "required"
UNKNOWN_VALUE = "unknown_value"
OUT_OF_RANGE = "out_of_range"
BAD_FORMAT = "bad_format"
TOO_LONG = "too_long"
NOT_HERE = "not_here"  # a value that does not go with another field's value
NOT_FOUND = "not_found"  # an id that names nothing (any more)
INVALID = "invalid"


class ValidationError(ValueError):
    """Bad input for one field; the message says what is wrong and how to fix it.

    `field`: the field as a person names it (« durée »), first word of the message. `name`: the field's
    internal name when it is one of the help session's declared fields (`duration_minutes`), which a
    screen uses to put the cursor on it. `code`: what is wrong (`REQUIRED`, `UNKNOWN_VALUE`…).
    `allowed`: the values one may type (slugs, for the command line); `allowed_labels` their French
    labels, for the screens (`shown()`).
    """

    def __init__(
        self,
        field: str,
        message: str,
        allowed: Iterable[str] | None = None,
        *,
        name: str | None = None,
        code: str = INVALID,
        allowed_labels: Iterable[str] | None = None,
    ) -> None:
        self.field = field
        self.message = message
        self.name = name
        self.code = code
        self.allowed = list(allowed) if allowed is not None else None
        self.allowed_labels = list(allowed_labels) if allowed_labels is not None else None
        super().__init__(self._text(self.allowed))

    def _text(self, allowed: list[str] | None) -> str:
        text = f"{self.field} : {self.message}"
        if allowed:
            text += " (valeurs possibles : " + ", ".join(allowed) + ")"
        return text

    def shown(self) -> str:
        """The message for a screen: the allowed values by their labels (« E-mail, Santé »), never by code."""
        return self._text(self.allowed_labels if self.allowed_labels is not None else self.allowed)
