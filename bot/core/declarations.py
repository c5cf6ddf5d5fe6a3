"""Command declarations: the single source every adapter derives its surface from.

A command is declared once, next to its handler, with `@command(...)`: its name (a
space separates a group from its subcommand, as in `mod setup`), typed options with
choices and limits, help text, whether it is for moderators, and which questions its
form asks. Declarations belong to a `Feature`; a `Registry` (bot.core.registry) is built
from a list of features, and Discord app commands, the Slack `/rebound` grammar, the
console and `/help` all read the registry they are given.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from bot.core import safety
from bot.core.errors import UserError
from bot.core.i18n import Msg
from bot.core.messages import ChannelRef, MemberRef

if TYPE_CHECKING:
    from bot.core.context import Ctx, Scope

NOTE_LIMIT = 1000
TEMPLATE_LIMIT = 4000
SHORT_LIMIT = 200
# A form holds at most this many questions: the smallest limit of a platform with forms
# (Discord's five inputs a modal).
MAX_MODAL_FIELDS = 5
# Integer ranges up to this bound are shown in usage as `min-max`; larger ones as `number`.
SHOWN_RANGE = 1000
# What the database's integer columns hold: a number option declared without a bound is
# still bounded by these, so an id can never overflow a query.
INT_MAX = 2**31 - 1
INT_MIN = -(2**31)
# How much of a refused value an error quotes back.
QUOTE_LIMIT = 40
# How alike a mistyped name must be to a real one to be suggested (`compnay` → `company`).
CLOSE_ENOUGH = 0.75


class OptType(StrEnum):
    STRING = "string"
    INTEGER = "integer"
    BOOLEAN = "boolean"  # yes/no
    CHOICE = "choice"  # one of `choices`
    MEMBER = "member"  # @name
    CHANNEL = "channel"  # #name
    ROLE = "role"  # a platform role
    MEMBERS = "members"  # a comma-separated list of @names


YES = {"yes", "y", "true", "on", "1"}
NO = {"no", "n", "false", "off", "0"}


@dataclass(frozen=True)
class Option:
    name: str
    type: OptType
    help: str
    required: bool = False
    choices: tuple[str, ...] = ()
    min: int | None = None
    max: int | None = None
    max_length: int | None = None
    # Name of a completion source adapters may offer: "templates", "timezones", "kinds".
    autocomplete: str | None = None
    # Free text is screened for crisis language; off only for text that names support
    # services on purpose (the moderators' `/mod setup resources:`).
    crisis_check: bool = True
    # How usage shows the value when the type alone says too little (`time:HH:MM`).
    shape: str | None = None

    def __post_init__(self) -> None:
        if self.type is OptType.STRING and self.max_length is None:
            object.__setattr__(self, "max_length", SHORT_LIMIT)

    def bounds(self) -> tuple[int, int]:
        """The range an integer option accepts: as declared, within the database's integer."""
        low = INT_MIN if self.min is None else max(self.min, INT_MIN)
        high = INT_MAX if self.max is None else min(self.max, INT_MAX)
        return low, high

    @property
    def is_free_text(self) -> bool:
        return self.type is OptType.STRING

    def describe(self) -> str:
        text = f"{self.name}:{self.value_shape()}"
        return text if self.required else f"[{text}]"

    def value_shape(self) -> str:
        """What a value looks like, for usage lines: `1-5`, `yes|no`, `HH:MM`, `number`."""
        if self.shape is not None:
            return self.shape
        if self.type is OptType.CHOICE:
            return "|".join(self.choices)
        if self.type is OptType.INTEGER:
            if self.min is not None and self.max is not None and self.max <= SHOWN_RANGE:
                return f"{self.min}-{self.max}"
            return "number"
        if self.type is OptType.BOOLEAN:
            return "yes|no"
        if self.type is OptType.MEMBER:
            return "@member"
        if self.type is OptType.CHANNEL:
            return "#channel"
        if self.type is OptType.MEMBERS:
            return "@a,@b"
        if self.type is OptType.ROLE:
            return "role"
        return "text"


OPTION_SPEC = "rebound.option"


def option(
    type: OptType,
    help: str,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
    min: int | None = None,
    max: int | None = None,
    max_length: int | None = None,
    autocomplete: str | None = None,
    crisis_check: bool = True,
    shape: str | None = None,
) -> Any:
    """One field of a command's options dataclass: its type, limits and help.

    The field's name is the option's name and the field order is the option order, so a
    handler reads `opts.company` and a misspelt name is a type error. The engine fills
    every field (None when an optional option was not given).
    """
    spec = {
        "type": type,
        "help": help,
        "required": required,
        "choices": choices,
        "min": min,
        "max": max,
        "max_length": max_length,
        "autocomplete": autocomplete,
        "crisis_check": crisis_check,
        "shape": shape,
    }
    return dataclasses.field(default=None, metadata={OPTION_SPEC: spec})


