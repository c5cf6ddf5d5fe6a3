"""Platform-neutral messages the engine returns and adapters render natively.

A message is a private reply, a channel post or a direct message, with a title, text,
fields, buttons and attachments. Adapters only translate these; they add no rules.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    REPLY = "reply"
    POST = "post"
    DM = "dm"


@dataclass(frozen=True)
class ChannelRef:
    """A channel as the platform knows it: `ref` is its id, `name` what people read."""

    ref: str
    name: str

    @property
    def label(self) -> str:
        return f"#{self.name}"


@dataclass(frozen=True)
class MemberRef:
    """A member as the platform knows them: `ref` is the platform user id."""

    ref: str
    name: str

    @property
    def label(self) -> str:
        return f"@{self.name}"


@dataclass
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass
class Button:
    """A button that runs `command` with `args` for whoever presses it (`/cheer post:12`)."""

    label: str
    command: str
    args: dict[str, str] = field(default_factory=dict)
    style: str = "primary"

    @property
    def custom_id(self) -> str:
        """A stable id (under 100 characters) that survives restarts: `rb:cheer:post=12`."""
        args = "&".join(f"{k}={v}" for k, v in sorted(self.args.items()))
        return f"rb:{self.command}:{args}"

    @staticmethod
    def parse_custom_id(custom_id: str) -> tuple[str, dict[str, str]] | None:
        if not custom_id.startswith("rb:"):
            return None
        _, command, args = custom_id.split(":", 2)
        pairs = [a.split("=", 1) for a in args.split("&") if "=" in a]
        return command, {k: v for k, v in pairs}


@dataclass
class Attachment:
    filename: str
    data: bytes
    mime: str
    alt: str = ""


@dataclass
class Message:
    """One outgoing message.

    Withdrawal convention: a `Kind.POST` with `withdraw_ref` set is not a new post. It asks
    the adapter to delete the platform message `withdraw_ref` (the removed post's
    `Post.platform_ref`) in `channel`; `post_id` names the engine post and `text` says why
    ("(removed by a moderator)"). Adapters return None for it; the console prints it.
    """

    kind: Kind
    text: str = ""
    title: str | None = None
    fields: list[Field] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    ephemeral: bool = False
    error: bool = False
    channel: ChannelRef | None = None
    to: MemberRef | None = None
    # Engine post id, so the adapter can report the platform's message id back.
    post_id: int | None = None
    # The post's number in its community: what members see and type (`post 3`).
    post_number: int | None = None
    # Platform message id to reply under (a thread), resolved by the engine.
    thread_ref: str | None = None
    # Platform message id to delete instead of posting (moderator removal; see above).
    withdraw_ref: str | None = None
    # Platform message id whose content this message replaces (an updated answer): not a
    # new post; adapters edit the message in `channel` and return None.
    edit_ref: str | None = None
    # Set by the engine on the answer that stands in for a command's form: the command was
    # declared with one and arrived without answers (`Engine.form_for`). Surfaces with
    # forms open the form before running; the others show this answer.
    modal: str | None = None
    # The outbox row of a command's channel post, written in the command's transaction:
    # `Delivery.deliver` sends it through the outbox, so it is delivered exactly once.
    outbox_id: int | None = None
    # A direct message held until its receiver's quiet hours end (`bot.core.quiet`); it
    # goes through the outbox, which sends nothing before this instant. Not serialized:
    # the outbox row keeps it as `not_before`.
    hold_until: datetime | None = None

    def plain_text(self) -> str:
        """Title, body and fields as one plain-text block."""
        parts: list[str] = []
        if self.title:
            parts.append(self.title)
        if self.text:
            parts.append(self.text)
        for f in self.fields:
            parts.append(f"{f.name}: {f.value}" if f.value else f.name)
        return "\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("hold_until")
        data["kind"] = self.kind.value
        data["attachments"] = [
            {**asdict(a), "data": base64.b64encode(a.data).decode()} for a in self.attachments
        ]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Message:
        data = dict(data)
        data["kind"] = Kind(data["kind"])
        data["fields"] = [Field(**f) for f in data.get("fields", [])]
        data["buttons"] = [Button(**b) for b in data.get("buttons", [])]
        data["attachments"] = [
            Attachment(**{**a, "data": base64.b64decode(a["data"])})
            for a in data.get("attachments", [])
        ]
        if data.get("channel"):
            data["channel"] = ChannelRef(**data["channel"])
        if data.get("to"):
            data["to"] = MemberRef(**data["to"])
        return cls(**data)
