"""Where things live. The only module that decides paths.

``ISA_DESKTOP_HOME`` redirects every per-user folder (data, settings, logs, cache) to one
folder, which the tests use to stay away from the real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_APP = "isa-desktop"
_AUTHOR = "ISA Desktop"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def _home_override() -> Path | None:
    value = os.environ.get("ISA_DESKTOP_HOME")
    return Path(value) if value else None


def _private_dir(path: Path) -> Path:
    """Create ``path`` readable by the user only (personal data lives below it)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    """The user's data folder (demo copies, default location for new files)."""
    home = _home_override()
    return _private_dir(home / "data" if home else Path(platformdirs.user_data_dir(_APP, _AUTHOR)))


def config_dir() -> Path:
    """Settings folder."""
    home = _home_override()
    base = home / "config" if home else Path(platformdirs.user_config_dir(_APP, _AUTHOR))
    return _private_dir(base)


def log_dir() -> Path:
    """Log folder."""
    home = _home_override()
    return _private_dir(home / "logs" if home else Path(platformdirs.user_log_dir(_APP, _AUTHOR)))


def cache_dir() -> Path:
    """Disposable caches (parsed forms); safe to delete at any time."""
    home = _home_override()
    base = home / "cache" if home else Path(platformdirs.user_cache_dir(_APP, _AUTHOR))
    return _private_dir(base)


def _shipped(name: str) -> Path:
    """A folder shipped beside the package (editable install or source checkout)."""
    override = os.environ.get(f"ISA_DESKTOP_{name.upper()}")
    if override:
        return Path(override)
    return PROJECT_DIR / name


def forms_dir() -> Path:
    """The question banks and document templates (``forms/``)."""
    return _shipped("forms")


def resources_dir() -> Path:
    """Fonts, translations, icons and the demo importer (``resources/``)."""
    return _shipped("resources")
