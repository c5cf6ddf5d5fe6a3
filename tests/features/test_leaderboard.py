"""`/leaderboard`: top current streaks and encouragers, opted-out members never shown."""

from __future__ import annotations

from tests.support.harness import Community


def board(reply) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in reply.fields}


async def test_top_streaks_and_encouragers(community: Community) -> None:
    for day in ("02", "03", "04"):
        await community.advance(f"2026-11-{day}T09:00:00Z")
        await community.reply("ana", "/log applied")
        if day != "02":
            await community.reply("bo", "/log networked")
    await community.reply("cy", "/cheer member:@ana")
    await community.reply("cy", "/cheer member:@bo")
    await community.reply("bo", "/cheer member:@ana")
    f = board(await community.reply("di", "/leaderboard"))
    streaks = f["Top current streaks"].splitlines()
    assert streaks == ["🥇 @ana — 3 days", "🥈 @bo — 2 days"]
    cheers = f["Top encouragers (cheers given)"].splitlines()
    assert cheers == ["🥇 @cy — 2 cheers", "🥈 @bo — 1 cheer"]


async def test_opted_out_members_never_appear(community: Community) -> None:
    await community.reply("ana", "/log applied")
    await community.reply("ana", "/cheer member:@bo")
    await community.reply("ana", "/settings leaderboard:off")
    reply = await community.reply("ana", "/leaderboard")
    assert "@ana" not in reply.plain_text()
    assert "/settings leaderboard:on" in reply.text


async def test_lapsed_streaks_drop_out_and_rejections_are_never_ranked(
    community: Community,
) -> None:
    await community.reply("ana", "/rejection company:Acme")
    await community.reply("ana", "/rejection company:Beta")
    reply = await community.reply("bo", "/leaderboard")
    assert "rejection" not in reply.plain_text().lower()
    await community.advance("2026-11-06T09:00:00Z")
    reply = await community.reply("bo", "/leaderboard")
    assert "@ana" not in reply.plain_text()


async def test_ties_share_a_rank(community: Community) -> None:
    for day in ("02", "03"):
        await community.advance(f"2026-11-{day}T09:00:00Z")
        for name in ("ana", "bo"):
            await community.reply(name, "/log applied")
    await community.reply("cy", "/log applied")
    for giver, receivers in (("di", ("ana", "bo")), ("ed", ("ana", "bo")), ("fa", ("ana",))):
        for name in receivers:
            await community.reply(giver, f"/cheer member:@{name}")
    f = board(await community.reply("ana", "/leaderboard"))
    assert f["Top current streaks"].splitlines() == [
        "🥇 @ana — 2 days",
        "🥇 @bo — 2 days",
        "🥉 @cy — 1 day",
    ]
    assert f["Top encouragers (cheers given)"].splitlines() == [
        "🥇 @di — 2 cheers",
        "🥇 @ed — 2 cheers",
        "🥉 @fa — 1 cheer",
    ]
