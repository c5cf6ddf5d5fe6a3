"""`/win` and `/wins`: celebrated in the wins channel, offers move the application."""

from __future__ import annotations

from sqlalchemy import select

from bot.core.messages import Kind
from bot.store.models import Application
from tests.support.harness import Community


async def test_win_is_posted_with_a_cheer_button(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    messages = await community.run("ana", "/win Invited to a second interview")
    post = next(m for m in messages if m.kind is Kind.POST)
    assert post.channel is not None and post.channel.name == "wins"
    assert "Invited to a second interview" in post.text and "@ana" in post.text
    assert post.buttons[0].command == "cheer"
    reply = next(m for m in messages if m.kind is Kind.REPLY)
    assert f"post {post.post_id}" in reply.plain_text()
    cheer = await community.reply("bo", f"/cheer post:{post.post_id}")
    assert "@ana" in cheer.text


async def test_without_wins_channel_the_win_stays_private(community: Community) -> None:
    messages = await community.run("ana", "/win text:Recruiter replied")
    assert [m.kind for m in messages] == [Kind.REPLY]
    assert "no wins channel" in messages[0].plain_text()
    assert "Showing up counts: Your streak: 1 day (best 1)" in messages[0].plain_text()


async def test_muted_member_still_records_the_win_privately(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("mo", "/mod mute member:@ana")
    messages = await community.run("ana", "/win text:Recruiter replied")
    assert [m.kind for m in messages] == [Kind.REPLY] and not messages[0].error
    assert "Kept private" in messages[0].plain_text()
    wins = await community.reply("ana", "/wins")
    assert "Recruiter replied" in wins.text


async def test_offer_moves_the_application(community: Community) -> None:
    await community.reply("ana", "/log applied company:Acme")
    reply = await community.reply("ana", '/win text:"Got the offer!" company:acme offer:yes')
    assert "offer" in reply.plain_text().lower()
    async with community.engine.db.sessions() as s:
        stage = await s.scalar(select(Application.stage))
    assert stage == "offer"
    stats = await community.reply("ana", "/stats")
    assert "Offers: 1" in stats.plain_text()
    no_company = await community.reply("ana", "/win text:Offer offer:yes")
    assert no_company.error and "company" in no_company.text


async def test_wins_lists_newest_first(community: Community) -> None:
    empty = await community.reply("ana", "/wins")
    assert "No wins" in empty.text
    await community.reply("ana", "/win text:First")
    await community.advance("2026-11-03T09:00:00Z")
    await community.reply("ana", "/win text:Second company:Beta")
    wins = await community.reply("ana", "/wins")
    assert wins.title == "Your wins (2)"
    assert wins.text.index("Second (Beta)") < wins.text.index("First")
    assert "Tue 3 Nov — Second (Beta)" in wins.text
