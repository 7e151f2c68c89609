from typing import Literal, cast

ListSubscriptionsResponsePayloadType = Literal["ok"]

LIST_SUBSCRIPTIONS_RESPONSE_PAYLOAD_TYPE_VALUES: set[ListSubscriptionsResponsePayloadType] = {
    "ok",
}


def check_list_subscriptions_response_payload_type(
    value: str,
) -> ListSubscriptionsResponsePayloadType:
    # Open enum: a value the server added after this spec is kept as it came, never an error.
    return cast(ListSubscriptionsResponsePayloadType, value)
