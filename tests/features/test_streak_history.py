"""Streaks keep their history: pauses after a logged day, rules that changed, spent freezes.

- `/pause days:n` taken after logging today starts tomorrow, so it gives n days off;
- the 14-day strip shows each past day under the rule that applied then: switching
  between every day and weekdays does not turn old weekends into misses (or misses into
  rest days), and a date a flight skipped is no miss;
- a freeze spent on a missed day is announced when the member comes back, and `/streak`
  names the days the banked freezes are covering.
"""

from __future__ import annotations

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


def strip(shown: dict[str, str]) -> str:
    return shown["Last 14 days"].splitlines()[0]


# --- /pause after logging today ------------------------------------------------------


async def test_a_pause_taken_after_logging_starts_tomorrow(community: Community) -> None:
    await log(community, utc_day(2))  # Monday 2 November counts already
    reply = await community.reply("ana", "/pause days:3")
    text = reply.plain_text()
    assert not reply.error
    assert "starts tomorrow" in text and "Thursday 5 November" in text
    status = (await community.reply("ana", "/pause")).plain_text()
    assert "Tuesday 3 November" in status and "Thursday 5 November" in status
    # Back on Friday: three paused days, no miss, no freeze needed.
    assert streak_of(await log(community, utc_day(6))) == 2
    shown = await streak(community)
    assert strip(shown).endswith("■‖‖‖■")
    assert number(shown["Current streak"]) == 2


async def test_a_pause_before_logging_still_starts_today(community: Community) -> None:
    await log(community, utc_day(2))
    await community.advance(utc_day(3, 9))
    reply = await community.reply("ana", "/pause days:2")
    assert "Paused through Wednesday 4 November" in reply.plain_text()
    assert "tomorrow" not in reply.plain_text()
    assert streak_of(await log(community, utc_day(5))) == 2


async def test_an_upcoming_pause_can_be_called_off(community: Community) -> None:
    await log(community, utc_day(2))
    await community.reply("ana", "/pause days:3")
    off = await community.reply("ana", "/pause off")
    assert not off.error and "cancelled" in off.plain_text()
    assert "not on a pause" in (await community.reply("ana", "/pause")).plain_text()
    await community.advance(utc_day(4, 9))  # Tuesday 3 was neither paused nor logged
    assert number((await streak(community))["Current streak"]) == 0


# --- the strip keeps the rules that applied then -------------------------------------


async def test_switching_to_every_day_keeps_old_weekends_as_rest_days(
    community: Community,
) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13):  # two working weeks, weekend off
        await log(community, utc_day(day))
    await community.advance(utc_day(14, 9))
    assert not (await community.reply("ana", "/settings streak_days:all")).error
    for day in (14, 15, 16):  # now every day counts
        await log(community, utc_day(day))
    shown = await streak(community)
    # 3..16 November: Tue..Fri, the weekend of 7-8 November off (rest, not missed), ...
    assert strip(shown) == "■■■■––■■■■■■■■"
    assert number(shown["Current streak"]) == 13


async def test_a_weekend_off_before_the_switch_is_no_miss(community: Community) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    for day in (2, 3, 4, 5, 6):
        await log(community, utc_day(day))
    # Monday morning, before logging: the weekend was off under the rule of that weekend.
    await community.advance(utc_day(9, 8))
    await community.reply("ana", "/settings streak_days:all")
    assert streak_of(await log(community, utc_day(9))) == 6
    shown = await streak(community)
    assert strip(shown).endswith("■■■■■––■")
    assert shown["Freezes banked"] == "0 of 2"


async def test_switching_to_weekdays_keeps_old_misses_missed(community: Community) -> None:
    for day in (2, 3, 4, 5, 6):
        await log(community, utc_day(day))
    # Every day counted that weekend: missing it broke the streak.
    assert streak_of(await log(community, utc_day(9))) == 1
    await community.advance(utc_day(10, 9))
    await community.reply("ana", "/settings streak_days:weekdays")
    shown = await streak(community)
    assert strip(shown).endswith("■■■■■··■○")


