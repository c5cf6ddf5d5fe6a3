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


def strength_lines(strengths: list[Strength], *, numbered: bool = False) -> str:
    lines = []
    for i, s in enumerate(strengths, start=1):
        tag = " (noticed by peers)" if s.source == "peer" else ""
        lines.append(f"{f'{i}.' if numbered else '•'} {s.text}{tag}")
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
    if not strengths:
        ctx.reply(
            "Your list is empty for now. What do people thank you for? What came easily in "
            'your last role? Add one with `/strengths add text:"Explaining complex things '
            'simply"`.',
            title="Your strengths",
        )
        return
    ctx.reply(
        strength_lines(strengths, numbered=True)
        + "\n\nRead these before your next interview. `/strengths add text:...` adds one; "
        "`/strengths remove number:n` removes one.",
        title="Your strengths",
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
        raise UserError(
            f"Your list already has {MAX_STRENGTHS} strengths.",
            hint="Remove one with `/strengths remove number:n` first.",
        )
    if outcome == ALREADY:
        raise UserError(f"“{text}” is already on your list.", hint="`/strengths` shows it.")
    ctx.reply(
        f"Added “{text}”. You now have {len(strengths) + 1} "
        f"strength{'s' if strengths else ''} on your list.",
        title="Strength added",
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
            f"There is no strength number {number}; your list has {len(strengths)}.",
            hint="`/strengths` shows the numbers.",
        )
    gone = strengths[number - 1]
    await ctx.session.delete(gone)
    ctx.reply(f"Removed “{gone.text}”.", title="Strength removed")
