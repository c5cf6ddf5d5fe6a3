"""Discord application commands derived from the command registry, and the way back.

`build_commands` turns the core declarations into the JSON payload Discord's bulk
overwrite endpoint takes: one slash command per top-level name, subcommands for grouped
names (a group root that is also a command becomes the subcommand `group_root_name`),
typed options with limits, choices or autocomplete, and Manage Server as the default
permission of all-moderator groups. `CommandMap` finds the declared command again from
an interaction's nested options, and `modal_options` lists the fields of a command's
modal form: the ones its declaration names, else a fallback for undeclared forms.
Nothing here decides a rule: the engine validates every value again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.declarations import Command, Option, OptType
from bot.core.descriptions import Described
from bot.core.i18n import ENGLISH, LANGUAGES, Tr, tr
from bot.core.registry import Registry

# Discord's documented limits for application commands.
MAX_CHOICES = 25
MAX_OPTIONS = 25
MAX_DESCRIPTION = 100
MAX_STRING_LENGTH = 6000

# Application command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8

# Channel types an option may name: text and announcement channels, where the bot posts.
POSTABLE_CHANNEL_TYPES = (0, 5)
MANAGE_GUILD = 1 << 5
GUILD_CONTEXT = 0
GUILD_INSTALL = 0

# Discord's locales for each language Rebound speaks besides English (its default).
DISCORD_LOCALES: dict[str, tuple[str, ...]] = {
    "es": ("es-ES", "es-419"),
    "de": ("de",),
    "fr": ("fr",),
    "pt-BR": ("pt-BR",),
}

# Modal forms hold at most five inputs, each a text box.
MAX_MODAL_INPUTS = 5
TYPEABLE = (OptType.STRING, OptType.INTEGER, OptType.BOOLEAN, OptType.CHOICE)


def _describe(text: str) -> str:
    text = " ".join(text.split()) or "—"
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


class Localized:
    """Descriptions and choice names in every language Rebound speaks, as Discord's
    `description_localizations` and `name_localizations` (names stay English)."""

    def __init__(self, registry: Registry) -> None:
        self.languages = [
            (Described(tr(lang), registry), DISCORD_LOCALES[lang])
            for lang in LANGUAGES
            if lang != ENGLISH
        ]

    def _map(self, say: Callable[[Described], str], english: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for said, locales in self.languages:
            text = _describe(say(said))
            if text != english:
                found.update({locale: text for locale in locales})
        return found

    def command(self, cmd: Command) -> dict[str, str]:
        return self._map(lambda said: said.help(cmd), _describe(cmd.help))

    def option(self, cmd: Command, opt: Option) -> dict[str, str]:
        return self._map(lambda said: said.option(cmd, opt), _describe(opt.help))

    def members_option(self, cmd: Command, opt: Option) -> dict[str, str]:
        return self._map(
            lambda said: members_help(said.tr, said.option(cmd, opt)),
            _describe(members_help(tr(ENGLISH), opt.help)),
        )

    def choice(self, cmd: Command, opt: Option, choice: str) -> dict[str, str]:
        return self._map(lambda said: said.choice(cmd, opt, choice), choice)

    def group(self, group: str, english: str) -> dict[str, str]:
        return self._map(lambda said: said.group(group), _describe(english))


def members_help(tr: Tr, help: str) -> str:
    """A member-list option's description: Discord has no such option type, so members
    type mentions into a text box, and the description says how."""
    return tr("discord-members-option", help=help)


def _localized(data: dict[str, Any], key: str, found: dict[str, str]) -> dict[str, Any]:
    if found:
        data[key] = found
    return data


def _choices(opt: Option, cmd: Command | None, localized: Localized | None) -> list[Any]:
    """An option's choices, each named in every language (the value stays English)."""
    return [
        _localized(
            {"name": c, "value": c},
            "name_localizations",
            localized.choice(cmd, opt, c) if cmd and localized else {},
        )
        for c in opt.choices
    ]


