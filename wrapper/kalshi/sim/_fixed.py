"""Fixed-point strings on the wire: contract counts (2 places), prices and balances (4 places),
and fee, cost and P&L amounts (6 places, as Kalshi writes them)."""

from __future__ import annotations

import re
from decimal import ROUND_FLOOR, Decimal

ZERO = Decimal(0)
ONE = Decimal(1)
COUNT_STEP = Decimal("0.01")
DOLLAR_STEP = Decimal("0.0001")
AMOUNT_STEP = Decimal("0.000001")
CENT = Decimal("0.01")

_COUNT_TEXT = re.compile(r"\d{1,15}(?:\.\d{1,2})?")
_DOLLAR_TEXT = re.compile(r"\d{1,15}(?:\.\d{1,4})?")


def parse_count(text: str) -> Decimal | None:
    """Read a count such as "10", "10.5" or "10.00"; None when the text is not one."""
    if not _COUNT_TEXT.fullmatch(text):
        return None
    return Decimal(text)


def parse_dollars(text: str) -> Decimal | None:
    """Read a dollar amount such as "0.65" or "0.6500"; None when the text is not one."""
    if not _DOLLAR_TEXT.fullmatch(text):
        return None
    return Decimal(text)


def format_count(value: Decimal) -> str:
    """Write a count with exactly two decimal places."""
    return f"{value.quantize(COUNT_STEP):f}"


def format_dollars(value: Decimal) -> str:
    """Write a dollar amount with exactly four decimal places."""
    return f"{value.quantize(DOLLAR_STEP):f}"


def format_balance(value: Decimal) -> str:
    """Write a balance with four decimal places, rounded down (never more than is there)."""
    return f"{value.quantize(DOLLAR_STEP, rounding=ROUND_FLOOR):f}"


def format_amount(value: Decimal) -> str:
    """Write a fee, cost or P&L amount with exactly six decimal places."""
    return f"{value.quantize(AMOUNT_STEP):f}"


def to_cents(value: Decimal) -> int:
    """Whole cents in a dollar amount, rounded down."""
    return int((value * 100).to_integral_value(rounding=ROUND_FLOOR))
