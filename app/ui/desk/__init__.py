"""The desk: the conseiller's window (queue, session form, log, guides…)."""
