from typing import Literal, cast

PythUnderlyingListPayloadType = Literal["pyth_value_underlying_list"]

PYTH_UNDERLYING_LIST_PAYLOAD_TYPE_VALUES: set[PythUnderlyingListPayloadType] = {
    "pyth_value_underlying_list",
}


def check_pyth_underlying_list_payload_type(value: str) -> PythUnderlyingListPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(PythUnderlyingListPayloadType, value)