async def test_a_missed_weekend_before_switching_to_weekdays_still_counts(
    community: Community,
) -> None:
    for day in range(2, 9):  # a week earns one freeze
        await log(community, utc_day(day))
    # Friday 13: Monday 9 .. Thursday 12 logged, then Saturday 14 missed (a day that
    # counted then); switching to weekdays on Sunday does not undo that miss.
    for day in (9, 10, 11, 12, 13):
        await log(community, utc_day(day))
    await community.advance(utc_day(15, 9))
    await community.reply("ana", "/settings streak_days:weekdays")
    shown = await streak(community)
    assert strip(shown).endswith("■■■■■❄○")
    assert shown["Freezes banked"] == "0 of 2"


async def test_a_date_a_flight_skipped_is_not_missed(make_community: MakeCommunity) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Europe/Berlin")
    await log(c, local("Europe/Berlin", "2026-11-02T23:00"))
    await c.reply("ana", "/settings timezone:Asia/Tokyo")
    # 23:00 in Berlin was already 3 November in Tokyo: that date went by on the plane.
    await c.advance(local("Asia/Tokyo", "2026-11-04T09:00"))
    assert strip(await streak(c)).endswith("■–○")
    assert streak_of(await log(c, local("Asia/Tokyo", "2026-11-04T20:00"))) == 2
    assert strip(await streak(c)).endswith("■–■")
    # Later settings changes do not rewrite it either.
    await c.reply("ana", "/settings streak_days:weekdays")
    assert strip(await streak(c)).endswith("■–■")


# --- spent freezes are announced ---------------------------------------------------------


async def test_spent_freezes_are_announced_when_the_member_is_back(
    community: Community,
) -> None:
    for day in range(2, 16):  # fourteen days earn two freezes
        await log(community, utc_day(day))
    await community.advance(utc_day(18, 9))  # Monday 16 and Tuesday 17 missed
    shown = await community.reply("ana", "/streak")
    assert "2 freezes are covering Mon 16 Nov and Tue 17 Nov" in shown.plain_text()
    reply = await log(community, utc_day(18))
    assert "2 freezes kept your streak going through Mon 16 Nov and Tue 17 Nov" in reply
    assert streak_of(reply) == 15
    # Said once: the next entry that day does not repeat it.
    assert "freezes kept" not in await log(community, utc_day(18, 20))


async def test_one_spent_freeze_is_announced_in_other_replies_too(community: Community) -> None:
    for day in range(2, 9):
        await log(community, utc_day(day))
    await community.advance(utc_day(10))  # Monday 9 missed
    shown = await community.reply("ana", "/streak")
    assert "1 freeze is covering Mon 9 Nov" in shown.plain_text()
    reply = await community.reply("ana", '/win text:"Recruiter called back"')
    assert "1 freeze kept your streak going through Mon 9 Nov" in reply.plain_text()


async def test_no_freeze_announcement_when_the_streak_broke(community: Community) -> None:
    for day in range(2, 9):
        await log(community, utc_day(day))
    reply = await log(community, utc_day(12))  # three days missed, one freeze
    assert streak_of(reply) == 1
    assert "kept your streak" not in reply


async def test_a_first_entry_on_a_day_recorded_before_a_flight_west(
    make_community: MakeCommunity,
) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Europe/Berlin")  # Monday 2, 10:00 in Berlin
    # Just after midnight in Berlin, Monday is behind her and is recorded at the switch.
    await c.advance("2026-11-02T23:30:00Z")
    await c.reply("ana", "/settings streak_days:weekdays")
    # In New York it is Monday evening again: her first entry counts for Monday.
    await c.reply("ana", "/settings timezone:America/New_York")
    reply = await c.reply("ana", "/log networked")
    assert not reply.error, reply.plain_text()
    assert streak_of(reply.plain_text()) == 1
    assert strip(await streak(c)).endswith("■")
