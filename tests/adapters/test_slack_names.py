"""Plain `@name`s on Slack mean one person, or nobody: never the wrong one.

Slack's own `<@U…>` mention names a person by id. A plain `@bob` is matched on user
names first (unique in a workspace), then on display and real names; when more than one
person answers at that level, the command is refused, naming the candidates, and
nothing changes. Eve displays as "bob" and is listed before bob.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from sqlalchemy import func, select

from bot.store.models import Mute
from tests.adapters.test_slack_adapter import SlackEnv, slack_env
from tests.support.fake_slack import Call
from tests.support.harness import make_engine


def _plain(text: str) -> str:
    """What the member reads: Slack shows `&lt;` as `<`; the zero-width space is invisible.
    (Every outgoing message makes mention syntax inert, ours too: ids are shown, not pinged.)"""
    return text.replace("\u200b", "").replace("&lt;", "<").replace("&gt;", ">")


@asynccontextmanager
async def workspace(db_url: str) -> AsyncIterator[SlackEnv]:
    async with slack_env(db_url) as env:
        env.fake.add_user("UEVE", "eve", display="bob", real="Eve Adams")
        env.fake.add_user("UBOB", "bob", display="Bobby", real="Bob Brown")
        env.fake.add_user("USAM1", "sam.lee", display="sam", real="Sam Lee")
        env.fake.add_user("USAM2", "samuel", display="Sam", real="Samuel Ortiz")
        yield env


def _to(user: str) -> Callable[[Call], bool]:
    return lambda c: c.args.get("channel") == "D" + user


async def _mutes(db_url: str) -> int:
    _engine, _clock, db = await make_engine(db_url)
    try:
        async with db.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(Mute)) or 0)
    finally:
        await db.dispose()


async def test_a_plain_name_means_the_user_name_before_a_display_name(db_url: str) -> None:
    async with workspace(db_url) as env:
        sent = await env.ask('cheer member:@bob message:"You have got this"')
        assert "Cheer sent" in sent.text
        (dm,) = await env.fake.wait_for("chat.postMessage", _to("UBOB"))
        assert "You have got this" in dm.text
        assert env.fake.of("chat.postMessage", _to("UEVE")) == []


async def test_mod_mute_of_a_plain_name_mutes_the_user_of_that_name(db_url: str) -> None:
    async with workspace(db_url) as env:
        muted = await env.ask("mod mute member:@bob days:1", user="UADMIN")
        assert "Member muted" in muted.text
        (dm,) = await env.fake.wait_for("chat.postMessage", _to("UBOB"))
        assert "muted" in dm.text
        assert env.fake.of("chat.postMessage", _to("UEVE")) == []


async def test_slacks_own_mention_names_the_person_by_id(db_url: str) -> None:
    async with workspace(db_url) as env:
        await env.ask('cheer member:<@UEVE|bob> message:"Nice one"')
        (dm,) = await env.fake.wait_for("chat.postMessage", _to("UEVE"))
        assert "Nice one" in dm.text
        assert env.fake.of("chat.postMessage", _to("UBOB")) == []


async def test_two_people_of_one_name_are_refused_by_name_and_nothing_changes(
    db_url: str,
) -> None:
    async with workspace(db_url) as env:
        refused = await env.ask("mod mute member:@sam days:1", user="UADMIN")
        text = _plain(refused.text)
        assert "more than one member" in text.lower()
        assert "<@USAM1>" in text and "<@USAM2>" in text
        assert "@sam.lee" in text and "@samuel" in text
        assert "Member muted" not in text
        cheer = await env.ask('cheer member:@sam message:"Go"')
        assert "<@USAM1>" in _plain(cheer.text)
        await env.app.drain()
        assert env.fake.of("chat.postMessage", _to("USAM1")) == []
        assert env.fake.of("chat.postMessage", _to("USAM2")) == []
    assert await _mutes(db_url) == 0


async def test_a_user_name_picks_one_of_two_people_of_one_display_name(db_url: str) -> None:
    async with workspace(db_url) as env:
        muted = await env.ask("mod mute member:@samuel days:1", user="UADMIN")
        assert "Member muted" in muted.text
        await env.fake.wait_for("chat.postMessage", _to("USAM2"))
        assert env.fake.of("chat.postMessage", _to("USAM1")) == []


async def test_a_rate_limited_member_list_is_waited_out_and_the_member_found(
    db_url: str,
) -> None:
    async with workspace(db_url) as env:
        env.fake.fail("users.list", "ratelimited", times=2, retry_after=0)
        sent = await env.ask('cheer member:@bob message:"Keep going"')
        assert "Cheer sent" in sent.text
        (dm,) = await env.fake.wait_for("chat.postMessage", _to("UBOB"))
        assert "Keep going" in dm.text
        assert len(env.fake.of("users.list")) == 3, "the same page was asked again"


async def test_a_member_list_slack_keeps_limiting_is_never_reported_as_not_found(
    db_url: str,
) -> None:
    async with workspace(db_url) as env:
        env.fake.fail("users.list", "ratelimited", times=50, retry_after=0)
        muted = await env.ask("mod mute member:@bob days:1", user="UADMIN")
        assert "not found" not in muted.text.lower()
        assert "try again" in muted.text.lower()
        assert await _mutes(db_url) == 0
