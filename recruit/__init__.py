"""recruit: resume intake and review queue for travel healthcare staffing."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web app. No I/O beyond reading config; no migrations, no workers."""
    # Imported here, not at module top, so `import recruit.parsing` (in the parser's sandbox
    # child) does not drag in Flask, SQLAlchemy and every blueprint.
    from flask_wtf.csrf import CSRFProtect

    from recruit import config, db, events
    from recruit.admin import admin
    from recruit.auth import auth as auth_blueprint
    from recruit.auth import cookies, login_manager, redact
    from recruit.intake import intake
    from recruit.logs import PrivateFlask
    from recruit.ops.health import health
    from recruit.orderdesk import orders
    from recruit.orders import stored as order_matches
    from recruit.paths import templates_dir
    from recruit.review import review
    from recruit.web import errors, outages, ratelimit, security

    app = PrivateFlask(
        __name__,
        instance_path=_instance_path(test_config),
        instance_relative_config=True,
        template_folder=str(templates_dir()),
    )

    config.load_config(app, test_config)
    db.init_app(app)
    events.install_append_only_guard()
    order_matches.install()
    CSRFProtect(app)
    login_manager.init_app(app)
    cookies.init_app(app)
    redact.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    outages.init_app(app)
    ratelimit.init_app(app)

    app.register_blueprint(intake)
    app.register_blueprint(review)
    app.register_blueprint(orders)
    app.register_blueprint(auth_blueprint)
    app.register_blueprint(admin)
    app.register_blueprint(health)
    return app


def _instance_path(test_config: Mapping[str, Any] | None) -> str | None:
    """RECRUIT_INSTANCE_PATH (or INSTANCE_PATH in test_config); None lets Flask choose."""
    if test_config and test_config.get("INSTANCE_PATH"):
        return os.path.abspath(test_config["INSTANCE_PATH"])
    value = os.environ.get("RECRUIT_INSTANCE_PATH")
    return os.path.abspath(value) if value else None
