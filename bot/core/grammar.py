"""The text command line shared by the console and Slack's `/rebound`.

`log activity:applied note:"Backend role at Acme"` and the positional shortcut
`log applied Backend role at Acme` both parse to the `log` command with the same raw
values. Option names match whatever their case (`Activity:applied`). An empty line
means `help`, whichever adapter passed it. Members are `@name` and channels `#name`;
adapters resolve those references through a `Resolver`, since only they know the
platform's ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from bot.core.declarations import Command, OptType
from bot.core.errors import UserError
from bot.core.messages import ChannelRef, MemberRef
from bot.core.registry import Registry

_NAME_RE = re.compile(r"^([a-z][a-z_]*):(.*)$", re.DOTALL | re.IGNORECASE)
# What an empty command line runs.
DEFAULT_COMMAND = "help"


@dataclass(frozen=True)
class Token:
    text: str
    # True when the token began with a quote, so `"a:b"` is never read as an option.
    quoted_start: bool
    # The token as typed, quotes included: `company:"//x"` is a quoted value, not a link.
    typed: str = ""


@dataclass
class ParsedLine:
    command: Command
    raw: dict[str, str]


class Resolver(Protocol):
    async def member(self, text: str) -> MemberRef: ...

    async def channel(self, text: str) -> ChannelRef: ...


def tokenize(text: str) -> list[Token]:
    """Split on whitespace, honouring double quotes with `\\"` and `\\\\` escapes."""
    tokens: list[Token] = []
    buf: list[str] = []
    start = 0
    in_token = False
    quoted = False
    quoted_start = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"\\':
                buf.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                quoted = False
            else:
                buf.append(ch)
        elif ch == '"':
            if not in_token:
                quoted_start = True
                start = i
            in_token = True
            quoted = True
        elif ch.isspace():
            if in_token:
                tokens.append(Token("".join(buf), quoted_start, text[start:i]))
                buf, in_token, quoted_start = [], False, False
        else:
            if not in_token:
                start = i
            in_token = True
            buf.append(ch)
        i += 1
    if quoted:
        raise UserError(
            'A quoted value is missing its closing `"`.',
            hint='Close the quote, like note:"Backend role at Acme" (write \\" for a quote inside).',
        )
    if in_token:
        tokens.append(Token("".join(buf), quoted_start, text[start:]))
    return tokens


def quote(value: str) -> str:
    """Quote a value so `tokenize` gives it back unchanged (and `name://...` stays a value:
    unquoted, `company://x` would read as a link in the text, not as the option)."""
    if value and not value.startswith("//") and not any(c.isspace() or c in '"\\' for c in value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_line(text: str, registry: Registry) -> ParsedLine:
    """Parse a command line (with or without the leading `/`) into a command and raw values.

    An empty line (or a lone `/`) is `help`.
    """
    tokens = tokenize(text.strip())
    head = tokens[0].text.lstrip("/").lower() if tokens else ""
    rest = tokens[1:]
    if not head and not rest:
        head = DEFAULT_COMMAND
    if not head:
        raise UserError("Type a command, like /help.")
    cmd: Command | None = None
    if rest and not rest[0].quoted_start and f"{head} {rest[0].text.lower()}" in registry:
        cmd = registry[f"{head} {rest[0].text.lower()}"]
        rest = rest[1:]
    elif head in registry:
        cmd = registry[head]
    elif registry.subcommands(head):
        names = ", ".join(c.leaf for c in registry.subcommands(head))
        raise UserError(
            f"`/{head}` needs a subcommand: {names}.",
            hint=f"Try `/help command:{head}`.",
        )
    if cmd is None:
        raise UserError(f"There is no command `/{head}`.", hint=_suggest(head, registry))
    return ParsedLine(cmd, _assign(cmd, rest, registry))


def _assign(cmd: Command, tokens: list[Token], registry: Registry) -> dict[str, str]:
    raw: dict[str, str] = {}
    positional = [p for p in cmd.positional]
    rest_words: list[str] | None = None
    for tok in tokens:
        match = None if tok.quoted_start else _NAME_RE.match(tok.text)
        if match and match.group(2).startswith("//") and '"' not in tok.typed[: match.end(1) + 2]:
            match = None  # a link such as https://acme.example/jobs is text, not an option
        if match and cmd.option(match.group(1).lower()):
            name, value = match.group(1).lower(), match.group(2)
            if name in raw or (name == cmd.rest and rest_words is not None):
                raise UserError(f"`{name}` is given twice.", hint=f"Usage: {cmd.usage()}")
            if name == cmd.rest:
                # The free-text option takes the words that follow it: note:Backend role at Acme
                rest_words = [value]
                continue
            raw[name] = value
            continue
        if match and rest_words is None:
            # Before any free text, `name:value` must name an option; once the free text
            # has begun ("/log applied call at 10:30, ask re:visa") it is part of it.
            raise UserError(
                f"`/{cmd.name}` has no option `{match.group(1)}`.",
                hint=f"Usage: {cmd.usage()}",
            )
        if rest_words is not None:
            rest_words.append(tok.text)
            continue
        word = tok.text.lower()
        flag = next((f for f in cmd.flags if f == word and f not in raw), None)
        if flag and not tok.quoted_start:
            raw[flag] = "yes"
            continue
        while positional and positional[0] in raw:
            positional.pop(0)
        if positional:
            raw[positional.pop(0)] = tok.text
            continue
        if cmd.rest and cmd.rest not in raw:
            rest_words = [tok.text]
            continue
        raise UserError(
            f"I did not understand `{tok.text}` in `/{cmd.name}`.", hint=_hint(cmd, registry)
        )
    if rest_words is not None and cmd.rest:
        raw[cmd.rest] = " ".join(rest_words)
    return raw


async def coerce(cmd: Command, raw: dict[str, str], resolver: Resolver) -> dict[str, Any]:
    """Turn raw strings into typed references where the option asks for members or channels."""
    values: dict[str, Any] = {}
    for name, text in raw.items():
        opt = cmd.option(name)
        if opt is None:
            raise UserError(f"`/{cmd.name}` has no option `{name}`.", hint=f"Usage: {cmd.usage()}")
        if opt.type is OptType.MEMBER:
            values[name] = await resolver.member(text)
        elif opt.type is OptType.CHANNEL:
            values[name] = await resolver.channel(text)
        elif opt.type is OptType.MEMBERS:
            parts = [p for p in re.split(r"[,\s]+", text) if p]
            values[name] = [await resolver.member(p) for p in parts]
        else:
            values[name] = text
    return values


def _hint(cmd: Command, registry: Registry) -> str:
    """How to write `cmd` right; a group root also names its subcommands."""
    subs = registry.subcommands(cmd.name)
    if subs:
        names = " or ".join(f"`{c.usage()}`" for c in subs)
        return f"Did you mean {names}? On its own: `{cmd.usage()}`."
    return f"Write options as name:value. Usage: {cmd.usage()}"


def _suggest(head: str, registry: Registry) -> str:
    names = registry.top_level_names()
    close = [n for n in names if n.startswith(head[:2])] if head else []
    if close:
        return f"Did you mean {', '.join('/' + n for n in close)}? `/help` lists every command."
    return "`/help` lists every command."
