"""The session cookie is marked Secure whenever the request came over HTTPS.

RECRUIT_SECURE_COOKIES: "auto" (default) follows the request's scheme, so `make run` on
http://127.0.0.1 works and the same app behind TLS gets Secure cookies; "on" always marks
them (use it behind a proxy that terminates TLS without ProxyFix); "off" never does.
"""

from __future__ import annotations

from flask import Flask, has_request_context, request
from flask.sessions import SecureCookieSessionInterface


class SchemeAwareSessionInterface(SecureCookieSessionInterface):
    def get_cookie_secure(self, app: Flask) -> bool:
        if app.config.get("SECURE_COOKIES", "auto") != "auto":
            return bool(app.config["SESSION_COOKIE_SECURE"])
        return has_request_context() and request.is_secure


def init_app(app: Flask) -> None:
    app.session_interface = SchemeAwareSessionInterface()
