"""`/help`: generated from the command declarations, so it is never out of date."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Ctx
from bot.core.declarations import Command, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.messages import Field

feature = Feature("help")

SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Activity and streaks", ("log", "undo", "streak", "goal", "pause", "stats", "leaderboard")),
    ("After a rejection", ("rejection", "reflect", "strengths", "win", "wins", "prep", "template")),
    ("Together", ("checkin", "cheer", "buddy")),
    ("You", ("settings", "report", "privacy", "help")),
    ("Moderators", ("mod",)),
]


def _summary(ctx: Ctx, name: str) -> str:
    registry = ctx.registry
    cmd = registry.get(name)
    if cmd is not None:
        return cmd.help + (" (moderators only)" if cmd.moderator else "")
    subs = registry.subcommands(name)
    text = f"{registry.group_help(name).rstrip('.')}: {', '.join(c.leaf for c in subs)}."
    return text + (" (moderators only)" if subs and all(c.moderator for c in subs) else "")


@dataclass(frozen=True)
class HelpOptions:
    command: str | None = option(OptType.STRING, "a command name, like log or mod", max_length=64)


@feature.command(
    "help",
    "Every command, or the details of one.",
    HelpOptions,
    rest="command",
    readonly=True,
)
async def help_cmd(ctx: Ctx, opts: HelpOptions) -> None:
    name = (opts.command or "").strip().lstrip("/").lower()
    if name:
        _one(ctx, name)
        return
    names = set(ctx.registry.top_level_names())
    fields: list[Field] = []
    for title, members in SECTIONS:
        shown = [n for n in members if n in names]
        if shown:
            fields.append(Field(title, "\n".join(f"/{n} — {_summary(ctx, n)}" for n in shown)))
        names -= set(members)
    if names:
        fields.append(Field("More", "\n".join(f"/{n} — {_summary(ctx, n)}" for n in sorted(names))))
    ctx.reply(
        "Rebound helps you keep going: log small steps, keep a humane streak, recover from "
        "rejections and cheer each other on. `/help command:log` shows the details of one command.",
        title="Rebound — commands",
        fields=fields,
    )


def _one(ctx: Ctx, name: str) -> None:
    registry = ctx.registry
    if name in registry and not registry.subcommands(name):
        cmds = [registry[name]]
    else:
        cmds = ([registry[name]] if name in registry else []) + registry.subcommands(name)
        if not cmds and name.replace(" ", "") in registry:
            cmds = [registry[name.replace(" ", "")]]
    if not cmds:
        raise UserError(f"There is no command `/{name}`.", hint="`/help` lists every command.")
    fields = [Field(c.usage(), _details(c)) for c in cmds]
    about = (
        ""
        if name in registry or not registry.subcommands(name)
        else registry.group_help(name).rstrip(".") + "."
    )
    ctx.reply(about, title=f"/{name}", fields=fields)


def _details(cmd: Command) -> str:
    lines = [cmd.help + (" (moderators only)" if cmd.moderator else "")]
    if cmd.details:
        lines.append(cmd.details)
    for opt in cmd.options:
        lines.append(f"• {opt.name}: {opt.help}" + ("" if opt.required else " (optional)"))
    for example in cmd.examples:
        lines.append(f"e.g. {example}")
    return "\n".join(lines)
