"""`/settings`: a member's timezone, streak days, reminders, leaderboard and cheer delivery.

`timezone:community` clears the member's own zone, so they follow the community's again
(and its later changes). Switching `streak_days` first settles the days already behind
the member under the rule that applied to them (`streaks.switch_streak_days`), so the
switch never rewrites history. `cheers_via:channel` needs a support channel; without one
the reply says cheers keep coming by direct message.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from bot.core import quiet
from bot.core.context import Ctx
from bot.core.declarations import Feature, OptType, option
from bot.core.messages import Field
from bot.core.zones import all_zones, check_timezone, zone_for
from bot.features import streaks

feature = Feature("settings")

# `/settings timezone:community`: follow the community's timezone again.
COMMUNITY_ZONE = "community"


@dataclass(frozen=True)
class SettingsOptions:
    timezone: str | None = option(
        OptType.STRING,
        "IANA name like Europe/Berlin, or community to follow the community's",
        autocomplete="member-timezones",
        max_length=64,
    )
    streak_days: str | None = option(
        OptType.CHOICE, "which days count", choices=("all", "weekdays")
    )
    reminders: str | None = option(
        OptType.CHOICE, "check-in reminders by DM", choices=("on", "off")
    )
    leaderboard: str | None = option(
        OptType.CHOICE, "appear on the leaderboard", choices=("on", "off")
    )
    cheers_via: str | None = option(
        OptType.CHOICE, "how cheers reach you", choices=("dm", "channel")
    )
    quiet_hours: str | None = option(
        OptType.STRING,
        "no direct messages in this window of your day, like 22-08 (the default), or off",
        max_length=20,
    )


@feature.command(
    "settings",
    "Your timezone, which days count, reminders, leaderboard, how cheers reach you and quiet hours.",
    SettingsOptions,
)
async def settings_cmd(ctx: Ctx, opts: SettingsOptions) -> None:
    m = ctx.member
    changed: list[str] = []
    notes: list[str] = []
    if opts.streak_days is not None and opts.streak_days != m.streak_days:
        # Settled in the zone the past days were lived in, before any timezone change.
        kept = await streaks.switch_streak_days(ctx, m, opts.streak_days)
        changed.append(
            "streak days → weekdays (weekends neither count nor break)"
            if m.streak_days == "weekdays"
            else "streak days → every day"
        )
        if kept:
            notes.append(streaks.freezes_kept(kept))
    if opts.timezone is not None:
        changed += _set_timezone(ctx, opts.timezone)
    for name, choice in (("reminders", opts.reminders), ("leaderboard", opts.leaderboard)):
        if choice is not None:
            value = choice == "on"
            if getattr(m, name) != value:
                setattr(m, name, value)
                changed.append(f"{name} → {choice}")
    if opts.cheers_via is not None and opts.cheers_via != m.cheers_via:
        m.cheers_via = opts.cheers_via
        changed.append(f"cheers via → {m.cheers_via}")
        if m.cheers_via == "channel" and not ctx.community.support_channel:
            notes.append(
                "This community has no support channel yet, so your cheers come by direct "
                "message until a moderator sets one."
            )
    if opts.quiet_hours is not None:
        window = quiet.parse_window(opts.quiet_hours)
        chosen: str | None = quiet.OFF
        if window == quiet.DEFAULT:
            chosen = None  # the default, stored as nothing
        elif window is not None:
            chosen = f"{window[0]:02d}-{window[1]:02d}"
        if chosen != m.quiet_hours:
            m.quiet_hours = chosen
            changed.append(f"quiet hours → {quiet.describe(window)}")
    zone = zone_for(m, ctx.community)
    source = "yours" if m.timezone else ("the community's" if ctx.community.timezone else "default")
    fields = [
        Field("Timezone", f"{zone.key} ({source})", True),
        Field("Streak days", "weekdays" if m.streak_days == "weekdays" else "every day", True),
        Field("Reminders", "on" if m.reminders else "off", True),
        Field("Leaderboard", "on" if m.leaderboard else "off", True),
        Field("Cheers via", _cheers_via(ctx, m.cheers_via), True),
        Field("Quiet hours", quiet.describe(quiet.stored(m.quiet_hours)), True),
    ]
    if changed:
        text = " ".join(["Updated: " + "; ".join(changed) + ".", *notes])
    elif any(v is not None for v in dataclasses.astuple(opts)):
        text = "Nothing changed — those were already your settings."
    else:
        text = "Change any of these with `/settings name:value`, e.g. `/settings timezone:Europe/Berlin`."
    ctx.reply(text, title="Your settings", fields=fields)


def _set_timezone(ctx: Ctx, value: str) -> list[str]:
    """Set the member's own zone, or clear it for `community`; what changed, in words."""
    m = ctx.member
    if value.strip().casefold() == COMMUNITY_ZONE:
        if m.timezone is None:
            return []
        m.timezone = None
        zone = zone_for(None, ctx.community).key
        return [f"timezone → the community's ({zone}) — your streak is safe across the change"]
    tz = check_timezone(value)
    if tz == m.timezone:
        return []
    m.timezone = tz
    return [f"timezone → {tz} (your streak is safe across the change)"]


def _cheers_via(ctx: Ctx, via: str) -> str:
    if via == "dm":
        return "direct message"
    if not ctx.community.support_channel:
        return "support channel (none set yet, so direct message for now)"
    return "support channel"


@feature.completer("member-timezones")
async def complete_member_timezones(session: Any, community: Any, prefix: str) -> list[str]:
    """Timezone names for `/settings`, with `community` (follow the community's) first."""
    zones = await complete_timezones(session, community, prefix)
    if COMMUNITY_ZONE.startswith(prefix.strip().casefold()):
        return [COMMUNITY_ZONE, *zones][:25]
    return zones


@feature.completer("timezones")
async def complete_timezones(_session: Any, _community: Any, prefix: str) -> list[str]:
    needle = prefix.lower()
    starts = [z for z in all_zones() if z.lower().startswith(needle)]
    contains = [z for z in all_zones() if needle in z.lower() and z not in starts]
    return (starts + contains)[:25]
