"""Crisis privacy end to end: nothing reaches another member, and the reply says what happened.

Regression tests for the outside review: crisis words in a cheer were posted or sent (A1,
A2), `/win` and `/strengths add` stopped without saying so (A3), and the support reply
claimed "not saved" while the command carried on (A4).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.core.context import Ctx, Invocation, Scope
from bot.core.messages import ChannelRef, Kind, MemberRef
from bot.store.identity import get_or_create_community, get_or_create_member
from bot.store.models import Cheer, Strength
from tests.features.test_authz import invoke
from tests.features.test_safety import stored_anywhere
from tests.support.harness import Community, transcript

SUPPORT = "You are not alone"
GENERAL = ChannelRef("general", "general")


def at(out: list[dict[str, Any]], line: int) -> list[dict[str, Any]]:
    return [o for o in out if o["line"] == line]


def support_reply(messages: list[dict[str, Any]]) -> str:
    """The support reply, which comes first, privately, to the writer."""
    first = messages[0]
    assert first["text"].startswith(SUPPORT) and first["ephemeral"], messages
    assert "findahelpline.com" in first["text"]
    return first["text"]


async def test_a_cheer_with_crisis_words_is_neither_posted_nor_sent(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup support_channel:#support\n"
        "alice: /settings cheers_via:channel\n"
        'bob: /cheer member:@alice message:"just kill yourself already"\n'
        'bob: /cheer member:@carl message:"don\'t kill yourself lol"\n'
        "bob: /stats\n"
        "alice: /stats\n"
        "carl: /stats\n",
    )
    for line, receiver in ((4, "@alice"), (5, "@carl")):
        sent = at(out, line)
        assert [o["type"] for o in sent] == ["reply", "reply"], sent
        assert all(o["to"] == "bob" and o["ephemeral"] for o in sent)
        text = support_reply(sent)
        assert "`/cheer` did not go ahead, and nothing else from it was saved" in text
        assert sent[1]["text"].startswith("Cheer not sent")
        assert f"Your cheer to {receiver} was not sent" in sent[1]["text"]
        assert not any("kill" in o["text"] for o in sent)
    assert "Cheers given: 0" in at(out, 6)[0]["text"]
    assert "Cheers received: 0" in at(out, 7)[0]["text"]
    assert "Cheers received: 0" in at(out, 8)[0]["text"]
    assert not [o for o in out if o["type"] in ("post", "dm")]


async def test_a_crisis_strength_reaches_nobody_whatever_the_receiver_chose(
    community: Community,
) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.reply("alice", "/settings cheers_via:channel")
    messages = await community.run(
        "bob", '/cheer member:@alice message:"Proud of you" strength:"I want to die"'
    )
    assert [m.kind for m in messages] == [Kind.REPLY, Kind.REPLY]
    assert messages[0].title == SUPPORT and messages[1].title == "Cheer not sent"
    assert not [m for m in messages if m.to is not None and m.to.name == "alice"]
    assert "Your list is empty" in (await community.reply("alice", "/strengths")).text
    async with community.engine.db.read_sessions() as s:
        assert await s.scalar(select(func.count()).select_from(Cheer)) == 0
        assert await s.scalar(select(func.count()).select_from(Strength)) == 0
    # A kind cheer right after still goes where alice asked.
    kind = await community.run("bob", '/cheer member:@alice strength:"Steady"')
    assert [m.channel.name for m in kind if m.kind is Kind.POST and m.channel] == ["support"]


async def test_a_crisis_cheer_on_an_anonymous_post_names_nobody(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup support_channel:#support")
    await community.run("zelda", "/rejection company:Acme share:anonymous")
    messages = await community.run("quincy", '/cheer post:1 message:"go die"')
    assert [m.title for m in messages] == [SUPPORT, "Cheer not sent"]
    assert "the author of post 1" in messages[1].text
    assert "zelda" not in " ".join(m.plain_text() for m in messages)
    assert not [m for m in messages if m.kind is not Kind.REPLY]


async def test_win_and_strengths_without_their_text_say_nothing_was_saved(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup wins_channel:#wins\n"
        'ana: /win text:"I want to end my life" company:Acme offer:yes\n'
        'ana: /strengths add text:"honestly I could kill myself"\n'
        "ana: /wins\n"
        "ana: /strengths\n"
        "ana: /streak\n",
    )
    for line, cmd in ((3, "/win"), (4, "/strengths add")):
        sent = at(out, line)
        assert len(sent) == 1 and not sent[0]["error"], sent
        text = support_reply(sent)
        assert "it was not posted, sent to anyone or stored" in text
        assert f"`{cmd}` needs `text`, so it did not go ahead" in text
        assert "nothing else from it was saved" in text
        assert f"try `{cmd}` again with different words" in text
        assert "went ahead" not in text.replace("did not go ahead", "")
    assert "No wins recorded yet" in at(out, 5)[0]["text"]
    assert "Your list is empty" in at(out, 6)[0]["text"]
    assert "Active days in all: 0" in at(out, 7)[0]["text"]
    assert not [o for o in out if o["type"] == "post"]


async def test_a_command_that_goes_on_privately_says_so_precisely(db_url: str) -> None:
    out = await transcript(
        db_url,
        "!mod mo\n"
        "mo: /mod setup support_channel:#support\n"
        'ana: /log activity:applied note:"I want to die" company:Acme\n'
        'ana: /rejection company:Acme note:"kys honestly" share:public\n',
    )
    for line, cmd in ((3, "/log"), (4, "/rejection")):
        sent = at(out, line)
        text = support_reply(sent)
        assert "What you wrote speaks of suicide or self-harm, so I kept it private" in text
        assert "it was not posted, sent to anyone or stored" in text
        assert f"The rest of `{cmd}` went ahead and stayed private" in text
        assert "not posted or saved" not in text and "did not go ahead" not in text
        assert len(sent) == 2 and sent[1]["ephemeral"] and not sent[1]["error"]
    assert "Logged: applied" in at(out, 3)[1]["text"]
    assert not [o for o in out if o["type"] in ("post", "dm")]


async def test_validation_comes_first_and_support_still_follows(community: Community) -> None:
    # The text grammar: an unknown option before the free text.
    messages = await community.run("ana", '/win foo:bar text:"I want to die"')
    assert [m.title for m in messages] == [SUPPORT, None]
    assert "did not go ahead for another reason" in messages[0].text
    assert messages[1].error and "has no option `foo`" in messages[1].text
    # Typed options (Discord): the same, from the engine's own validation.
    options = {"activity": "applied", "nots": "x", "note": "I want to die"}
    typed = await invoke(community.engine, "ana", "log", options)
    assert typed[0].title == SUPPORT and typed[1].error and "no option `nots`" in typed[1].text
    bad = await community.run("ana", '/checkin mood:9 blocker:"I want to die"')
    assert bad[0].title == SUPPORT and bad[1].error and "between 1 and 5" in bad[1].text
    assert "Active days in all: 0" in (await community.reply("ana", "/streak")).plain_text()
    assert await stored_anywhere(community, "want to die") == []
    # A plain typo without crisis words gets only the error.
    [plain] = await community.run("ana", "/win foo:bar text:Offer")
    assert plain.error and "has no option `foo`" in plain.text


async def test_moderators_resources_with_a_typo_get_only_the_error(community: Community) -> None:
    community.moderators.add("mo")
    [msg] = await community.run(
        "mo", '/mod setup resourcs:"Suicide & Crisis Lifeline: call or text 988"'
    )
    assert msg.error and "resourcs" in msg.text


async def test_private_only_lets_nothing_reach_anyone_else(community: Community) -> None:
    """Enforced in the context for every feature, not only the ones that know about it."""
    engine, now = community.engine, community.clock.now()
    async with engine.db.sessions() as session, session.begin():
        place = await get_or_create_community(session, community.key, "", now)
        ana = await get_or_create_member(session, place, MemberRef("ana", "ana"), now)
        bo = await get_or_create_member(session, place, MemberRef("bo", "bo"), now)
        inv = Invocation(community.key, MemberRef("ana", "ana"), "log", {}, GENERAL)
        ctx = Ctx(
            Scope(session, place, engine.clock.now(), engine.registry), ana, inv, is_moderator=False
        )
        ctx.private_only = True
        assert ctx.dm(bo, "hello") is None
        assert await ctx.post("general", "hello", kind="win", author=ana) is None
        mine = ctx.dm(ana, "a reminder for you")
        reply = ctx.reply("done", public=True)
        assert [m.kind for m in ctx.messages] == [Kind.DM, Kind.REPLY]
        assert mine is not None and mine.to is not None and mine.to.ref == "ana"
        assert reply.ephemeral and reply.to is not None and reply.to.ref == "ana"
        ctx.private_only = False
        assert ctx.dm(bo, "hello") is not None
