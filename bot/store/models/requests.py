"""Slack requests already handled: a replayed or retried request is recognised by its key."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime


class SlackRequest(Base):
    """One signed Slack request that was taken on, by its key (`event:<event_id>`,
    `trigger:<trigger_id>`, or a hash of the signed body and timestamp). A deployment's
    rows, not a community's: the key is unique across every workspace and process."""

    __tablename__ = "slack_requests"
    __table_args__ = (Index("ix_slack_requests_seen_at", "seen_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    team_id: Mapped[str | None] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
