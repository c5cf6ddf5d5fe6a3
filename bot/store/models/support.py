"""Peer-support tables: rejections, reflections, strengths, wins, cheers, templates, buddies."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime

CASCADE = "CASCADE"


class Rejection(Base):
    __tablename__ = "rejections"
    __table_args__ = (
        Index("ix_rejections_member", "member_id"),
        Index("ix_rejections_community_created", "community_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    company: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    share: Mapped[str] = mapped_column(String(16), default="private")
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Reflection(Base):
    __tablename__ = "reflections"
    __table_args__ = (Index("ix_reflections_member", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    company: Mapped[str | None] = mapped_column(String(200))
    went_well: Mapped[str | None] = mapped_column(Text)
    do_differently: Mapped[str | None] = mapped_column(Text)
    clear_confident: Mapped[int | None] = mapped_column(Integer)
    nonverbal: Mapped[int | None] = mapped_column(Integer)
    followed_up: Mapped[bool | None] = mapped_column(Boolean)
    skill_gap: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Strength(Base):
    __tablename__ = "strengths"
    __table_args__ = (Index("ix_strengths_member", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="self")  # self | peer
    noticed_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Win(Base):
    __tablename__ = "wins"
    __table_args__ = (Index("ix_wins_member", "member_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    text: Mapped[str] = mapped_column(Text)
    company: Mapped[str | None] = mapped_column(String(200))
    offer: Mapped[bool] = mapped_column(Boolean, default=False)
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Cheer(Base):
    """Encouragement. The giver's name is removed (NULL) if the giver erases their data."""

    __tablename__ = "cheers"
    __table_args__ = (
        Index("ix_cheers_giver_day", "giver_id", "giver_day"),
        Index("ix_cheers_receiver", "receiver_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    giver_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    receiver_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    message: Mapped[str | None] = mapped_column(Text)
    strength: Mapped[str | None] = mapped_column(Text)
    giver_day: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Template(Base):
    """A community's own email template (built-ins live in code)."""

    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("community_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    name: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # The language it is written in (`bot.core.i18n`); None for the community's.
    language: Mapped[str | None] = mapped_column(String(8))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BuddyEnrollment(Base):
    __tablename__ = "buddy_enrollments"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete=CASCADE), primary_key=True
    )
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    purpose: Mapped[str | None] = mapped_column(String(32))
    # Left out of the last round (odd member out): goes first next time.
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BuddyPair(Base):
    __tablename__ = "buddy_pairs"
    __table_args__ = (
        Index("ix_buddy_pairs_community_round", "community_id", "round"),
        # A member is paired once per round: a second "round 1" cannot be written.
        UniqueConstraint("community_id", "round", "member_a_id"),
        UniqueConstraint("community_id", "round", "member_b_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete=CASCADE))
    round: Mapped[int] = mapped_column(Integer)
    member_a_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    member_b_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete=CASCADE))
    purpose: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
