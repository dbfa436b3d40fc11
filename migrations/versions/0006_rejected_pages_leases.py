"""Poison pages and watched run locks: rejected_pages, run_leases, articles.truncated.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rejected_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url_key", sa.String(length=64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("crawl_run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["crawl_run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_rejected_pages_crawl_run_id_crawl_runs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_rejected_pages_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_pages")),
        sa.UniqueConstraint("url_key", name=op.f("uq_rejected_pages_url_key")),
    )
    with op.batch_alter_table("rejected_pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rejected_pages_site_id"), ["site_id"], unique=False)

    op.create_table(
        "run_leases",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_run_leases")),
    )
    # Not in batch mode: SQLite adds a column in place, while a batch would rebuild `articles` under the views.
    op.add_column("articles", sa.Column("truncated", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "truncated")  # SQLite 3.35+ drops a column in place too
    op.drop_table("run_leases")
    with op.batch_alter_table("rejected_pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_pages_site_id"))
    op.drop_table("rejected_pages")
