"""Every surface follows the core: the same intent is the same `Invocation` everywhere.

For every declared command (the registry is iterated, so a new command is covered with
no change here) the console, Slack and Discord turn the same intent — a command line or
slash command, a button press, a form submission — into the same command with the same
typed values (`int`, `bool`, members, channels...). The tests call each adapter's
translation layer with the payload its platform sends; Slack's look-ups go to the fake
Slack. Wire-level: the check-in prompt's **Check in** button opens the `/checkin` form
on every platform that has forms (Discord: response type 9; Slack: `views.open`).
"""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from adapters.console.adapter import Console, Output, _button_command
from adapters.discord.commands import (
    SUB_COMMAND,
    SUB_COMMAND_GROUP,
    CommandMap,
    build_commands,
    modal_options,
)
from adapters.discord.events import (
    DiscordResolver,
    button_invocation,
    command_invocation,
    form_invocation,
)
from adapters.slack.adapter import SlackApp
from adapters.slack.blocks import Blocks
from bot.core.clock import ManualClock, parse_instant
from bot.core.context import Invocation
from bot.core.declarations import Command, Option, OptType
from bot.core.engine import Engine
from bot.core.grammar import quote
from bot.core.messages import Button, ChannelRef, MemberRef
from bot.features.catalog import REGISTRY
from bot.store.db import open_database
from tests.adapters.test_discord import (  # noqa: F401 (the `world` fixture)
    ANA,
    CHECKINS,
    GUILD,
    MAYA,
    World,
    buttons_of,
    world,
)
from tests.adapters.test_slack_adapter import _in, slack_env
from tests.support.fake_discord import ChannelOption
from tests.support.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack

COMMANDS = sorted(REGISTRY)
FORMS = sorted(name for name, cmd in REGISTRY.items() if cmd.modal)
# Who and where, on each platform: (Slack id, Discord id).
PEOPLE = {"ana": ("U1", "1100000000000000011"), "bo": ("U2", "1100000000000000012")}
PLACES = {"general": ("C1", "1100000000000000101"), "wins": ("C3", "1100000000000000104")}
ROLE = "1100000000000000201"
# The buttons features put on messages, as their ids carry them.
BUTTONS = [Button("Cheer", "cheer", {"post": "12"}), Button("Check in", "checkin")]


# --- one intent -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str


@dataclass(frozen=True)
class Place:
    name: str


def sample(opt: Option) -> Any:
    """What a member means for `opt`, in no platform's words."""
    if opt.type is OptType.INTEGER:
        low = opt.min if opt.min is not None else 0
        high = opt.max if opt.max is not None else 10
        return max(low, min(high, 3))
    if opt.type is OptType.BOOLEAN:
        return False
    if opt.type is OptType.CHOICE:
        return opt.choices[-1]
    if opt.type is OptType.MEMBER:
        return Person("bo")
    if opt.type is OptType.CHANNEL:
        return Place("wins")
    if opt.type is OptType.MEMBERS:
        return [Person("ana"), Person("bo")]
    if opt.type is OptType.ROLE:
        return ROLE
    return "Backend role at Acme"


def intent(cmd: Command, options: list[Option] | None = None) -> dict[str, Any]:
    return {o.name: sample(o) for o in (cmd.options if options is None else options)}


def neutral(value: Any) -> Any:
    """A typed value with its platform's ids left out: what the member meant."""
    if isinstance(value, MemberRef):
        return Person(value.name)
    if isinstance(value, ChannelRef):
        return Place(value.name)
    if isinstance(value, list):
        return [neutral(v) for v in value]
    return value


def meant(inv: Invocation) -> tuple[str, dict[str, Any]]:
    """The command and values of `inv`, typed (an `int` is not a `"3"`), ids left out."""
    return inv.command, {k: (type(v).__name__, neutral(v)) for k, v in inv.options.items()}


