"""Discord in other languages, end to end against the fake Discord: an interaction's
`locale` picks the member's language, the guild's preferred locale the community's, and
the synced commands carry localised descriptions and choice names (names stay English)."""

from __future__ import annotations

from typing import Any

from bot.core import descriptions
from bot.core.i18n import tr
from bot.features.catalog import REGISTRY
from tests.adapters.test_discord import (
    ANA,
    BO,
    GUILD,
    MAYA,
    SUPPORT,
    WINS,
    World,
    channel_posts,
    text_of,
)
from tests.adapters.test_discord import world as world  # the fixture
from tests.support.fake_discord import ChannelOption

ES, DE = tr("es"), tr("de")


def _command(payload: list[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(c for c in payload if c["name"] == name)


async def test_synced_commands_carry_every_language_and_keep_english_names(world: World) -> None:
    await world.start()
    (sync,) = world.fake.find("PUT", rf"/applications/{world.fake.app_id}/commands")
    assert {c["name"] for c in sync.json} == set(REGISTRY.top_level_names())
    log = _command(sync.json, "log")
    spanish = ES(descriptions.command_key(REGISTRY["log"]))
    assert log["description_localizations"]["es-ES"] == spanish
    assert log["description_localizations"]["es-419"] == spanish
    assert set(log["description_localizations"]) == {"es-ES", "es-419", "de", "fr", "pt-BR"}
    assert spanish != log["description"]
    settings = _command(sync.json, "settings")
    days = next(o for o in settings["options"] if o["name"] == "streak_days")
    assert days["description_localizations"]["de"] != days["description"]
    weekdays = next(c for c in days["choices"] if c["value"] == "weekdays")
    assert weekdays["name"] == "weekdays"
    assert weekdays["name_localizations"]["pt-BR"] not in ("", "weekdays")
    mod = _command(sync.json, "mod")
    setup = next(o for o in mod["options"] if o["name"] == "setup")
    assert "fr" in setup["description_localizations"]
    assert "de" in mod["description_localizations"]
    # A member list is typed as mentions: every language says how, not only English.
    moderators = next(o for o in setup["options"] if o["name"] == "moderators")
    assert "@ana @bo" in moderators["description"]
    for locale in ("es-ES", "de", "fr", "pt-BR"):
        assert "@ana @bo" in moderators["description_localizations"][locale], locale
    german = moderators["description_localizations"]["de"]
    assert german.startswith(DE("cmd-mod-setup--moderators")) and "mention them" not in german


async def test_a_spanish_discord_gets_spanish_replies_and_errors(world: World) -> None:
    world.fake.guilds[GUILD].members[ANA].locale = "es-ES"
    await world.start()
    shown = text_of(await world.command(ANA, "settings"))
    assert ES("settings-title") in shown and "Your settings" not in shown
    # The same server, a member whose Discord speaks English: English.
    assert "Your settings" in text_of(await world.command(BO, "settings"))
    refused = text_of(await world.command(ANA, "settings", {"quiet_hours": "late"}))
    assert refused.startswith(ES("quiet-bad-window").split("`quiet_hours`")[0])
    assert "takes two hours" not in refused


async def test_the_safety_net_answers_in_the_members_language(world: World) -> None:
    world.fake.guilds[GUILD].members[ANA].locale = "es-ES"
    await world.start()
    reply = text_of(
        await world.command(ANA, "log", {"activity": "applied", "note": "ya no quiero vivir"})
    )
    assert ES("support-title") in reply
    assert "findahelpline.com" in reply and "024" in reply


async def test_channel_posts_speak_the_servers_language(world: World) -> None:
    """A Spanish-speaking member in a German server: her plan in Spanish, her shared
    rejection in the support channel in German."""
    world.fake.guilds[GUILD].locale = "de"
    world.fake.guilds[GUILD].members[ANA].locale = "es-ES"
    world.fake.guilds[GUILD].members[MAYA].locale = "de"
    await world.start()
    await world.command(MAYA, "mod setup", {"support_channel": ChannelOption(SUPPORT)})
    reply = await world.command(
        ANA, "rejection", {"company": "Globex", "stage": "interview", "share": "public"}
    )
    shown = text_of(reply)
    assert ES("rejection-shared") in shown and "Globex" in shown
    await world.fake.until(lambda: channel_posts(world.fake, SUPPORT) != [])
    (post,) = channel_posts(world.fake, SUPPORT)
    title = post["embeds"][0]["title"]
    name = title.split(" ", 1)[0]
    assert title == DE("rejection-post-title", name=name)
    assert title != tr("en")("rejection-post-title", name=name)


async def test_a_refused_post_is_explained_in_each_readers_language(world: World) -> None:
    """Discord refuses a post (403): the Spanish-speaking member who made it is told why in
    Spanish, and the German-speaking moderator reads the channel's problem in German in
    `/mod setup`, though the problem was stored before either reader was known."""
    fake = world.fake
    fake.guilds[GUILD].members[ANA].locale = "es-ES"
    fake.guilds[GUILD].members[MAYA].locale = "de"
    fake.fail("POST", rf"/channels/{WINS}/messages", 403, 50001, "Missing Access")
    await world.start()
    await world.command(MAYA, "mod setup", {"wins_channel": ChannelOption(WINS)})
    await world.command(ANA, "win", {"text": "Oferta de Acme"})
    (notice,) = await fake.until(lambda: fake.dm_messages(ANA))
    told = text_of(notice)
    assert ES("delivery-problem-discord-forbidden") in told
    assert "missing permission" not in told
    setup = text_of(await world.command(MAYA, "mod setup"))
    assert DE("delivery-problem-discord-forbidden") in setup
    assert "missing permission" not in setup
