"""Pictures: the streak calendar heatmap (PNG, drawn with Pillow, readable in light and dark themes)."""

from __future__ import annotations

import io
from datetime import timedelta

from sqlalchemy import select

from bot.context import Scope
from bot.models import Member, MemberDay, Pause
from bot.replies import Attachment

WEEKS = 12
CELL = 18
GAP = 4
PAD = 28
COLOURS = {
    "active": (46, 160, 67),
    "frozen": (84, 160, 230),
    "paused": (160, 120, 210),
    "missed": (140, 140, 150),
    "future": (0, 0, 0, 0),
}


async def streak_heatmap(scope: Scope, member: Member) -> Attachment | None:
    """A GitHub-style calendar of the last 12 weeks: Monday rows, one column a week."""
    from PIL import Image, ImageDraw  # imported lazily: start-up stays fast

    today = scope.today(member)
    first = today - timedelta(days=today.weekday() + 7 * (WEEKS - 1))
    rows = await scope.session.execute(
        select(MemberDay.day, MemberDay.status).where(
            MemberDay.member_id == member.id, MemberDay.day >= first
        )
    )
    status = dict(rows.all())
    pauses = (
        await scope.session.execute(
            select(Pause.start_day, Pause.end_day).where(
                Pause.member_id == member.id, Pause.end_day >= first
            )
        )
    ).all()
    width = PAD + WEEKS * (CELL + GAP) + PAD // 2
    height = PAD + 7 * (CELL + GAP) + PAD // 2
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    active = 0
    for week in range(WEEKS):
        for dow in range(7):
            day = first + timedelta(days=7 * week + dow)
            if day > today:
                continue
            kind = status.get(day)
            if kind is None:
                kind = "paused" if any(a <= day <= b for a, b in pauses) else "missed"
            active += kind == "active"
            x = PAD + week * (CELL + GAP)
            y = PAD + dow * (CELL + GAP)
            fill = COLOURS[kind]
            outline = (255, 255, 255) if day == today else None
            draw.rounded_rectangle([x, y, x + CELL, y + CELL], radius=4, fill=fill, outline=outline)
    for dow, label in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        draw.text((2, PAD + dow * (CELL + GAP) + 3), label, fill=(128, 128, 128))
    draw.text((PAD, 6), f"last {WEEKS} weeks", fill=(128, 128, 128))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return Attachment(
        filename="streak.png",
        data=buf.getvalue(),
        mime="image/png",
        alt=(
            f"Calendar of the last {WEEKS} weeks for {member.display_name}: {active} active days; "
            "green active, blue freeze used, purple paused, grey missed."
        ),
    )