def expected(name: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    kinds = {Person: "MemberRef", Place: "ChannelRef"}
    return name, {
        k: (kinds.get(type(v), "list" if isinstance(v, list) else type(v).__name__), v)
        for k, v in values.items()
    }


def as_text(value: Any, *, slack: bool = False) -> str:
    """A value as a member types it on a command line (console, Slack's `/rebound`)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Person):
        return f"<@{PEOPLE[value.name][0]}|{value.name}>" if slack else f"@{value.name}"
    if isinstance(value, Place):
        return f"<#{PLACES[value.name][0]}|{value.name}>" if slack else f"#{value.name}"
    if isinstance(value, list):
        return ",".join(as_text(v, slack=slack) for v in value)
    return quote(str(value))


def box_text(value: Any) -> str:
    """A value as a member types it into a form's text box or picks it from a menu."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def line(name: str, values: dict[str, Any], *, slack: bool = False) -> str:
    return " ".join([name, *(f"{k}:{as_text(v, slack=slack)}" for k, v in values.items())])


# --- the three surfaces -----------------------------------------------------------------------


@dataclass
class Surfaces:
    engine: Engine
    console: Console
    slack: SlackApp
    commands: CommandMap

    # console
    async def console_line(self, text: str) -> Invocation:
        return await self.console.invocation("ana", None, text)

    # Slack
    async def slack_command(self, text: str) -> Invocation:
        body = {
            "team_id": "T1",
            "team_domain": "t1",
            "channel_id": "C1",
            "channel_name": "general",
            "user_id": "U1",
            "user_name": "ana",
            "text": text,
        }
        inv = await self.slack.command_invocation(body)
        assert inv is not None
        return inv

    async def slack_button(self, button: Button) -> Invocation:
        body = {
            "team": {"id": "T1", "domain": "t1"},
            "user": {"id": "U1", "username": "ana", "team_id": "T1"},
            "channel": {"id": "C1", "name": "general"},
        }
        action = {"action_id": button.custom_id, "value": button.custom_id}
        inv = await self.slack.button_invocation(body, action)
        assert inv is not None
        return inv

    async def slack_submit(self, cmd: Command, values: dict[str, Any]) -> Invocation:
        form = Blocks(self.engine.registry).modal_view(cmd, {"channel_id": "C1"})
        elements = {b["block_id"]: b["element"] for b in form["blocks"] if b["type"] == "input"}
        state = {
            name: {"value": slack_answer(elements[name], value)} for name, value in values.items()
        }
        view = {**form, "id": "V1", "team_id": "T1", "state": {"values": state}}
        body = {"team": {"id": "T1"}, "user": {"id": "U1", "username": "ana", "team_id": "T1"}}
        inv = await self.slack.submission_invocation(body, view)
        assert inv is not None
        return inv

    # Discord
    def discord_origin(self) -> Invocation:
        return Invocation(
            community_key="discord:1",
            actor=MemberRef(PEOPLE["ana"][1], "ana"),
            command="",
            channel=ChannelRef(PLACES["general"][1], "general"),
        )

    def discord_resolver(self) -> DiscordResolver:
        by_id = {ids[1]: MemberRef(ids[1], name) for name, ids in PEOPLE.items()}
        by_name = {name: MemberRef(ids[1], name) for name, ids in PEOPLE.items()}
        places = {ids[1]: ChannelRef(ids[1], name) for name, ids in PLACES.items()}

        async def member(user_id: str) -> MemberRef | None:
            return by_id.get(user_id)

        async def named(name: str) -> MemberRef | None:
            return by_name.get(name)

        return DiscordResolver(member, named, places.get)

    async def discord_command(self, cmd: Command, values: dict[str, Any]) -> Invocation:
        path = next(p for p, name in self.commands.paths.items() if name == cmd.name)
        resolved: dict[str, dict[str, Any]] = {}
        leaf = [discord_option(name, value, resolved) for name, value in values.items()]
        nested: list[dict[str, Any]] = leaf
        for depth, part in reversed(list(enumerate(path[1:], start=1))):
            kind = SUB_COMMAND if depth == len(path) - 1 else SUB_COMMAND_GROUP
            nested = [{"name": part, "type": kind, "options": nested}]
        data = {"name": path[0], "type": 1, "options": nested, "resolved": resolved}
        return await command_invocation(
            self.engine, self.commands, data, self.discord_origin(), self.discord_resolver()
        )

    async def discord_button(self, button: Button) -> Invocation:
        pressed = Button.parse_custom_id(button.custom_id)
        assert pressed is not None
        command, args = pressed
        return await button_invocation(
            self.engine,
            Button(button.label, command, args),
            self.discord_origin(),
            self.discord_resolver(),
        )

    async def discord_submit(self, cmd: Command, values: dict[str, Any]) -> Invocation:
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": box_text(v)}]}
            for k, v in values.items()
        ]
        data = {"custom_id": f"rbm:{cmd.name}", "components": rows}
        inv = await form_invocation(
            self.engine, data, self.discord_origin(), self.discord_resolver()
        )
        assert inv is not None
        return inv


