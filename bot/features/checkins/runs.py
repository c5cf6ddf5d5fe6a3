"""Check-in runs: opening a period with a prompt, reminding, and closing it with a summary.

Each scheduled occurrence is the job `checkin:{schedule}:{local date}`; running it opens
the period (a `CheckinRun` with the same unique key) and schedules the next occurrence,
the reminder (`...:remind`) and the close (`...:close`), each under its own unique key,
so every one of them exists and runs once however many processes share the store. A
period closes when the next check-in opens in the same channel or at its close time,
whichever comes first; closing is a compare-and-set on `closed_at`, so the summary is
posted once even when both happen at the same instant in two processes.

After downtime a missed occurrence that is still open is posted late (and says so); one
whose period has already closed is summarised without a prompt. Reminders go to the
check-in's participants: members with reminders on, not paused, who used Rebound (any
command) in the last 14 days and have not answered yet. The unique (run, member)
reminder row means nobody is ever reminded twice for one period. When the community's
timezone changes, every schedule's next occurrence moves to its local time there.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import CursorResult, Row, and_, exists, func, select, update

from bot.core import dates
from bot.core.context import Scope
from bot.core.declarations import Feature
from bot.core.i18n import Tr
from bot.core.messages import Button, Field
from bot.features.checkins.recurrence import (
    Recurrence,
    close_time,
    local_instant,
    remind_time,
)
from bot.features.streaks import is_paused
from bot.store.identity import insert_for
from bot.store.models import (
    Activity,
    CheckinAnswer,
    CheckinReminder,
    CheckinRun,
    CheckinSchedule,
    Job,
    Member,
    Post,
    Win,
)

feature = Feature("checkins.runs")

OPEN_KIND = "checkin.open"
CLOSE_KIND = "checkin.close"
REMIND_KIND = "checkin.remind"
# A prompt posted later than this after its time says it is late.
LATE_AFTER = timedelta(minutes=10)
# Who takes part: members who used Rebound (any command) within this window.
ACTIVE_WINDOW = timedelta(days=14)
# Members one run of the reminder job reminds; the rest in jobs of their own, right after.
REMIND_PAGE = 200
# A check-in opened with `/mod checkin-now` stays open this long at most.
ADHOC_OPEN = timedelta(hours=24)
MAX_BLOCKERS = 10
# Blocker answers that mean "no blocker": never listed as blockers in the summary. Members
# answer in their own language, whatever the community's, so every language's are here.
NO_BLOCKER = frozenset(
    {
        "none",
        "no",
        "n/a",
        "na",
        "n.a",
        "-",
        "nothing",
        "nope",
        "nah",
        "nil",
        "all good",
        "all fine",
        "no blocker",
        "no blockers",
        "none so far",
        "nothing so far",
        "nothing really",
        "not really",
        "none today",
        "nothing today",
        # es
        "nada",
        "ninguno",
        "ninguna",
        "ningún bloqueo",
        "nada por ahora",
        "todo bien",
        # de
        "nein",
        "nichts",
        "keine",
        "keiner",
        "kein blocker",
        "keine blocker",
        "alles gut",
        "alles ok",
        "nichts bisher",
        # fr
        "non",
        "rien",
        "aucun",
        "aucune",
        "rien pour l'instant",
        "tout va bien",
        "ras",
        # pt-BR
        "não",
        "nenhum",
        "nenhuma",
        "nada por enquanto",
        "tudo bem",
        "tudo certo",
    }
)

# The catalogue keys of the words that close a summary, one per summary in turn.
ENCOURAGEMENTS = (
    "checkin-encourage-steps",
    "checkin-encourage-ticket",
    "checkin-encourage-showing-up",
    "checkin-encourage-invisible",
    "checkin-encourage-rest",
)


# --- time and names ----------------------------------------------------------------------


def when_text(scope: Scope, instant: datetime, tr: Tr) -> str:
    """An instant in the community's local time, in the reader's language `tr`:
    `Tue 3 Nov 09:00 CET`."""
    local = instant.astimezone(scope.zone())
    return f"{dates.short_when(local, tr)} {local:%Z}"


async def period_title(scope: Scope, run: CheckinRun, tr: Tr) -> str:
    """`Tuesday 3 November, 09:00`, plus `(extra)` for one opened with `/mod checkin-now`:
    two check-ins on one day never share a title, also when a moderator opens one at the
    very minute a scheduled one ran. Extra ones opened in the same minute are numbered in
    the order they opened: `(extra)`, `(extra 2)`, ..."""
    local = run.scheduled_for.astimezone(scope.zone())
    when = dates.long_when(local, tr)
    if run.schedule_id is not None:
        return when
    minute = run.scheduled_for.replace(second=0, microsecond=0)
    earlier = await scope.session.scalar(
        select(func.count())
        .select_from(CheckinRun)
        .where(
            CheckinRun.community_id == run.community_id,
            CheckinRun.schedule_id.is_(None),
            CheckinRun.scheduled_for >= minute,
            CheckinRun.scheduled_for < minute + timedelta(minutes=1),
            CheckinRun.id < run.id,
        )
    )
    if earlier:
        return tr("checkin-period-extra-n", when=when, n=str(earlier + 1))
    return tr("checkin-period-extra", when=when)


def is_no_blocker(text: str) -> bool:
    """True for answers like "none", "N/A.", "Nope!", "all good :)" or "-" that mean there
    is no blocker: compared lower-case, with punctuation, symbols and emoji trimmed."""
    words = " ".join(text.lower().split())
    start, end = 0, len(words)
    while start < end and _is_trim(words[start]):
        start += 1
    while end > start and _is_trim(words[end - 1]):
        end -= 1
    return words[start:end] in NO_BLOCKER or start == end


def _is_trim(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PS"


def recurrence_of(sched: CheckinSchedule) -> Recurrence:
    hour, minute = (int(p) for p in sched.time_local.split(":"))
    return Recurrence(sched.cadence, hour, minute, sched.weekday)


def open_key(schedule_id: int, day: date) -> str:
    return f"checkin:{schedule_id}:{day.isoformat()}"


def schedule_key_prefix(schedule_id: int) -> str:
    """Every job of one schedule: its occurrences, reminders and closes."""
    return f"checkin:{schedule_id}:"


async def schedule_occurrence(
    scope: Scope, sched: CheckinSchedule, day: date, at: datetime
) -> bool:
    return await scope.schedule(
        OPEN_KIND,
        at,
        key=open_key(sched.id, day),
        payload={"schedule_id": sched.id, "day": day.isoformat(), "at": at.isoformat()},
    )


async def next_opening(scope: Scope, schedule_id: int) -> datetime | None:
    return await scope.session.scalar(
        select(func.min(Job.due_at)).where(
            Job.community_id == scope.community.id,
            Job.kind == OPEN_KIND,
            Job.status == "pending",
            Job.key.startswith(schedule_key_prefix(schedule_id)),
        )
    )


# --- a new community timezone ---------------------------------------------------------------


async def move_to_zone(scope: Scope, sched: CheckinSchedule) -> datetime:
    """Plan `sched`'s next occurrence in the community's timezone (just changed) and return
    when it opens. A local date that already had its check-in is not run again."""
    rec, zone = recurrence_of(sched), scope.zone()
    for _ in range(3):  # a scheduler may run the pending occurrence meanwhile: look again
        pending = await scope.session.scalar(
            select(func.min(Job.id)).where(
                Job.kind == OPEN_KIND,
                Job.status == "pending",
                Job.key.startswith(schedule_key_prefix(sched.id)),
            )
        )
        day, at = rec.first_due(scope.now, zone)
        while await _key_taken(scope, open_key(sched.id, day), pending):
            day, at = rec.following(day, zone)
        if pending is None:
            await schedule_occurrence(scope, sched, day, at)
            return at
        moved = await scope.session.execute(
            update(Job)
            .where(Job.id == pending, Job.status == "pending")
            .values(
                key=open_key(sched.id, day),
                due_at=at,
                payload={"schedule_id": sched.id, "day": day.isoformat(), "at": at.isoformat()},
            )
            .execution_options(synchronize_session=False)
        )
        if cast(CursorResult[Any], moved).rowcount:
            return at
    raise RuntimeError(f"could not move the next run of check-in schedule {sched.id}")


async def _key_taken(scope: Scope, key: str, mine: int | None) -> bool:
    """Whether a job other than `mine` has `key` (that local date already had its run)."""
    found = await scope.session.scalar(select(Job.id).where(Job.key == key, Job.id != (mine or 0)))
    return found is not None


async def fit_open_runs(scope: Scope) -> list[CheckinRun]:
    """Close open check-ins when their channel's next one opens, if that is now sooner than
    announced (the timezone changed); returns the ones that now close sooner."""
    rows = await scope.session.scalars(
        select(CheckinRun)
        .where(
            CheckinRun.community_id == scope.community.id,
            CheckinRun.opened_at.is_not(None),
            CheckinRun.closed_at.is_(None),
            CheckinRun.closes_at > scope.now,
        )
        .order_by(CheckinRun.id)
    )
    sooner: list[CheckinRun] = []
    for run in list(rows):
        following = await _next_opening_in(scope, run.channel_ref)
        if following is None or run.closes_at is None or following >= run.closes_at:
            continue
        run.closes_at = following
        for suffix, due in (
            (":close", following),
            (":remind", remind_time(run.scheduled_for, following)),
        ):
            await scope.session.execute(
                update(Job)
                .where(Job.key == f"{run.key}{suffix}", Job.status == "pending")
                .values(due_at=max(due, scope.now))
                .execution_options(synchronize_session=False)
            )
        sooner.append(run)
    return sooner


async def _next_opening_in(scope: Scope, channel_ref: str) -> datetime | None:
    """When the next scheduled check-in in the channel opens."""
    scheds = await scope.session.scalars(
        select(CheckinSchedule.id).where(
            CheckinSchedule.community_id == scope.community.id,
            CheckinSchedule.channel_ref == channel_ref,
            CheckinSchedule.cancelled_at.is_(None),
        )
    )
    dues = [due for sid in list(scheds) if (due := await next_opening(scope, sid)) is not None]
    return min(dues, default=None)


# --- opening ------------------------------------------------------------------------------


@feature.job(OPEN_KIND)
async def open_job(scope: Scope, job: Job) -> None:
    sched = await scope.session.get(CheckinSchedule, job.payload["schedule_id"])
    if sched is None or sched.community_id != scope.community.id or sched.cancelled_at:
        return
    rec = recurrence_of(sched)
    day = date.fromisoformat(job.payload["day"])
    at = datetime.fromisoformat(job.payload["at"])
    next_day, next_at = rec.following(day, scope.zone())
    await schedule_occurrence(scope, sched, next_day, next_at)
    await open_run(
        scope,
        key=job.key,
        channel_ref=sched.channel_ref,
        scheduled_for=at,
        closes_at=close_time(at, next_at, sched.summary_after_hours),
        prompt=sched.prompt,
        schedule_id=sched.id,
    )


async def open_run(
    scope: Scope,
    *,
    key: str,
    channel_ref: str,
    scheduled_for: datetime,
    closes_at: datetime,
    prompt: str | None,
    schedule_id: int | None,
) -> CheckinRun:
    """Open a period: close the channel's previous one, post the prompt, plan the rest."""
    run = CheckinRun(
        community_id=scope.community.id,
        schedule_id=schedule_id,
        key=key,
        channel_ref=channel_ref,
        scheduled_for=scheduled_for,
        closes_at=closes_at,
        late=False,
        weekly_goal=scope.community.weekly_goal,
    )
    scope.session.add(run)
    await scope.session.flush()
    if scope.now >= closes_at:
        # The whole period passed while the bot was down: summarise it, never prompt.
        await close_run(scope, run)
        return run
    await _close_earlier(scope, run)
    run.opened_at = scope.now
    run.late = scope.now - scheduled_for > LATE_AFTER
    tr = scope.community_tr
    lines = [
        prompt or tr("checkin-prompt-default"),
        tr("checkin-how-to-answer"),
        tr("checkin-open-until", when=when_text(scope, closes_at, tr)),
    ]
    if run.late:
        lines.insert(0, tr("checkin-late", when=when_text(scope, scheduled_for, tr)))
    period = await period_title(scope, run, tr)
    post = await scope.post(
        channel_ref,
        "\n".join(lines),
        kind="checkin",
        title=tr(
            "checkin-prompt-title-late" if run.late else "checkin-prompt-title", period=period
        ),
        buttons=[Button(tr("checkin-button"), "checkin")],
    )
    run.post_id = post.id if post else None
    await scope.schedule(CLOSE_KIND, closes_at, key=f"{key}:close", payload={"run_id": run.id})
    await scope.schedule(
        REMIND_KIND,
        remind_time(scheduled_for, closes_at),
        key=f"{key}:remind",
        payload={"run_id": run.id},
    )
    return run


