"""`/mod setup`: a community's channels, timezone, support resources, goal and moderators.

`moderators:` sets the listed moderators besides the community's own admins
(`bot.core.grants`: Discord Manage Server, Slack admins and owners, the console's
`!mod`), who stay listed without being named, so no moderator can remove them; whoever
runs it stays listed too. The reply names the resulting list exactly as the setup shows
it. An empty `moderators:` is an error. Everyone added or removed is told by DM; the audit
log and the moderator log channel say who made whom a moderator.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.core import i18n, support
from bot.core.context import Ctx
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.messages import ChannelRef, Field, MemberRef
from bot.core.zones import check_timezone
from bot.features import checkins, moderation, modlog
from bot.store.models import Channel, Member

feature = Feature("community")

CHANNEL_OPTIONS = ("checkin_channel", "support_channel", "wins_channel", "modlog_channel")
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
    modlog_channel: ChannelRef | None = option(
        OptType.CHANNEL, "where reports and moderator actions are logged (moderators only)"
    )
    timezone: str | None = option(
        OptType.STRING,
        "the community's IANA timezone",
        autocomplete="timezones",
        max_length=64,
    )
    language: str | None = option(
        OptType.CHOICE,
        "the language of channel posts, check-ins and summaries, and members' default",
        choices=i18n.LANGUAGES,
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
    "Community configuration: channels, timezone, language, support resources, weekly goal, "
    "moderators.",
    SetupOptions,
)
async def setup_cmd(ctx: Ctx, opts: SetupOptions) -> None:
    c = ctx.community
    changed: list[str] = []
    if opts.moderators == []:
        raise UserError(
            "`moderators` needs at least one member: it sets who, besides the admins, "
            "moderates this community. Nothing was changed.",
            hint="Mention each one with @, like `/mod setup moderators:@ana,@bo`. Admins stay "
            f"moderators without being named, so `moderators:@{ctx.member.display_name}` "
            "leaves just you and the admins.",
        )
    changed += await _set_channels(ctx, opts)
    schedules_moved = ""
    if opts.timezone is not None:
        c.timezone = check_timezone(opts.timezone)
        changed.append(f"timezone → {c.timezone}")
        schedules_moved = await checkins.follow_timezone(ctx)
    if opts.language is not None and opts.language != c.language:
        c.language = opts.language
        changed.append(ctx.tr("setup-changed-language", language=i18n.NAMES[c.language]))
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
    if schedules_moved:
        text += "\n" + schedules_moved
    if opts.modlog_channel is not None:
        text += (
            f"\nPlease keep {opts.modlog_channel.label} visible to moderators only: "
            "reports posted there say who reported."
        )
    ctx.reply(text, title="Community setup", fields=fields)


async def _set_channels(ctx: Ctx, opts: SetupOptions) -> list[str]:
    """Set the channels given; what changed, in words."""
    channels = {
        "checkin_channel": opts.checkin_channel,
        "support_channel": opts.support_channel,
        "wins_channel": opts.wins_channel,
        "modlog_channel": opts.modlog_channel,
    }
    changed: list[str] = []
    for name in CHANNEL_OPTIONS:
        ref: ChannelRef | None = channels[name]
        if ref is not None:
            await ctx.remember_channel(ref)
            setattr(ctx.community, name, ref.ref)
            changed.append(f"{name.replace('_', ' ')} → {ref.label}")
    return changed


async def _set_moderators(ctx: Ctx, refs: list[MemberRef]) -> str:
    """Make `refs` the listed moderators, besides the admins; say who was added and removed.

    The community's own admins (`bot.core.grants`) stay listed without being named, and the
    member running the command keeps their own listing, so nobody locks themselves out by
    leaving their name off the list. Each member added or removed is told by DM.
    """
    listed = {ref.ref for ref in refs}
    for ref in refs:
        await ctx.member_for(ref)
    rows = await ctx.session.scalars(
        select(Member).where(Member.community_id == ctx.community.id).order_by(Member.id)
    )
    added: list[str] = []
    removed: list[str] = []
    kept: set[str] = set()
    for m in rows:
        was = m.listed_moderator
        stays = was and (m.platform_admin or m.id == ctx.member.id)
        m.listed_moderator = m.platform_id in listed or stays
        if m.listed_moderator != was:
            (added if m.listed_moderator else removed).append(f"@{m.display_name}")
            await _announce(ctx, m)
        elif stays and m.platform_id not in listed:
            kept.add("admin" if m.platform_admin else "self")
    parts = [
        f"added {_and(added)}" if added else "",
        f"removed {_and(removed)}" if removed else "",
        "you stay on the list, so you keep access" if "self" in kept else "",
        "admins stay moderators without being named" if "admin" in kept else "",
    ]
    detail = "; ".join(p for p in parts if p) or "no change"
    return f"moderators → {await moderators_text(ctx)} ({detail})"


def _and(names: list[str]) -> str:
    """`@a`, `@a and @b`, `@a, @b and @c`."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


