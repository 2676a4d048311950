"""Dates as profiles write them: an expiry is YYYY-MM-DD, YYYY-MM or YYYY."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any


def parse_expiry(value: Any) -> date | None:
    """YYYY-MM-DD, YYYY-MM (end of month) or YYYY (end of year); anything else is unknown."""
    if not isinstance(value, str):
        return None
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return date(*numbers)
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], calendar.monthrange(numbers[0], numbers[1])[1])
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 12, 31)
    except ValueError:
        return None
    return None
