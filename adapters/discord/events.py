"""Discord interaction payloads as the engine's invocations: the adapter's way in.

Each function takes the raw `data` of an interaction (what Discord sends, a dict) and
the `origin` — who acted and where, an `Invocation` without a command — and returns the
typed `Invocation`: slash-command options in Discord's native types (members and
channels from `resolved`), member lists (`@a @b`, a text option) through the grammar's
one parser, button ids and form text boxes typed by the engine like every surface's.
`Refused` (from the engine) carries the answer when a value names no one here.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from adapters.discord.commands import CommandMap, command_path
from bot.core.context import Invocation
from bot.core.declarations import Command, OptType
from bot.core.engine import Engine
from bot.core.errors import UserError
from bot.core.i18n import Msg
from bot.core.messages import Button, ChannelRef, MemberRef

# Custom ids of the forms Rebound opens: `rbm:<command>`.
MODAL_PREFIX = "rbm:"
_MENTION = re.compile(r"^<@!?(\d+)>$|^(\d{15,21})$")
_CHANNEL = re.compile(r"^<#(\d+)>$|^(\d{15,21})$")

MemberLookup = Callable[[str], Awaitable[MemberRef | None]]
ChannelLookup = Callable[[str], ChannelRef | None]


def community_key(guild_id: int | str) -> str:
    return f"discord:{guild_id}"


class DiscordResolver:
    """The grammar's `Resolver` for one server: `<@id>`, an id, or a member's name."""

    def __init__(
        self,
        member_by_id: MemberLookup,
        member_named: MemberLookup,
        channel_by_id: ChannelLookup,
    ) -> None:
        self.member_by_id = member_by_id
        self.member_named = member_named
        self.channel_by_id = channel_by_id

    async def member(self, text: str) -> MemberRef:
        text = text.strip()
        if match := _MENTION.match(text):
            user_id = match.group(1) or match.group(2)
            found = await self.member_by_id(user_id)
            if found is None:
                raise UserError(
                    Msg("discord-member-not-here", id=user_id),
                    hint=Msg("discord-member-not-here-hint"),
                )
            return found
        name = text.lstrip("@")
        found = await self.member_named(name) if name else None
        if found is None:
            raise UserError(
                Msg("discord-member-not-found", name=text),
                hint=Msg("discord-member-not-found-hint"),
            )
        return found

    async def channel(self, text: str) -> ChannelRef:
        text = text.strip()
        if match := _CHANNEL.match(text):
            channel_id = match.group(1) or match.group(2)
            return self.channel_by_id(channel_id) or ChannelRef(channel_id, channel_id)
        raise UserError(
            Msg("discord-channel-not-found", name=text), hint=Msg("discord-channel-not-found-hint")
        )


def native_values(
    cmd: Command | None, raw: list[dict[str, Any]], resolved: Mapping[str, Any]
) -> dict[str, Any]:
    """Slash-command option values: members and channels from `resolved`, the rest as sent."""
    values: dict[str, Any] = {}
    for item in raw:
        name, value = item["name"], item.get("value")
        decl = cmd.option(name) if cmd else None
        kind = decl.type if decl else None
        if kind is OptType.MEMBER:
            member = (resolved.get("members") or {}).get(str(value)) or {}
            user = (resolved.get("users") or {}).get(str(value)) or {}
            shown = member.get("nick") or user.get("global_name") or user.get("username")
            values[name] = MemberRef(str(value), shown or str(value))
        elif kind is OptType.CHANNEL:
            channel = (resolved.get("channels") or {}).get(str(value)) or {}
            values[name] = ChannelRef(str(value), channel.get("name") or str(value))
        elif kind is OptType.ROLE:
            values[name] = str(value)
        else:
            values[name] = value
    return values


async def command_invocation(
    engine: Engine,
    commands: CommandMap,
    data: Mapping[str, Any],
    origin: Invocation,
    resolver: DiscordResolver,
) -> Invocation:
    """A slash command (`data` of an APPLICATION_COMMAND interaction)."""
    path, raw = command_path(data)
    name = commands.resolve(path) or " ".join(path)
    values = native_values(engine.registry.get(name), raw, data.get("resolved") or {})
    return await engine.read_values(name, values, origin, resolver)


async def button_invocation(
    engine: Engine, button: Button, origin: Invocation, resolver: DiscordResolver
) -> Invocation:
    """A press of one of Rebound's buttons (its custom id names the command and values)."""
    return await engine.read_values(button.command, button.args, origin, resolver)


def form_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """The values of a modal submit, whatever rows or labels wrap the text inputs."""
    values: dict[str, str] = {}
    for comp in components:
        if "value" in comp and "custom_id" in comp:
            values[comp["custom_id"]] = comp["value"]
        inner = list(comp.get("components") or [])
        if comp.get("component"):
            inner.append(comp["component"])
        values.update(form_values(inner))
    return values


def form_command(data: Mapping[str, Any]) -> str | None:
    """The command a submitted form belongs to, or None for a form that is not Rebound's."""
    custom_id = str(data.get("custom_id", ""))
    return custom_id[len(MODAL_PREFIX) :] if custom_id.startswith(MODAL_PREFIX) else None


async def form_invocation(
    engine: Engine, data: Mapping[str, Any], origin: Invocation, resolver: DiscordResolver
) -> Invocation | None:
    """A submitted form (`data` of a MODAL_SUBMIT interaction); None if it is not ours."""
    name = form_command(data)
    if name is None:
        return None
    values = form_values(list(data.get("components") or []))
    return await engine.read_values(name, values, origin, resolver)
