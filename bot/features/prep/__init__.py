"""`/prep`: before an interview — a research checklist, your strengths, and your own advice.

The checklist covers the job description, company culture, responsibilities and
qualifications; then the member's strengths, the last advice their reflections gave
(what to do differently and what went well, about this company if there is one; a later
reflection that left the answer empty hides nothing), plus open learning goals.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Ctx
from bot.core.declarations import Feature, OptType, option
from bot.core.i18n import Tr
from bot.core.messages import Field
from bot.features import applications, goals
from bot.features.reflections import latest_reflection
from bot.features.strengths import member_strengths, strength_lines

feature = Feature("prep")


def checklist(company: str, role: str | None, tr: Tr) -> str:
    job = tr("prep-check-job-role", role=role) if role else tr("prep-check-job")
    return "\n".join(
        [
            job,
            tr("prep-check-culture", company=company),
            tr("prep-check-duties"),
            tr("prep-check-qualifications"),
            tr("prep-check-questions"),
            tr("prep-check-logistics"),
        ]
    )


async def _your_advice(ctx: Ctx, company: str) -> list[Field]:
    """What the member's reflections said: the latest advice to do something differently,
    and the latest thing that went well, each preferring a reflection about `company`."""
    tr = ctx.tr
    fields: list[Field] = []
    change = await latest_reflection(ctx, ctx.member, company, answered="do_differently")
    if change is not None and change.do_differently:
        about = change.company
        heading = (
            tr("prep-do-differently-at", company=about) if about else tr("prep-do-differently")
        )
        fields.append(Field(heading, change.do_differently.strip()))
    kept = await latest_reflection(ctx, ctx.member, company, answered="went_well")
    if kept is not None and kept.went_well:
        about = kept.company
        heading = tr("prep-went-well-at", company=about) if about else tr("prep-went-well")
        fields.append(Field(heading, kept.went_well.strip()))
    return fields


@dataclass(frozen=True)
class PrepOptions:
    company: str = option(
        OptType.STRING, "the company you are meeting", required=True, max_length=200
    )


@feature.command(
    "prep",
    "Before an interview: a research checklist, your strengths and your last reflection.",
    PrepOptions,
    rest="company",
    readonly=True,
    examples=("/prep company:Acme",),
)
async def prep_cmd(ctx: Ctx, opts: PrepOptions) -> None:
    company: str = opts.company
    app = await applications.find(ctx, ctx.member, company)
    role = app.role if app else None
    tr = ctx.tr
    fields = [Field(tr("prep-checklist"), checklist(company, role, tr))]
    strengths = await member_strengths(ctx, ctx.member)
    fields.append(
        Field(
            tr("prep-strengths"),
            strength_lines(strengths, tr) if strengths else tr("prep-strengths-none"),
        )
    )
    fields.extend(await _your_advice(ctx, company))
    learning = await goals.learning_goals(ctx, ctx.member)
    if learning:
        fields.append(Field(tr("prep-learning"), "\n".join(f"• {g.text}" for g in learning)))
    fields.append(Field(tr("prep-after"), tr("prep-after-text", company=company)))
    intro = (
        tr("prep-intro-role", company=company, role=role)
        if role
        else tr("prep-intro", company=company)
    )
    ctx.reply(
        intro,
        title=tr("prep-title", company=company),
        fields=fields,
    )
