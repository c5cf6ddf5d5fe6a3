"""Who and where on Slack: people, channels and workspace admins, looked up and cached.

The `Directory` answers the adapter's questions through the Web API — a member's
display name and whether they are a workspace admin or owner (`users.info`), the
channel a plain `#wins` or the person a plain `@bob` means (`conversations.list`,
`users.list`) — and caches the answers briefly so a busy workspace costs few calls.
`SlackResolver` is the core parser's `Resolver` for one workspace: it turns Slack's
escaped `<@U123|bob>` and `<#C123|wins>` (and plain names) into member and channel
references, or explains clearly what it could not find.

A plain `@bob` is not an id, and display names are neither unique nor trustworthy (eve
may display as "bob"). It means the member whose user name is `bob` (unique in a
workspace); only when nobody has that user name, the one member whose display or real
name is "bob". When two people answer at the same level the command is refused, naming
each candidate with their `<@U…>` mention and user name, and nothing changes.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.delivery import retry_after
from bot.core.errors import UserError
from bot.core.i18n import Msg
from bot.core.messages import ChannelRef, MemberRef

log = logging.getLogger(__name__)

TTL = 300.0
PAGE = 200
MAX_PAGES = 50
PAGE_ATTEMPTS = 6
LIST_UNAVAILABLE = Msg("slack-list-unavailable")
# How many candidates an ambiguous `@name` refusal lists.
MAX_CANDIDATES = 5
_USER_RE = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|([^>]*))?>$")
_CHANNEL_RE = re.compile(r"^<#([CGD][A-Z0-9]+)(?:\|([^>]*))?>$")


@dataclass(frozen=True)
class Person:
    """A member as the user list knows them: their reference and their user name."""

    ref: MemberRef
    username: str


@dataclass
class _People:
    """One workspace's members by lower-cased user name, and by display and real name."""

    by_username: dict[str, list[Person]]
    by_name: dict[str, list[Person]]

    def named(self, name: str) -> list[Person]:
        """Who `name` means: the user of that name, else everyone displayed or called so."""
        key = name.lower()
        return self.by_username.get(key) or self.by_name.get(key) or []


@dataclass(frozen=True)
class Profile:
    user_id: str
    name: str
    moderator: bool
    team_id: str | None = None
    # The user's Slack locale (`users.info` with `include_locale`), like `de-DE`.
    locale: str | None = None


