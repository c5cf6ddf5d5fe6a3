"""Configuration from the environment (and a `.env` file); secrets are never printed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.store.db import DEFAULT_URL, normalise_url
from bot.store.secrets import key_problem, old_keys

# The database drivers Rebound runs on (after `normalise_url`).
DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")


class ConfigError(Exception):
    """A setting that cannot be used: `setting` names it, `problem` says what is wrong.
    Neither ever holds the setting's value (it may be a secret)."""

    def __init__(self, setting: str, problem: str) -> None:
        super().__init__(f"{setting} {problem}")
        self.setting = setting
        self.problem = problem


def _number(e: dict[str, str], name: str, low: int, high: int | None = None) -> int | None:
    text = (e.get(name) or "").strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise ConfigError(name, "must be a whole number") from None
    if high is not None and not low <= value <= high:
        raise ConfigError(name, f"must be between {low} and {high}")
    if value < low:
        raise ConfigError(name, f"must be at least {low}")
    return value


def _shard_ids(e: dict[str, str]) -> tuple[int, ...] | None:
    text = e.get("DISCORD_SHARD_IDS")
    if not text:
        return None
    parts = [x.strip() for x in text.split(",") if x.strip()]
    if not all(p.isdigit() for p in parts):
        raise ConfigError("DISCORD_SHARD_IDS", "must be whole numbers 0 or more, like 0,1,2")
    return tuple(int(p) for p in parts)


def _secret_keys(e: dict[str, str]) -> tuple[str | None, tuple[str, ...]]:
    """REBOUND_SECRET_KEY and REBOUND_SECRET_KEYS_OLD, each checked to be a key (by name:
    the keys themselves are never shown)."""
    key = (e.get("REBOUND_SECRET_KEY") or "").strip() or None
    if key is not None and (problem := key_problem(key)):
        raise ConfigError("REBOUND_SECRET_KEY", problem)
    old = old_keys(e.get("REBOUND_SECRET_KEYS_OLD"))
    for n, text in enumerate(old, start=1):
        if problem := key_problem(text):
            raise ConfigError("REBOUND_SECRET_KEYS_OLD", f"(key {n} of {len(old)}) {problem}")
    return key, old


def database_url(text: str | None, setting: str = "DATABASE_URL") -> str:
    """`text` as a database URL Rebound can use, or a `ConfigError` naming `setting` (and
    never the URL, which holds the password)."""
    url = normalise_url(text)
    try:
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError):
        raise ConfigError(
            setting, "is not a URL I can read; use sqlite:///rebound.db or postgresql://..."
        ) from None
    if parsed.drivername not in DRIVERS:
        raise ConfigError(setting, "must be a sqlite:/// or postgresql:// URL")
    if port is not None and not 1 <= port <= 65535:
        raise ConfigError(setting, "has a port outside 1-65535")
    if parsed.drivername.startswith("sqlite") and parsed.database in (None, "", ":memory:"):
        raise ConfigError(setting, "must name a SQLite file, like sqlite:///rebound.db")
    return url


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
    # Slack distribution mode: one app installed by many workspaces through OAuth.
    slack_client_id: str | None = None
    slack_client_secret: str | None = field(default=None, repr=False)
    slack_redirect_uri: str | None = None
    # Seals the tokens Rebound stores (`bot.store.secrets`); old keys still open them.
    secret_key: str | None = field(default=None, repr=False)
    old_secret_keys: tuple[str, ...] = field(default=(), repr=False)
    port: int = 3000
    # `/metrics` and `/healthz` on a port of their own (`adapters.ops`); None: not served.
    metrics_port: int | None = None

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Config:
        """The configuration from `env` (default: the environment); a `ConfigError` names
        the first setting that cannot be used."""
        e = dict(os.environ if env is None else env)
        secret_key, old_secret_keys = _secret_keys(e)
        return cls(
            database_url=database_url(e.get("DATABASE_URL")),
            discord_token=e.get("DISCORD_TOKEN") or None,
            discord_guild_id=e.get("DISCORD_GUILD_ID") or None,
            discord_api_base=e.get("DISCORD_API_BASE") or None,
            discord_gateway_url=e.get("DISCORD_GATEWAY_URL") or None,
            discord_shard_count=_number(e, "DISCORD_SHARD_COUNT", 1),
            discord_shard_ids=_shard_ids(e),
            slack_bot_token=e.get("SLACK_BOT_TOKEN") or None,
            slack_signing_secret=e.get("SLACK_SIGNING_SECRET") or None,
            slack_app_token=e.get("SLACK_APP_TOKEN") or None,
            slack_api_url=e.get("SLACK_API_URL") or None,
            slack_client_id=e.get("SLACK_CLIENT_ID") or None,
            slack_client_secret=e.get("SLACK_CLIENT_SECRET") or None,
            slack_redirect_uri=e.get("SLACK_REDIRECT_URI") or None,
            secret_key=secret_key,
            old_secret_keys=old_secret_keys,
            port=_number(e, "PORT", 1, 65535) or 3000,
            metrics_port=_number(e, "METRICS_PORT", 1, 65535),
        )

    @property
    def slack_distribution(self) -> bool:
        """Slack distribution mode: an OAuth client and no single workspace's bot token."""
        return bool(self.slack_client_id and self.slack_client_secret and not self.slack_bot_token)

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
                self.slack_client_secret,
                self.secret_key,
                *self.old_secret_keys,
                password,
            )
            if s
        ]
