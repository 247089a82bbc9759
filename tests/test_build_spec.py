"""Cheap checks of build.spec without building: it runs, and it names what the bundle needs.

The spec is executed with recording stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE,
so these tests see exactly the arguments a real build would get. The real build and the
bundle's self-test are ``python -m authdesk.build`` (run by ``dev.py bundle`` in CI).
"""

from __future__ import annotations

import ast
import struct
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

# What the PyInstaller hooks hand the spec, as far as these tests need it (dest, src, type).
FAKE_BINARIES = [
    (f"PySide6/Qt/plugins/{kind}/lib{name}.so", "src", "BINARY") for kind, name in (
        ("platforms", "qxcb"), ("platforms", "qoffscreen"), ("platforms", "qwayland"),
        ("platforms", "qeglfs"), ("platforms", "qvnc"), ("platforms", "qminimal"),
        ("platformthemes", "qgtk3"), ("platformthemes", "qxdgdesktopportal"),
        ("platforminputcontexts", "ibusplatforminputcontextplugin"),
        ("platforminputcontexts", "composeplatforminputcontextplugin"),
        ("platforminputcontexts", "qtvirtualkeyboardplugin"),
        ("imageformats", "qico"), ("imageformats", "qjpeg"), ("imageformats", "qpdf"),
        ("iconengines", "qsvgicon"), ("xcbglintegrations", "qxcb-glx-integration"),
        ("wayland-shell-integration", "xdg-shell"), ("egldeviceintegrations", "qeglfs-kms"),
        ("generic", "qevdevmouseplugin"),
    )
] + [
    ("PySide6/plugins/platforms/qwindows.dll", "src", "BINARY"),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "src", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "src", "BINARY"),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "src", "BINARY"),
]
FAKE_DATAS = [
    ("PySide6/Qt/translations/qtbase_ja.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_ja.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_fr.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_help_ja.qm", "src", "DATA"),
    ("resources/i18n/authdesk_en.qm", "src", "DATA"),
    ("resources/i18n/authdesk_ja.qm", "src", "DATA"),
]


