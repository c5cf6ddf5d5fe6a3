"""The list of Rebound's features, and the registry the live app builds from it.

Adding a capability means adding its package under `bot/features/` and naming it here;
no adapter changes. Tests may build a `Registry` from any subset of `FEATURES`.
"""

from __future__ import annotations

from bot.core.declarations import Feature
from bot.core.registry import Registry
from bot.features import (
    activity,
    buddies,
    checkins,
    cheers,
    community,
    goals,
    help,
    leaderboard,
    moderation,
    mutes,
    prep,
    privacy,
    reflections,
    rejections,
    reports,
    settings,
    stats,
    streaks,
    strengths,
    templates,
    undo,
    wins,
)

FEATURES: tuple[Feature, ...] = (
    help.feature,
    activity.feature,
    streaks.feature,
    goals.feature,
    stats.feature,
    leaderboard.feature,
    rejections.feature,
    reflections.feature,
    strengths.feature,
    wins.feature,
    undo.feature,
    prep.feature,
    templates.feature,
    checkins.feature,
    cheers.feature,
    buddies.feature,
    settings.feature,
    privacy.feature,
    community.feature,
    moderation.feature,
    mutes.feature,
    reports.feature,
)

REGISTRY = Registry(FEATURES)
