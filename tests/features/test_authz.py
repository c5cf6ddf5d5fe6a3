"""Every `/mod` command, whoever declared it, is refused by the engine for non-moderators.

The helpers here (sample option values, a whole-database snapshot) are shared with the
safety tests, which also walk every registered command.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.core.context import Invocation
from bot.core.declarations import Command, OptType
from bot.core.engine import Engine
from bot.core.messages import ChannelRef, MemberRef, Message
from bot.features.catalog import REGISTRY
from bot.store.models import Base
from tests.support.harness import Community

REFUSAL = "is for moderators of this community"
KEY = "console:test"


def sample_value(cmd: Command, name: str, *, public: bool = False) -> Any:
    """A value the declaration accepts; with `public`, the most public choice."""
    opt = cmd.option(name)
    assert opt is not None
    if opt.type is OptType.STRING:
        return "sample"
    if opt.type is OptType.INTEGER:
        return opt.min if opt.min is not None else 1
    if opt.type is OptType.BOOLEAN:
        return False
    if opt.type is OptType.CHOICE:
        return opt.choices[-1] if public else opt.choices[0]
    if opt.type is OptType.MEMBER:
        return MemberRef("bo", "bo")
    if opt.type is OptType.CHANNEL:
        return ChannelRef("general", "general")
    if opt.type is OptType.MEMBERS:
        return [MemberRef("bo", "bo")]
    return "role-1"


def required_options(cmd: Command) -> dict[str, Any]:
    return {o.name: sample_value(cmd, o.name) for o in cmd.options if o.required}


def mod_commands() -> list[Command]:
    return sorted((c for c in REGISTRY.values() if c.name.startswith("mod ")), key=lambda c: c.name)


async def invoke(
    engine: Engine,
    user: str,
    command: str,
    options: dict[str, Any],
    *,
    platform_moderator: bool = False,
    roles: tuple[str, ...] = (),
) -> list[Message]:
    return await engine.run(
        Invocation(
            community_key=KEY,
            actor=MemberRef(user, user),
            command=command,
            options=options,
            channel=ChannelRef("general", "general"),
            platform_moderator=platform_moderator,
            roles=roles,
        )
    )


async def snapshot(engine: Engine) -> dict[str, list[str]]:
    """Every row of every table, as text (also what the privacy checks search)."""
    rows: dict[str, list[str]] = {}
    async with engine.db.read_sessions() as session, session.begin():
        for table in Base.metadata.sorted_tables:
            result = await session.execute(select(table))
            rows[table.name] = sorted(repr(tuple(r)) for r in result.all())
    return rows


def refused(messages: list[Message]) -> bool:
    return any(m.error and REFUSAL in m.plain_text() for m in messages)


def test_every_mod_command_is_declared_moderator_only() -> None:
    commands = mod_commands()
    names = {c.name for c in commands}
    assert {"mod setup", "mod mute", "mod unmute", "mod remove", "mod audit", "mod stats"} <= names
    assert {"mod export"} <= names
    assert all(c.moderator for c in commands)


async def test_member_is_refused_every_mod_command_and_nothing_changes(
    community: Community,
) -> None:
    engine = community.engine
    await community.run("bo", "/help")  # bo exists before the snapshot
    before = await snapshot(engine)
    for cmd in mod_commands():
        messages = await invoke(engine, "bo", cmd.name, required_options(cmd))
        assert refused(messages), (cmd.name, [m.plain_text() for m in messages])
        assert len(messages) == 1 and messages[0].ephemeral
        assert messages[0].to == MemberRef("bo", "bo")
    assert await snapshot(engine) == before


async def test_moderator_gets_through_every_mod_command(community: Community) -> None:
    engine = community.engine
    for cmd in mod_commands():
        messages = await invoke(
            engine, "mo", cmd.name, required_options(cmd), platform_moderator=True
        )
        assert messages, cmd.name
        assert not refused(messages), (cmd.name, [m.plain_text() for m in messages])


async def test_each_kind_of_moderator_right_is_honoured(community: Community) -> None:
    engine = community.engine
    # Platform rights (Discord Manage Server, Slack admin), reported by the adapter.
    reply = await invoke(
        engine, "owner", "mod setup", {"moderator_role": "r-mods"}, platform_moderator=True
    )
    assert not refused(reply)
    # The configured role, among the actor's platform roles.
    assert refused(await invoke(engine, "rita", "mod audit", {}, roles=("r-other",)))
    assert not refused(await invoke(engine, "rita", "mod audit", {}, roles=("r-mods",)))
    # A listed member (/mod setup moderators: on Slack and in the console).
    assert refused(await invoke(engine, "lu", "mod audit", {}))
    await invoke(
        engine,
        "owner",
        "mod setup",
        {"moderators": [MemberRef("lu", "lu")]},
        platform_moderator=True,
    )
    assert not refused(await invoke(engine, "lu", "mod audit", {}))
    # Removing the role takes the right away again.
    await invoke(engine, "owner", "mod setup", {"moderator_role": "none"}, platform_moderator=True)
    assert refused(await invoke(engine, "rita", "mod audit", {}, roles=("r-mods",)))


async def test_console_mod_grants_and_ordinary_members_stay_out(db_url: str) -> None:
    from tests.support.harness import transcript

    out = await transcript(
        db_url,
        "bo: /mod stats\n!mod ana\nana: /mod stats\nbo: /mod mute member:@ana\n",
    )
    assert out[0]["error"] and REFUSAL in out[0]["text"] and out[0]["to"] == "bo"
    assert out[1]["line"] == 3 and not out[1]["error"]
    assert "Community dashboard" in out[1]["text"]
    assert out[2]["line"] == 4 and out[2]["error"] and REFUSAL in out[2]["text"]
