from typing import Literal, cast

OrderbookDeltaPayloadType = Literal["orderbook_delta"]

ORDERBOOK_DELTA_PAYLOAD_TYPE_VALUES: set[OrderbookDeltaPayloadType] = {
    "orderbook_delta",
}


def check_orderbook_delta_payload_type(value: str) -> OrderbookDeltaPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderbookDeltaPayloadType, value)
