"""Moderation tables: mutes and the append-only audit log.

Both are the community's records about its members, kept under legitimate interest
(GDPR Art. 17(3)) when a member erases their data:

- A mute is keyed by the member's platform id (`platform_id`), not only by the member
  row: erasing your data sets `member_id` to NULL but the mute stays in force, and it
  applies again if the same platform account comes back. Otherwise deleting your data
  would be a way out of a mute.
- An audit entry names members only by id (`actor_id`, `target_id`), shown with their
  current display names; once a member is erased the id is NULL and the entry reads
  "a former member". `target` may hold `{member}`, the place of the target member's
  name; free text never carries a member's name.

A report (`/report`) is a member telling the moderators about a post or a member. It
names its reporter by id (`reporter_id`, NULL once they erase their data); the reported
member's `/privacy export` leaves out who reported and the reporter's words.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.store.models.base import Base, UTCDateTime


class Mute(Base):
    __tablename__ = "mutes"
    __table_args__ = (
        Index("ix_mutes_member", "member_id"),
        Index("ix_mutes_community_platform", "community_id", "platform_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    # The muted account on its platform: the mute outlives the member's erased data.
    platform_id: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """Who did what to whom, when. Rows are only ever inserted."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_community_created", "community_id", "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    # Shown only for entries with no member actor (`Rebound (automatic)`).
    actor_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(200))
    # The member the entry is about; `{member}` in `target` marks where their name goes.
    target_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Report(Base):
    """A member's report of a post or a member; open until a moderator resolves it."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("community_id", "number"),
        Index("ix_reports_reporter_created", "reporter_id", "created_at"),
        Index("ix_reports_target", "target_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("communities.id", ondelete="CASCADE"))
    # What moderators see and type (`/mod reports resolve:3`): numbered per community.
    number: Mapped[int] = mapped_column(Integer)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    # The reported member: the one named, or the author of the reported post (none for
    # an anonymous post, whose author stays hidden from moderators too).
    target_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # The post's number as members saw it, kept when the post itself is gone.
    post_number: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    # The resolving moderator's note, for moderators only.
    resolution: Mapped[str | None] = mapped_column(Text)
