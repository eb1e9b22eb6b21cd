"""Alembic environment, run programmatically by ``lpdesk.store.migrate``.

The caller passes an open connection, already inside the transaction the migrations must share,
as ``config.attributes["connection"]``. Run from the ``alembic`` command line instead, the URL
comes from the ``sqlalchemy.url`` option and the engine is lpdesk's own (same pragmas).
"""

from __future__ import annotations

from alembic import context

from lpdesk.store.engine import make_engine
from lpdesk.store.tables import metadata

config = context.config


def run_migrations(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # type: ignore[attr-defined]
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            run_migrations(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("lpdesk migrations run online only")
run()
