"""The error model: a `UserError` is the member's to fix; anything else is ours."""

from __future__ import annotations


class UserError(Exception):
    """A rejected command. The transaction rolls back and the member is told what to fix."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class NotModerator(UserError):
    def __init__(self, command: str) -> None:
        super().__init__(
            f"`/{command}` is for moderators of this community.",
            hint="Ask a moderator if you think something needs changing.",
        )


APOLOGY = (
    "Sorry — something went wrong on our side and nothing was changed. "
    "Please try again in a moment; the moderators can see what happened in the logs."
)
