"""`/undo`: your last entry of the last 24 hours goes, with what hung off it.

Streaks, goals, the funnel and stats are recomputed; a post of the entry leaves its
channel, labelled as removed by its author; nothing else (another member's entries,
another community's, anything older than a day) is touched.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.core.clock import ManualClock, SystemClock
from bot.core.delivery import LEASE
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.scheduler import Scheduler
from bot.store.models import Application, Job, MemberDay, Outbox
from tests.support.harness import Community, ConsoleResolver


def fields(msg: Message) -> dict[str, str]:
    return {f.name: f.value for f in msg.fields}


async def streak(c: Community, user: str = "ana") -> dict[str, str]:
    return fields(await c.reply(user, "/streak"))


async def stats(c: Community, user: str = "ana") -> dict[str, str]:
    return fields(await c.reply(user, "/stats"))


async def undo(c: Community, user: str = "ana") -> tuple[Message, list[Message]]:
    """The reply to `/undo`, and the withdrawals it asked adapters to make."""
    messages = await c.run(user, "/undo")
    (reply,) = [m for m in messages if m.kind is Kind.REPLY]
    assert not reply.error, reply.plain_text()
    return reply, [m for m in messages if m.withdraw_ref]


async def stage(c: Community) -> list[str]:
    async with c.engine.db.sessions() as s:
        return list(await s.scalars(select(Application.stage).order_by(Application.id)))


async def win_without_delivery(c: Community, text: str) -> None:
    """Run /win and commit it, then 'crash': nothing of it is delivered yet."""
    await c.engine.run_line(
        f'/win text:"{text}"',
        community_key=c.key,
        actor=MemberRef("ana", "ana"),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
    )


def restarted(c: Community) -> Scheduler:
    """A scheduler in a process started after the command's delivery lease ended."""
    return Scheduler(
        c.engine.db,
        c.engine.clock,
        c.engine.registry,
        c._send,
        platform="console",
        lease_clock=ManualClock(SystemClock().now() + LEASE + timedelta(seconds=1)),
    )


async def setup_channels(c: Community) -> None:
    c.moderators.add("mo")
    await c.reply("mo", "/mod setup support_channel:#support wins_channel:#wins")


async def test_nothing_in_the_last_day_is_a_friendly_no_op(community: Community) -> None:
    fresh, _ = await undo(community)
    assert fresh.title == "Nothing to undo"
    assert "nothing from the last 24 hours" in fresh.text
    await community.reply("ana", "/log applied")
    await community.advance("2026-11-03T09:00:01Z")
    late, withdrawn = await undo(community)
    assert late.title == "Nothing to undo" and not withdrawn
    assert (await stats(community))["Applications"] == "1"
    assert (await streak(community))["Active days in all"] == "1"


async def test_undoing_a_log_recomputes_streak_goals_stats_and_funnel(
    community: Community,
) -> None:
    await community.reply("ana", "/goal activity:applied per_week:5")
    await community.reply("ana", "/log applied")
    await community.advance("2026-11-03T14:02:00Z")
    await community.reply("ana", "/log applied company:Acme role:Analyst")
    assert (await streak(community))["Current streak"] == "2 days"
    assert (await stats(community))["Applications"] == "2"
    reply, withdrawn = await undo(community)
    assert reply.title == "Undone"
    assert "Removed your log from today at 14:02: applied — Acme, Analyst." in reply.text
    assert "Your streak is now 1 day." in reply.text
    assert "This week: applied 1/5" in reply.text
    assert not withdrawn
    after = await streak(community)
    assert after["Current streak"] == "1 day" and after["Active days in all"] == "1"
    assert (await stats(community))["Applications"] == "1"
    assert await stage(community) == [], "the application the log opened is gone"
    goal = await community.reply("ana", "/goal")
    assert "1/5" in goal.text


async def test_undo_twice_removes_the_two_last_entries_newest_first(
    community: Community,
) -> None:
    await community.reply("ana", "/log networked count:2")
    await community.advance("2026-11-02T10:00:00Z")
    await community.reply("bo", "/win text:Recruiter called")
    await community.reply("ana", "/win text:Recruiter called")
    await community.advance("2026-11-02T11:00:00Z")
    first, _ = await undo(community)
    assert "Removed your win from today at 10:00: “Recruiter called”." in first.text
    # The day still has the log: the streak is untouched.
    assert "Your streak is now 1 day." in first.text
    assert (await streak(community))["Current streak"] == "1 day"
    second, _ = await undo(community)
    assert "Removed your log from today at 09:00: networked ×2." in second.text
    third, _ = await undo(community)
    assert third.title == "Nothing to undo"
    assert "No wins recorded yet" in (await community.reply("ana", "/wins")).text
    mine = await stats(community)
    assert mine["Wins"] == "0" and mine["Current streak"] == "0 days"
    assert (await streak(community))["Active days in all"] == "0"
    # bo's win is bo's: ana's undo never reaches it.
    assert "Recruiter called" in (await community.reply("bo", "/wins")).text


