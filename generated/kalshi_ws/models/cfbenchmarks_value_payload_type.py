from typing import Literal, cast

CfbenchmarksValuePayloadType = Literal["cfbenchmarks_value"]

CFBENCHMARKS_VALUE_PAYLOAD_TYPE_VALUES: set[CfbenchmarksValuePayloadType] = {
    "cfbenchmarks_value",
}


def check_cfbenchmarks_value_payload_type(value: str) -> CfbenchmarksValuePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CfbenchmarksValuePayloadType, value)
