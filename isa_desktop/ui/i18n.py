"""Switching the window's language: Qt translators for our strings and Qt's own dialogs.

Form labels and help come from ``forms/`` in both languages; this module covers the words of
the window itself (menus, buttons, messages), compiled from ``resources/translations/*.ts``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from isa_desktop import paths

LANGUAGES = {"en": "English", "fr-CA": "Français"}
_installed: list[QTranslator] = []


def translations_dir() -> str:
    """Folder of the compiled ``.qm`` catalogs."""
    return str(paths.resources_dir() / "translations")


def install_language(language: str) -> None:
    """Install the translators for ``language`` ("en" or "fr-CA"), replacing earlier ones.

    Installing or removing a translator sends ``LanguageChange`` to every widget, which is how
    the open window relabels itself.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    locale = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(locale, "isa_desktop", "_", translations_dir()):
        _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", qt_dir):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)


def tr(context: str, text: str) -> str:
    """Translate ``text`` outside a QObject (``context`` is the catalog section)."""
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the catalog under ``context`` and return it untranslated.

    Same behaviour as PySide6's own marker, but typed as returning ``str`` (PySide6's stubs say
    ``object``). lupdate finds the strings by this exact name, so it must not be renamed.
    """
    return text
