"""When the database or the blob store fails under a request: a 503 page asking to retry.

Nothing half-written survives: the request's transaction is rolled back when its session
closes, and blobs are written before any row refers to them (an orphan blob is collected by
`recruit blobs gc`; a row pointing at a missing file cannot happen).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import Flask, render_template, request
from flask.typing import ResponseReturnValue

from recruit.logs import describe
from recruit.storage import StorageUnavailable

log = logging.getLogger(__name__)
RETRY_AFTER_S = 30
DATABASE_DOWN = (
    "We could not reach our database, so nothing you sent was saved. Please try again in a minute."
)
STORAGE_DOWN = "We could not save your file just now, so nothing was kept. Please try again later."


def init_app(app: Flask) -> None:
    for error in (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.TimeoutError):
        app.register_error_handler(error, _database_down)
    app.register_error_handler(StorageUnavailable, _storage_down)


def _database_down(error: Exception) -> ResponseReturnValue:
    log.error("database unavailable on %s %s: %s", request.method, request.path, describe(error))
    return _page(DATABASE_DOWN)


def _storage_down(error: StorageUnavailable) -> ResponseReturnValue:
    cause = error.__cause__ or error
    log.error("blob store failed on %s %s: %s", request.method, request.path, describe(cause))
    return _page(STORAGE_DOWN)


def _page(message: str) -> ResponseReturnValue:
    if request.path == "/healthz":
        return {"status": "unhealthy", "error": "unavailable"}, 503
    page = render_template("errors/503.html", message=message)
    return page, 503, {"Retry-After": str(RETRY_AFTER_S)}