async def _close_earlier(scope: Scope, run: CheckinRun) -> None:
    """Close the check-ins still open in `run`'s channel: a new one replaces them."""
    earlier = await scope.session.scalars(
        select(CheckinRun).where(
            CheckinRun.community_id == scope.community.id,
            CheckinRun.channel_ref == run.channel_ref,
            CheckinRun.opened_at.is_not(None),
            CheckinRun.closed_at.is_(None),
            CheckinRun.id != run.id,
        )
    )
    for previous in list(earlier):
        await close_run(scope, previous)


# --- closing --------------------------------------------------------------------------------


@feature.job(CLOSE_KIND)
async def close_job(scope: Scope, job: Job) -> None:
    run = await scope.session.get(CheckinRun, job.payload["run_id"])
    if run is not None and run.community_id == scope.community.id:
        await close_run(scope, run)


async def close_run(scope: Scope, run: CheckinRun) -> bool:
    """Close `run` once (compare-and-set) and post its summary; False if already closed."""
    result = await scope.session.execute(
        update(CheckinRun)
        .where(CheckinRun.id == run.id, CheckinRun.closed_at.is_(None))
        .values(closed_at=scope.now)
        .execution_options(synchronize_session=False)
    )
    if not cast(CursorResult[Any], result).rowcount:
        return False
    await scope.session.refresh(run)
    await _post_summary(scope, run)
    return True


