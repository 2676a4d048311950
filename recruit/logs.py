"""Logging that never carries resume content: exceptions are named and located, not quoted."""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from flask import Flask, request


def describe(error: BaseException) -> str:
    """The exception's type and where it was raised, without its message (messages can quote
    resume text, names or emails)."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{where}"


class PrivateFlask(Flask):
    """Flask whose unhandled-exception log line names the error instead of dumping it."""

    def log_exception(
        self,
        exc_info: tuple[type, BaseException, TracebackType] | tuple[None, None, None],
    ) -> None:
        error = exc_info[1]
        detail = describe(error) if error is not None else "unknown error"
        self.logger.error("unhandled %s on %s %s", detail, request.method, request.path)
