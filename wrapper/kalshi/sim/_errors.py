"""Kalshi's error bodies and the exception that carries one through the simulator.

Kalshi sends three shapes (see the research notes): *nested*
`{"error": {"code", "message", "details"?}}` for business and auth errors (Kalshi dropped the
`service` key from these on 2026-08-06), *flat*
`{"code", "message", "details"?}` when a JSON body cannot be decoded or the content type is
wrong, and *bare* `{"msg": ...}` when a query parameter fails validation.
"""

from __future__ import annotations

from typing import Literal

from ._settings import ErrorChoice

Shape = Literal["nested", "flat", "bare"]


class SimError(Exception):
    """A failed request, with the status and Kalshi error body to answer it with."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str | None = None,
        *,
        details: str | None = None,
        shape: Shape = "nested",
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message if message is not None else code.replace("_", " ")
        self.details = details
        self.shape: Shape = shape

    @classmethod
    def chosen(cls, choice: ErrorChoice) -> SimError:
        """Build the error that a settings `ErrorChoice` describes."""
        return cls(choice.status, choice.code, choice.message)

    def fields(self) -> dict[str, object]:
        """The `ErrorResponse` object: code, message and (when set) details."""
        fields: dict[str, object] = {"code": self.code, "message": self.message}
        if self.details is not None:
            fields["details"] = self.details
        return fields

    def body(self) -> dict[str, object]:
        """The JSON body Kalshi would send for this error."""
        if self.shape == "bare":
            return {"msg": self.message}
        if self.shape == "flat":
            return self.fields()
        return {"error": self.fields()}


def not_found() -> SimError:
    """404 for an unknown order, group, market or path."""
    return SimError(404, "not_found")


def invalid_parameters(details: str) -> SimError:
    """400 for a request that is well formed but breaks a business rule."""
    return SimError(400, "invalid_parameters", details=details)


def bad_request(details: str) -> SimError:
    """400 in the flat shape, for a body that cannot be decoded into the expected types."""
    return SimError(400, "bad_request", details=details, shape="flat")
