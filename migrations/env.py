"""Alembic environment, run in code on a connection catalog opens (catalog.store.migrate)."""
from alembic import context
from sqlalchemy import create_engine

from catalog.store.migrate import include_name
from catalog.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:  # the plain `alembic` command line, for developers: alembic -x url=sqlite:///x.db ...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.begin() as conn:
        run_migrations(conn)
