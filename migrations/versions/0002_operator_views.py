"""SQL views for operators using psql: stories, copies, republication lags, site health, unverified outlets, runs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Plain SQL that SQLite and Postgres both accept. Views are not part of the models, so `alembic check`
# ignores them; tests query each one on both backends.
VIEWS = {
    "v_stories": """
        SELECT s.id AS story_id, s.title, o.name AS origin_outlet, o.domain AS origin_domain,
               CASE WHEN a.attribution_method = 'own_site' THEN a.canonical_url ELSE a.original_url END AS original_url, s.article_count AS copies,
               s.site_count AS sites, s.first_seen_at, s.first_published_at, s.election_method
        FROM stories s
        LEFT JOIN outlets o ON o.id = s.origin_outlet_id
        LEFT JOIN articles a ON a.id = s.original_article_id
        WHERE s.merged_into_id IS NULL
    """,
    "v_story_copies": """
        SELECT a.story_id, a.id AS article_id, si.name AS site, a.url, o.name AS credited_outlet,
               ag.name AS agency, a.attribution_method AS credit, a.attribution_confidence AS confidence,
               a.original_url, a.published_at, a.fetched_at, a.is_original, a.lag_seconds
        FROM articles a
        JOIN sites si ON si.id = a.site_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN outlets ag ON ag.id = a.agency_id
    """,
    "v_republication": """
        SELECT o.name AS origin_outlet, si.name AS site, COUNT(*) AS copies,
               AVG(a.lag_seconds) AS avg_lag_seconds, MIN(a.lag_seconds) AS min_lag_seconds,
               MAX(a.lag_seconds) AS max_lag_seconds
        FROM articles a
        JOIN stories s ON s.id = a.story_id
        JOIN sites si ON si.id = a.site_id
        LEFT JOIN outlets o ON o.id = s.origin_outlet_id
        WHERE NOT a.is_original
        GROUP BY o.name, si.name
    """,
    "v_site_health": """
        SELECT si.name AS site, si.kind, si.cadence_seconds, si.last_run_at, si.last_success_at,
               (SELECT r.status FROM crawl_runs r WHERE r.site_id = si.id
                ORDER BY r.started_at DESC, r.id DESC LIMIT 1) AS last_status,
               (SELECT r.error_message FROM crawl_runs r WHERE r.site_id = si.id
                ORDER BY r.started_at DESC, r.id DESC LIMIT 1) AS last_error,
               (SELECT COUNT(*) FROM crawl_runs r WHERE r.site_id = si.id AND r.status = 'failed') AS failed_runs,
               (SELECT COUNT(*) FROM articles a WHERE a.site_id = si.id) AS articles
        FROM sites si
    """,
    "v_unverified_outlets": """
        SELECT o.id, o.name, o.created_at, COUNT(a.id) AS articles
        FROM outlets o
        LEFT JOIN articles a ON a.outlet_id = o.id
        WHERE NOT o.verified
        GROUP BY o.id, o.name, o.created_at
    """,
    "v_runs": """
        SELECT r.id AS run_id, si.name AS site, r.status, r.trigger, r.started_at, r.finished_at, r.requests,
               r.responses_2xx, r.responses_3xx, r.responses_4xx, r.responses_5xx, r.bytes,
               r.articles_new, r.articles_updated, r.articles_duplicate, r.articles_unchanged, r.error_message
        FROM crawl_runs r
        LEFT JOIN sites si ON si.id = r.site_id
    """,
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql.strip()}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
