"""`/settings`: a member's timezone, streak days, reminders, leaderboard and cheer delivery."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from bot.core.context import Ctx
from bot.core.declarations import Feature, OptType, option
from bot.core.messages import Field
from bot.core.zones import all_zones, check_timezone, zone_for

feature = Feature("settings")


@dataclass(frozen=True)
class SettingsOptions:
    timezone: str | None = option(
        OptType.STRING,
        "IANA name like Europe/Berlin",
        autocomplete="timezones",
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


@feature.command(
    "settings",
    "Your timezone, which days count, reminders, leaderboard and how cheers reach you.",
    SettingsOptions,
)
async def settings_cmd(ctx: Ctx, opts: SettingsOptions) -> None:
    m = ctx.member
    changed: list[str] = []
    if opts.timezone is not None:
        tz = check_timezone(opts.timezone)
        if tz != m.timezone:
            m.timezone = tz
            changed.append(f"timezone → {tz} (your streak is safe across the change)")
    if opts.streak_days is not None and opts.streak_days != m.streak_days:
        m.streak_days = opts.streak_days
        changed.append(
            "streak days → weekdays (weekends neither count nor break)"
            if m.streak_days == "weekdays"
            else "streak days → every day"
        )
    for name, choice in (("reminders", opts.reminders), ("leaderboard", opts.leaderboard)):
        if choice is not None:
            value = choice == "on"
            if getattr(m, name) != value:
                setattr(m, name, value)
                changed.append(f"{name} → {choice}")
    if opts.cheers_via is not None and opts.cheers_via != m.cheers_via:
        m.cheers_via = opts.cheers_via
        changed.append(f"cheers via → {m.cheers_via}")
    zone = zone_for(m, ctx.community)
    source = "yours" if m.timezone else ("the community's" if ctx.community.timezone else "default")
    fields = [
        Field("Timezone", f"{zone.key} ({source})", True),
        Field("Streak days", "weekdays" if m.streak_days == "weekdays" else "every day", True),
        Field("Reminders", "on" if m.reminders else "off", True),
        Field("Leaderboard", "on" if m.leaderboard else "off", True),
        Field("Cheers via", "direct message" if m.cheers_via == "dm" else "support channel", True),
    ]
    if changed:
        text = "Updated: " + "; ".join(changed) + "."
    elif any(v is not None for v in dataclasses.astuple(opts)):
        text = "Nothing changed — those were already your settings."
    else:
        text = "Change any of these with `/settings name:value`, e.g. `/settings timezone:Europe/Berlin`."
    ctx.reply(text, title="Your settings", fields=fields)


@feature.completer("timezones")
async def complete_timezones(_session: Any, _community: Any, prefix: str) -> list[str]:
    needle = prefix.lower()
    starts = [z for z in all_zones() if z.lower().startswith(needle)]
    contains = [z for z in all_zones() if needle in z.lower() and z not in starts]
    return (starts + contains)[:25]
