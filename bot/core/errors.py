"""The error model: a `UserError` is the member's to fix; anything else is ours.

A `UserError` names its message by catalogue key (`Msg`), so it is raised wherever a rule
finds the problem and translated by the engine into the member's language.
"""

from __future__ import annotations

from bot.core.i18n import ENGLISH, Msg, Tr, tr


class UserError(Exception):
    """A rejected command. The transaction rolls back and the member is told what to fix."""

    def __init__(self, message: Msg | str, *, hint: Msg | str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if isinstance(message, str) else message.key)

    def render(self, translator: Tr) -> str:
        """The message and its hint in the reader's language."""
        text = translator.text(self.message)
        return f"{text} {translator.text(self.hint)}" if self.hint else text

    def __str__(self) -> str:
        return self.render(tr(ENGLISH))


class NotModerator(UserError):
    def __init__(self, command: str) -> None:
        super().__init__(
            Msg("error-moderators-only", command=command),
            hint=Msg("error-moderators-only-hint"),
        )


APOLOGY = Msg("error-apology")
