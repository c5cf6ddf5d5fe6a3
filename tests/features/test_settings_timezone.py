"""`/settings timezone:community` goes back to following the community's timezone."""

from __future__ import annotations

from tests.support.harness import Community


def fields(msg) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in msg.fields}


async def test_timezone_community_follows_the_community_again(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup timezone:America/New_York")
    await community.reply("ana", "/settings timezone:Europe/Berlin")
    reply = await community.reply("ana", "/settings timezone:community")
    assert not reply.error, reply.plain_text()
    assert "timezone → the community's (America/New_York)" in reply.plain_text()
    assert fields(reply)["Timezone"] == "America/New_York (the community's)"
    # It keeps following: a new community timezone is hers too.
    await community.reply("mo", "/mod setup timezone:Asia/Tokyo")
    assert fields(await community.reply("ana", "/settings"))["Timezone"] == (
        "Asia/Tokyo (the community's)"
    )
    again = await community.reply("ana", "/settings timezone:Community")
    assert "Nothing changed" in again.plain_text()


async def test_timezone_community_without_one_set_is_utc(community: Community) -> None:
    await community.reply("ana", "/settings timezone:Asia/Tokyo")
    reply = await community.reply("ana", "/settings timezone:community")
    assert "the community's" in reply.plain_text() and "UTC" in reply.plain_text()
    assert fields(reply)["Timezone"] == "UTC (default)"


async def test_the_timezone_suggestions_offer_community(community: Community) -> None:
    complete = community.engine.completions.complete
    assert (await complete(community.key, "member-timezones", "comm"))[0] == "community"
    assert "Europe/Berlin" in await complete(community.key, "member-timezones", "berl")
    # A community's own timezone cannot follow itself.
    assert "community" not in await complete(community.key, "timezones", "comm")
