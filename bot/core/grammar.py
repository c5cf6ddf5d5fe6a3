"""The text command line shared by the console and Slack's `/rebound`.

`log activity:applied note:"Backend role at Acme"` and the positional shortcut
`log applied Backend role at Acme` both parse to the `log` command with the same raw
values. Option names match whatever their case (`Activity:applied`), a hyphen stands for
an underscore (`per-week:3`), and a space may follow the colon (`activity: applied`). An
empty line means `help`, whichever adapter passed it. Members are `@name` and channels
`#name`; adapters resolve those references through a `Resolver`, since only they know the
platform's ids.

Parsing never guesses:
- A word shaped like an option (a letter, then letters, digits, `_` or `-`, then `:` and a
  value) is an option wherever it stands, free text included, and one the command does not
  have is an error naming the closest option: `/win text:"Offer!" compnay:Acme` is refused,
  never recorded as the text "Offer! compnay:Acme". Words of that shape that are not
  options: links (`https://...`, `mailto:...`, `tel:...`) and Slack emoji codes
  (`yay:tada:`). Words starting with a digit (`10:30`) and anything quoted are text.
- `name:` followed by a space takes the next word as its value when `name` is an option;
  a name so close to an option that it is surely a typo (`compnay: Acme`) is an error, and
  any other (`Update: they called`) is text.
- Quotes are straight (`"`), curly (“ ” „ ‟) or guillemets (« »). Single curly marks
  (‘ ’ ‚) are apostrophes too ("I’m"), so they quote only at the start of a word or value
  and only when a mark that ends a word closes them later ("class of ’19" stays as typed).
- A subcommand that does not exist is named (`/mod foo`), with the closest ones.
- A member list names members: every item is a mention (`@ana`, a platform mention), so
  `moderators:"@x y"` is an error about `y`, never a new moderator called y.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.core.declarations import QUOTE_LIMIT, Command, OptType, closest, unknown_option
from bot.core.errors import UserError
from bot.core.i18n import Msg
from bot.core.messages import ChannelRef, MemberRef
from bot.core.registry import Registry

# A word shaped like an option: `name:` then its value (the name and colon unquoted).
_NAME_RE = re.compile(r"([^\W\d_][\w-]*):")
# Option-shaped words that are text: a link's scheme and Slack's emoji codes (`yay:tada:`,
# `ok:thumbsup::skin-tone-2:`) after a word.
_SCHEMES = frozenset({"mailto", "tel"})
_EMOJI_RE = re.compile(r"[\w+-]+:(?::[\w+-]+:)*")
# Each opening quote mark and the marks that close it.
_DOUBLE_CLOSERS = "”“‟"
_SINGLE_CLOSERS = "’‘"
_CLOSERS = {
    '"': '"',
    "“": _DOUBLE_CLOSERS,
    "”": _DOUBLE_CLOSERS,
    "„": _DOUBLE_CLOSERS,
    "‟": _DOUBLE_CLOSERS,
    "«": "»",
    "‘": _SINGLE_CLOSERS,
    "’": _SINGLE_CLOSERS,
    "‚": _SINGLE_CLOSERS,
}
_SINGLE_OPENERS = "‘’‚"
_QUOTE_MARKS = frozenset("".join(_CLOSERS) + "".join(_CLOSERS.values()) + "\\")
# A member in a list: a platform mention (`<@U1|ana lopez>`) or a word.
_MEMBER_ITEM = re.compile(r"<[^>]*>|[^,\s]+")
# What an empty command line runs.
DEFAULT_COMMAND = "help"


@dataclass(frozen=True)
class Token:
    text: str
    # The token as typed, quotes included.
    typed: str = ""
    # Where in `text` the first quoted part began (None: nothing was quoted), so `"a:b"`
    # and `ab"c:d"` are never options while `note:"a b"` is the option `note`.
    quoted_from: int | None = None

    @property
    def quoted_start(self) -> bool:
        return self.quoted_from == 0


@dataclass
class ParsedLine:
    command: Command
    raw: dict[str, str]


class Resolver(Protocol):
    async def member(self, text: str) -> MemberRef: ...

    async def channel(self, text: str) -> ChannelRef: ...


def tokenize(text: str) -> list[Token]:
    """Split on whitespace, honouring quotes (see the module docstring); inside quotes a
    backslash escapes a closing mark or a backslash (`\\"`, `\\\\`)."""
    tokens: list[Token] = []
    buf: list[str] = []
    start = -1  # where the current token began; -1 between tokens
    quoted_from: int | None = None
    closers = ""  # the marks that close the quote we are in; "" outside quotes
    last_single = _last_single_closer(text)
    i = 0
    while i < len(text):
        ch = text[i]
        if closers:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in closers + "\\":
                buf.append(text[i + 1])
                i += 1
            elif ch in closers and (closers != _SINGLE_CLOSERS or _ends_word(text, i)):
                closers = ""
            else:
                buf.append(ch)
        elif ch.isspace():
            if start >= 0:
                tokens.append(Token("".join(buf), text[start:i], quoted_from))
                buf, start, quoted_from = [], -1, None
        else:
            start = i if start < 0 else start
            if ch in _CLOSERS and (ch not in _SINGLE_OPENERS or _single_opens(buf, i, last_single)):
                closers = _CLOSERS[ch]
                quoted_from = len(buf) if quoted_from is None else quoted_from
            else:
                buf.append(ch)
        i += 1
    if closers:
        raise UserError(
            Msg("grammar-unclosed-quote", mark=closers[0]),
            hint=Msg("grammar-unclosed-quote-hint"),
        )
    if start >= 0:
        tokens.append(Token("".join(buf), text[start:], quoted_from))
    return tokens


def _ends_word(text: str, i: int) -> bool:
    return i + 1 == len(text) or text[i + 1].isspace()


def _last_single_closer(text: str) -> int:
    """Where the last single curly mark that could close a quote is (-1: none)."""
    for i in range(len(text) - 1, -1, -1):
        if text[i] in _SINGLE_CLOSERS and _ends_word(text, i):
            return i
    return -1


def _single_opens(buf: list[str], i: int, last_single: int) -> bool:
    """Whether a single curly mark at `i` opens a quote: it starts a word or a value
    (`note:‘...`) and a mark that ends a word comes later to close it."""
    at_value = not buf or _NAME_RE.fullmatch("".join(buf)) is not None
    return at_value and last_single > i


def quote(value: str) -> str:
    """Quote a value so `tokenize` gives it back unchanged (and `name://...` stays a value)."""
    if (
        value
        and not value.startswith("//")
        and not any(c.isspace() or c in _QUOTE_MARKS for c in value)
    ):
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
        raise UserError(Msg("grammar-type-a-command"))
    cmd: Command | None = None
    word = rest[0].text if rest and _plain_word(rest[0]) else None
    subcommands = registry.subcommands(head)
    if word is not None and f"{head} {word.lower()}" in registry:
        cmd = registry[f"{head} {word.lower()}"]
        rest = rest[1:]
    elif word is not None and subcommands and not _takes_words(registry.get(head)):
        raise _unknown_subcommand(head, word, subcommands)
    elif head in registry:
        cmd = registry[head]
    elif subcommands:
        names = ", ".join(c.leaf for c in subcommands)
        raise UserError(
            Msg("grammar-needs-subcommand", group=head, names=names),
            hint=Msg("grammar-needs-subcommand-hint", group=head),
        )
    if cmd is None:
        raise UserError(Msg("grammar-no-command", command=head), hint=_suggest(head, registry))
    return ParsedLine(cmd, _assign(cmd, rest, registry))


def _plain_word(tok: Token) -> bool:
    """A bare word: neither quoted nor shaped like an option."""
    return not tok.quoted_start and _option_word(tok) is None


def _takes_words(cmd: Command | None) -> bool:
    return cmd is not None and bool(cmd.positional or cmd.rest or cmd.flags)


def _unknown_subcommand(group: str, word: str, subcommands: list[Command]) -> UserError:
    shown = word if len(word) <= QUOTE_LIMIT else word[:QUOTE_LIMIT] + "…"
    leaves = [c.leaf for c in subcommands]
    close = closest(word, leaves)
    names = ", ".join(leaves)
    hint = (
        Msg("grammar-no-subcommand-hint-close", group=group, close=close, names=names)
        if close
        else Msg("grammar-no-subcommand-hint", group=group, names=names)
    )
    return UserError(Msg("grammar-no-subcommand", group=group, word=shown), hint=hint)


def _assign(cmd: Command, tokens: list[Token], registry: Registry) -> dict[str, str]:
    raw: dict[str, str] = {}
    positional = [p for p in cmd.positional]
    rest_words: list[str] | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        named = _named(cmd, tok, tokens[i] if i < len(tokens) else None)
        if named is not None:
            name, value, took_next = named
            i += took_next
            if name in raw or (name == cmd.rest and rest_words is not None):
                raise UserError(
                    Msg("grammar-given-twice", option=name),
                    hint=Msg("grammar-usage", usage=cmd.usage()),
                )
            if name == cmd.rest:
                # The free-text option takes the words that follow it: note:Backend role at Acme
                rest_words = [value] if value else []
            else:
                raw[name] = value
            continue
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
            Msg("grammar-not-understood", word=tok.text, command=cmd.name),
            hint=_hint(cmd, registry),
        )
    if rest_words is not None and cmd.rest:
        raw[cmd.rest] = " ".join(rest_words)
    return raw


def _option_word(tok: Token) -> tuple[str, str] | None:
    """`tok` as (name as typed, value) when it is shaped like an option, else None."""
    match = _NAME_RE.match(tok.text)
    if match is None or (tok.quoted_from is not None and tok.quoted_from < match.end()):
        return None
    return match.group(1), tok.text[match.end() :]


def _named(cmd: Command, tok: Token, after: Token | None) -> tuple[str, str, int] | None:
    """The option `tok` gives, as (name, value, how many following tokens the value took),
    or None when `tok` is text. An option `cmd` does not have is a `UserError`."""
    word = _option_word(tok)
    if word is None:
        return None
    typed, value = word
    name = typed.lower().replace("-", "_")
    spaced = value == "" and tok.quoted_from is None  # `name:` and a space before the value
    if cmd.option(name) is not None:
        if spaced and after is not None and _option_word(after) is None:
            return name, after.text, 1
        return name, value, 0
    if spaced:
        if closest(name, (o.name for o in cmd.options)) is None:
            return None  # "Update: they called back" is text
        raise unknown_option(cmd, typed, f"{tok.typed} {after.typed}" if after else tok.typed)
    if tok.quoted_from != len(typed) + 1 and _is_text(name, value):  # an unquoted value
        return None
    raise unknown_option(cmd, typed, tok.typed)


def _is_text(name: str, value: str) -> bool:
    """Whether an option-shaped word with an unknown name is a link or an emoji code."""
    return value.startswith("//") or name in _SCHEMES or _EMOJI_RE.fullmatch(value) is not None


async def coerce(cmd: Command, raw: dict[str, str], resolver: Resolver) -> dict[str, Any]:
    """Turn raw strings into typed references where the option asks for members or channels."""
    values: dict[str, Any] = {}
    for name, text in raw.items():
        opt = cmd.option(name)
        if opt is None:
            raise unknown_option(cmd, name)
        if opt.type is OptType.MEMBER:
            values[name] = await resolver.member(text)
        elif opt.type is OptType.CHANNEL:
            values[name] = await resolver.channel(text)
        elif opt.type is OptType.MEMBERS:
            values[name] = [await resolver.member(p) for p in member_list(name, text)]
        else:
            values[name] = text
    return values


def member_list(name: str, text: str) -> list[str]:
    """The members a list option names (`@ana,@bo`, `@ana @bo`, platform mentions). Every
    item must be a mention: a bare word is refused, never taken for someone's name."""
    items = _MEMBER_ITEM.findall(text)
    for item in items:
        if not item.startswith(("@", "<@")):
            shown = item if len(item) <= QUOTE_LIMIT else item[:QUOTE_LIMIT] + "…"
            raise UserError(
                Msg("grammar-not-a-member", item=shown, option=name),
                hint=Msg("grammar-not-a-member-hint"),
            )
    return items


def _hint(cmd: Command, registry: Registry) -> Msg:
    """How to write `cmd` right; a group root also names its subcommands."""
    subs = registry.subcommands(cmd.name)
    if subs:
        usages = _either(f"`{c.usage()}`" for c in subs)
        return Msg("grammar-group-usages", usages=usages, usage=cmd.usage())
    return Msg("grammar-write-options", usage=cmd.usage())


def _either(items: Iterable[str]) -> str | Msg:
    """`a or b or c` (`grammar-or`, nested), translated when the reader is known."""
    found: str | Msg | None = None
    for item in items:
        found = item if found is None else Msg("grammar-or", first=found, second=item)
    return "" if found is None else found


def _suggest(head: str, registry: Registry) -> Msg:
    names = registry.top_level_names()
    close = [n for n in names if n.startswith(head[:2])] if head else []
    if close:
        return Msg("grammar-suggest-commands", names=", ".join("/" + n for n in close))
    return Msg("grammar-help-lists-all")
