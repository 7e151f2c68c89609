"""Members of the simulated exchange: cash per subaccount, positions and owned records."""

from __future__ import annotations

from decimal import Decimal

from ._fixed import ZERO
from ._groups import OrderGroup
from ._portfolio import FillRecord, Holding, SettlementRecord, Transfer


class Member:
    """One user account with subaccounts, its positions, order groups and used client ids."""

    def __init__(self, user_id: str, balances: dict[int, Decimal], now_ms: int) -> None:
        self.user_id = user_id
        self.balances = balances
        self.positions: dict[tuple[int, str], Decimal] = {}
        """Signed holdings per (subaccount, ticker): positive is YES, negative is NO."""
        self.groups: dict[str, OrderGroup] = {}
        self.order_ids: list[str] = []
        self.client_order_ids: set[str] = set()
        self.updated_ms = now_ms
        self.holdings: dict[tuple[int, str], Holding] = {}
        """Position statistics per (subaccount, ticker), kept after settlement."""
        self.fills: list[FillRecord] = []
        self.settlements: list[SettlementRecord] = []
        self.transfers: list[Transfer] = []
        self.subaccounts: set[int] = {0, *balances}
        """Subaccount numbers opened (0 and every one with a starting balance)."""
        self.transfer_ids: dict[str, Transfer] = {}

    def balance(self, subaccount: int) -> Decimal:
        """Available cash of a subaccount, in dollars."""
        return self.balances.get(subaccount, ZERO)

    def adjust(self, subaccount: int, amount: Decimal, now_ms: int) -> None:
        """Add (or, when negative, take) cash on a subaccount."""
        if amount:
            self.balances[subaccount] = self.balance(subaccount) + amount
            self.updated_ms = now_ms

    def add_position(self, subaccount: int, ticker: str, delta: Decimal, now_ms: int) -> None:
        """Change a position; each YES contract meeting a NO contract pays out one dollar."""
        key = (subaccount, ticker)
        held = self.positions.get(key, ZERO)
        if held * delta < 0:
            self.adjust(subaccount, min(abs(held), abs(delta)), now_ms)
        self.positions[key] = held + delta
