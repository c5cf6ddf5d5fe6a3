"""Delivering the engine's messages through the Slack Web API.

Private replies go through the invocation's `response_url` (ephemeral) when there is
one, else `chat.postEphemeral`, else a direct message; posts through `chat.postMessage`
(in the thread of `Message.thread_ref` when set); direct messages through
`conversations.open`; pictures and exports with the files upload v2 flow; a withdrawn
post (a `Message.withdraw_ref`) through `chat.delete`. Mentions are never parsed
(`link_names` off). A channel the app cannot post in becomes a `DeliveryProblem` that
the engine shows moderators in `/mod setup`; a direct message Slack refuses raises
`DMRefused`, for the core's one fallback (`undelivered.falling_back`); a rate limit is
waited out once (`Retry-After`), or, while an outbox row is being sent and the wait is
longer than a second, raised as the core's `RateLimited` so only this workspace waits;
nothing here crashes the app.

Slack has no idempotency key, so a post sent from the outbox carries its row in message
metadata (`event_type` "rebound_outbox", payload `{"outbox": "<id>", "part": n}`). When
the outbox sends a row again after a send that started and was never settled (the
process died while Slack answered: `bot.core.delivery.RESUMING`), the channel's history
since that attempt (a page or two; the thread's replies for a threaded post) is searched
for those parts first, and a part found there is not posted again. This needs the
`channels:history` (and `groups:history`) scope; without it the post goes out again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack.blocks import Blocks, SlackMessage
from bot.core import i18n
from bot.core.delivery import DELIVERY_KEY, RESUMING, DeliveryProblem, RateLimited
from bot.core.messages import Attachment, Kind, Message
from bot.core.undelivered import FILES_IN_DM_KEY, DMRefused

log = logging.getLogger(__name__)

MAX_RETRY_AFTER = 30.0
# Slack keeps at most 1,000 characters of an image's alt text.
ALT_TEXT_MAX = 1000
# What moderators read in `/mod setup` about a channel Slack refuses: catalogue messages,
# stored with the channel (`Channel.problem`) and read in each reader's language.
CHANNEL_PROBLEMS = {
    "not_in_channel": "delivery-problem-slack-not-in-channel",
    "channel_not_found": "delivery-problem-slack-channel-not-found",
    "is_archived": "delivery-problem-slack-archived",
    "restricted_action": "delivery-problem-slack-restricted",
}
EPHEMERAL_FALLBACK = {"channel_not_found", "not_in_channel", "user_not_in_channel"}
# Slack's answers when a direct message cannot reach a member (conversations.open).
DM_REFUSED = {"user_disabled", "user_not_found", "user_not_visible", "cannot_dm_bot"}
OUTBOX_EVENT = "rebound_outbox"
# How far a re-sent outbox row looks back: pages of history, and slack before its attempt.
LOOKUP_PAGES = 2
LOOKUP_PAGE_SIZE = 100
LOOKUP_SLACK_SECONDS = 60.0


class SlackDelivery:
    """Sends messages for one invocation (with its `response_url`) or for the scheduler.

    `reader` is the language of the member an invocation's replies are for: the note this
    adds to a reply (its file went to their direct messages) is in it (else English)."""

    def __init__(
        self,
        client: AsyncWebClient,
        blocks: Blocks,
        *,
        response_url: str | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        reader: i18n.Tr | None = None,
    ) -> None:
        self.client = client
        self.blocks = blocks
        self.response_url = response_url
        self.sleep = sleep
        self.reader = reader or i18n.tr(i18n.ENGLISH)
        self._dm_channels: dict[str, str] = {}

    def for_response_url(self, response_url: str | None) -> SlackDelivery:
        return self._like(response_url, self.reader)

    def for_reader(self, reader: i18n.Tr) -> SlackDelivery:
        """The same delivery, its notes to the member in `reader`'s language."""
        return self._like(self.response_url, reader)

    def _like(self, response_url: str | None, reader: i18n.Tr) -> SlackDelivery:
        other = SlackDelivery(
            self.client, self.blocks, response_url=response_url, sleep=self.sleep, reader=reader
        )
        other._dm_channels = self._dm_channels
        return other

    async def send(self, msg: Message) -> str | None:
        """Deliver one message; return the `ts` of a channel post."""
        if msg.withdraw_ref:
            # A withdrawal is not a new post: delete the removed post's message.
            if msg.channel is not None:
                await self._withdraw(msg.channel.ref, msg.withdraw_ref)
            return None
        if msg.kind is Kind.POST:
            return await self._post(msg)
        if msg.kind is Kind.DM:
            await self._dm(msg)
            return None
        await self._reply(msg)
        return None

    # --- kinds ------------------------------------------------------------------------
    async def _post(self, msg: Message) -> str | None:
        if msg.channel is None:
            log.warning("a post without a channel was dropped")
            return None
        channel = msg.channel.ref
        if msg.edit_ref:
            await self._edit(channel, msg.edit_ref, msg)
            return None
        outbox = _outbox_id()
        found = await self._already_posted(channel, msg.thread_ref, outbox)
        first_ts: str | None = None
        posted = False
        for i, part in enumerate(self.blocks.render(msg)):
            ts = found.get(i)
            if ts is None:
                resp = await self._call(
                    "chat_postMessage",
                    channel_ref=channel,
                    channel=channel,
                    thread_ts=msg.thread_ref,
                    metadata=_metadata(outbox, i),
                    **_payload(part),
                )
                ts, posted = resp.get("ts"), True
            first_ts = first_ts or ts
        if posted or not found:
            await self._upload(msg.attachments, channel, thread_ts=msg.thread_ref)
        return first_ts

    async def _already_posted(
        self, channel: str, thread_ts: str | None, outbox: str | None
    ) -> dict[int, str]:
        """The parts of outbox row `outbox` already in `channel` (part → ts), looked up
        only when an earlier send of the row started and was never settled."""
        since = RESUMING.get()
        if outbox is None or since is None:
            return {}
        method = "conversations_replies" if thread_ts else "conversations_history"
        query: dict[str, Any] = {
            "channel": channel,
            "oldest": f"{since.timestamp() - LOOKUP_SLACK_SECONDS:.6f}",
            "include_all_metadata": True,
            "limit": LOOKUP_PAGE_SIZE,
        }
        if thread_ts:
            query["ts"] = thread_ts
        found: dict[int, str] = {}
        try:
            for _ in range(LOOKUP_PAGES):
                resp = await self._call(method, **query)
                found.update(_parts_of(resp.get("messages") or [], outbox))
                cursor = (resp.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
                query["cursor"] = cursor
        except SlackApiError as exc:
            log.warning(
                "could not look for outbox %s in %s (%s); posting it again",
                outbox,
                channel,
                exc.response.get("error"),
            )
        if found:
            log.info("outbox %s was already in %s; not posted again", outbox, channel)
        return found

    async def _edit(self, channel: str, ts: str, msg: Message) -> None:
        """Replace what a message the bot posted says (`chat.update`); one gone is left."""
        part = self.blocks.render(msg)[0]
        try:
            payload = {k: v for k, v in _payload(part).items() if k != "unfurl_links"}
            await self._call("chat_update", channel_ref=channel, channel=channel, ts=ts, **payload)
        except SlackApiError as exc:
            if exc.response.get("error") != "message_not_found":
                raise
            log.info("the message %s to edit in %s was gone", ts, channel)

    async def _dm(self, msg: Message) -> None:
        if msg.to is None:
            log.warning("a direct message without a recipient was dropped")
            return
        try:
            channel = await self._open_dm(msg.to.ref)
        except SlackApiError as exc:
            if exc.response.get("error") in DM_REFUSED:
                raise DMRefused(msg.to.ref) from exc
            raise
        for part in self.blocks.render(msg):
            await self._call("chat_postMessage", channel=channel, **_payload(part))
        await self._upload(msg.attachments, channel)

    async def _reply(self, msg: Message) -> None:
        note = self.reader(FILES_IN_DM_KEY) if msg.attachments and msg.to is not None else None
        parts = self.blocks.render(msg, note=note)
        if self.response_url:
            response_type = "ephemeral" if msg.ephemeral else "in_channel"
            webhook = AsyncWebhookClient(self.response_url)
            for part in parts:
                resp = await webhook.send(
                    text=part.text,
                    blocks=part.blocks,
                    response_type=response_type,
                    replace_original=False,
                )
                if resp.status_code >= 400:
                    log.warning("response_url answered %s: %s", resp.status_code, resp.body)
        elif msg.ephemeral and msg.to is not None and msg.channel is not None:
            try:
                for part in parts:
                    await self._call(
                        "chat_postEphemeral",
                        channel=msg.channel.ref,
                        user=msg.to.ref,
                        **_payload(part),
                    )
            except SlackApiError as exc:
                if exc.response.get("error") not in EPHEMERAL_FALLBACK:
                    raise
                await self._dm_parts(msg.to.ref, parts)
        elif msg.ephemeral and msg.to is not None:
            await self._dm_parts(msg.to.ref, parts)
        elif msg.channel is not None:
            for part in parts:
                await self._call(
                    "chat_postMessage",
                    channel_ref=msg.channel.ref,
                    channel=msg.channel.ref,
                    **_payload(part),
                )
        if msg.attachments and msg.to is not None:
            await self._upload(msg.attachments, await self._open_dm(msg.to.ref))

    async def _dm_parts(self, user_id: str, parts: list[SlackMessage]) -> None:
        channel = await self._open_dm(user_id)
        for part in parts:
            await self._call("chat_postMessage", channel=channel, **_payload(part))

    async def _withdraw(self, channel: str, ts: str) -> None:
        try:
            await self._call("chat_delete", channel=channel, ts=ts)
        except SlackApiError as exc:
            log.warning("could not delete %s in %s: %s", ts, channel, exc.response.get("error"))

    async def _open_dm(self, user_id: str) -> str:
        if user_id not in self._dm_channels:
            resp = await self._call("conversations_open", users=user_id)
            self._dm_channels[user_id] = resp["channel"]["id"]
        return self._dm_channels[user_id]

    async def _upload(
        self, attachments: list[Attachment], channel: str, *, thread_ts: str | None = None
    ) -> None:
        if not attachments:
            return
        files = [
            {"content": a.data, "filename": a.filename, "title": a.filename}
            | ({"alt_txt": a.alt[:ALT_TEXT_MAX]} if a.alt else {})
            for a in attachments
        ]
        try:
            await self.client.files_upload_v2(
                file_uploads=files, channel=channel, thread_ts=thread_ts
            )
        except SlackApiError as exc:
            log.warning("file upload to %s failed: %s", channel, exc.response.get("error"))

    # --- the Web API ------------------------------------------------------------------
    async def _call(self, method: str, *, channel_ref: str | None = None, **kwargs: Any) -> Any:
        """Call a Web API method; wait out one rate limit; turn channel errors into problems."""
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        for attempt in (1, 2):
            try:
                return await getattr(self.client, method)(**kwargs)
            except SlackApiError as exc:
                error = exc.response.get("error")
                outbox = DELIVERY_KEY.get() is not None
                if error == "ratelimited" and outbox and (attempt == 2 or retry_after(exc) > 1):
                    # From the outbox, a longer wait: the core holds this workspace until
                    # Retry-After has passed, and goes on with the others meanwhile.
                    raise RateLimited(retry_after(exc)) from exc
                if error == "ratelimited" and attempt == 1:
                    wait = retry_after(exc)
                    log.warning("%s is rate limited; retrying in %.0fs", method, wait)
                    await self.sleep(wait)
                    continue
                log.warning("%s failed: %s", method, error)
                if channel_ref is not None and error in CHANNEL_PROBLEMS:
                    problem = i18n.Msg(CHANNEL_PROBLEMS[error])
                    raise DeliveryProblem(problem, channel_ref=channel_ref) from exc
                raise
        raise AssertionError("unreachable")


def _outbox_id() -> str | None:
    """The outbox row being sent (`outbox:<id>`), or None outside the outbox."""
    key = DELIVERY_KEY.get()
    return key.removeprefix("outbox:") if key and key.startswith("outbox:") else None


def _metadata(outbox: str | None, part: int) -> dict[str, Any] | None:
    if outbox is None:
        return None
    return {"event_type": OUTBOX_EVENT, "event_payload": {"outbox": outbox, "part": part}}


def _parts_of(messages: list[dict[str, Any]], outbox: str) -> dict[int, str]:
    """Which parts of outbox row `outbox` these history messages are (part → ts)."""
    found: dict[int, str] = {}
    for message in messages:
        metadata = message.get("metadata") or {}
        payload = metadata.get("event_payload") or {}
        if metadata.get("event_type") != OUTBOX_EVENT or str(payload.get("outbox")) != outbox:
            continue
        part = payload.get("part", 0)
        if isinstance(part, int) and isinstance(message.get("ts"), str):
            found.setdefault(part, message["ts"])
    return found


def _payload(part: SlackMessage) -> dict[str, Any]:
    return {"text": part.text, "blocks": part.blocks, "link_names": False, "unfurl_links": False}


def retry_after(exc: SlackApiError) -> float:
    """The wait Slack asks for after a rate limit (`Retry-After`), capped."""
    headers = getattr(exc.response, "headers", {}) or {}
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return min(float(value), MAX_RETRY_AFTER) if value is not None else 1.0
    except ValueError:
        return 1.0
