"""Bad configuration: one line on stderr naming the setting and what is wrong, exit 2.

Never a traceback, and never a secret: a DATABASE_URL's password does not appear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters import cli

PASSWORD = "s3cret-Pw-77"
SETTINGS = [
    "PORT",
    "DISCORD_SHARD_COUNT",
    "DISCORD_SHARD_IDS",
    "DATABASE_URL",
    "DISCORD_TOKEN",
    "SLACK_BOT_TOKEN",
]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No `.env` file and none of the settings from the machine running the tests."""
    monkeypatch.chdir(tmp_path)
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'rebound.db'}")


def _refused(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and PASSWORD not in out + err
    return lines[0]


@pytest.mark.parametrize(
    ("setting", "value", "says"),
    [
        ("PORT", "eighty", "whole number"),
        ("PORT", "70000", "between 1 and 65535"),
        ("PORT", "0", "between 1 and 65535"),
        ("DISCORD_SHARD_COUNT", "two", "whole number"),
        ("DISCORD_SHARD_COUNT", "0", "at least 1"),
        ("DISCORD_SHARD_IDS", "0,x", "whole numbers"),
        ("DISCORD_SHARD_IDS", "-1", "whole numbers"),
    ],
)
def test_a_bad_number_setting_is_named_in_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    value: str,
    says: str,
) -> None:
    monkeypatch.setenv(setting, value)
    line = _refused(capsys, ["migrate"])
    assert line.startswith("rebound: ") and setting in line and says in line


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://rebound:{PASSWORD}@db.internal:notaport/rebound",
        f"postgresql://rebound:{PASSWORD}@db.internal:99999/rebound",
        f"mysql://rebound:{PASSWORD}@db.internal/rebound",
        f"::::{PASSWORD}",
        "sqlite:///:memory:",
        f"http://rebound:{PASSWORD}@example.com/",
    ],
)
def test_a_bad_database_url_is_named_without_its_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    line = _refused(capsys, ["migrate"])
    assert "DATABASE_URL" in line and "cannot use the database" not in line


def test_a_bad_db_option_is_named_without_its_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = _refused(capsys, ["console", "--db", f"postgresql://u:{PASSWORD}@h:port/x"])
    assert "--db" in line


def test_a_missing_script_is_reported_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    line = _refused(capsys, ["console", "--script", str(tmp_path / "missing.txt")])
    assert "--script" in line and "cannot use the database" not in line
    assert not (tmp_path / "rebound.db").exists()
