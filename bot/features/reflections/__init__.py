"""`/reflect`: the guided reflection after an interview (a modal form on Discord and Slack).

The questions follow what career coaches ask: what went well, what to do differently,
how clear and confident you felt, how your non-verbal communication was, whether you
followed up, and which skill gap showed. A skill gap becomes a learning goal that `/goal`
shows; `followed_up:no` offers the post-interview thank-you email. A reflection counts
for the streak. `/prep` reads the latest one back.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, Feature, Option, OptType
from bot.core.messages import Field
from bot.features import streaks
from bot.features.activity import applications
from bot.features.goals import LEARNING
from bot.features.templates import BUILTINS, render
from bot.store.models import Goal, Member, Reflection

feature = Feature("reflections")

QUESTIONS = (
    "company — which interview is this about?",
    "went_well — what went well?",
    "do_differently — what would you do differently next time?",
    "clear_confident — how clear and confident were your answers (1-5)?",
    "nonverbal — how was your body language, eye contact and tone (1-5)?",
    "followed_up — did you send a thank-you or follow-up (yes/no)?",
    "skill_gap — was there a skill or topic you want to strengthen?",
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
    scope: Scope, member: Member, company: str | None = None
) -> Reflection | None:
    """The member's last reflection, preferring one about `company`."""
    base = (
        select(Reflection)
        .where(Reflection.member_id == member.id)
        .order_by(Reflection.id.desc())
        .limit(1)
    )
    if company:
        key = applications.company_key(company)
        rows = await scope.session.scalars(
            select(Reflection)
            .where(Reflection.member_id == member.id, Reflection.company.is_not(None))
            .order_by(Reflection.id.desc())
        )
        for row in rows:
            if row.company and applications.company_key(row.company) == key:
                return row
    return await scope.session.scalar(base)


@feature.command(
    "reflect",
    "Reflect after an interview: what went well, what to change, and what to learn next.",
    Option("company", OptType.STRING, "which interview", max_length=200),
    Option("went_well", OptType.STRING, "what went well", max_length=NOTE_LIMIT),
    Option(
        "do_differently", OptType.STRING, "what you would do differently", max_length=NOTE_LIMIT
    ),
    Option("clear_confident", OptType.INTEGER, "how clear and confident you were", min=1, max=5),
    Option("nonverbal", OptType.INTEGER, "body language, eye contact, tone", min=1, max=5),
    Option("followed_up", OptType.BOOLEAN, "sent a thank-you or follow-up"),
    Option(
        "skill_gap",
        OptType.STRING,
        "a skill to strengthen (becomes a learning goal)",
        max_length=NOTE_LIMIT,
    ),
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
async def reflect_cmd(ctx: Ctx, opts: dict) -> None:
    if all(opts[name] is None for name in ANSWERS):
        msg = ctx.reply(
            "Take five minutes while it is fresh. Answer any of these — none is required:\n"
            + "\n".join(f"• {q}" for q in QUESTIONS)
            + '\n\nFor example: `/reflect company:Acme went_well:"My project story" '
            'do_differently:"Slow down" clear_confident:3 followed_up:no`',
            title="Reflect on your interview",
        )
        msg.modal = "reflect"
        return
    member = ctx.member
    company = opts["company"]
    ctx.session.add(
        Reflection(
            community_id=ctx.community.id,
            member_id=member.id,
            company=company,
            went_well=opts["went_well"],
            do_differently=opts["do_differently"],
            clear_confident=opts["clear_confident"],
            nonverbal=opts["nonverbal"],
            followed_up=opts["followed_up"],
            skill_gap=opts["skill_gap"],
            created_at=ctx.now,
        )
    )
    fields: list[Field] = []
    if opts["went_well"]:
        fields.append(Field("Keep doing", opts["went_well"]))
    if opts["do_differently"]:
        fields.append(Field("Next time", opts["do_differently"] + " — `/prep` will remind you."))
    low = [
        label
        for label, score in (
            ("clarity and confidence", opts["clear_confident"]),
            ("non-verbal", opts["nonverbal"]),
        )
        if score is not None and score <= 2
    ]
    if low:
        fields.append(
            Field(
                "Practice helps",
                f"Your {' and '.join(low)} score{'s' if len(low) > 1 else ''} can rise fast with "
                "a mock interview: `/buddy join purpose:mock-interview` finds you a partner.",
            )
        )
    if opts["skill_gap"]:
        ctx.session.add(
            Goal(
                community_id=ctx.community.id,
                member_id=member.id,
                kind=LEARNING,
                per_week=0,
                text=opts["skill_gap"],
                created_at=ctx.now,
            )
        )
        fields.append(
            Field(
                "Learning goal added",
                f"{opts['skill_gap']} — `/goal` shows it with your weekly goals.",
            )
        )
    if opts["followed_up"] is False:
        app = await applications.find(ctx, member, company) if company else None
        email = render(
            BUILTINS["post-interview-thank-you"],
            member,
            company=company,
            role=app.role if app else None,
        )
        fields.append(
            Field(
                "Send a thank-you — it is not too late",
                email.text + "\n\n(`/template name:post-interview-thank-you` renders it again.)",
            )
        )
    await streaks.mark_active(ctx, member)
    v = await streaks.current_view(ctx, member)
    fields.append(Field("Showing up counts", streaks.streak_line(v)))
    about = f" on {company}" if company else ""
    ctx.reply(
        f"Thank you for reflecting{about}. Looking back honestly is how the next interview gets "
        "better.",
        title="Reflection saved",
        fields=fields,
    )
