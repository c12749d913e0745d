"""The desktop GUI: the only package that imports PySide6."""

from labdesk.gui.widgets.pyside_fix import protect_none as _protect_none

_protect_none()  # PySide6 6.12.0 on CPython 3.11 drops a reference to None/True/False per call (see pyside_fix)