class Recorder:
    """Stands in for a PyInstaller build class and keeps its arguments."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries = list(FAKE_BINARIES)
        self.datas = list(FAKE_DATAS)
        self.pure: list[Any] = []
        self.scripts: list[tuple[str, str, str]] = []
        if type(self).__name__ == "Analysis":
            self.scripts = [("pyiboot01_bootstrap", "src", "PYSOURCE"),
                            ("pyi_rth_pyside6", "src", "PYSOURCE")]
            self.scripts += [(Path(script).stem, script, "PYSOURCE") for script in args[0]]
        type(self).made.append(self)


def recorder(name: str) -> type[Recorder]:
    return type(name, (Recorder,), {"made": []})


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    workpath = tmp_path_factory.mktemp("spec-work")
    namespace: dict[str, Any] = {
        "SPECPATH": str(ROOT), "workpath": str(workpath), "__file__": str(SPEC),
        **{name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    yield namespace


def analysis(spec: dict[str, Any]) -> Recorder:
    (made,) = spec["Analysis"].made
    return made


def data_destinations(spec: dict[str, Any]) -> set[str]:
    return {f"{dest}/{Path(src).name}" for src, dest in analysis(spec).kwargs["datas"]}


def test_name_and_version_come_from_pyproject(spec: dict[str, Any]) -> None:
    assert spec["VERSION"] == PYPROJECT["version"]
    assert spec["APP_NAME"].lower() == PYPROJECT["name"]
    # No second copy of the version in the spec itself.
    assert PYPROJECT["version"] not in SPEC.read_text(encoding="utf-8")


def test_programs_run_the_entry_points_of_pyproject(spec: dict[str, Any]) -> None:
    (gui_module, gui_function), = [e.split(":") for e in PYPROJECT["gui-scripts"].values()]
    # authdesk-server (issue 10) is a script of the package, not a program of the bundle.
    cli_module, cli_function = PYPROJECT["scripts"]["authdesk-admin"].split(":")
    scripts = [Path(s) for s in analysis(spec).args[0]]
    texts = {s.stem: s.read_text(encoding="utf-8") for s in scripts}
    assert f"from {gui_module} import {gui_function}" in texts["AuthDesk"]
    assert f"from {cli_module} import {cli_function}" in texts["authdesk-admin"]


def test_one_folder_with_a_windowed_gui_and_a_console_admin_program(spec: dict[str, Any]) -> None:
    gui, admin = spec["EXE"].made
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("AuthDesk", False)
    assert (admin.kwargs["name"], admin.kwargs["console"]) == ("authdesk-admin", True)
    # Each program runs its own script after the shared runtime hooks, not the other's.
    assert [s[0] for s in gui.args[1]][-1] == "AuthDesk"
    assert "authdesk-admin" not in [s[0] for s in gui.args[1]]
    assert [s[0] for s in admin.args[1]][-1] == "authdesk-admin"
    assert "AuthDesk" not in [s[0] for s in admin.args[1]]
    for exe in (gui, admin):
        assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
        assert exe.kwargs["upx"] is False
    (collect,) = spec["COLLECT"].made
    assert gui in collect.args and admin in collect.args
    assert collect.kwargs["name"] == "AuthDesk"


def test_datas_carry_what_is_read_from_files_at_run_time(spec: dict[str, Any]) -> None:
    found = data_destinations(spec)
    expected = {
        "resources/icons/authdesk.png", "resources/icons/authdesk.ico",
        "resources/icons/authdesk.icns",
        "authdesk/storage/migrations/env.py",
        "authdesk/storage/migrations/script.py.mako",
        "zengin_code/source-data/data/banks.json",
    }
    expected |= {f"authdesk/storage/migrations/versions/{p.name}"
                 for p in (ROOT / "authdesk/storage/migrations/versions").glob("*.py")}
    expected |= {f"resources/i18n/{p.name}" for p in (ROOT / "resources/i18n").glob("*.qm")}
    assert expected <= found, sorted(expected - found)
    assert not any(name.endswith(".ts") for name in found), "translation sources are not shipped"
    metadata = {Path(src).name for src, _ in analysis(spec).kwargs["datas"]
                if src.endswith(".dist-info")}
    assert any(m.startswith("keyring-") for m in metadata), "keyring finds backends through it"
    assert any(m.startswith("authdesk-") for m in metadata), "the version shown in the app"


def test_hidden_imports_name_the_runtime_loaded_modules(spec: dict[str, Any]) -> None:
    hidden = set(analysis(spec).kwargs["hiddenimports"])
    assert {
        "keyring.backends.Windows", "keyring.backends.macOS", "keyring.backends.SecretService",
        "keyring.backends.chainer", "keyring.backends.fail",
        "_argon2_cffi_bindings", "psycopg_binary",
        "sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg",
    } <= hidden
    # Modules loaded by name, such as the main window's pages, are named.
    from authdesk.gui.shell.pages import PAGE_MODULES

    assert set(PAGE_MODULES) <= hidden
    assert "authdesk.selftest" in hidden and "authdesk.build" not in hidden
    # Alembic's scripts are data, so what they import must be named.
    for script in (ROOT / "authdesk/storage/migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and node.module and node.level == 0
                    and node.module != "__future__"):
                assert node.module in hidden, (script.name, node.module)


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_excluded_modules_are_not_imported_by_the_app(spec: dict[str, Any]) -> None:
    """What the spec leaves out must stay unused; this fails when the app starts using it."""
    excluded = set(analysis(spec).kwargs["excludes"])
    offenders = []
    for path in (ROOT / "authdesk").rglob("*.py"):
        if "migrations" in path.parts or path.name == "build.py":
            continue
        for name in imported_modules(path):
            hit = [e for e in excluded if name == e or name.startswith(e + ".")]
            if hit:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, offenders
    assert "PySide6.QtGui" not in excluded and "PySide6.QtWidgets" not in excluded


def test_unused_qt_plugins_and_languages_are_dropped(spec: dict[str, Any]) -> None:
    kept_binaries = {Path(dest).name for dest, *_ in analysis(spec).binaries}
    for needed in ("libqxcb.so", "libqoffscreen.so", "qwindows.dll", "libqcocoa.dylib",
                   "qmodernwindowsstyle.dll", "libqmacstyle.dylib", "libqxdgdesktopportal.so",
                   "libibusplatforminputcontextplugin.so", "libqico.so", "libqjpeg.so",
                   "libqsvgicon.so", "libqxcb-glx-integration.so", "libQt6Widgets.so.6"):
        assert needed in kept_binaries, needed
    for unused in ("libqwayland.so", "libqeglfs.so", "libqvnc.so", "libqminimal.so",
                   "libqtvirtualkeyboardplugin.so", "libqpdf.so", "libxdg-shell.so",
                   "libqeglfs-kms.so", "libqevdevmouseplugin.so", "libqgtk3.so"):
        assert unused not in kept_binaries, unused
    kept_datas = {dest for dest, *_ in analysis(spec).datas}
    assert "PySide6/Qt/translations/qtbase_ja.qm" in kept_datas
    assert "PySide6/Qt/translations/qt_ja.qm" in kept_datas
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept_datas
    assert "PySide6/Qt/translations/qt_fr.qm" not in kept_datas
    assert "PySide6/Qt/translations/qt_help_ja.qm" not in kept_datas
    assert {"resources/i18n/authdesk_en.qm", "resources/i18n/authdesk_ja.qm"} <= kept_datas


def test_libraries_only_dropped_plugins_needed_are_dropped_too(spec: dict[str, Any]) -> None:
    links = {
        "wayland-plugin": {"libqt6waylandclient.so.6", "libqt6gui.so.6"},
        "libqt6waylandclient.so.6": {"libwayland-client.so.0", "libqt6gui.so.6"},
        "gtk-plugin": {"libgtk-3.so.0", "libqt6dbus.so.6"},
        "libgtk-3.so.0": {"libglib-2.0.so.0"},
        "xcb-plugin": {"libqt6xcbqpa.so.6", "libqt6gui.so.6"},
        "ibus-plugin": {"libqt6dbus.so.6"},
        "libqt6dbus.so.6": {"libdbus-1.so.3"},
        "extension": {"libglib-2.0.so.0"},  # something kept links it too
    }
    binaries = [(dest, src, "BINARY") for dest, src in (
        ("plugins/platforms/libqxcb.so", "xcb-plugin"),
        ("plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "ibus-plugin"),
        ("libQt6WaylandClient.so.6", "libqt6waylandclient.so.6"),
        ("libwayland-client.so.0", "libwayland-client.so.0"),
        ("libgtk-3.so.0", "libgtk-3.so.0"), ("libglib-2.0.so.0", "libglib-2.0.so.0"),
        ("libQt6DBus.so.6", "libqt6dbus.so.6"), ("libdbus-1.so.3", "libdbus-1.so.3"),
        ("libQt6Gui.so.6", "libqt6gui.so.6"), ("libQt6XcbQpa.so.6", "libqt6xcbqpa.so.6"),
        ("glib_ext.so", "extension"),
    )] + [("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK")]
    dropped = [("plugins/platforms/libqwayland.so", "wayland-plugin", "BINARY"),
               ("plugins/platformthemes/libqgtk3.so", "gtk-plugin", "BINARY")]
    kept = {e[0] for e in spec["without_orphans"](binaries, dropped,
                                                  lambda src: links.get(src, set()))}
    assert "libQt6WaylandClient.so.6" not in kept  # the file and its symlink
    assert "libwayland-client.so.0" not in kept and "libgtk-3.so.0" not in kept
    for needed in ("libglib-2.0.so.0", "libQt6DBus.so.6", "libdbus-1.so.3", "libQt6Gui.so.6",
                   "libQt6XcbQpa.so.6", "plugins/platforms/libqxcb.so"):
        assert needed in kept, needed


def test_links_to_removed_libraries_are_removed(spec: dict[str, Any]) -> None:
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "src", "BINARY")]
    datas = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
             ("resources/icons/authdesk.png", "src", "DATA")]
    kept = spec["without_dangling_links"](datas, binaries + datas)
    assert [e[0] for e in kept] == ["libQt6Gui.so.6", "resources/icons/authdesk.png"]


def test_app_icons_exist_in_each_os_format(spec: dict[str, Any]) -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "authdesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "authdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= sizes
    icns = (icons / "authdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic08" in icns  # 256 px
    assert spec["ICON"] is None or Path(spec["ICON"]).exists()


def cmnd_package(items: dict[str, bytes]) -> bytes:
    """A small ICU common data package ('CmnD'), laid out as ICU's own tools do."""
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    header[12:16] = b"CmnD"
    names = sorted(items)
    toc_size = 4 + 8 * len(names)
    name_bytes = b"".join(n.encode() + b"\0" for n in names)
    data_at = toc_size + len(name_bytes) + (-(toc_size + len(name_bytes)) % 16)
    entries, data, name_at = [], b"", toc_size
    for name in names:
        entries.append(struct.pack("<II", name_at, data_at + len(data)))
        name_at += len(name) + 1
        data += items[name] + b"\0" * (-len(items[name]) % 16)
    toc = struct.pack("<I", len(names)) + b"".join(entries) + name_bytes
    return bytes(header) + toc + b"\0" * (data_at - len(toc)) + data


