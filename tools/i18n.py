"""Keep the Qt Linguist catalogues in step with the code.

    uv run python tools/i18n.py update    # extract strings into resources/i18n/authdesk_*.ts
    uv run python tools/i18n.py release   # compile the .ts files to the .qm files the app loads
    uv run python tools/i18n.py check     # list Japanese messages still untranslated (exit 1)

``update`` runs ``pyside6-lupdate`` over ``authdesk/gui`` (``self.tr`` and
``QCoreApplication.translate`` calls) plus a generated stub that names the strings the core
writes in English and the GUI translates at run time:

- every ``AuthDeskError`` subclass's ``template`` (context ``AuthDeskError``), found by
  importing every core module and walking the subclasses;
- literal text passed to those errors as a parameter, such as ``InvalidInput(field="username",
  reason="...")`` (context ``AuthDeskParam``), found in the core's source;
- each policy's description and unit (context ``PolicySpec``);
- the document names the core's errors name (``{document}``, context ``AuthDeskParam``);
- the demo panel's notes on the demo people (context ``DemoNotes``).

The stub is written to ``build/i18n/core_strings.py`` (not committed); the .ts files keep the
translations, so edit those (Qt Linguist, or by hand) and run ``release``.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
STUB = ROOT / "build" / "i18n" / "core_strings.py"
LANGUAGES = ("ja", "en")
sys.path.insert(0, str(ROOT))


def _tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's bin), or on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found; run this with 'uv run' so PySide6's tools are on PATH")
    return found


def error_templates() -> list[str]:
    import authdesk.core
    from authdesk.core.errors import AuthDeskError

    for module in pkgutil.walk_packages(authdesk.core.__path__, "authdesk.core."):
        importlib.import_module(module.name)
    seen: list[str] = []
    pending = [AuthDeskError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.template not in seen:
            seen.append(cls.template)
    return sorted(seen)


def error_params() -> list[str]:
    """String literals passed as keyword arguments when core code raises its errors."""
    import authdesk.core
    from authdesk.core.errors import AuthDeskError

    names: set[str] = set()
    pending = [AuthDeskError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    found: set[str] = set()
    for path in Path(authdesk.core.__path__[0]).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name not in names:
                continue
            for keyword in node.keywords:
                value = keyword.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and \
                        value.value.strip():
                    found.add(value.value)
    return sorted(found)


def policy_texts() -> list[str]:
    from authdesk.core.policy import SPECS

    # Not ``source``: where a default comes from is for the documentation, not for staff.
    texts = {t for spec in SPECS.values() for t in (spec.description, spec.unit)}
    return sorted(texts)


def demo_notes() -> list[str]:
    """The demo panel's notes on each demo person (``authdesk/demo.py``: the last field of
    ``_STAFF`` entries, the ``note`` argument of ``record``)."""
    tree = ast.parse((ROOT / "authdesk" / "demo.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_STAFF"
                                                for t in node.targets):
            assert isinstance(node.value, ast.Tuple)
            for entry in node.value.elts:
                assert isinstance(entry, ast.Tuple) and isinstance(entry.elts[-1], ast.Constant)
                found.add(str(entry.elts[-1].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "record" and len(node.args) >= 5 and \
                isinstance(node.args[4], ast.Constant):
            found.add(str(node.args[4].value))
    return sorted(found)


def document_labels() -> list[str]:
    """Document names and check names the core puts into its error messages."""
    from authdesk.core.documents import DocumentType

    return sorted({kind.label for kind in DocumentType} | {"photo present"})


def write_stub() -> Path:
    lines = ['"""Generated by tools/i18n.py: strings the core writes and the GUI translates."""',
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, texts in (("AuthDeskError", error_templates()),
                           ("AuthDeskParam", sorted({*error_params(), *document_labels()})),
                           ("DemoNotes", demo_notes()),
                           ("PolicySpec", policy_texts())):
        for text in texts:
            lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    STUB.parent.mkdir(parents=True, exist_ok=True)
    STUB.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return STUB


def update() -> None:
    stub = write_stub()
    sources = sorted(str(p) for p in (ROOT / "authdesk" / "gui").rglob("*.py"))
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = I18N / f"authdesk_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "en",
                        "-target-language", language, *sources, str(stub), "-ts", str(ts)],
                       check=True)


def release() -> None:
    for language in LANGUAGES:
        ts = I18N / f"authdesk_{language}.ts"
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm",
                        str(I18N / f"authdesk_{language}.qm")], check=True)


def unfinished(language: str = "ja") -> list[tuple[str, str]]:
    tree = ET.parse(I18N / f"authdesk_{language}.ts")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or \
                    not (translation.text or "").strip():
                missing.append((name, message.findtext("source") or ""))
    return missing


def check() -> int:
    missing = unfinished("ja")
    for context, source in missing:
        print(f"untranslated [{context}] {source}")
    print(f"{len(missing)} Japanese message(s) untranslated")
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