async def test_a_shared_win_is_withdrawn_and_its_offer_unwound(community: Community) -> None:
    await setup_channels(community)
    await community.reply("ana", "/log applied company:Acme")
    await community.advance("2026-11-02T10:00:00Z")
    messages = await community.run("ana", '/win text:"Offer from Acme" company:Acme offer:yes')
    (post,) = [m for m in messages if m.kind is Kind.POST]
    assert await stage(community) == ["offer"]
    reply, withdrawn = await undo(community)
    assert "Removed your win from today at 10:00: “Offer from Acme”." in reply.text
    assert "Its post in #wins was withdrawn." in reply.text
    assert "Your application to Acme is back at the applied stage." in reply.text
    (withdrawal,) = withdrawn
    assert withdrawal.withdraw_ref == f"msg-{post.post_id}"
    assert withdrawal.text == "(removed by its author)"
    assert withdrawal.channel is not None and withdrawal.channel.name == "wins"
    assert await stage(community) == ["applied"]
    assert (await stats(community))["Offers"] == "0"
    cheer = await community.reply("bo", f"/cheer post:{post.post_id}")
    assert cheer.error


async def test_a_shared_rejection_goes_with_its_post_and_reflection_prompt(
    community: Community,
) -> None:
    await setup_channels(community)
    await community.reply("ana", "/log applied company:Acme")
    await community.advance("2026-11-02T18:30:00Z")
    messages = await community.run("ana", "/rejection company:Acme share:anonymous")
    (post,) = [m for m in messages if m.kind is Kind.POST]
    assert await stage(community) == ["rejected"]
    await community.advance("2026-11-03T08:00:00Z")
    reply, withdrawn = await undo(community)
    assert "Removed your rejection from yesterday at 18:30 (Acme)." in reply.text
    assert "Its anonymous post in #support was withdrawn." in reply.text
    assert "The reflection prompt planned for it is cancelled." in reply.text
    assert [w.withdraw_ref for w in withdrawn] == [f"msg-{post.post_id}"]
    assert withdrawn[0].text == "(removed by its author)"
    assert await stage(community) == ["applied"]
    assert (await stats(community))["Rejections"] == "0"
    later = await community.advance("2026-11-05T12:00:00Z")
    assert not [m for m in later if m.kind is Kind.DM], "no reflection prompt comes"
    async with community.engine.db.sessions() as s:
        prompts = list(await s.scalars(select(Job.status).where(Job.kind == "reflection-prompt")))
    assert prompts == ["cancelled"]


async def test_a_rejection_that_opened_its_application_takes_it_away(
    community: Community,
) -> None:
    await community.reply("ana", "/rejection company:Initech stage:applied")
    assert await stage(community) == ["rejected"]
    reply, _ = await undo(community)
    assert "Initech is no longer tracked as an application." in reply.text
    assert await stage(community) == []
    assert (await stats(community))["Applications"] == "0"


async def test_a_reflection_takes_its_new_learning_goal_along(community: Community) -> None:
    await community.reply("ana", "/reflect company:Acme skill_gap:Kubernetes")
    await community.advance("2026-11-02T12:00:00Z")
    await community.reply("ana", "/reflect company:Beta skill_gap:SQL went_well:Stories")
    assert "SQL" in (await community.reply("ana", "/goal")).plain_text()
    reply, _ = await undo(community)
    assert "Removed your reflection from today at 12:00 (Beta)." in reply.text
    assert "The learning goal it added, “SQL”, is removed too." in reply.text
    goals = (await community.reply("ana", "/goal")).plain_text()
    assert "SQL" not in goals and "Kubernetes" in goals
    assert (await stats(community))["Reflections"] == "1"


