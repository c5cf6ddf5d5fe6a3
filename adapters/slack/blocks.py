"""Block Kit rendering for Slack: the engine's neutral messages as Slack messages and views.

`Blocks`, made for the registry of the engine it serves, turns a `Message` into one or
more Slack message payloads (header, sections, fields, context, buttons) that respect
Slack's limits — 50 blocks a message, 3000 characters a section, 10 fields of 2000
characters, a 150-character header — splitting long replies cleanly. It also builds the
modal of a command (from its declared options, so new commands need no change here; its
words in the language of the member who opens it) and lays out the App Home tab;
`submitted_values` reads a submitted modal back as raw values by option name, which the
engine types. Text is escaped for Slack (`&`, `<`, `>`) and command names are shown as
Slack members type them (`/rebound log`). No rules live here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.core import i18n
from bot.core.declarations import Command, Option, OptType
from bot.core.descriptions import Described
from bot.core.messages import Field, Message
from bot.core.registry import Registry

SLASH = "/rebound"
MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
MAX_FIELDS = 10
HEADER_TEXT = 150
BUTTON_TEXT = 75
MAX_BUTTONS = 25
FALLBACK_TEXT = 3000
# The block id of a text option's continuation box: `body~2` continues `body`.
CONTINUED = "~"
MODAL_TITLE = 24
MODAL_CALLBACK = "rb_modal"
VALUE_ACTION = "value"
# Integer options with at most this many values are offered as a menu (`mood:1-5`).
SMALL_RANGE = 10


@dataclass
class SlackMessage:
    """One Slack message payload: notification text plus blocks."""

    text: str
    blocks: list[dict[str, Any]]


# --- text -------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _command_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w/.:<>-])/({alternatives})(?![\w-])")


def slash(text: str, names: tuple[str, ...]) -> str:
    """Show commands as typed on Slack: `/log` becomes `/rebound log` (for `names`)."""
    if not names or not text:
        return text
    return _command_pattern(names).sub(rf"{SLASH} \1", text)


def escape(text: str) -> str:
    """Escape the three characters Slack's mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = SECTION_TEXT) -> list[str]:
    """Split text into chunks of at most `limit` characters at paragraph, line or word breaks."""
    chunks: list[str] = []
    rest = text.strip("\n")
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut < limit // 2:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest:
        chunks.append(rest)
    return chunks


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def block_text(block: dict[str, Any]) -> str:
    """The readable text of a block (for notification fallbacks and tests)."""
    parts: list[str] = []
    text = block.get("text")
    if isinstance(text, dict):
        parts.append(text.get("text", ""))
    for f in block.get("fields", []):
        parts.append(f.get("text", ""))
    for el in block.get("elements", []):
        t = el.get("text")
        parts.append(t.get("text", "") if isinstance(t, dict) else str(t or ""))
    return "\n".join(p for p in parts if p)


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


