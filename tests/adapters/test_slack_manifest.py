"""The app manifest asks for what the adapter uses: the command, scopes, events, interactivity,
and (distribution mode) the redirect URL and the scopes the install flow asks for."""

from __future__ import annotations

import re
from pathlib import Path

from adapters.slack.oauth import BOT_SCOPES, REDIRECT_PATH

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = (ROOT / "slack-manifest.yml").read_text(encoding="utf-8")
ADAPTER = "\n".join(
    p.read_text(encoding="utf-8") for p in (ROOT / "adapters" / "slack").glob("*.py")
)

# The bot scope each Web API method the adapter calls needs (views.* need none).
SCOPES = {
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_delete": "chat:write",
    "chat_update": "chat:write",
    "conversations_open": "im:write",
    "conversations_info": "channels:read",
    "conversations_list": "channels:read",
    "conversations_history": "channels:history",
    "conversations_replies": "channels:history",
    "users_info": "users:read",
    "users_list": "users:read",
    "files_upload_v2": "files:write",
    "views_open": None,
    "views_publish": None,
}


def _list_after(key: str) -> list[str]:
    """The `- item` lines of the YAML list under `key:` (comments skipped)."""
    lines = MANIFEST.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"{key}:")
    indent = len(lines[start]) - len(lines[start].lstrip())
    items: list[str] = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        if stripped.startswith("- "):
            items.append(stripped[2:].strip())
    return items


def test_every_web_api_method_the_adapter_calls_has_its_scope() -> None:
    names = re.findall(r"\b((?:chat|conversations|users|files|views)_[A-Za-z0-9_]+)\b", ADAPTER)
    used = {n for n in names if not n.endswith("_select")}  # Block Kit menus, not methods
    assert used, "the adapter calls the Web API"
    unknown = used - SCOPES.keys()
    assert not unknown, f"add the scopes of {unknown} to SCOPES and the manifest"
    granted = set(_list_after("bot"))
    missing = {SCOPES[m] for m in used if SCOPES[m]} - granted
    assert not missing, f"the manifest lacks {missing}"
    assert "commands" in granted and "groups:read" in granted


def test_command_events_and_interactivity_point_at_the_app() -> None:
    assert "- command: /rebound" in MANIFEST
    assert "should_escape: true" in MANIFEST
    urls = re.findall(r"(?:request_url|url): (\S+)", MANIFEST)
    assert len(urls) == 3 and all(u == "https://YOUR-HOST/slack/events" for u in urls)
    assert _list_after("bot_events") == ["app_home_opened", "app_uninstalled", "tokens_revoked"]
    assert "is_enabled: true" in MANIFEST
    assert "home_tab_enabled: true" in MANIFEST


def test_the_install_flow_asks_for_the_manifests_scopes_and_comes_back_to_its_redirect_url() -> (
    None
):
    assert list(BOT_SCOPES) == _list_after("bot")
    assert _list_after("redirect_urls") == [f"https://YOUR-HOST{REDIRECT_PATH}"]