async def test_a_checkin_answer_leaves_its_thread_and_can_be_given_again(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod checkin-now channel:#c")
    await community.advance("2026-11-02T09:05:00Z")
    first = await community.run("ana", '/checkin did:"two applications" mood:4', channel="c")
    (post,) = [m for m in first if m.kind is Kind.POST and not m.withdraw_ref]
    reply, withdrawn = await undo(community)
    assert "Removed your check-in answer from today at 09:05 (#c)." in reply.text
    assert "Its post in #c was withdrawn." in reply.text
    (withdrawal,) = withdrawn
    assert withdrawal.withdraw_ref == f"msg-{post.post_id}" and withdrawal.thread_ref
    again = await community.run("ana", "/checkin did:networking", channel="c")
    assert "Thanks for checking in" in next(m for m in again if m.kind is Kind.REPLY).text


async def test_a_post_not_yet_delivered_never_goes_out(community: Community) -> None:
    await setup_channels(community)
    await win_without_delivery(community, "Recruiter replied")
    reply, withdrawn = await undo(community)
    assert "Its post in #wins was withdrawn." in reply.text and not withdrawn
    await restarted(community).deliver()
    assert not [m for m in community.sent if m.kind is Kind.POST]
    async with community.engine.db.sessions() as s:
        assert not await s.scalar(select(func.count()).select_from(Outbox))


async def test_undoing_the_day_that_earned_a_freeze_gives_it_back(community: Community) -> None:
    for day in range(2, 9):
        await community.advance(f"2026-11-{day:02d}T09:00:00Z")
        await community.reply("ana", "/log networked")
    week = await streak(community)
    assert week["Current streak"] == "7 days" and week["Freezes banked"] == "1 of 2"
    await community.advance("2026-11-08T20:00:00Z")
    reply, _ = await undo(community)
    assert "Your streak is now 6 days." in reply.text
    after = await streak(community)
    assert after["Current streak"] == "6 days" and after["Best streak"] == "6 days"
    assert after["Freezes banked"] == "0 of 2" and after["Active days in all"] == "6"


async def test_undoing_the_day_a_freeze_covered_returns_the_freeze(community: Community) -> None:
    for day in range(2, 9):
        await community.advance(f"2026-11-{day:02d}T09:00:00Z")
        await community.reply("ana", "/log networked")
    await community.advance("2026-11-10T09:00:00Z")  # the 9th was missed: the freeze covers it
    await community.reply("ana", "/log networked")
    assert (await streak(community))["Current streak"] == "8 days"
    reply, _ = await undo(community)
    assert "Your streak is now 7 days." in reply.text
    async with community.engine.db.sessions() as s:
        days = list(await s.scalars(select(MemberDay.day).order_by(MemberDay.day)))
    assert [d.day for d in days] == list(range(2, 9)), "the spent freeze is no longer recorded"
    # The freeze is banked again and still covers the 9th: logging again today keeps it.
    await community.advance("2026-11-10T12:00:00Z")
    assert "Streak: 8 days" in (await community.reply("ana", "/log networked")).text


async def test_only_this_community_and_a_muted_member_may_undo(community: Community) -> None:
    other = Community(community.engine, community.clock, key="console:other")
    await other.reply("ana", "/win text:Elsewhere")
    await community.advance("2026-11-02T10:00:00Z")
    await community.reply("ana", "/win text:Here")
    community.moderators.add("mo")
    await community.reply("mo", "/mod mute member:@ana days:2")
    await community.advance("2026-11-02T11:00:00Z")
    reply, _ = await undo(community)
    assert "“Here”" in reply.text
    assert (await undo(community))[0].title == "Nothing to undo"
    assert "Elsewhere" in (await other.reply("ana", "/wins")).text


async def test_an_earlier_best_streak_is_never_rewritten(community: Community) -> None:
    """A best run from weekdays mode (weekends did not count then) stays the best, even
    though replaying its days under today's every-day rule would break it."""
    await community.reply("ana", "/settings streak_days:weekdays")
    for day in (5, 6, 9, 10):  # Thu, Fri, then Mon, Tue: the weekend never counted
        await community.advance(f"2026-11-{day:02d}T09:00:00Z")
        await community.reply("ana", "/log networked")
    await community.reply("ana", "/settings streak_days:all")
    await community.advance("2026-11-13T09:00:00Z")  # Wed and Thu missed: the streak broke
    await community.reply("ana", "/log networked")
    before = await streak(community)
    assert before["Current streak"] == "1 day" and before["Best streak"] == "4 days"
    await undo(community)
    after = await streak(community)
    assert after["Best streak"] == "4 days" and after["Active days in all"] == "4"


async def test_undo_keeps_the_rule_past_days_had(community: Community) -> None:
    """Days settled under weekdays mode stay settled after a switch: undoing the next
    entries never turns that weekend into misses that break the streak."""
    await community.reply("ana", "/settings streak_days:weekdays")
    await community.advance("2026-11-06T09:00:00Z")  # Friday
    await community.reply("ana", "/log networked")
    await community.advance("2026-11-09T08:00:00Z")  # Monday: the weekend did not count
    await community.reply("ana", "/settings streak_days:all")
    await community.reply("ana", "/log networked")
    reply, _ = await undo(community)  # Monday's only entry: Friday's day still stands
    assert "Your streak is now 1 day." in reply.text
    await community.reply("ana", "/log networked")
    await community.advance("2026-11-10T07:00:00Z")
    await community.reply("ana", "/log networked")
    assert (await streak(community))["Current streak"] == "3 days"
    reply, _ = await undo(community)  # Tuesday's: Friday and Monday, across the weekend
    assert "Your streak is now 2 days." in reply.text
    assert (await streak(community))["Current streak"] == "2 days"
