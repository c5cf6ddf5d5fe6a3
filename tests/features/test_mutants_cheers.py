"""The daily cheer limit counts the giver's local day, also in the evening west of UTC.

20:00 in New York is already 01:00 UTC the next day. The existing limit test gives its
cheers at 04:00 New York time, when the UTC and local dates agree; here the cheers
straddle UTC midnight within one New York evening, so a limit taken on the UTC date
(a hand-made mutant) would let the evening cheers escape it.

The later tests pin wording surviving mutants of `make mutation` changed unnoticed: the
line under a shared post that says how to cheer it, the refusal to cheer a post Rebound
made itself, the support-channel cheer that names the post, and the receiver's news that
a strength joined their list.
"""

from __future__ import annotations

from bot.core.messages import Kind, Message
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


# --- what the cheered member and the channel read ----------------------------------------


def to(messages: list[Message], name: str, kind: Kind) -> list[Message]:
    return [m for m in messages if m.kind is kind and m.to is not None and m.to.name == name]


async def test_a_shared_post_ends_with_its_number_and_how_to_cheer_it(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    messages = await community.run("ana", "/rejection company:Acme share:public")
    [post] = [m for m in messages if m.kind is Kind.POST]
    *story, last = post.text.split("\n\n")
    assert story and "Acme" in story[0]
    assert last == "Post 1 · cheer with the button or `/cheer post:1`"
    assert [(b.label, b.command, b.args) for b in post.buttons] == [
        ("Cheer", "cheer", {"post": "1"})
    ]


async def test_a_post_rebound_made_has_nobody_to_cheer(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup modlog_channel:#mods")
    messages = await community.run("mo", "/mod mute member:@bo days:1")
    assert [m.post_number for m in messages if m.kind is Kind.POST] == [1]
    reply = await community.reply("cy", "/cheer post:1")
    assert reply.error
    assert reply.plain_text() == (
        "Post 1 was posted by Rebound itself, so there is nobody to cheer there. "
        "Cheer a shared rejection or win, or a member with `/cheer member:@name`."
    )


async def test_a_cheer_on_a_post_shown_in_the_support_channel_names_the_post(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.reply("ana", "/settings cheers_via:channel")
    await community.run("ana", "/rejection company:Acme share:public")
    messages = await community.run("bo", "/cheer post:1 message:Proud")
    [shown] = [m for m in messages if m.kind is Kind.POST]
    assert shown.channel is not None and shown.channel.name == "support"
    assert shown.text.splitlines()[0] == "@ana, a cheer from @bo on your post 1!"
    assert not to(messages, "ana", Kind.DM)


async def test_the_cheered_member_reads_that_a_new_strength_joined_their_list(
    community: Community,
) -> None:
    messages = await community.run(
        "bo", '/cheer member:@ana message:"You have got this" strength:"Great listener"'
    )
    [dm] = to(messages, "ana", Kind.DM)
    assert dm.title == "You got a cheer 💛"
    assert dm.text.splitlines()[-1] == (
        "They noticed a strength of yours: Great listener — it is on your `/strengths` list now."
    )


async def test_a_cheer_on_an_anonymous_post_reaches_its_author_titled_as_a_cheer(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.run("ana", "/rejection company:Acme share:anonymous")
    messages = await community.run("bo", "/cheer post:1 message:Proud")
    [dm] = to(messages, "ana", Kind.DM)
    assert dm.title == "You got a cheer 💛"
