"""`/rejection`: log a rejection and get a short, private recovery plan.

The plan holds one concrete self-care suggestion (chosen by how many rejections the
member has logged, so it varies and stays reproducible), the feedback-request email
filled in for that company, the member's strengths, a reframing line, and a promise of a
reflection prompt by direct message the next day (a scheduled job). A rejection counts
for the streak and moves that company's application to rejected. A rejection at the
application stage (a CV rejection) gets the application feedback email and questions
about the application, not about an interview. With `share:anonymous|public` it is
posted to the support channel with a Cheer button; an anonymous post never names its
author anywhere (the company is left out too, since it can give someone away). A member
who may not share right now (muted, or posting too fast) still gets the rejection logged
and the plan, with a line saying it was kept private and why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.messages import Field
from bot.features import applications, mutes, privacy, streaks
from bot.features.cheers import post_with_cheer
from bot.features.strengths import member_strengths, strength_lines
from bot.features.templates import BUILTINS, render
from bot.store.models import Job, Member, Reflection, Rejection

feature = Feature("rejections")

PROMPT_JOB = "reflection-prompt"
STAGES = ("applied", "screen", "interview", "final")
SHARES = ("private", "anonymous", "public")

SELF_CARE = (
    "Step away from the search for the rest of today. A 20-minute walk outside helps the "
    "disappointment settle.",
    "Tell one person you trust how you feel — a friend, family, or someone here. Saying it out "
    "loud makes it lighter.",
    "Do one thing today that has nothing to do with work: cook something you love, play music, "
    "call someone who makes you laugh.",
    "Write down three things you did well in this process. You got this far for a reason.",
    "Take a proper evening off: no job boards, no inbox. The search will still be there "
    "tomorrow, and so will you.",
    "Move for 15 minutes — stretch, dance, take the stairs. It helps the body let go of the "
    "stress.",
    "Eat something good, drink some water and get an early night. Things look different after "
    "sleep.",
)

REFRAME = (
    "Hiring decisions often turn on things you cannot see or control: an internal candidate, "
    "a budget change, a team that needed one very specific skill. A no is about one opening, "
    "not a verdict on you."
)

_STAGE_TEXT = {
    "applied": "on an application",
    "screen": "after a screening call",
    "interview": "after an interview",
    "final": "after the final round",
}


def feedback_template(stage: str | None) -> str:
    """The built-in feedback email for a rejection at `stage`: a CV rejection had no
    interview, so it asks about the application itself."""
    return "application-feedback-request" if stage == "applied" else "feedback-request"


def self_care(count: int) -> str:
    """The suggestion for a member's `count`-th rejection (1-based)."""
    return SELF_CARE[(count - 1) % len(SELF_CARE)]


@dataclass(frozen=True)
class RejectionOptions:
    company: str | None = option(OptType.STRING, "the company", max_length=200)
    stage: str | None = option(OptType.CHOICE, "how far you got", choices=STAGES)
    note: str | None = option(
        OptType.STRING, "anything you want to say about it", max_length=NOTE_LIMIT
    )
    share: str | None = option(
        OptType.CHOICE,
        "private (default), anonymous or public in the support channel",
        choices=SHARES,
    )


@feature.command(
    "rejection",
    "Log a rejection and get a short recovery plan; optionally share it for support.",
    RejectionOptions,
    positional=("company",),
    examples=(
        "/rejection company:Acme stage:interview",
        '/rejection company:Acme stage:final share:anonymous note:"So close this time"',
    ),
)
async def rejection_cmd(ctx: Ctx, opts: RejectionOptions) -> None:
    member = ctx.member
    company = opts.company
    share = opts.share or "private"
    rejection, role = await _record(ctx, opts)
    count = await _rejection_count(ctx, member)
    due = await _schedule_prompt(ctx, rejection)
    shared = await _share(ctx, rejection, share)
    fields = await _plan(ctx, rejection, role, count, due)
    if shared is not None:
        fields.append(shared)
    v = await streaks.current_view(ctx, member)
    fields.append(Field("Showing up counts", streaks.streak_line(v, label="Your streak")))
    at = f" from {company}" if company else ""
    ctx.reply(
        f"I am sorry about the news{at}. It is okay for this to sting.\n\n{REFRAME}",
        title="Your recovery plan",
        fields=fields,
    )


async def _record(ctx: Ctx, opts: RejectionOptions) -> tuple[Rejection, str | None]:
    """Store the rejection (private until shared) and count the day for the streak.

    The company's application moves to rejected; returns the rejection and that
    application's role, if one is tracked.
    """
    member = ctx.member
    role = None
    if opts.company:
        app = await applications.move(ctx, member, opts.company, "rejected")
        role = app.role
    rejection = Rejection(
        community_id=ctx.community.id,
        member_id=member.id,
        company=opts.company,
        stage=opts.stage,
        note=opts.note,
        share="private",
        day=ctx.today(member),
        created_at=ctx.now,
    )
    ctx.session.add(rejection)
    await ctx.session.flush()
    await streaks.mark_active(ctx, member)
    return rejection, role


async def _rejection_count(ctx: Ctx, member: Member) -> int:
    """How many rejections the member has logged, this one included."""
    return int(
        await ctx.session.scalar(
            select(func.count()).select_from(Rejection).where(Rejection.member_id == member.id)
        )
        or 1
    )


def _prompt_key(rejection: Rejection) -> str:
    """One reflection prompt per company a day: the same rejection logged twice (or the
    command delivered twice) brings one message."""
    if not rejection.company:
        return str(rejection.id)
    company = applications.company_key(rejection.company)
    return f"{rejection.day}:{hashlib.sha256(company.encode()).hexdigest()[:16]}"