def read_cmnd(blob: bytes) -> dict[str, bytes]:
    size = struct.unpack_from("<H", blob, 0)[0]
    count = struct.unpack_from("<I", blob, size)[0]
    toc = [struct.unpack_from("<II", blob, size + 4 + 8 * i) for i in range(count)]
    out = {}
    for i, (name_at, data_at) in enumerate(toc):
        assert data_at % 16 == 0, "ICU needs every item 16-byte aligned"
        name = blob[size + name_at:blob.index(b"\0", size + name_at)].decode()
        end = toc[i + 1][1] if i + 1 < count else len(blob) - size
        out[name] = blob[size + data_at:size + end]
    return out


def test_icu_data_keeps_what_qt_uses_for_the_apps_languages(spec: dict[str, Any]) -> None:
    kept = spec["icu_item_kept"]
    for name in ("root.res", "ja.res", "ja_JP.res", "en.res", "en_US_POSIX.res",
                 "res_index.res", "pool.res", "supplementalData.res", "likelySubtags.res",
                 "zoneinfo64.res", "metaZones.res", "cnvalias.icu", "uts46.nrm",
                 "ibm-943_P15A-2003.cnv", "coll/root.res", "coll/ja.res", "coll/ucadata.icu",
                 "coll/res_index.res", "zone/ja.res", "zone/root.res", "zone/tzdbNames.res"):
        assert kept(f"icudt73l/{name}"), name
    for name in ("de.res", "zh_Hant_TW.res", "haw.res", "gb18030.cnv", "coll/zh.res",
                 "coll/de__PHONEBOOK.res", "coll/de_.res", "zone/fr.res",
                 "brkitr/cjdict.dict", "brkitr/root.res", "curr/ja.res", "lang/ja.res",
                 "region/en.res", "unit/root.res", "translit/root.res", "rbnf/ja.res"):
        assert not kept(f"icudt73l/{name}"), name


def test_icu_data_package_is_rewritten_with_only_the_kept_items(spec: dict[str, Any]) -> None:
    items = {"icudt73l/coll/de.res": b"D" * 40, "icudt73l/coll/ja.res": b"J" * 17,
             "icudt73l/ja.res": b"j" * 3, "icudt73l/zz.res": b"z" * 64,
             "icudt73l/zzz.icu": b"!" * 16}
    blob = cmnd_package(items)
    assert read_cmnd(blob) == {k: v + b"\0" * (-len(v) % 16) for k, v in items.items()}
    filtered = spec["icu_filtered"](
        blob, lambda name: "de" not in name and not name.endswith("zz.res"))
    assert read_cmnd(filtered) == {"icudt73l/coll/ja.res": b"J" * 17 + b"\0" * 15,
                                   "icudt73l/ja.res": b"j" * 3 + b"\0" * 13,
                                   "icudt73l/zzz.icu": b"!" * 16}
    with pytest.raises(ValueError):
        spec["icu_filtered"](b"\0" * 64)
