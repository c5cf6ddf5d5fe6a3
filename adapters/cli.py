"""The `rebound` command: console, discord, slack, migrate, run."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import sys
from pathlib import Path

from bot.core import logs
from bot.core.clock import parse_instant
from bot.core.config import Config, ConfigError, database_url, load_dotenv_file
from bot.store.db import (
    DATABASE_ERRORS,
    BadDatabaseURL,
    SchemaOutdated,
    migrate,
    open_database,
    redact,
    safe_url,
)

log = logging.getLogger("rebound")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rebound", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    console = sub.add_parser("console", help="a simulated community in the terminal (SQLite)")
    console.add_argument("--db", help="database URL (default: DATABASE_URL or ./rebound.db)")
    console.add_argument("--json", action="store_true", help="one JSON object per message")
    console.add_argument("--script", help="read transcript lines from FILE instead of stdin")
    console.add_argument("--clock", help="starting time, ISO-8601 (default: now)")
    console.add_argument("--community", default="demo", help="community name (default: demo)")
    console.add_argument("--files", help="where pictures and exports go (default: rebound-files)")
    discord = sub.add_parser("discord", help="run the Discord bot (DISCORD_TOKEN)")
    discord.add_argument(
        "--invite-url", action="store_true", help="print the install link and exit"
    )
    sub.add_parser("slack", help="run the Slack app (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)")
    sub.add_parser("migrate", help="upgrade the database schema")
    sub.add_parser("run", help="pick the adapter from the environment (else the console)")
    return parser


def main(argv: list[str] | None = None) -> int:
    load_dotenv_file()
    args = build_parser().parse_args(argv)
    try:
        config = _configure(args)
    except ConfigError as exc:
        # One line naming the setting, never its value (a database URL holds a password).
        print(f"rebound: {exc.setting} {exc.problem}", file=sys.stderr)
        return 2
    command = args.command or "console"
    if command == "run":
        if config.discord_token:
            command = "discord"
        elif config.slack_bot_token:
            command = "slack"
        else:
            command = "console"
    if command == "console" and args.command != "console":
        args = build_parser().parse_args(["console"])
    if command == "console" and args.script:
        problem = _unreadable(args.script)
        if problem:
            print(f"rebound: --script {problem}", file=sys.stderr)
            return 2
    quiet_console = command == "console"
    logs.setup(config.secrets(), logging.WARNING if quiet_console else logging.INFO)
    try:
        if command == "console":
            return asyncio.run(_console(args, config))
        if command == "migrate":
            return asyncio.run(_migrate(config))
        if command == "discord":
            from adapters.discord import adapter as discord_adapter

            return discord_adapter.main(config, invite_url=args.invite_url)
        if command == "slack":
            from adapters.slack import adapter as slack_adapter

            return slack_adapter.main(config)
    except SchemaOutdated as exc:
        print(f"rebound: {exc}", file=sys.stderr)
        return 2
    except BadDatabaseURL:
        print(
            "rebound: the database URL is not one I can read; use sqlite:///rebound.db "
            "or postgresql://user:password@host/name",
            file=sys.stderr,
        )
        return 2
    except DATABASE_ERRORS as exc:
        # Through the log, so the secrets filter blanks any password in the message.
        log.error("cannot use the database %s: %s", safe_url(config.database_url), exc)
        return 1
    except KeyboardInterrupt:
        return 130
    return 2


def _configure(args: argparse.Namespace) -> Config:
    """The configuration from the environment and the command line (`ConfigError` if bad)."""
    config = Config.from_env()
    if getattr(args, "db", None):
        # `--db` wins over DATABASE_URL, and its password is a secret like any other.
        config = dataclasses.replace(config, database_url=database_url(args.db, "--db"))
    return config


def _unreadable(path: str) -> str | None:
    """What is wrong with a transcript file, or None when it can be read."""
    try:
        with open(path, encoding="utf-8") as f:
            f.read(1)
    except FileNotFoundError:
        return "names a file that does not exist"
    except IsADirectoryError:
        return "names a directory, not a file"
    except PermissionError:
        return "names a file I may not read"
    except (OSError, UnicodeDecodeError):
        return "names a file I cannot read as UTF-8 text"
    return None


async def _console(args: argparse.Namespace, config: Config) -> int:
    from adapters.base import open_store
    from adapters.console.adapter import run_console

    async with open_store(config.database_url) as db:
        try:
            start = parse_instant(args.clock) if args.clock else None
        except ValueError:
            print(f"rebound: --clock {args.clock!r} is not an ISO instant", file=sys.stderr)
            return 2
        await run_console(
            db,
            script=args.script,
            json_mode=args.json,
            start=start,
            community=args.community,
            files_dir=Path(args.files) if args.files else None,
        )
    return 0


async def _migrate(config: Config) -> int:
    db = open_database(config.database_url)
    try:
        await migrate(db)
        print(f"rebound: {redact(db.url)} is at the newest schema")
    finally:
        await db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
