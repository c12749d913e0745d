"""Typed errors shared by every layer.

Each error carries a stable ``code`` (for programs and translation look-up) and a
message in the user's language (Simplified Chinese first).  The GUI shows
``str(error)``; the CLI prints it; nothing ever shows a traceback for these.
"""

from __future__ import annotations


class LabDeskError(Exception):
    """Base of every expected, user-facing error."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InputError(LabDeskError):
    """Bad input for a named field (what a person typed, or a JSON field)."""

    code = "input"

    def __init__(self, field: str, message: str, *, code: str | None = None) -> None:
        super().__init__(f"{field}：{message}", code=code)
        self.field = field
        self.detail = message


class NotFound(LabDeskError):
    code = "not_found"


class PermissionDenied(LabDeskError):
    """The acting user lacks a permission; ``permission`` names it."""

    code = "permission_denied"

    def __init__(self, message: str, *, permission: str = "") -> None:
        super().__init__(message)
        self.permission = permission


class DutySeparationError(PermissionDenied):
    """A separation-of-duties rule refuses the action; ``rule`` names the rule."""

    code = "separation_of_duties"

    def __init__(self, message: str, *, rule: str) -> None:
        super().__init__(message, permission=rule)
        self.rule = rule


class StateError(LabDeskError):
    """The object is not in a state that allows the action."""

    code = "state"


class RuleViolation(LabDeskError):
    """A business rule (plan quota, deadline, ...) refuses the action."""

    code = "rule"


CONFLICT_MESSAGE = "该记录已被他人修改，请重新载入后再操作。"


class ConcurrentEditError(LabDeskError):
    """Optimistic locking: somebody else saved the record first (one message everywhere)."""

    code = "concurrent_edit"

    def __init__(self, message: str = CONFLICT_MESSAGE, *, code: str | None = None) -> None:
        super().__init__(message, code=code)


class AuthenticationError(LabDeskError):
    code = "authentication"


class DatabaseTooNewError(LabDeskError):
    """The database was written by a newer LabDesk than this one."""

    code = "database_too_new"


class CatalogueError(LabDeskError):
    """The rule catalogue on disk does not pass its schema."""

    code = "catalogue"
