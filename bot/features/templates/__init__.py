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

from bot.core import dates, i18n
from bot.core.context import Ctx, Scope
from bot.core.declarations import TEMPLATE_LIMIT, Feature, OptType, option
from bot.core.errors import UserError
from bot.core.i18n import Msg, Tr
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
    # A community's template is written in one language (None: a built-in, in every one).
    language: str | None = None


# The built-in templates by name; their words come from the catalogue
# (`template-builtin-<name>`), but the names are the same in every language.
BUILTIN_NAMES: tuple[str, ...] = (
    "feedback-request",
    "application-feedback-request",
    "feedback-follow-up",
    "thank-you-after-rejection",
    "stay-in-touch",
    "post-interview-thank-you",
    "network-reach-out",
)
# Each placeholder as its own literal text, so a catalogue's `{ $company }` comes out as
# the `{company}` that `fill` replaces.
_LITERALS = {p: "{" + p + "}" for p in PLACEHOLDERS}


def builtins(tr: Tr) -> dict[str, EmailTemplate]:
    """The built-in templates in `tr`'s language, by name."""
    return {name: _builtin(name, tr) for name in BUILTIN_NAMES}


def _builtin(name: str, tr: Tr) -> EmailTemplate:
    key = f"template-builtin-{name}"
    return EmailTemplate(
        name,
        tr.attr(key, "subject", **_LITERALS),
        tr.attr(key, "body", **_LITERALS),
        tr.attr(key, "about"),
    )


@dataclass(frozen=True)
class Rendered:
    subject: str | None
    body: str
    missing: tuple[str, ...]
    # The subject line (in the reader's language) and the body, ready to paste.
    text: str


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
    tr: Tr,
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
    heading = tr("template-subject-line", subject=subject) + "\n\n" if subject else ""
    return Rendered(subject, body, missing, heading + body)


def _from_row(row: Template, tr: Tr, community_language: str) -> EmailTemplate:
    """A community's template; one added before templates had a language is written in
    the community's."""
    about = row.title or tr("template-own-about")
    language = row.language or community_language
    return EmailTemplate(row.name, row.title, row.body, about, language)


async def community_templates(session: AsyncSession, community_id: int) -> list[Template]:
    return list(
        await session.scalars(
            select(Template).where(Template.community_id == community_id).order_by(Template.name)
        )
    )


async def get_template(scope: Scope, name: str, tr: Tr) -> EmailTemplate:
    """A built-in (in `tr`'s language) or community template by name, or a `UserError`
    naming the choices."""
    key = name.strip().lower()
    if key in BUILTIN_NAMES:
        return _builtin(key, tr)
    row = await scope.session.scalar(
        select(Template).where(Template.community_id == scope.community.id, Template.name == key)
    )
    if row is None:
        names = [
            *BUILTIN_NAMES,
            *(t.name for t in await community_templates(scope.session, scope.community.id)),
        ]
        raise UserError(
            Msg("template-unknown", name=name),
            hint=Msg("template-unknown-hint", names=", ".join(names)),
        )
    return _from_row(row, tr, scope.community_tr.lang)


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
            raise UserError(Msg("template-which"), hint=Msg("template-which-hint"))
        await _list(ctx)
        return
    tr = ctx.tr
    template = await get_template(ctx, opts.name, tr)
    rendered = render(
        template, ctx.member, tr, company=opts.company, contact=opts.contact, role=opts.role
    )
    fields: list[Field] = []
    if template.language and template.language != tr.lang:
        written = tr("template-written-in", language=i18n.NAMES[template.language])
        fields.append(Field(tr("template-language"), written))
    if rendered.missing:
        gaps = ", ".join(f"[{m}]" for m in rendered.missing)
        fields.append(Field(tr("template-before-you-send"), tr("template-fill-in", gaps=gaps)))
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
        day = dates.long_day(ctx.local(due, ctx.member).date(), tr)
        fields.append(Field(tr("template-reminder"), tr("template-reminder-text", day=day)))
    ctx.reply(rendered.text, title=tr("template-ready-title", name=template.name), fields=fields)


async def _list(ctx: Ctx) -> None:
    tr = ctx.tr
    lines = [tr("template-list-line", name=t.name, about=t.about) for t in builtins(tr).values()]
    own = await community_templates(ctx.session, ctx.community.id)
    fields = [Field(tr("template-list-builtin"), "\n".join(lines))]
    if own:
        untitled = tr("template-untitled")
        fields.append(
            Field(
                tr("template-list-own"),
                "\n".join(
                    tr(
                        "template-list-line",
                        name=t.name,
                        about=f"{t.title or untitled} · {i18n.NAMES[t.language or ctx.community_tr.lang]}",
                    )
                    for t in own
                ),
            )
        )
    ctx.reply(tr("template-list-how"), title=tr("template-list-title"), fields=fields)


