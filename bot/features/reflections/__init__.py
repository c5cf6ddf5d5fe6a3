"""`/reflect`: the guided reflection after an interview (a form on Discord and Slack).

The questions follow what career coaches ask: what went well, what to do differently,
how clear and confident you felt, how your non-verbal communication was, whether you
followed up, and which skill gap showed. A skill gap becomes a learning goal that `/goal`
shows (the same gap in other words stays one goal); `followed_up:no` offers the
post-interview thank-you email. A reflection counts for the streak. `/prep` reads the
latest advice back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.i18n import Tr
from bot.core.messages import Field
from bot.features import applications, goals, streaks
from bot.features.templates import builtins, render
from bot.store.models import Member, Reflection

feature = Feature("reflections")

# The questions a bare `/reflect` lists, one per answer below (catalogue keys).
QUESTIONS = (
    "reflect-question-company",
    "reflect-question-went-well",
    "reflect-question-do-differently",
    "reflect-question-clear-confident",
    "reflect-question-nonverbal",
    "reflect-question-followed-up",
    "reflect-question-skill-gap",
)
ANSWERS = (
    "company",
    "went_well",
    "do_differently",
    "clear_confident",
    "nonverbal",
    "followed_up",
    "skill_gap",
)


async def latest_reflection(
    scope: Scope, member: Member, company: str | None = None, *, answered: str | None = None
) -> Reflection | None:
    """The member's last reflection, preferring the last one about `company`.

    With `answered` (an answer's name, like "do_differently"), only reflections that gave
    that answer count, so an empty answer in a later reflection hides nothing.
    """
    key = applications.company_key(company) if company else None
    fallback: Reflection | None = None
    rows = await scope.session.scalars(
        select(Reflection).where(Reflection.member_id == member.id).order_by(Reflection.id.desc())
    )
    for row in rows:
        if answered and not str(getattr(row, answered) or "").strip():
            continue
        if key is None or (row.company and applications.company_key(row.company) == key):
            return row
        fallback = fallback or row
    return fallback


@dataclass(frozen=True)
class ReflectOptions:
    company: str | None = option(OptType.STRING, "which interview", max_length=200)
    went_well: str | None = option(OptType.STRING, "what went well", max_length=NOTE_LIMIT)
    do_differently: str | None = option(
        OptType.STRING, "what you would do differently", max_length=NOTE_LIMIT
    )
    clear_confident: int | None = option(
        OptType.INTEGER, "how clear and confident you were", min=1, max=5
    )
    nonverbal: int | None = option(
        OptType.INTEGER, "body language, eye contact, tone", min=1, max=5
    )
    followed_up: bool | None = option(OptType.BOOLEAN, "sent a thank-you or follow-up")
    skill_gap: str | None = option(
        OptType.STRING,
        "a skill to strengthen (becomes a learning goal)",
        max_length=NOTE_LIMIT,
    )


@feature.command(
    "reflect",
    "Reflect after an interview: what went well, what to change, and what to learn next.",
    ReflectOptions,
    modal=True,
    # A form short of room asks what leads somewhere: the company (for the thank-you email
    # and the application), the two open questions, the follow-up (a "no" brings the
    # thank-you template) and the skill gap (a learning goal). The 1-5 scores stay options.
    modal_fields=("company", "went_well", "do_differently", "followed_up", "skill_gap"),
    examples=(
        '/reflect company:Acme went_well:"Clear project stories" do_differently:"Ask more '
        'questions" clear_confident:3 nonverbal:4 followed_up:no skill_gap:"SQL window functions"',
    ),
)
async def reflect_cmd(ctx: Ctx, opts: ReflectOptions) -> None:
    if all(getattr(opts, name) is None for name in ANSWERS):
        # Surfaces with forms opened the form instead (`Engine.form_for`); here the
        # member typed no answer: say what to answer.
        tr = ctx.tr
        questions = "\n".join(f"• {tr(q)}" for q in QUESTIONS)
        ctx.reply(
            f"{tr('reflect-intro')}\n{questions}\n\n{tr('reflect-example')}",
            title=tr("reflect-title"),
        )
        return
    member = ctx.member
    ctx.session.add(
        Reflection(
            community_id=ctx.community.id,
            member_id=member.id,
            company=opts.company,
            went_well=opts.went_well,
            do_differently=opts.do_differently,
            clear_confident=opts.clear_confident,
            nonverbal=opts.nonverbal,
            followed_up=opts.followed_up,
            skill_gap=opts.skill_gap,
            created_at=ctx.now,
        )
    )
    fields = _looking_back(opts, ctx.tr)
    if opts.skill_gap:
        fields.append(await _learning_goal(ctx, opts.skill_gap))
    if opts.followed_up is False:
        fields.append(await _thank_you(ctx, opts.company))
    await streaks.mark_active(ctx, member)
    v = await streaks.current_view(ctx, member)
    tr = ctx.tr
    fields.append(Field(tr("reflect-showing-up"), streaks.streak_line(v, tr)))
    thanks = tr("reflect-thanks-on", company=opts.company) if opts.company else tr("reflect-thanks")
    ctx.reply(thanks, title=tr("reflect-saved-title"), fields=fields)


def _looking_back(opts: ReflectOptions, tr: Tr) -> list[Field]:
    """What went well, what to change, and practice for low scores."""
    fields: list[Field] = []
    if opts.went_well:
        fields.append(Field(tr("reflect-keep-doing"), opts.went_well))
    if opts.do_differently:
        fields.append(
            Field(tr("reflect-next-time"), tr("reflect-next-time-text", text=opts.do_differently))
        )
    low = [
        which
        for which, score in (("clarity", opts.clear_confident), ("nonverbal", opts.nonverbal))
        if score is not None and score <= 2
    ]
    if low:
        scores = low[0] if len(low) == 1 else "both"
        fields.append(Field(tr("reflect-practice-title"), tr("reflect-practice", scores=scores)))
    return fields


async def _learning_goal(ctx: Ctx, skill_gap: str) -> Field:
    """A skill gap becomes a learning goal that `/goal` shows, unless it already is one."""
    goal, new = await goals.add_learning_goal(ctx, ctx.member, skill_gap)
    tr = ctx.tr
    if new:
        return Field(tr("reflect-goal-added"), tr("reflect-goal-added-text", goal=goal.text))
    return Field(tr("reflect-goal-exists"), tr("reflect-goal-exists-text", goal=goal.text))


async def _thank_you(ctx: Ctx, company: str | None) -> Field:
    """No follow-up yet: the post-interview thank-you email, filled in."""
    app = await applications.find(ctx, ctx.member, company) if company else None
    email = render(
        builtins(ctx.tr)["post-interview-thank-you"],
        ctx.member,
        ctx.tr,
        company=company,
        role=app.role if app else None,
    )
    return Field(
        ctx.tr("reflect-thank-you-title"), f"{email.text}\n\n{ctx.tr('reflect-thank-you-again')}"
    )
