"""Check-in tables: schedules, runs (one per period), answers and reminders sent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime

CASCADE = "CASCADE"


class CheckinSchedule(Base):
    __tablename__ = "checkin_schedules"
    __table_args__ = (UniqueConstraint("community_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    # What moderators see and type (`check-in 2`, `/mod checkin-cancel id:2`), per community.
    number: Mapped[int] = mapped_column(Integer)
    channel_ref: Mapped[str] = mapped_column(String(64))
    cadence: Mapped[str] = mapped_column(String(16))  # daily | weekdays | weekly
    time_local: Mapped[str] = mapped_column(String(5))  # HH:MM in the community timezone
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday, for weekly
    prompt: Mapped[str | None] = mapped_column(Text)
    summary_after_hours: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CheckinRun(Base):
    """One period of a check-in; `key` makes each scheduled occurrence exist once."""

    __tablename__ = "checkin_runs"
    __table_args__ = (Index("ix_checkin_runs_channel_open", "community_id", "channel_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    schedule_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkin_schedules.id", ondelete="SET NULL")
    )
    key: Mapped[str] = mapped_column(String(255), unique=True)
    channel_ref: Mapped[str] = mapped_column(String(64))
    scheduled_for: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closes_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    # The community's weekly goal when the period opened: a summary of a past week shows
    # that week's goal, not one set since.
    weekly_goal: Mapped[int | None] = mapped_column(Integer)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    summary_post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))


class CheckinAnswer(Base):
    __tablename__ = "checkin_answers"
    __table_args__ = (UniqueConstraint("run_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    run_id: Mapped[int] = mapped_column(ForeignKey("checkin_runs.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    did: Mapped[str | None] = mapped_column(Text)
    next: Mapped[str | None] = mapped_column(Text)
    blocker: Mapped[str | None] = mapped_column(Text)
    mood: Mapped[int | None] = mapped_column(Integer)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CheckinReminder(Base):
    """A reminder sent for a run; the unique pair means never twice."""

    __tablename__ = "checkin_reminders"
    __table_args__ = (UniqueConstraint("run_id", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    run_id: Mapped[int] = mapped_column(ForeignKey("checkin_runs.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
