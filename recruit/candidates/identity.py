"""How a candidate is recognised: contact details in the one form we compare and store."""

from __future__ import annotations

from typing import Any

import phonenumbers


def normalize_email(value: Any) -> str | None:
    if not isinstance(value, str) or "@" not in value:
        return None
    return value.strip().lower()[:320]


def normalize_phone(value: Any, region: str = "US") -> str | None:
    """E.164, or None when the value cannot be a phone number."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Explicit direction marks, embeddings, overrides and isolates: typed into a name, they can
# reverse the text around it where it is shown (the queue, a CSV opened in a spreadsheet).
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def without_bidi_controls(value: str) -> str:
    return value.translate(BIDI_CONTROLS)
