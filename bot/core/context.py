"""Invocation context: who ran what, where, when, and the messages the command produces.

`Scope` is what both commands and scheduled jobs get: one session (one transaction),
the community, the injected clock's instant, and helpers to reply, post and DM.
`Ctx` adds the invoking member and their invocation. A `Visit` is a read-only look at a
member's own data outside any command (a home tab), run by `Engine.view`. When a command's text spoke of
suicide or self-harm, `private_only` is set and enforced here for every feature: nothing
is posted to a channel, no DM goes to anyone but the invoking member, and replies stay
ephemeral.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import event, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from bot.core import i18n, jobs, quiet, safety, support, zones
from bot.core.messages import Attachment, Button, ChannelRef, Field, Kind, MemberRef, Message
from bot.core.sanitizer import finish
from bot.store import identity as members_mod
from bot.store import numbers
from bot.store.models import AuditEntry, Channel, Community, Member, Outbox, Post

if TYPE_CHECKING:
    from bot.core.registry import Registry


@dataclass
class Invocation:
    """A command as an adapter received it, with typed but not yet validated options."""

    community_key: str
    actor: MemberRef
    command: str
    options: dict[str, Any] = field(default_factory=dict)
    channel: ChannelRef | None = None
    community_name: str = ""
    # What the platform says about the actor: Discord Manage Server, Slack admin/owner.
    platform_moderator: bool = False
    # The actor's platform role ids (Discord), for `/mod setup moderator_role:`.
    roles: tuple[str, ...] = ()
    # The actor's platform locale (Discord's interaction locale, Slack's user locale) and
    # the community's (Discord's preferred locale of the guild), as the platform says them.
    locale: str | None = None
    community_locale: str | None = None


def language_of(
    member: Member | None, community: Community | None, locale: str | None = None
) -> i18n.Tr:
    """The translator `i18n.resolve` picks for a member of a community (either may be
    unknown); `locale` is the platform's for the event being handled, which outranks the
    one stored from the member's last command."""
    return i18n.tr(
        i18n.resolve(
            member.language if member else None,
            locale or (member.platform_locale if member else None),
            community.language if community else None,
            community.platform_locale if community else None,
        )
    )


