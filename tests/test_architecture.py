"""The core's shape, checked: no two core modules import each other (not even for types), so
each rule can be read, tested and changed from its own module down."""

from __future__ import annotations

import grimp


def test_no_two_core_modules_import_each_other() -> None:
    graph = grimp.build_graph("authdesk", include_external_packages=False)
    core = [m for m in graph.modules if m.startswith("authdesk.core.")]
    cycles = {
        tuple(sorted((a, b)))
        for a in core
        for b in graph.find_modules_directly_imported_by(a)
        if b.startswith("authdesk.core.") and a in graph.find_modules_directly_imported_by(b)
    }
    assert not cycles
