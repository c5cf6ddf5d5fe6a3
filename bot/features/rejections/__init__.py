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

from bot.core import i18n
from bot.core.context import Ctx, Scope
from bot.core.declarations import NOTE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
from bot.core.messages import Field
from bot.features import applications, mutes, privacy, streaks
from bot.features.cheers import post_with_cheer
from bot.features.strengths import member_strengths, strength_lines
from bot.features.templates import builtins, render
from bot.store.models import Job, Member, Reflection, Rejection

feature = Feature("rejections")

PROMPT_JOB = "reflection-prompt"
STAGES = ("applied", "screen", "interview", "final")
SHARES = ("private", "anonymous", "public")

# One self-care suggestion per rejection, in turn (`self_care`).
SELF_CARE_KEYS = tuple(f"rejection-self-care-{n}" for n in range(1, 8))
# The suggestions and the reframing line in English, as members reading English see them.
SELF_CARE = tuple(i18n.tr(i18n.ENGLISH)(key) for key in SELF_CARE_KEYS)
REFRAME = i18n.tr(i18n.ENGLISH)("rejection-reframe")


def feedback_template(stage: str | None) -> str:
    """The built-in feedback email for a rejection at `stage`: a CV rejection had no
    interview, so it asks about the application itself."""
    return "application-feedback-request" if stage == "applied" else "feedback-request"


def self_care(count: int, tr: Tr) -> str:
    """The suggestion for a member's `count`-th rejection (1-based), in `tr`'s language."""
    return tr(SELF_CARE_KEYS[(count - 1) % len(SELF_CARE_KEYS)])


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
    tr = ctx.tr
    line = streaks.streak_line(v, tr, label=Msg("streak-label-yours"))
    fields.append(Field(tr("rejection-showing-up"), line))
    sorry = tr("rejection-sorry-from", company=company) if company else tr("rejection-sorry")
    ctx.reply(
        f"{sorry}\n\n{tr('rejection-reframe')}", title=tr("rejection-plan-title"), fields=fields
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
    tr = ctx.tr
    template = builtins(tr)[feedback_template(rejection.stage)]
    email = render(template, member, tr, company=company, role=role)
    strengths = await member_strengths(ctx, member)
    return [
        Field(tr("rejection-step-process"), self_care(count, tr)),
        Field(tr("rejection-step-feedback"), email.text),
        Field(
            tr("rejection-step-strengths"),
            strength_lines(strengths, tr) if strengths else tr("rejection-no-strengths"),
        ),
        Field(
            tr("rejection-step-reflect"),
            tr(
                "rejection-reflect-tomorrow",
                time=f"{ctx.local(due, member):%H:%M}",
                command=_reflect_command(company),
            ),
        ),
    ]


def _reflect_command(company: str | None) -> str:
    """`/reflect company:"Acme"`, as the member would type it."""
    return "/reflect" + (f' company:"{company}"' if company else "")


async def _share(ctx: Ctx, rejection: Rejection, share: str) -> Field | None:
    """Post the rejection if asked; returns what to tell the member about sharing.

    The field's name is the outcome ("Shared" or "Kept private") and its value the details,
    so the reply never reads like two labels side by side.
    """
    if share == "private":
        return None
    tr = ctx.tr
    channel = ctx.community.support_channel
    if not channel:
        return Field(tr("rejection-kept-private"), tr("rejection-no-support-channel"))
    try:
        await mutes.check_can_share(ctx, ctx.member, mutes.POST_SUPPORT)
    except UserError as exc:
        # Like `/win`: the rejection is logged and the plan given; only the post waits.
        return Field(tr("rejection-kept-private"), exc.render(tr))
    title, text = _post_text(ctx, rejection, anonymous=share == "anonymous")
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
        return Field(tr("rejection-kept-private"), tr("rejection-not-posted"))
    rejection.share = share
    rejection.post_id = post.id
    where = (await ctx.channel(channel)).label
    key = "rejection-shared-anonymous" if share == "anonymous" else "rejection-shared-public"
    return Field(tr("rejection-shared"), tr(key, channel=where, number=str(post.number)))


def _post_text(ctx: Ctx, rejection: Rejection, *, anonymous: bool) -> tuple[str, str]:
    """The shared post's title and text, in the community's language. An anonymous post
    is given neither the member's name nor the company (a company can give someone away)."""
    tr = ctx.community_tr
    args: dict[str, str | Msg] = {}
    if rejection.stage:
        args["stage"] = Msg("rejection-stage", stage=rejection.stage)
    if anonymous:
        title = tr("rejection-post-title-anonymous")
        key = "rejection-post-anonymous-stage" if rejection.stage else "rejection-post-anonymous"
    else:
        args["name"] = ctx.member.display_name
        title = tr("rejection-post-title", name=ctx.member.display_name)
        if rejection.company:
            args["company"] = rejection.company
            key = (
                "rejection-post-public-from-stage"
                if rejection.stage
                else "rejection-post-public-from"
            )
        else:
            key = "rejection-post-public-stage" if rejection.stage else "rejection-post-public"
    lines = [tr(key, **args)]
    if rejection.note:
        lines.append(tr("rejection-post-note", note=rejection.note))
    lines.append(tr("rejection-post-invite"))
    return title, "\n".join(lines)


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
    tr = scope.tr_for(member)
    scope.dm(
        member,
        prompt_text(tr, rejection.stage, rejection.company),
        title=tr("rejection-prompt-title"),
    )


def prompt_text(tr: Tr, stage: str | None, company: str | None) -> str:
    """The next day's reflection questions: about the interview, or, after a rejection at
    the application stage, about the CV and cover letter (there was no interview)."""
    answer = tr("rejection-prompt-answer", command=_reflect_command(company))
    if stage == "applied":
        intro = (
            tr("rejection-prompt-application-to", company=company)
            if company
            else tr("rejection-prompt-application")
        )
        questions = tr("rejection-prompt-application-questions")
    else:
        intro = (
            tr("rejection-prompt-interview-about", company=company)
            if company
            else tr("rejection-prompt-interview")
        )
        questions = tr("rejection-prompt-interview-questions")
    return f"{intro}\n{questions}\n\n{answer}"
