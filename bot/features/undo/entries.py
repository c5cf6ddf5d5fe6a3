"""The entries `/undo` takes back, newest first, and what each of them left behind.

An entry is one of a member's logs, wins, rejections, reflections or check-in answers in
this community. Each command makes one entry, so the newest by `created_at` is the last
thing the member did. Two entries can only share an instant when the clock stands still
(the console's simulated time); then `ORDER` decides, in the order members usually go:
a log, a check-in answer, a win, a rejection, a reflection.

Besides its row, an entry may have: a post in a channel (withdrawn, labelled as removed
by its author), a learning goal its reflection created (removed), or the reflection prompt
its rejection scheduled (cancelled). What it did to an application and to the streak is
recounted in `recount.py`. What is said about them is in `bot/locales/*/undo.ftl`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import CursorResult, select, update

from bot.core import dates
from bot.core.context import Scope
from bot.core.i18n import Msg, Tr
from bot.core.kinds import kind_amount
from bot.core.messages import Message
from bot.features import moderation, privacy, rejections
from bot.features.goals import LEARNING
from bot.store.models import (
    Activity,
    CheckinAnswer,
    CheckinRun,
    Goal,
    Job,
    Member,
    Post,
    Reflection,
    Rejection,
    Win,
)

Row = Activity | CheckinAnswer | Win | Rejection | Reflection

# What each table's entries are called (`undo-entry` names them), in the order that breaks
# a tie of instants.
ORDER: tuple[tuple[str, type[Row]], ...] = (
    ("log", Activity),
    ("checkin", CheckinAnswer),
    ("win", Win),
    ("rejection", Rejection),
    ("reflection", Reflection),
)
QUOTE_LIMIT = 120


@dataclass(frozen=True)
class Entry:
    kind: str  # a name from `ORDER`
    row: Row
    rank: int  # its place in `ORDER`

    @property
    def at(self) -> datetime:
        return self.row.created_at

    @property
    def amount(self) -> int:
        """How much the entry added to its day's count (`MemberDay.count`)."""
        return self.row.count if isinstance(self.row, Activity) else 1

    def day(self, scope: Scope, member: Member) -> date:
        """The member-local day the entry counted for."""
        if isinstance(self.row, Activity | Rejection):
            return self.row.day
        return scope.local(self.at, member).date()


async def latest(scope: Scope, member: Member, since: datetime | None = None) -> Entry | None:
    """The member's newest entry in this community (made at or after `since`)."""
    found: list[Entry] = []
    for rank, (kind, model) in enumerate(ORDER):
        table: Any = model
        query = select(table).where(
            table.community_id == member.community_id, table.member_id == member.id
        )
        if since is not None:
            query = query.where(table.created_at >= since)
        row = await scope.session.scalar(
            query.order_by(table.created_at.desc(), table.id.desc()).limit(1)
        )
        if row is not None:
            found.append(Entry(kind, row, rank))
    return max(found, key=lambda e: (e.at, e.rank), default=None)


async def describe(scope: Scope, member: Member, entry: Entry, tr: Tr) -> str:
    """`your win from today at 14:02: “Offer from Acme”`, in `tr`'s language."""
    local = scope.local(entry.at, member)
    ago = (scope.today(member) - local.date()).days
    day = {0: "today", 1: "yesterday"}.get(ago, "other")
    when = tr("undo-when", day=day, date=dates.short_day(local.date(), tr), time=dates.clock(local))
    head = tr("undo-entry", kind=entry.kind, when=when)
    row = entry.row
    if isinstance(row, Activity):
        what = kind_amount(row.kind, row.count, tr)
        where = ", ".join(p for p in (row.company, row.role) if p)
        if where:
            return tr("undo-entry-log-where", entry=head, what=what, where=where)
        return tr("undo-entry-log", entry=head, what=what)
    if isinstance(row, Win):
        if row.text == moderation.REMOVED:
            return tr("undo-entry-win-removed", entry=head)
        return tr("undo-entry-quote", entry=head, text=_clip(row.text))
    if isinstance(row, Rejection | Reflection):
        return tr("undo-entry-at", entry=head, place=row.company) if row.company else head
    run = await scope.session.get(CheckinRun, row.run_id)
    if run is None:
        return head
    return tr("undo-entry-at", entry=head, place=(await scope.channel(run.channel_ref)).label)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


async def withdraw_post(scope: Scope, entry: Entry, withdrawals: list[Message]) -> Msg | None:
    """Take the entry's post out of its channel; says so, unless there was none to take
    (or a moderator already had)."""
    post_id = getattr(entry.row, "post_id", None)
    post = await scope.session.get(Post, post_id) if post_id else None
    if post is None or post.removed_at is not None:
        return None
    where = (await scope.channel(post.channel_ref)).label if post.channel_ref else None
    withdrawn = await privacy.withdraw_own_post(scope, post)
    if withdrawn is not None:
        withdrawals.append(withdrawn)
    anonymous = "yes" if post.anonymous else "no"
    if where is None:
        return Msg("undo-post-withdrawn-unknown", anonymous=anonymous)
    return Msg("undo-post-withdrawn", anonymous=anonymous, channel=where)


async def drop_learning_goal(scope: Scope, reflection: Reflection) -> Msg | None:
    """The learning goal this reflection's skill gap created, if it made a new one (a gap
    that merged into an older goal leaves that goal alone)."""
    if not reflection.skill_gap:
        return None
    wanted = _plain(reflection.skill_gap)
    goals = await scope.session.scalars(
        select(Goal).where(
            Goal.member_id == reflection.member_id,
            Goal.kind == LEARNING,
            Goal.created_at == reflection.created_at,
        )
    )
    for goal in goals:
        if goal.text and _plain(goal.text) == wanted:
            await scope.session.delete(goal)
            return Msg("undo-learning-goal-removed", text=_clip(goal.text))
    return None


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


async def cancel_prompt(scope: Scope, rejection: Rejection) -> Msg | None:
    """Cancel the reflection prompt scheduled for this rejection, if it has not gone out."""
    result = await scope.session.execute(
        update(Job)
        .where(
            Job.community_id == scope.community.id,
            Job.kind == rejections.PROMPT_JOB,
            Job.status == "pending",
            Job.payload["rejection_id"].as_integer() == rejection.id,
        )
        .values(status="cancelled")
        .execution_options(synchronize_session=False)
    )
    if not isinstance(result, CursorResult) or not result.rowcount:
        return None
    return Msg("undo-prompt-cancelled")
