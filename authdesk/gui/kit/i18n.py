"""The interface language: which one, loading the translators, and the one date format.

The app's own catalogues are ``resources/i18n/authdesk_<lang>.qm`` (made by ``tools/i18n.py``);
Qt's own strings (standard buttons, dialogs) come from ``qtbase_<lang>.qm`` shipped with Qt.
Switching installs the other translators; Qt then sends every widget a LanguageChange event
and each window re-translates its texts (``retranslate_ui``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from authdesk.gui.kit.resources import resource_path

LANGUAGES: dict[str, str] = {"ja": "日本語", "en": "English"}  # each named in itself
DEFAULT = "en"
_SETTINGS_KEY = "ui/language"


def system_language() -> str:
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def choose_language(requested: str | None = None, configured: str | None = None) -> str:
    """Command line over config file over the last choice made in the app over the system."""
    saved = QSettings().value(_SETTINGS_KEY)
    for candidate in (requested, configured, saved if isinstance(saved, str) else None):
        if candidate in LANGUAGES:
            return str(candidate)
    return system_language()


class Translations(QObject):
    """Owns the installed translators. ``language_changed`` fires after a switch."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = DEFAULT
        self._installed: list[QTranslator] = []

    def apply(self, language: str, *, remember: bool = False) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translations are loaded"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        for translator in self._load(language):
            app.installTranslator(translator)
            self._installed.append(translator)
        self.language = language
        QLocale.setDefault(format_locale(language))
        if remember:
            QSettings().setValue(_SETTINGS_KEY, language)
        self.language_changed.emit(language)

    def remove(self) -> None:
        """Uninstall this object's translators (when the app that installed them ends)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed = []

    def _load(self, language: str) -> list[QTranslator]:
        loaded = []
        own = QTranslator(self)
        # A missing catalogue is a broken installation; resource_path names what is missing.
        if not own.load(str(resource_path(f"i18n/authdesk_{language}.qm"))):
            raise FileNotFoundError(f"cannot load the {language} translation catalogue")
        loaded.append(own)
        if language != "en":
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_dir):
                loaded.append(qt)
        return loaded


def format_locale(language: str) -> QLocale:
    """Numbers follow the user's own locale; with none set (C), the UI language's."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C:
        return system
    if language == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


# One unambiguous form in both languages, year first (2026/12/03 09:30): neither 12/3/2026
# (American) nor 3/12/2026 (British), a four-digit year, a 24-hour clock.
DATE_PATTERN = "yyyy/MM/dd"
TIME_PATTERN = "HH:mm"


def datetime_pattern(*, seconds: bool = False) -> str:
    """The Qt pattern of every date and time on screen; ``seconds`` for the audit log."""
    return f"{DATE_PATTERN} {TIME_PATTERN}{':ss' if seconds else ''}"


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the workstation's local time."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()


def format_datetime(moment: datetime | None, *, seconds: bool = False,
                    zone: bool = False) -> str:
    """Local time as '2026/12/03 09:30' in either language ('…:05' with ``seconds``, and the
    time zone named, '… JST', with ``zone``)."""
    if moment is None:
        return ""
    pattern = datetime_pattern(seconds=seconds) + (" t" if zone else "")
    return to_qdatetime(moment).toString(pattern)


def format_time(moment: datetime) -> str:
    """Only the local time of day, '09:30'."""
    return to_qdatetime(moment).toString(TIME_PATTERN)


def format_date(value: date | None) -> str:
    """A calendar date (an expiry, a birth date) as '2031/01/31'; '—' for none."""
    return value.strftime("%Y/%m/%d") if value is not None else "—"


def format_number(value: int) -> str:
    return QLocale().toString(value)


def format_duration(seconds: float) -> str:
    """'1:05:09' or '4:03' for countdowns."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
