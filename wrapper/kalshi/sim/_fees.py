"""Kalshi's trading fees: the trade fee of a fill by series fee type, and its rounding.

Per fill the trade fee is `coefficient x C x P x (1 - P)` ceiled to $0.0001, where C is the
contracts and P the fill's price (either side's: the product is symmetric). The taker
coefficient is 0.07 times the series' `fee_multiplier`; the maker one is a share of it that
depends on the fee type (none for `quadratic`). A `flat` series charges a set amount per
contract (sim choice, `SimSettings.flat_fee_per_contract`).

The cash a fill moves is then floored to the member's balance precision; the difference is a
rounding fee, summed per order, of which each whole $0.01 over is paid back as a rebate.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ._fixed import ONE, ZERO

FEE_STEP = Decimal("0.0001")
"""Trade fees are ceiled to this."""
TAKER_RATE = Decimal("0.07")
"""The published taker coefficient of the quadratic schedules."""
MAKER_SHARES: dict[str, Decimal] = {
    "quadratic": ZERO,
    "quadratic_with_maker_fees": Decimal("0.25"),
    "quadratic_with_combo_maker_fees": Decimal("0.5"),
}
"""Maker coefficient as a share of the taker one, per series fee type."""
REBATE = Decimal("0.01")


@dataclass(frozen=True)
class FeeSchedule:
    """A series' fee type and multiplier, and the per-contract amount of a `flat` series."""

    fee_type: str = "quadratic"
    multiplier: Decimal = ONE
    flat_per_contract: Decimal = ZERO

    def trade_fee(self, price: Decimal, count: Decimal, *, taker: bool) -> Decimal:
        """The trade fee of one fill of `count` contracts at `price`, ceiled to $0.0001."""
        if self.fee_type == "flat":
            raw = self.flat_per_contract * self.multiplier * count
        else:
            share = ONE if taker else MAKER_SHARES.get(self.fee_type, ZERO)
            raw = TAKER_RATE * self.multiplier * share * count * price * (ONE - price)
        return raw.quantize(FEE_STEP, rounding=ROUND_CEILING)


@dataclass(frozen=True)
class FillCash:
    """What one fill does to cash: the balance change and the fees behind it."""

    balance_change: Decimal
    trade_fee: Decimal
    rounding_fee: Decimal
    rebate: Decimal

    @property
    def net_fee(self) -> Decimal:
        """Trade fee plus rounding fee minus rebate: what the exchange keeps."""
        return self.trade_fee + self.rounding_fee - self.rebate


def fill_cash(
    revenue: Decimal, trade_fee: Decimal, precision: Decimal, accumulated: Decimal
) -> tuple[FillCash, Decimal]:
    """Round one fill's cash: `revenue` (negative for a buyer) less its trade fee, floored to
    the balance precision; returns it and the order's new rounding accumulator.

    The rounding fee joins the order's accumulator; while that is over $0.01, $0.01 is paid
    back and taken off it.
    """
    exact = revenue - trade_fee
    change = exact.quantize(precision, rounding=ROUND_FLOOR)
    rounding = exact - change
    accumulated += rounding
    rebate = ZERO
    while accumulated > REBATE:
        rebate += REBATE
        accumulated -= REBATE
    return FillCash(change + rebate, trade_fee, rounding, rebate), accumulated
