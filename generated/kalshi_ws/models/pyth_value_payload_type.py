from typing import Literal, cast

PythValuePayloadType = Literal["pyth_value"]

PYTH_VALUE_PAYLOAD_TYPE_VALUES: set[PythValuePayloadType] = {
    "pyth_value",
}


def check_pyth_value_payload_type(value: str) -> PythValuePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(PythValuePayloadType, value)
