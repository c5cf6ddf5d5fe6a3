"""The member's home view (Slack's App Home): streak, goals and wins from the engine."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import Kind, MemberRef
from bot.features.home import home
from bot.store.models import Community as CommunityRow
from bot.store.models import Member
from tests.support.harness import Community


def _by_title(messages: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {m.title: m.plain_text() for m in messages}


async def test_home_shows_streak_goals_and_recent_wins(community: Community) -> None:
    await community.reply("ana", "/log applied Backend role at Acme")
    await community.reply("ana", "/goal applied 5")
    await community.reply("ana", "/goal networked 1")
    await community.run("ana", '/win text:"Invited to a second interview" company:Acme')
    messages = await home(community.engine, community.key, MemberRef("ana", "ana"))
    assert [m.title for m in messages] == [
        "Your Rebound",
        "Your streak",
        "This week's goals",
        "Recent wins",
    ]
    assert all(
        m.kind is Kind.REPLY and m.ephemeral and m.to == MemberRef("ana", "ana") for m in messages
    )
    shown = _by_title(messages)
    assert "Today counts" in shown["Your streak"]
    assert "Current streak: 1 day" in shown["Your streak"]
    assert "applied: 1/5" in shown["This week's goals"]
    assert "networked: 0/1" in shown["This week's goals"]
    assert "Mon 2 Nov — Invited to a second interview (Acme)" in shown["Recent wins"]
    assert "/log applied" in shown["Your Rebound"] and "/help" in shown["Your Rebound"]


async def test_home_shows_only_the_latest_three_wins_and_a_reached_goal(
    community: Community,
) -> None:
    for n in range(1, 5):
        await community.run("ana", f'/win text:"Win number {n}"')
    await community.reply("ana", "/goal learned 1")
    await community.reply("ana", "/log learned")
    shown = _by_title(await home(community.engine, community.key, MemberRef("ana", "ana")))
    wins = shown["Recent wins"]
    assert "Win number 4" in wins and "Win number 2" in wins
    assert "Win number 1" not in wins
    assert "/wins" in wins
    assert "learned: 1/1 ✓" in shown["This week's goals"]


async def test_home_of_a_newcomer_invites_a_first_step_and_writes_nothing(
    community: Community,
) -> None:
    first = await home(community.engine, "console:nobody-yet", MemberRef("zoe", "zoe"))
    assert [m.title for m in first] == ["Your Rebound", "Your streak", "This week's goals"]
    assert "/log activity:applied" in _by_title(first)["Your streak"]
    await community.reply("ana", "/log applied")
    newcomer = await home(community.engine, community.key, MemberRef("zoe", "zoe"))
    assert "Every streak starts with one small step" in _by_title(newcomer)["Your streak"]
    # Opening home created no member: /leaderboard and /mod stats never count a visitor.
    async with community.engine.db.sessions() as session:
        names = set(await session.scalars(select(Member.platform_id)))
        communities = set(await session.scalars(select(CommunityRow.key)))
    assert names == {"ana"}
    assert communities == {community.key}


async def test_home_neutralises_mass_mentions_in_member_text(community: Community) -> None:
    await community.run("ana", '/win text:"@everyone offer from Acme"')
    shown = _by_title(await home(community.engine, community.key, MemberRef("ana", "ana")))
    assert "offer from Acme" in shown["Recent wins"]
    assert "@everyone" not in shown["Recent wins"]


async def test_home_respects_the_members_week_and_breaks(community: Community) -> None:
    await community.reply("ana", "/log applied")
    await community.reply("ana", "/goal applied 2")
    await community.advance("2026-11-10T09:00:00Z")  # a new week, several days missed
    shown = _by_title(await home(community.engine, community.key, MemberRef("ana", "ana")))
    assert "applied: 0/2" in shown["This week's goals"]
    assert "Current streak: 0 days" in shown["Your streak"]
    assert "Breaks happen — your 1 active day still counts." in shown["Your streak"]
    assert "Active days in all: 1" in shown["Your streak"]
