"""Cheers and the limits around them.

- A cheer posted in the support channel because its receiver chose `cheers_via:channel`
  is the receiver's choice, so it does not count against the sender's sharing limit
  (the flood limit on posts a member shares in a short time).
- `cheers_via:channel` in a community without a support channel says cheers will come by
  direct message until a moderator sets one.
- Strengths peers add through `/cheer strength:` stop at the same cap as a member's own.
"""

from __future__ import annotations

from bot.core.messages import Kind, Message
from bot.features.strengths import MAX_STRENGTHS
from tests.support.harness import Community

RECEIVERS = ["bo", "cy", "di", "ed", "fa", "gus", "hal"]


def to(messages: list[Message], name: str, kind: Kind) -> list[Message]:
    return [m for m in messages if m.kind is kind and m.to is not None and m.to.name == name]


async def test_cheers_shown_in_the_channel_do_not_use_the_senders_sharing_limit(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    for name in RECEIVERS:
        await community.reply(name, "/settings cheers_via:channel")
    for name in RECEIVERS:
        messages = await community.run("ana", f"/cheer member:@{name} message:Proud")
        reply = to(messages, "ana", Kind.REPLY)[0]
        assert not reply.error, reply.plain_text()
        assert "in #support" in reply.text
        assert [m for m in messages if m.kind is Kind.POST]
    # ana's own sharing is untouched by the cheers the receivers chose to get in public.
    shared = await community.run("ana", "/rejection company:Acme share:public")
    plan = to(shared, "ana", Kind.REPLY)[0]
    assert not plan.error, plan.plain_text()
    assert [m for m in shared if m.kind is Kind.POST]


async def test_cheers_via_channel_without_a_support_channel_says_dm(
    community: Community,
) -> None:
    reply = await community.reply("ana", "/settings cheers_via:channel")
    text = reply.plain_text()
    assert "no support channel yet" in text and "direct message" in text
    shown = {f.name: f.value for f in reply.fields}
    assert "direct message" in shown["Cheers via"]
    messages = await community.run("bo", "/cheer member:@ana message:Hi")
    assert to(messages, "ana", Kind.DM)
    # Once a moderator sets one, the same setting means the channel.
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    shown = {f.name: f.value for f in (await community.reply("ana", "/settings")).fields}
    assert shown["Cheers via"] == "support channel"


async def test_peer_strengths_stop_at_the_same_cap(community: Community) -> None:
    for i in range(MAX_STRENGTHS):
        assert not (await community.reply("ana", f"/strengths add text:Strength{i}")).error
    messages = await community.run("bo", '/cheer member:@ana strength:"Great listener"')
    reply = to(messages, "bo", Kind.REPLY)[0]
    assert not reply.error  # the cheer itself goes out
    assert "list is full" in reply.plain_text()
    dm = to(messages, "ana", Kind.DM)[0]
    assert "Great listener" in dm.plain_text() and "/strengths remove" in dm.plain_text()
    listed = (await community.reply("ana", "/strengths")).plain_text()
    assert "Great listener" not in listed
    assert f"{MAX_STRENGTHS}. Strength{MAX_STRENGTHS - 1}" in listed
