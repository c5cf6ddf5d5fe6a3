"""The engine's error model: internal errors apologise and roll back; user errors roll back.

The failing handlers wrap the real `/log` handler, so real writes (activity, application,
streak state) happen before the failure and must all be gone afterwards.
"""

from __future__ import annotations

import dataclasses
import logging

import pytest

from bot.core.declarations import Handler
from bot.core.errors import APOLOGY as APOLOGY_MSG
from bot.core.errors import UserError
from bot.core.i18n import tr
from bot.features.catalog import REGISTRY
from tests.support.harness import Community

APOLOGY = tr("en").text(APOLOGY_MSG)


def wrap_log(monkeypatch: pytest.MonkeyPatch, fail: BaseException) -> None:
    original: Handler = REGISTRY["log"].handler

    async def handler(ctx, opts) -> None:  # type: ignore[no-untyped-def]
        await original(ctx, opts)
        raise fail

    monkeypatch.setitem(
        REGISTRY.commands, "log", dataclasses.replace(REGISTRY["log"], handler=handler)
    )


async def nothing_stored(community: Community) -> None:
    stats = (await community.reply("ana", "/stats")).plain_text()
    assert "Applications: 0" in stats
    streak = (await community.reply("ana", "/streak")).plain_text()
    assert "Active days in all: 0" in streak


async def test_internal_error_apologises_logs_context_and_rolls_back(
    community: Community, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    wrap_log(monkeypatch, RuntimeError("disk on fire at /srv/rebound/internal.py:42"))
    with caplog.at_level(logging.ERROR, logger="bot.core.engine"):
        reply = await community.reply("ana", "/log applied company:Acme", channel="jobs")
    assert reply.error and reply.ephemeral
    assert reply.plain_text() == APOLOGY
    assert "disk on fire" not in reply.plain_text() and "Traceback" not in reply.plain_text()
    [record] = [r for r in caplog.records if r.name == "bot.core.engine"]
    message = record.getMessage()
    assert "/log" in message
    assert "community=console:test" in message
    assert "member=ana" in message
    assert "channel=jobs" in message
    assert record.exc_info is not None and "disk on fire" in str(record.exc_info[1])
    monkeypatch.undo()
    await nothing_stored(community)


async def test_user_error_rolls_back_writes_made_before_it(
    community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrap_log(monkeypatch, UserError("That company is on your pause list.", hint="Try later."))
    reply = await community.reply("ana", "/log applied company:Acme")
    assert reply.error
    assert reply.plain_text() == "That company is on your pause list. Try later."
    monkeypatch.undo()
    await nothing_stored(community)
    # The engine is healthy afterwards: the real handler works.
    ok = await community.reply("ana", "/log applied company:Acme")
    assert not ok.error and "Streak: 1 day" in ok.plain_text()
