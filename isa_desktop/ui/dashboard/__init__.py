"""The broker's client dashboard: a folder of client files as one searchable table."""

from __future__ import annotations

from isa_desktop.ui.dashboard.window import DashboardWindow, open_dashboard

__all__ = ["DashboardWindow", "open_dashboard"]
