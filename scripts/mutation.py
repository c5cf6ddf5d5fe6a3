"""Mutation testing of Rebound's rule modules with mutmut 3, and a score per module.

    python scripts/mutation.py                      # every module, 20 min budget each
    python scripts/mutation.py grammar recurrence   # some modules
    python scripts/mutation.py --budget 300 streaks # at most 5 minutes of mutants
    python scripts/mutation.py --resume streaks     # only mutants not killed yet
    python scripts/mutation.py --report             # no run: the table from mutants/

`make mutation` runs it (MODULES=..., BUDGET=...). What is mutated and which tests run
is configured in [tool.mutmut] of pyproject.toml: the `only_mutate` globs are the rule
modules below, the tests are tests/unit and tests/features on SQLite only, and mutmut
runs, for each mutant, only the tests that executed the mutated function. For each
module this script runs `mutmut run --max-children JOBS <module>.*`; when the budget runs
out it interrupts mutmut, which keeps every result so far (the rest stay "not checked";
`--resume` carries on, and retests the survivors after new tests). mutmut keeps its
state in mutants/ (ignored by git).

Then it prints, and writes into the results section of docs/mutation.md, one row per
module: mutants, killed, survived, timeout, no tests, not checked and the score,
(killed + timeout) / (mutants tested). A module with no results in mutants/ keeps the
row docs/mutation.md already had. `mutmut show <name>` shows a survivor's diff and
`mutmut browse` all of them.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = Path(sys.executable).parent / "mutmut"
DOC = ROOT / "docs" / "mutation.md"
START = "<!-- mutation-results:start -->"
END = "<!-- mutation-results:end -->"

# Rule modules: name -> globs of source files (matched like mutmut's `only_mutate`, so a
# new sibling such as bot/features/streaks/rules.py belongs to its package's module).
MODULES: dict[str, tuple[str, ...]] = {
    "streaks": ("bot/features/streaks/*",),
    "grammar": ("bot/core/grammar.py",),
    "safety": ("bot/core/safety.py",),
    "privacy": ("bot/features/privacy/*",),
    "cheers": ("bot/features/cheers/*",),
    "recurrence": ("bot/features/checkins/recurrence.py",),
    "scheduler": ("bot/core/scheduler.py", "bot/core/jobs.py"),
}
TARGET = 85.0
SAMPLE_SEED = "rebound-mutation"
DEFAULT_BUDGET = 20 * 60

# mutmut's exit codes per mutant (mutmut.stats.status_by_exit_code); anything else is
# "suspicious".
STATUS = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    2: "interrupted",
    None: "not checked",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    37: "type check",
    -24: "timeout",
    24: "timeout",
    152: "timeout",
    255: "timeout",
    -11: "segfault",
    -9: "segfault",
}
COLUMNS = ("mutants", "killed", "survived", "timeout", "no tests", "not checked", "other")


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    survivors: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def tested(self) -> int:
        return self.total - self.counts["not checked"] - self.counts["skipped"]

    @property
    def score(self) -> float | None:
        caught = self.counts["killed"] + self.counts["timeout"] + self.counts["type check"]
        return 100.0 * caught / self.tested if self.tested else None

    def row(self) -> dict[str, int]:
        known = ("killed", "survived", "timeout", "no tests", "not checked", "skipped")
        other = sum(n for status, n in self.counts.items() if status not in known)
        return {
            "mutants": self.total,
            "killed": self.counts["killed"],
            "survived": self.counts["survived"],
            "timeout": self.counts["timeout"],
            "no tests": self.counts["no tests"],
            "not checked": self.counts["not checked"],
            "other": other,
        }


def mutmut_config() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["mutmut"]


def module_of(path: str) -> str | None:
    for name, globs in MODULES.items():
        if any(fnmatch.fnmatch(path, g) for g in globs):
            return name
    return None


def source_files() -> list[str]:
    """The files mutmut mutates: .py files under source_paths matching only_mutate."""
    cfg = mutmut_config()
    only = cfg.get("only_mutate", [])
    found = []
    for src in cfg.get("source_paths", ["bot/"]):
        for path in sorted((ROOT / src).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not only or any(fnmatch.fnmatch(rel, g) for g in only):
                found.append(rel)
    return found


def check_config() -> None:
    """Every rule module is mutated, and every mutated file belongs to a module."""
    only = mutmut_config().get("only_mutate", [])
    missing = [g for globs in MODULES.values() for g in globs if g not in only]
    if missing:
        sys.exit(f"[tool.mutmut] only_mutate lacks {missing}: add them to pyproject.toml")
    stray = [f for f in source_files() if module_of(f) is None]
    if stray:
        print(f"note: mutated but in no module of scripts/mutation.py: {stray}")


def patterns(module: str) -> list[str]:
    """mutmut mutant-name patterns for a module's files (`bot.core.grammar.*`)."""
    found = []
    for glob in MODULES[module]:
        dotted = glob.removesuffix(".py").removesuffix("/*").replace("/", ".")
        found.append(f"{dotted}.*")
    return found


def load_meta(path: str) -> dict[str, int | None]:
    import json

    meta = ROOT / "mutants" / (path + ".meta")
    if not meta.exists():
        return {}
    with open(meta) as f:
        return json.load(f).get("exit_code_by_key", {})


def tally() -> dict[str, Tally]:
    tallies = {name: Tally() for name in MODULES}
    for path in source_files():
        module = module_of(path)
        if module is None:
            continue
        for key, code in load_meta(path).items():
            status = STATUS.get(code, "suspicious")
            tallies[module].counts[status] += 1
            if status in ("survived", "no tests"):
                tallies[module].survivors.append(key)
    return tallies


