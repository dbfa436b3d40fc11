"""Persistence: models, engine/session factories, repositories, migrations."""
