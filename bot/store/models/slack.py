"""Slack distribution mode: each workspace's installation, install states, org workspaces.

These rows belong to the deployment, not to a community: they say which token answers a
workspace, and are read before any community is known. Tokens are stored sealed
(`bot.store.secrets`), never in plain text.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime


class SlackInstallation(Base):
    """The app installed in one workspace (`key` its `T…` id) or org-wide in an Enterprise
    Grid org (`key` the org's `E…` id, `is_enterprise_install`), with its bot token."""

    __tablename__ = "slack_installations"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    enterprise_id: Mapped[str | None] = mapped_column(String(64))
    enterprise_name: Mapped[str | None] = mapped_column(String(200))
    team_id: Mapped[str | None] = mapped_column(String(64))
    team_name: Mapped[str | None] = mapped_column(String(200))
    is_enterprise_install: Mapped[bool] = mapped_column(Boolean, default=False)
    app_id: Mapped[str | None] = mapped_column(String(64))
    bot_id: Mapped[str | None] = mapped_column(String(64))
    bot_user_id: Mapped[str | None] = mapped_column(String(64))
    bot_scopes: Mapped[str] = mapped_column(Text, default="")
    # Sealed with REBOUND_SECRET_KEY (`bot.store.secrets.SecretBox`).
    bot_token: Mapped[str] = mapped_column(Text)
    bot_refresh_token: Mapped[str | None] = mapped_column(Text)
    # When the bot token expires (token rotation); NULL: it does not.
    bot_token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    installer_user_id: Mapped[str | None] = mapped_column(String(64))
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SlackOAuthState(Base):
    """An install started at `/slack/install`: its `state`, good once until `expires_at`."""

    __tablename__ = "slack_oauth_states"
    __table_args__ = (Index("ix_slack_oauth_states_expires_at", "expires_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(128), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SlackOrgWorkspace(Base):
    """A workspace served through an org-wide installation: which org it belongs to, so
    uninstalling from the org reaches every workspace's community."""

    __tablename__ = "slack_org_workspaces"
    __table_args__ = (Index("ix_slack_org_workspaces_enterprise_id", "enterprise_id"),)
    team_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    enterprise_id: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
