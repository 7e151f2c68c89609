"""A local, Kalshi-compatible exchange simulator for order groups and orders.

`create_app()` gives an ASGI app (for `httpx.ASGITransport`); `Simulator()` serves one on a
loopback port in a background thread; `python -m kalshi.sim` serves one from the shell.

Where no public source says what Kalshi does, the simulator picks an answer; the order-group
and error choices are `SimSettings` fields marked "inferred". These are fixed choices:

- a fill-or-kill order that cannot fill completely is answered 201 with status `canceled`;
- a body that decodes but breaks a schema rule gets nested 400 `invalid_parameters`;
- a non-numeric `KALSHI-ACCESS-TIMESTAMP` is treated as expired;
- resting orders hold their cost in cash until they fill or are canceled; fees are zero;
- `DELETE /portfolio/orders/{id}` matches `subaccount` and `exchange_index` (default 0);
- self-trade prevention applies across all subaccounts of one member;
- `portfolio_value` values positions at each market's last trade price.
"""

from ._app import API_PREFIX, create_app
from ._clock import Clock, ManualClock, SystemClock
from ._engine import Exchange
from ._errors import SimError
from ._faults import Fault, FaultMiddleware, FaultPlan
from ._groups import OrderGroup
from ._keys import Credentials
from ._listing import OrderPage, OrderQuery
from ._orders import Order, OrderRequest
from ._server import Simulator
from ._settings import ErrorChoice, SimSettings

__all__ = [
    "API_PREFIX",
    "Clock",
    "Credentials",
    "ErrorChoice",
    "Exchange",
    "Fault",
    "FaultMiddleware",
    "FaultPlan",
    "ManualClock",
    "Order",
    "OrderGroup",
    "OrderPage",
    "OrderQuery",
    "OrderRequest",
    "SimError",
    "SimSettings",
    "Simulator",
    "SystemClock",
    "create_app",
]
