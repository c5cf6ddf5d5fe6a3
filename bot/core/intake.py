"""What a member gave, typed the same way whichever surface it came from.

A command reaches the engine as an `Invocation` whose options are keyed by option name
and typed as Discord types them natively: whole numbers as `int`, yes/no as `bool`,
members as `MemberRef`, channels as `ChannelRef`, member lists as `list[MemberRef]`,
everything else as text. Text surfaces (a command line, a button's id, a form's text
boxes) give strings; `type_options` turns them into those types, resolving members and
channels through the grammar's one parser (`grammar.coerce`) and the surface's
`Resolver`. A value that does not read as its type is left as it was given, so the
engine's validation explains it in the same words everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.declarations import NO, YES, Command, Option, OptType, is_blank
from bot.core.grammar import Resolver, coerce

# Option types whose text names someone or somewhere: resolved through the grammar.
REFERENCES = (OptType.MEMBER, OptType.CHANNEL, OptType.MEMBERS)


def typed_value(opt: Option, value: Any) -> Any:
    """`value` as its option's native type where it reads as one: "4" → 4, "yes" → True."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if opt.type is OptType.INTEGER:
        try:
            return int(text)
        except ValueError:
            return value
    if opt.type is OptType.BOOLEAN:
        word = text.lower()
        if word in YES:
            return True
        if word in NO:
            return False
    return value


def given(value: Any) -> bool:
    """Whether a member gave `value` at all (an empty text box or menu is no answer, and
    neither is text made only of spaces and invisible characters)."""
    if value is None:
        return False
    if isinstance(value, str):
        return not is_blank(value)
    if isinstance(value, list):
        return bool(value)
    return True


async def type_options(cmd: Command, raw: Mapping[str, Any], resolver: Resolver) -> dict[str, Any]:
    """Raw option values (text or already typed) as the engine's typed values.

    Unanswered options are left out. A name the command does not declare is kept as it
    is, so validation refuses it with the command's usage.
    """
    values: dict[str, Any] = {}
    for name, value in raw.items():
        opt = cmd.option(name)
        if not given(value):
            if isinstance(value, str) and opt is not None and opt.type is OptType.MEMBERS:
                values[name] = []  # `moderators:` left empty: the command says what to list
            continue
        if opt is None:
            values[name] = value
        elif opt.type in REFERENCES and isinstance(value, str):
            values.update(await coerce(cmd, {name: value}, resolver))
        else:
            values[name] = typed_value(opt, value)
    return values
