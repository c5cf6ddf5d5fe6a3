"""`/strengths`: the member's list of strengths to read before the next interview.

Members add their own with `/strengths add`, peers add "noticed by peers" ones through
`/cheer strength:`, and `/strengths remove number:n` removes one by its list number.
Other features (the rejection recovery plan, `/prep`) show the list through
`strength_lines`. A strength is on the list once: `same_strength` compares ignoring case
and spacing, for members' own additions and peers' alike. The list holds at most
`MAX_STRENGTHS`, whoever adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.core.context import Ctx, Scope
from bot.core.declarations import SHORT_LIMIT, Feature, NoOptions, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.store.models import Member, Strength

feature = Feature("strengths")

MAX_STRENGTHS = 50

# What `add_strength` did.
ADDED = "added"
ALREADY = "already"  # on the list already: nothing added
FULL = "full"  # the list holds `MAX_STRENGTHS`: nothing added


async def member_strengths(scope: Scope, member: Member) -> list[Strength]:
    return list(
        await scope.session.scalars(
            select(Strength).where(Strength.member_id == member.id).order_by(Strength.id)
        )
    )


def strength_lines(strengths: list[Strength], tr: Tr, *, numbered: bool = False) -> str:
    """The list, one strength a line, in the reader's language (`tr`)."""
    lines = []
    for i, s in enumerate(strengths, start=1):
        text = tr("strength-peer", text=s.text) if s.source == "peer" else s.text
        lines.append(f"{f'{i}.' if numbered else '•'} {text}")
    return "\n".join(lines)


def same_strength(a: str, b: str) -> bool:
    """ "Great listener" and "great  LISTENER" are the same strength."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


async def add_strength(
    scope: Scope,
    member: Member,
    text: str,
    *,
    source: str = "self",
    noticed_by: Member | None = None,
) -> str:
    """Add `text` to `member`'s list: `ADDED`, or nothing added because it is `ALREADY`
    there or the list is `FULL` (the same cap for peers' strengths as for the member's)."""
    strengths = await member_strengths(scope, member)
    if any(same_strength(s.text, text) for s in strengths):
        return ALREADY
    if len(strengths) >= MAX_STRENGTHS:
        return FULL
    scope.session.add(
        Strength(
            community_id=member.community_id,
            member_id=member.id,
            text=text,
            source=source,
            noticed_by_id=noticed_by.id if noticed_by else None,
            created_at=scope.now,
        )
    )
    return ADDED


@feature.command(
    "strengths",
    "Your list of strengths to read before the next interview.",
    NoOptions,
    readonly=True,
)
async def strengths_cmd(ctx: Ctx, opts: NoOptions) -> None:
    strengths = await member_strengths(ctx, ctx.member)
    tr = ctx.tr
    if not strengths:
        ctx.reply(tr("strength-empty"), title=tr("strength-title"))
        return
    ctx.reply(
        strength_lines(strengths, tr, numbered=True) + "\n\n" + tr("strength-how"),
        title=tr("strength-title"),
    )


@dataclass(frozen=True)
class StrengthsAddOptions:
    text: str = option(
        OptType.STRING, "the strength, in a few words", required=True, max_length=SHORT_LIMIT
    )


@feature.command(
    "strengths add",
    "Add a strength to your list.",
    StrengthsAddOptions,
    rest="text",
    examples=('/strengths add text:"Calm under pressure"',),
)
async def strengths_add_cmd(ctx: Ctx, opts: StrengthsAddOptions) -> None:
    strengths = await member_strengths(ctx, ctx.member)
    text = opts.text
    outcome = await add_strength(ctx, ctx.member, text)
    if outcome == FULL:
        raise UserError(Msg("strength-full", count=MAX_STRENGTHS), hint=Msg("strength-full-hint"))
    if outcome == ALREADY:
        raise UserError(Msg("strength-already", text=text), hint=Msg("strength-already-hint"))
    ctx.reply(
        ctx.tr("strength-added", text=text, count=len(strengths) + 1),
        title=ctx.tr("strength-added-title"),
    )


@dataclass(frozen=True)
class StrengthsRemoveOptions:
    number: int = option(
        OptType.INTEGER, "its number in `/strengths`", required=True, min=1, max=MAX_STRENGTHS
    )


@feature.command(
    "strengths remove",
    "Remove a strength from your list by its number.",
    StrengthsRemoveOptions,
    positional=("number",),
)
async def strengths_remove_cmd(ctx: Ctx, opts: StrengthsRemoveOptions) -> None:
    strengths = await member_strengths(ctx, ctx.member)
    number = opts.number
    if number > len(strengths):
        raise UserError(
            Msg("strength-no-number", number=str(number), count=len(strengths)),
            hint=Msg("strength-no-number-hint"),
        )
    gone = strengths[number - 1]
    await ctx.session.delete(gone)
    ctx.reply(ctx.tr("strength-removed", text=gone.text), title=ctx.tr("strength-removed-title"))
