from typing import Literal, cast

CfbenchmarksIndexListPayloadType = Literal["cfbenchmarks_value_indexlist"]

CFBENCHMARKS_INDEX_LIST_PAYLOAD_TYPE_VALUES: set[CfbenchmarksIndexListPayloadType] = {
    "cfbenchmarks_value_indexlist",
}


def check_cfbenchmarks_index_list_payload_type(value: str) -> CfbenchmarksIndexListPayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(CfbenchmarksIndexListPayloadType, value)
