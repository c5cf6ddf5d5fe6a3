"""The decisions every surface follows, made once in the core: typing what a member gave,
opening a form, deferring a slow command, and falling back when DMs are closed."""

from __future__ import annotations

import pytest

from adapters.console.adapter import ConsoleResolver
from bot.core.clock import ManualClock, parse_instant
from bot.core.context import Invocation
from bot.core.delivery import DeliveryProblem
from bot.core.engine import Engine, Refused
from bot.core.intake import type_options, typed_value
from bot.core.messages import ChannelRef, Kind, MemberRef, Message
from bot.core.undelivered import OTHER_DMS_CLOSED, OWN_DMS_CLOSED, DMRefused, falling_back
from bot.features.catalog import REGISTRY
from bot.store.db import open_database
from tests.support.harness import new_sqlite_database

ANA = MemberRef("ana", "ana")
ORIGIN = Invocation(community_key="console:t", actor=ANA, command="")


@pytest.fixture
async def engine(tmp_path) -> Engine:  # type: ignore[no-untyped-def]
    # Only a refusal reads the database (the member's language).
    db = open_database(await new_sqlite_database(tmp_path))
    yield Engine(db, ManualClock(parse_instant("2026-11-02T09:00:00Z")), REGISTRY)
    await db.dispose()


def test_text_is_typed_like_native_options_and_bad_text_is_left_for_validation() -> None:
    mood = REGISTRY["checkin"].option("mood")
    private = REGISTRY["checkin"].option("private")
    assert mood is not None and private is not None
    assert typed_value(mood, " 4 ") == 4
    assert typed_value(mood, "four") == "four"  # validation explains it
    assert typed_value(private, "Yes") is True and typed_value(private, "no") is False
    assert typed_value(private, "maybe") == "maybe"
    assert typed_value(mood, 4) == 4


async def test_unanswered_values_are_left_out_and_members_go_through_the_grammar() -> None:
    cmd = REGISTRY["cheer"]
    typed = await type_options(
        cmd, {"member": "@bo", "message": "  ", "post": None}, ConsoleResolver()
    )
    assert typed == {"member": MemberRef("bo", "bo")}
    members = next(o for c in REGISTRY.values() for o in c.options if o.type.value == "members")
    owner = next(c for c in REGISTRY.values() if members in c.options)
    typed = await type_options(owner, {members.name: "@ana, @bo"}, ConsoleResolver())
    assert typed == {members.name: [ANA, MemberRef("bo", "bo")]}


async def test_a_form_opens_only_for_a_form_command_without_answers(engine: Engine) -> None:
    bare = await engine.read_values("checkin", {"did": " "}, ORIGIN, ConsoleResolver())
    assert engine.form_for(bare) is REGISTRY["checkin"]
    answered = await engine.read_values("checkin", {"mood": "4"}, ORIGIN, ConsoleResolver())
    assert answered.options == {"mood": 4}
    assert engine.form_for(answered) is None
    assert engine.form_for(await engine.read_line("/streak", ORIGIN, ConsoleResolver())) is None


async def test_unreadable_events_are_refused_with_the_engines_words(engine: Engine) -> None:
    with pytest.raises(Refused) as refused:
        await engine.read_line("/dance", ORIGIN, ConsoleResolver())
    assert "There is no command `/dance`" in refused.value.messages[0].text
    assert refused.value.inv.actor == ANA
    with pytest.raises(Refused) as refused:
        await engine.read_values("cheer", {"member": "not a name!"}, ORIGIN, ConsoleResolver())
    assert refused.value.messages[0].error


async def test_slow_commands_are_deferred_at_once(engine: Engine) -> None:
    slow = next(name for name, cmd in REGISTRY.items() if cmd.slow)
    assert engine.defer_after(Invocation("k", ANA, slow), 1.5) == 0.0
    assert engine.defer_after(Invocation("k", ANA, "log"), 1.5) == 1.5
    assert engine.defer_after(Invocation("k", ANA, "log"), None) is None


async def test_a_refused_dm_falls_back_once_for_every_adapter() -> None:
    sent: list[Message] = []

    async def send(msg: Message) -> str | None:
        if msg.kind is Kind.DM:
            raise DMRefused(msg.to.ref if msg.to else "")
        sent.append(msg)
        return None

    own = Message(kind=Kind.DM, text="Your export", to=ANA)
    other = Message(kind=Kind.DM, text="Someone cheered", to=MemberRef("bo", "bo"))
    post = Message(kind=Kind.POST, text="hi", channel=ChannelRef("c", "c"))
    acting = falling_back(send, ANA)
    for msg in (own, other, post):
        await acting(msg)
    assert [m.kind for m in sent] == [Kind.REPLY, Kind.REPLY, Kind.POST]
    assert OWN_DMS_CLOSED in sent[0].text and "Your export" in sent[0].text
    assert sent[1].text == OTHER_DMS_CLOSED and sent[1].to == ANA and sent[1].ephemeral
    # Scheduled work has nobody to tell: a problem, not a crash and not a retry.
    with pytest.raises(DeliveryProblem):
        await falling_back(send, None)(other)
