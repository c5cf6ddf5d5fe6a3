"""`/undo`: take back your last entry of the last 24 hours.

The entry is the member's newest log, win, rejection, reflection or check-in answer in
this community made in the last 24 hours (`entries.latest`); running `/undo` again takes
back the one before it. Its row goes, with what hung off it: its channel post is
withdrawn (labelled as removed by its author), a learning goal its reflection created is
removed, the reflection prompt its rejection scheduled is cancelled, and the application
it opened or moved and the streak are recounted (`recount.py`). Goals, stats and the
funnel count rows, so they follow. The reply says what was removed and where the streak
stands now. A muted member may undo: taking something back never posts anything.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Ctx
from bot.core.declarations import Feature, NoOptions
from bot.core.i18n import Msg
from bot.core.messages import Message
from bot.features import goals, streaks
from bot.features.undo import entries, recount
from bot.features.undo.entries import Entry
from bot.store.models import CheckinAnswer, Reflection, Rejection

__all__ = ["WINDOW", "feature", "undo_cmd"]

feature = Feature("undo")

WINDOW = timedelta(hours=24)


@feature.command(
    "undo",
    "Remove your last entry of the last 24 hours: a log, win, rejection, reflection or "
    "check-in answer.",
    NoOptions,
    details=(
        "Its post leaves the channel, and your streak, goals and stats are recounted without "
        "it. Run it again to remove the entry before."
    ),
    examples=("/undo",),
)
async def undo_cmd(ctx: Ctx, opts: NoOptions) -> None:
    member = ctx.member
    # One undo at a time per member (the streak row's lock, which `/log` takes too): a
    # second `/undo` sent meanwhile waits, then takes back the entry before.
    await streaks.load(ctx.session, member, lock=True)
    entry = await entries.latest(ctx, member, ctx.now - WINDOW)
    tr = ctx.tr
    if entry is None:
        ctx.reply(tr("undo-nothing"), title=tr("undo-nothing-title"))
        return
    what = await entries.describe(ctx, member, entry, tr)
    withdrawals: list[Message] = []
    lines = [tr("undo-removed", entry=what)]
    lines += [tr.text(said) for said in await _take_back(ctx, entry, withdrawals)]
    lines.append(_streak_sentence(ctx, await streaks.current_view(ctx, member)))
    if entry.kind == "log" and (progress := await goals.week_progress_line(ctx, member, tr)):
        lines.append(progress)
    ctx.reply("\n".join(lines), title=tr("undo-title"))
    ctx.messages.extend(withdrawals)


async def _take_back(ctx: Ctx, entry: Entry, withdrawals: list[Message]) -> list[Msg]:
    """Delete the entry and what hung off it; the lines that say what else changed."""
    member, row = ctx.member, entry.row
    app = await recount.application_of(ctx, member, entry)
    days = {entry.day(ctx, member)}
    if isinstance(row, CheckinAnswer):
        days.add(ctx.local(row.updated_at, member).date())  # an update counted its day too
    said = [await entries.withdraw_post(ctx, entry, withdrawals)]
    if isinstance(row, Reflection):
        said.append(await entries.drop_learning_goal(ctx, row))
    if isinstance(row, Rejection):
        said.append(await entries.cancel_prompt(ctx, row))
    await ctx.session.delete(row)
    await ctx.session.flush()
    if app is not None:
        said.append(await recount.unwind_application(ctx, app, entry.at))
    for day in sorted(days):
        await recount.forget_day(ctx, member, day, entry.amount)
    return [line for line in said if line]


def _streak_sentence(ctx: Ctx, v: streaks.StreakView) -> str:
    if v.current > 0:
        return ctx.tr("undo-streak-now", count=v.current)
    if v.total_days > 0:
        return ctx.tr("undo-streak-paused", count=v.total_days)
    return ctx.tr("undo-streak-reset")