def options_of(cls: type[Any]) -> tuple[Option, ...]:
    """The declared options of an options dataclass, in field order."""
    if not dataclasses.is_dataclass(cls):
        raise RuntimeError(f"{cls.__name__} is not a dataclass of options")
    found = []
    for f in dataclasses.fields(cls):
        if OPTION_SPEC not in f.metadata:
            raise RuntimeError(f"{cls.__name__}.{f.name} is not declared with option(...)")
        found.append(Option(f.name, **f.metadata[OPTION_SPEC]))
    return tuple(found)


@dataclass(frozen=True)
class NoOptions:
    """The options of a command that takes none."""


Handler = Callable[["Ctx", Any], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple[Option, ...]
    handler: Handler
    # The dataclass a handler receives its options as; `options` is derived from it.
    options_type: type[Any] = field(default=NoOptions)
    moderator: bool = False
    # Options that may be given without `name:` in the text grammar, in order. The last
    # one may be `rest`, taking the remaining words ("/log applied Backend role at Acme").
    positional: tuple[str, ...] = ()
    rest: str | None = None
    # Boolean options that a bare word sets ("/pause off").
    flags: tuple[str, ...] = ()
    # Read-only commands do not take the write lock.
    readonly: bool = False
    # Commands that may take longer than a platform's acknowledgement window.
    slow: bool = False
    # Commands that adapters with forms show as a modal when invoked with no options.
    modal: bool = False
    # The questions a form asks when a platform's form cannot hold every option (at most
    # `MAX_MODAL_FIELDS`, in this order); empty lets the adapter choose.
    modal_fields: tuple[str, ...] = ()
    # On platforms whose groups cannot also be commands, the name of this group root.
    group_root_name: str = "list"
    details: str = ""
    examples: tuple[str, ...] = field(default=())

    @property
    def group(self) -> str | None:
        return self.name.split(" ", 1)[0] if " " in self.name else None

    @property
    def leaf(self) -> str:
        return self.name.rsplit(" ", 1)[-1]

    def bind(self, values: dict[str, Any]) -> Any:
        """Validated values as the handler receives them: an instance of `options_type`."""
        return self.options_type(**values)

    def option(self, name: str) -> Option | None:
        for opt in self.options:
            if opt.name == name:
                return opt
        return None

    def usage(self) -> str:
        return " ".join([f"/{self.name}", *(o.describe() for o in self.options)])


def command_key(cmd: Command) -> str:
    """The catalogue key of a command's description (`cmd-mod-setup`, bot.core.descriptions)."""
    return "cmd-" + cmd.name.replace(" ", "-")


def option_key(cmd: Command, opt: Option) -> str:
    """The catalogue key of an option's description (`cmd-mod-setup--timezone`)."""
    return f"{command_key(cmd)}--{opt.name}"


# Completion sources adapters may offer for options that name one (`Option.autocomplete`).
# A completer gets (session, community, prefix) and returns up to 25 suggestions.
Completer = Callable[[Any, Any, str], Awaitable[list[str]]]
# A job handler gets the job's scope and its row.
JobHandler = Callable[["Scope", Any], Awaitable[None]]
H = TypeVar("H", bound=Callable[..., Awaitable[None]])
C = TypeVar("C", bound=Completer)


class Feature:
    """What one capability declares: its commands, job kinds and completion sources.

    A feature package creates one (`feature = Feature("streaks")`) and decorates its
    handlers with `@feature.command(...)`, `@feature.job(kind)` and
    `@feature.completer(source)`. Nothing is registered globally: a `Registry` is built
    from a list of features. A module inside a package may declare its own part and the
    package lists it in `includes`.
    """

    def __init__(
        self,
        name: str,
        *,
        includes: tuple[Feature, ...] = (),
        group_help: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.includes = includes
        # What a group without a command of its own is for (`/help`, Discord's group text).
        self.group_help: dict[str, str] = dict(group_help or {})
        self.commands: list[Command] = []
        self.jobs: dict[str, JobHandler] = {}
        self.completers: dict[str, Completer] = {}

    def parts(self) -> Iterator[Feature]:
        yield self
        for part in self.includes:
            yield from part.parts()

    def command(
        self,
        name: str,
        help: str,
        options_type: type[Any] = NoOptions,
        *,
        moderator: bool = False,
        positional: tuple[str, ...] = (),
        rest: str | None = None,
        flags: tuple[str, ...] = (),
        readonly: bool = False,
        slow: bool = False,
        modal: bool = False,
        modal_fields: tuple[str, ...] = (),
        group_root_name: str = "list",
        details: str = "",
        examples: tuple[str, ...] = (),
    ) -> Callable[[H], H]:
        """Declare a command next to its handler."""

        options = options_of(options_type)

        def register(handler: H) -> H:
            names = [o.name for o in options]
            for p in (*positional, *([rest] if rest else []), *flags):
                if p not in names:
                    raise RuntimeError(f"/{name}: positional {p!r} is not an option")
            _check_modal_fields(name, options, modal, modal_fields)
            self.commands.append(
                Command(
                    name=name,
                    help=help,
                    options=options,
                    handler=handler,
                    options_type=options_type,
                    moderator=moderator or name.startswith("mod "),
                    positional=positional,
                    rest=rest,
                    flags=flags,
                    readonly=readonly,
                    slow=slow,
                    modal=modal,
                    modal_fields=modal_fields,
                    group_root_name=group_root_name,
                    details=details,
                    examples=examples,
                )
            )
            return handler

        return register

    def job(self, kind: str) -> Callable[[H], H]:
        """Register the handler of a job kind."""

        def register(handler: H) -> H:
            if kind in self.jobs:
                raise RuntimeError(f"job kind {kind!r} registered twice")
            self.jobs[kind] = handler
            return handler

        return register

    def completer(self, source: str) -> Callable[[C], C]:
        """Register a completion source (template names, timezones...)."""

        def register(fn: C) -> C:
            self.completers[source] = fn
            return fn

        return register


def _check_modal_fields(
    name: str, options: tuple[Option, ...], modal: bool, fields: tuple[str, ...]
) -> None:
    if not fields:
        return
    if not modal:
        raise RuntimeError(f"/{name}: modal_fields needs modal=True")
    if len(fields) > MAX_MODAL_FIELDS:
        raise RuntimeError(f"/{name}: a form asks at most {MAX_MODAL_FIELDS} questions")
    if len(set(fields)) != len(fields):
        raise RuntimeError(f"/{name}: modal_fields repeats an option")
    by_name = {o.name: o for o in options}
    for f in fields:
        if f not in by_name:
            raise RuntimeError(f"/{name}: modal field {f!r} is not an option")
    missing = [o.name for o in options if o.required and o.name not in fields]
    if missing:
        raise RuntimeError(f"/{name}: the form must ask for the required {missing}")


# --- validation shared by every adapter ---------------------------------------------

_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def validate(cmd: Command, values: dict[str, Any]) -> dict[str, Any]:
    """Check typed option values against the declaration; return the cleaned values.

    Adapters with native types (Discord) pass ints, bools and refs; text adapters pass
    what `coerce` produced. Either way the same limits and choices apply here.
    """
    known = {o.name for o in cmd.options}
    for name in values:
        if name not in known:
            raise unknown_option(cmd, name)
    cleaned: dict[str, Any] = {}
    for opt in cmd.options:
        value = values.get(opt.name)
        if isinstance(value, str) and _UNSTORABLE.search(value):
            raise UserError(
                Msg("grammar-unsaveable", option=opt.name, command=cmd.name),
                hint=Msg("grammar-unsaveable-hint"),
            )
        if isinstance(value, str) and opt.type is not OptType.STRING:
            value = value.strip()
        if value is None or (isinstance(value, str) and is_blank(value)):
            if opt.required:
                raise UserError(
                    Msg(
                        "grammar-required",
                        command=cmd.name,
                        option=opt.name,
                        help=Msg.or_else(option_key(cmd, opt), opt.help),
                    ),
                    hint=Msg("grammar-usage", usage=cmd.usage()),
                )
            cleaned[opt.name] = None
            continue
        cleaned[opt.name] = _check(cmd, opt, value)
    return cleaned


def _check(cmd: Command, opt: Option, value: Any) -> Any:
    where = {"option": opt.name, "command": cmd.name}
    if opt.type is OptType.STRING:
        text = str(value).strip()
        if opt.max_length is not None and len(text) > opt.max_length:
            raise UserError(
                Msg("grammar-too-long", **where, length=str(len(text)), limit=str(opt.max_length)),
                hint=Msg("grammar-too-long-hint"),
            )
        return text
    if opt.type is OptType.INTEGER:
        return _check_integer(where, opt, value)
    if opt.type is OptType.BOOLEAN:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in YES:
            return True
        if word in NO:
            return False
        raise _refused("grammar-yes-or-no", where, value)
    if opt.type is OptType.CHOICE:
        word = str(value).strip().casefold()
        folded = {choice.casefold(): choice for choice in opt.choices}
        for candidate in (word, word.replace("-", "_"), word.replace("_", "-")):
            if candidate in folded:
                return folded[candidate]
        raise _refused("grammar-one-of", where, value, choices=", ".join(opt.choices))
    return _check_reference(where, opt, value)


def _check_reference(where: dict[str, str], opt: Option, value: Any) -> Any:
    """A member, channel, member list or role value, as the adapter resolved it."""
    if opt.type is OptType.MEMBER:
        if not isinstance(value, MemberRef):
            raise UserError(Msg("grammar-must-be-member", **where))
        return value
    if opt.type is OptType.CHANNEL:
        if not isinstance(value, ChannelRef):
            raise UserError(Msg("grammar-must-be-channel", **where))
        return value
    if opt.type is OptType.MEMBERS:
        if not isinstance(value, list) or not all(isinstance(v, MemberRef) for v in value):
            raise UserError(Msg("grammar-must-be-members", **where))
        return value
    if opt.type is OptType.ROLE:
        return str(value).strip()
    raise AssertionError(opt.type)


def _check_integer(where: dict[str, str], opt: Option, value: Any) -> int:
    if isinstance(value, bool):
        raise UserError(Msg("grammar-whole-number", **where))
    try:
        number = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        raise _refused("grammar-whole-number", where, value) from None
    low, high = opt.bounds()
    if low <= number <= high:
        return number
    bounds = {"low": str(low), "high": str(high)}
    if opt.min is not None and opt.max is not None:
        raise _refused("grammar-between", where, number, **bounds)
    if number < low:
        raise _refused("grammar-at-least", where, number, **bounds)
    raise _refused("grammar-at-most", where, number, **bounds)


def _refused(key: str, where: dict[str, str], value: Any, **args: str) -> UserError:
    """The error `key` about a refused value, with the value repeated (`key-given`) when it
    may be: see `_shown`."""
    shown = _shown(value)
    if shown is None:
        return UserError(Msg(key, **where, **args))
    return UserError(Msg(f"{key}-given", **where, **args, value=shown))


# Text a database column cannot hold: NUL (PostgreSQL refuses it) and lone surrogates
# (half of a character, which no encoding can write).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _shown(value: Any) -> str | None:
    """A refused value as an error message repeats it (a number as it is, text in
    backticks), or None when it should not be repeated: it is long, holds control
    characters, or speaks of a crisis (crisis text is never echoed back, whatever the
    option)."""
    text = str(value).strip()
    if (
        not text
        or len(text) > QUOTE_LIMIT
        or not text.isprintable()
        or safety.contains_crisis_language(text)
    ):
        return None
    return text if isinstance(value, int) else f"`{text}`"


def closest(word: str, names: Iterable[str]) -> str | None:
    """The name `word` most likely mistypes (`compnay` → `company`), or None if none is close."""
    found = difflib.get_close_matches(word.lower(), list(names), n=1, cutoff=CLOSE_ENOUGH)
    return found[0] if found else None


def unknown_option(cmd: Command, name: str, typed: str | None = None) -> UserError:
    """The error for an option `cmd` does not have, naming the closest one it does.

    `typed` is the word as it appeared in a command line (`compnay:Acme`): when the
    command takes free text (`rest`), the hint says how to keep such a word in the text.
    """
    shown = name if len(name) <= QUOTE_LIMIT else name[:QUOTE_LIMIT] + "…"
    if not cmd.options:
        return UserError(Msg("grammar-takes-no-options", command=cmd.name, option=shown))
    close = closest(name, (o.name for o in cmd.options))
    message = (
        Msg("grammar-no-option-close", command=cmd.name, option=shown, close=close)
        if close is not None
        else Msg("grammar-no-option", command=cmd.name, option=shown)
    )
    hint = Msg("grammar-usage", usage=cmd.usage())
    if typed and cmd.rest and _quotable(typed):
        hint = Msg("grammar-quote-the-text", typed=typed, rest=cmd.rest, usage=cmd.usage())
    return UserError(message, hint=hint)


def _quotable(typed: str) -> bool:
    """Whether a word can be shown inside a quoted example: short, printable, no quotes."""
    return len(typed) <= QUOTE_LIMIT and typed.isprintable() and '"' not in typed


# What counts as no text at all: whitespace, Unicode's default-ignorable code points
# (`safety.DEFAULT_IGNORABLE`: zero-width spaces and joiners, soft hyphens, variation
# selectors, tags...), and the blank-looking Braille pattern U+2800 that is pasted to
# fake an empty message.
_BLANK = re.compile(
    "[\\s\u2800"
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in safety.DEFAULT_IGNORABLE)
    + "]*"
)


def is_blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or only whitespace and invisible characters."""
    return _BLANK.fullmatch(text) is not None


def check_time(text: str) -> tuple[int, int]:
    """Parse a local time of day `HH:MM`."""
    match = _TIME_RE.match(text.strip())
    if not match:
        raise UserError(Msg("grammar-not-a-time", text=text))
    return int(match.group(1)), int(match.group(2))