class Scope:
    def __init__(
        self, session: AsyncSession, community: Community, now: datetime, registry: Registry
    ) -> None:
        self.session = session
        self.community = community
        self.now = now
        # What the running code may look up: commands by name (`/help`), job kinds.
        self.registry = registry
        self.messages: list[Message] = []
        # Set when crisis language was found: nothing may reach anyone but the invoker.
        self.private_only = False
        # Whether `post` writes its message to the outbox at once (a command's posts; a
        # job's messages all go to the outbox when the job is done, see `Scheduler`).
        self.posts_to_outbox = False
        # Who holds the lease of the outbox rows written here, and since when (real time):
        # a command's delivery, so a scheduler polling meanwhile leaves them alone.
        self.outbox_claim: tuple[str, datetime] | None = None
        self._outboxed: list[tuple[Outbox, Message]] = []

    # --- language -----------------------------------------------------------------
    @property
    def community_tr(self) -> i18n.Tr:
        """The community's language: channel posts, check-in prompts and summaries."""
        return language_of(None, self.community)

    def tr_for(self, member: Member) -> i18n.Tr:
        """A member's language: what is said to them alone (direct messages)."""
        return language_of(member, self.community)

    # --- time ---------------------------------------------------------------------
    def zone(self, member: Member | None = None) -> ZoneInfo:
        return zones.zone_for(member, self.community)

    def today(self, member: Member | None = None) -> date:
        return self.now.astimezone(self.zone(member)).date()

    def local(self, instant: datetime, member: Member | None = None) -> datetime:
        return instant.astimezone(self.zone(member))

    # --- messages -----------------------------------------------------------------
    def _message(self, kind: Kind, text: str, **kw: Any) -> Message:
        msg = Message(
            kind=kind,
            text=text,
            title=kw.get("title"),
            fields=list(kw.get("fields") or []),
            buttons=list(kw.get("buttons") or []),
            attachments=list(kw.get("attachments") or []),
        )
        self.messages.append(msg)
        return msg

    async def post(
        self,
        channel_ref: str,
        text: str,
        *,
        kind: str,
        author: Member | None = None,
        anonymous: bool = False,
        title: str | None = None,
        fields: list[Field] | None = None,
        buttons: list[Button] | None = None,
        attachments: list[Attachment] | None = None,
        thread_of: Post | None = None,
        stored_text: str | None = None,
    ) -> Post | None:
        """Post to a channel and record it as a `Post` (its per-community number is shown)."""
        if self.private_only:
            return None
        post = Post(
            community_id=self.community.id,
            number=await numbers.next_number(self.session, self.community.id, numbers.POST),
            kind=kind,
            author_id=author.id if author else None,
            anonymous=anonymous,
            channel_ref=channel_ref,
            thread_ref=thread_of.platform_ref if thread_of else None,
            text=stored_text if stored_text is not None else text,
            created_at=self.now,
        )
        self.session.add(post)
        await self.session.flush()
        msg = self._message(
            Kind.POST, text, title=title, fields=fields, buttons=buttons, attachments=attachments
        )
        msg.channel = await self.channel(channel_ref)
        msg.post_id = post.id
        msg.post_number = post.number
        msg.thread_ref = post.thread_ref
        if self.posts_to_outbox:
            await self._outbox(msg)
        return post

    async def edit_post(
        self,
        post: Post,
        text: str,
        *,
        title: str | None = None,
        buttons: list[Button] | None = None,
    ) -> Message | None:
        """Replace what a delivered post says on the platform (the message is edited, never
        posted again); a post still waiting in the outbox goes out with the new words."""
        if self.private_only or not post.channel_ref:
            return None
        if post.platform_ref is None:
            await self._rewrite_pending(post, text, title)
            return None
        msg = self._message(Kind.POST, text, title=title, buttons=buttons)
        msg.channel = await self.channel(post.channel_ref)
        msg.post_id = post.id
        msg.post_number = post.number
        msg.thread_ref = post.thread_ref
        msg.edit_ref = post.platform_ref
        if self.posts_to_outbox:
            await self._outbox(msg)
        return msg

    async def _rewrite_pending(self, post: Post, text: str, title: str | None) -> None:
        """New words for a post whose outbox row is not sent yet."""
        pending = await self.session.scalars(
            select(Outbox).where(Outbox.community_id == self.community.id, Outbox.sent_at.is_(None))
        )
        for row in pending:
            queued = Message.from_dict(row.message) if row.message else None
            if queued is None or queued.post_id != post.id or queued.withdraw_ref:
                continue
            queued.text = text
            queued.title = title if title is not None else queued.title
            row.message = finish(queued).to_dict()

    async def _outbox(self, msg: Message) -> None:
        """Write `msg` to the outbox in this transaction, so the post is delivered even if
        the process dies right after the commit. The row gets the message as it is at
        commit (handlers add buttons and lines after posting), sanitized."""
        row = Outbox(
            community_id=self.community.id,
            platform=self.community.key.split(":", 1)[0],
            message={},
            created_at=self.now,
            attempts=0,
        )
        if self.outbox_claim is not None:
            row.claimed_by, row.claimed_at = self.outbox_claim
        self.session.add(row)
        await self.session.flush()
        msg.outbox_id = row.id
        if not self._outboxed:
            event.listen(self.session.sync_session, "before_commit", self._seal, once=True)
        self._outboxed.append((row, msg))

    def _seal(self, _session: Session) -> None:
        for row, msg in self._outboxed:
            row.message = finish(msg).to_dict()

    def dm(
        self, member: Member, text: str, *, expires: datetime | None = None, **kw: Any
    ) -> Message | None:
        """A direct message; dropped (None) when `private_only` and it is for someone else.
        One for someone in their quiet hours waits until they end; if that is at or after
        `expires` (a nudge about something that will be over), it is not sent at all."""
        if self.private_only and not self._is_invoker(member):
            return None
        hold = None
        if not self._is_invoker(member):
            hold = quiet.held_until(quiet.stored(member.quiet_hours), self.zone(member), self.now)
            if hold is not None and expires is not None and hold >= expires:
                return None
        msg = self._message(Kind.DM, text, **kw)
        msg.to = MemberRef(member.platform_id, member.display_name)
        msg.hold_until = hold
        if hold is not None and self.posts_to_outbox:
            self._hold(msg)
        return msg

    def _hold(self, msg: Message) -> None:
        """A command's direct message that must wait for quiet hours to end: it leaves the
        command's answer for the outbox, which sends it then."""
        self.messages.remove(msg)
        row = Outbox(
            community_id=self.community.id,
            platform=self.community.key.split(":", 1)[0],
            message={},
            created_at=self.now,
            attempts=0,
            not_before=msg.hold_until,
        )
        self.session.add(row)
        if not self._outboxed:
            event.listen(self.session.sync_session, "before_commit", self._seal, once=True)
        self._outboxed.append((row, msg))

    def _is_invoker(self, member: Member) -> bool:
        return False

    async def channel(self, ref: str) -> ChannelRef:
        name = await self.session.scalar(
            select(Channel.name).where(
                Channel.community_id == self.community.id, Channel.ref == ref
            )
        )
        return ChannelRef(ref, name or ref)

    async def remember_channel(self, ref: ChannelRef) -> None:
        await members_mod.upsert_channel(self.session, self.community, ref)

    # --- members ------------------------------------------------------------------
    async def member_for(self, ref: MemberRef) -> Member:
        return await members_mod.get_or_create_member(self.session, self.community, ref, self.now)

    # --- jobs ---------------------------------------------------------------------
    async def schedule(
        self, kind: str, due_at: datetime, *, key: str, payload: dict[str, Any] | None = None
    ) -> bool:
        return await jobs.schedule(
            self.session,
            kind=kind,
            due_at=due_at,
            key=key,
            payload=payload or {},
            community_id=self.community.id,
            now=self.now,
        )

    def in_days(self, days: int, member: Member | None = None, at_hour: int = 10) -> datetime:
        """An instant `days` local days from now at `at_hour` local time (for DMs people read)."""
        zone = self.zone(member)
        day = self.now.astimezone(zone).date() + timedelta(days=days)
        return datetime(day.year, day.month, day.day, at_hour, tzinfo=zone).astimezone(
            self.now.tzinfo
        )


