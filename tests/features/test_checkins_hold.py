"""Check-ins that hold their promises (issue 13): a crisis prompt schedules nothing, the
setup's check-in channel is the default, a new community timezone moves every schedule,
`/mod checkin-now` never cuts a scheduled check-in short, reminders reach whoever used
Rebound lately, a weekly summary keeps the goal of the week it covers, and extra
check-ins opened in one minute have distinct titles."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.store.models import AuditEntry, CheckinSchedule
from tests.features.test_checkins import (
    dms,
    expect_prompt_at,
    posts,
    prompts,
    setup,
    summaries,
)
from tests.support.harness import Community as Driver


async def schedule_count(community: Driver) -> int:
    async with community.engine.db.sessions() as s:
        return int(await s.scalar(select(func.count()).select_from(CheckinSchedule)) or 0)


# --- item 1: a crisis prompt -------------------------------------------------------------------


async def test_a_crisis_prompt_schedules_nothing(community: Driver) -> None:
    community.moderators.add("mo")
    msgs = await community.run(
        "mo",
        '/mod checkin-schedule channel:#c cadence:daily time:10:00 prompt:"I want to kill myself"',
    )
    replies = [m for m in msgs if m.kind.value == "reply"]
    assert all(m.ephemeral and m.to is not None and m.to.name == "mo" for m in replies)
    assert replies[0].title == "You are not alone"
    assert "`/mod checkin-schedule` did not go ahead" in replies[0].text
    assert replies[1].title == "Check-in not scheduled"
    assert "without `prompt:`" in replies[1].text
    assert not any("kill" in m.plain_text() for m in msgs)
    assert await schedule_count(community) == 0
    assert prompts(await community.advance("2026-11-03T12:00:00Z"), "c") == []
    listing = await community.reply("mo", "/mod checkin-schedules")
    assert "No check-ins are scheduled" in listing.text
    async with community.engine.db.sessions() as s:
        assert list(await s.scalars(select(AuditEntry.action))) == []


# --- item 12: the check-in channel from /mod setup ----------------------------------------------


async def test_the_setup_check_in_channel_is_the_default(community: Driver) -> None:
    community.moderators.add("mo")
    for line in ("/mod checkin-schedule cadence:daily time:10:00", "/mod checkin-now"):
        reply = await community.reply("mo", line)
        assert reply.error, line
        assert "`channel:#checkins`" in reply.text, reply.text
        assert "`/mod setup checkin_channel:#checkins`" in reply.text, reply.text
    assert await schedule_count(community) == 0
    await community.reply("mo", "/mod setup checkin_channel:#checkins")
    scheduled = await community.reply("mo", "/mod checkin-schedule cadence:daily time:10:00")
    assert "Check-in 1 will run in #checkins every day at 10:00" in scheduled.text
    opened = await community.run("mo", "/mod checkin-now")
    assert len(prompts(opened, "checkins")) == 1
    assert "Check-in opened in #checkins" in opened[-1].text
    elsewhere = await community.run("mo", "/mod checkin-now channel:#other")
    assert len(prompts(elsewhere, "other")) == 1 and prompts(elsewhere, "checkins") == []


# --- item 13: a new community timezone -----------------------------------------------------------


async def test_a_new_timezone_moves_every_schedule_and_says_so(community: Driver) -> None:
    await setup(
        community,
        "UTC",
        "channel:#a cadence:daily time:09:00",
        "channel:#b cadence:weekdays time:09:00",
    )
    await community.advance("2026-11-02T12:00:00Z")
    reply = await community.reply("mo", "/mod setup timezone:America/New_York")
    assert not reply.error
    assert "2 check-in schedules now run at 09:00 America/New_York" in reply.text
    assert "The next one opens Tue 3 Nov 09:00 EST in #a." in reply.text
    assert "now closes" not in reply.text
    listing = (await community.reply("mo", "/mod checkin-schedules")).plain_text()
    assert listing.count("next: Tue 3 Nov 09:00 EST") == 2
    # The open check-ins keep the close they promised (09:00 UTC); nothing opens at 04:00 EST.
    await expect_prompt_at(community, "a", "Tuesday 3 November", "2026-11-03T14:00:00Z")
    prompted = [m for m in community.sent if (m.title or "").startswith("Check-in · Tuesday")]
    assert len(prompted) == 2 and all("Open until Wed 4 Nov 09:00 EST" in m.text for m in prompted)


async def test_a_new_timezone_mentions_open_check_ins_it_closes_sooner(community: Driver) -> None:
    await setup(
        community,
        "UTC",
        "channel:#a cadence:daily time:09:00",
        "channel:#b cadence:weekly day:fri time:17:30",
    )
    await community.advance("2026-11-02T12:00:00Z")
    reply = await community.reply("mo", "/mod setup timezone:Europe/Berlin")
    assert "2 check-in schedules now run at 09:00 and 17:30 Europe/Berlin" in reply.text
    assert (
        "The check-in open in #a now closes Tue 3 Nov 09:00 CET, when the next one opens."
        in reply.text
    )
    answer = await community.reply("ana", "/checkin did:applied", channel="a")
    assert "You can update it until Tue 3 Nov 09:00 CET." in answer.text
    sent = await community.advance("2026-11-03T08:00:00Z")
    assert len(summaries(sent, "a")) == 1 and len(prompts(sent, "a")) == 1
    assert await community.advance("2026-11-03T09:00:00Z") == []
    one = await community.reply("mo", "/mod setup timezone:Europe/Berlin")
    assert "2 check-in schedules now run at 09:00 and 17:30 Europe/Berlin" in one.text


async def test_a_new_timezone_without_schedules_says_nothing_about_them(
    community: Driver,
) -> None:
    community.moderators.add("mo")
    reply = await community.reply("mo", "/mod setup timezone:Europe/Berlin")
    assert "check-in" not in reply.text.lower()
    await community.reply("mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00")
    single = await community.reply("mo", "/mod setup timezone:Asia/Tokyo")
    assert "1 check-in schedule now runs at 10:00 Asia/Tokyo" in single.text


# --- item 14: /mod checkin-now beside a scheduled check-in ----------------------------------------


async def test_checkin_now_never_cuts_a_scheduled_check_in_short(community: Driver) -> None:
    await setup(community, "UTC", "channel:#c cadence:weekly day:tue time:09:00")
    opened = await community.advance("2026-11-03T09:00:00Z")
    assert "Open until Tue 10 Nov 09:00 UTC." in posts(opened, "c")[0].text
    await community.advance("2026-11-04T15:00:00Z")
    msgs = await community.run("mo", "/mod checkin-now channel:#c")
    assert [m.kind.value for m in msgs] == ["reply"] and msgs[0].error
    text = msgs[0].plain_text()
    assert "Check-in 1 is open in #c until Tue 10 Nov 09:00 UTC" in text
    assert "`/checkin`" in text
    answer = await community.reply("ana", "/checkin did:applied", channel="c")
    assert "Thanks for checking in to #c" in answer.text
    assert "You can update it until Tue 10 Nov 09:00 UTC." in answer.text
    assert not (await community.reply("mo", "/mod checkin-now channel:#d")).error
    assert summaries(await community.advance("2026-11-10T08:59:00Z"), "c") == []
    [summary] = summaries(await community.advance("2026-11-10T09:00:00Z"), "c")
    assert "1 member checked in" in summary.text


async def test_checkin_now_never_cuts_an_extra_check_in_short_either(community: Driver) -> None:
    community.moderators.add("mo")
    first = await community.reply("mo", "/mod checkin-now channel:#a")
    assert "closes Tue 3 Nov 09:00" in first.text
    again = await community.run("mo", "/mod checkin-now channel:#a")
    assert summaries(again, "a") == [], "the open one is not closed early"
    (refusal,) = [m for m in again if m.kind.value == "reply"]
    assert refusal.error and "until Tue 3 Nov 09:00" in refusal.text
    assert [m.title for m in summaries(await community.advance("2026-11-03T09:00:00Z"), "a")]


# --- item 16: who gets a reminder ------------------------------------------------------------------


async def test_reminders_reach_members_who_used_any_command_lately(community: Driver) -> None:
    await setup(community, "UTC")
    await community.reply("fay", "/leaderboard")  # 15 days before the reminder: not a participant
    await community.reply("gus", "/log learned")  # also 15 days before
    await community.advance("2026-11-10T12:00:00Z")
    await community.reply("ana", "/wins")  # a read-only command counts
    await community.reply("cy", "/log applied")
    await community.advance("2026-11-12T12:00:00Z")
    await community.reply("gus", "/streak")
    await community.advance("2026-11-16T12:00:00Z")
    await community.reply("eve", "/settings timezone:Europe/Berlin")
    await community.reply("bo", "/help")
    await community.reply("bo", "/settings reminders:off")
    await community.advance("2026-11-17T08:00:00Z")
    await community.reply(
        "mo", "/mod checkin-schedule channel:#c cadence:daily time:10:00 summary_after_hours:4"
    )
    await community.advance("2026-11-17T11:00:00Z")
    await community.reply("cy", "/checkin did:applied", channel="c")
    sent = await community.advance("2026-11-17T12:00:00Z")
    assert sorted(dms(sent)) == ["ana", "eve", "gus", "mo"]


# --- item 20: the goal of the week a summary covers ----------------------------------------------


async def test_a_weekly_summary_keeps_the_goal_of_its_week(community: Driver) -> None:
    await setup(community, "UTC")
    await community.reply("mo", "/mod setup weekly_goal:5")
    await community.reply(
        "mo", "/mod checkin-schedule channel:#c cadence:weekly day:tue time:09:00"
    )
    await community.advance("2026-11-03T10:00:00Z")
    await community.reply("ana", "/log applied count:4")
    await community.advance("2026-11-09T12:00:00Z")
    await community.reply("mo", "/mod setup weekly_goal:10")
    [summary] = summaries(await community.advance("2026-11-10T09:00:00Z"), "c")
    assert "Week of 2 November: ▰▰▰▰▰▰▰▰▱▱ 4/5 applications" in summary.plain_text()
    await community.reply("ana", "/log applied count:2")
    await community.advance("2026-11-16T12:00:00Z")
    await community.reply("mo", "/mod setup weekly_goal:0")
    [summary] = summaries(await community.advance("2026-11-17T09:00:00Z"), "c")
    assert "Week of 9 November: ▰▰▱▱▱▱▱▱▱▱ 2/10 applications" in summary.plain_text()
    [summary] = summaries(await community.advance("2026-11-24T09:00:00Z"), "c")
    assert "Week of" not in summary.plain_text(), "no goal was set for the week of 16 November"


# --- item 23: extra check-ins opened in one minute -------------------------------------------------


async def test_extra_check_ins_opened_in_one_minute_have_distinct_titles(
    community: Driver,
) -> None:
    community.moderators.add("mo")
    for channel in ("a", "b", "c"):
        assert not (await community.reply("mo", f"/mod checkin-now channel:#{channel}")).error
    titles = [
        m.title
        for m in community.sent
        if m.title and m.title.startswith(("Check-in ·", "Check-in summary ·"))
    ]
    assert titles == [
        "Check-in · Monday 2 November, 09:00 (extra)",
        "Check-in · Monday 2 November, 09:00 (extra 2)",
        "Check-in · Monday 2 November, 09:00 (extra 3)",
    ]
