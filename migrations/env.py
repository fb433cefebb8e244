"""Alembic environment, run in code on a connection catalog opens (catalog.store.migrate)."""
from alembic import context
from sqlalchemy import create_engine

from catalog.store.models import Base
from catalog.store.textsearch import is_search_table

config = context.config
target_metadata = Base.metadata


def include_name(name, type_, parent_names) -> bool:
    # The FTS5 indexes (and their shadow tables) are made by migration 0002_fts, not the models.
    return not (type_ == "table" and is_search_table(name))


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
