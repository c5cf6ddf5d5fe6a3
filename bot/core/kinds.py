"""The activity kinds members log, and how replies name them: the vocabulary of `/log`,
goals, stats and the moderators' dashboard."""

from __future__ import annotations

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

KIND_LABELS = {
    "applied": "applied",
    "networked": "networked",
    "learned": "learned something",
    "practiced": "practised (mock interview or questions)",
    "interviewed": "interviewed",
    "followed_up": "followed up",
    "researched": "researched a company",
    "resume": "worked on CV, LinkedIn or portfolio",
    "selfcare": "took care of yourself",
    "volunteered": "volunteered",
}
