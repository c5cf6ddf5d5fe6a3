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
from bot.core.i18n import Msg, Tr
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
    if opts.moderators == []:
        raise UserError(
            Msg("setup-moderators-empty"),
            hint=Msg("setup-moderators-empty-hint", name=ctx.member.display_name),
        )
    changed = await _set_channels(ctx, opts)
    values = _set_values(ctx, opts)
    # A new community language is the invoker's too unless they chose their own: the
    # reply speaks it already (as `/settings language:` does).
    tr = ctx.tr = ctx.tr_for_invoker()
    schedules_moved = ""
    if opts.timezone is not None:
        c.timezone = check_timezone(opts.timezone)
        changed.append(Msg("setup-changed-timezone", zone=c.timezone))
        schedules_moved = await checkins.follow_timezone(ctx)
    changed += values
    # The audit log is the community's record, in its language (`bot.features.moderation`).
    for entry in changed:
        await ctx.audit("setup", detail=ctx.community_tr.text(entry))
    said = [tr.text(entry) for entry in changed]
    if opts.moderators is not None:  # audited per member, by id (`_set_moderators`)
        said.append(await _set_moderators(ctx, opts.moderators))
    fields = await config_fields(ctx)
    lines = [tr("setup-updated", changes="; ".join(said)) if said else tr("setup-how")]
    if schedules_moved:
        lines.append(schedules_moved)
    if opts.modlog_channel is not None:
        lines.append(tr("setup-modlog-private", channel=opts.modlog_channel.label))
    ctx.reply("\n".join(lines), title=tr("setup-title"), fields=fields)


async def _set_channels(ctx: Ctx, opts: SetupOptions) -> list[Msg]:
    """Set the channels given; what changed, in words."""
    channels = {
        "checkin_channel": opts.checkin_channel,
        "support_channel": opts.support_channel,
        "wins_channel": opts.wins_channel,
        "modlog_channel": opts.modlog_channel,
    }
    changed: list[Msg] = []
    for name in CHANNEL_OPTIONS:
        ref: ChannelRef | None = channels[name]
        if ref is not None:
            await ctx.remember_channel(ref)
            setattr(ctx.community, name, ref.ref)
            changed.append(Msg("setup-changed-channel", option=name, channel=ref.label))
    return changed


def _set_values(ctx: Ctx, opts: SetupOptions) -> list[Msg]:
    """Set the language, resources, weekly goal and moderator role given; what changed."""
    c = ctx.community
    changed: list[Msg] = []
    if opts.language is not None and opts.language != c.language:
        c.language = opts.language
        changed.append(Msg("setup-changed-language", language=i18n.NAMES[c.language]))
    if opts.resources is not None:
        reset = opts.resources.lower() in RESET_WORDS
        c.resources = None if reset else opts.resources
        changed.append(
            Msg("setup-changed-resources-default" if reset else "setup-changed-resources")
        )
    if opts.weekly_goal is not None:
        c.weekly_goal = opts.weekly_goal or None
        changed.append(
            Msg("setup-changed-goal", count=c.weekly_goal)
            if c.weekly_goal
            else Msg("setup-changed-goal-removed")
        )
    if opts.moderator_role is not None:
        role = opts.moderator_role.lstrip("@")
        c.moderator_role = None if role.lower() in RESET_WORDS else role
        changed.append(
            Msg("setup-changed-role", role=c.moderator_role)
            if c.moderator_role
            else Msg("setup-changed-role-none")
        )
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
    tr = ctx.tr
    parts = [
        tr("setup-moderators-added", names=_and(added, tr)) if added else "",
        tr("setup-moderators-removed", names=_and(removed, tr)) if removed else "",
        tr("setup-moderators-kept-self") if "self" in kept else "",
        tr("setup-moderators-kept-admins") if "admin" in kept else "",
    ]
    detail = "; ".join(p for p in parts if p) or tr("setup-moderators-no-change")
    return tr("setup-changed-moderators", moderators=await moderators_text(ctx), detail=detail)


def _and(names: list[str], tr: Tr) -> str:
    """`@a`, `@a and @b`, `@a, @b and @c`."""
    if len(names) == 1:
        return names[0]
    return tr("setup-names-and", names=", ".join(names[:-1]), last=names[-1])


