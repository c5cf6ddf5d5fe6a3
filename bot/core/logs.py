"""Logging set-up with a filter that blanks every configured secret and database password."""

from __future__ import annotations

import logging
import re
from typing import IO

_URL_PASSWORD = re.compile(r"(\w+(?:\+\w+)?://[^:/@\s]+:)([^@\s]+)(@)")


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return _URL_PASSWORD.sub(r"\1[redacted]\3", text)

    def filter(self, record: logging.LogRecord) -> bool:
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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
