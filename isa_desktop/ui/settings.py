"""UI state kept between runs (window geometry, recent files, language, appearance).

Business data never goes here; it lives in the ``.isa`` file. The settings file sits in the
config folder from :mod:`isa_desktop.paths`, so ``ISA_DESKTOP_HOME`` isolates tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QLocale, QSettings

from isa_desktop import paths

MAX_RECENT = 8
COLOR_SCHEMES = ("system", "light", "dark")


def _default_language() -> str:
    """French when the system speaks French, English otherwise."""
    return "fr-CA" if QLocale.system().name().lower().startswith("fr") else "en"


@dataclass
class Settings:
    """Typed view of the settings file with a :meth:`load` / :meth:`save` pair."""

    geometry: QByteArray = field(default_factory=QByteArray)
    window_state: QByteArray = field(default_factory=QByteArray)
    splitter_state: QByteArray = field(default_factory=QByteArray)
    recent_files: list[str] = field(default_factory=list)
    language: str = "en"
    color_scheme: str = "system"
    last_folder: str = ""

    @staticmethod
    def store() -> QSettings:
        """The INI file behind the settings (the same on every platform, easy to inspect)."""
        return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat)

    @classmethod
    def load(cls) -> Settings:
        """Read the saved settings, falling back to defaults for anything missing or odd."""
        qs = cls.store()
        # ``type=list`` makes Qt return a list; PySide6's stubs only promise ``object``.
        recent = cast(list[object], qs.value("recent_files", [], type=list) or [])
        scheme = str(qs.value("color_scheme", "system"))
        language = str(qs.value("language", _default_language()))
        return cls(
            geometry=_bytes(qs.value("geometry")),
            window_state=_bytes(qs.value("window_state")),
            splitter_state=_bytes(qs.value("splitter_state")),
            recent_files=[str(p) for p in recent if p][:MAX_RECENT],
            language=language if language in ("en", "fr-CA") else "en",
            color_scheme=scheme if scheme in COLOR_SCHEMES else "system",
            last_folder=str(qs.value("last_folder", "")),
        )

    def save(self) -> None:
        """Write every setting now."""
        qs = self.store()
        qs.setValue("geometry", self.geometry)
        qs.setValue("window_state", self.window_state)
        qs.setValue("splitter_state", self.splitter_state)
        qs.setValue("recent_files", list(self.recent_files))
        qs.setValue("language", self.language)
        qs.setValue("color_scheme", self.color_scheme)
        qs.setValue("last_folder", self.last_folder)
        qs.sync()

    def add_recent(self, path: Path) -> None:
        """Put ``path`` at the top of the recent list (once)."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]

    def existing_recent(self) -> list[Path]:
        """Recent files that still exist."""
        return [Path(p) for p in self.recent_files if Path(p).is_file()]


def _bytes(value: object) -> QByteArray:
    return value if isinstance(value, QByteArray) else QByteArray()
