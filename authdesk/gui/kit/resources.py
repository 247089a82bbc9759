"""Where the app's resource files (translations, icons) are, from source and from the bundle.

``resources/`` sits at the top of the repository, beside the ``authdesk`` package; a PyInstaller
bundle unpacks it under ``sys._MEIPASS``. This is the one place that knows both.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def _roots() -> list[Path]:
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    package = Path(str(resources.files("authdesk")))
    roots.append(package.parent / "resources")  # source checkout or editable install
    roots.append(package / "resources")  # resources shipped inside the package
    return roots


def resource_path(name: str) -> Path:
    """The path of ``name`` (for example ``"i18n/authdesk_ja.qm"``) under ``resources/``.

    Raises FileNotFoundError naming every place looked at, so a broken bundle says what is
    missing instead of silently showing English or no icon.
    """
    tried = []
    for root in _roots():
        candidate = root / name
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(f"resource {name!r} not found; looked in: {', '.join(tried)}")
