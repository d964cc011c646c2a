"""Storage layer: SQLAlchemy models, the SQLite engine and sessions, Alembic migrations, backups."""
