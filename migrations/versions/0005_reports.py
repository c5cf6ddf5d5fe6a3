"""Member reports, the moderator log channel, and admins who stay moderators.

- `reports`: a member's report of a post or a member, numbered per community, open
  until a moderator resolves it; members are named by id (`SET NULL` when erased);
- `communities.modlog_channel`: where reports and important moderation actions go;
- `members.platform_admin`: one of the community's own admins (Discord Manage Server,
  Slack admin or owner, the console's `!mod`), whom moderators cannot remove. Everyone
  starts as false: a console `!mod` given before this revision cannot be told apart
  from a listing, and Discord and Slack admins are recorded again when they next act.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.models.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("post_number", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", bot.store.models.base.UTCDateTime(), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_reports_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["members.id"],
            name=op.f("fk_reports_reporter_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["members.id"],
            name=op.f("fk_reports_target_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["posts.id"],
            name=op.f("fk_reports_post_id_posts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"],
            ["members.id"],
            name=op.f("fk_reports_resolved_by_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("community_id", "number", name=op.f("uq_reports_community_id_number")),
    )
    op.create_index(
        "ix_reports_reporter_created", "reports", ["reporter_id", "created_at"], unique=False
    )
    op.create_index("ix_reports_target", "reports", ["target_id"], unique=False)
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("modlog_channel", sa.String(length=64), nullable=True))
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("platform_admin", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.alter_column("platform_admin", existing_type=sa.Boolean(), server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("platform_admin")
    with op.batch_alter_table("communities", schema=None) as batch_op:
        batch_op.drop_column("modlog_channel")
    op.drop_index("ix_reports_target", table_name="reports")
    op.drop_index("ix_reports_reporter_created", table_name="reports")
    op.drop_table("reports")
