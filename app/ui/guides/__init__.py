"""The desk's Guides space: library (themes, search), guide page with step mode, editor."""

from app.ui.guides.page import GuidesPage

__all__ = ["GuidesPage"]
