"""Keep one-time link tokens (/invite/<token>, /reset/<token>) out of every log line."""

from __future__ import annotations

import logging
import re

from flask import Flask

_TOKEN_PATH = re.compile(r"/(invite|reset)/[^\s/?#\"']+")
# Access logs print the request line; the app logs the path of an unhandled error.
LOGGERS = ("werkzeug", "gunicorn.access", "gunicorn.error")


class RedactLinkTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN_PATH.search(message):
            record.msg, record.args = _TOKEN_PATH.sub(r"/\1/[redacted]", message), ()
        return True


def init_app(app: Flask) -> None:
    # The app's logger by name: touching app.logger here would attach Flask's own handler.
    for logger in map(logging.getLogger, (app.name, *LOGGERS)):
        if not any(isinstance(f, RedactLinkTokens) for f in logger.filters):
            logger.addFilter(RedactLinkTokens())
