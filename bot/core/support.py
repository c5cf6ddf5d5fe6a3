"""The private support reply to crisis language, in the member's language.

`bot.core.safety` decides whether text speaks of suicide or self-harm; this module words
what the member is told: what became of their command (`safety.CrisisOutcome`), then the
community's own `/mod setup resources:` text exactly as written, or the default
resources of the member's language (findahelpline.com and the emergency numbers of the
countries that speak it).
"""

from __future__ import annotations

from bot.core.i18n import Tr
from bot.core.safety import CrisisOutcome

TITLE = "support-title"
DEFAULT_RESOURCES = "support-default-resources"


def crisis_reply(
    tr: Tr,
    resources: str | None,
    command: str,
    outcome: CrisisOutcome = CrisisOutcome.PRIVATE,
    needed: str | None = None,
) -> tuple[str, str]:
    """The title and text of the support reply. `needed` names the required option the
    command could not do without (`text`)."""
    if outcome is CrisisOutcome.STOPPED:
        rest = (
            tr("support-stopped-needs", command=command, option=needed)
            if needed
            else tr("support-stopped", command=command)
        )
    elif outcome is CrisisOutcome.REJECTED:
        rest = tr("support-rejected", command=command)
    else:
        rest = tr("support-private", command=command)
    text = f"{tr('support-kept')} {rest}\n\n{resources or tr(DEFAULT_RESOURCES)}"
    return tr(TITLE), text