class Blocks:
    """Block Kit for one engine: command names come from its registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.names = tuple(registry.top_level_names())

    # --- text ---------------------------------------------------------------------------
    def slash(self, text: str) -> str:
        return slash(text, self.names)

    def mrkdwn(self, text: str) -> str:
        return self.slash(escape(text))

    def plain(self, text: str, limit: int) -> dict[str, Any]:
        return {"type": "plain_text", "text": _cut(self.slash(text), limit), "emoji": True}

    # --- messages -----------------------------------------------------------------------
    def _field_text(self, f: Field) -> str:
        name, value = self.mrkdwn(f.name), self.mrkdwn(f.value)
        return f"*{name}*\n{value}" if value else f"*{name}*"

    def _field_blocks(self, fields: list[Field]) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = []
        row: list[dict[str, Any]] = []

        def flush() -> None:
            if row:
                blocks.append({"type": "section", "fields": list(row)})
                row.clear()

        for f in fields:
            text = self._field_text(f)
            if f.inline and len(text) <= FIELD_TEXT:
                row.append({"type": "mrkdwn", "text": text})
                if len(row) == MAX_FIELDS:
                    flush()
                continue
            flush()
            blocks.extend(_section(chunk) for chunk in split_text(text))
        flush()
        return blocks

    def button_element(self, label: str, custom_id: str, style: str = "") -> dict[str, Any]:
        element: dict[str, Any] = {
            "type": "button",
            "text": self.plain(label, BUTTON_TEXT),
            "action_id": custom_id,
            "value": custom_id,
        }
        if style in ("primary", "danger"):
            element["style"] = style
        return element

    def _button_blocks(self, msg: Message) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        seen: set[str] = set()
        for b in msg.buttons:
            if b.custom_id in seen:
                continue
            seen.add(b.custom_id)
            elements.append(self.button_element(b.label, b.custom_id, b.style))
        return [
            {"type": "actions", "elements": elements[i : i + MAX_BUTTONS]}
            for i in range(0, len(elements), MAX_BUTTONS)
        ]

    def content_blocks(self, msg: Message, *, buttons: bool = True) -> list[dict[str, Any]]:
        """The blocks of one message, before splitting into Slack messages."""
        blocks: list[dict[str, Any]] = []
        if msg.title:
            blocks.append({"type": "header", "text": self.plain(msg.title, HEADER_TEXT)})
        if msg.text:
            body = self.mrkdwn(msg.text)
            if msg.error:
                body = ":warning: " + body
            blocks.extend(_section(chunk) for chunk in split_text(body))
        blocks.extend(self._field_blocks(msg.fields))
        if buttons:
            blocks.extend(self._button_blocks(msg))
        return blocks

    def render(self, msg: Message, *, note: str | None = None) -> list[SlackMessage]:
        """Render a message as one or more Slack messages of at most 50 blocks each."""
        blocks = self.content_blocks(msg)
        if note:
            blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": note}]})
        if not blocks:
            blocks = [_section(" ")]
        out: list[SlackMessage] = []
        for i in range(0, len(blocks), MAX_BLOCKS):
            chunk = blocks[i : i + MAX_BLOCKS]
            fallback = "\n".join(t for t in (block_text(b) for b in chunk) if t)
            out.append(SlackMessage(_cut(fallback, FALLBACK_TEXT), chunk))
        return out

    # --- modals -------------------------------------------------------------------------
    def _options(self, values: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """Menu entries from (value, shown text): the value is what the engine reads."""
        return [{"text": self.plain(shown, 75), "value": v} for v, shown in values[:100]]

    def _element(self, cmd: Command, opt: Option, said: Described) -> dict[str, Any]:
        if opt.type is OptType.CHOICE:
            choices = [(c, said.choice(cmd, opt, c)) for c in opt.choices]
            return {"type": "static_select", "options": self._options(choices)}
        if opt.type is OptType.BOOLEAN:
            answers = [("yes", said.tr("slack-modal-yes")), ("no", said.tr("slack-modal-no"))]
            return {"type": "static_select", "options": self._options(answers)}
        if opt.type is OptType.INTEGER:
            if opt.min is not None and opt.max is not None and opt.max - opt.min < SMALL_RANGE:
                numbers = [(str(n), str(n)) for n in range(opt.min, opt.max + 1)]
                return {"type": "static_select", "options": self._options(numbers)}
            element: dict[str, Any] = {"type": "number_input", "is_decimal_allowed": False}
            if opt.min is not None:
                element["min_value"] = str(opt.min)
            if opt.max is not None:
                element["max_value"] = str(opt.max)
            return element
        if opt.type is OptType.MEMBER:
            return {"type": "users_select"}
        if opt.type is OptType.MEMBERS:
            return {"type": "multi_users_select"}
        if opt.type is OptType.CHANNEL:
            return {
                "type": "conversations_select",
                "filter": {"include": ["public", "private"], "exclude_bot_users": True},
            }
        element = {"type": "plain_text_input"}
        limit = min(opt.max_length or SECTION_TEXT, SECTION_TEXT)
        element["max_length"] = limit
        element["multiline"] = limit > 200
        return element

    def _continuations(self, opt: Option, tr: i18n.Tr) -> list[dict[str, Any]]:
        """More boxes for a text longer than one Slack text box takes (3,000 characters):
        the answer is the boxes joined (`submitted_values`)."""
        if opt.type is not OptType.STRING or not opt.max_length:
            return []
        label = tr("slack-modal-continued", label=_label(opt.name))
        hint = tr("slack-modal-continued-hint")
        boxes: list[dict[str, Any]] = []
        left, part = opt.max_length - SECTION_TEXT, 2
        while left > 0:
            size = min(left, SECTION_TEXT)
            boxes.append(
                {
                    "type": "input",
                    "block_id": f"{opt.name}{CONTINUED}{part}",
                    "optional": True,
                    "label": self.plain(label, 2000),
                    "hint": self.plain(hint, 2000),
                    "element": {
                        "type": "plain_text_input",
                        "action_id": VALUE_ACTION,
                        "max_length": size,
                        "multiline": True,
                    },
                }
            )
            left, part = left - size, part + 1
        return boxes

    def modal_view(
        self, cmd: Command, metadata: dict[str, str], tr: i18n.Tr | None = None
    ) -> dict[str, Any]:
        """A modal form with one input per declared option of `cmd`, in the language of
        the member who opens it (`tr`; English when not given). Option names and the
        values sent back stay as members type them."""
        tr = tr or i18n.tr(i18n.ENGLISH)
        said = Described(tr, self.registry)
        blocks: list[dict[str, Any]] = []
        for opt in cmd.options[: MAX_VIEW_BLOCKS - 1]:
            element = self._element(cmd, opt, said)
            element["action_id"] = VALUE_ACTION
            blocks.append(
                {
                    "type": "input",
                    "block_id": opt.name,
                    "optional": not opt.required,
                    "label": self.plain(_label(opt.name), 2000),
                    "hint": self.plain(said.option(cmd, opt), 2000),
                    "element": element,
                }
            )
            blocks += self._continuations(opt, tr)
        return {
            "type": "modal",
            "callback_id": MODAL_CALLBACK,
            "private_metadata": json.dumps({**metadata, "command": cmd.name}),
            "title": self.plain(_label(cmd.name.replace(" ", " · ")), MODAL_TITLE),
            "submit": self.plain(tr("slack-modal-save"), 24),
            "close": self.plain(tr("slack-modal-cancel"), 24),
            "blocks": [
                {
                    "type": "context",
                    "elements": [{"type": "mrkdwn", "text": self.mrkdwn(said.help(cmd))}],
                },
                *blocks,
            ],
        }

    # --- App Home -----------------------------------------------------------------------
    def home_view(self, messages: list[Message]) -> dict[str, Any]:
        """The App Home tab: the engine's home messages, one after the other, within the limit."""
        blocks: list[dict[str, Any]] = []
        for msg in messages:
            part = self.content_blocks(msg, buttons=False)
            divider = [{"type": "divider"}] if blocks else []
            if not part or len(blocks) + len(divider) + len(part) > MAX_VIEW_BLOCKS:
                continue
            blocks.extend(divider + part)
        return {"type": "home", "blocks": blocks}


