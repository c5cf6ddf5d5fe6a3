"""The registry: every command, job kind and completion source, built as a value.

`Registry(features)` collects what each `Feature` declared, refusing duplicates, so a
test can build one from a subset of features and the live app builds one from the full
list (`bot.features.catalog`). The engine, the grammar, `/help` and every adapter read
the registry they are given; nothing is found by scanning modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from bot.core.declarations import Command, Completer, Feature, JobHandler


class Registry(Mapping[str, Command]):
    """Commands by name (`mod setup`), plus job handlers and completers by kind."""

    def __init__(self, features: Iterable[Feature]) -> None:
        self.commands: dict[str, Command] = {}
        self.jobs: dict[str, JobHandler] = {}
        self.completers: dict[str, Completer] = {}
        self.groups: dict[str, str] = {}
        self.features: tuple[str, ...] = ()
        names: list[str] = []
        for feature in features:
            for part in feature.parts():
                self._add(part)
            names.append(feature.name)
        self.features = tuple(names)

    def _add(self, part: Feature) -> None:
        for cmd in part.commands:
            if cmd.name in self.commands:
                raise RuntimeError(f"command /{cmd.name} is declared twice")
            self.commands[cmd.name] = cmd
        for kind, handler in part.jobs.items():
            if kind in self.jobs:
                raise RuntimeError(f"job kind {kind!r} is registered twice")
            self.jobs[kind] = handler
        for source, fn in part.completers.items():
            if source in self.completers:
                raise RuntimeError(f"completion source {source!r} is registered twice")
            self.completers[source] = fn
        self.groups.update(part.group_help)

    # --- Mapping ------------------------------------------------------------------------
    def __getitem__(self, name: str) -> Command:
        return self.commands[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.commands)

    def __len__(self) -> int:
        return len(self.commands)

    # --- the shape of the command tree ------------------------------------------------
    def top_level_names(self) -> list[str]:
        return sorted({cmd.group or cmd.name for cmd in self.commands.values()})

    def subcommands(self, group: str) -> list[Command]:
        return sorted((c for c in self.commands.values() if c.group == group), key=lambda c: c.name)

    def group_help(self, group: str) -> str:
        """A group's one-line description: its root command's help, or what its feature said."""
        root = self.commands.get(group)
        if root is not None:
            return root.help
        return self.groups.get(group) or ", ".join(c.leaf for c in self.subcommands(group))