async def moderators_text(ctx: Ctx) -> str:
    """The listed moderators, admins marked: `@mia (admin), @bob`, or `none`."""
    mods = await ctx.session.execute(
        select(Member.display_name, Member.platform_admin)
        .where(Member.community_id == ctx.community.id, Member.listed_moderator)
        .order_by(Member.id)
    )
    return ", ".join(f"@{n}" + (" (admin)" if admin else "") for n, admin in mods) or "none"


async def _announce(ctx: Ctx, member: Member) -> None:
    """Audit a change to `member`'s listing (by id, in the third person), echo it to the
    moderator log channel and tell them by DM (unless they made the change)."""
    added = member.listed_moderator
    what = (
        f"made {moderation.MEMBER} a moderator"
        if added
        else f"removed {moderation.MEMBER} from the moderators"
    )
    await moderation.audit_about(ctx, "moderators", member, target=what)
    actor = f"@{ctx.member.display_name}"
    shown = what.replace(moderation.MEMBER, f"@{member.display_name}")
    await modlog.echo(ctx, f"{actor} {shown}.", title="Moderators changed", label="moderators")
    if member.id == ctx.member.id:
        return
    place = ctx.community.name or "this community"
    if added:
        ctx.dm(
            member,
            f"{actor} made you a moderator of {place}. `/help command:mod` shows what "
            "moderators can do: set up check-ins, read member reports, mute, remove posts. "
            "Thank you for looking after the community.",
            title="You are a moderator now",
        )
    else:
        ctx.dm(
            member,
            f"{actor} removed you from the moderators of {place}. Your own streak, entries "
            "and settings are unchanged. Thank you for the care you gave the community.",
            title="You are no longer a moderator",
        )


def _language(ctx: Ctx) -> str:
    """The community's language, and where it comes from when no moderator chose it."""
    c = ctx.community
    lang = ctx.community_tr.lang
    if c.language:
        return i18n.NAMES[lang]
    if i18n.normalize(c.platform_locale):
        return ctx.tr("setup-language-platform", language=i18n.NAMES[lang])
    return ctx.tr("setup-language-default", language=i18n.NAMES[lang])


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

    fields = [
        Field("Check-in channel", show(c.checkin_channel), True),
        Field("Support channel", show(c.support_channel), True),
        Field("Wins channel", show(c.wins_channel), True),
        Field("Moderator log channel", show(c.modlog_channel), True),
        Field("Timezone", c.timezone or "UTC (default)", True),
        Field(ctx.tr("setup-field-language"), _language(ctx), True),
        Field("Weekly goal", f"{c.weekly_goal} applications" if c.weekly_goal else "not set", True),
        Field("Moderator role", c.moderator_role or "not set", True),
        Field("Listed moderators", await moderators_text(ctx)),
        Field("Support resources", c.resources or f"(default) {ctx.tr(support.DEFAULT_RESOURCES)}"),
    ]
    problems = [
        f"cannot post in #{ch.name}: {ch.problem}" for ch in channels.values() if ch.problem
    ]
    if problems:
        fields.append(Field("Posting problems", "\n".join(problems)))
    return fields
