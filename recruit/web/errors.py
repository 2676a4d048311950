"""One error handler for every HTTP error, rendering errors/<code>.html.

Unhandled exceptions reach it too, as a 500, after Flask has logged them.
"""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import BadRequest, HTTPException

PAGES = (400, 403, 404, 413, 500, 503)


class BadInput(BadRequest):
    """A 400 whose page says, in plain words, what in the request was wrong."""

    def __init__(self, words: str) -> None:
        super().__init__(description=words)
        self.words = words


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)


def handle_http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500
    if code not in PAGES:
        return error
    if request.path == "/healthz":
        return jsonify(error=error.name), code
    return render_template(f"errors/{code}.html", error=error), code