async def _schedule_prompt(ctx: Ctx, rejection: Rejection) -> datetime:
    """Schedule tomorrow's reflection prompt by DM; returns when it is due."""
    member = ctx.member
    due = ctx.in_days(1, member)
    await ctx.schedule(
        PROMPT_JOB,
        due,
        key=privacy.member_job_key(member, "reflection-prompt", _prompt_key(rejection)),
        payload={
            "member_id": member.id,
            "rejection_id": rejection.id,
            "company": rejection.company,
        },
    )
    return due


async def _plan(
    ctx: Ctx, rejection: Rejection, role: str | None, count: int, due: datetime
) -> list[Field]:
    """The four steps of the recovery plan."""
    member = ctx.member
    company = rejection.company
    email = render(BUILTINS[feedback_template(rejection.stage)], member, company=company, role=role)
    strengths = await member_strengths(ctx, member)
    reflect = "/reflect" + (f' company:"{company}"' if company else "")
    return [
        Field("1. Take time to process", self_care(count)),
        Field("2. Ask for feedback — ready to copy", email.text),
        Field(
            "3. Remember your strengths",
            strength_lines(strengths)
            if strengths
            else "Your list is empty — add one today: `/strengths add text:...`. "
            "What would a former colleague thank you for?",
        ),
        Field(
            "4. Reflect tomorrow",
            f"Tomorrow at {ctx.local(due, member):%H:%M} I will send you a few reflection "
            f"questions by DM. When you are ready: `{reflect}`.",
        ),
    ]


async def _share(ctx: Ctx, rejection: Rejection, share: str) -> Field | None:
    """Post the rejection if asked; returns what to tell the member about sharing.

    The field's name is the outcome ("Shared" or "Kept private") and its value the details,
    so the reply never reads like two labels side by side.
    """
    if share == "private":
        return None
    channel = ctx.community.support_channel
    if not channel:
        return Field(
            "Kept private",
            "This community has no support channel yet, so your rejection was not shared. "
            "A moderator can set one with `/mod setup support_channel:#channel`.",
        )
    try:
        await mutes.check_can_share(ctx, ctx.member, "post to the support channel")
    except UserError as exc:
        # Like `/win`: the rejection is logged and the plan given; only the post waits.
        return Field("Kept private", str(exc))
    stage = f" {_STAGE_TEXT[rejection.stage]}" if rejection.stage else ""
    note = f"\n“{rejection.note}”" if rejection.note else ""
    if share == "anonymous":
        title = "A member shared a rejection"
        text = f"Someone in our community just got a no{stage}.{note}"
    else:
        name = ctx.member.display_name
        at = f" from {rejection.company}" if rejection.company else ""
        title = f"{name} shared a rejection"
        text = f"@{name} just got a no{at}{stage}.{note}"
    text += "\nIf you have been there too, a few kind words go a long way."
    post = await post_with_cheer(
        ctx,
        channel,
        text,
        kind="rejection",
        author=ctx.member,
        anonymous=share == "anonymous",
        title=title,
    )
    if post is None:
        return Field("Kept private", "Nothing from this rejection was posted.")
    rejection.share = share
    rejection.post_id = post.id
    where = (await ctx.channel(channel)).label
    if share == "anonymous":
        return Field(
            "Shared",
            f"Posting anonymously to {where} as post {post.number}. Nobody can see it was you.",
        )
    return Field("Shared", f"Posting to {where} as post {post.number}, so peers can cheer you on.")


@feature.job(PROMPT_JOB)
async def reflection_prompt_job(scope: Scope, row: Job) -> None:
    """The day after a rejection: a gentle DM with the reflection questions."""
    member = await scope.session.get(Member, row.payload.get("member_id"))
    if member is None or member.community_id != scope.community.id:
        return
    rejection = await scope.session.get(Rejection, row.payload.get("rejection_id"))
    if rejection is None:
        return
    already = await scope.session.scalar(
        select(Reflection.id)
        .where(Reflection.member_id == member.id, Reflection.created_at >= rejection.created_at)
        .limit(1)
    )
    if already is not None:
        return
    scope.dm(
        member,
        prompt_text(rejection.stage, rejection.company),
        title="A few questions, when you are ready",
    )


def prompt_text(stage: str | None, company: str | None) -> str:
    """The next day's reflection questions: about the interview, or, after a rejection at
    the application stage, about the CV and cover letter (there was no interview)."""
    about = f" about {company}" if company else ""
    cmd = "/reflect" + (f' company:"{company}"' if company else "")
    answer = (
        f"Answer with `{cmd} went_well:... do_differently:... skill_gap:...` — a skill gap "
        "becomes a learning goal."
    )
    if stage == "applied":
        to = f" to {company}" if company else ""
        return (
            f"How are you doing today? When you feel ready, a short look back at your "
            f"application{to} makes the next one stronger. Five minutes is enough:\n"
            "• What did your application do well?\n"
            "• How closely did your CV and cover letter match what the job description asked "
            "for?\n"
            "• What would you change next time: the CV, the cover letter, or the kind of roles "
            "you apply to?\n"
            "• Was there a requirement you could not show yet — a skill you could work on?\n\n"
            + answer
        )
    return (
        f"How are you doing today? When you feel ready, a short reflection{about} turns a hard "
        "day into something useful. Five minutes is enough:\n"
        "• What went well?\n"
        "• What would you do differently next time?\n"
        "• How clear and confident did you feel (1-5)? And your body language (1-5)?\n"
        "• Did you follow up with a thank-you?\n"
        "• Was there a skill gap you could work on?\n\n" + answer
    )
