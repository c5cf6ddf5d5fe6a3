"""Secrets at rest: the platform tokens Rebound keeps are encrypted with `REBOUND_SECRET_KEY`.

A `SecretBox` seals text with Fernet (AES-128-CBC with an HMAC-SHA256, from the
`cryptography` package) under the current key, and opens text sealed under the current
key or any old key (`REBOUND_SECRET_KEYS_OLD`, comma-separated), through a `MultiFernet`.
A sealed value is tamper-evident: a wrong key or an altered value fails to open, it never
decrypts to something else.

Rotating the key: make a new key, set it as `REBOUND_SECRET_KEY` and move the previous
one to `REBOUND_SECRET_KEYS_OLD`, then restart. Every new write is sealed under the new
key at once, reads still open old values, and at start-up each stored secret still
sealed under an old key is sealed again under the new one (`reseal`, written only if the
row did not change meanwhile). Once every process has restarted, the old key can be
dropped. A key that opens none of what is stored is refused at start-up, by name.
"""

from __future__ import annotations

import binascii
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

# How a key is made (shown when a key is missing or cannot be used).
MAKE_KEY = (
    'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)


class SecretUnreadable(Exception):
    """A sealed value that none of the keys opens (a wrong key, or an altered value)."""


def key_problem(text: str) -> str | None:
    """What is wrong with `text` as a key (never the key itself), or None if it is one."""
    try:
        Fernet(text.strip().encode())
    except (ValueError, binascii.Error):
        return (
            f"is not a key I can use: it must be 32 bytes in URL-safe base64, as {MAKE_KEY} makes"
        )
    return None


def old_keys(text: str | None) -> tuple[str, ...]:
    """The old keys listed in `text` (comma-separated), blanks left out."""
    return tuple(k.strip() for k in (text or "").split(",") if k.strip())


class SecretBox:
    """Seals under `key`; opens what `key` or any of `old` sealed."""

    def __init__(self, key: str, old: Sequence[str] = ()) -> None:
        self._current = Fernet(key.strip().encode())
        self._all = MultiFernet([self._current, *(Fernet(k.strip().encode()) for k in old)])

    def seal(self, text: str) -> str:
        return self._all.encrypt(text.encode()).decode()

    def open(self, sealed: str) -> str:
        try:
            return self._all.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise SecretUnreadable() from None

    def is_current(self, sealed: str) -> bool:
        """Whether `sealed` is sealed under the current key."""
        try:
            self._current.decrypt(sealed.encode())
        except InvalidToken:
            return False
        return True

    def reseal(self, sealed: str) -> str:
        """`sealed` sealed again under the current key (`SecretUnreadable` if no key opens it)."""
        try:
            return self._all.rotate(sealed.encode()).decode()
        except InvalidToken:
            raise SecretUnreadable() from None
