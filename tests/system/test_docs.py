"""The command reference in every language (docs/commands*.md) and the English catalogue of
command descriptions are generated from the command declarations and must match them."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "gen_commands_doc.py"


def _generator() -> ModuleType:
    # scripts/ is not a package: load the generator from its file.
    spec = importlib.util.spec_from_file_location("gen_commands_doc", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "name",
    [
        "commands.md",
        "commands.es.md",
        "commands.de.md",
        "commands.fr.md",
        "commands.pt-BR.md",
        "commands.ftl",
    ],
)
def test_generated_files_are_up_to_date(name: str) -> None:
    gen = _generator()
    path, expected = next((p, t) for p, t in gen.expected().items() if p.name == name)
    actual = path.read_text(encoding="utf-8") if path.exists() else ""
    if actual != expected:
        shown = path.relative_to(ROOT)
        diff = difflib.unified_diff(
            actual.splitlines(), expected.splitlines(), str(shown), "generated", lineterm=""
        )
        pytest.fail(
            f"{shown} is out of date with the command declarations: run `make docs` "
            "(python scripts/gen_commands_doc.py) and commit the result.\n\n"
            + "\n".join(list(diff)[:40]),
            pytrace=False,
        )


def test_every_command_is_documented() -> None:
    from bot.features.catalog import REGISTRY

    text = _generator().render(REGISTRY)
    for name, cmd in REGISTRY.items():
        assert f"/{name}\n" in text, name
        assert cmd.usage() in text, name
