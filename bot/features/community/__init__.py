"""`/mod setup`: a community's channels, timezone, support resources, goal and moderators."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.core import safety
from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.messages import ChannelRef, Field, MemberRef
from bot.core.zones import check_timezone
from bot.features import moderation
from bot.store.models import Channel, Member

feature = Feature("community")

CHANNEL_OPTIONS = ("checkin_channel", "support_channel", "wins_channel")
# Values that clear a text setting back to its default.
RESET_WORDS = {"default", "none", "reset"}


@dataclass(frozen=True)
class SetupOptions:
    checkin_channel: ChannelRef | None = option(
        OptType.CHANNEL, "where check-ins are posted by default"
    )
    support_channel: ChannelRef | None = option(
        OptType.CHANNEL, "where shared rejections go, for peers to cheer"
    )
    wins_channel: ChannelRef | None = option(OptType.CHANNEL, "where wins are celebrated")
    timezone: str | None = option(
        OptType.STRING,
        "the community's IANA timezone",
        autocomplete="timezones",
        max_length=64,
    )
    resources: str | None = option(
        OptType.STRING,
        "support resources shown to members in crisis (`default` restores the built-in text)",
        max_length=NOTE_LIMIT,
        # Resources name crisis services on purpose ("Suicide & Crisis Lifeline: 988").
        crisis_check=False,
    )
    weekly_goal: int | None = option(
        OptType.INTEGER,
        "collective applications a week (0 removes)",
        min=0,
        max=100000,
    )
    moderator_role: str | None = option(
        OptType.ROLE,
        "a role whose members are moderators (Discord; `none` removes it)",
    )
    moderators: list[MemberRef] | None = option(
        OptType.MEMBERS, "members who are moderators (Slack, console)"
    )


@feature.command(
    "mod setup",
    "Community configuration: channels, timezone, support resources, weekly goal, moderators.",
    SetupOptions,
)
async def setup_cmd(ctx: Ctx, opts: SetupOptions) -> None:
    c = ctx.community
    changed: list[str] = []
    channels = {
        "checkin_channel": opts.checkin_channel,
        "support_channel": opts.support_channel,
        "wins_channel": opts.wins_channel,
    }
    for name in CHANNEL_OPTIONS:
        ref: ChannelRef | None = channels[name]
        if ref is not None:
            await ctx.remember_channel(ref)
            setattr(c, name, ref.ref)
            changed.append(f"{name.replace('_', ' ')} → {ref.label}")
    if opts.timezone is not None:
        c.timezone = check_timezone(opts.timezone)
        changed.append(f"timezone → {c.timezone}")
    if opts.resources is not None:
        reset = opts.resources.lower() in RESET_WORDS
        c.resources = None if reset else opts.resources
        changed.append(
            "support resources → the built-in default" if reset else "support resources updated"
        )
    if opts.weekly_goal is not None:
        c.weekly_goal = opts.weekly_goal or None
        changed.append(
            f"weekly goal → {c.weekly_goal} applications"
            if c.weekly_goal
            else "weekly goal removed"
        )
    if opts.moderator_role is not None:
        role = opts.moderator_role.lstrip("@")
        c.moderator_role = None if role.lower() in RESET_WORDS else role
        changed.append(f"moderator role → {c.moderator_role or 'none'}")
    for entry in changed:
        await ctx.audit("setup", detail=entry)
    if opts.moderators is not None:  # audited per member, by id (`_set_moderators`)
        changed.append(await _set_moderators(ctx, opts.moderators))
    fields = await config_fields(ctx)
    text = (
        ("Updated: " + "; ".join(changed) + ".")
        if changed
        else (
            "Change any of these with `/mod setup name:value`, e.g. `/mod setup support_channel:#support`."
        )
    )
    ctx.reply(text, title="Community setup", fields=fields)


async def _set_moderators(ctx: Ctx, refs: list[MemberRef]) -> str:
    """Make exactly `refs` the listed moderators; say who was added and who removed.

    The member running the command keeps their own listing, so nobody locks themselves out
    by leaving their name off the list.
    """
    listed = {ref.ref for ref in refs}
    for ref in refs:
        await ctx.member_for(ref)
    rows = await ctx.session.scalars(
        select(Member).where(Member.community_id == ctx.community.id).order_by(Member.id)
    )
    added: list[str] = []
    removed: list[str] = []
    kept_self = False
    for m in rows:
        was = m.listed_moderator
        m.listed_moderator = m.platform_id in listed or (m.id == ctx.member.id and was)
        if m.listed_moderator and not was:
            added.append(f"@{m.display_name}")
            await moderation.audit_about(ctx, "setup", m, detail="listed as a moderator")
        elif was and not m.listed_moderator:
            removed.append(f"@{m.display_name}")
            await moderation.audit_about(ctx, "setup", m, detail="no longer a listed moderator")
        elif was and m.platform_id not in listed:
            kept_self = True
    names = ", ".join(ref.label for ref in refs) or "nobody"
    parts = [
        f"added {', '.join(added)}" if added else "",
        f"removed {', '.join(removed)}" if removed else "",
    ]
    if kept_self:
        parts.append(f"you stay listed (@{ctx.member.display_name}), so you keep access")
    detail = "; ".join(p for p in parts if p) or "no change"
    return f"moderators → {names} ({detail})"


async def config_fields(ctx: Ctx) -> list[Field]:
    c = ctx.community
    rows = await ctx.session.scalars(select(Channel).where(Channel.community_id == c.id))
    channels = {ch.ref: ch for ch in rows}

    def show(ref: str | None) -> str:
        if not ref:
            return "not set"
        ch = channels.get(ref)
        label = f"#{ch.name}" if ch else f"#{ref}"
        return f"{label} — ⚠ {ch.problem}" if ch and ch.problem else label

    mods = await ctx.session.scalars(
        select(Member.display_name).where(Member.community_id == c.id, Member.listed_moderator)
    )
    fields = [
        Field("Check-in channel", show(c.checkin_channel), True),
        Field("Support channel", show(c.support_channel), True),
        Field("Wins channel", show(c.wins_channel), True),
        Field("Timezone", c.timezone or "UTC (default)", True),
        Field("Weekly goal", f"{c.weekly_goal} applications" if c.weekly_goal else "not set", True),
        Field("Moderator role", c.moderator_role or "not set", True),
        Field("Listed moderators", ", ".join(f"@{n}" for n in mods) or "none"),
        Field("Support resources", c.resources or f"(default) {safety.DEFAULT_RESOURCES}"),
    ]
    problems = [
        f"cannot post in #{ch.name}: {ch.problem}" for ch in channels.values() if ch.problem
    ]
    if problems:
        fields.append(Field("Posting problems", "\n".join(problems)))
    return fields
