"""`/cheer`: delivery, peers' strengths, anonymity, self-cheer, mutes and the daily limit."""

from __future__ import annotations

from bot.core.messages import Kind, Message
from tests.support.harness import Community, transcript


def to(messages: list[Message], name: str, kind: Kind) -> list[Message]:
    return [m for m in messages if m.kind is kind and m.to is not None and m.to.name == name]


async def test_cheer_a_member_by_dm_with_a_peer_strength(community: Community) -> None:
    messages = await community.run(
        "bo", '/cheer member:@ana message:"You have got this" strength:"Great listener"'
    )
    dm = to(messages, "ana", Kind.DM)[0]
    assert "@bo" in dm.text and "You have got this" in dm.text and "Great listener" in dm.text
    reply = to(messages, "bo", Kind.REPLY)[0]
    assert "@ana" in reply.text and "19 cheers left today" in reply.text
    strengths = await community.reply("ana", "/strengths")
    assert "Great listener (noticed by peers)" in strengths.text


async def test_no_self_cheer(community: Community) -> None:
    reply = await community.reply("ana", "/cheer member:@ana")
    assert reply.error and "yourself" in reply.text
    neither = await community.reply("ana", "/cheer")
    assert neither.error
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.run("ana", "/rejection share:anonymous")
    own = await community.reply("ana", "/cheer post:1")
    assert own.error and "yourself" in own.text


async def test_cheers_via_channel_posts_in_the_support_channel(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.reply("ana", "/settings cheers_via:channel")
    messages = await community.run("bo", "/cheer @ana message:Proud")
    post = next(m for m in messages if m.kind is Kind.POST)
    assert post.channel is not None and post.channel.name == "support"
    assert "@ana" in post.text and "@bo" in post.text and "Proud" in post.text
    assert not to(messages, "ana", Kind.DM)
    assert "in #support" in to(messages, "bo", Kind.REPLY)[0].text


async def test_anonymous_post_cheer_hides_both_sides(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.reply("zelda", "/settings cheers_via:channel")
    await community.run("zelda", "/rejection company:Acme share:anonymous")
    messages = await community.run("quincy", "/cheer post:1 message:Hugs strength:Brave")
    assert not [m for m in messages if m.kind is Kind.POST]  # never in the channel
    dm = to(messages, "zelda", Kind.DM)[0]
    assert "Hugs" in dm.text and "quincy" not in dm.plain_text()
    reply = to(messages, "quincy", Kind.REPLY)[0]
    assert "author of post 1" in reply.text and "zelda" not in reply.plain_text()
    strengths = await community.reply("zelda", "/strengths")
    assert "Brave (noticed by peers)" in strengths.text and "quincy" not in strengths.text


async def test_unknown_and_removed_posts(community: Community) -> None:
    missing = await community.reply("bo", "/cheer post:99")
    assert missing.error and "no post 99" in missing.text
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.run("ana", "/rejection share:public")
    await community.run("mo", "/mod remove post:1")
    removed = await community.reply("bo", "/cheer post:1")
    assert removed.error and "removed" in removed.text


async def test_muted_members_cannot_cheer(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod mute member:@bo")
    reply = await community.reply("bo", "/cheer member:@ana")
    assert reply.error and "muted" in reply.text
    stats = await community.reply("ana", "/stats")
    assert "Cheers received: 0" in stats.plain_text()


async def test_daily_limit_resets_at_the_givers_local_midnight(community: Community) -> None:
    # 09:00 UTC on Monday 2 November is 04:00 in New York (UTC-5).
    await community.reply("bo", "/settings timezone:America/New_York")
    for i in range(20):
        reply = await community.reply("bo", f"/cheer member:@m{i}")
        assert not reply.error, reply.text
    over = await community.reply("bo", "/cheer member:@ana")
    assert over.error and "20 cheers today" in over.text
    # The refusal thanks them and says when they can cheer again.
    assert "You can cheer again after midnight your time." in over.text
    # Past UTC midnight but still Monday evening in New York: still the same day.
    await community.advance("2026-11-03T04:59:00Z")
    still = await community.reply("bo", "/cheer member:@ana")
    assert still.error
    await community.advance("2026-11-03T05:00:00Z")
    again = await community.reply("bo", "/cheer member:@ana")
    assert not again.error and "19 cheers left today" in again.text
    stats = await community.reply("bo", "/stats")
    assert "Cheers given: 21" in stats.plain_text()


async def test_a_peer_strength_already_on_the_list_is_not_added_twice(
    community: Community,
) -> None:
    first = await community.run("bo", '/cheer member:@ana strength:"Great listener"')
    assert "“Great listener” joins their strengths" in to(first, "bo", Kind.REPLY)[0].text
    again = await community.run("cy", '/cheer member:@ana strength:"great   LISTENER "')
    reply = to(again, "cy", Kind.REPLY)[0].text
    assert "was already on their strengths list, so it is not added twice" in reply
    assert "joins their strengths" not in reply
    assert "it was already on your list" in to(again, "ana", Kind.DM)[0].text
    listed = (await community.reply("ana", "/strengths")).text
    assert listed.lower().count("great listener") == 1
    # The cheer itself still counts.
    assert "Cheers received: 2" in (await community.reply("ana", "/stats")).plain_text()


async def test_a_strength_on_an_anonymous_post_reveals_nothing_about_the_author(
    db_url: str,
) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup support_channel:#support\n"
        'ana: /strengths add text:"Calm under pressure"\n'
        "ana: /rejection company:Acme share:anonymous\n"
        'bo: /cheer post:1 strength:"Calm under pressure"\n'
        'cy: /cheer post:1 strength:"Brave"\n',
    )
    guessed = next(o for o in out if o["line"] == 5 and o["to"] == "bo")["text"]
    fresh = next(o for o in out if o["line"] == 6 and o["to"] == "cy")["text"]
    # The cheerers' replies read alike whether or not the strength was on the list.
    assert "already" not in guessed
    assert guessed.replace("Calm under pressure", "X").replace("19 cheers", "N") == fresh.replace(
        "Brave", "X"
    ).replace("19 cheers", "N")
    # The author learns it privately.
    author_dm = next(o for o in out if o["line"] == 5 and o["type"] == "dm")["text"]
    assert "already on your list" in author_dm
