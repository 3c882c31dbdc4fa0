"""Errors a user can act on. Every message names the field and the reason."""

from __future__ import annotations

from dataclasses import dataclass


class HvbError(Exception):
    """Base of the errors that carry a message meant for a person, not a traceback.

    `code` names the kind of problem and `values` the names and numbers in it, so that the GUI and the
    command line can say it in the user's language; `message` is the English fallback.
    """

    def __init__(self, message: str = "", code: str = "", values: tuple = ()):
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass
class FieldProblem:
    """A field and what is wrong with it. `code` lets the GUI show the reason in its own language."""

    field: str
    reason: str
    line: int | None = None
    code: str = ""
    args: tuple = ()  # numbers and names the GUI puts into its own sentence for `code`

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.field}: {self.reason}"


class ValidationError(HvbError):
    def __init__(self, problems: list[FieldProblem] | FieldProblem):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(p) for p in self.problems), "validation")

    @classmethod
    def single(cls, field: str, reason: str, code: str = "", args: tuple = ()) -> "ValidationError":
        return cls(FieldProblem(field, reason, code=code, args=args))


class PermissionDenied(HvbError):
    def __init__(self, role: str, permission: str):
        self.role = role
        self.permission = permission
        super().__init__(f"the role {role} may not {permission}", "permission_denied")


class AuthenticationFailed(HvbError):
    pass


class NotFound(HvbError):
    pass


class ConflictError(HvbError):
    """Somebody else changed the record since it was read (optimistic locking)."""


class DatabaseKeyError(HvbError):
    """The database key is missing or wrong."""


class DatabaseStateError(HvbError):
    """The database is missing, already exists, or is not what the command needs."""