async def _sum_activities(scope: Scope, start: datetime, end: datetime) -> dict[str, int]:
    rows = await scope.session.execute(
        select(Activity.kind, func.sum(Activity.count))
        .where(
            Activity.community_id == scope.community.id,
            Activity.kind.in_(("applied", "interviewed")),
            Activity.created_at >= start,
            Activity.created_at < end,
        )
        .group_by(Activity.kind)
    )
    return {kind: int(total or 0) for kind, total in rows}


async def _sum_activity(scope: Scope, kind: str, start: datetime, end: datetime) -> int:
    total = await scope.session.scalar(
        select(func.sum(Activity.count)).where(
            Activity.community_id == scope.community.id,
            Activity.kind == kind,
            Activity.created_at >= start,
            Activity.created_at < end,
        )
    )
    return int(total or 0)


async def _post_summary(scope: Scope, run: CheckinRun) -> None:
    start = run.scheduled_for
    end = min(run.closes_at or scope.now, scope.now)
    answers = list(
        (
            await scope.session.execute(
                select(CheckinAnswer, Member.display_name, Post.removed_at)
                .join(Member, Member.id == CheckinAnswer.member_id)
                .outerjoin(Post, Post.id == CheckinAnswer.post_id)
                .where(CheckinAnswer.run_id == run.id)
                .order_by(CheckinAnswer.created_at, CheckinAnswer.id)
            )
        ).all()
    )
    tr = scope.community_tr
    lines: list[str] = []
    if run.opened_at is None:
        lines.append(tr("checkin-summary-offline"))
    if answers:
        lines.append(tr("checkin-summary-answers", count=len(answers)))
    elif run.opened_at is not None:
        lines.append(tr("checkin-summary-nobody"))
    lines.append(await _logged_line(scope, start, end, tr))
    goal_line = await _goal_line(scope, run, start, end, tr)
    if goal_line:
        lines.append(goal_line)
    moods = [a.mood for a, _, _ in answers if a.mood is not None]
    if len(moods) >= 3:
        # Rounded here as before, then written with the language's decimal mark.
        lines.append(tr("checkin-summary-mood", mood=Decimal(f"{sum(moods) / len(moods):.1f}")))
    lines.append(tr(ENCOURAGEMENTS[run.id % len(ENCOURAGEMENTS)]))
    post = await scope.post(
        run.channel_ref,
        "\n".join(lines),
        kind="summary",
        title=tr("checkin-summary-title", period=await period_title(scope, run, tr)),
        fields=_blocker_fields(answers, tr),
    )
    run.summary_post_id = post.id if post else None


