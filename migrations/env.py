"""Alembic environment: the engine comes from the app (create_app() when run standalone)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Engine

from recruit import models  # noqa: F401  (registers every table on Base.metadata)
from recruit.db import Base
from recruit.search_schema import is_search_table

target_metadata = Base.metadata


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    # The full-text index differs by database and is created by hand in its migration.
    return not (type_ == "table" and is_search_table(name))


def _engine() -> Engine:
    engine = context.config.attributes.get("engine")
    if engine is not None:
        return engine
    from recruit import create_app
    from recruit.db import get_db

    return get_db(create_app()).engine


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline (--sql) migrations are not supported; run `recruit db upgrade`.")
run_migrations_online()
