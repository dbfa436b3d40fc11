"""Fleet runs: crawl_run_workers (which workers took part in a run, and their counts); v_runs.workers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

V_RUNS_BEFORE = """
    SELECT r.id AS run_id, si.name AS site, r.status, r.trigger, r.started_at, r.finished_at, r.requests,
           r.responses_2xx, r.responses_3xx, r.responses_4xx, r.responses_5xx, r.bytes,
           r.articles_new, r.articles_updated, r.articles_duplicate, r.articles_unchanged, r.error_message
    FROM crawl_runs r
    LEFT JOIN sites si ON si.id = r.site_id
"""
# A fleet run lists its workers (0 for a single-process run).
V_RUNS = """
    SELECT r.id AS run_id, si.name AS site, r.status, r.trigger, r.started_at, r.finished_at, r.requests,
           r.responses_2xx, r.responses_3xx, r.responses_4xx, r.responses_5xx, r.bytes,
           r.articles_new, r.articles_updated, r.articles_duplicate, r.articles_unchanged, r.error_message,
           (SELECT COUNT(*) FROM crawl_run_workers w WHERE w.run_id = r.id) AS workers
    FROM crawl_runs r
    LEFT JOIN sites si ON si.id = r.site_id
"""


def _counter(name: str) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "crawl_run_workers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        _counter("requests"),
        _counter("responses_2xx"),
        _counter("responses_3xx"),
        _counter("responses_4xx"),
        _counter("responses_5xx"),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        _counter("discovered"),
        _counter("articles_new"),
        _counter("articles_updated"),
        _counter("articles_duplicate"),
        _counter("articles_unchanged"),
        _counter("articles_rejected"),
        _counter("articles_spooled"),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["crawl_runs.id"],
            name=op.f("fk_crawl_run_workers_run_id_crawl_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crawl_run_workers")),
    )
    with op.batch_alter_table("crawl_run_workers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_crawl_run_workers_run_id"), ["run_id"], unique=False)
        batch_op.create_index("uq_crawl_run_workers_run_worker", ["run_id", "worker"], unique=True)
    op.execute("DROP VIEW IF EXISTS v_runs")
    op.execute(f"CREATE VIEW v_runs AS {V_RUNS.strip()}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_runs")
    op.execute(f"CREATE VIEW v_runs AS {V_RUNS_BEFORE.strip()}")
    with op.batch_alter_table("crawl_run_workers", schema=None) as batch_op:
        batch_op.drop_index("uq_crawl_run_workers_run_worker")
        batch_op.drop_index(batch_op.f("ix_crawl_run_workers_run_id"))
    op.drop_table("crawl_run_workers")
