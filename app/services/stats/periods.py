"""Periods of the statistics: the presets, the previous period, the same period a year earlier, buckets."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

PRESETS = ("this_month", "last_month", "this_year", "last_year")
MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
WEEKLY_UP_TO_DAYS = 92  # a period up to about a quarter is shown by week, longer ones by month


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d: date, n: int) -> date:
    """The same day `n` months later (or earlier), clamped to the month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    first = date(d.year + y, m + 1, 1)
    return first.replace(day=min(d.day, calendar.monthrange(first.year, first.month)[1]))


def preset(name: str, today: date) -> tuple[date, date]:
    """The days of a named period: this month, last month, this year, last year."""
    if name == "this_month":
        return today.replace(day=1), _month_end(today)
    if name == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if name == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if name == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(name)


def _whole_months(day_from: date, day_to: date) -> int:
    """How many whole calendar months the period is (0 if it is not whole months)."""
    if day_from.day != 1 or day_to != _month_end(day_to):
        return 0
    return (day_to.year - day_from.year) * 12 + day_to.month - day_from.month + 1


def previous(day_from: date, day_to: date) -> tuple[date, date]:
    """The period just before, of the same length (whole months stay whole months)."""
    months = _whole_months(day_from, day_to)
    if months:
        start = add_months(day_from, -months)
        return start, day_from - timedelta(days=1)
    length = (day_to - day_from).days + 1
    return day_from - timedelta(days=length), day_from - timedelta(days=1)


def year_before(d: date) -> date:
    return add_months(d, -12)


def unit(day_from: date, day_to: date) -> str:
    return "week" if (day_to - day_from).days + 1 <= WEEKLY_UP_TO_DAYS else "month"


def buckets(day_from: date, day_to: date) -> list[tuple[date, date, str]]:
    """The weeks (from Monday) or months of a period, cut to it: (first day, last day, label)."""
    out = []
    if unit(day_from, day_to) == "week":
        start = day_from - timedelta(days=day_from.weekday())
        while start <= day_to:
            end = start + timedelta(days=6)
            first = max(start, day_from)
            out.append((first, min(end, day_to), f"{first.day:02d}/{first.month:02d}"))
            start = end + timedelta(days=1)
    else:
        start = day_from.replace(day=1)
        while start <= day_to:
            end = _month_end(start)
            out.append((max(start, day_from), min(end, day_to), f"{MONTHS[start.month - 1]} {start.year % 100:02d}"))
            start = end + timedelta(days=1)
    return out