def not_killed(module: str) -> list[str]:
    """Mutants of `module` not yet tested, or that survived or had no tests."""
    return [
        key
        for path in source_files()
        if module_of(path) == module
        for key, code in load_meta(path).items()
        if STATUS.get(code) in ("not checked", "survived", "no tests")
    ]


def all_mutants(module: str) -> list[str]:
    return [key for path in source_files() if module_of(path) == module for key in load_meta(path)]


def sampled(module: str, size: int, env: dict[str, str]) -> list[str]:
    """A fixed random sample of `size` of the module's mutants (all when fewer). mutmut
    makes the mutants on its first run, so a run that tests none makes them first."""
    keys = all_mutants(module)
    if not keys:
        nothing = patterns(module)[0].removesuffix("*") + "no_such_function__mutmut_0"
        subprocess.run([str(MUTMUT), "run", nothing], cwd=ROOT, env=env, check=False)
        keys = all_mutants(module)
        if not keys:
            sys.exit(f"{module}: mutmut made no mutants to sample from (see its output above)")
    if len(keys) <= size:
        return keys
    return sorted(random.Random(f"{SAMPLE_SEED}:{module}").sample(sorted(keys), size))


def run_module(
    module: str, *, jobs: int, budget: float, resume: bool, sample: int | None = None
) -> float:
    """Run mutmut on one module within `budget` seconds; return the seconds it took."""
    # CI=1: Hypothesis runs derandomised, without a deadline (the trampolines are slow).
    env = {**os.environ, "CI": "1"}
    names = patterns(module) if sample is None else sampled(module, sample, env)
    if resume:
        untested = set(not_killed(module))
        names = [n for n in names if n in untested] if sample is not None else sorted(untested)
        if not names:
            print(f"{module}: every mutant is killed")
            return 0.0
    command = [str(MUTMUT), "run", "--max-children", str(jobs), *names]
    what = " ".join(patterns(module)) if sample is None else f"{len(names)} sampled mutants"
    print(f"\n== {module}: mutmut run {what} (budget {budget:.0f} s)")
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        proc.wait(timeout=budget)
    except subprocess.TimeoutExpired:
        print(f"\n{module}: budget of {budget:.0f} s spent, stopping mutmut (results so far kept)")
        # SIGINT to mutmut alone: it stops its workers and keeps the results it has.
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    except KeyboardInterrupt:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait()
        raise
    return time.monotonic() - started


def table(tallies: dict[str, Tally], seconds: dict[str, float]) -> list[str]:
    head = ["module", *COLUMNS, "score", "last run"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, t in tallies.items():
        score = "—" if t.score is None else f"{t.score:.1f}%"
        runtime = f"{seconds[name] / 60:.1f} min" if name in seconds else ""
        cells = [name, *(str(v) for v in t.row().values()), score, runtime]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def write_doc(tallies: dict[str, Tally], seconds: dict[str, float]) -> None:
    """Replace the results table of docs/mutation.md, keeping rows of modules not in mutants/."""
    if not DOC.exists():
        print(f"{DOC.relative_to(ROOT)} is missing; not writing results")
        return
    text = DOC.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{DOC.relative_to(ROOT)} has no {START} ... {END} section; not writing results")
        return
    before, rest = text.split(START, 1)
    old, after = rest.split(END, 1)
    old_rows = {
        line.split("|")[1].strip(): line
        for line in old.splitlines()
        if line.startswith("| ") and not line.startswith("| module")
    }
    today = date.today().isoformat()
    lines = table(tallies, seconds)
    lines[0] = lines[0].removesuffix(" |") + " | measured |"
    lines[1] += "---|"
    for i, (name, t) in enumerate(tallies.items(), start=2):
        if t.tested == 0 and name in old_rows:
            lines[i] = old_rows[name]
        elif t.tested == 0:
            lines[i] = lines[i].removesuffix(" |") + " | not run |"
        else:
            lines[i] = lines[i].removesuffix(" |") + f" | {today} |"
    DOC.write_text(before + START + "\n" + "\n".join(lines) + "\n" + END + after, encoding="utf-8")
    print(f"results written to {DOC.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation scores of the rule modules.")
    parser.add_argument("modules", nargs="*", metavar="MODULE", help=", ".join(MODULES))
    parser.add_argument(
        "--budget", type=float, default=DEFAULT_BUDGET, help="seconds per module (default 1200)"
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutmut workers")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="only mutants not killed yet: after a budget ran out, or to retest survivors",
    )
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="test a fixed random sample of N mutants per module (the rest stay not checked)",
    )
    parser.add_argument("--report", action="store_true", help="print the table, run nothing")
    parser.add_argument(
        "--no-doc", action="store_true", help="do not write docs/mutation.md's results"
    )
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module(s) {unknown}; choose from {', '.join(MODULES)}")
    check_config()
    selected = args.modules or list(MODULES)
    seconds: dict[str, float] = {}
    if not args.report:
        for module in selected:
            seconds[module] = run_module(
                module, jobs=args.jobs, budget=args.budget, resume=args.resume, sample=args.sample
            )
    tallies = tally()
    print()
    print("\n".join(table(tallies, seconds)))
    low = [n for n, t in tallies.items() if t.score is not None and t.score < TARGET]
    if low:
        print(f"\nbelow the {TARGET:.0f}% target: {', '.join(low)}")
    if args.survivors or not args.report:
        for name in selected:
            if tallies[name].survivors:
                print(f"\n{name}: {len(tallies[name].survivors)} not killed (mutmut show NAME)")
                for key in tallies[name].survivors:
                    print(f"  {key}")
    if not args.no_doc and not args.report:
        write_doc(tallies, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
