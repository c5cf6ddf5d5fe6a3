"""A one-day `/pause` between two active days costs nothing: no freeze, no streak.

The existing pause tests use pauses of three and five days; a one-day gap takes a
shorter path in `mark_active` (a gap of a single day), which a hand-made mutant judged
without the member's pauses, spending a banked freeze on the paused day.
"""

from __future__ import annotations

from tests.features.test_streaks import log, number, streak, streak_of, utc_day
from tests.support.harness import Community


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