def option_payload(
    opt: Option,
    *,
    form: bool = False,
    cmd: Command | None = None,
    localized: Localized | None = None,
) -> dict[str, Any]:
    """One declared option as a Discord application command option.

    Options of a command with a modal form are all optional on Discord, so the bare command
    can open the form; the engine still insists on the required ones.
    """
    members = opt.type is OptType.MEMBERS
    data: dict[str, Any] = {
        "name": opt.name,
        "description": _describe(members_help(tr(ENGLISH), opt.help) if members else opt.help),
        "required": opt.required and not form,
    }
    if cmd is not None and localized is not None:
        found = localized.members_option(cmd, opt) if members else localized.option(cmd, opt)
        _localized(data, "description_localizations", found)
    if opt.type is OptType.STRING:
        data["type"] = STRING
        if opt.max_length is not None:
            data["max_length"] = min(opt.max_length, MAX_STRING_LENGTH)
        if opt.autocomplete:
            data["autocomplete"] = True
    elif opt.type is OptType.INTEGER:
        data["type"] = INTEGER
        if opt.min is not None:
            data["min_value"] = opt.min
        if opt.max is not None:
            data["max_value"] = opt.max
    elif opt.type is OptType.BOOLEAN:
        data["type"] = BOOLEAN
    elif opt.type is OptType.CHOICE:
        data["type"] = STRING
        if len(opt.choices) <= MAX_CHOICES:
            data["choices"] = _choices(opt, cmd, localized)
        else:
            data["autocomplete"] = True
    elif opt.type is OptType.MEMBER:
        data["type"] = USER
    elif opt.type is OptType.CHANNEL:
        data["type"] = CHANNEL
        data["channel_types"] = list(POSTABLE_CHANNEL_TYPES)
    elif opt.type is OptType.ROLE:
        data["type"] = ROLE
    elif opt.type is OptType.MEMBERS:
        data["type"] = STRING  # members typed as mentions; the description says how
        data["max_length"] = 1000
    else:  # pragma: no cover - every OptType is mapped above
        raise AssertionError(opt.type)
    return data


def _options(cmd: Command, localized: Localized) -> list[dict[str, Any]]:
    # Discord lists required options before optional ones.
    ordered = sorted(cmd.options, key=lambda o: not o.required)
    if len(ordered) > MAX_OPTIONS:
        raise ValueError(f"/{cmd.name} has {len(ordered)} options; Discord allows {MAX_OPTIONS}")
    return [option_payload(o, form=cmd.modal, cmd=cmd, localized=localized) for o in ordered]


