"""The console adapter: a simulated community in the terminal (PRODUCT.md section 5).

Reads transcript lines (`USER: /command ...`, `USER in #channel: /command ...`,
`!time ISO`, `!mod USER`), runs them through the same engine, store and scheduler as
the real adapters, and prints every message the bot sends, for people or as JSON lines.
It follows the `adapters.base.Adapter` contract where it fits: it has no forms, so a
command declared with one gets the engine's text answer, and a button is shown as the
command line that pressing it means.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from adapters.base import Capabilities, build_engine
from bot.core import grants, i18n
from bot.core.clock import ManualClock, SystemClock, parse_instant
from bot.core.context import Invocation
from bot.core.delivery import DELIVERY_KEY, RESUMING
from bot.core.engine import Engine, Refused
from bot.core.errors import UserError
from bot.core.grammar import quote
from bot.core.i18n import Msg
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.scheduler import Scheduler
from bot.store.db import Database

NAME = r"[A-Za-z0-9_-]+"
_COMMAND_LINE = re.compile(
    rf"^(?P<user>{NAME})(?:\s+in\s+#(?P<channel>{NAME}))?\s*:\s*(?P<cmd>.*)$"
)
_TIME_LINE = re.compile(r"^!time\s+(?P<when>\S+)\s*$")
_MOD_LINE = re.compile(rf"^!mod\s+@?(?P<user>{NAME})\s*$")
# The JSON key naming the outbox row a message was delivered from (`outbox:17`).
DELIVERY = "delivery"
READ_CHUNK = 1 << 20

WELCOME = """\
Welcome to Rebound — a simulated community right here in your terminal.
Type a command as a member, for example:

  ana: /log applied Backend role at Acme
  ana: /streak
  ana: /rejection company:Acme stage:interview share:anonymous
  bo: /cheer member:@ana message:"You've got this"
  !mod ana            (make ana a moderator)
  !time 2026-12-01T09:00:00Z   (jump ahead; scheduled messages run on the way)

A line that starts with / runs as "you". /help lists every command. Ctrl-D quits.
"""


class ConsoleResolver:
    """`@name` and `#name` are the console's member and channel ids."""

    async def member(self, text: str) -> MemberRef:
        name = text.strip().lstrip("@")
        if not re.fullmatch(NAME, name):
            raise UserError(Msg("console-not-member", text=text))
        return MemberRef(name, name)

    async def channel(self, text: str) -> ChannelRef:
        name = text.strip().lstrip("#")
        if not re.fullmatch(NAME, name):
            raise UserError(Msg("console-not-channel", text=text))
        return ChannelRef(name, name)


@dataclass
class Output:
    """Prints messages for people or as JSON lines, and saves attachments as files."""

    stream: IO[str]
    json_mode: bool
    files_dir: Path
    counter: int = 0
    saved: list[Path] = field(default_factory=list)

    def save(self, msg: Message) -> list[str]:
        paths: list[str] = []
        for att in msg.attachments:
            self.files_dir.mkdir(parents=True, exist_ok=True)
            self.counter += 1
            path = self.files_dir / f"{self.counter:04d}-{att.filename}"
            path.write_bytes(att.data)
            self.saved.append(path)
            paths.append(str(path))
        return paths

    def written(self, key: str) -> bool:
        """Whether a JSON transcript written to a file already holds the message sent as
        `key` (by this process or one that died before recording it as sent)."""
        if not self.json_mode:
            return False
        try:
            fd = self.stream.fileno()
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
        except (AttributeError, OSError, ValueError):
            return False
        self.stream.flush()
        marker = (json.dumps({DELIVERY: key})[1:-1]).encode()
        offset, tail = 0, b""
        while chunk := os.pread(fd, READ_CHUNK, offset):
            if marker + b"," in tail + chunk or marker + b"}" in tail + chunk:
                return True
            offset += len(chunk)
            tail = chunk[-len(marker) :]
        return False

    def emit(self, line: int, msg: Message, key: str | None = None) -> None:
        """Print `msg`; `key` names the outbox row it comes from (a JSON record says it)."""
        paths = self.save(msg)
        channel = msg.channel.label if msg.channel and msg.kind is not Kind.DM else None
        to = msg.to.label.lstrip("@") if msg.to and (msg.kind is Kind.DM or msg.ephemeral) else None
        if self.json_mode:
            record: dict[str, Any] = {
                "line": line,
                "type": msg.kind.value,
                "channel": channel,
                "to": to,
                "ephemeral": bool(msg.ephemeral),
                "error": bool(msg.error),
                "text": msg.plain_text(),
                "attachments": paths,
            }
            if msg.post_id is not None:
                record["post_id"] = msg.post_number or msg.post_id
            if msg.thread_ref:
                record["thread"] = msg.thread_ref
            if msg.withdraw_ref:
                record["withdrawn"] = msg.withdraw_ref
            if msg.edit_ref:
                record["edited"] = msg.edit_ref
            if key:
                record[DELIVERY] = key
            if msg.buttons:
                record["buttons"] = [
                    {"label": b.label, "command": _button_command(b.command, b.args)}
                    for b in msg.buttons
                ]
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            self.stream.write(_human(line, msg, channel, to, paths))
        self.stream.flush()


