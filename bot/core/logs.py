"""Logging set-up with a filter that blanks every configured secret and database password.

The filter runs on every line, in the event loop, on text that may carry what members or
platforms sent: it uses no regular expression, only string searches, so its time is
linear in the length of the line whatever the line's shape. Tokens Rebound never had in
its configuration (each Slack workspace's own, in distribution mode) are blanked by
their shape (`xoxb-...`). Every line says what it is about (`about`): the community and
the command or job being served, or `-` outside any.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from contextvars import ContextVar
from typing import IO

REDACTED = "[redacted]"
_SEPARATOR = "://"
# Characters that end a URL's user name (`[^:/@\s]`) and its password (`[^@\s]`).
_NOT_IN_USER = frozenset(":/@")
# Slack's token prefixes (bot, user, refresh, app-level...): a token is one of these and a
# run of letters, digits, `-` and `.` at least this long in all.
TOKEN_PREFIXES = ("xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxr-", "xoxe.xoxp-", "xapp-")
_TOKEN_MIN = 16
# The community and the command or job a line is about (`about`).
CONTEXT: ContextVar[str] = ContextVar("rebound_log_context", default="-")


@contextlib.contextmanager
def about(community: str, work: str) -> Iterator[None]:
    """Every line logged inside says it is about `community` and `work` (`/log`, a job)."""
    token = CONTEXT.set(f"community={community} {work}")
    try:
        yield
    finally:
        CONTEXT.reset(token)


def _is_token_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-."


def redact_tokens(text: str) -> str:
    """Blank every Slack token (`TOKEN_PREFIXES`) in `text`, in linear time: each candidate
    is the start of a run of token characters, and the search goes on after the run."""
    if "xox" not in text and "xapp-" not in text:
        return text
    out: list[str] = []
    done = pos = 0
    n = len(text)
    found = {"xox": text.find("xox"), "xapp-": text.find("xapp-")}
    while True:
        for pattern, at in found.items():
            if at != -1 and at < pos:
                found[pattern] = text.find(pattern, pos)
        starts = [at for at in found.values() if at != -1]
        if not starts:
            break
        start = min(starts)
        end = start
        while end < n and _is_token_char(text[end]):
            end += 1
        if end - start >= _TOKEN_MIN and text.startswith(TOKEN_PREFIXES, start):
            out.append(text[done:start])
            out.append(REDACTED)
            done = end
        pos = max(end, start + 1)
    out.append(text[done:])
    return "".join(out)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _has_scheme(text: str, at: int) -> bool:
    """Whether a scheme (`name` or `name+driver`) ends just before the `://` at `at`."""
    return at > 0 and _is_word(text[at - 1])


def redact_url_passwords(text: str) -> str:
    """Blank the password of every `scheme://user:password@host` in `text`, in linear time.

    Each `://` is looked at once; the user name after it stops at the first `:/@` or
    space, and the end of a password (the next `@` or space) is searched for once per
    stretch of text, so a line of a million `://` costs no more than one pass over it.
    """
    if _SEPARATOR not in text:
        return text
    out: list[str] = []
    done = 0  # text[:done] is already in `out`
    stop = -1  # the end of the password found last (an `@` or a space), -1: none yet
    stop_is_at = False
    start = text.find(_SEPARATOR)
    while start != -1:
        user_from = start + len(_SEPARATOR)
        next_from = user_from
        if start >= done and _has_scheme(text, start):
            colon = _user_end(text, user_from)
            if colon > user_from and colon < len(text) and text[colon] == ":":
                if stop <= colon:
                    stop, stop_is_at = _password_end(text, colon + 1)
                if stop_is_at and stop > colon + 1:
                    out.append(text[done : colon + 1])
                    out.append(REDACTED)
                    done = stop
                    next_from = stop + 1
            else:
                next_from = max(colon, user_from)
        start = text.find(_SEPARATOR, next_from)
    out.append(text[done:])
    return "".join(out)


def _user_end(text: str, i: int) -> int:
    """Where the user name starting at `i` ends (the index of the `:/@` or space)."""
    n = len(text)
    while i < n and text[i] not in _NOT_IN_USER and not text[i].isspace():
        i += 1
    return i


def _password_end(text: str, i: int) -> tuple[int, bool]:
    """Where a password starting at `i` ends, and whether it ends at an `@`."""
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "@":
            return i, True
        if ch.isspace():
            return i, False
        i += 1
    return n, False


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return redact_tokens(redact_url_passwords(text))

    def filter(self, record: logging.LogRecord) -> bool:
        record.context = CONTEXT.get()
        message = record.getMessage()
        clean = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def setup(secrets: list[str], level: int = logging.INFO, stream: IO[str] | None = None) -> None:
    """Log to standard error (or `stream`) with every secret blanked."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(context)s]: %(message)s")
    )
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
