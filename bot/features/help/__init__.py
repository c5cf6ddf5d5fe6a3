"""`/help`: generated from the command declarations, so it is never out of date.

The commands' descriptions come from their declarations, in the member's language
(`bot.core.descriptions`); the help's own sentences, headers and section names are in
`bot/locales/*/help.ftl`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Ctx
from bot.core.declarations import Command, Feature, OptType, option
from bot.core.descriptions import Described
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Field

feature = Feature("help")

# The sections of `/help`, each named by `help-section` with its id.
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("activity", ("log", "undo", "streak", "goal", "pause", "stats", "leaderboard")),
    ("rejection", ("rejection", "reflect", "strengths", "win", "wins", "prep", "template")),
    ("together", ("checkin", "cheer", "buddy")),
    ("you", ("settings", "report", "privacy", "help")),
    ("moderators", ("mod",)),
]


def _for_moderators(tr: Tr, text: str, moderator: bool) -> str:
    """A description, marked when only moderators may use it."""
    return tr("help-moderators-only", text=text) if moderator else text


def _summary(ctx: Ctx, name: str) -> str:
    registry, tr = ctx.registry, ctx.tr
    said = Described(tr, registry)
    cmd = registry.get(name)
    if cmd is not None:
        return _for_moderators(tr, said.help(cmd), cmd.moderator)
    subs = registry.subcommands(name)
    text = tr(
        "help-group",
        about=said.group(name).rstrip("."),
        commands=", ".join(c.leaf for c in subs),
    )
    return _for_moderators(tr, text, bool(subs) and all(c.moderator for c in subs))


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
    tr = ctx.tr
    names = set(ctx.registry.top_level_names())
    fields: list[Field] = []
    for section, members in SECTIONS:
        shown = [n for n in members if n in names]
        if shown:
            fields.append(Field(tr("help-section", section=section), _lines(ctx, shown)))
        names -= set(members)
    if names:
        fields.append(Field(tr("help-section-more"), _lines(ctx, sorted(names))))
    ctx.reply(tr("help-intro"), title=tr("help-title"), fields=fields)


def _lines(ctx: Ctx, names: list[str]) -> str:
    """`/log — Record job-search activity…`, one command a line."""
    return "\n".join(f"/{n} — {_summary(ctx, n)}" for n in names)


def _one(ctx: Ctx, name: str) -> None:
    registry = ctx.registry
    if name in registry and not registry.subcommands(name):
        cmds = [registry[name]]
    else:
        cmds = ([registry[name]] if name in registry else []) + registry.subcommands(name)
        if not cmds and name.replace(" ", "") in registry:
            cmds = [registry[name.replace(" ", "")]]
    if not cmds:
        raise UserError(Msg("help-no-command", command=name), hint=Msg("help-no-command-hint"))
    said = Described(ctx.tr, registry)
    fields = [Field(c.usage(), _details(c, said)) for c in cmds]
    about = (
        ""
        if name in registry or not registry.subcommands(name)
        else ctx.tr("help-group-about", about=said.group(name).rstrip("."))
    )
    ctx.reply(about, title=f"/{name}", fields=fields)


def _details(cmd: Command, said: Described) -> str:
    tr = said.tr
    lines = [_for_moderators(tr, said.help(cmd), cmd.moderator)]
    if cmd.details:
        lines.append(said.details(cmd))
    for opt in cmd.options:
        key = "help-option" if opt.required else "help-option-optional"
        lines.append(tr(key, name=opt.name, help=said.option(cmd, opt)))
    lines += [tr("help-example", example=example) for example in cmd.examples]
    return "\n".join(lines)
