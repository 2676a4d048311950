"""One field's failure stays that field's: it ends empty, with a warning naming it.

A stranger's resume can reach a corner no test thought of. Losing the licences to a bug is bad;
losing the whole profile to it (and showing the candidate "something went wrong") is worse.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_log = logging.getLogger(__name__)


class FieldGuard:
    """Runs each field's extraction; a failure is logged by type and place, never by message
    (an exception's message can quote the resume), and recorded as `field_failed:<field>`."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings

    def run(self, field: str, extract: Callable[[], T], empty: T) -> T:
        try:
            return extract()
        except MemoryError:
            raise  # the sandbox turns this into a "memory" result for the whole file
        except Exception as error:  # noqa: BLE001 - the point: one field, not the profile
            self.failed(field, error)
            return empty

    def failed(self, field: str, error: BaseException) -> None:
        _log.warning(
            "parsing field %s failed: %s at %s", field, type(error).__name__, _place(error)
        )
        warning = f"field_failed:{field}"
        if warning not in self.warnings:
            self.warnings.append(warning)


def _place(error: BaseException) -> str:
    """file:line of the innermost frame: enough to find the bug, nothing from the document."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    return f"{os.path.basename(frames[-1].filename)}:{frames[-1].lineno}"
