"""The store's tables. Every row belongs to one community; no query crosses communities.

The schema changes only through Alembic migrations in `migrations/`.
"""

from bot.store.models.base import Base, UTCDateTime
from bot.store.models.checkins import CheckinAnswer, CheckinReminder, CheckinRun, CheckinSchedule
from bot.store.models.core import (
    Activity,
    Application,
    Channel,
    Community,
    Goal,
    Job,
    Member,
    MemberDay,
    Outbox,
    Pause,
    Post,
    Streak,
)
from bot.store.models.moderation import AuditEntry, Mute, Report
from bot.store.models.requests import SlackRequest
from bot.store.models.slack import SlackInstallation, SlackOAuthState, SlackOrgWorkspace
from bot.store.models.support import (
    BuddyEnrollment,
    BuddyPair,
    Cheer,
    Reflection,
    Rejection,
    Strength,
    Template,
    Win,
)

__all__ = [
    "Activity",
    "Application",
    "AuditEntry",
    "Base",
    "BuddyEnrollment",
    "BuddyPair",
    "Channel",
    "CheckinAnswer",
    "CheckinReminder",
    "CheckinRun",
    "CheckinSchedule",
    "Cheer",
    "Community",
    "Goal",
    "Job",
    "Member",
    "MemberDay",
    "Mute",
    "Outbox",
    "Pause",
    "Post",
    "Reflection",
    "Rejection",
    "Report",
    "SlackInstallation",
    "SlackOAuthState",
    "SlackOrgWorkspace",
    "SlackRequest",
    "Streak",
    "Strength",
    "Template",
    "UTCDateTime",
    "Win",
]