class Directory:
    """Cached look-ups of people and channels; entries live `ttl` seconds."""

    def __init__(
        self,
        client: AsyncWebClient,
        *,
        ttl: float = TTL,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.sleep = sleep
        self.ttl = ttl
        self.clock = clock
        self._profiles: dict[str, tuple[float, Profile]] = {}
        self._users: dict[str, tuple[float, _People]] = {}
        self._channels: dict[str, tuple[float, dict[str, ChannelRef]]] = {}
        self._channel_names: dict[str, str] = {}

    def _fresh(self, entry: tuple[float, Any] | None) -> bool:
        return entry is not None and self.clock() - entry[0] < self.ttl

    async def profile(self, user_id: str, fallback_name: str = "") -> Profile:
        """Display name and admin rights of a user (cached); a failed look-up grants nothing."""
        entry = self._profiles.get(user_id)
        if entry is not None and self._fresh(entry):
            return entry[1]
        try:
            resp = await self.client.users_info(user=user_id, include_locale=True)
        except SlackApiError as exc:
            log.warning("users.info %s failed: %s", user_id, exc.response.get("error"))
            return Profile(user_id, fallback_name or user_id, False)
        profile = _profile(resp["user"])
        self._profiles[user_id] = (self.clock(), profile)
        return profile

    async def members_named(self, team_id: str, name: str) -> list[Person]:
        """Who a plain name means: the member with that user name, else every member with
        that display or real name (more than one: ambiguous). A miss refreshes the list once."""
        people, fetched = await self._user_index(team_id, refresh=False)
        found = people.named(name)
        if not found and not fetched:
            people, _ = await self._user_index(team_id, refresh=True)
            found = people.named(name)
        return found

    async def channel_named(self, team_id: str, name: str) -> ChannelRef | None:
        """A channel by name; a miss refreshes the list once (the channel may be new)."""
        channels, fetched = await self._channel_index(team_id, refresh=False)
        if name.lower() not in channels and not fetched:
            channels, _ = await self._channel_index(team_id, refresh=True)
        return channels.get(name.lower())

    async def channel_name(self, channel_id: str) -> str | None:
        if channel_id in self._channel_names:
            return self._channel_names[channel_id]
        try:
            resp = await self.client.conversations_info(channel=channel_id)
        except SlackApiError as exc:
            log.warning("conversations.info %s failed: %s", channel_id, exc.response.get("error"))
            return None
        name = resp["channel"].get("name")
        if name:
            self._channel_names[channel_id] = name
        return name

    def remember_channel(self, channel_id: str, name: str) -> None:
        if channel_id and name and not channel_id.startswith("D"):
            self._channel_names[channel_id] = name

    async def _user_index(self, team_id: str, *, refresh: bool) -> tuple[_People, bool]:
        entry = self._users.get(team_id)
        if entry is not None and self._fresh(entry) and not refresh:
            return entry[1], False
        people = _People({}, {})
        async for user in self._pages("users_list", "members", team_id):
            if user.get("deleted"):
                continue
            profile = _profile(user)
            self._profiles[profile.user_id] = (self.clock(), profile)
            person = Person(MemberRef(profile.user_id, profile.name), user.get("name") or "")
            extra = user.get("profile") or {}
            _file(people.by_username, person.username, person)
            _file(people.by_name, extra.get("display_name"), person)
            _file(people.by_name, extra.get("real_name"), person)
        self._users[team_id] = (self.clock(), people)
        return people, True

    async def _channel_index(
        self, team_id: str, *, refresh: bool
    ) -> tuple[dict[str, ChannelRef], bool]:
        entry = self._channels.get(team_id)
        if entry is not None and self._fresh(entry) and not refresh:
            return entry[1], False
        index: dict[str, ChannelRef] = {}
        async for channel in self._pages(
            "conversations_list",
            "channels",
            team_id,
            types="public_channel,private_channel",
            exclude_archived=True,
        ):
            ref = ChannelRef(channel["id"], channel.get("name") or channel["id"])
            index[ref.name.lower()] = ref
            self._channel_names[ref.ref] = ref.name
        self._channels[team_id] = (self.clock(), index)
        return index, True

    async def _pages(
        self, method: str, key: str, team_id: str, **kwargs: Any
    ) -> AsyncIterator[dict[str, Any]]:
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            args = {"limit": PAGE, "team_id": team_id, **kwargs}
            if cursor:
                args["cursor"] = cursor
            resp = await self._page(method, args)
            for item in resp.get(key) or []:
                yield item
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return

    async def _page(self, method: str, args: dict[str, Any]) -> Any:
        """One page of a list; a rate limit (Tier 2 lists are easily limited) is waited
        out, as Slack's `Retry-After` asks. A list that cannot be read whole raises
        `UserError`, so nobody is reported "not found" from a list cut short."""
        for attempt in range(1, PAGE_ATTEMPTS + 1):
            try:
                return await getattr(self.client, method)(**args)
            except SlackApiError as exc:
                error = exc.response.get("error")
                if error == "ratelimited" and attempt < PAGE_ATTEMPTS:
                    wait = retry_after(exc)
                    log.warning("%s is rate limited; retrying in %.0fs", method, wait)
                    await self.sleep(wait)
                    continue
                log.warning("%s failed: %s", method, error)
                raise UserError(LIST_UNAVAILABLE) from exc
        raise AssertionError("unreachable")

    def resolver(self, team_id: str) -> SlackResolver:
        return SlackResolver(self, team_id)


def _file(index: dict[str, list[Person]], name: str | None, person: Person) -> None:
    """Note `person` under `name` (once, however many of their names match)."""
    if not name:
        return
    found = index.setdefault(name.lower(), [])
    if all(p.ref.ref != person.ref.ref for p in found):
        found.append(person)


def _ambiguous(text: str, people: list[Person]) -> UserError:
    """More than one member answers to `text`: name them, so the member can pick one."""
    shown = [
        f"<@{p.ref.ref}> (@{p.username})" if p.username else f"<@{p.ref.ref}>"
        for p in people[:MAX_CANDIDATES]
    ]
    more = len(people) - len(shown)
    candidates = ", ".join(shown)
    message = (
        Msg("slack-member-ambiguous-more", name=text, candidates=candidates, count=more)
        if more > 0
        else Msg("slack-member-ambiguous", name=text, candidates=candidates)
    )
    example = next((p.username for p in people if p.username), "")
    hint = (
        Msg("slack-member-ambiguous-hint-example", example=example)
        if example
        else Msg("slack-member-ambiguous-hint")
    )
    return UserError(message, hint=hint)


def _profile(user: dict[str, Any]) -> Profile:
    extra = user.get("profile") or {}
    name = extra.get("display_name") or extra.get("real_name") or user.get("name") or user["id"]
    moderator = bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))
    locale = user.get("locale")
    return Profile(
        user["id"],
        name,
        moderator,
        user.get("team_id"),
        locale if isinstance(locale, str) else None,
    )


class SlackResolver:
    """The core parser's `Resolver` for one Slack workspace."""

    def __init__(self, directory: Directory, team_id: str) -> None:
        self.directory = directory
        self.team_id = team_id

    async def member(self, text: str) -> MemberRef:
        text = text.strip()
        if match := _USER_RE.match(text):
            profile = await self.directory.profile(match.group(1), match.group(2) or "")
            return MemberRef(profile.user_id, profile.name)
        name = text.lstrip("@")
        found = await self.directory.members_named(self.team_id, name) if name else []
        if len(found) == 1:
            return found[0].ref
        if found:
            raise _ambiguous(text, found)
        raise UserError(
            Msg("slack-member-not-found", name=text), hint=Msg("slack-member-not-found-hint")
        )

    async def channel(self, text: str) -> ChannelRef:
        text = text.strip()
        if match := _CHANNEL_RE.match(text):
            channel_id, name = match.group(1), match.group(2)
            if not name:
                name = await self.directory.channel_name(channel_id)
            return ChannelRef(channel_id, name or channel_id)
        name = text.lstrip("#")
        if name:
            found = await self.directory.channel_named(self.team_id, name)
            if found is not None:
                return found
        raise UserError(
            Msg("slack-channel-not-found", name=text), hint=Msg("slack-channel-not-found-hint")
        )
