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

from bot.core import dates
from bot.core.context import Scope, Visit
from bot.core.engine import Engine
from bot.core.messages import Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.features import goals, streaks
from bot.store.models import Member, Win

RECENT_WINS = 3


def _cmd(registry: Registry, name: str, example: str = "") -> str:
    """A command as members type it, checked against the registry: `/log applied`."""
    return f"`/{registry[name].name}{' ' + example if example else ''}`"


async def home(engine: Engine, community_key: str, actor: MemberRef) -> list[Message]:
    """The member's home as messages, in order: how-to, streak, goals, recent wins."""
    return await engine.view(show_home, community_key=community_key, actor=actor, name="home")


async def show_home(visit: Visit) -> None:
    """The home view: how-to, then the first-visit invitations or the member's own data."""
    registry = visit.registry
    parts = [_how_to(registry)]
    if visit.scope is None or visit.member is None:
        parts.extend(_first_visit(registry))
    else:
        scope, member = visit.scope, visit.member
        parts.append(await _streak(scope, member))
        parts.append(await _goals(scope, member))
        parts.append(await _wins(scope, member))
    for msg in parts:
        visit.show(msg.text, title=msg.title, fields=msg.fields)


def _how_to(registry: Registry) -> Message:
    return Message(
        kind=Kind.REPLY,
        title="Your Rebound",
        text=(
            f"Small steps count. Log one with {_cmd(registry, 'log', 'applied')}, see every "
            f"command with {_cmd(registry, 'help')}."
        ),
    )


def _first_visit(registry: Registry) -> list[Message]:
    return [
        Message(
            kind=Kind.REPLY,
            title="Your streak",
            text=(
                "Every streak starts with one small step — an application, a networking "
                f"chat, an hour of learning. Try {_cmd(registry, 'log', 'activity:applied')}."
            ),
        ),
        Message(
            kind=Kind.REPLY,
            title="This week's goals",
            text=(
                "Set a small, steady target with "
                f"{_cmd(registry, 'goal', 'activity:applied per_week:5')}."
            ),
        ),
    ]


async def _streak(scope: Scope, member: Member) -> Message:
    v = await streaks.current_view(scope, member)
    strip = await streaks.day_strip(scope, member, v)
    return Message(
        kind=Kind.REPLY,
        title="Your streak",
        text=_nudge(scope.registry, v),
        fields=streaks.streak_fields(v, strip),
    )


def _nudge(registry: Registry, v: streaks.StreakView) -> str:
    if v.total_days == 0:
        return (
            "Every streak starts with one small step. "
            f"Try {_cmd(registry, 'log', 'activity:applied')}."
        )
    if v.active_today:
        return "Today counts ✓ — you showed up."
    if v.current == 0:
        days = "day still counts" if v.total_days == 1 else "days still count"
        return (
            f"Breaks happen — your {v.total_days} active {days}. One small step today starts "
            "a new streak."
        )
    return "Nothing logged yet today: one small step keeps the streak going."


async def _goals(scope: Scope, member: Member) -> Message:
    weekly = await goals.weekly_goals(scope, member)
    learning = await goals.learning_goals(scope, member)
    if not weekly and not learning:
        text = (
            "No goals yet. Small, steady targets beat big ones: "
            f"{_cmd(scope.registry, 'goal', 'activity:applied per_week:5')}."
        )
        return Message(kind=Kind.REPLY, title="This week's goals", text=text)
    counts = await goals.week_counts(scope, member)
    lines = []
    for g in weekly:
        done = counts.get(g.kind, 0)
        lines.append(f"{g.kind}: {done}/{g.per_week}{' ✓' if done >= g.per_week else ''}")
    lines.extend(f"learning: {g.text}" for g in learning)
    return Message(kind=Kind.REPLY, title="This week's goals", text="\n".join(lines))


async def _wins(scope: Scope, member: Member) -> Message:
    rows = list(
        await scope.session.scalars(
            select(Win).where(Win.member_id == member.id).order_by(Win.id.desc()).limit(RECENT_WINS)
        )
    )
    if not rows:
        text = (
            "No wins recorded yet. They count even when small — a recruiter's reply, an "
            f"interview invite. {_cmd(scope.registry, 'win', 'text:...')} records one."
        )
        return Message(kind=Kind.REPLY, title="Recent wins", text=text)
    lines = []
    for w in rows:
        day = dates.short_day(scope.local(w.created_at, member).date())
        at = f" ({w.company})" if w.company else ""
        lines.append(f"{day} — {w.text}{at}{' · offer 🎉' if w.offer else ''}")
    lines.append(f"Read these on the hard days. {_cmd(scope.registry, 'wins')} lists them all.")
    return Message(kind=Kind.REPLY, title="Recent wins", text="\n".join(lines))
