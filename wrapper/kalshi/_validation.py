"""Argument checks made before anything is sent, each naming the parameter at fault."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ._constants import CONTRACTS_LIMIT_MAX, SUBACCOUNT_MAX

_TICK = Decimal("0.0001")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_int(name: str, value: Any, low: int, high: int | None = None) -> int:
    """An int (bool refused) in [low, high]."""
    if not _is_int(value):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < low or (high is not None and value > high):
        bounds = f"between {low} and {high:,}" if high is not None else f">= {low}"
        raise ValueError(f"{name} must be {bounds}, got {value}")
    return int(value)


def check_text(name: str, value: str) -> str:
    """Text that can be sent: it has a UTF-8 form (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{name} must be text with a UTF-8 form; it holds {value[exc.start]!r} "
            f"(a lone surrogate) at position {exc.start}"
        ) from None
    return value


def check_id(name: str, value: Any) -> str:
    """A non-empty id that stays one path segment (no '.' or '..') and encodes as UTF-8."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {type(value).__name__}")
    check_text(name, value)
    if not value or not value.strip():
        raise ValueError(f"{name} must be a non-empty string")
    if value in (".", ".."):
        raise ValueError(f"{name} may not be {value!r}")
    return value


def optional_subaccount(value: Any) -> int | None:
    """None, or a subaccount number 0..63."""
    return None if value is None else check_int("subaccount", value, 0, SUBACCOUNT_MAX)


def optional_exchange_index(value: Any) -> int | None:
    """None, or an exchange shard index >= 0."""
    return None if value is None else check_int("exchange_index", value, 0)


def contracts_limit(value: Any) -> int:
    """A group's limit: whole contracts, 1..1,000,000."""
    return check_int("contracts_limit", value, 1, CONTRACTS_LIMIT_MAX)


def check_choice(name: str, value: Any, choices: tuple[str, ...]) -> str:
    """One of a fixed set of strings."""
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}")
    return str(value)


def dollar_price(name: str, value: Any) -> str:
    """A price in dollars strictly between 0 and 1, as a string such as "0.65" (<= 4 dp)."""
    if isinstance(value, bool) or not isinstance(value, str | Decimal):
        raise TypeError(
            f"{name} must be a dollar amount as a str such as '0.65' (or a Decimal), "
            f"got {type(value).__name__}"
        )
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{name} must be a dollar amount such as '0.65', got {value!r}") from None
    if not amount.is_finite() or not Decimal(0) < amount < Decimal(1):
        raise ValueError(f"{name} must be between 0 and 1 dollar, got {value!r}")
    rounded = amount.quantize(_TICK)
    if rounded != amount:
        raise ValueError(f"{name} has more than 4 decimal places: {value!r}")
    return f"{rounded:.4f}"


_COUNT_STEP = Decimal("0.01")


def fixed_count(name: str, value: Any, *, zero_ok: bool = False) -> str:
    """A positive contract count (int, or str/Decimal of <= 2 places) as a string like "10.00"."""
    if _is_int(value):
        amount = Decimal(value)
    elif isinstance(value, str | Decimal) and not isinstance(value, bool):
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{name} must be a number of contracts, got {value!r}") from None
    else:
        raise TypeError(
            f"{name} must be an int, or a str or Decimal such as '10.50', "
            f"got {type(value).__name__}"
        )
    if not amount.is_finite() or amount < 0 or (amount == 0 and not zero_ok):
        least = "0 or more" if zero_ok else "positive"
        raise ValueError(f"{name} must be a {least} number of contracts, got {value!r}")
    rounded = amount.quantize(_COUNT_STEP)
    if rounded != amount:
        raise ValueError(f"{name} has more than 2 decimal places: {value!r}")
    return f"{rounded:.2f}"


def optional_bool(name: str, value: Any) -> bool | None:
    """None, or a bool (an int or a string is refused)."""
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
    return value


def request_or_fields(
    request: Any, model: type[Any], fields: dict[str, Any], what: str = "fields"
) -> dict[str, Any] | None:
    """The fields given (those not None), or None when `request=` (a `model`) came instead.

    A write takes one or the other: a request of another type, or fields besides it, is refused.
    """
    given = {name: value for name, value in fields.items() if value is not None}
    if request is None:
        return given
    if not isinstance(request, model):
        raise TypeError(f"request must be a {model.__name__}, got {type(request).__name__}")
    if given:
        raise TypeError(f"pass either request= or {what}, not both (got {', '.join(given)})")
    return None
