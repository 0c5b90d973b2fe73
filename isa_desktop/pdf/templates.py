"""Document templates (``forms/<program>/mou.yaml``, ``anl.yaml``): loading and filling.

Templates are plain text with ``{name}`` slots. Filling is a plain string substitution — no
format specs, no attribute access, no markup — and the result is escaped like any user text
when it is printed. An empty slot prints as a blank line to complete by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from isa_desktop.errors import FormError
from isa_desktop.formspec.loader import read_data_file

BLANK = "________________"
_SLOT = re.compile(r"\{([a-z_]+)\}")


class Template:
    """A loaded document template with localized lookups."""

    def __init__(self, data: Mapping[str, Any], source: str, lang: str = "en") -> None:
        self.data = data
        self.source = source
        self.lang = lang

    def text(self, value: Any) -> str:
        """A localized entry (``{en: ..., fr-CA: ...}`` or a plain string) in our language."""
        if isinstance(value, str):
            return value
        if isinstance(value, Mapping):
            if self.lang.lower().startswith("fr") and value.get("fr-CA"):
                return str(value["fr-CA"])
            if "en" in value:
                return str(value["en"])
        raise FormError(f"{self.source}: expected a text with an 'en' entry, got {value!r}")

    def get(self, *path: str, default: Any = None) -> Any:
        """A nested entry by keys (``template.get("changes", "heading")``)."""
        node: Any = self.data
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                return default
            node = node[key]
        return node

    def fill(self, value: Any, slots: Mapping[str, object]) -> str:
        """The localized text with its slots filled."""
        return fill(self.text(value), slots)

    def fill_list(self, values: Any, slots: Mapping[str, object]) -> list[str]:
        """Each entry of a list, localized and filled."""
        return [self.fill(v, slots) for v in values or []]


def fill(text: str, slots: Mapping[str, object]) -> str:
    """Replace ``{name}`` with ``slots[name]``; unknown or empty slots become a blank line."""
    def value(match: re.Match[str]) -> str:
        found = slots.get(match.group(1))
        return BLANK if found is None or str(found).strip() == "" else str(found)

    return _SLOT.sub(value, text)


def load_template(path: Path, lang: str = "en") -> Template:
    """Read a template file; a missing or broken file is a :class:`FormError`."""
    if not path.is_file():
        raise FormError(f"The document template {path} is missing.")
    data = read_data_file(path)  # parsed once, cached like the form files
    if not isinstance(data, Mapping):
        raise FormError(f"{path.name}: a document template must be a mapping.")
    return Template(data, path.name, lang)
