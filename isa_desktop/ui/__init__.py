"""The desktop window (PySide6). Only this package, ``app.py`` and the tests import Qt."""
