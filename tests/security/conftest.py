"""Security tests reuse the services' two backends (a migrated SQLite file and the session's
PostgreSQL server) through the ``store`` fixture."""

from tests.services.conftest import (  # noqa: F401
    backend,
    clock,
    database_url,
    services_postgres,
    sqlite_template,
    store,
)
