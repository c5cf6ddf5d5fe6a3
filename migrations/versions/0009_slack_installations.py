"""Slack distribution mode: installations, install states, and org-wide installs' workspaces.

- `slack_installations`: one row per workspace (`key` its `T…` id) or Enterprise Grid
  org installing org-wide (`key` its `E…` id), with its bot token and refresh token
  sealed with REBOUND_SECRET_KEY;
- `slack_oauth_states`: the `state` of each install begun at `/slack/install`, used once;
- `slack_org_workspaces`: the workspaces an org-wide installation has served, so an
  uninstall from the org reaches each workspace's community.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.store.models.base

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "slack_installations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("enterprise_id", sa.String(length=64), nullable=True),
        sa.Column("enterprise_name", sa.String(length=200), nullable=True),
        sa.Column("team_id", sa.String(length=64), nullable=True),
        sa.Column("team_name", sa.String(length=200), nullable=True),
        sa.Column("is_enterprise_install", sa.Boolean(), nullable=False),
        sa.Column("app_id", sa.String(length=64), nullable=True),
        sa.Column("bot_id", sa.String(length=64), nullable=True),
        sa.Column("bot_user_id", sa.String(length=64), nullable=True),
        sa.Column("bot_scopes", sa.Text(), nullable=False),
        sa.Column("bot_token", sa.Text(), nullable=False),
        sa.Column("bot_refresh_token", sa.Text(), nullable=True),
        sa.Column("bot_token_expires_at", bot.store.models.base.UTCDateTime(), nullable=True),
        sa.Column("installer_user_id", sa.String(length=64), nullable=True),
        sa.Column("installed_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_installations")),
        sa.UniqueConstraint("key", name=op.f("uq_slack_installations_key")),
    )
    op.create_table(
        "slack_oauth_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=128), nullable=False),
        sa.Column("expires_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slack_oauth_states")),
        sa.UniqueConstraint("state", name=op.f("uq_slack_oauth_states_state")),
    )
    op.create_index(
        "ix_slack_oauth_states_expires_at", "slack_oauth_states", ["expires_at"], unique=False
    )
    op.create_table(
        "slack_org_workspaces",
        sa.Column("team_id", sa.String(length=64), nullable=False),
        sa.Column("enterprise_id", sa.String(length=64), nullable=False),
        sa.Column("seen_at", bot.store.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_slack_org_workspaces")),
    )
    op.create_index(
        "ix_slack_org_workspaces_enterprise_id",
        "slack_org_workspaces",
        ["enterprise_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_slack_org_workspaces_enterprise_id", table_name="slack_org_workspaces")
    op.drop_table("slack_org_workspaces")
    op.drop_index("ix_slack_oauth_states_expires_at", table_name="slack_oauth_states")
    op.drop_table("slack_oauth_states")
    op.drop_table("slack_installations")