# --- submitted modals ---------------------------------------------------------------------


def _submitted(value: dict[str, Any]) -> str | None:
    """One input's value as text: members and channels written as Slack escapes them."""
    kind = value.get("type")
    if kind in ("plain_text_input", "number_input"):
        return value.get("value") or None
    if kind == "static_select":
        selected = value.get("selected_option")
        return selected.get("value") if selected else None
    if kind == "users_select":
        user = value.get("selected_user")
        return f"<@{user}>" if user else None
    if kind == "multi_users_select":
        users = value.get("selected_users") or []
        return ",".join(f"<@{u}>" for u in users) or None
    if kind in ("conversations_select", "channels_select"):
        channel = value.get("selected_conversation") or value.get("selected_channel")
        return f"<#{channel}>" if channel else None
    return None


def submitted_values(cmd: Command, state: dict[str, Any]) -> dict[str, str]:
    """The answers of a submitted modal by option name (unanswered ones left out), as
    raw values for the engine to type (`Engine.read_values`)."""
    values: dict[str, str] = {}
    for opt in cmd.options:
        value = _submitted(state.get(opt.name, {}).get(VALUE_ACTION, {}))
        more = [
            _submitted(state[key].get(VALUE_ACTION, {})) or ""
            for key in sorted(
                (k for k in state if k.startswith(f"{opt.name}{CONTINUED}")),
                key=lambda k: int(k.rsplit(CONTINUED, 1)[1]),
            )
        ]
        if value is not None or any(more):
            values[opt.name] = (value or "") + "".join(more)
    return values