def _button_command(command: str, args: dict[str, str]) -> str:
    """The command line pressing a button means (the console shows buttons this way)."""
    return "/" + " ".join([command, *(f"{k}:{quote(v)}" for k, v in args.items())])


def read_command_line(line: str) -> tuple[str, str | None, str] | None:
    """`USER [in #channel]: /command ...` (or a bare `/command ...`, as "you") as the
    user, the channel and the command line; None when the line is not a command."""
    if line.startswith("/"):
        return "you", None, line
    if m := _COMMAND_LINE.match(line):
        return m.group("user"), m.group("channel"), m.group("cmd")
    return None


def _human(line: int, msg: Message, channel: str | None, to: str | None, paths: list[str]) -> str:
    if msg.kind is Kind.DM:
        head = f"DM to @{to}"
    elif msg.kind is Kind.POST:
        head = f"post in {channel}" + (" (thread)" if msg.thread_ref else "")
        if msg.post_id is not None:
            head += f" · post {msg.post_number or msg.post_id}"
        if msg.withdraw_ref:
            head += " withdrawn"
        if msg.edit_ref:
            head += " edited"
    elif to is None and channel is None:
        head = "console"
    else:
        head = f"reply to @{to} (only they see it)" if msg.ephemeral else f"reply in {channel}"
    if msg.error:
        head += " · error"
    body = msg.plain_text().splitlines() or [""]
    lines = [f"[{line}] {head}", *(f"    {b}" for b in body)]
    for b in msg.buttons:
        lines.append(f"    [{b.label}] → {_button_command(b.command, b.args)}")
    for p in paths:
        lines.append(f"    attachment: {p}")
    return "\n".join(lines) + "\n"


