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

from bot.core import i18n, quiet
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
    language: str | None = option(
        OptType.CHOICE,
        "the language Rebound speaks to you; auto follows your app's language",
        choices=(*i18n.LANGUAGES, i18n.AUTO),
    )
    quiet_hours: str | None = option(
        OptType.STRING,
        "no direct messages in this window of your day, like 22-08 (the default), or off",
        max_length=20,
    )


@feature.command(
    "settings",
    "Your timezone, streak days, reminders, leaderboard, how cheers reach you, language, "
    "quiet hours.",
    SettingsOptions,
)
async def settings_cmd(ctx: Ctx, opts: SettingsOptions) -> None:
    m = ctx.member
    changed: list[str] = []
    notes: list[str] = []
    if opts.language is not None:
        changed += _set_language(ctx, opts.language)
    tr = ctx.tr
    if opts.streak_days is not None and opts.streak_days != m.streak_days:
        # Settled in the zone the past days were lived in, before any timezone change.
        kept = await streaks.switch_streak_days(ctx, m, opts.streak_days)
        changed.append(
            tr("settings-changed-days-weekdays")
            if m.streak_days == "weekdays"
            else tr("settings-changed-days-all")
        )
        if kept:
            notes.append(streaks.freezes_kept(kept, ctx.tr))
    if opts.timezone is not None:
        changed += _set_timezone(ctx, opts.timezone)
    for name, choice in (("reminders", opts.reminders), ("leaderboard", opts.leaderboard)):
        if choice is not None:
            value = choice == "on"
            if getattr(m, name) != value:
                setattr(m, name, value)
                changed.append(tr(f"settings-changed-{name}", choice=_on_off(ctx, value)))
    if opts.cheers_via is not None and opts.cheers_via != m.cheers_via:
        m.cheers_via = opts.cheers_via
        via = tr("settings-via-dm" if m.cheers_via == "dm" else "settings-via-channel")
        changed.append(tr("settings-changed-cheers-via", via=via))
        if m.cheers_via == "channel" and not ctx.community.support_channel:
            notes.append(tr("settings-no-support-channel"))
    if opts.quiet_hours is not None:
        window = quiet.parse_window(opts.quiet_hours)
        chosen: str | None = quiet.OFF
        if window == quiet.DEFAULT:
            chosen = None  # the default, stored as nothing
        elif window is not None:
            chosen = f"{window[0]:02d}-{window[1]:02d}"
        if chosen != m.quiet_hours:
            m.quiet_hours = chosen
            changed.append(tr("settings-changed-quiet-hours", window=quiet.describe(window, tr)))
    if changed:
        text = " ".join([tr("settings-updated", changes="; ".join(changed)), *notes])
    elif any(v is not None for v in dataclasses.astuple(opts)):
        text = tr("settings-unchanged")
    else:
        text = tr("settings-how")
    ctx.reply(text, title=tr("settings-title"), fields=_fields(ctx))


def _fields(ctx: Ctx) -> list[Field]:
    """The member's settings as they stand, in their language."""
    m, tr = ctx.member, ctx.tr
    zone = zone_for(m, ctx.community)
    source = "yours" if m.timezone else ("community" if ctx.community.timezone else "default")
    days = "settings-days-weekdays" if m.streak_days == "weekdays" else "settings-days-all"
    return [
        Field(
            tr("settings-field-timezone"),
            tr("settings-zone-source", zone=zone.key, source=source),
            True,
        ),
        Field(tr("settings-field-streak-days"), tr(days), True),
        Field(tr("settings-field-reminders"), _on_off(ctx, m.reminders), True),
        Field(tr("settings-field-leaderboard"), _on_off(ctx, m.leaderboard), True),
        Field(tr("settings-field-cheers-via"), _cheers_via(ctx, m.cheers_via), True),
        Field(
            tr("settings-field-quiet-hours"),
            quiet.describe(quiet.stored(m.quiet_hours), tr),
            True,
        ),
        Field(tr("settings-field-language"), _language(ctx), True),
    ]


def _on_off(ctx: Ctx, value: bool) -> str:
    return ctx.tr("settings-on" if value else "settings-off")


def _language(ctx: Ctx) -> str:
    name = i18n.NAMES.get(ctx.tr.lang, ctx.tr.lang)
    return name if ctx.member.language else ctx.tr("settings-language-auto", language=name)


def _set_language(ctx: Ctx, value: str) -> list[str]:
    """Set the member's language (`auto`: follow the platform's); what changed, in words
    of the new language, which the rest of the reply speaks too."""
    m = ctx.member
    language = None if value == i18n.AUTO else value
    if language == m.language:
        return []
    m.language = language
    ctx.tr = ctx.tr_for_invoker()
    name = i18n.NAMES.get(ctx.tr.lang, ctx.tr.lang)
    if language is None:
        return [ctx.tr("settings-changed-language-auto", language=name)]
    return [ctx.tr("settings-changed-language", language=name)]


def _set_timezone(ctx: Ctx, value: str) -> list[str]:
    """Set the member's own zone, or clear it for `community`; what changed, in words."""
    m = ctx.member
    if value.strip().casefold() == COMMUNITY_ZONE:
        if m.timezone is None:
            return []
        m.timezone = None
        zone = zone_for(None, ctx.community).key
        return [ctx.tr("settings-changed-zone-community", zone=zone)]
    tz = check_timezone(value)
    if tz == m.timezone:
        return []
    m.timezone = tz
    return [ctx.tr("settings-changed-zone", zone=tz)]


def _cheers_via(ctx: Ctx, via: str) -> str:
    if via == "dm":
        return ctx.tr("settings-via-dm")
    if not ctx.community.support_channel:
        return ctx.tr("settings-via-channel-unset")
    return ctx.tr("settings-via-channel")


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
