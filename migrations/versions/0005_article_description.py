"""articles.description: the page's own summary (meta description, og:description, JSON-LD description).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on both backends (SQLite >= 3.35 drops columns): a batch "move and copy" of the table on
# SQLite would break the operator views that select from it.


def upgrade() -> None:
    op.add_column("articles", sa.Column("description", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN description")
