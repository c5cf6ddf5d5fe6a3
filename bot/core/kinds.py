"""The activity kinds members log, and how replies name them: the vocabulary of `/log`,
goals, stats and the moderators' dashboard. The words are in `bot/locales/*/kinds.ftl`."""

from __future__ import annotations

from bot.core.i18n import ENGLISH, Tr, tr

KINDS = (
    "applied",
    "networked",
    "learned",
    "practiced",
    "interviewed",
    "followed_up",
    "researched",
    "resume",
    "selfcare",
    "volunteered",
)


def kind_label(kind: str, t: Tr) -> str:
    """How a sentence names `kind`: `learned something`."""
    return t("kind-label", kind=kind)


def kind_name(kind: str, t: Tr) -> str:
    """A kind's short name in lists of goals (`applied 2/5`)."""
    return t("kind-name", kind=kind)


def kind_amount(kind: str, count: int, t: Tr) -> str:
    """The kind as logged: `networked`, or `networked ×3` for more than one."""
    label = kind_label(kind, t)
    return t("kind-times", label=label, count=count) if count > 1 else label


# English labels, for callers that do not know the reader's language yet.
KIND_LABELS = {kind: kind_label(kind, tr(ENGLISH)) for kind in KINDS}
