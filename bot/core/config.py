"""Configuration from the environment (and a `.env` file); secrets are never printed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.store.db import DEFAULT_URL, normalise_url


def load_dotenv_file() -> None:
    try:
        from dotenv import load_dotenv
    except ImportError:  # pragma: no cover - python-dotenv is a dependency
        return
    load_dotenv(override=False)


@dataclass(frozen=True)
class Config:
    database_url: str = field(default=DEFAULT_URL, repr=False)
    discord_token: str | None = field(default=None, repr=False)
    discord_guild_id: str | None = None
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None
    discord_shard_count: int | None = None
    discord_shard_ids: tuple[int, ...] | None = None
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    port: int = 3000

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Config:
        e = dict(os.environ if env is None else env)
        shard_ids = e.get("DISCORD_SHARD_IDS")
        return cls(
            database_url=normalise_url(e.get("DATABASE_URL")),
            discord_token=e.get("DISCORD_TOKEN") or None,
            discord_guild_id=e.get("DISCORD_GUILD_ID") or None,
            discord_api_base=e.get("DISCORD_API_BASE") or None,
            discord_gateway_url=e.get("DISCORD_GATEWAY_URL") or None,
            discord_shard_count=int(e["DISCORD_SHARD_COUNT"])
            if e.get("DISCORD_SHARD_COUNT")
            else None,
            discord_shard_ids=tuple(int(x) for x in shard_ids.split(",") if x.strip())
            if shard_ids
            else None,
            slack_bot_token=e.get("SLACK_BOT_TOKEN") or None,
            slack_signing_secret=e.get("SLACK_SIGNING_SECRET") or None,
            slack_app_token=e.get("SLACK_APP_TOKEN") or None,
            slack_api_url=e.get("SLACK_API_URL") or None,
            port=int(e.get("PORT") or 3000),
        )

    def secrets(self) -> list[str]:
        """Every value that must never be logged: tokens and the database password."""
        try:
            password = make_url(self.database_url).password
        except ArgumentError:
            password = None
        return [
            str(s)
            for s in (
                self.discord_token,
                self.slack_bot_token,
                self.slack_signing_secret,
                self.slack_app_token,
                password,
            )
            if s
        ]