@dataclass
class CommandMap:
    """The command payload plus the way back from a Discord command path to a declaration."""

    payload: list[dict[str, Any]]
    paths: dict[tuple[str, ...], str] = field(default_factory=dict)

    def resolve(self, path: tuple[str, ...]) -> str | None:
        return self.paths.get(path)

    def digest(self) -> str:
        canonical = json.dumps(self.payload, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


def build_commands(registry: Registry) -> CommandMap:
    """Derive every slash command from the declarations, in a stable order."""
    tree: dict[str, dict[str, Any]] = {}
    for cmd in registry.values():
        parts = cmd.name.split(" ")
        node = tree.setdefault(parts[0], {"root": None, "children": {}})
        if len(parts) == 1:
            node["root"] = cmd
            continue
        for part in parts[1:-1]:
            node = node["children"].setdefault(part, {"root": None, "children": {}})
        node["children"].setdefault(parts[-1], {"root": None, "children": {}})["root"] = cmd

    result = CommandMap(payload=[])
    localized = Localized(registry)
    for top in sorted(tree):
        node = tree[top]
        root: Command | None = node["root"]
        entry: dict[str, Any] = {
            "type": 1,
            "name": top,
            "contexts": [GUILD_CONTEXT],
            "integration_types": [GUILD_INSTALL],
        }
        if not node["children"]:
            assert root is not None
            entry["description"] = _describe(root.help)
            _localized(entry, "description_localizations", localized.command(root))
            entry["options"] = _options(root, localized)
            result.paths[(top,)] = root.name
            if root.moderator:
                entry["default_member_permissions"] = str(MANAGE_GUILD)
        else:
            subs = _subcommands(node, (top,), result.paths, localized)
            if len(subs) > MAX_OPTIONS:
                raise ValueError(
                    f"/{top} has {len(subs)} subcommands; Discord allows {MAX_OPTIONS}"
                )
            cmds = _commands_under(node)
            entry["description"] = _describe(
                root.help
                if root
                else registry.groups.get(top)
                or f"/{top}: " + ", ".join(sorted(c.leaf for c in cmds))
            )
            if root is not None:
                _localized(entry, "description_localizations", localized.command(root))
            elif top in registry.groups:
                _localized(
                    entry,
                    "description_localizations",
                    localized.group(top, registry.groups[top]),
                )
            entry["options"] = subs
            if all(c.moderator for c in cmds):
                entry["default_member_permissions"] = str(MANAGE_GUILD)
        result.payload.append(entry)
    return result


def _commands_under(node: dict[str, Any]) -> list[Command]:
    found = [node["root"]] if node["root"] is not None else []
    for child in node["children"].values():
        found.extend(_commands_under(child))
    return found


def _subcommands(
    node: dict[str, Any],
    path: tuple[str, ...],
    paths: dict[tuple[str, ...], str],
    localized: Localized,
) -> list[dict[str, Any]]:
    subs: list[dict[str, Any]] = []
    root: Command | None = node["root"]
    if root is not None and root.group_root_name not in node["children"]:
        subs.append(
            _localized(
                {
                    "type": SUB_COMMAND,
                    "name": root.group_root_name,
                    "description": _describe(root.help),
                    "options": _options(root, localized),
                },
                "description_localizations",
                localized.command(root),
            )
        )
        paths[(*path, root.group_root_name)] = root.name
    for name in sorted(node["children"]):
        child = node["children"][name]
        if child["children"]:
            subs.append(
                {
                    "type": SUB_COMMAND_GROUP,
                    "name": name,
                    "description": _describe(f"/{' '.join((*path, name))}"),
                    "options": _subcommands(child, (*path, name), paths, localized),
                }
            )
            continue
        cmd: Command = child["root"]
        subs.append(
            _localized(
                {
                    "type": SUB_COMMAND,
                    "name": name,
                    "description": _describe(cmd.help),
                    "options": _options(cmd, localized),
                },
                "description_localizations",
                localized.command(cmd),
            )
        )
        paths[(*path, name)] = cmd.name
    return subs


def command_path(data: Mapping[str, Any]) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """The subcommand path of an interaction's `data` and the leaf's own options."""
    path = [data["name"]]
    options: list[dict[str, Any]] = list(data.get("options") or [])
    while len(options) == 1 and options[0].get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP):
        path.append(options[0]["name"])
        options = list(options[0].get("options") or [])
    return tuple(path), options


def modal_options(cmd: Command) -> list[Option]:
    """The options a modal form asks for: the declared `modal_fields`, in their order.

    A form that declares none gets up to five options that can be typed into a text box:
    required ones first, then free text, then the rest, shown in declaration order.
    Options left out stay available as slash-command options.
    """
    if cmd.modal_fields:
        return [opt for name in cmd.modal_fields if (opt := cmd.option(name)) is not None]
    typeable = [o for o in cmd.options if o.type in TYPEABLE]
    ranked = sorted(
        typeable,
        key=lambda o: (not o.required, o.type is not OptType.STRING, cmd.options.index(o)),
    )
    return sorted(ranked[:MAX_MODAL_INPUTS], key=cmd.options.index)