class Ctx(Scope):
    """A command being run: the scope plus who ran it, where, with which options."""

    def __init__(
        self,
        scope: Scope,
        member: Member,
        inv: Invocation,
        is_moderator: bool,
    ) -> None:
        super().__init__(scope.session, scope.community, scope.now, scope.registry)
        self.member = member
        self.inv = inv
        self.is_moderator = is_moderator
        # The invoking member's language: replies and their own direct messages.
        self.tr = self.tr_for_invoker()
        self.posts_to_outbox = True
        # A handler sets this when, under `private_only`, it did nothing at all (a cheer is
        # not sent): the support reply then says nothing from the command was saved.
        self.crisis_stopped = False

    def _is_invoker(self, member: Member) -> bool:
        return member.id == self.member.id

    def tr_for_invoker(self) -> i18n.Tr:
        """The invoking member's language, the locale of this very command first."""
        return language_of(self.member, self.community, self.inv.locale)

    def reply(self, text: str = "", **kw: Any) -> Message:
        """A reply to the member; private (ephemeral) unless `public=True`."""
        public = kw.pop("public", False) and not self.private_only
        msg = self._message(Kind.REPLY, text, **kw)
        msg.ephemeral = not public
        msg.channel = self.inv.channel
        msg.to = self.inv.actor if not public else None
        return msg

    async def audit(
        self, action: str, target: str | None = None, detail: str | None = None
    ) -> None:
        self.session.add(
            AuditEntry(
                community_id=self.community.id,
                actor_id=self.member.id,
                actor_name=self.member.display_name,
                action=action,
                target=target,
                detail=detail,
                created_at=self.now,
            )
        )

    def crisis_reply(self, outcome: safety.CrisisOutcome, needed: str | None = None) -> None:
        """Put the private support reply first, worded for what became of the command."""
        title, text = support.crisis_reply(
            self.tr, self.community.resources, self.inv.command, outcome, needed
        )
        self.reply(text, title=title)
        self.messages.insert(0, self.messages.pop())


class Visit:
    """A member looking at a read-only view of their own data (a home tab).

    `scope` and `member` are None while the member (or the community) has not used
    Rebound yet: a visit creates nothing. Everything it shows is private to the member.
    """

    def __init__(
        self,
        registry: Registry,
        actor: MemberRef,
        scope: Scope | None,
        member: Member | None,
        locale: str | None = None,
    ) -> None:
        self.registry = registry
        self.actor = actor
        self.scope = scope
        self.member = member
        self.messages: list[Message] = []
        # The member's language, as for a command's replies (`locale`: the platform's).
        self.tr = language_of(member, scope.community if scope is not None else None, locale)

    def show(
        self, text: str = "", *, title: str | None = None, fields: list[Field] | None = None
    ) -> Message:
        msg = Message(
            kind=Kind.REPLY,
            text=text,
            title=title,
            fields=list(fields or []),
            ephemeral=True,
            to=self.actor,
        )
        self.messages.append(msg)
        return msg


# What `Engine.view` runs: fills the visit's messages.
View = Callable[[Visit], Awaitable[None]]
