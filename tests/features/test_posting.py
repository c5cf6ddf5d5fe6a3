"""A command's channel post goes through the outbox: delivered once, its id kept, even when
the process dies between the commit and the post, and a refusal is told to the member."""

from __future__ import annotations

from bot.core.delivery import DeliveryProblem
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.scheduler import Scheduler
from tests.support.harness import Community, ConsoleResolver


async def _win_without_delivery(community: Community, text: str) -> list[Message]:
    """Run /win and commit it, then 'crash': nothing of it is delivered by this process."""
    return await community.run_undelivered("ana", f'/win text:"{text}"')


async def test_a_post_lost_to_a_crash_after_commit_is_delivered_and_can_be_withdrawn(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    messages = await _win_without_delivery(community, "Recruiter called back")
    (post,) = [m for m in messages if m.kind is Kind.POST]
    # The process restarts: once the dead command's lease ends, a scheduler delivers
    # what the command committed.
    await community.restarted().deliver()
    delivered = [m for m in community.sent if m.kind is Kind.POST]
    assert [m.post_id for m in delivered] == [post.post_id]
    removed = await community.run("mo", f"/mod remove post:{post.post_id}")
    (withdrawal,) = [m for m in removed if m.withdraw_ref]
    assert withdrawal.withdraw_ref == f"msg-{post.post_id}"


async def test_a_win_is_posted_once_and_the_reply_does_not_claim_it_already_was(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    messages = await community.run("ana", '/win text:"Offer from Acme"')
    reply = next(m for m in messages if m.kind is Kind.REPLY)
    assert "Posting it to #wins as post 1" in reply.text and "Posted" not in reply.text
    assert len([m for m in community.sent if m.kind is Kind.POST]) == 1
    # The scheduler finds nothing left to send: the post went out exactly once.
    assert await community.advance(community.clock.now()) == []


async def test_a_transient_failure_is_retried_by_the_outbox_and_posted_once(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    failing = {"left": 1}

    async def flaky(msg: Message) -> str | None:
        if msg.kind is Kind.POST and failing["left"]:
            failing["left"] -= 1
            raise ConnectionError("the platform answered 500")
        return await community._send(msg)

    messages = await community.engine.run_line(
        '/win text:"Second round"',
        community_key=community.key,
        actor=MemberRef("ana", "ana"),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
    )
    await community.engine.delivery.deliver(messages, flaky, community.key)
    assert [m for m in community.sent if m.kind is Kind.POST] == []
    retried = await community.advance(community.clock.now())
    (post,) = [m for m in retried if m.kind is Kind.POST]
    assert await community.advance(community.clock.now()) == []
    removed = await community.run("mo", f"/mod remove post:{post.post_id}")
    assert [m.withdraw_ref for m in removed if m.withdraw_ref] == [f"msg-{post.post_id}"]


async def test_a_refused_post_is_told_to_the_member_and_to_moderators(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")

    async def refusing(msg: Message) -> str | None:
        if msg.kind is Kind.POST:
            raise DeliveryProblem("not in channel: invite the app", channel_ref="wins")
        return await community._send(msg)

    messages = await community.engine.run_line(
        '/win text:"Offer"',
        community_key=community.key,
        actor=MemberRef("ana", "ana"),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
    )
    await community.engine.delivery.deliver(messages, refusing, community.key)
    (notice,) = [m for m in community.sent if "could not be posted" in m.plain_text()]
    assert notice.kind is Kind.DM and notice.to == MemberRef("ana", "ana")
    assert community.sent[-1] is notice, "told after the command's reply"
    assert "#wins" in notice.text
    setup = await community.reply("mo", "/mod setup")
    assert "cannot post in #wins: not in channel" in setup.plain_text()
    # Nothing is retried: the refusal was final.
    assert await community.advance(community.clock.now()) == []


async def test_scheduler_and_command_delivery_never_both_send_a_post(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    messages = await _win_without_delivery(community, "Got a reply")
    other = Scheduler(
        community.engine.db,
        community.engine.clock,
        community.engine.registry,
        community._send,
        platform="console",
    )
    await other.deliver()  # another process's scheduler took it first
    await community.engine.delivery.deliver(messages, community._send, community.key)
    assert len([m for m in community.sent if m.kind is Kind.POST]) == 1


async def test_a_scheduler_running_beside_a_command_leaves_its_post_to_the_command(
    community: Community,
) -> None:
    """The command delivers its own post, so a refusal reaches `/mod setup` and the member
    before the command is done, whatever a scheduler polling at that moment does."""
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    refused: list[Message] = []

    async def refusing(msg: Message) -> str | None:
        if msg.kind is Kind.POST:
            refused.append(msg)
            raise DeliveryProblem("missing permission to post", channel_ref="wins")
        return await community._send(msg)

    messages = await _win_without_delivery(community, "Offer")
    beside = Scheduler(
        community.engine.db,
        community.engine.clock,
        community.engine.registry,
        refusing,
        platform="console",
    )
    assert await beside.deliver() == 0, "a fresh command post is the command's to deliver"
    assert refused == []
    await community.engine.delivery.deliver(messages, refusing, community.key)
    assert len(refused) == 1
    assert any("could not be posted" in m.plain_text() for m in community.sent)
    setup = await community.reply("mo", "/mod setup")
    assert "cannot post in #wins: missing permission to post" in setup.plain_text()


async def test_a_command_post_left_by_a_crash_is_delivered_once_its_lease_ends(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await _win_without_delivery(community, "Recruiter called")
    assert await community.advance(community.clock.now()) == [], "still the command's"
    assert await community.restarted().deliver() == 1
    assert [m.kind for m in community.sent[-1:]] == [Kind.POST]
