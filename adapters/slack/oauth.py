"""Slack distribution mode: one app that many workspaces install, on bolt's OAuth v2 flow.

With SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (and no SLACK_BOT_TOKEN), `rebound slack`
serves bolt's install flow: `GET /slack/install` redirects the browser to Slack's
authorize page with the manifest's scopes (`BOT_SCOPES`), a fresh `state` noted in the
database and the same state in a cookie; `GET /slack/oauth_redirect` checks the cookie
against the state, uses the state up, exchanges the code (`oauth.v2.access`) and stores
the installation — then shows what to do next, or a page saying clearly why nothing was
installed. Everything here is bolt's own machinery (`AsyncOAuthSettings`,
`AsyncInstallationStoreAuthorize`, `AsyncTokenRotator`) over stores kept in Rebound's
database (`bot.store.slack_installs`), with every token sealed by REBOUND_SECRET_KEY.

Each request is authorized with its own workspace's token, looked up by bolt's
`authorize` (refreshed first when token rotation is on and it is about to expire). An
Enterprise Grid org-wide install answers every workspace of the org, and each workspace
stays its own community (`slack:<T…>`). Messages the scheduler sends for a community use
that community's token (`Distribution.bot_token`, refreshed the same way).

The Web API clients log through `API_LOGGER`, held at INFO: the SDK's debug lines print
request and response bodies, which carry tokens, and are never produced.
"""

from __future__ import annotations

import html
import logging
import secrets
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.oauth.async_callback_options import (
    AsyncCallbackOptions,
    AsyncFailureArgs,
    AsyncSuccessArgs,
)
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from slack_sdk.oauth.state_utils import OAuthStateUtils
from slack_sdk.oauth.token_rotation.async_rotator import AsyncTokenRotator
from slack_sdk.web.async_client import AsyncWebClient

from bot.core import i18n, lifecycle
from bot.core.clock import Clock
from bot.core.config import Config, ConfigError
from bot.store import slack_installs as installs
from bot.store.db import DATABASE_ERRORS, Database
from bot.store.secrets import SecretBox, SecretUnreadable

log = logging.getLogger(__name__)

# The bot scopes of slack-manifest.yml (tests/adapters/test_slack_manifest.py keeps them equal).
BOT_SCOPES = (
    "commands",
    "chat:write",
    "chat:write.public",
    "im:write",
    "users:read",
    "channels:read",
    "groups:read",
    "channels:history",
    "groups:history",
    "files:write",
)
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = OAuthStateUtils.default_expiration_seconds
# Refresh a rotating token this long before it expires (bolt's default).
ROTATION_MINUTES = 120
API_LOGGER = logging.getLogger("rebound.slack_api")
API_LOGGER.setLevel(logging.INFO)

NOT_INSTALLED = (
    "Rebound is not installed in this workspace, so I cannot answer here. A workspace "
    "admin can add Rebound to Slack{where}; if it was removed less than 30 days ago, "
    "streaks, check-ins and settings are all still here."
)


def community_key(team_id: str) -> str:
    return f"slack:{team_id}"


def authorize_url(api_url: str | None) -> str | None:
    """Slack's authorize page beside a Web API base URL other than Slack's own (a local fake
    in tests): `http://host/api/` → `http://host/oauth/v2/authorize`. None: Slack's."""
    if not api_url:
        return None
    parts = urlsplit(api_url)
    return urlunsplit((parts.scheme, parts.netloc, "/oauth/v2/authorize", "", ""))


def install_url(redirect_uri: str | None) -> str | None:
    """Where a workspace installs Rebound, beside the configured redirect URL."""
    if not redirect_uri:
        return None
    parts = urlsplit(redirect_uri)
    return urlunsplit((parts.scheme, parts.netloc, INSTALL_PATH, "", ""))


def _at(timestamp: float | int | None) -> datetime | None:
    return datetime.fromtimestamp(timestamp, UTC) if timestamp is not None else None


