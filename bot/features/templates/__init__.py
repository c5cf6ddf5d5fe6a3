"""Feedback email templates: the seven built-ins, the community's own, and rendering them.

`/template` lists every template of the community; `/template name:...` renders one
privately with a subject line and a body ready to paste, keeping missing values visible
as `[company]`, and with `remind_days:n` schedules a follow-up reminder by DM. Moderators
add and remove the community's own templates with `/mod template-add` (an existing name
is replaced only with `replace:yes`) and `/mod template-remove` (built-ins are protected). Template names are offered to
adapters through the "templates" completer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import dates
from bot.core.context import Ctx, Scope
from bot.core.declarations import TEMPLATE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.messages import Field
from bot.features import privacy
from bot.store.identity import insert_for
from bot.store.models import Community, Job, Member, Template

feature = Feature("templates")

PLACEHOLDERS = ("company", "contact", "role", "my_name")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NAME_LIMIT = 64
MAX_REMIND_DAYS = 60
_FIELD_RE = re.compile(r"\{([^{}]*)\}")
FOLLOW_UP_JOB = "template-follow-up"


@dataclass(frozen=True)
class EmailTemplate:
    name: str
    subject: str | None
    body: str
    about: str


BUILTINS: dict[str, EmailTemplate] = {
    t.name: t
    for t in (
        EmailTemplate(
            "feedback-request",
            "Thank you — and a request for feedback on the {role} role",
            "Hi {contact},\n\n"
            "Thank you for letting me know about your decision on the {role} role, and for "
            "the time you and the team spent with me. I enjoyed learning about {company}, "
            "and I respect the decision.\n\n"
            "I am working to improve, and I would be grateful for any feedback on my "
            "application or interviews: what worked well, and where I could be stronger. "
            "Positive or critical, even a few lines would help me a great deal.\n\n"
            "I would be glad to stay in touch and to be considered for future roles at "
            "{company}.\n\n"
            "Best regards,\n{my_name}",
            "ask what to improve, welcoming positive or critical feedback",
        ),
        EmailTemplate(
            "application-feedback-request",
            "Feedback on my application — {role} at {company}",
            "Hi {contact},\n\n"
            "Thank you for letting me know about my application for the {role} role at "
            "{company}, and for taking the time to review it. I respect your decision.\n\n"
            "I am working to make my applications stronger, and I would be grateful for a "
            "little feedback: was there something in my CV or cover letter that held it back, "
            "or a requirement you felt I did not yet meet? Even a line or two would help me a "
            "great deal.\n\n"
            "I remain interested in {company}, and I would be glad to be considered for future "
            "roles that fit my background.\n\n"
            "Best regards,\n{my_name}",
            "after a CV rejection, ask what would make your application stronger",
        ),
        EmailTemplate(
            "feedback-follow-up",
            "Following up on your feedback — {role} at {company}",
            "Hi {contact},\n\n"
            "Thank you again for getting back to me about the {role} role. I really "
            "appreciate you taking the time.\n\n"
            "If you are able to share a little more detail, it would help me a lot: was there "
            "a particular skill or experience the team felt was missing, or a part of the "
            "interview where I could have given a stronger answer? Even one specific point "
            "would give me something concrete to work on.\n\n"
            "I understand if that is not possible, and I am grateful either way.\n\n"
            "Best regards,\n{my_name}",
            "when feedback was generic, ask for one or two specifics",
        ),
        EmailTemplate(
            "thank-you-after-rejection",
            "Thank you — {role} at {company}",
            "Hi {contact},\n\n"
            "Thank you for letting me know, and for considering me for the {role} role. "
            "While I am disappointed, I enjoyed meeting the team and learning about the work "
            "at {company}.\n\n"
            "I remain very interested in {company}, and I would welcome the chance to be "
            "considered for future openings. I wish you and the team all the best.\n\n"
            "Kind regards,\n{my_name}",
            "accept gracefully and keep the door open",
        ),
        EmailTemplate(
            "stay-in-touch",
            "Staying in touch about future roles at {company}",
            "Hi {contact},\n\n"
            "I hope you are well. We spoke a while ago about the {role} role, and I wanted "
            "to let you know that my interest in {company} has not changed.\n\n"
            "If a role opens that fits my background, I would be grateful to be considered, "
            "and I am happy to send an updated CV whenever it is useful. Thank you for "
            "keeping me in mind.\n\n"
            "Best wishes,\n{my_name}",
            "ask to be considered for future roles",
        ),
        EmailTemplate(
            "post-interview-thank-you",
            "Thank you for today's conversation — {role}",
            "Hi {contact},\n\n"
            "Thank you for taking the time to speak with me about the {role} role. I enjoyed "
            "our conversation and learning more about the team's work at {company}.\n\n"
            "It made me even more enthusiastic about the position, and I am confident my "
            "experience would help the team. If there is anything else I can share to help "
            "your decision, please let me know.\n\n"
            "I look forward to hearing from you.\n\n"
            "Best regards,\n{my_name}",
            "a short thank-you within a day of the interview",
        ),
        EmailTemplate(
            "network-reach-out",
            "Advice on {role} roles at {company}?",
            "Hi {contact},\n\n"
            "I hope you are doing well. I am looking for my next role as a {role}, and I "
            "admire the work {company} is doing.\n\n"
            "Would you be open to a 20-minute chat in the next couple of weeks? I would value "
            "your advice on the field and on what makes candidates stand out, and if you know "
            "of openings or people I should talk to, an introduction would mean a lot.\n\n"
            "No worries at all if now is not a good time. Thank you for considering it.\n\n"
            "Best regards,\n{my_name}",
            "ask a contact for advice or leads",
        ),
    )
}


@dataclass(frozen=True)
class Rendered:
    subject: str | None
    body: str
    missing: tuple[str, ...]

    @property
    def text(self) -> str:
        return (f"Subject: {self.subject}\n\n" if self.subject else "") + self.body


def fill(text: str, values: dict[str, str | None]) -> tuple[str, list[str]]:
    """Replace `{placeholder}`s; a missing value stays visible as `[placeholder]`."""
    missing: list[str] = []

    def sub(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        if key not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(key)
        if value:
            return value
        if key not in missing:
            missing.append(key)
        return f"[{key}]"

    return _FIELD_RE.sub(sub, text), missing


def render(
    template: EmailTemplate,
    member: Member,
    *,
    company: str | None = None,
    contact: str | None = None,
    role: str | None = None,
) -> Rendered:
    values = {
        "company": company,
        "contact": contact,
        "role": role,
        "my_name": member.display_name,
    }
    subject, missing_s = fill(template.subject, values) if template.subject else (None, [])
    body, missing_b = fill(template.body, values)
    missing = tuple(dict.fromkeys([*missing_s, *missing_b]))
    return Rendered(subject, body, missing)


def _from_row(row: Template) -> EmailTemplate:
    return EmailTemplate(row.name, row.title, row.body, row.title or "added by the moderators")


async def community_templates(session: AsyncSession, community_id: int) -> list[Template]:
    return list(
        await session.scalars(
            select(Template).where(Template.community_id == community_id).order_by(Template.name)
        )
    )


async def get_template(scope: Scope, name: str) -> EmailTemplate:
    """A built-in or community template by name, or a `UserError` naming the choices."""
    key = name.strip().lower()
    if key in BUILTINS:
        return BUILTINS[key]
    row = await scope.session.scalar(
        select(Template).where(Template.community_id == scope.community.id, Template.name == key)
    )
    if row is None:
        names = [
            *BUILTINS,
            *(t.name for t in await community_templates(scope.session, scope.community.id)),
        ]
        raise UserError(
            f"There is no template called `{name}`.",
            hint="Templates here: " + ", ".join(names) + ".",
        )
    return _from_row(row)


@dataclass(frozen=True)
class TemplateOptions:
    name: str | None = option(
        OptType.STRING, "which template", max_length=NAME_LIMIT, autocomplete="templates"
    )
    company: str | None = option(OptType.STRING, "the company", max_length=200)
    contact: str | None = option(OptType.STRING, "who you are writing to", max_length=200)
    role: str | None = option(OptType.STRING, "the role", max_length=200)
    remind_days: int | None = option(
        OptType.INTEGER,
        "remind me by DM to follow up after this many days",
        min=1,
        max=MAX_REMIND_DAYS,
    )


@feature.command(
    "template",
    "Feedback and follow-up emails ready to copy; alone, lists this community's templates.",
    TemplateOptions,
    positional=("name",),
    examples=(
        "/template",
        '/template name:feedback-request company:Acme contact:Sam role:"Data Analyst"',
        "/template name:feedback-request company:Acme remind_days:7",
    ),
)
async def template_cmd(ctx: Ctx, opts: TemplateOptions) -> None:
    if opts.name is None:
        if any(v is not None for v in (opts.company, opts.contact, opts.role, opts.remind_days)):
            raise UserError(
                "Which template? Give `name`, like `/template name:feedback-request company:Acme`.",
                hint="`/template` alone lists them.",
            )
        await _list(ctx)
        return
    template = await get_template(ctx, opts.name)
    rendered = render(
        template, ctx.member, company=opts.company, contact=opts.contact, role=opts.role
    )
    fields: list[Field] = []
    if rendered.missing:
        gaps = ", ".join(f"[{m}]" for m in rendered.missing)
        fields.append(Field("Before you send", f"Fill in {gaps}."))
    days = opts.remind_days
    if days:
        due = ctx.in_days(days, ctx.member)
        await ctx.schedule(
            FOLLOW_UP_JOB,
            due,
            key=privacy.member_job_key(ctx.member, "template", template.name, ctx.now.isoformat()),
            payload={
                "member_id": ctx.member.id,
                "template": template.name,
                "company": opts.company,
                "days": days,
            },
        )
        when = ctx.local(due, ctx.member)
        fields.append(
            Field(
                "Reminder",
                f"I will check in by DM on {dates.long_day(when.date())} to see whether you "
                "heard back.",
            )
        )
    ctx.reply(rendered.text, title=f"{template.name} — ready to copy", fields=fields)


async def _list(ctx: Ctx) -> None:
    lines = [f"{t.name} — {t.about}" for t in BUILTINS.values()]
    own = await community_templates(ctx.session, ctx.community.id)
    fields = [Field("Built-in", "\n".join(lines))]
    if own:
        fields.append(
            Field(
                "From your moderators",
                "\n".join(f"{t.name} — {t.title or 'community template'}" for t in own),
            )
        )
    ctx.reply(
        "Render one with `/template name:feedback-request company:Acme contact:Sam role:Analyst`. "
        "Anything you leave out stays visible as [company] so you can fill it in.",
        title="Email templates",
        fields=fields,
    )


@feature.job(FOLLOW_UP_JOB)
async def follow_up_job(scope: Scope, row: Job) -> None:
    member = await scope.session.get(Member, row.payload.get("member_id"))
    if member is None or member.community_id != scope.community.id:
        return
    company = row.payload.get("company")
    days = int(row.payload.get("days") or 0)
    ago = "A week ago" if days == 7 else (f"{days} days ago" if days != 1 else "Yesterday")
    to = f" to {company}" if company else ""
    scope.dm(
        member,
        f"{ago} you sent the {row.payload.get('template')} email{to}. If no answer has come, "
        "a short, friendly nudge is completely fine: reply to your own email with something "
        "like “I wanted to follow up on my note below — any thoughts would be much "
        "appreciated.” If you did hear back, well done for asking. Either way, it counts: "
        "`/log activity:followed_up`.",
        title="Time to follow up?",
    )


# --- moderators' templates -----------------------------------------------------------


def check_template_text(name: str, body: str, title: str | None) -> None:
    if not NAME_RE.match(name):
        raise UserError(
            f"`{name}` is not a template name I can use.",
            hint="Use lowercase letters, digits and hyphens, like `referral-thanks`.",
        )
    if len(body) > TEMPLATE_LIMIT:
        raise UserError(
            f"The template is {len(body)} characters long; the limit is {TEMPLATE_LIMIT}.",
            hint="Please shorten it and try again.",
        )
    unknown = sorted(
        {m.group(1) for m in _FIELD_RE.finditer(body + "\n" + (title or ""))} - set(PLACEHOLDERS)
    )
    if unknown:
        raise UserError(
            "Unknown placeholder"
            + ("s " if len(unknown) > 1 else " ")
            + ", ".join("{" + u + "}" for u in unknown)
            + ".",
            hint="Templates may use " + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + ".",
        )


@dataclass(frozen=True)
class TemplateAddOptions:
    name: str = option(
        OptType.STRING,
        "lowercase letters, digits and hyphens",
        required=True,
        max_length=NAME_LIMIT,
    )
    body: str = option(
        OptType.STRING,
        "the email; placeholders {company} {contact} {role} {my_name}; \\n starts a new line",
        required=True,
        max_length=TEMPLATE_LIMIT,
    )
    title: str | None = option(
        OptType.STRING, "the subject line (placeholders allowed)", max_length=200
    )
    replace: bool | None = option(
        OptType.BOOLEAN, "replace this community's template of the same name"
    )


@feature.command(
    "mod template-add",
    "Add one of this community's email templates; `replace:yes` replaces one of the same name.",
    TemplateAddOptions,
    modal=True,
    examples=(
        '/mod template-add name:referral-thanks title:"Thank you, {contact}" '
        'body:"Hi {contact},\\n\\nThank you for the referral to {company}!\\n\\n{my_name}"',
        '/mod template-add name:referral-thanks body:"Thank you, {contact}!" replace:yes',
    ),
)
async def template_add_cmd(ctx: Ctx, opts: TemplateAddOptions) -> None:
    name = opts.name.strip().lower()
    body = opts.body.replace("\\n", "\n").strip()
    title = opts.title
    if name in BUILTINS:
        raise UserError(
            f"`{name}` is a built-in template, so it cannot be replaced.",
            hint="Pick another name, like `" + name + "-ours`.",
        )
    check_template_text(name, body, title)
    row = await _find(ctx, name)
    if row is None and not await _insert_new(ctx, name, title, body):
        row = await _find(ctx, name)  # another moderator added it a moment ago
        if row is None:  # ... and removed it again since
            raise UserError(f"The template `{name}` changed just now.", hint="Please try again.")
    replaced = row is not None
    if row is not None:
        if not opts.replace:
            raise UserError(
                f"A template called `{name}` already exists, so I left it as it is.",
                hint=f"To replace it, add `replace:yes`: `/mod template-add name:{name} "
                f"body:... replace:yes`. `/template name:{name}` shows the current one.",
            )
        row.title, row.body = title, body
    await ctx.audit("template-replace" if replaced else "template-add", target=name)
    preview = render(EmailTemplate(name, title, body, title or ""), ctx.member)
    ctx.reply(
        preview.text,
        title=f"Template {name} {'replaced' if replaced else 'added'}",
        fields=[
            Field("Members use it with", f"/template name:{name} company:... contact:... role:...")
        ],
    )


async def _find(ctx: Ctx, name: str) -> Template | None:
    return await ctx.session.scalar(
        select(Template).where(Template.community_id == ctx.community.id, Template.name == name)
    )


async def _insert_new(ctx: Ctx, name: str, title: str | None, body: str) -> bool:
    """Add the template; False when a moderator added the same name a moment ago (a
    concurrent command: the unique name wins, and on PostgreSQL the insert waits for theirs
    to commit, so reading it again finds their row)."""
    stmt = insert_for(ctx.session, Template).values(
        community_id=ctx.community.id,
        name=name,
        title=title,
        body=body,
        created_by_id=ctx.member.id,
        created_at=ctx.now,
    )
    added = await ctx.session.execute(
        stmt.on_conflict_do_nothing(index_elements=["community_id", "name"]).returning(Template.id)
    )
    return added.first() is not None


@dataclass(frozen=True)
class TemplateRemoveOptions:
    name: str = option(
        OptType.STRING,
        "the template",
        required=True,
        max_length=NAME_LIMIT,
        autocomplete="templates",
    )


@feature.command(
    "mod template-remove",
    "Remove one of this community's own email templates (built-ins stay).",
    TemplateRemoveOptions,
    positional=("name",),
)
async def template_remove_cmd(ctx: Ctx, opts: TemplateRemoveOptions) -> None:
    name = opts.name.strip().lower()
    if name in BUILTINS:
        raise UserError(
            f"`{name}` is a built-in template and cannot be removed.",
            hint="Only templates added with `/mod template-add` can be removed.",
        )
    row = await ctx.session.scalar(
        select(Template).where(Template.community_id == ctx.community.id, Template.name == name)
    )
    if row is None:
        raise UserError(
            f"This community has no template called `{name}`.", hint="`/template` lists them."
        )
    await ctx.session.delete(row)
    await ctx.audit("template-remove", target=name)
    ctx.reply(f"Removed the template {name}.", title="Template removed")


@feature.completer("templates")
async def complete_templates(session: Any, community: Community | None, prefix: str) -> list[str]:
    names = list(BUILTINS)
    if community is not None:
        names += [t.name for t in await community_templates(session, community.id)]
    needle = prefix.strip().lower()
    starts = [n for n in names if n.startswith(needle)]
    return (starts + [n for n in names if needle in n and n not in starts])[:25]
