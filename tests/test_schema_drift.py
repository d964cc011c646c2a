"""The models and the migrations describe the same schema (a model change needs its migration)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.store.models import Base


def _not_fts(obj, name, type_, reflected, compare_to):
    return not (type_ == "table" and name and "_fts" in name)


def test_migrated_database_matches_the_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _not_fts})
        assert compare_metadata(context, Base.metadata) == []