def _epoch(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment is not None else None


# --- the stores -------------------------------------------------------------------------


class DatabaseInstallationStore(AsyncInstallationStore):
    """Bolt's installation store on Rebound's database. Rebound asks for bot scopes only,
    so an installation is its bot: a user token Slack might return is not kept."""

    def __init__(self, db: Database, box: SecretBox, clock: Clock) -> None:
        self.db = db
        self.box = box
        self.clock = clock

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        if installation.bot_token is None:
            log.warning("an installation without a bot token was not saved")
            return
        bot = installation.to_bot()
        bot.custom_values = {**bot.custom_values, "installer_user_id": installation.user_id}
        await self.async_save_bot(bot)

    async def async_save_bot(self, bot: Bot) -> None:
        key = installs.install_key(bot.enterprise_id, bot.team_id, bot.is_enterprise_install)
        if key is None:
            log.warning("an installation naming no workspace or org was not saved")
            return
        record = installs.Install(
            key=key,
            bot_token=bot.bot_token,
            enterprise_id=bot.enterprise_id,
            enterprise_name=bot.enterprise_name,
            team_id=bot.team_id,
            team_name=bot.team_name,
            is_enterprise_install=bot.is_enterprise_install,
            app_id=bot.app_id,
            bot_id=bot.bot_id,
            bot_user_id=bot.bot_user_id,
            bot_scopes=",".join(bot.bot_scopes or []),
            bot_refresh_token=bot.bot_refresh_token,
            bot_token_expires_at=_at(bot.bot_token_expires_at),
            installer_user_id=bot.custom_values.get("installer_user_id"),
            installed_at=_at(bot.installed_at),
        )
        await installs.save_install(self.db, self.box, record, self.clock.now())

    async def find(
        self, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
    ) -> installs.Install | None:
        """The installation answering a workspace: its own, else its org's org-wide one."""
        key = installs.install_key(enterprise_id, team_id, is_enterprise_install)
        found = await self._open(key)
        if found is None and team_id and not is_enterprise_install:
            org = enterprise_id or await installs.org_of(self.db, team_id)
            found = await self._open(org) if org else None
            if found is not None and not found.is_enterprise_install:
                found = None  # an org's own workspace install never answers for another
        return found

    async def _open(self, key: str | None) -> installs.Install | None:
        if not key:
            return None
        try:
            return await installs.find_install(self.db, self.box, key)
        except SecretUnreadable:
            log.error(
                "the Slack installation %s cannot be opened with REBOUND_SECRET_KEY or "
                "REBOUND_SECRET_KEYS_OLD; it is treated as not installed",
                key,
            )
            return None

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        found = await self.find(enterprise_id, team_id, is_enterprise_install)
        return _bot(found) if found is not None else None

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        found = await self.find(enterprise_id, team_id, is_enterprise_install)
        if found is None or (user_id is not None and user_id != found.installer_user_id):
            return None  # no member's own (user token) installation is ever kept
        bot = _bot(found)
        return Installation(
            app_id=bot.app_id,
            enterprise_id=bot.enterprise_id,
            enterprise_name=bot.enterprise_name,
            team_id=bot.team_id,
            team_name=bot.team_name,
            bot_token=bot.bot_token,
            bot_id=bot.bot_id,
            bot_user_id=bot.bot_user_id,
            bot_scopes=bot.bot_scopes,
            bot_refresh_token=bot.bot_refresh_token,
            bot_token_expires_at=bot.bot_token_expires_at,
            is_enterprise_install=bot.is_enterprise_install,
            installed_at=bot.installed_at,
            user_id=found.installer_user_id or "",
            custom_values=bot.custom_values,
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.forget(enterprise_id, team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        if user_id is None:
            await self.forget(enterprise_id, team_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.forget(enterprise_id, team_id)

    async def forget(self, enterprise_id: str | None, team_id: str | None) -> None:
        """Delete the installation of workspace `team_id`, or of org `enterprise_id` when no
        workspace is named (an org-wide uninstall)."""
        key = team_id or enterprise_id
        if key and await installs.delete_install(self.db, key):
            log.info("the Slack installation %s was deleted", key)


def _bot(found: installs.Install) -> Bot:
    return Bot(
        app_id=found.app_id,
        enterprise_id=found.enterprise_id,
        enterprise_name=found.enterprise_name,
        team_id=found.team_id,
        team_name=found.team_name,
        bot_token=found.bot_token,
        bot_id=found.bot_id or "",
        bot_user_id=found.bot_user_id or "",
        bot_scopes=found.bot_scopes,
        bot_refresh_token=found.bot_refresh_token,
        bot_token_expires_at=_epoch(found.bot_token_expires_at),
        is_enterprise_install=found.is_enterprise_install,
        installed_at=(found.installed_at or datetime.fromtimestamp(0, UTC)).timestamp(),
        custom_values={"installer_user_id": found.installer_user_id},
    )


class DatabaseStateStore(AsyncOAuthStateStore):
    """Bolt's OAuth state store on Rebound's database: a state is good once, for ten minutes."""

    def __init__(self, db: Database, clock: Clock, seconds: int = STATE_SECONDS) -> None:
        self.db = db
        self.clock = clock
        self.seconds = seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: object, **kwargs: object) -> str:
        state = secrets.token_urlsafe(32)
        now = self.clock.now()
        await installs.issue_state(self.db, state, now + timedelta(seconds=self.seconds), now)
        return state

    async def async_consume(self, state: str) -> bool:
        return bool(state) and await installs.consume_state(self.db, state, self.clock.now())


# --- the pages an installer sees -----------------------------------------------------------

# The catalogue's steps after an install, in order.
NEXT_STEPS = ("slack-oauth-step-invite", "slack-oauth-step-setup", "slack-oauth-step-schedule")
# What went wrong, by bolt's reason: (HTTP status, catalogue key of the title and text).
FAILURES: dict[str, tuple[int, str, str]] = {
    "access_denied": (200, "slack-oauth-denied-title", "slack-oauth-denied"),
    "invalid_browser": (400, "slack-oauth-browser-title", "slack-oauth-browser"),
    "invalid_state": (400, "slack-oauth-state-title", "slack-oauth-state"),
    "missing_code": (400, "slack-oauth-unconfirmed-title", "slack-oauth-missing-code"),
    "invalid_code": (400, "slack-oauth-unconfirmed-title", "slack-oauth-invalid-code"),
    "storage_error": (500, "slack-oauth-storage-title", "slack-oauth-storage"),
}
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:38rem;margin:3rem auto;padding:0 1rem;"
    "line-height:1.5;color:#1d1c1d}h1{color:#2f5d50;font-size:1.6rem}"
    "code{background:#f4f4f4;padding:0 .25rem;border-radius:3px}"
)


def reader(request: AsyncBoltRequest | None) -> i18n.Tr:
    """The installer's language: their browser's `Accept-Language` (Rebound knows nobody's
    settings yet), else English."""
    found = request.headers.get("accept-language") if request is not None else None
    return i18n.tr(i18n.from_accept_language(found[0] if found else None))


def markup(text: str) -> str:
    """Catalogue text as HTML: escaped, with its backticked commands as `<code>`."""
    parts = html.escape(text).split("`")
    return "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))


def page(
    status: int, title: str, body: str, state_utils: OAuthStateUtils, tr: i18n.Tr
) -> BoltResponse:
    """An HTML page for the installer's browser; the install's state cookie is cleared."""
    text = (
        f'<!doctype html><html lang="{tr.lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return BoltResponse(
        status=status,
        body=text,
        headers={
            "Content-Type": "text/html; charset=utf-8",
            "Cache-Control": "no-store",
            "Content-Language": tr.lang,
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
            "Set-Cookie": [state_utils.build_set_cookie_for_deletion()],
        },
    )


def success_body(name: str, tr: i18n.Tr, *, returning: bool) -> str:
    """What an installer reads once Rebound is in their workspace: the next steps."""
    where = name or tr("slack-oauth-your-workspace")
    intro = tr("slack-oauth-welcome-back" if returning else "slack-oauth-new", workspace=where)
    steps = "".join(f"<li>{markup(tr(step))}</li>" for step in NEXT_STEPS)
    return f"<p>{markup(intro)}</p><ol>{steps}</ol><p>{markup(tr('slack-oauth-close'))}</p>"


def failure_body(reason: str, install: str, tr: i18n.Tr) -> tuple[int, str, str]:
    """The status, title and text of the page for a failed install, by bolt's reason."""
    link = f'<a href="{html.escape(install, quote=True)}">{markup(tr("slack-oauth-again"))}</a>'
    again = f"{markup(tr('slack-oauth-nothing-changed'))} {link}."
    known = FAILURES.get(reason)
    if known is not None:
        status, title, text = known
        return status, tr(title), f"<p>{markup(tr(text))} {again}</p>"
    shown = reason[:60].replace("`", "'")
    text = markup(tr("slack-oauth-unknown", reason=shown))
    return 400, tr("slack-oauth-unknown-title"), f"<p>{text} {again}</p>"


# --- distribution mode as a whole -----------------------------------------------------------


class Distribution:
    """Distribution mode's parts: the stores, bolt's OAuth settings and `authorize`, the
    pages, and a workspace's token for messages sent outside any request."""

    def __init__(self, config: Config, db: Database, clock: Clock, client: AsyncWebClient) -> None:
        if not (config.slack_client_id and config.slack_client_secret and config.secret_key):
            raise ValueError("distribution mode needs a client id, a client secret and a key")
        self.db = db
        self.clock = clock
        self.box = SecretBox(config.secret_key, config.old_secret_keys)
        self.store = DatabaseInstallationStore(db, self.box, clock)
        self.install_url = install_url(config.slack_redirect_uri)
        client_id, client_secret = config.slack_client_id, config.slack_client_secret
        self.settings = AsyncOAuthSettings(
            client_id=client_id,
            client_secret=client_secret,
            scopes=list(BOT_SCOPES),
            user_scopes=[],
            redirect_uri=config.slack_redirect_uri,
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            install_page_rendering_enabled=False,
            authorization_url=authorize_url(config.slack_api_url),
            installation_store=self.store,
            installation_store_bot_only=True,
            token_rotation_expiration_minutes=ROTATION_MINUTES,
            state_store=DatabaseStateStore(db, clock),
            state_expiration_seconds=STATE_SECONDS,
            callback_options=AsyncCallbackOptions(success=self._installed, failure=self._failed),
            logger=log,
        )
        # Bolt's authorize, refreshing tokens through `client` (the configured Web API).
        self.authorize = AsyncInstallationStoreAuthorize(
            logger=log,
            installation_store=self.store,
            token_rotation_expiration_minutes=ROTATION_MINUTES,
            bot_only=True,
            client=client,
            client_id=client_id,
            client_secret=client_secret,
        )
        self.rotator = AsyncTokenRotator(
            client=client, client_id=client_id, client_secret=client_secret
        )
        self._org_workspaces: set[str] = set()

    @property
    def not_installed(self) -> str:
        """Slack's "please install" answer to a workspace without an installation."""
        where = f" at {self.install_url}" if self.install_url else ""
        return NOT_INSTALLED.format(where=where)

    async def check_keys(self) -> None:
        """At start-up: every stored token opens with the configured keys (else a
        `ConfigError` naming REBOUND_SECRET_KEY), and those under an old key are sealed
        again under the current one."""
        found = await installs.reseal_all(self.db, self.box)
        if found.unreadable:
            raise ConfigError(
                "REBOUND_SECRET_KEY",
                f"does not open {found.unreadable} of the {found.installations} Slack "
                "installations in the database: set it to the key they were saved with, "
                "or list that key in REBOUND_SECRET_KEYS_OLD",
            )
        if found.resealed:
            log.info(
                "%d Slack installations were sealed again with the current key", found.resealed
            )

    async def bot_token(self, team_id: str) -> str | None:
        """The bot token answering workspace `team_id` (refreshed first when it rotates and
        is about to expire), or None when the workspace has no installation."""
        bot = await self.store.async_find_bot(enterprise_id=None, team_id=team_id)
        if bot is None:
            return None
        if bot.bot_refresh_token:
            refreshed = await self.rotator.perform_bot_token_rotation(
                bot=bot, minutes_before_expiration=ROTATION_MINUTES
            )
            if refreshed is not None:
                await self.store.async_save_bot(refreshed)
                bot = refreshed
        return bot.bot_token

    async def served(self, enterprise_id: str | None, team_id: str | None) -> None:
        """Note (once per process) a workspace served through its org's org-wide install."""
        if enterprise_id and team_id and team_id not in self._org_workspaces:
            await installs.note_org_workspace(self.db, team_id, enterprise_id, self.clock.now())
            self._org_workspaces.add(team_id)

    async def communities(
        self, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool
    ) -> list[str]:
        """The communities an installation serves: its workspace's, or (org-wide) those of
        every workspace of the org it has served."""
        if is_enterprise_install and enterprise_id:
            teams = await installs.org_workspaces(self.db, enterprise_id)
            return [community_key(t) for t in teams]
        return [community_key(team_id)] if team_id else []

    async def uninstalled(
        self, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool
    ) -> list[str]:
        """Slack says the app was uninstalled (or its bot token revoked): the installation
        is deleted at once and its communities are marked uninstalled. Returns them."""
        key = installs.install_key(enterprise_id, team_id, is_enterprise_install)
        if key and await installs.delete_install(self.db, key):
            log.info("the Slack installation %s was deleted", key)
        keys = await self.communities(enterprise_id, team_id, is_enterprise_install)
        for community in keys:
            await lifecycle.uninstall(self.db, self.clock, community)
        return keys

    # --- bolt's callbacks -----------------------------------------------------------------
    async def _installed(self, args: AsyncSuccessArgs) -> BoltResponse:
        inst = args.installation
        name = inst.team_name or inst.enterprise_name or ""
        state_utils = args.settings.state_utils
        tr = reader(args.request)
        returning = False
        try:
            for key in await self.communities(
                inst.enterprise_id, inst.team_id, inst.is_enterprise_install
            ):
                returning = (
                    await lifecycle.reinstall(self.db, self.clock, key, name=name) or returning
                )
        except DATABASE_ERRORS:
            log.exception("an installation was saved but its community could not be set up")
            status, title, body = failure_body("storage_error", INSTALL_PATH, tr)
            return page(status, title, body, state_utils, tr)
        log.info(
            "Rebound was installed in %s%s",
            inst.enterprise_id if inst.is_enterprise_install else inst.team_id,
            " (org-wide)" if inst.is_enterprise_install else "",
        )
        title = (
            tr("slack-oauth-installed-in", workspace=name) if name else tr("slack-oauth-installed")
        )
        return page(200, title, success_body(name, tr, returning=returning), state_utils, tr)

    async def _failed(self, args: AsyncFailureArgs) -> BoltResponse:
        tr = reader(args.request)
        status, title, body = failure_body(args.reason, INSTALL_PATH, tr)
        log.info("a Slack install did not complete: %s", args.reason[:60])
        return page(status, title, body, args.settings.state_utils, tr)