async def moderators_text(ctx: Ctx) -> str:
    """The listed moderators, admins marked: `@mia (admin), @bob`, or `none`."""
    mods = await ctx.session.execute(
        select(Member.display_name, Member.platform_admin)
        .where(Member.community_id == ctx.community.id, Member.listed_moderator)
        .order_by(Member.id)
    )
    shown = [ctx.tr("setup-moderator-admin", name=n) if admin else f"@{n}" for n, admin in mods]
    return ", ".join(shown) or ctx.tr("setup-moderators-none")


async def _announce(ctx: Ctx, member: Member) -> None:
    """Audit a change to `member`'s listing (by id, in the third person), echo it to the
    moderator log channel and tell them by DM (unless they made the change)."""
    added = member.listed_moderator
    public = ctx.community_tr
    # The audit log is the community's record, in its language (`bot.features.moderation`).
    what = public(
        "setup-audit-moderator-added" if added else "setup-audit-moderator-removed",
        member=moderation.MEMBER,
    )
    await moderation.audit_about(ctx, "moderators", member, target=what)
    names = {"actor": ctx.member.display_name, "name": member.display_name}
    await modlog.echo(
        ctx,
        public("setup-echo-moderator-added" if added else "setup-echo-moderator-removed", **names),
        title=public("setup-echo-moderators-title"),
        label="moderators",
    )
    if member.id == ctx.member.id:
        return
    tr = ctx.tr_for(member)
    place = ctx.community.name or Msg("setup-this-community")
    key = "setup-dm-moderator-added" if added else "setup-dm-moderator-removed"
    ctx.dm(
        member,
        tr(key, actor=ctx.member.display_name, place=place),
        title=tr(f"{key}-title"),
    )


def _language(ctx: Ctx) -> str:
    """The community's language, and where it comes from when no moderator chose it."""
    c = ctx.community
    lang = ctx.community_tr.lang
    name = i18n.NAMES.get(lang, lang)  # the test pseudo-locale has no name
    if c.language:
        return name
    if i18n.normalize(c.platform_locale):
        return ctx.tr("setup-language-platform", language=name)
    return ctx.tr("setup-language-default", language=name)


async def config_fields(ctx: Ctx) -> list[Field]:
    c = ctx.community
    rows = await ctx.session.scalars(select(Channel).where(Channel.community_id == c.id))
    channels = {ch.ref: ch for ch in rows}

    tr = ctx.tr
    unset = tr("setup-not-set")

    def show(ref: str | None) -> str:
        if not ref:
            return unset
        ch = channels.get(ref)
        label = f"#{ch.name}" if ch else f"#{ref}"
        return (
            tr("setup-channel-problem", channel=label, problem=tr.text(Msg.load(ch.problem)))
            if ch and ch.problem
            else label
        )

    goal = tr("setup-goal", count=c.weekly_goal) if c.weekly_goal else unset
    resources = c.resources or tr(
        "setup-resources-default", resources=tr(support.DEFAULT_RESOURCES)
    )
    fields = [
        Field(tr("setup-field-checkin-channel"), show(c.checkin_channel), True),
        Field(tr("setup-field-support-channel"), show(c.support_channel), True),
        Field(tr("setup-field-wins-channel"), show(c.wins_channel), True),
        Field(tr("setup-field-modlog-channel"), show(c.modlog_channel), True),
        Field(tr("setup-field-timezone"), c.timezone or tr("setup-timezone-default"), True),
        Field(tr("setup-field-language"), _language(ctx), True),
        Field(tr("setup-field-goal"), goal, True),
        Field(tr("setup-field-role"), c.moderator_role or unset, True),
        Field(tr("setup-field-moderators"), await moderators_text(ctx)),
        Field(tr("setup-field-resources"), resources),
    ]
    problems = [
        tr("setup-posting-problem", channel=ch.name, problem=tr.text(Msg.load(ch.problem)))
        for ch in channels.values()
        if ch.problem
    ]
    if problems:
        fields.append(Field(tr("setup-field-problems"), "\n".join(problems)))
    return fields
