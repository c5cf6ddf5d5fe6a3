"""Streak rules that surviving mutants showed no other test pinned.

- A one-day `/pause` between two active days costs nothing: no freeze, no streak. The
  existing pause tests use pauses of three and five days; a one-day gap takes a shorter
  path in `mark_active` (a gap of a single day), which a hand-made mutant judged without
  the member's pauses, spending a banked freeze on the paused day.
- A day a freeze covered that a flight west brings back, logged after all, gives the
  freeze back.
- A freeze spent on a missed Friday in weekdays mode is announced by a Saturday entry,
  though the Saturday does not lengthen the streak.
- Switching to weekdays the morning after a flight east settles the days behind the
  member from where the flight left them: the date the clock skipped is no miss.
- A streak line for a member with no streak says how to start one.
"""

from __future__ import annotations

from bot.core.i18n import ENGLISH, Msg, tr
from bot.features.streaks import StreakView, streak_line
from tests.features.test_streaks import (
    MakeCommunity,
    local,
    log,
    make_community,
    number,
    streak,
    streak_of,
    utc_day,
)
from tests.support.harness import Community

__all__ = ["make_community"]  # the fixture, re-used from the streak tests


async def earn_a_freeze(c: Community) -> None:
    for day in range(2, 9):  # Mon 2 .. Sun 8 November: seven days earn a freeze
        await log(c, utc_day(day))
    shown = await streak(c)
    assert (number(shown["Current streak"]), shown["Freezes banked"]) == (7, "1 of 2")


async def test_a_one_day_pause_between_two_active_days_costs_no_freeze(
    community: Community,
) -> None:
    await earn_a_freeze(community)
    await community.advance(utc_day(9, 9))
    reply = await community.reply("ana", "/pause days:1")
    assert not reply.error and "Paused through Monday 9 November" in reply.plain_text()
    # The next morning, before logging: the paused day is no miss.
    await community.advance(utc_day(10, 9))
    shown = await streak(community)
    assert number(shown["Current streak"]) == 7
    assert shown["Freezes banked"] == "1 of 2"
    assert shown["Last 14 days"].splitlines()[0].endswith("■■■■■■■‖○")
    # Logging on the 10th: the streak goes on and the freeze stays banked.
    assert streak_of(await log(community, utc_day(10))) == 8
    shown = await streak(community)
    assert number(shown["Current streak"]) == 8
    assert shown["Freezes banked"] == "1 of 2"
    assert shown["Last 14 days"].splitlines()[0].endswith("■■■■■■■‖■")


async def test_a_one_day_pause_without_a_freeze_keeps_the_streak(community: Community) -> None:
    await log(community, utc_day(2))
    await log(community, utc_day(3))
    await community.advance(utc_day(4, 9))
    assert not (await community.reply("ana", "/pause days:1")).error
    assert streak_of(await log(community, utc_day(5))) == 3
    shown = await streak(community)
    assert (number(shown["Best streak"]), shown["Freezes banked"]) == (3, "0 of 2")


async def test_a_missed_day_next_to_a_one_day_pause_still_counts(community: Community) -> None:
    # Paused on the 9th, missed the 10th: the miss spends the freeze, the pause does not.
    await earn_a_freeze(community)
    await community.advance(utc_day(9, 9))
    assert not (await community.reply("ana", "/pause days:1")).error
    assert streak_of(await log(community, utc_day(11))) == 8
    shown = await streak(community)
    assert shown["Freezes banked"] == "0 of 2"
    assert shown["Last 14 days"].splitlines()[0].endswith("■■■■■■■‖❄■")


# --- a freeze given back, a freeze announced on a rest day, a switch after a flight ----


async def test_a_frozen_day_a_flight_west_brings_back_returns_its_freeze(
    make_community: MakeCommunity,
) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Asia/Tokyo")
    for day in range(2, 9):  # seven Tokyo evenings earn a freeze
        await log(c, local("Asia/Tokyo", f"2026-11-{day:02d}T20:00"))
    # Monday 9 missed; just after midnight on the 10th in Tokyo the freeze covers it.
    reply = await log(c, local("Asia/Tokyo", "2026-11-10T00:30"))
    assert "1 freeze kept your streak going through Mon 9 Nov" in reply
    assert (await streak(c))["Freezes banked"] == "0 of 2"
    # Flying to Los Angeles, it is Monday 9 November again: she logs on it after all.
    await c.reply("ana", "/settings timezone:America/Los_Angeles")
    assert streak_of(await log(c, local("America/Los_Angeles", "2026-11-09T08:00"))) == 8
    shown = await streak(c)
    assert shown["Freezes banked"] == "1 of 2"  # the freeze is hers again
    assert number(shown["Current streak"]) == 8
    assert shown["Active days in all"] == "9"


async def test_a_freeze_spent_on_a_friday_is_announced_by_a_saturday_entry(
    community: Community,
) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    # Mon 2 .. Fri 6, Mon 9 and Tue 10: seven weekdays earn a freeze; Wed 11, Thu 12.
    for day in (2, 3, 4, 5, 6, 9, 10, 11, 12):
        await log(community, utc_day(day))
    # Friday 13 missed; a Saturday entry does not lengthen the streak, but the freeze
    # kept it going, and she is told so.
    reply = await log(community, utc_day(14))
    assert streak_of(reply) == 9
    assert "❄ 1 freeze kept your streak going through Fri 13 Nov." in reply
    shown = await streak(community)
    assert (number(shown["Current streak"]), shown["Freezes banked"]) == (9, "0 of 2")


async def test_switching_to_weekdays_the_morning_after_a_flight_east_costs_nothing(
    make_community: MakeCommunity,
) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Europe/Berlin")
    await log(c, local("Europe/Berlin", "2026-11-02T23:00"))
    await c.reply("ana", "/settings timezone:Asia/Tokyo")
    # 23:00 in Berlin was already Tuesday 3 November in Tokyo: that date went by on the
    # plane. The next morning, before logging, she switches to weekdays.
    await c.advance(local("Asia/Tokyo", "2026-11-04T09:00"))
    reply = await c.reply("ana", "/settings streak_days:weekdays")
    assert not reply.error, reply.plain_text()
    assert "kept your streak" not in reply.plain_text()
    shown = await streak(c)
    assert number(shown["Current streak"]) == 1
    assert shown["Last 14 days"].splitlines()[0].endswith("■–○")
    assert streak_of(await log(c, local("Asia/Tokyo", "2026-11-04T20:00"))) == 2
    assert (await streak(c))["Last 14 days"].splitlines()[0].endswith("■–■")


def test_a_streak_not_started_says_how_to_start_one() -> None:
    en = tr(ENGLISH)
    assert streak_line(StreakView(0, 0, 0, 0), en) == "Streak: log anything today to start one."
    yours = streak_line(StreakView(0, 0, 0, 0), en, label=Msg("streak-label-yours"))
    assert yours == "Your streak: log anything today to start one."


def test_a_broken_streak_says_it_starts_again_and_keeps_the_best() -> None:
    broken = StreakView(0, 6, 9, 0, broken=True)
    assert streak_line(broken, tr(ENGLISH)) == (
        "Streak: starts again today — your best is still 6 days."
    )
