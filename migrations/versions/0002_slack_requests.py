"""Processed Slack requests (replay and retry de-duplication).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "slack_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("seen_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_requests")),
        sa.UniqueConstraint("key", name=op.f("uq_slack_requests_key")),
    )
    op.create_index("ix_slack_requests_seen_at", "slack_requests", ["seen_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_slack_requests_seen_at", table_name="slack_requests")
    op.drop_table("slack_requests")
