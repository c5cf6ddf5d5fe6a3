"""The member's home: what a home tab (Slack's App Home) shows them at a glance.

`show_home` is a view the engine runs (`Engine.view`): in its read transaction, with its
error handling and sanitizer, creating nothing — a member who never used Rebound sees
the first-visit messages. It returns platform-neutral messages: a short how-to line, the
streak with the last 14 days, this week's goals and the latest wins. Commands in the
text are written as `/log`, named from the engine's registry, so each adapter shows them
the way its members type them (Slack's `/rebound log`). Adapters only lay them out.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.core.context import Scope, Visit
from bot.core.engine import Engine
from bot.core.i18n import Tr
from bot.core.kinds import kind_name
from bot.core.messages import Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.features import goals, streaks, wins
from bot.store.models import Member, Win

RECENT_WINS = 3
GOAL_EXAMPLE = "activity:applied per_week:5"


def _cmd(registry: Registry, name: str, example: str = "") -> str:
    """A command as members type it, checked against the registry: `/log applied`."""
    return f"`/{registry[name].name}{' ' + example if example else ''}`"


async def home(engine: Engine, community_key: str, actor: MemberRef) -> list[Message]:
    """The member's home as messages, in order: how-to, streak, goals, recent wins."""
    return await engine.view(show_home, community_key=community_key, actor=actor, name="home")


async def show_home(visit: Visit) -> None:
    """The home view: how-to, then the first-visit invitations or the member's own data."""
    registry, tr = visit.registry, visit.tr
    parts = [_how_to(registry, tr)]
    if visit.scope is None or visit.member is None:
        parts.extend(_first_visit(registry, tr))
    else:
        scope, member = visit.scope, visit.member
        parts.append(await _streak(scope, member, tr))
        parts.append(await _goals(scope, member, tr))
        parts.append(await _wins(scope, member, tr))
    for msg in parts:
        visit.show(msg.text, title=msg.title, fields=msg.fields)


def _how_to(registry: Registry, tr: Tr) -> Message:
    return Message(
        kind=Kind.REPLY,
        title=tr("home-title"),
        text=tr(
            "home-how-to",
            log=_cmd(registry, "log", "applied"),
            help=_cmd(registry, "help"),
        ),
    )


def _first_visit(registry: Registry, tr: Tr) -> list[Message]:
    return [
        Message(
            kind=Kind.REPLY,
            title=tr("home-streak-title"),
            text=tr("home-first-streak", log=_cmd(registry, "log", "activity:applied")),
        ),
        Message(
            kind=Kind.REPLY,
            title=tr("home-goals-title"),
            text=tr("home-first-goals", goal=_cmd(registry, "goal", GOAL_EXAMPLE)),
        ),
    ]


async def _streak(scope: Scope, member: Member, tr: Tr) -> Message:
    v = await streaks.current_view(scope, member)
    strip = await streaks.day_strip(scope, member, v)
    return Message(
        kind=Kind.REPLY,
        title=tr("home-streak-title"),
        text=_nudge(scope.registry, v, tr),
        fields=streaks.streak_fields(v, strip, tr),
    )


def _nudge(registry: Registry, v: streaks.StreakView, tr: Tr) -> str:
    if v.total_days == 0:
        return tr("home-nudge-start", log=_cmd(registry, "log", "activity:applied"))
    if v.active_today:
        return tr("home-nudge-today")
    if v.current == 0:
        return tr("home-nudge-break", count=v.total_days)
    return tr("home-nudge-keep")


async def _goals(scope: Scope, member: Member, tr: Tr) -> Message:
    weekly = await goals.weekly_goals(scope, member)
    learning = await goals.learning_goals(scope, member)
    title = tr("home-goals-title")
    if not weekly and not learning:
        text = tr("home-goals-none", goal=_cmd(scope.registry, "goal", GOAL_EXAMPLE))
        return Message(kind=Kind.REPLY, title=title, text=text)
    counts = await goals.week_counts(scope, member)
    lines = []
    for g in weekly:
        done = counts.get(g.kind, 0)
        lines.append(
            tr(
                "home-goal-met" if done >= g.per_week else "home-goal",
                kind=kind_name(g.kind, tr),
                done=done,
                target=g.per_week,
            )
        )
    lines.extend(tr("home-learning-goal", text=g.text or "") for g in learning)
    return Message(kind=Kind.REPLY, title=title, text="\n".join(lines))


async def _wins(scope: Scope, member: Member, tr: Tr) -> Message:
    rows = list(
        await scope.session.scalars(
            select(Win).where(Win.member_id == member.id).order_by(Win.id.desc()).limit(RECENT_WINS)
        )
    )
    title = tr("home-wins-title")
    if not rows:
        text = tr("home-wins-none", win=_cmd(scope.registry, "win", "text:..."))
        return Message(kind=Kind.REPLY, title=title, text=text)
    lines = [wins.win_line(w, scope.local(w.created_at, member).date(), tr) for w in rows]
    lines.append(tr("home-wins-read", wins=_cmd(scope.registry, "wins")))
    return Message(kind=Kind.REPLY, title=title, text="\n".join(lines))
