"""Check-ins end to end: schedules, answers, reminders, summaries, downtime, cancel, DST."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from sqlalchemy import func, select

from bot.core import jobs
from bot.core.clock import parse_instant
from bot.core.messages import Message
from bot.store.models import AuditEntry, CheckinReminder, CheckinRun, Community, Job
from tests.support.harness import Community as Driver
from tests.support.harness import make_engine, transcript


@asynccontextmanager
async def community_at(db_url: str, start: str) -> AsyncIterator[Driver]:
    engine, clock, db = await make_engine(db_url, start)
    try:
        yield Driver(engine, clock)
    finally:
        await db.dispose()


def posts(messages: list[Message], channel: str | None = None) -> list[Message]:
    return [
        m
        for m in messages
        if m.kind.value == "post"
        and not m.withdraw_ref
        and (channel is None or (m.channel is not None and m.channel.name == channel))
    ]


def prompts(messages: list[Message], channel: str) -> list[str]:
    return [
        m.title or "" for m in posts(messages, channel) if (m.title or "").startswith("Check-in ·")
    ]


def summaries(messages: list[Message], channel: str) -> list[Message]:
    return [m for m in posts(messages, channel) if (m.title or "").startswith("Check-in summary")]


def dms(messages: list[Message]) -> list[str]:
    return [m.to.name for m in messages if m.kind.value == "dm" and m.to is not None]


async def down_until(c: Driver, when: str) -> list[Message]:
    """The bot was offline until `when`: the clock jumps, then the scheduler catches up."""
    before = len(c.sent)
    c.clock.set(parse_instant(when))
    while await c.scheduler.run_due(c.clock.now()):
        pass
    await c.scheduler.deliver()
    return c.sent[before:]


async def setup(c: Driver, timezone: str, *schedules: str) -> None:
    c.moderators.add("mo")
    await c.reply("mo", f"/mod setup timezone:{timezone}")
    for line in schedules:
        reply = await c.reply("mo", f"/mod checkin-schedule {line}")
        assert not reply.error, reply.text
    await c.advance(c.clock.now())  # a check-in due right away opens now


async def expect_prompt_at(c: Driver, channel: str, day: str, at: str) -> None:
    """The prompt for local `day` in `channel` appears at `at` (UTC), not a minute earlier."""
    early = await c.advance(parse_instant(at) - timedelta(minutes=1))
    assert not [t for t in prompts(early, channel) if day in t], (channel, day, "too early")
    now = await c.advance(at)
    titles = [t for t in prompts(now, channel) if day in t]
    assert len(titles) == 1 and titles[0].startswith(f"Check-in · {day}, "), (channel, titles)


# --- answering -------------------------------------------------------------------------------


async def test_prompt_answer_update_private_and_summary(db_url: str) -> None:
    out = await transcript(
        db_url,
        """
