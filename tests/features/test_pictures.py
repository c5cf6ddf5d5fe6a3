"""Pictures: the streak heatmap and the moderators' chart are valid, readable PNGs."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from PIL import Image

from bot.core import pictures
from bot.core.i18n import tr
from bot.core.messages import Attachment
from bot.features.streaks import current_view, heatmap
from tests.support.harness import Community, transcript

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

EN = tr("en")


def decode(data: bytes) -> Image.Image:
    assert data.startswith(PNG_SIGNATURE)
    img = Image.open(io.BytesIO(data))
    img.load()
    return img.convert("RGBA")


def assert_sensible(att: Attachment) -> Image.Image:
    assert att.mime == "image/png" and att.filename.endswith(".png")
    assert len(att.data) < 200_000
    img = decode(att.data)
    assert 200 <= img.width <= 1600 and 150 <= img.height <= 1200
    assert len(att.alt) > 40
    return img


def pixels(img: Image.Image) -> list[tuple[int, ...]]:
    data = img.convert("RGB").tobytes()
    return [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]


def luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def on_background(img: Image.Image, colour: tuple[int, int, int]) -> Image.Image:
    base = Image.new("RGBA", img.size, (*colour, 255))
    return Image.alpha_composite(base, img).convert("RGB")


def test_the_card_reads_the_same_on_light_and_dark_themes() -> None:
    data = pictures.render_heatmap("@ana · last 12 weeks", date(2026, 11, 4), {}, EN)
    img = decode(data)
    light = on_background(img, (255, 255, 255))
    dark = on_background(img, (49, 51, 56))  # Discord's dark theme
    inner = (12, 12, img.width - 12, img.height - 12)
    # The card is opaque, so everything inside it looks identical on both themes.
    assert light.crop(inner).tobytes() == dark.crop(inner).tobytes()
    assert contrast(pictures.TEXT, pictures.CARD) >= 7
    assert contrast(pictures.MUTED, pictures.CARD) >= 4.5
    for colour in (*pictures.ACTIVE_SHADES, pictures.FROZEN, pictures.PAUSED):
        assert contrast(colour, pictures.CARD) >= 3


def test_heatmap_marks_freezes_and_paused_days_differently() -> None:
    today = date(2026, 11, 4)  # a Wednesday: the last column
    monday = today - timedelta(days=2)
    days = {
        monday: ("active", 1),
        monday + timedelta(days=1): ("frozen", 0),
        today: ("paused", 0),
        monday - timedelta(days=7): ("missed", 0),
    }
    img = decode(pictures.render_heatmap("t", today, days, EN)).convert("RGB")
    last = pictures.WEEKS - 1

    def cell(dow: int, week: int = last) -> list[tuple[int, ...]]:
        x0, y0, x1, y1 = pictures.cell_box(week, dow)
        return pixels(img.crop((x0 + 3, y0 + 3, x1 - 2, y1 - 2)))

    active, frozen, paused = cell(0), cell(1), cell(2)
    missed = cell(0, last - 1)
    assert pictures.ACTIVE_SHADES[0] in active and pictures.FROZEN not in active
    # A freeze: blue with a snowflake cut out of it.
    assert pictures.FROZEN in frozen and pictures.CARD in frozen
    # A paused day: a hollow square with a pause bar, in another colour.
    assert pictures.PAUSED in paused and pictures.CARD in paused
    assert pictures.FROZEN not in paused and pictures.PAUSED not in frozen
    assert set(missed) == {pictures.MISSED}
    # Days after today are not drawn.
    assert set(cell(3)) == {pictures.CARD}


async def test_streak_attaches_a_heatmap_with_alt_text(community: Community) -> None:
    await community.reply("ana", "/log applied")
    await community.advance("2026-11-04T09:00:00Z")  # the 3rd is missed
    await community.reply("ana", "/log networked")
    await community.reply("ana", "/pause days:2")
    reply = await community.reply("ana", "/streak")
    [att] = reply.attachments
    assert_sensible(att)
    assert "2 active days" in att.alt and "freeze" in att.alt and "paused" in att.alt


async def test_heatmap_days_know_joined_paused_and_weekend_rest(community: Community) -> None:
    await community.reply("ana", "/settings streak_days:weekdays")
    await community.reply("ana", "/log applied")  # Monday 2 November
    await community.advance("2026-11-09T09:00:00Z")
    await community.reply("ana", "/pause days:3")
    async with community.engine.db.sessions() as session, session.begin():
        from bot.core.context import Scope
        from bot.core.messages import MemberRef
        from bot.store.identity import get_or_create_community, get_or_create_member

        c = await get_or_create_community(session, community.key, "", community.clock.now())
        m = await get_or_create_member(session, c, MemberRef("ana", "ana"), community.clock.now())
        scope = Scope(session, c, community.clock.now(), community.engine.registry)
        days = await heatmap.heatmap_days(scope, m, (await current_view(scope, m)).pending_frozen)
    assert days[date(2026, 11, 1)] == ("before", 0)
    assert days[date(2026, 11, 2)][0] == "active"
    assert days[date(2026, 11, 7)] == ("rest", 0)  # Saturday, weekdays mode
    assert days[date(2026, 11, 9)] == ("paused", 0)
    assert date(2026, 11, 4) not in days  # a missed weekday


def test_activity_chart_is_a_sensible_png_with_alt_text() -> None:
    weeks = [date(2026, 9, 14) + timedelta(weeks=i) for i in range(8)]
    counts = {(weeks[-1], "applied"): 12, (weeks[-1], "rejection"): 3, (weeks[2], "win"): 1}
    counts[weeks[-2], "networked"] = 4
    counts[weeks[-2], "cheer"] = 9  # not charted: cheers are not activity
    att = pictures.activity_chart("demo", weeks, counts, EN)
    img = assert_sensible(att)
    assert img.width > img.height
    assert "week of 2 Nov 15" in att.alt and "week of 26 Oct 4" in att.alt
    assert "applications 12" in att.alt and "rejections 3" in att.alt and "wins 1" in att.alt
    assert "Busiest: the week of 2 November" in att.alt
    drawn = set(pixels(img))
    for series, _ in pictures.CHART_SERIES:
        if series.label in {"applications", "rejections", "wins", "networking"}:
            assert series.colour in drawn, series.label


def test_an_empty_community_still_gets_a_readable_chart() -> None:
    weeks = [date(2026, 9, 14) + timedelta(weeks=i) for i in range(8)]
    att = pictures.activity_chart("quiet", weeks, {}, EN)
    assert_sensible(att)
    assert "In all: applications 0" in att.alt


def test_a_one_week_chart_says_one_week() -> None:
    att = pictures.activity_chart("new", [date(2026, 11, 2)], {}, EN)
    assert "in each of the last 1 week, by kind" in att.alt, att.alt


async def test_console_writes_pictures_to_files_and_lists_them(db_url: str, tmp_path: Path) -> None:
    out = await transcript(
        db_url,
        "ana: /log applied\nana: /streak\n!mod mo\nmo: /mod stats\n",
        files=tmp_path,
    )
    streak, stats = out[1], out[2]
    for record, name in ((streak, "streak.png"), (stats, "community-activity.png")):
        [path] = record["attachments"]
        assert path.endswith(name) and Path(path).parent == tmp_path / "files"
        data = Path(path).read_bytes()  # noqa: ASYNC240 — a small local file
        assert data.startswith(PNG_SIGNATURE)
        decode(data)


def test_accented_labels_are_drawn_as_letters_not_boxes() -> None:
    """Spanish, German, French and Portuguese labels need accented letters: each must
    draw its own glyph (a font without them draws the same empty box for all)."""
    from PIL import Image, ImageDraw

    from bot.core.pictures import _font

    font = _font(14)

    def drawn(text: str) -> bytes:
        image = Image.new("L", (40, 24))
        ImageDraw.Draw(image).text((2, 2), text, font=font, fill=255)
        return image.tobytes()

    shapes = {drawn(letter) for letter in "éèêãçüöñ"}
    assert len(shapes) == 8
