"""A package only so that the import-linter contracts in pyproject.toml see the migrations;
Alembic itself loads these scripts by path."""
