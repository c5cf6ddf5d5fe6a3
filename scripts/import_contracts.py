"""Custom import-linter contracts for Rebound's layers (run by `make lint`).

- `feature_api`: a feature package is used by other code only through the package
  itself (its `__init__`, which declares the public functions in `__all__`); its inner
  modules are private to it.
- `acyclic`: no import cycle among the modules of the given packages, counting imports
  inside functions (lazy imports) and leaving out imports under `TYPE_CHECKING`.
"""

from __future__ import annotations

from typing import Any

from importlinter import Contract, ContractCheck, fields, output


class FeatureApiContract(Contract):
    """Modules outside `bot.features.<name>` import that feature only as the package."""

    type_name = "feature_api"

    container = fields.StringField()

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        container: str = self.container  # type: ignore[assignment]
        prefix = container + "."
        violations: list[dict[str, Any]] = []
        for imported in sorted(graph.modules):
            if not imported.startswith(prefix):
                continue
            parts = imported[len(prefix) :].split(".")
            if len(parts) < 2:
                continue  # the package itself is its public face
            package = prefix + parts[0]
            for importer in sorted(graph.find_modules_that_directly_import(imported)):
                if importer == package or importer.startswith(package + "."):
                    continue
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    violations.append(
                        {
                            "importer": importer,
                            "imported": imported,
                            "line": detail["line_number"],
                            "package": package,
                        }
                    )
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for v in check.metadata["violations"]:
            output.print_error(
                f"{v['importer']}:{v['line']} imports {v['imported']}; "
                f"use what {v['package']} exports instead",
            )
            output.new_line()


class AcyclicContract(Contract):
    """No module of `packages` reaches itself through imports."""

    type_name = "acyclic"

    packages = fields.ListField(subfield=fields.StringField())

    def check(self, graph: Any, verbose: bool) -> ContractCheck:
        roots: list[str] = list(self.packages)  # type: ignore[arg-type]
        mine = {m for m in graph.modules if any(m == r or m.startswith(r + ".") for r in roots)}
        edges = {m: sorted(graph.find_modules_directly_imported_by(m) & mine) for m in mine}
        cycles = [c for c in _strongly_connected(edges) if len(c) > 1]
        return ContractCheck(kept=not cycles, metadata={"cycles": cycles})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print_error("import cycle: " + " -> ".join(sorted(cycle)))
            output.new_line()


def _strongly_connected(edges: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the strongly connected components of `edges`."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = edges.get(node, [])
            if i < len(successors):
                work.append((node, i + 1))
                nxt = successors[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