class Console:
    """The console as `adapters.base.Adapter`: the terminal is its platform."""

    platform = "console"
    capabilities = Capabilities(
        modals=False, threads=False, ephemeral=True, buttons=False, pictures=True
    )

    def __init__(
        self,
        engine: Engine,
        clock: ManualClock,
        output: Output,
        *,
        community: str = "demo",
        follow_real_time: bool = False,
        locale: str | None = None,
    ) -> None:
        self.engine = engine
        # What a platform would say about languages: every member's and the community's.
        self.locale = locale
        self.clock = clock
        self.output = output
        self.community_key = f"console:{community}"
        self.community_name = community
        self.follow_real_time = follow_real_time
        self.resolver = ConsoleResolver()
        self.current_line = 0
        self.scheduler = Scheduler(
            engine.db,
            engine.clock,
            engine.registry,
            self._send,
            delivery=engine.delivery,
            platform="console",
        )
        self.posts = 0

    # --- the Adapter contract: nothing to connect to -------------------------------------
    async def start(self) -> None:
        return None

    async def serving(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def send(self, msg: Message) -> str | None:
        return await self._send(msg)

    # --- translating --------------------------------------------------------------------
    def origin(self, user: str, channel: str | None) -> Invocation:
        """Who acted and where: a console user in a channel (#general unless named)."""
        channel_name = channel or "general"
        return Invocation(
            community_key=self.community_key,
            actor=MemberRef(user, user),
            command="",
            channel=ChannelRef(channel_name, channel_name),
            community_name=self.community_name,
            locale=self.locale,
            community_locale=self.locale,
        )

    async def invocation(self, user: str, channel: str | None, line: str) -> Invocation:
        """The invocation a command line typed by `user` means (raises `Refused`)."""
        return await self.engine.read_line(line, self.origin(user, channel), self.resolver)

    async def _send(self, msg: Message) -> str | None:
        key = DELIVERY_KEY.get()
        # An earlier send of this outbox row never settled (the process died): print it
        # only if the transcript does not hold it yet.
        if not (key and RESUMING.get() is not None and self.output.written(key)):
            self.output.emit(self.current_line, msg, key)
        if msg.kind is Kind.POST and not msg.withdraw_ref and not msg.edit_ref:
            self.posts += 1
            return f"console-{msg.post_id or self.posts}"
        return None

    def _problem(self, key: str, **args: str) -> None:
        """A line the console itself cannot take, answered in the console's language."""
        text = i18n.tr(i18n.resolve(None, self.locale))(key, **args)
        self.output.emit(
            self.current_line,
            Message(kind=Kind.REPLY, text=text, ephemeral=True, error=True),
        )

    async def handle(self, lineno: int, raw: str) -> None:
        self.current_line = lineno
        line = raw.strip()
        if not line or line.startswith("#"):
            return
        if self.follow_real_time:
            await self.scheduler.advance_to(self.clock, max(self.clock.now(), SystemClock().now()))
        if m := _TIME_LINE.match(line):
            try:
                target = parse_instant(m.group("when"))
            except ValueError:
                self._problem("console-bad-instant", value=m.group("when"))
                return
            if target < self.clock.now():
                self._problem(
                    "console-clock-backwards", now=f"{self.clock.now():%Y-%m-%dT%H:%M:%SZ}"
                )
                return
            await self.scheduler.advance_to(self.clock, target)
            return
        if m := _MOD_LINE.match(line):
            user = m.group("user")
            await grants.grant_moderator(
                self.engine.db,
                self.engine.clock,
                self.community_key,
                MemberRef(user, user),
                self.community_name,
            )
            return
        if line.startswith("!"):
            self._problem("console-bang-help")
            return
        read = read_command_line(line)
        if read is None:
            self._problem("console-unreadable")
            return
        try:
            inv = await self.invocation(*read)
        except Refused as exc:
            messages = exc.messages
        else:
            messages = await self.engine.run(inv)
        await self.engine.delivery.deliver(messages, self._send, self.community_key)
        await self.scheduler.run_due(self.clock.now())
        await self.scheduler.deliver()

    async def run(self, lines: Iterable[str], *, interactive: bool = False) -> None:
        # Jobs that fell due while the console was not running (a reused database) go
        # out first, as line 0: no input line caused them.
        self.current_line = 0
        await self.scheduler.advance_to(self.clock, self.clock.now())
        for lineno, raw in enumerate(lines, start=1):
            await self.handle(lineno, raw.rstrip("\n"))
            if interactive:
                sys.stdout.write("rebound> ")
                sys.stdout.flush()


async def run_console(
    db: Database,
    *,
    script: str | None,
    json_mode: bool,
    start: datetime | None,
    community: str = "demo",
    files_dir: Path | None = None,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    locale: str | None = None,
) -> None:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = script is None and stdin.isatty()
    clock = ManualClock(start or SystemClock().now())
    engine = build_engine(db, clock)
    output = Output(stdout, json_mode, files_dir or Path("rebound-files"))
    console = Console(
        engine,
        clock,
        output,
        community=community,
        follow_real_time=interactive and start is None,
        locale=locale,
    )
    if interactive:
        stdout.write(WELCOME + "\nrebound> ")
        stdout.flush()
    if script is not None:
        text = await asyncio.to_thread(Path(script).read_text, encoding="utf-8")
        await console.run(text.splitlines())
    else:
        await console.run(_lines(stdin), interactive=interactive)
    if interactive:
        stdout.write("\nBye — see you tomorrow.\n")


def _lines(stream: IO[str]) -> Iterable[str]:
    while True:
        line = stream.readline()
        if not line:
            return
        yield line