@feature.job(FOLLOW_UP_JOB)
async def follow_up_job(scope: Scope, row: Job) -> None:
    member = await scope.session.get(Member, row.payload.get("member_id"))
    if member is None or member.community_id != scope.community.id:
        return
    company = row.payload.get("company")
    days = int(row.payload.get("days") or 0)
    template = str(row.payload.get("template"))
    tr = scope.tr_for(member)
    sent = (
        tr("template-follow-up-sent-to", days=days, template=template, company=company)
        if company
        else tr("template-follow-up-sent", days=days, template=template)
    )
    scope.dm(
        member,
        f"{sent} {tr('template-follow-up-nudge')}",
        title=tr("template-follow-up-title"),
    )


# --- moderators' templates -----------------------------------------------------------


def check_template_text(name: str, body: str, title: str | None) -> None:
    if not NAME_RE.match(name):
        raise UserError(Msg("template-bad-name", name=name), hint=Msg("template-bad-name-hint"))
    if len(body) > TEMPLATE_LIMIT:
        # Lengths as text: "4001", as members count characters, not "4,001".
        raise UserError(
            Msg("template-too-long", length=str(len(body)), limit=str(TEMPLATE_LIMIT)),
            hint=Msg("template-too-long-hint"),
        )
    unknown = sorted(
        {m.group(1) for m in _FIELD_RE.finditer(body + "\n" + (title or ""))} - set(PLACEHOLDERS)
    )
    if unknown:
        raise UserError(
            Msg(
                "template-unknown-placeholders",
                count=len(unknown),
                names=", ".join("{" + u + "}" for u in unknown),
            ),
            hint=Msg(
                "template-unknown-placeholders-hint",
                placeholders=", ".join("{" + p + "}" for p in PLACEHOLDERS),
            ),
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
    language: str | None = option(
        OptType.CHOICE,
        "the language it is written in (default: the community's)",
        choices=i18n.LANGUAGES,
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
    if name in BUILTIN_NAMES:
        raise UserError(
            Msg("template-builtin-kept", name=name),
            hint=Msg("template-builtin-kept-hint", name=name),
        )
    check_template_text(name, body, title)
    language = opts.language or ctx.community_tr.lang
    row = await _find(ctx, name)
    if row is None and not await _insert_new(ctx, name, title, body, language):
        row = await _find(ctx, name)  # another moderator added it a moment ago
        if row is None:  # ... and removed it again since
            raise UserError(Msg("template-changed", name=name), hint=Msg("template-changed-hint"))
    replaced = row is not None
    if row is not None:
        if not opts.replace:
            raise UserError(
                Msg("template-exists", name=name), hint=Msg("template-exists-hint", name=name)
            )
        row.title, row.body, row.language = title, body, language
    await ctx.audit("template-replace" if replaced else "template-add", target=name)
    tr = ctx.tr
    preview = render(EmailTemplate(name, title, body, title or ""), ctx.member, tr)
    ctx.reply(
        preview.text,
        title=tr("template-replaced-title" if replaced else "template-added-title", name=name),
        fields=[Field(tr("template-use-it"), tr("template-use-it-how", name=name))],
    )


async def _find(ctx: Ctx, name: str) -> Template | None:
    return await ctx.session.scalar(
        select(Template).where(Template.community_id == ctx.community.id, Template.name == name)
    )


async def _insert_new(ctx: Ctx, name: str, title: str | None, body: str, language: str) -> bool:
    """Add the template; False when a moderator added the same name a moment ago (a
    concurrent command: the unique name wins, and on PostgreSQL the insert waits for theirs
    to commit, so reading it again finds their row)."""
    stmt = insert_for(ctx.session, Template).values(
        community_id=ctx.community.id,
        name=name,
        title=title,
        body=body,
        language=language,
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
    if name in BUILTIN_NAMES:
        raise UserError(
            Msg("template-builtin-stays", name=name), hint=Msg("template-builtin-stays-hint")
        )
    row = await ctx.session.scalar(
        select(Template).where(Template.community_id == ctx.community.id, Template.name == name)
    )
    if row is None:
        raise UserError(Msg("template-none-here", name=name), hint=Msg("template-none-here-hint"))
    await ctx.session.delete(row)
    await ctx.audit("template-remove", target=name)
    ctx.reply(ctx.tr("template-removed", name=name), title=ctx.tr("template-removed-title"))


@feature.completer("templates")
async def complete_templates(session: Any, community: Community | None, prefix: str) -> list[str]:
    names = list(BUILTIN_NAMES)
    if community is not None:
        names += [t.name for t in await community_templates(session, community.id)]
    needle = prefix.strip().lower()
    starts = [n for n in names if n.startswith(needle)]
    return (starts + [n for n in names if needle in n and n not in starts])[:25]
