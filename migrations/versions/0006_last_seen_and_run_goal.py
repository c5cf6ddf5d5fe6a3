"""When members last used Rebound, and the weekly goal each check-in period opened with.

- `members.last_seen_at`: the last command a member ran; check-in reminders go to members
  seen in the last 14 days. Members start unseen until their next command; those with a
  streak start at their last active moment, which is when they last ran a counting command.
- `checkin_runs.weekly_goal`: the community's weekly goal when the period opened, so a
  summary of a past week shows that week's goal. Periods still open start with today's goal.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.models.base

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("last_seen_at", bot.store.models.base.UTCDateTime(), nullable=True)
        )
    with op.batch_alter_table("checkin_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekly_goal", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE members SET last_seen_at = "
        "(SELECT streaks.last_active_at FROM streaks WHERE streaks.member_id = members.id)"
    )
    op.execute(
        "UPDATE checkin_runs SET weekly_goal = (SELECT communities.weekly_goal FROM communities "
        "WHERE communities.id = checkin_runs.community_id) WHERE closed_at IS NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("checkin_runs", schema=None) as batch_op:
        batch_op.drop_column("weekly_goal")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("last_seen_at")
