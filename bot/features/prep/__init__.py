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
from bot.core.messages import Field
from bot.features import applications, goals
from bot.features.reflections import latest_reflection
from bot.features.strengths import member_strengths, strength_lines

feature = Feature("prep")


def checklist(company: str, role: str | None) -> str:
    job = f"the {role} job description" if role else "the job description"
    return "\n".join(
        [
            f"☐ Re-read {job}: underline the three things they stress most.",
            f"☐ Company culture: {company}'s values, careers page, recent news and how "
            "employees describe it.",
            "☐ Responsibilities: for each main duty, one story from your experience "
            "(situation, action, result).",
            "☐ Qualifications: match each requirement to proof; for any gap, say how you are "
            "closing it.",
            "☐ Two or three questions of your own about the team, the first 90 days, or how "
            "success is measured.",
            "☐ Logistics: time zone, link or address, the interviewer's name, a glass of water.",
        ]
    )


async def _your_advice(ctx: Ctx, company: str) -> list[Field]:
    """What the member's reflections said: the latest advice to do something differently,
    and the latest thing that went well, each preferring a reflection about `company`."""
    fields = []
    change = await latest_reflection(ctx, ctx.member, company, answered="do_differently")
    if change is not None and change.do_differently:
        fields.append(
            Field(
                f"Last time you said you would do differently{_about(change.company)}",
                change.do_differently.strip(),
            )
        )
    kept = await latest_reflection(ctx, ctx.member, company, answered="went_well")
    if kept is not None and kept.went_well:
        fields.append(
            Field(f"Last time this went well{_about(kept.company)}", kept.went_well.strip())
        )
    return fields


def _about(company: str | None) -> str:
    return f" ({company})" if company else ""


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
    fields = [Field("Research checklist", checklist(company, role))]
    strengths = await member_strengths(ctx, ctx.member)
    fields.append(
        Field(
            "Your strengths — say them out loud once",
            strength_lines(strengths)
            if strengths
            else "None listed yet. Add two before the interview: `/strengths add text:...`.",
        )
    )
    fields.extend(await _your_advice(ctx, company))
    learning = await goals.learning_goals(ctx, ctx.member)
    if learning:
        fields.append(
            Field("What you are strengthening", "\n".join(f"• {g.text}" for g in learning))
        )
    fields.append(
        Field(
            "After the interview",
            "Send a thank-you within a day (`/template name:post-interview-thank-you "
            f'company:"{company}"`) and reflect while it is fresh (`/reflect`).',
        )
    )
    what = f" for the {role} role" if role else ""
    ctx.reply(
        f"You have prepared for hard things before. Here is your plan for {company}{what}.",
        title=f"Prep: {company}",
        fields=fields,
    )
