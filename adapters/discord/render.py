"""Render an engine `Message` as Discord messages: embeds, files and persistent buttons.

The title, text and fields become embeds that respect Discord's limits (title 256,
description 4096, 25 fields, field name 256 and value 1024, 6000 characters and 10 embeds
per message). Longer text is split at paragraph, line or word boundaries and carries on
in further embeds or further messages; nothing is rejected by Discord. Pictures become
attachments (the first one shown inside the embed), buttons become `CommandButton`s, a
`DynamicItem` whose custom id is the engine's own, so presses still work after a restart.
Mentions are never allowed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.core.messages import Button, Message

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
MESSAGE_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
BUTTONS_PER_ROW = 5
ROWS_PER_MESSAGE = 5
LABEL_LIMIT = 80
ATTACHMENT_DESCRIPTION = 1024

COLOUR = discord.Colour(0x4F8A8B)
ERROR_COLOUR = discord.Colour(0xD9534F)
EMPTY = "\u200b"
NO_MENTIONS = discord.AllowedMentions.none()

STYLES = {
    "primary": discord.ButtonStyle.primary,
    "secondary": discord.ButtonStyle.secondary,
    "success": discord.ButtonStyle.success,
    "danger": discord.ButtonStyle.danger,
}


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int) -> list[str]:
    """Cut `text` into chunks of at most `limit`, preferring paragraph, line, word breaks."""
    chunks: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > limit // 2:
                break
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


class CommandButton(
    discord.ui.DynamicItem[discord.ui.Button], template=r"rb:(?P<command>[^:]+):(?P<args>.*)"
):
    """A button that runs an engine command for whoever presses it, also after a restart."""

    def __init__(self, button: Button) -> None:
        super().__init__(
            discord.ui.Button(
                label=truncate(button.label, LABEL_LIMIT),
                style=STYLES.get(button.style, discord.ButtonStyle.primary),
                custom_id=button.custom_id,
            )
        )
        self.button = button

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> CommandButton:
        parsed = Button.parse_custom_id(match.string)
        assert parsed is not None  # the template only matches engine ids
        command, args = parsed
        label = getattr(item, "label", None) or command
        return cls(Button(label, command, args))

    async def callback(self, interaction: discord.Interaction) -> None:
        press = getattr(interaction.client, "on_button_press", None)
        if press is not None:
            await press(interaction, self.button)


@dataclass
class Page:
    """One Discord message worth of a rendered `Message`."""

    embeds: list[discord.Embed] = field(default_factory=list)
    files: list[discord.File] = field(default_factory=list)
    view: discord.ui.View | None = None

    def kwargs(self) -> dict[str, Any]:
        data: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
        if self.embeds:
            data["embeds"] = self.embeds
        if self.files:
            data["files"] = self.files
        if self.view is not None:
            data["view"] = self.view
        return data

    def edit_kwargs(self) -> dict[str, Any]:
        """The page as an edit of a message: files are its attachments; an edit without a
        view leaves the message's buttons as they are."""
        data = self.kwargs()
        data["attachments"] = data.pop("files", [])
        data.setdefault("embeds", [])
        return data


def _embed_size(embed: discord.Embed) -> int:
    return len(embed)


class _Packer:
    def __init__(self, colour: discord.Colour) -> None:
        self.colour = colour
        self.pages: list[list[discord.Embed]] = []
        self.embed: discord.Embed | None = None
        self.total = 0

    def _new_embed(self, title: str | None = None) -> discord.Embed:
        embed = discord.Embed(colour=self.colour, title=title)
        if not self.pages or len(self.pages[-1]) >= EMBEDS_PER_MESSAGE:
            self.pages.append([])
            self.total = 0
        self.pages[-1].append(embed)
        self.total += _embed_size(embed)
        self.embed = embed
        return embed

    def _room(self, size: int) -> bool:
        return self.total + size <= MESSAGE_TOTAL_LIMIT

    def _new_page(self) -> None:
        self.pages.append([])
        self.total = 0

    def title(self, title: str) -> None:
        self._new_embed(truncate(title, TITLE_LIMIT))

    def description(self, chunk: str) -> None:
        if self.embed is None or self.embed.description or not self._room(len(chunk)):
            if not self._room(len(chunk)):
                self._new_page()
            self._new_embed()
        assert self.embed is not None
        self.embed.description = chunk
        self.total += len(chunk)

    def field(self, name: str, value: str, inline: bool) -> None:
        size = len(name) + len(value)
        if not self._room(size):
            self._new_page()
            self._new_embed()
        elif self.embed is None or len(self.embed.fields) >= FIELD_COUNT_LIMIT:
            self._new_embed()
        assert self.embed is not None
        self.embed.add_field(name=name, value=value, inline=inline)
        self.total += size


def render(msg: Message) -> list[Page]:
    """The Discord messages that show `msg`, in order; empty when there is nothing to show."""
    packer = _Packer(ERROR_COLOUR if msg.error else COLOUR)
    if msg.title:
        packer.title(msg.title)
    for chunk in split_text(msg.text or "", DESCRIPTION_LIMIT):
        packer.description(chunk)
    for f in msg.fields:
        name = truncate(f.name.strip() or EMPTY, FIELD_NAME_LIMIT)
        for i, chunk in enumerate(split_text(f.value or "", FIELD_VALUE_LIMIT) or [EMPTY]):
            # Later parts are numbered, which reads the same in every language.
            shown = name if i == 0 else truncate(f"{f.name.strip()} ({i + 1})", FIELD_NAME_LIMIT)
            packer.field(shown, chunk, f.inline and i == 0)
    pages = [Page(embeds=embeds) for embeds in packer.pages if embeds]
    if msg.attachments:
        if not pages:
            pages.append(Page())
        first = pages[0]
        for att in msg.attachments:
            first.files.append(
                discord.File(
                    io.BytesIO(att.data),
                    filename=att.filename,
                    description=truncate(att.alt, ATTACHMENT_DESCRIPTION) or None,
                )
            )
        image = next((a for a in msg.attachments if a.mime.startswith("image/")), None)
        if image is not None and first.embeds:
            first.embeds[0].set_image(url=f"attachment://{image.filename}")
    if msg.buttons:
        if not pages:
            pages.append(Page())
        view = discord.ui.View(timeout=None)
        for button in msg.buttons[: BUTTONS_PER_ROW * ROWS_PER_MESSAGE]:
            view.add_item(CommandButton(button))
        pages[-1].view = view
    return pages
