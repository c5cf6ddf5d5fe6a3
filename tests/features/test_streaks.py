"""Humane streaks through `/log`, `/streak`, `/pause` and `/settings`, on SQLite and PostgreSQL.

Member-local days across the daylight-saving changes of America/New_York and
Europe/Berlin, timezone changes, freezes, weekdays mode, pauses and the 14-day strip.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.support.harness import Community, make_engine, transcript

MakeCommunity = Callable[[str], Awaitable[Community]]


@pytest.fixture
async def make_community(db_url: str) -> AsyncIterator[MakeCommunity]:
    dbs = []

    async def make(start: str) -> Community:
        engine, clock, db = await make_engine(db_url, start)
        dbs.append(db)
        return Community(engine, clock)

    yield make
    for db in dbs:
        await db.dispose()


def local(zone: str, when: str, fold: int = 0) -> datetime:
    """A wall-clock time in `zone` as a UTC instant."""
    return datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


async def streak(c: Community, user: str = "ana") -> dict[str, str]:
    msg = await c.reply(user, "/streak")
    assert not msg.error, msg.plain_text()
    return {f.name: f.value for f in msg.fields}


def number(value: str) -> int:
    return int(value.split()[0])


async def log(c: Community, when: datetime | str, user: str = "ana") -> str:
    await c.advance(when)
    msg = await c.reply(user, "/log networked")
    assert not msg.error, msg.plain_text()
    return msg.plain_text()


def streak_of(reply: str) -> int:
    line = next(ln for ln in reply.splitlines() if ln.startswith("Streak:"))
    return int(line.split()[1]) if line.split()[1].isdigit() else 0


# --- daylight saving -----------------------------------------------------------------

DST_CHANGES = [
    ("America/New_York", date(2026, 3, 8)),  # spring forward 02:00 → 03:00
    ("America/New_York", date(2026, 11, 1)),  # fall back 02:00 → 01:00
    ("Europe/Berlin", date(2026, 3, 29)),
    ("Europe/Berlin", date(2026, 10, 25)),
]


@pytest.mark.parametrize(("zone", "change"), DST_CHANGES, ids=lambda v: str(v))
async def test_daylight_saving_never_costs_or_doubles_a_day(
    make_community: MakeCommunity, zone: str, change: date
) -> None:
    start = local(zone, f"{change - timedelta(days=2)}T12:00")
    c = await make_community(start.isoformat())
    assert not (await c.reply("ana", f"/settings timezone:{zone}")).error
    seen: set[date] = set()
    # 23:30 in the evening and 00:30 just after midnight, around the night of the change.
    for day in (change - timedelta(days=1), change, change + timedelta(days=1)):
        for wall in (f"{day}T23:30", f"{day + timedelta(days=1)}T00:30"):
            instant = local(zone, wall)
            seen.add(instant.astimezone(ZoneInfo(zone)).date())
            assert streak_of(await log(c, instant)) == len(seen), wall
    shown = await streak(c)
    assert number(shown["Current streak"]) == 4
    assert shown["Active days in all"] == "4"
    assert shown["Freezes banked"] == "0 of 2"
    assert "❄" not in shown["Last 14 days"].splitlines()[0]
    assert shown["Last 14 days"].splitlines()[0].endswith("■■■■")


async def test_the_repeated_hour_of_fall_back_is_one_day(make_community: MakeCommunity) -> None:
    zone = "America/New_York"
    c = await make_community(local(zone, "2026-10-31T12:00").isoformat())
    await c.reply("ana", f"/settings timezone:{zone}")
    assert streak_of(await log(c, local(zone, "2026-10-31T20:00"))) == 1
    # 01:30 happens twice on 1 November: once in EDT, an hour later in EST.
    assert streak_of(await log(c, local(zone, "2026-11-01T01:30", fold=0))) == 2
    assert streak_of(await log(c, local(zone, "2026-11-01T01:30", fold=1))) == 2
    assert streak_of(await log(c, local(zone, "2026-11-01T23:59"))) == 2
    assert streak_of(await log(c, local(zone, "2026-11-02T00:00"))) == 3
    assert (await streak(c))["Active days in all"] == "3"


# --- timezone changes ----------------------------------------------------------------


@pytest.mark.parametrize("new_zone", ["America/Los_Angeles", "Asia/Tokyo"])
async def test_a_timezone_change_never_costs_a_streak(
    make_community: MakeCommunity, new_zone: str
) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Europe/Berlin")
    # Three evenings in Berlin, the last one late.
    for day in ("2026-11-02", "2026-11-03", "2026-11-04"):
        await log(c, local("Europe/Berlin", f"{day}T23:00"))
    reply = await c.reply("ana", f"/settings timezone:{new_zone}")
    assert "streak is safe" in reply.plain_text()
    # The next two evenings in the new zone (the flight takes the morning of the 5th).
    for n, day in enumerate(("2026-11-05", "2026-11-06"), start=4):
        assert streak_of(await log(c, local(new_zone, f"{day}T20:00"))) == n
    shown = await streak(c)
    assert number(shown["Current streak"]) == 5
    assert shown["Freezes banked"] == "0 of 2"
    assert "❄" not in shown["Last 14 days"].splitlines()[0]


async def test_flying_east_is_no_miss_but_a_real_miss_still_counts(
    make_community: MakeCommunity,
) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Europe/Berlin")
    await log(c, local("Europe/Berlin", "2026-11-02T23:00"))
    await c.reply("ana", "/settings timezone:Asia/Tokyo")
    # 23:00 in Berlin was already 3 November 07:00 in Tokyo: the 4th is the next day.
    assert streak_of(await log(c, local("Asia/Tokyo", "2026-11-04T20:00"))) == 2
    # Skipping a whole Tokyo day with no freeze banked breaks the streak.
    assert streak_of(await log(c, local("Asia/Tokyo", "2026-11-06T20:00"))) == 1
    shown = await streak(c)
    assert number(shown["Best streak"]) == 2
    assert shown["Active days in all"] == "3"


async def test_flying_west_does_not_count_a_day_twice(make_community: MakeCommunity) -> None:
    c = await make_community("2026-11-02T09:00:00Z")
    await c.reply("ana", "/settings timezone:Asia/Tokyo")
    await log(c, local("Asia/Tokyo", "2026-11-03T08:00"))  # 2 November 23:00 UTC
    await c.reply("ana", "/settings timezone:America/Los_Angeles")
    # Still 2 November in Los Angeles, then the 3rd: neither lengthens the streak again.
    assert streak_of(await log(c, local("America/Los_Angeles", "2026-11-02T17:00"))) == 1
    assert streak_of(await log(c, local("America/Los_Angeles", "2026-11-03T18:00"))) == 1
    assert streak_of(await log(c, local("America/Los_Angeles", "2026-11-04T18:00"))) == 2


# --- freezes, breaks, weekdays, pauses -----------------------------------------------


def utc_day(day: int, hour: int = 18) -> str:
    return f"2026-11-{day:02d}T{hour:02d}:00:00Z"


async def test_freezes_are_earned_spent_and_breaks_keep_the_record(
    community: Community,
) -> None:
    for day in range(2, 9):  # 2..8 November: seven days
        await log(community, utc_day(day))
    shown = await streak(community)
    assert shown["Freezes banked"] == "1 of 2"
    # Miss the 9th: the freeze covers it.
    reply = await log(community, utc_day(10))
    assert streak_of(reply) == 8
    shown = await streak(community)
    assert shown["Freezes banked"] == "0 of 2"
    # 28 October .. 10 November: before ana's first day, seven days, the freeze, today.
    assert shown["Last 14 days"].splitlines()[0] == "–––––■■■■■■■❄■"
    # Miss the 11th and 12th with no freeze: the streak breaks, the record survives.
    await community.advance(utc_day(13, 9))
    shown = await streak(community)
    assert number(shown["Current streak"]) == 0
    assert number(shown["Best streak"]) == 8
    assert shown["Active days in all"] == "8"
    assert streak_of(await log(community, utc_day(13))) == 1
    shown = await streak(community)
    assert (number(shown["Best streak"]), shown["Active days in all"]) == (8, "9")


async def test_the_fourteen_day_strip(community: Community) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    # Mon 2 .. Fri 6, weekend off, Mon 9 and Tue 10 (the seventh weekday earns a
    # freeze), Wed 11 missed, Thu 12 logged, then a three-day pause from Fri 13.
    for day in (2, 3, 4, 5, 6, 9, 10, 12):
        await log(community, utc_day(day))
    await community.advance(utc_day(13, 8))
    await community.reply("ana", "/pause days:3")  # Fri 13 .. Sun 15
    await community.advance(utc_day(16, 9))  # Monday 16, nothing logged yet
    shown = await streak(community)
    strip = shown["Last 14 days"].splitlines()[0]
    # 3..16 November: Tue..Fri ■, Sat/Sun –, Mon Tue ■, Wed ❄, Thu ■, Fri ‖, Sat Sun ‖, today ○
    assert strip == "■■■■––■■❄■‖‖‖○"
    assert number(shown["Current streak"]) == 8
    assert "weekdays only" in shown["Counting"]


async def test_weekdays_mode_weekend_log_is_an_active_day(community: Community) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    await community.advance(utc_day(7))  # Saturday
    reply = await community.reply("ana", "/log learned")
    assert "outside your counted days" in reply.plain_text()
    await log(community, utc_day(9))  # Monday
    shown = await streak(community)
    assert number(shown["Current streak"]) == 1
    assert shown["Active days in all"] == "2"


async def test_one_day_reads_as_one_day_not_one_days(community: Community) -> None:
    await community.reply("ana", "/log applied")  # Monday 2 November
    await community.advance("2026-11-09T10:30:00Z")  # the streak broke since
    own = await community.reply("ana", "/streak")
    assert "you have shown up on 1 day so far" in own.plain_text(), own.plain_text()
    [heatmap] = own.attachments
    assert "1 active day," in heatmap.alt and "1 active days" not in heatmap.alt
    seen = await community.reply("bo", "/streak member:@ana")
    assert "ana has shown up on 1 day so far" in seen.plain_text(), seen.plain_text()
    assert "1 days" not in own.plain_text() + seen.plain_text()


async def test_a_first_day_outside_the_counted_days_is_one_active_day(
    community: Community,
) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    await community.advance(utc_day(7))  # Saturday
    reply = await community.reply("ana", "/log learned")
    assert "it still adds to your 1 active day." in reply.plain_text(), reply.plain_text()


async def test_pause_protects_and_pause_off_ends_it(community: Community) -> None:
    await log(community, utc_day(2))
    # Monday already counts, so the five days off are Tuesday to Saturday.
    reply = await community.reply("ana", "/pause days:5")
    assert not reply.error and "through Saturday 7 November" in reply.plain_text()
    status = await community.reply("ana", "/pause")
    assert "starts Tuesday 3 November and runs through Saturday 7" in status.plain_text()
    await community.advance(utc_day(4))
    status = await community.reply("ana", "/pause")
    assert "paused until Saturday 7 November" in status.plain_text()
    # Back on Sunday after five paused days (Tue..Sat): nothing is lost.
    assert streak_of(await log(community, utc_day(8))) == 2
    shown = await streak(community)
    assert shown["Freezes banked"] == "0 of 2"
    # A second break, ended early: the days after /pause off count again.
    await community.reply("ana", "/pause days:10")
    await community.advance(utc_day(9))
    assert not (await community.reply("ana", "/pause off")).error
    await community.advance(utc_day(11))  # the 10th was neither paused nor logged
    assert number((await streak(community))["Current streak"]) == 0
    assert streak_of(await log(community, utc_day(11))) == 1


async def test_pause_limits_and_errors(community: Community) -> None:
    too_long = await community.reply("ana", "/pause days:31")
    assert too_long.error and "between 1 and 30" in too_long.plain_text()
    not_paused = await community.reply("ana", "/pause off")
    assert not_paused.error and "not on a pause" in not_paused.plain_text()
    assert "not on a pause" in (await community.reply("ana", "/pause")).plain_text()


async def test_streak_of_another_member(community: Community) -> None:
    await log(community, utc_day(2), user="bo")
    reply = await community.reply("ana", "/streak member:@bo")
    assert reply.title == "bo's streak"
    assert {f.name: f.value for f in reply.fields}["Current streak"] == "1 day"
    unknown = await community.reply("ana", "/streak @zed")
    assert unknown.error and "@zed has not logged anything" in unknown.plain_text()


async def test_a_spent_freeze_stays_visible_after_the_streak_breaks(db_url: str) -> None:
    # Eight days in a row earn a freeze; two missed days then spend it and break the streak.
    days = [f"!time 2026-11-{d:02d}T09:00:00Z\nana: /log applied\n" for d in range(3, 10)]
    script = "ana: /log applied\n" + "".join(days)
    script += "!time 2026-11-11T09:00:00Z\nana: /streak\n"
    script += "!time 2026-11-12T09:00:00Z\nana: /log applied\nana: /streak\n"
    out = await transcript(db_url, script)
    before, after = [o["text"] for o in out if o["text"].startswith("Your streak")]
    strip_before = before.split("Last 14 days: ")[1].splitlines()[0]
    strip_after = after.split("Last 14 days: ")[1].splitlines()[0]
    # 10 November was covered by the freeze before and after the break.
    assert strip_before.endswith("■❄○")
    assert strip_after.endswith("■❄·■")
    assert "Current streak: 1 day" in after


async def test_someone_elses_streak_reads_as_theirs_and_respects_opt_out(db_url: str) -> None:
    out = await transcript(
        db_url,
        "ana: /log applied\n"
        "bo: /streak member:@ana\n"
        "ana: /settings leaderboard:off\n"
        "bo: /streak member:@ana\n",
    )
    seen = out[1]["text"]
    assert seen.startswith("ana's streak")
    assert "ana is on a 1-day streak" in seen
    assert "You showed up" not in seen
    private = out[3]["text"]
    assert "keeps their streak private" in private
    assert "Last 14 days" not in private and out[3]["attachments"] == []
