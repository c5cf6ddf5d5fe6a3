"""What the Slack and Discord adapters say themselves comes from the catalogue: the same
English as ever, and the reader's language otherwise (the pseudo-locale marks every
catalogue sentence, so English left in code would show unmarked). What members type
into a form (option names, `yes`, `no`, choices) stays as they type it."""

from __future__ import annotations

from typing import Any, cast

import pytest

from adapters.discord.events import DiscordResolver
from adapters.slack.blocks import Blocks
from adapters.slack.directory import Directory, Person, SlackResolver
from bot.core import i18n
from bot.core.errors import UserError
from bot.core.messages import ChannelRef, MemberRef
from bot.features.catalog import REGISTRY

EN, XA = i18n.tr(i18n.ENGLISH), i18n.tr(i18n.PSEUDO)
BLOCKS = Blocks(REGISTRY)


def _marked(text: str) -> bool:
    return text.startswith(i18n.PSEUDO_OPEN) and text.endswith(i18n.PSEUDO_CLOSE)


class _People:
    """The part of a Slack `Directory` a resolver asks: everyone is called "sam"."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people

    async def members_named(self, team_id: str, name: str) -> list[Person]:
        return self.people if name == "sam" else []

    async def channel_named(self, team_id: str, name: str) -> ChannelRef | None:
        return None


def _slack(count: int) -> SlackResolver:
    people = [Person(MemberRef(f"U{i}", "Sam"), f"sam{i}") for i in range(count)]
    return SlackResolver(cast(Directory, _People(people)), "T1")


async def _refusal(asking: Any) -> UserError:
    with pytest.raises(UserError) as caught:
        await asking
    return caught.value


async def test_slack_resolver_refusals_read_as_before_and_translate() -> None:
    many = await _refusal(_slack(7).member("@sam"))
    assert str(many) == (
        "More than one member is called `@sam` in this workspace: <@U0> (@sam0), "
        "<@U1> (@sam1), <@U2> (@sam2), <@U3> (@sam3), <@U4> (@sam4) and 2 more. Nothing "
        "was changed. Mention the one you mean with @ and pick them from Slack's list, or "
        "use their user name, like @sam0."
    )
    two = await _refusal(_slack(2).member("sam"))
    assert "`sam` in this workspace: <@U0> (@sam0), <@U1> (@sam1). Nothing" in str(two)
    nobody = await _refusal(_slack(0).member("@nobody"))
    assert str(nobody) == (
        "I could not find a member called `@nobody` in this workspace. Mention them with @ "
        "and pick them from Slack's list, like @ana."
    )
    nowhere = await _refusal(_slack(0).channel("#nowhere"))
    assert str(nowhere) == (
        "I could not find a channel called `#nowhere` in this workspace. Pick it from "
        "Slack's list after typing #, like #wins."
    )
    for refusal in (many, two, nobody, nowhere):
        assert refusal.hint is not None
        assert _marked(XA.text(refusal.message)) and _marked(XA.text(refusal.hint))
    assert "<@U4> (@sam4)" in many.render(XA) and "2" in many.render(XA)


async def test_discord_resolver_refusals_read_as_before_and_translate() -> None:
    async def nobody(text: str) -> MemberRef | None:
        return None

    resolver = DiscordResolver(nobody, nobody, lambda channel_id: None)
    stranger = await _refusal(resolver.member("<@123456789012345678>"))
    assert str(stranger) == (
        "<@123456789012345678> is not a member of this server. Mention members of this "
        "server, like @ana @bo."
    )
    unknown = await _refusal(resolver.member("@nobody"))
    assert str(unknown) == (
        "I could not find a member called `@nobody` in this server. Mention them with @ "
        "and pick them from Discord's list, like @ana."
    )
    place = await _refusal(resolver.channel("wins"))
    assert str(place) == (
        "`wins` is not a channel of this server. Pick it from Discord's list after typing "
        "#, like #wins."
    )
    for refusal in (stranger, unknown, place):
        assert _marked(XA.text(refusal.message))
    assert "123456789012345678" in stranger.render(XA)


def _inputs(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}


def test_a_slack_form_in_english_reads_as_before() -> None:
    view = BLOCKS.modal_view(REGISTRY["mod template-add"], {})
    assert (view["submit"]["text"], view["close"]["text"]) == ("Save", "Cancel")
    more = _inputs(view)["body~2"]
    assert more["label"]["text"] == "Body (continued)"
    assert more["hint"]["text"] == "Only when it is longer than the box above: it goes on here."
    assert BLOCKS.modal_view(REGISTRY["mod template-add"], {}, EN) == view


def test_a_slack_form_speaks_the_members_language_and_sends_what_is_typed() -> None:
    cmd = REGISTRY["mod template-add"]
    view = BLOCKS.modal_view(cmd, {}, XA)
    assert _marked(view["submit"]["text"]) and _marked(view["close"]["text"])
    assert _marked(view["blocks"][0]["elements"][0]["text"])
    body, more = _inputs(view)["body"], _inputs(view)["body~2"]
    assert body["label"]["text"] == "Body", "option names stay as typed"
    assert _marked(body["hint"]["text"])
    assert _marked(more["label"]["text"]) and "Body" in more["label"]["text"]
    assert _marked(more["hint"]["text"])
    checkin = REGISTRY["checkin"]
    private = _inputs(BLOCKS.modal_view(checkin, {}, XA))["private"]["element"]["options"]
    assert [o["value"] for o in private] == ["yes", "no"]
    assert all(_marked(o["text"]["text"]) for o in private)
    english = _inputs(BLOCKS.modal_view(checkin, {}))["private"]["element"]["options"]
    assert [o["text"]["text"] for o in english] == ["yes", "no"]