def discord_option(name: str, value: Any, resolved: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One option as Discord sends it: native types, members and channels in `resolved`."""
    if isinstance(value, bool):
        return {"name": name, "type": 5, "value": value}
    if isinstance(value, int):
        return {"name": name, "type": 4, "value": value}
    if isinstance(value, Person):
        user_id = PEOPLE[value.name][1]
        resolved.setdefault("users", {})[user_id] = {
            "id": user_id,
            "username": value.name,
            "global_name": value.name,
        }
        resolved.setdefault("members", {})[user_id] = {"nick": None, "roles": []}
        return {"name": name, "type": 6, "value": user_id}
    if isinstance(value, Place):
        channel_id = PLACES[value.name][1]
        resolved.setdefault("channels", {})[channel_id] = {"id": channel_id, "name": value.name}
        return {"name": name, "type": 7, "value": channel_id}
    if isinstance(value, list):  # a member list is a text option: mentions, as typed
        text = " ".join(f"<@{PEOPLE[p.name][1]}>" for p in value)
        return {"name": name, "type": 3, "value": text}
    if value == ROLE:
        return {"name": name, "type": 8, "value": value}
    return {"name": name, "type": 3, "value": value}


def slack_answer(element: dict[str, Any], value: Any) -> dict[str, Any]:
    """What Slack reports for an input of a submitted modal answered with `value`."""
    kind = element["type"]
    if kind == "static_select":
        return {"type": kind, "selected_option": {"value": box_text(value)}}
    if kind == "users_select":
        return {"type": kind, "selected_user": PEOPLE[value.name][0]}
    if kind == "multi_users_select":
        return {"type": kind, "selected_users": [PEOPLE[p.name][0] for p in value]}
    if kind == "conversations_select":
        return {"type": kind, "selected_conversation": PLACES[value.name][0]}
    return {"type": kind, "value": str(value)}


@pytest.fixture
async def surfaces(tmp_path: Path) -> AsyncIterator[Surfaces]:
    # Translating needs no database: the engine is only asked to read and type values.
    db = open_database(f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}")
    clock = ManualClock(parse_instant("2026-11-02T09:00:00Z"))
    engine = Engine(db, clock, REGISTRY)
    fake = await FakeSlack().start()
    for name, (slack_id, _) in PEOPLE.items():
        fake.add_user(slack_id, name)
    for name, (slack_id, _) in PLACES.items():
        fake.add_channel(slack_id, name)
    slack = SlackApp(engine, AsyncWebClient(token=BOT_TOKEN, base_url=fake.api_url), SIGNING_SECRET)
    console = Console(engine, clock, Output(io.StringIO(), True, tmp_path / "files"))
    try:
        yield Surfaces(engine, console, slack, build_commands(REGISTRY))
        assert fake.unknown == []
    finally:
        await fake.close()
        await db.dispose()


# --- parity -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
async def test_a_command_means_the_same_on_every_surface(surfaces: Surfaces, name: str) -> None:
    cmd = REGISTRY[name]
    values = intent(cmd)
    want = expected(name, values)
    assert meant(await surfaces.console_line("/" + line(name, values))) == want
    assert meant(await surfaces.slack_command(line(name, values, slack=True))) == want
    assert meant(await surfaces.discord_command(cmd, values)) == want


@pytest.mark.parametrize("name", COMMANDS)
async def test_a_bare_command_means_the_same_and_forms_open_alike(
    surfaces: Surfaces, name: str
) -> None:
    cmd = REGISTRY[name]
    invocations = [
        await surfaces.console_line("/" + name),
        await surfaces.slack_command(name),
        await surfaces.discord_command(cmd, {}),
    ]
    assert all(meant(inv) == (name, {}) for inv in invocations)
    # The one decision: a command with a form, given nothing, opens it where there are forms.
    forms = {surfaces.engine.form_for(inv) for inv in invocations}
    assert forms == {cmd if cmd.modal else None}


def typed(opt: Option | None, text: str) -> Any:
    """The value a button's text stands for, as Discord would type it natively."""
    if opt is not None and opt.type is OptType.INTEGER:
        return int(text)
    if opt is not None and opt.type is OptType.BOOLEAN:
        return text == "yes"
    return text


def _typed_in_ids(cmd: Command) -> list[Option]:
    """Options whose values a button id can carry on every platform (no member lookups)."""
    return [
        o for o in cmd.options if o.type not in (OptType.MEMBER, OptType.CHANNEL, OptType.MEMBERS)
    ]


def _button_for(cmd: Command) -> Button:
    values = intent(cmd, _typed_in_ids(cmd))
    return Button("Go", cmd.name, {k: box_text(v) for k, v in values.items()})


@pytest.mark.parametrize(
    "button",
    BUTTONS + [_button_for(REGISTRY[name]) for name in COMMANDS],
    ids=lambda b: b.custom_id,
)
async def test_a_button_press_means_the_same_on_every_surface(
    surfaces: Surfaces, button: Button
) -> None:
    # The console shows a button as the command line that pressing it means.
    console = await surfaces.console_line(_button_command(button.command, button.args))
    slack = await surfaces.slack_button(button)
    discord = await surfaces.discord_button(button)
    assert meant(console) == meant(slack) == meant(discord)
    # Values are typed like Discord's own options, not left as the id's text.
    cmd = REGISTRY[button.command]
    want = {k: typed(cmd.option(k), v) for k, v in button.args.items()}
    assert meant(discord) == expected(cmd.name, want)
    forms = {surfaces.engine.form_for(inv) for inv in (console, slack, discord)}
    assert forms == {cmd if cmd.modal and not button.args else None}


@pytest.mark.parametrize("name", FORMS)
async def test_a_form_submission_means_the_same_on_every_surface(
    surfaces: Surfaces, name: str
) -> None:
    cmd = REGISTRY[name]
    # Discord's form holds up to five text boxes; Slack's asks every option.
    values = intent(cmd, modal_options(cmd))
    want = expected(name, values)
    assert meant(await surfaces.discord_submit(cmd, values)) == want
    assert meant(await surfaces.slack_submit(cmd, values)) == want
    assert meant(await surfaces.slack_submit(cmd, intent(cmd))) == expected(name, intent(cmd))
    # A form submitted empty is no answer anywhere: the engine's text answer follows.
    empty = await surfaces.discord_submit(cmd, {o.name: " " for o in modal_options(cmd)})
    assert empty.options == {}
    assert meant(await surfaces.console_line("/" + line(name, values))) == want


# --- on the wire: the Check in button opens the form ------------------------------------------


async def test_discord_check_in_button_opens_the_checkin_form(world: World) -> None:  # noqa: F811
    fake = world.fake
    await world.start()
    await world.command(MAYA, "mod checkin-now", {"channel": ChannelOption(CHECKINS)})
    await fake.request("POST", rf"/channels/{CHECKINS}/messages")
    prompt = next(m for m in fake.messages.values() if m["channel_id"] == str(CHECKINS))
    (button,) = buttons_of(prompt)
    assert button["label"] == "Check in"
    pressed = await fake.press(GUILD, ANA, int(prompt["id"]), button["custom_id"])
    call = await fake.callback(pressed)
    assert call.json["type"] == 9, call.json  # MODAL, not an error reply (type 4)
    form = call.json["data"]
    assert form["custom_id"] == "rbm:checkin"
    inputs = [c["component"]["custom_id"] for c in form["components"]]
    assert inputs == [o.name for o in modal_options(REGISTRY["checkin"])]


async def test_slack_check_in_button_opens_the_checkin_form(db_url: str) -> None:
    async with slack_env(db_url) as env:
        await env.ask("mod checkin-now channel:<#C4|checkins>", user="UADMIN")
        await env.scheduler.advance_to(env.clock, env.clock.now())
        (prompt,) = await env.fake.wait_for("chat.postMessage", _in("C4"))
        (button,) = [e for b in prompt.blocks() if b["type"] == "actions" for e in b["elements"]]
        payload = {
            "type": "block_actions",
            "team": {"id": "T1", "domain": "t1"},
            "user": {"id": "U1", "username": "ana", "team_id": "T1"},
            "api_app_id": "A1",
            "trigger_id": "trigger-checkin",
            "channel": {"id": "C4", "name": "checkins"},
            "container": {"type": "message", "message_ts": "1", "channel_id": "C4"},
            "response_url": env.fake.response_url("press-checkin"),
            "actions": [
                {
                    "type": "button",
                    "action_id": button["action_id"],
                    "block_id": "b",
                    "value": button["value"],
                    "action_ts": "1",
                }
            ],
        }
        await env.slack.interactive(payload)
        (opened,) = await env.fake.wait_for("views.open")
        assert opened.args["trigger_id"] == "trigger-checkin"
        view = opened.args["view"]
        view = json.loads(view) if isinstance(view, str) else view
        assert json.loads(view["private_metadata"]) == {
            "channel_id": "C4",
            "channel_name": "checkins",
            "command": "checkin",
        }
        await env.app.drain()
        # No error reply beside the form.
        assert env.fake.of("response_url", lambda c: c.args["token"] == "press-checkin") == []