!mod mo
mo: /mod setup timezone:Europe/Berlin
mo: /mod checkin-schedule channel:#checkins cadence:weekdays time:09:00 summary_after_hours:8
ana: /checkin did:"too early"
!time 2026-11-03T08:00:00Z
ana in #checkins: /checkin did:"2 applications" blocker:"no replies from recruiters" mood:4
ana in #checkins: /checkin next:"prep for Acme"
bo: /checkin did:"quiet day" blocker:"imposter feelings" private:yes
!time 2026-11-03T16:00:00Z
""",
    )
    early = next(o for o in out if o["line"] == 5)
    assert early["error"] and "no open check-in" in early["text"]
    assert "next one opens Tue 3 Nov 09:00 CET in #checkins" in early["text"]
    prompt = next(o for o in out if o["type"] == "post" and o["text"].startswith("Check-in ·"))
    assert prompt["line"] == 6 and prompt["channel"] == "#checkins"
    assert "Open until Tue 3 Nov 17:00 CET" in prompt["text"]
    answer = [o for o in out if o["line"] == 7 and o["type"] == "post"]
    assert len(answer) == 1 and answer[0]["thread"] == f"console-{prompt['post_id']}"
    assert "Blocker: no replies from recruiters" in answer[0]["text"]
    update = [o for o in out if o["line"] == 8]
    # An update edits the answer in the thread; it posts no duplicate.
    assert sorted(o["type"] for o in update) == ["post", "reply"]
    (edited,) = [o for o in update if o["type"] == "post"]
    assert edited["edited"] == f"console-{answer[0]['post_id']}"
    assert "Updated your answer" in next(o for o in update if o["type"] == "reply")["text"]
    assert [o["type"] for o in out if o["line"] == 9] == ["reply"], "private answers stay private"
    summary = [o for o in out if o["line"] == 10 and o["type"] == "post"]
    assert len(summary) == 1 and summary[0]["channel"] == "#checkins"
    assert "2 members checked in" in summary[0]["text"]
    assert "ana: no replies from recruiters" in summary[0]["text"]
    assert "imposter" not in summary[0]["text"]
    late = await transcript(
        db_url, "ana in #checkins: /checkin did:late\n", clock="2026-11-03T16:30:00Z"
    )
    assert late[0]["error"] and "no open check-in" in late[0]["text"]


async def test_answer_needs_content_and_counts_for_the_streak(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00")
    empty = await community.reply("ana", "/checkin", channel="c")
    assert empty.error and "at least one thing" in empty.text
    done = await community.reply("ana", "/checkin mood:5", channel="c")
    assert "Streak: 1 day" in done.text


async def test_answer_elsewhere_goes_to_the_only_open_checkin(community: Driver) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod checkin-now channel:#a")
    msgs = await community.run("ana", "/checkin did:networking", channel="general")
    assert [m.channel.name for m in posts(msgs) if m.channel] == ["a"]
    await community.reply("mo", "/mod checkin-now channel:#b")
    several = await community.reply("bo", "/checkin did:x", channel="general")
    assert several.error and "#a, #b" in several.text
    assert not (await community.reply("bo", "/checkin did:x", channel="b")).error
    again = await community.run("mo", "/mod checkin-now channel:#a")
    # An open check-in is never cut short (members were told when it closes): refused.
    assert summaries(again, "a") == [] and again[-1].error and "until" in again[-1].text
    assert prompts(again, "a") == []
    closed = summaries(await community.advance("2026-11-03T09:00:00Z"), "a")
    assert len(closed) == 1 and "1 member checked in" in closed[0].text


async def test_muted_member_may_answer_privately(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00")
    await community.reply("mo", "/mod mute member:@ana days:3")
    public = await community.reply("ana", "/checkin did:applied", channel="c")
    assert public.error and "private:yes" in public.text
    msgs = await community.run("ana", "/checkin did:applied private:yes", channel="c")
    assert not posts(msgs) and "Kept private" in msgs[-1].text


async def test_going_private_withdraws_the_thread_reply(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00 summary_after_hours:2")
    first = await community.run("ana", "/checkin blocker:shy", channel="c")
    assert len(posts(first, "c")) == 1
    msgs = await community.run("ana", "/checkin private:yes", channel="c")
    withdrawn = [m for m in msgs if m.withdraw_ref]
    assert len(withdrawn) == 1 and withdrawn[0].withdraw_ref == f"msg-{first[0].post_id}"
    summary = summaries(await community.advance("2026-11-02T11:00:00Z"), "c")
    assert len(summary) == 1 and "shy" not in summary[0].plain_text()
    assert "1 member checked in" in summary[0].plain_text()


async def test_crisis_text_in_an_answer_is_never_posted(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:09:00 summary_after_hours:2")
    msgs = await community.run("ana", '/checkin blocker:"I want to kill myself"', channel="c")
    assert not posts(msgs)
    assert any("not alone" in (m.title or "") + m.text for m in msgs)
    summary = summaries(await community.advance("2026-11-02T11:00:00Z"), "c")[0].plain_text()
    assert "kill" not in summary and "1 member checked in" in summary


# --- summaries and reminders -----------------------------------------------------------------


async def test_summary_counts_the_period_and_the_weekly_goal(community: Driver) -> None:
    await setup(community, "UTC")
    await community.reply("mo", "/mod setup weekly_goal:5")
    await community.reply("bo", "/log applied count:1")  # this week, before the period
    await community.reply(
        "mo", "/mod checkin-schedule channel:#c cadence:weekly day:tue time:09:00"
    )
    await community.advance("2026-11-03T10:00:00Z")
    await community.reply("ana", "/log applied count:3")
    await community.reply("ana", "/log interviewed company:Acme")
    await community.reply("ana", '/win text:"Second interview at Acme"')
    await community.reply("ana", "/checkin did:lots mood:4", channel="c")
    sent = await community.advance("2026-11-10T09:00:00Z")
    summary = summaries(sent, "c")
    assert len(summary) == 1
    text = summary[0].plain_text()
    assert "Logged this period: 3 applications, 1 interview, 1 win." in text
    assert "Week of 2 November: ▰▰▰▰▰▰▰▰▱▱ 4/5 applications" in text
    assert "1 member checked in" in text
    assert len(prompts(sent, "c")) == 1, "the next week's prompt"


async def test_reminders_reach_only_participants_once(community: Driver) -> None:
    await setup(community, "UTC")
    await community.reply("dee", "/log learned")  # active 15 days before: not a participant
    await community.advance("2026-11-17T08:00:00Z")
    # Paused before logging, so the pause covers today (after logging it starts tomorrow).
    await community.reply("cy", "/pause days:3")
    for name in ("ana", "bo", "cy", "eve"):
        await community.reply(name, "/log networked")
    await community.reply("bo", "/settings reminders:off")
    await community.reply(
        "mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00 summary_after_hours:4"
    )
    await community.advance("2026-11-17T11:00:00Z")
    await community.reply("eve", "/checkin did:applied", channel="c")
    sent = await community.advance("2026-11-17T12:00:00Z")
    assert dms(sent) == ["mo", "ana"], "mo scheduled it today: any command counts"
    assert "closes at Tue 17 Nov 14:00 UTC" in sent[-1].text
    # A second reminder job for the same run still never reminds anyone twice.
    async with community.engine.db.sessions() as s, s.begin():
        run = await s.scalar(select(CheckinRun).where(CheckinRun.closed_at.is_(None)))
        assert run is not None
        await jobs.schedule(
            s,
            kind="checkin.remind",
            due_at=community.clock.now(),
            key="again",
            payload={"run_id": run.id},
            community_id=run.community_id,
            now=community.clock.now(),
        )
    sent = await community.advance("2026-11-17T15:00:00Z")
    assert dms(sent) == [] and len(summaries(sent, "c")) == 1
    async with community.engine.db.sessions() as s, s.begin():
        assert await s.scalar(select(func.count()).select_from(CheckinReminder)) == 2


# --- downtime ----------------------------------------------------------------------------------


async def test_downtime_posts_open_runs_late_and_summarises_closed_ones(community: Driver) -> None:
    await setup(
        community,
        "UTC",
        "channel:#short cadence:daily time:09:00 summary_after_hours:2",
        "channel:#long cadence:daily time:09:00",
    )
    await community.advance("2026-11-03T08:00:00Z")
    sent = await down_until(community, "2026-11-03T12:00:00Z")
    assert prompts(sent, "short") == []
    short = summaries(sent, "short")
    assert len(short) == 1 and "offline for this whole check-in" in short[0].plain_text()
    assert prompts(sent, "long") == ["Check-in · Tuesday 3 November, 09:00 (posted late)"]
    assert "Sorry this one is late" in posts(sent, "long")[-1].text
    assert len(summaries(sent, "long")) == 1, "yesterday's long check-in closed on the way"
    assert await down_until(community, "2026-11-03T12:00:00Z") == []
    sent = await community.advance("2026-11-04T09:00:00Z")
    assert prompts(sent, "short") == ["Check-in · Wednesday 4 November, 09:00"]
    assert prompts(sent, "long") == ["Check-in · Wednesday 4 November, 09:00"]
    async with community.engine.db.sessions() as s, s.begin():
        late = await s.scalars(select(CheckinRun.late).order_by(CheckinRun.id))
        assert list(late).count(True) == 1


# --- moderation --------------------------------------------------------------------------------


async def test_schedule_validation(community: Driver) -> None:
    community.moderators.add("mo")
    cases = {
        "channel:#c cadence:weekly time:09:00": "needs a `day`",
        "channel:#c cadence:daily day:mon time:09:00": "only for weekly",
        "channel:#c cadence:daily time:25:00": "not a time of day",
        "channel:#c cadence:hourly time:09:00": "daily, weekdays, weekly",
        "channel:#c cadence:daily time:09:00 summary_after_hours:0": "between 1 and 168",
    }
    for line, problem in cases.items():
        reply = await community.reply("mo", f"/mod checkin-schedule {line}")
        assert reply.error and problem in reply.text, (line, reply.text)
    assert not (
        await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:9:30")
    ).error
    dup = await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:09:30")
    assert dup.error and "already runs" in dup.text
    member = await community.reply(
        "ana", "/mod checkin-schedule channel:#c cadence:daily time:08:00"
    )
    assert member.error and "moderators" in member.text


async def test_cancel_reschedule_and_other_communities(community: Driver) -> None:
    await setup(community, "Europe/Berlin", "channel:#c cadence:daily time:11:00")
    listing = await community.reply("mo", "/mod checkin-schedules")
    assert "Check-in 1: #c, every day at 11:00" in listing.plain_text()
    assert "next: Mon 2 Nov 11:00 CET" in listing.plain_text()
    await community.advance("2026-11-02T10:00:00Z")
    other = Driver(community.engine, community.clock, key="console:other")
    other.moderators.add("mo")
    foreign = await other.reply("mo", "/mod checkin-cancel id:1")
    assert foreign.error and "no check-in schedule 1" in foreign.text
    assert "No check-ins are scheduled" in (await other.reply("mo", "/mod checkin-schedules")).text
    msgs = await community.run("mo", "/mod checkin-cancel id:1")
    assert len(summaries(msgs, "c")) == 1
    assert "summary posted" in msgs[-1].text
    async with community.engine.db.sessions() as s, s.begin():
        pending = await s.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.key.startswith("checkin:1:"), Job.status == "pending")
        )
        assert pending == 0
    assert prompts(await community.advance("2026-11-04T12:00:00Z"), "c") == []
    again = await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:11:00")
    assert "Check-in 2" in again.text and "First one: Thu 5 Nov 11:00 CET" in again.text
    assert prompts(await community.advance("2026-11-05T10:00:00Z"), "c") == [
        "Check-in · Thursday 5 November, 11:00"
    ]
    async with community.engine.db.sessions() as s, s.begin():
        actions = list(
            await s.scalars(
                select(AuditEntry.action)
                .join(Community, Community.id == AuditEntry.community_id)
                .where(Community.key == community.key, AuditEntry.action.startswith("checkin"))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == ["checkin-schedule", "checkin-cancel", "checkin-schedule"]


async def test_checkin_now_is_audited_and_closes_at_the_next_scheduled_run(
    community: Driver,
) -> None:
    await setup(community, "UTC", "channel:#c cadence:daily time:18:00")
    reply = await community.reply("mo", "/mod checkin-now channel:#c")
    assert "closes Mon 2 Nov 18:00 UTC" in reply.text
    sent = await community.advance("2026-11-02T18:00:00Z")
    assert len(summaries(sent, "c")) == 1 and len(prompts(sent, "c")) == 1
    async with community.engine.db.sessions() as s, s.begin():
        assert "checkin-now" in list(await s.scalars(select(AuditEntry.action)))


# --- daylight saving ---------------------------------------------------------------------------


async def test_berlin_spring_forward(db_url: str) -> None:
    async with community_at(db_url, "2026-03-27T12:00:00Z") as c:
        await setup(
            c,
            "Europe/Berlin",
            "channel:#morning cadence:daily time:09:00",
            "channel:#night cadence:daily time:02:30",
        )
        await expect_prompt_at(c, "morning", "Saturday 28 March", "2026-03-28T08:00:00Z")
        await expect_prompt_at(c, "night", "Sunday 29 March", "2026-03-29T01:00:00Z")
        await expect_prompt_at(c, "morning", "Sunday 29 March", "2026-03-29T07:00:00Z")
        await expect_prompt_at(c, "night", "Monday 30 March", "2026-03-30T00:30:00Z")
        await expect_prompt_at(c, "morning", "Monday 30 March", "2026-03-30T07:00:00Z")


async def test_berlin_fall_back(db_url: str) -> None:
    async with community_at(db_url, "2026-10-23T12:00:00Z") as c:
        await setup(
            c,
            "Europe/Berlin",
            "channel:#morning cadence:daily time:09:00",
            "channel:#night cadence:daily time:02:30",
        )
        await expect_prompt_at(c, "morning", "Saturday 24 October", "2026-10-24T07:00:00Z")
        await expect_prompt_at(c, "night", "Sunday 25 October", "2026-10-25T00:30:00Z")
        rest = await c.advance("2026-10-25T07:59:00Z")
        assert prompts(rest, "night") == [], "the repeated 02:30 runs once"
        await expect_prompt_at(c, "morning", "Sunday 25 October", "2026-10-25T08:00:00Z")
        await expect_prompt_at(c, "night", "Monday 26 October", "2026-10-26T01:30:00Z")


async def test_new_york_spring_forward(db_url: str) -> None:
    async with community_at(db_url, "2026-03-06T12:00:00Z") as c:
        await setup(
            c,
            "America/New_York",
            "channel:#morning cadence:weekdays time:09:00",
            "channel:#night cadence:weekly day:sun time:02:30",
        )
        await expect_prompt_at(c, "night", "Sunday 8 March", "2026-03-08T07:00:00Z")
        await expect_prompt_at(c, "morning", "Monday 9 March", "2026-03-09T13:00:00Z")
        sent = c.sent
        assert not [t for t in prompts(sent, "morning") if "Saturday" in t or "Sunday" in t]


async def test_new_york_fall_back(db_url: str) -> None:
    async with community_at(db_url, "2026-10-30T12:00:00Z") as c:
        await setup(
            c,
            "America/New_York",
            "channel:#morning cadence:daily time:09:00",
            "channel:#night cadence:daily time:01:30",
        )
        await expect_prompt_at(c, "morning", "Saturday 31 October", "2026-10-31T13:00:00Z")
        await expect_prompt_at(c, "night", "Sunday 1 November", "2026-11-01T05:30:00Z")
        rest = await c.advance("2026-11-01T13:59:00Z")
        assert prompts(rest, "night") == [], "the repeated 01:30 runs once"
        await expect_prompt_at(c, "morning", "Sunday 1 November", "2026-11-01T14:00:00Z")
        listing = await c.reply("mo", "/mod checkin-schedules")
        assert "next: Mon 2 Nov 01:30 EST" in listing.plain_text()
