"""Attribution: the name each page's site gives itself, the story's original URL, learned site templates.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

V_STORIES = """
        SELECT s.id AS story_id, s.title, o.name AS origin_outlet, o.domain AS origin_domain,
               s.original_url, s.article_count AS copies, s.site_count AS sites, s.first_seen_at,
               s.first_published_at, s.election_method
        FROM stories s
        LEFT JOIN outlets o ON o.id = s.origin_outlet_id
        WHERE s.merged_into_id IS NULL
"""


def _views() -> dict[str, str]:
    """The operator views of revision 0002 (SQLite rebuilds a table on ALTER, and a view naming it breaks)."""
    spec = importlib.util.spec_from_file_location(
        "_views_0002", Path(__file__).with_name("0002_operator_views.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.VIEWS)


def _drop_views(views: dict[str, str]) -> None:
    for name in reversed(views):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def _create_views(views: dict[str, str]) -> None:
    for name, sql in views.items():
        op.execute(f"CREATE VIEW {name} AS {sql.strip()}")


def upgrade() -> None:
    views = _views()
    _drop_views(views)
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("site_name", sa.String(length=200), nullable=True))
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("original_url", sa.Text(), nullable=True))
    _create_views({**views, "v_stories": V_STORIES})
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
    views = _views()
    op.drop_table("site_templates")
    _drop_views(views)
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("original_url")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("site_name")
    _create_views(views)
