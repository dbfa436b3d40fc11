"""Attribution: the name each page's site gives itself, the story's original URL, learned site templates.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

V_STORIES_OLD = """
        SELECT s.id AS story_id, s.title, o.name AS origin_outlet, o.domain AS origin_domain,
               CASE WHEN a.attribution_method = 'own_site' THEN a.canonical_url ELSE a.original_url END AS original_url, s.article_count AS copies,
               s.site_count AS sites, s.first_seen_at, s.first_published_at, s.election_method
        FROM stories s
        LEFT JOIN outlets o ON o.id = s.origin_outlet_id
        LEFT JOIN articles a ON a.id = s.original_article_id
        WHERE s.merged_into_id IS NULL
"""
V_STORIES = """
        SELECT s.id AS story_id, s.title, o.name AS origin_outlet, o.domain AS origin_domain,
               s.original_url, s.article_count AS copies, s.site_count AS sites, s.first_seen_at,
               s.first_published_at, s.election_method
        FROM stories s
        LEFT JOIN outlets o ON o.id = s.origin_outlet_id
        WHERE s.merged_into_id IS NULL
"""


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("site_name", sa.String(length=200), nullable=True))
    op.execute("DROP VIEW IF EXISTS v_stories")
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("original_url", sa.Text(), nullable=True))
    op.execute(f"CREATE VIEW v_stories AS {V_STORIES.strip()}")
    op.create_table(
        "site_templates",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("blocks", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_site_templates_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_site_templates")),
    )
    # Stories stored before this revision: their original URL as the old view computed it.
    op.execute(
        """
        UPDATE stories SET original_url = (
            SELECT CASE WHEN a.attribution_method = 'own_site' THEN a.canonical_url ELSE a.original_url END
            FROM articles a WHERE a.id = stories.original_article_id)
        """
    )


def downgrade() -> None:
    op.drop_table("site_templates")
    op.execute("DROP VIEW IF EXISTS v_stories")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("original_url")
    op.execute(f"CREATE VIEW v_stories AS {V_STORIES_OLD.strip()}")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("site_name")
