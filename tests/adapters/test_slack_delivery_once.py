"""A command's post on Slack, on the wire: posted once through the outbox, its ts kept for
withdrawal, a 500 retried by the outbox, a refusal told to the member and to moderators,
and a re-sent row found by its metadata instead of being posted again."""

from __future__ import annotations

from datetime import timedelta

from bot.core.clock import SystemClock
from bot.core.delivery import DELIVERY_KEY, RESUMING
from bot.core.messages import ChannelRef, Kind, Message
from tests.adapters.test_slack_adapter import slack_env
from tests.support.fake_slack import Call


def _wins(call: Call) -> bool:
    return call.args.get("channel") == "C3" and "_failed" not in call.args


async def test_a_win_is_posted_once_with_its_ts_kept_so_removal_withdraws_it(
    db_url: str,
) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup wins_channel:#wins", user="UADMIN")
        reply = await env.ask('win text:"Recruiter called back"')
        assert "Posting it to #wins as post 1" in reply.text
        (post,) = await env.fake.wait_for("chat.postMessage", _wins)
        assert post.args["metadata"]["event_type"] == "rebound_outbox"
        assert await env.scheduler.deliver() == 0  # nothing left for the outbox
        removed = await env.ask("mod remove post:1", user="UADMIN")
        assert "Removed post" in removed.text
        (deleted,) = await env.fake.wait_for("chat.delete")
        assert deleted.args == {"channel": "C3", "ts": post.result["ts"]}
        assert len(env.fake.of("chat.postMessage", _wins)) == 1


async def test_a_500_is_retried_by_the_outbox_and_posted_once(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup wins_channel:#wins", user="UADMIN")
        env.fake.fail("chat.postMessage", "internal_error", status=500)
        await env.ask('win text:"Second round"')
        await env.fake.wait_for("chat.postMessage")  # the failed attempt
        assert env.fake.of("chat.postMessage", _wins) == []
        assert await env.scheduler.deliver() == 1
        (post,) = env.fake.of("chat.postMessage", _wins)
        assert await env.scheduler.deliver() == 0
        await env.ask("mod remove post:1", user="UADMIN")
        (deleted,) = await env.fake.wait_for("chat.delete")
        assert deleted.args["ts"] == post.result["ts"]


async def test_not_in_channel_is_told_to_the_member_and_in_mod_setup(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod setup wins_channel:#wins", user="UADMIN")
        env.fake.fail("chat.postMessage", "not_in_channel")
        reply = await env.ask('win text:"Offer"')
        assert "Win recorded" in reply.text
        (notice,) = await env.fake.wait_for(
            "chat.postMessage", lambda c: c.args.get("channel") == "DU1"
        )
        assert "could not be posted in #wins" in notice.text
        setup = await env.ask("mod setup", user="UADMIN")
        assert "cannot post in #wins: not in channel" in setup.text
        assert await env.scheduler.deliver() == 0  # a refusal is final, not retried


async def test_a_resent_row_found_in_the_channel_is_not_posted_again(db_url: str) -> None:
    async with slack_env(db_url) as env:
        send = env.app.delivery.send
        msg = Message(kind=Kind.POST, text="Check in", channel=ChannelRef("C4", "checkins"))
        key = DELIVERY_KEY.set("outbox:7")
        try:
            started = SystemClock().now() - timedelta(seconds=5)
            first = await send(msg)  # the process died before it could settle this
            resuming = RESUMING.set(started)
            again = await send(msg)
            RESUMING.reset(resuming)
        finally:
            DELIVERY_KEY.reset(key)
        assert again == first
        assert len(env.fake.in_channel("C4")) == 1
        (lookup,) = env.fake.of("conversations.history")
        assert str(lookup.args["include_all_metadata"]).lower() in ("true", "1")
