"""Core tables: communities, their counters, members, activity, streaks, goals, pauses, posts, jobs, outbox."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime

CASCADE = "CASCADE"


class Community(Base):
    """One Discord guild, Slack workspace or console community (`key` like `discord:123`)."""

    __tablename__ = "communities"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str | None] = mapped_column(String(64))
    checkin_channel: Mapped[str | None] = mapped_column(String(64))
    support_channel: Mapped[str | None] = mapped_column(String(64))
    wins_channel: Mapped[str | None] = mapped_column(String(64))
    resources: Mapped[str | None] = mapped_column(Text)
    weekly_goal: Mapped[int | None] = mapped_column(Integer)
    moderator_role: Mapped[str | None] = mapped_column(String(64))
    # Where reports and important moderation actions are echoed (moderators only).
    modlog_channel: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When Rebound was removed (`bot.core.lifecycle`); NULL while installed. Nothing runs or
    # is sent for an uninstalled community, and its data is erased 30 days later.
    uninstalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # `/mod setup language:` (`bot.core.i18n`), and the platform's locale of the community
    # (Discord's preferred locale of the guild), the default when no language is set.
    language: Mapped[str | None] = mapped_column(String(8))
    platform_locale: Mapped[str | None] = mapped_column(String(16))


class CommunityCounter(Base):
    """The last number a community gave out per kind of member-facing id (`post`, ...).

    Posts, check-in schedules and buddy rounds are numbered per community, so an id never
    tells a member how busy another community is. `bot.store.numbers` hands numbers out
    with one atomic upsert; the row stays locked until the transaction ends.
    """

    __tablename__ = "community_counters"
    community_id: Mapped[int] = mapped_column(
        ForeignKey("communities.id", ondelete=CASCADE), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Channel(Base):
    """A channel the community configured, with the last delivery problem seen there."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("community_id", "ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    ref: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(100))
    problem: Mapped[str | None] = mapped_column(Text)
    problem_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Member(Base):
    """A person in one community, with their settings."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("community_id", "platform_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    platform_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str | None] = mapped_column(String(64))
    streak_days: Mapped[str] = mapped_column(String(16), default="all")  # all | weekdays
    reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    leaderboard: Mapped[bool] = mapped_column(Boolean, default=True)
    cheers_via: Mapped[str] = mapped_column(String(16), default="dm")  # dm | channel
    listed_moderator: Mapped[bool] = mapped_column(Boolean, default=False)
    # One of the community's own admins, always a moderator (`bot.core.grants`): Discord
    # Manage Server or a Slack admin or owner when they last acted, or the console's `!mod`.
    platform_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # When they last used Rebound (any command; read-only ones at most hourly, see the
    # engine): check-in reminders go to members seen in the last 14 days.
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Quiet hours (`bot.core.quiet`): `HH-HH`, `off`, or None for the default 22-08.
    quiet_hours: Mapped[str | None] = mapped_column(String(8))
    # `/settings language:` (None: `auto`, follow the platform), and the platform locale
    # their last command arrived with (Discord's interaction locale, Slack's user locale).
    language: Mapped[str | None] = mapped_column(String(8))
    platform_locale: Mapped[str | None] = mapped_column(String(16))


class Streak(Base):
    """Incrementally kept streak state: one row per member, updated in O(1) per active day."""

    __tablename__ = "streaks"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete=CASCADE), primary_key=True
    )
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    current: Mapped[int] = mapped_column(Integer, default=0)
    best: Mapped[int] = mapped_column(Integer, default=0)
    total_days: Mapped[int] = mapped_column(Integer, default=0)
    freezes: Mapped[int] = mapped_column(Integer, default=0)
    # Counted days since the last freeze was earned (a freeze every 7).
    progress: Mapped[int] = mapped_column(Integer, default=0)
    last_day: Mapped[date | None] = mapped_column(Date)
    last_active_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MemberDay(Base):
    """A member's local calendar day that was active, frozen or paused."""

    __tablename__ = "member_days"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete=CASCADE), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    status: Mapped[str] = mapped_column(String(16))  # active | frozen
    count: Mapped[int] = mapped_column(Integer, default=0)


class Application(Base):
    """A job application moving applied → interview → rejected or offer."""

    __tablename__ = "applications"
    __table_args__ = (Index("ix_applications_member_company", "member_id", "company_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    company: Mapped[str] = mapped_column(String(200))
    company_key: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(16))  # applied | interview | rejected | offer
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Activity(Base):
    """One `/log` entry (and the activity other features record)."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_member_day", "member_id", "day"),
        Index("ix_activities_community_created", "community_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    kind: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL")
    )
    day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Goal(Base):
    """A weekly target for an activity kind, or a learning goal (`kind='learning'`, `text`)."""

    __tablename__ = "goals"
    __table_args__ = (Index("ix_goals_member", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    kind: Mapped[str] = mapped_column(String(32))
    per_week: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Pause(Base):
    """A break: days from `start_day` to `end_day` (inclusive) neither break nor remind."""

    __tablename__ = "pauses"
    __table_args__ = (Index("ix_pauses_member", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Post(Base):
    """Something the bot posted in a channel: shared rejection, win, check-in prompt or answer."""

    __tablename__ = "posts"
    __table_args__ = (
        Index("ix_posts_community_created", "community_id", "created_at"),
        UniqueConstraint("community_id", "number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    # What members see and type (`post 3`, `/cheer post:3`): numbered per community.
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))  # rejection | win | checkin | answer | summary
    author_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    channel_ref: Mapped[str | None] = mapped_column(String(64))
    platform_ref: Mapped[str | None] = mapped_column(String(128))
    thread_ref: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Job(Base):
    """A durable scheduled job. `key` is unique, so a job is created once and run once."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_due", "status", "due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int | None] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    kind: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(255), unique=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(
        String(16), default="pending"
    )  # pending|done|failed|cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Outbox(Base):
    """Messages to deliver, written in the transaction that produced them (a job's, or a
    command's channel posts), then delivered and settled exactly once.

    `claimed_at` is a lease in real time (never a simulated clock). `attempt_at` is the
    real instant the first still unsettled send started, written before the platform is
    called: a row re-sent with it set may already be on the platform, so the transport
    looks for it first. `sent_at` is set when the row is settled: delivered, or refused
    for good (`last_error` says why).
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "platform", "sent_at", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    platform: Mapped[str] = mapped_column(String(16))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="SET NULL"))
    message: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Not before this instant (the simulated clock members see): a direct message held
    # until its receiver's quiet hours end.
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PlatformState(Base):
    """Small facts a platform adapter keeps across restarts and processes (command-sync hash)."""

    __tablename__ = "platform_state"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