async def _logged_line(scope: Scope, start: datetime, end: datetime, tr: Tr) -> str:
    """Applications, interviews and wins logged in the period."""
    logged = await _sum_activities(scope, start, end)
    applied, interviews = logged.get("applied", 0), logged.get("interviewed", 0)
    wins = int(
        await scope.session.scalar(
            select(func.count())
            .select_from(Win)
            .where(
                Win.community_id == scope.community.id,
                Win.created_at >= start,
                Win.created_at < end,
            )
        )
        or 0
    )
    if applied or interviews or wins:
        return tr("checkin-summary-logged", applied=applied, interviews=interviews, wins=wins)
    return tr("checkin-summary-nothing-logged")


def _blocker_fields(answers: list[Row[CheckinAnswer, str, datetime | None]], tr: Tr) -> list[Field]:
    """Shared blockers (not private, not removed, not "none"), at most `MAX_BLOCKERS`."""
    blockers = [
        tr("checkin-summary-blocker", name=name, blocker=_clip(a.blocker))
        for a, name, removed_at in answers
        if a.blocker and not is_no_blocker(a.blocker) and not a.private and removed_at is None
    ]
    fields: list[Field] = []
    if blockers:
        more = len(blockers) - MAX_BLOCKERS
        shown = blockers[:MAX_BLOCKERS]
        if more > 0:
            shown.append(tr("checkin-summary-more-blockers", count=more))
        fields.append(Field(tr("checkin-summary-blockers"), "\n".join(shown)))
    return fields


