"""The daily cheer limit counts the giver's local day, also in the evening west of UTC.

20:00 in New York is already 01:00 UTC the next day. The existing limit test gives its
cheers at 04:00 New York time, when the UTC and local dates agree; here the cheers
straddle UTC midnight within one New York evening, so a limit taken on the UTC date
(a hand-made mutant) would let the evening cheers escape it.
"""

from __future__ import annotations

from tests.support.harness import Community


async def cheer(c: Community, giver: str, receiver: str) -> str:
    reply = await c.reply(giver, f"/cheer member:@{receiver}")
    return ("ERROR " if reply.error else "") + reply.plain_text()


async def test_an_evening_in_new_york_is_one_cheer_day_across_utc_midnight(
    community: Community,
) -> None:
    await community.reply("bo", "/settings timezone:America/New_York")
    # Monday 2 November, 18:00 in New York (23:00 UTC): ten cheers.
    await community.advance("2026-11-02T23:00:00Z")
    for i in range(10):
        assert "cheers left today" in await cheer(community, "bo", f"a{i}")
    # 20:00 the same Monday evening in New York, but already Tuesday 01:00 UTC.
    await community.advance("2026-11-03T01:00:00Z")
    eleventh = await cheer(community, "bo", "b0")
    assert not eleventh.startswith("ERROR") and "9 cheers left today" in eleventh
    for i in range(1, 10):
        assert not (await cheer(community, "bo", f"b{i}")).startswith("ERROR")
    over = await cheer(community, "bo", "ana")
    assert over.startswith("ERROR") and "20 cheers today" in over
    # 23:59 in New York: still Monday there.
    await community.advance("2026-11-03T04:59:00Z")
    assert (await cheer(community, "bo", "ana")).startswith("ERROR")
    # Midnight in New York: a new day and a fresh limit.
    await community.advance("2026-11-03T05:00:00Z")
    fresh = await cheer(community, "bo", "ana")
    assert not fresh.startswith("ERROR") and "19 cheers left today" in fresh
    stats = await community.reply("bo", "/stats")
    assert "Cheers given: 21" in stats.plain_text()


async def test_morning_cheers_east_of_utc_count_on_the_local_day(community: Community) -> None:
    # Tokyo is UTC+9: 08:00 on Tuesday 3 November there is still Monday 23:00 UTC.
    await community.reply("cy", "/settings timezone:Asia/Tokyo")
    await community.advance("2026-11-02T22:00:00Z")  # Tue 07:00 in Tokyo
    for i in range(10):
        assert not (await cheer(community, "cy", f"a{i}")).startswith("ERROR")
    await community.advance("2026-11-03T01:00:00Z")  # Tue 10:00 in Tokyo, Tue in UTC
    for i in range(10):
        assert not (await cheer(community, "cy", f"b{i}")).startswith("ERROR")
    assert (await cheer(community, "cy", "ana")).startswith("ERROR")
    await community.advance("2026-11-03T15:00:00Z")  # Wed 00:00 in Tokyo
    assert "19 cheers left today" in await cheer(community, "cy", "ana")
