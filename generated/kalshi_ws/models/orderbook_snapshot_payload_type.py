from typing import Literal, cast

OrderbookSnapshotPayloadType = Literal["orderbook_snapshot"]

ORDERBOOK_SNAPSHOT_PAYLOAD_TYPE_VALUES: set[OrderbookSnapshotPayloadType] = {
    "orderbook_snapshot",
}


def check_orderbook_snapshot_payload_type(value: str) -> OrderbookSnapshotPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(OrderbookSnapshotPayloadType, value)