async def _goal_line(scope: Scope, run: CheckinRun, start: datetime, end: datetime, tr: Tr) -> str:
    """Applications in the community-local week the period began in, against that week's
    goal: today's goal while the week is still on, else the goal the period opened with."""
    zone = scope.zone()
    local_start = start.astimezone(zone).date()
    monday = local_start - timedelta(days=local_start.weekday())
    week_end = local_instant(monday + timedelta(days=7), 0, 0, zone)
    goal = scope.community.weekly_goal if end <= week_end else run.weekly_goal
    if not goal:
        return ""
    done = await _sum_activity(
        scope, "applied", local_instant(monday, 0, 0, zone), min(end, week_end)
    )
    filled = min(10, round(10 * done / goal))
    bar = "▰" * filled + "▱" * (10 - filled)
    reached = "yes" if done >= goal else "no"
    if end <= week_end:
        return tr("checkin-goal-this-week", bar=bar, done=done, goal=goal, reached=reached)
    day = dates.day_month(monday, tr)
    return tr("checkin-goal-week-of", day=day, bar=bar, done=done, goal=goal, reached=reached)


def _clip(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- reminding -----------------------------------------------------------------------------


@feature.job(REMIND_KIND)
async def remind_job(scope: Scope, job: Job) -> None:
    run = await scope.session.get(CheckinRun, job.payload["run_id"])
    if (
        run is None
        or run.community_id != scope.community.id
        or run.opened_at is None
        or run.closed_at is not None
        or run.closes_at is None
        or scope.now >= run.closes_at
    ):
        return
    # A page of members per run: a large community's reminders go out in several short
    # jobs, so other communities' jobs run in between (`bot.core.scheduler`).
    after = int(job.payload.get("after", 0))
    members, last = await participants_to_remind(scope, run, after=after, limit=REMIND_PAGE)
    if last is not None:
        await scope.schedule(
            REMIND_KIND,
            scope.now,
            key=f"{job.key.split('+')[0]}+{last}",
            payload={"run_id": run.id, "after": last},
        )
    channel = await scope.channel(run.channel_ref)
    closes_at = run.closes_at
    for member in members:
        stmt = insert_for(scope.session, CheckinReminder).values(
            community_id=scope.community.id, run_id=run.id, member_id=member.id, sent_at=scope.now
        )
        result = await scope.session.execute(
            stmt.on_conflict_do_nothing(index_elements=["run_id", "member_id"])
        )
        if not cast(CursorResult[Any], result).rowcount:
            continue
        tr = scope.tr_for(member)
        scope.dm(
            member,
            tr("checkin-remind", channel=channel.label, when=when_text(scope, closes_at, tr)),
            title=tr("checkin-remind-title"),
            expires=closes_at,
        )


async def participants_to_remind(
    scope: Scope, run: CheckinRun, *, after: int = 0, limit: int | None = None
) -> tuple[list[Member], int | None]:
    """Members with reminders on who used Rebound lately (any command), have not answered,
    and are not paused: those after member id `after`, at most `limit` looked at. Returns
    them and the last id looked at when there may be more (None: no more)."""
    answered = exists().where(
        and_(CheckinAnswer.run_id == run.id, CheckinAnswer.member_id == Member.id)
    )
    rows = await scope.session.scalars(
        select(Member)
        .where(
            Member.community_id == scope.community.id,
            Member.reminders.is_(True),
            Member.last_seen_at >= scope.now - ACTIVE_WINDOW,
            Member.id > after,
            ~answered,
        )
        .order_by(Member.id)
        .limit(limit)
    )
    page = list(rows)
    last = page[-1].id if limit is not None and len(page) == limit else None
    return [m for m in page if not await is_paused(scope.session, m, scope.today(m))], last
