"""When a community uninstalled Rebound: its jobs and deliveries stop, its data is kept
30 days (a reinstall keeps everything), then a scheduled job erases it.

- `communities.uninstalled_at`: the instant Rebound was removed (the bot left the Discord
  guild, the Slack app was uninstalled or its tokens revoked); NULL while installed.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.models.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("uninstalled_at", bot.store.models.base.UTCDateTime(), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.drop_column("uninstalled_at")
