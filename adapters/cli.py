"""The `rebound` command: console, discord, slack, migrate, run, communities, community purge."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import sys
from pathlib import Path

from bot.core import lifecycle, logs
from bot.core.clock import parse_instant
from bot.core.config import Config, ConfigError, database_url, load_dotenv_file
from bot.store.communities import CommunitySummary, find_community, list_communities
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
    console.add_argument(
        "--locale",
        help="the platform language of every member and of the community, like es or de-DE "
        "(default: none, so English until someone chooses a language)",
    )
    discord = sub.add_parser("discord", help="run the Discord bot (DISCORD_TOKEN)")
    discord.add_argument(
        "--invite-url", action="store_true", help="print the install link and exit"
    )
    sub.add_parser("slack", help="run the Slack app (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)")
    sub.add_parser("migrate", help="upgrade the database schema")
    sub.add_parser(
        "communities", help="list every community: platform, status, members, last activity"
    )
    community = sub.add_parser("community", help="act on one community")
    actions = community.add_subparsers(dest="action", required=True)
    purge = actions.add_parser(
        "purge", help="erase a community and everything stored about it, now (asks first)"
    )
    purge.add_argument("id", help="its ID in `rebound communities`, or its key (discord:123)")
    purge.add_argument(
        "--confirm",
        metavar="NAME",
        help="the community's name or key, instead of typing it when asked",
    )
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
        elif config.slack_bot_token or config.slack_distribution:
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
    quiet = command in {"console", "communities", "community"}
    logs.setup(config.secrets(), logging.WARNING if quiet else logging.INFO)
    try:
        if command == "console":
            return asyncio.run(_console(args, config))
        if command == "migrate":
            return asyncio.run(_migrate(config))
        if command == "communities":
            return asyncio.run(_communities(config))
        if command == "community":
            return asyncio.run(_purge(config, args.id, args.confirm))
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
            locale=args.locale,
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


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()
        for row in [header, *rows]
    ]


def _status(found: CommunitySummary) -> str:
    if found.uninstalled_at is None:
        return found.status
    until = found.uninstalled_at + lifecycle.RETENTION
    return f"{found.status} {found.uninstalled_at:%Y-%m-%d}, erased after {until:%Y-%m-%d}"


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _label(found: CommunitySummary) -> str:
    return found.key if found.name == found.key else f"{_short(found.name)} ({found.key})"


async def _communities(config: Config) -> int:
    from adapters.base import open_store

    async with open_store(config.database_url) as db:
        found = await list_communities(db)
    if not found:
        print("No communities yet: one appears when Rebound is installed or first used.")
        return 0
    rows = [
        [
            str(c.id),
            c.platform,
            _short(c.name),
            _status(c),
            str(c.members),
            f"{c.last_activity:%Y-%m-%d %H:%M}" if c.last_activity else "never",
        ]
        for c in found
    ]
    header = ["ID", "PLATFORM", "NAME", "STATUS", "MEMBERS", "LAST ACTIVITY (UTC)"]
    print("\n".join(_table(header, rows, right={4})))
    return 0


def _ask(prompt: str) -> str | None:
    """A line typed in answer to `prompt`, or None when nothing can be typed (no input)."""
    try:
        typed = input(prompt)
    except EOFError:
        typed = None
    if typed is None or not sys.stdin.isatty():
        print()  # what was typed (or piped) ended no line of the output
    return typed


async def _purge(config: Config, ref: str, confirm: str | None) -> int:
    from adapters.base import open_store

    async with open_store(config.database_url) as db:
        found = await find_community(db, ref)
        if found is None:
            print(
                f"rebound: there is no community {ref}; `rebound communities` lists them",
                file=sys.stderr,
            )
            return 2
        people = "1 member" if found.members == 1 else f"{found.members} members"
        what = f"{people} and all they recorded, " if found.members else ""
        print(
            f"This erases {_label(found)} and everything Rebound stores about it: "
            f"{what}posts, schedules and settings. It cannot be undone."
        )
        typed = confirm if confirm is not None else _ask("Type the community's name to confirm: ")
        if not typed or not typed.strip():
            print(
                "rebound: nothing was erased: type the community's name (or its key) when "
                "asked, or pass --confirm NAME",
                file=sys.stderr,
            )
            return 2
        if typed.strip() not in {found.name, found.key}:
            print(
                f"rebound: nothing was erased: {typed.strip()!r} is not the name "
                f"({found.name!r}) or the key ({found.key!r}) of community {found.id}",
                file=sys.stderr,
            )
            return 2
        erased = await lifecycle.purge(db, found.id)
    print(f"Erased {_label(found)}: {erased} rows.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
