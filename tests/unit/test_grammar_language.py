"""The core's own words reach each reader in their language: the command line's and the
option checks' refusals (grammar.ftl), and the notices of a refused post, an undelivered
direct message, a community's welcome and timezones (system.ftl).

Checked in the pseudo-locale, which marks every catalogue sentence with ⟦ ⟧: a sentence
left in code would show unmarked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import update

from adapters.console.adapter import ConsoleResolver
from bot.core import grants, i18n, lifecycle
from bot.core.declarations import Feature, OptType, option, validate
from bot.core.delivery import DeliveryProblem
from bot.core.errors import UserError
from bot.core.grammar import coerce, parse_line
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.registry import Registry
from bot.core.undelivered import OTHER_DMS_CLOSED, OWN_DMS_CLOSED, dm_fallback
from bot.core.zones import check_timezone
from bot.features.catalog import REGISTRY
from bot.store.models import Community as CommunityRow
from bot.store.models import Member
from tests.support.harness import Community

PSEUDO = i18n.tr(i18n.PSEUDO)
ENGLISH = i18n.tr(i18n.ENGLISH)
OPEN, CLOSE = i18n.PSEUDO_OPEN, i18n.PSEUDO_CLOSE


def marked(text: str) -> bool:
    """Whether `text` is one or more whole pseudo-locale sentences."""
    return text.startswith(OPEN) and text.endswith(CLOSE)


async def refusal(line: str) -> UserError:
    """The error a command line meets, parsing, resolving or validating."""
    with pytest.raises(UserError) as caught:
        parsed = parse_line(line, REGISTRY)
        values = await coerce(parsed.command, parsed.raw, ConsoleResolver())
        validate(parsed.command, values)
    return caught.value


@pytest.mark.parametrize(
    "line",
    [
        '/log applied note:"Backend role',  # an unclosed quote
        "/lox",  # no such command, one close
        "/zzz",  # no such command, none close
        "/mod",  # a group needs a subcommand
        "/mod setpu",  # no such subcommand, one close
        "/mod zzz",  # no such subcommand
        "/strengths frob",  # a stray word after a group root
        "/log activity:applied activity:networked",  # an option given twice
        "/win text:Offer compnay:Acme",  # no such option, one close, free text
        "/log activity:applied bogus:x",  # no such option
        "/streak zzz:1",  # a command without options
        "/win",  # a required option missing
        "/cheer post:0",  # below the minimum, repeated
        "/cheer post:99999999999",  # above the maximum
        "/cheer post:abc",  # not a number
        "/log activity:nope",  # not one of the choices
        '/mod setup moderators:"@x y"',  # not a member
    ],
)
async def test_every_refusal_of_a_command_line_is_in_the_readers_language(line: str) -> None:
    error = await refusal(line)
    english = error.render(ENGLISH)
    assert english == str(error) and OPEN not in english
    pseudo = error.render(PSEUDO)
    assert marked(pseudo), pseudo
    assert _top_level(pseudo) == (1 if error.hint is None else 2), pseudo


def _top_level(text: str) -> int:
    """How many catalogue messages `text` is made of (ignoring those nested inside them,
    such as an option's description)."""
    depth = count = 0
    for char in text:
        if char == OPEN:
            count += depth == 0
            depth += 1
        elif char == CLOSE:
            depth -= 1
    return count


@dataclass(frozen=True)
class PauseOptions:
    off: bool | None = option(OptType.BOOLEAN, "end it")


pausing = Feature("pausing")


@pausing.command("pause", "Pause.", PauseOptions, flags=("off",))
@pausing.command("pause week", "A week.")
@pausing.command("pause month", "A month.")
@pausing.command("pause year", "A year.")
async def _pause(ctx: Any, opts: Any) -> None: ...


def test_alternatives_are_joined_in_the_readers_words() -> None:
    with pytest.raises(UserError) as caught:
        parse_line("pause off later", Registry([pausing]))
    assert caught.value.hint is not None
    assert ENGLISH.text(caught.value.hint) == (
        "Did you mean `/pause month` or `/pause week` or `/pause year`? "
        "On its own: `/pause [off:yes|no]`."
    )
    pseudo = PSEUDO.text(caught.value.hint)
    assert pseudo.count(" óŕ ") == 2 and " or " not in pseudo, pseudo


def test_a_timezone_refusal_names_close_zones_in_the_readers_language() -> None:
    with pytest.raises(UserError) as caught:
        check_timezone("Berlín")
    assert str(caught.value) == (
        "`Berlín` is not a timezone I know. "
        "Use an IANA name such as Europe/Berlin or America/New_York."
    )
    with pytest.raises(UserError) as close:
        check_timezone("Berlin")
    assert "Did you mean Europe/Berlin?" in str(close.value)
    assert marked(close.value.render(PSEUDO)) and "Europe/Berlin" in close.value.render(PSEUDO)


def test_what_makes_an_admin_is_said_in_the_readers_language() -> None:
    row = CommunityRow(key="discord:1", name="x")
    kind = grants.admin_kind(row)
    assert ENGLISH.text(kind) == "Manage Server on Discord"
    assert marked(PSEUDO.text(kind))
    assert ENGLISH.text(grants.admin_kind(CommunityRow(key="console:x", name="x"))) == (
        "made a moderator with `!mod`"
    )


def test_an_uninstalled_community_is_told_so_in_the_readers_language() -> None:
    assert str(UserError(lifecycle.NOT_INSTALLED)).endswith(
        "If it is added back within 30 days, everything is still here: streaks, check-ins "
        "and settings."
    )
    assert marked(PSEUDO.text(lifecycle.NOT_INSTALLED))


@pytest.mark.parametrize("returning", [False, True])
def test_the_welcome_is_in_the_communitys_language(returning: bool) -> None:
    owner = MemberRef("1", "owner")
    english = lifecycle.welcome("Job Seekers", returning=returning, to=owner)
    pseudo = lifecycle.welcome("Job Seekers", returning=returning, to=owner, tr=PSEUDO)
    assert english.title and OPEN not in english.plain_text()
    assert pseudo.title and marked(pseudo.title)
    lines = [line for line in pseudo.text.split("\n") if line]
    assert all(marked(re.sub(r"^\d\. ", "", line)) for line in lines), pseudo.text
    assert len(lines) == (2 if returning else 5)
    assert "Job Seekers" in pseudo.text
    nameless = lifecycle.welcome("", returning=True, tr=PSEUDO)
    assert PSEUDO("system-welcome-your-community") in nameless.text


def test_a_direct_message_that_bounced_is_explained_in_the_actors_language() -> None:
    ana, bo = MemberRef("a", "ana"), MemberRef("b", "bo")
    own = dm_fallback(Message(kind=Kind.DM, text="Your export is ready.", to=ana), ana)
    assert own.text == f"Your export is ready.\n\n*{OWN_DMS_CLOSED}*"
    other = dm_fallback(Message(kind=Kind.DM, text="ana cheered you", to=bo), ana)
    assert other.text == OTHER_DMS_CLOSED
    own = dm_fallback(Message(kind=Kind.DM, text="Listo.", to=ana), ana, PSEUDO)
    body, note = own.text.split("\n\n")
    assert body == "Listo." and marked(note.strip("*"))
    other = dm_fallback(Message(kind=Kind.DM, text="ana cheered you", to=bo), ana, PSEUDO)
    assert marked(other.text) and other.to == ana and other.ephemeral


async def test_community_tr_follows_the_setting_then_the_platform(community: Community) -> None:
    await community.reply("ana", "/streak")
    db = community.engine.db
    assert (await lifecycle.community_tr(db, community.key)).lang == i18n.ENGLISH
    assert (await lifecycle.community_tr(db, community.key, "fr-FR")).lang == "fr"
    assert (await lifecycle.community_tr(db, "console:nowhere", "de")).lang == "de"
    async with db.sessions() as session, session.begin():
        await session.execute(
            update(CommunityRow).where(CommunityRow.key == community.key).values(language="es")
        )
    assert (await lifecycle.community_tr(db, community.key, "fr-FR")).lang == "es"


async def test_a_refused_post_is_told_in_its_authors_language(community: Community) -> None:
    community.moderators.add("mo")
    await community.reply("mo", "/mod setup wins_channel:#wins")
    await community.reply("ana", "/streak")
    async with community.engine.db.sessions() as session, session.begin():
        await session.execute(
            update(Member).where(Member.platform_id == "ana").values(language=i18n.PSEUDO)
        )

    async def refusing(msg: Message) -> str | None:
        if msg.kind is Kind.POST:
            raise DeliveryProblem("not in channel", channel_ref="wins")
        return await community._send(msg)

    messages = await community.engine.run_line(
        '/win text:"Offer"',
        community_key=community.key,
        actor=MemberRef("ana", "ana"),
        channel=ChannelRef("general", "general"),
        resolver=ConsoleResolver(),
    )
    await community.engine.delivery.deliver(messages, refusing, community.key)
    (notice,) = [m for m in community.sent if m.kind is Kind.DM and m.to == MemberRef("ana", "ana")]
    assert notice.title and marked(notice.title)
    said, saved = notice.text.split(f"{CLOSE} {OPEN}")
    assert "#wins" in said and "(not in channel)" in said and "`/mod setup`" in saved
